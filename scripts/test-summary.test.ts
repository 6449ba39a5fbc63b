// scripts/test-summary.sh: the closing lines of `pnpm test` count tests, conformance instances and fuzz
// inputs apart, so "N tests passed" means tests.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "test-summary.sh");
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function summarize(logs: Record<string, string>, failed: string[] = [], fuzzLines?: string): { status: number | null; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "test-summary-"));
  scratch.push(dir);
  for (const [name, text] of Object.entries(logs)) writeFileSync(join(dir, `${name}.log`), text);
  if (fuzzLines !== undefined) writeFileSync(join(dir, "fuzz.lines"), fuzzLines);
  const result = spawnSync("bash", [SCRIPT, dir, ...failed], { encoding: "utf8" });
  return { status: result.status, lines: result.stdout.trim().split("\n") };
}

const LOGS = {
  typecheck: "",
  swift: "Test Suite 'All tests' passed.\n\t Executed 30 tests, with 0 failures (0 unexpected) in 1.2 (1.3) seconds\n",
  vitest: "\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m400 passed\u001b[39m\u001b[22m\u001b[90m (400)\u001b[39m\n",
  python: "======================== 120 passed in 40.12s ========================\n",
  conformance: "conformance: 8000 passed, 0 failed\n",
};

describe("test-summary.sh", () => {
  it("prints tests, conformance instances and fuzz inputs on separate lines; the test count is tests only", () => {
    const { status, lines } = summarize(LOGS, [], "fuzz: random schemas (draft-07): 300 inputs passed, 0 failed\nfuzz: hostile requests (sqlite): 2015 inputs passed, 0 failed\n");
    expect(status).toBe(0);
    expect(lines).toEqual(["all: 550 tests passed, 0 failed", "all: 8000 conformance instances passed, 0 failed", "all: 2315 fuzz inputs passed, 0 failed"]);
  });

  it("without fuzz lines the fuzz count is 0, so a fuzz run that did not record shows", () => {
    expect(summarize(LOGS).lines).toContain("all: 0 fuzz inputs passed, 0 failed");
  });

  it("counts failures of each kind where they belong, names failed suites and exits 1", () => {
    const { status, lines } = summarize(
      {
        ...LOGS,
        vitest: "      Tests  2 failed | 398 passed (400)\n",
        python: "=========== 1 failed, 119 passed, 1 error in 40.12s ===========\n",
        swift: "\t Executed 30 tests, with 3 failures (0 unexpected) in 1.2 (1.3) seconds\n",
        conformance: "conformance: 7990 passed, 10 failed\n",
      },
      ["swift", "vitest", "python", "conformance"],
      "fuzz: hostile requests (postgresql): 2013 inputs passed, 2 failed\n",
    );
    expect(status).toBe(1);
    expect(lines).toEqual([
      "test-all: failed suites: swift vitest python conformance",
      "all: 544 tests passed, 7 failed",
      "all: 7990 conformance instances passed, 10 failed",
      "all: 2013 fuzz inputs passed, 2 failed",
    ]);
  });

  it("a suite that failed before printing a summary still counts as a failure", () => {
    const { status, lines } = summarize({ ...LOGS, typecheck: "src/x.ts(1,1): error TS2304\n" }, ["typecheck"]);
    expect(status).toBe(1);
    expect(lines).toContain("all: 550 tests passed, 1 failed");
  });
});
