// jsonschema (4.26) crashes on a 2019-09 `items: true` beside `unevaluatedItems` ("TypeError: object of
// type 'bool' has no len()", its legacy reading of evaluated items). The Python harness answered an
// error for every one of its columns, so fastjsonschema and DRF went unjudged and all three were
// charged with disagreements (found by random schemas, seed 31707). Now the crash is jsonschema's
// answer alone, under its named limitation, and the others are judged.
import { resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { documentSuite, type Suite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const suites: Suite[] = [];
afterAll(() => suites.forEach((suite) => suite.dispose()));

it("a jsonschema crash is its named limitation alone: DRF still judges every instance", { timeout: 120_000 }, async () => {
  const document = { $schema: "https://json-schema.org/draft/2019-09/schema", $defs: { Open: { type: "array", items: true, unevaluatedItems: false } } };
  const model = buildModel(toSourceDocument(structuredClone(document), "crash.json"), { name: "Crash" });
  const suite = documentSuite(model, document as JsonObject, { kind: "none" });
  suites.push(suite);
  const python = PythonRunner.start(repoRoot, suite);
  try {
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [python] }, { seed: 3, runs: 20, otherRuns: 0 });
    expect(result.failedInstances).toBe(0);
    const [tally] = result.tallies;
    expect(tally!.instances).toBeGreaterThan(0);
    // Every array crashes it; a value of another type it judges.
    expect(result.limitations.get("jsonschema-crashes-on-boolean-items-in-2019-09")?.count).toBeGreaterThan(0);
  } finally {
    await python.close();
  }
});
