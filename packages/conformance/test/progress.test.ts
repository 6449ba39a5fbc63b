// A long run tells what it is doing when it has printed nothing for a while (progress.ts): one
// schema of a thousand properties was minutes of silence.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { quietProgress } from "../src/progress.ts";

describe("quietProgress", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("tells a step only after a quiet while, and again while it lasts", () => {
    const lines: string[] = [];
    const progress = quietProgress({ print: (line) => lines.push(line), now: () => Date.now(), quietMillis: 20_000 });
    progress.step("drawing 200 valid instances of Config");
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(19_000);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(lines).toEqual(["conformance: still drawing 200 valid instances of Config (20 s in)"]);
    progress.step("judging 400 instances of Config");
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(25_000);
    expect(lines[1]).toBe("conformance: still judging 400 instances of Config (40 s in)");
    // A step that starts after a quiet while is told at once.
    vi.advanceTimersByTime(19_500);
    progress.say("judged 16 of 32 schemas");
    vi.advanceTimersByTime(20_000);
    const before = lines.length;
    progress.step("judging 974 document examples of Config");
    expect(lines.slice(before)).toEqual(["conformance: judging 974 document examples of Config (86 s in)"]);
    progress.stop();
    vi.advanceTimersByTime(60_000);
    expect(lines.slice(before)).toHaveLength(1);
  });
});
