// fastjsonschema refuses to compile a schema whose `required` keys its `additionalProperties: false`
// forbids ("required but not allowed"), which JSON Schema allows. The Python harness answered an error
// for every one of its columns, so jsonschema and DRF went unjudged and all three were charged with
// disagreements (found by random schemas judged by every runtime). Now fastjsonschema alone gives no
// verdict, under its named limitation, and the others are judged. The run is given the document as
// written (where the json-schema target spells the same rules otherwise).
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { documentSuite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: { Closed: { type: ["object", "string"], required: ["a"], properties: {}, additionalProperties: false } },
};
const model = buildModel(toSourceDocument(structuredClone(document), "refused.json"), { name: "Refused" });
const suite = documentSuite(model, document as JsonObject, { kind: "none" });
afterAll(() => suite.dispose());

describe("fastjsonschema refusing a schema JSON Schema allows", () => {
  it("is its named limitation alone: jsonschema and DRF still judge every instance", { timeout: 120_000 }, async () => {
    const python = PythonRunner.start(repoRoot, suite);
    try {
      const result = await runConformance(suite, { ajv: new AjvRunner(), others: [python] }, { seed: 3, runs: 20, otherRuns: 0 });
      expect(result.failedInstances).toBe(0);
      const [tally] = result.tallies;
      expect(tally!.schema).toBe("Closed");
      expect(tally!.instances).toBeGreaterThan(0);
      const limited = result.limitations.get("fastjsonschema-refuses-required-keys-it-forbids");
      expect(limited?.count).toBe(tally!.instances);
    } finally {
      await python.close();
    }
  });
});
