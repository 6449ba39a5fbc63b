// --max-instances: the runs per top-level schema a budget of instances leaves (CI keeps the issue's
// 200 + 200 on a file with a root and spreads the budget over a rootless file's many definitions).
import { describe, expect, it } from "vitest";
import { runsWithin } from "../src/run.ts";

describe("runsWithin", () => {
  it("keeps the runs asked for when they fit, or when there is no budget", () => {
    expect(runsWithin(200, 1, 10_000)).toBe(200);
    expect(runsWithin(200, 25, 10_000)).toBe(200); // 2 × 200 × 25 = 10,000 exactly
    expect(runsWithin(200, 192, undefined)).toBe(200);
  });

  it("lowers them evenly to stay within the budget", () => {
    expect(runsWithin(200, 192, 10_000)).toBe(26); // 2 × 26 × 192 = 9,984
    expect(runsWithin(200, 91, 10_000)).toBe(54); // 9,828
    expect(runsWithin(200, 26, 10_000)).toBe(192);
  });

  it("never below one each", () => {
    expect(runsWithin(200, 10_000, 10)).toBe(1);
  });
});
