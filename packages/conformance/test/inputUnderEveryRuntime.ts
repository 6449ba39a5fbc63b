// One JSON Schema document as `pnpm test:conformance --input` judges it, with every runtime, Swift
// included: written to a file of its own, its suite loaded and the runtimes started before the tests
// of the enclosing describe, and all of it closed and removed after them; and the check its tests
// share, that every runtime agrees on instances drawn for it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { runConformance } from "../src/run.ts";
import { startRuntimes, type StartedRuntimes } from "../src/runtimes.ts";
import { loadInputSuite, type Suite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");

export interface InputUnderTest {
  /** Read in a test (set before the first one runs). */
  readonly suite: Suite;
  readonly runtimes: StartedRuntimes;
}

/** `document` under every runtime, its model named `name`; call it inside a describe. */
export function inputUnderEveryRuntime(document: object, name: string): InputUnderTest {
  let dir: string | undefined;
  let suite: Suite | undefined;
  let runtimes: StartedRuntimes | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `${name}-`));
    const input = join(dir, `${name}.json`);
    writeFileSync(input, JSON.stringify(document));
    suite = loadInputSuite(input, { name });
    runtimes = await startRuntimes(repoRoot, suite);
  }, 900_000);
  afterAll(async () => {
    await runtimes?.close();
    suite?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get suite() {
      return suite!;
    },
    get runtimes() {
      return runtimes!;
    },
  };
}

/** Draws 150 valid and 150 invalid instances of the input's root and expects every runtime to agree on each, none failed and none given up. */
export async function expectDrawnInstancesAgree(input: InputUnderTest): Promise<void> {
  const result = await runConformance(input.suite, input.runtimes, { seed: 7, runs: 150, otherRuns: 0, shrinkMillis: 5_000 });
  const report = result.disagreements.map((d) => `${d.schema} ${d.kind}: ${JSON.stringify(d.instance)} ${d.findings.map((f) => `${f.column}: ${f.reason}`).join("; ")}`);
  expect(report).toEqual([]);
  expect(result.failedInstances).toBe(0);
  expect(result.generatorGaveUp).toEqual([]);
  const root = input.suite.schemas[0]!.name;
  expect(result.tallies.find((tally) => tally.schema === root)?.instances).toBe(300);
}
