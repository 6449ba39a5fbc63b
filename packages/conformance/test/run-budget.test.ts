// --max-instances: the runs a budget of instances leaves per suite (CI keeps the 200 + 200 on
// a file with a root, spreads the budget over a rootless file's many definitions, and keeps a large
// family's root runs while its other definitions share the rest).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runsWithin } from "../src/run.ts";

const input = (runs: number) => ({ runs, otherRuns: 0 });
const topLevel = (count: number) => ({ topLevel: count, others: 0 });

describe("runsWithin", () => {
  it("keeps the runs asked for when they fit, or when there is no budget", () => {
    expect(runsWithin(input(200), topLevel(1), 10_000)).toEqual(input(200));
    expect(runsWithin(input(200), topLevel(25), 10_000)).toEqual(input(200)); // 2 × 200 × 25 = 10,000 exactly
    expect(runsWithin(input(200), topLevel(192), undefined)).toEqual(input(200));
    expect(runsWithin({ runs: 2000, otherRuns: 200 }, { topLevel: 1, others: 20 }, 12_000)).toEqual({ runs: 2000, otherRuns: 200 }); // 4,000 + 8,000
  });

  it("lowers top-level runs evenly to stay within the budget", () => {
    expect(runsWithin(input(200), topLevel(192), 10_000)).toEqual(input(26)); // 2 × 26 × 192 = 9,984
    expect(runsWithin(input(200), topLevel(91), 10_000)).toEqual(input(54)); // 9,828
    expect(runsWithin(input(200), topLevel(26), 10_000)).toEqual(input(192));
  });

  it("lowers a family's other definitions first: its root keeps the runs asked for", () => {
    // 2 × (2000 + 200 × 110) = 48,000 asked; the root's 4,000 stay, the 110 others share 8,000.
    const runs = runsWithin({ runs: 2000, otherRuns: 200 }, { topLevel: 1, others: 110 }, 12_000);
    expect(runs).toEqual({ runs: 2000, otherRuns: 36 });
    expect(2 * (runs.runs + 110 * runs.otherRuns)).toBeLessThanOrEqual(12_000);
  });

  it("lowers the top-level runs only when the others at one each still do not fit", () => {
    // 2 roots × 2 × 2000 = 8,000 alone exceed 5,000: the others get one each (2 × 10), the roots the rest.
    expect(runsWithin({ runs: 2000, otherRuns: 200 }, { topLevel: 2, others: 10 }, 5_000)).toEqual({ runs: 1245, otherRuns: 1 });
  });

  it("never below one each, and none stays none", () => {
    expect(runsWithin(input(200), topLevel(10_000), 10)).toEqual(input(1));
    expect(runsWithin({ runs: 5, otherRuns: 5 }, { topLevel: 1, others: 1_000 }, 10)).toEqual({ runs: 1, otherRuns: 1 });
  });
});

// Found by two sweeps, which read --max-instances 3000 as how many instances to draw and got 400.
describe("--max-instances above what the runs draw", () => {
  it("says the runs stay as asked, and that --runs draws more", { timeout: 120_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), "run-budget-test-"));
    try {
      const input = join(scratch, "tiny.json");
      writeFileSync(input, JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", type: "string" }));
      const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--runs", "2", "--max-instances", "3000", "--no-swift"], { cwd: resolve(import.meta.dirname, "../../.."), encoding: "utf8" });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("conformance: --max-instances 3000 is above what --runs 2 draw, which stay; --runs draws more");
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
