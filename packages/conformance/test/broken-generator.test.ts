// The deliberately broken generator: switch off one rule of the python-drf target
// (`reject-unknown-keys`, see packages/codegen/src/targets/python-drf/rules.ts), run the differential
// run against the serializers it renders, and expect the run to catch it, with the shrunk instance.
// With the rule on, the same run agrees. Swift is left out: this is about the Python runtime.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { findTarget } from "@clone/codegen";
import { validatorsByName } from "@clone/schema";
import { arbitraryFor, derivedSeed, runConformance } from "../src/run.ts";
import { startRuntimes } from "../src/runtimes.ts";
import { loadSuite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const suite = await loadSuite(join(repoRoot, "clone-codegen.config.ts"));
const cloneEvents = suite.families.find((entry) => entry.name === "CloneEvents")!;
const tempDir = mkdtempSync(join(tmpdir(), "clone-broken-drf-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function renderSerializers(disabledRules: readonly string[]): string {
  const [file] = findTarget("python-drf").render([cloneEvents.model], { disabledRules });
  const path = join(tempDir, `${disabledRules.join("_") || "intact"}.py`);
  writeFileSync(path, file!.contents);
  return path;
}

async function runCloneEvents(serializers: string) {
  const runtimes = await startRuntimes(repoRoot, suite, { swift: false, serializers: { CloneEvents: serializers } });
  try {
    return await runConformance(suite, runtimes, { seed: 1, runs: 150, otherRuns: 0, schemas: ["CloneEvent"], shrinkMillis: 10_000 });
  } finally {
    await runtimes.close();
  }
}

describe("a deliberately broken generator is caught", () => {
  it("with DRF's reject-unknown-keys rule off, unknown-key mutations are disagreements charged to DRF", async () => {
    const result = await runCloneEvents(renderSerializers(["reject-unknown-keys"]));
    expect(result.failedInstances).toBeGreaterThan(0);
    const [disagreement] = result.disagreements;
    expect(disagreement).toBeDefined();
    expect(disagreement!.schema).toBe("CloneEvent");
    expect(disagreement!.expectation).toMatchObject({ valid: false, violation: "unknown-key" });
    expect(disagreement!.findings.map((finding) => finding.column)).toEqual(["drf"]);
    expect(disagreement!.verdicts.drf?.valid).toBe(true);
    expect(disagreement!.verdicts.ajv?.valid).toBe(false);
    // Shrunk: still an AJV-invalid CloneEvent, and no bigger than the instance it started from.
    expect(disagreement!.shrunk).toBe(true);
    expect(validatorsByName.CloneEvent!(disagreement!.instance)).toBe(false);
    const tally = result.tallies.find((entry) => entry.schema === "CloneEvent")!;
    expect(tally.disagreed.drf).toBe(result.failedInstances);
    expect(tally.disagreed.ajv + tally.disagreed.jsonschema + tally.disagreed.fastjsonschema).toBe(0);
  });

  it("with every rule on, the same run agrees", async () => {
    const result = await runCloneEvents(renderSerializers([]));
    expect(result.instances).toBe(300);
    expect(result.disagreements).toEqual([]);
  });
});

describe("replay", () => {
  it("fast-check's `path` replays exactly the instance the run sampled at that index", async () => {
    const schema = suite.schemas.find((entry) => entry.name === "CloneEvent")!;
    const seed = derivedSeed(1, schema.name, "invalid");
    const arbitrary = arbitraryFor(schema, "invalid");
    const sampled = fc.sample(arbitrary, { seed, numRuns: 40 });
    let replayed: unknown;
    fc.check(fc.property(arbitrary, (value) => ((replayed ??= value), true)), { seed, path: "37", numRuns: 1 });
    expect(replayed).toEqual(sampled[37]);
  });
});
