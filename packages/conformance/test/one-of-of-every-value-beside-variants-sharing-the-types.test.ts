// Regression (found by fuzz AD, seed 64016 OpenAPI 3.0 index 0, D3: "GENERATOR GAVE UP D3 (valid):
// cannot generate a valid value for D3XY (oneOf: exactly one variant matches): 500 candidates in a row
// were rejected", all 200 valid and 200 invalid instances; shrunk): a oneOf holding `{}` beside a
// variant taking every string and one taking every other value has no value, as `{}` matches each
// value with one of them; no one variant takes every value, so it was not seen, and the run drew values
// until it gave up. As found, the others were a `$ref` to an object naming no type (every value but
// objects) and `if: {type: string}, then: {minLength: 1}` (every value but strings). Control: beside a
// variant of strings and one of neither strings nor null, null matches `{}` alone.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    SharedOut: { oneOf: [{}, { type: "string" }, { not: { type: "string" } }] },
    SharedOutAsFound: { oneOf: [{}, { type: ["string", "integer", "number", "boolean", "null", "array"], required: ["a"] }, { if: { type: "string" }, then: { minLength: 1 } }] },
    NullLeft: { oneOf: [{}, { type: "string" }, { not: { type: ["string", "null"] } }] },
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-of-every-value-beside-variants-sharing-the-types", "OneOfOfEveryValue");

it("a oneOf of {} beside variants that between them take every value whole has no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["SharedOut", "SharedOutAsFound"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NullLeft")?.instances).toBe(8);
});
