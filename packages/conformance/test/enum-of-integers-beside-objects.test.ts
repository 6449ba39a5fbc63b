// Regression (found by fuzz AC, seed 62002 OpenAPI 3.1 index 0, D0: an `if` of discriminated objects
// whose then is `anyOf: [{format: date, type: [string, integer]}, {type: null}, {type: integer, enum:
// [1, 1.0, 2.5]}]`, so the case of objects taking the then has none; shrunk): an enum whose values and
// other values (integers of a format) are integers was read as of any JSON type, so objects beside it
// were drawn and refused, 500 candidates each time, where the document's run took over ten minutes.
// Control: beside integers, integers are left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const datesOrIntegers = { anyOf: [{ format: "date", type: ["string", "integer"] }, { type: "integer", enum: [1, 2.5] }] };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    ObjectBesideIntegersOfAnEnum: { allOf: [{ anyOf: [{ type: "object", required: ["kind"] }] }, datesOrIntegers] },
    IntegerBesideIntegersOfAnEnum: { allOf: [{ anyOf: [{ type: "integer" }] }, datesOrIntegers] },
  },
};
const { suite } = suiteOfDocument(document, "test:enum-of-integers-beside-objects", "EnumOfIntegersBesideObjects");

it("an enum's values and other values are of their JSON types: objects beside an enum of integers admit none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["ObjectBesideIntegersOfAnEnum"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "IntegerBesideIntegersOfAnEnum")?.instances).toBe(8);
});
