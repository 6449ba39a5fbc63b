// Regression (found by fuzz R, seed 53006 2020-12: "GENERATOR GAVE UP D1 (valid): cannot generate a valid
// value for array of 2+ distinct items (uniqueItems)"): an enum beside rules none of its values passes
// (`enum: [1, 1.0]` in one allOf part, `anyOf: [{enum: [{…}, -9223372036854775808]}]` in another)
// admits no value, and its generator, which drew every value it lists, gave up. Every value was
// tried: that is a proof there is none, and the run now says NO FINITE VALUE. An enum one of whose
// values passes is judged as before. Fuzz S (seed 54001 draft-04: "GENERATOR GAVE UP Doc0 (valid)"): so
// is an enum of several JSON types, which the model makes a union of constants.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    // The fuzz document's D1, its `items` and `contains` left out.
    Found: { allOf: [{ type: ["integer", "string"] }, { anyOf: [{ enum: [{ a: "b" }, -9] }], minItems: 2, uniqueItems: true }, { enum: [1, 1.0] }] },
    NonePasses: { enum: [1, 2], anyOf: [{ enum: [-9] }, { const: "x" }] },
    ConstantRefused: { const: "ab", allOf: [{ $ref: "#/$defs/Short" }] },
    Short: { type: "string", maxLength: 1 },
    OnePasses: { enum: [1, 2], anyOf: [{ enum: [2, -9] }] },
    // Fuzz S, seed 54001 draft-04, the root shrunk: an enum of two JSON types (a union of constants to
    // the model) beside one of others, nullable.
    OfTwoTypes: { allOf: [{ enum: [1, "1"] }, { oneOf: [{ enum: [true, null] }] }] },
    OfTwoTypesOnePasses: { allOf: [{ enum: [1, "1"] }, { oneOf: [{ enum: ["1", null] }] }] },
  },
};
const { suite } = suiteOfDocument(document, "test:listed-values-none-passes", "ListedValuesNonePasses");

it("an enum or constant no value of which passes the rules beside it has no value; one with a value passing is judged", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["ConstantRefused", "Found", "NonePasses", "OfTwoTypes"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(Object.fromEntries(result.tallies.map((tally) => [tally.schema, tally.instances]))).toEqual({ Short: 40, OnePasses: 40, OfTwoTypesOnePasses: 40 });
  expect(result.failedInstances).toBe(0);
});
