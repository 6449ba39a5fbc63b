// Fuzz inputs get a line of their own in `pnpm test`'s summary, apart from tests: a fuzz test adds
// its count to the file CLONE_FUZZ_LOG names (scripts/test-all.sh sets it; scripts/test-summary.sh
// reads it, where this line's form is described). Outside test-all nothing is recorded.
import { appendFileSync } from "node:fs";

export function recordFuzzInputs(name: string, passed: number, failed: number): void {
  const log = process.env.CLONE_FUZZ_LOG;
  if (log) appendFileSync(log, `fuzz: ${name}: ${passed} inputs passed, ${failed} failed\n`);
}
