// Regression (found by fuzz X, seed 57002 2019-09, index 1, D0: "GENERATOR GAVE UP D0 (valid): cannot
// generate a valid value for D0Item1 (oneOf: exactly one variant matches)"; shrunk): a dependentSchemas of a
// key the object requires applies to every object, and an OpenAPI `nullable` number admits no object: no
// value, where the run drew objects until it gave up. Control: the same dependent schema of an optional key
// leaves the objects without it.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    RequiredKeyOfNullableNumber: { type: "object", required: ["kind"], dependentSchemas: { kind: { type: "number", nullable: true } } },
    OptionalKeyOfNullableNumber: { type: "object", dependentSchemas: { kind: { type: "number", nullable: true } } },
  },
};
const { suite } = suiteOfDocument(document, "test:dependent-schema-of-a-required-key-nullable", "DependentSchemaOfARequiredKeyNullable");

it("a dependent schema of a required key that admits only numbers and null admits no object", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["RequiredKeyOfNullableNumber"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "OptionalKeyOfNullableNumber")?.instances).toBe(40);
});
