// Regression (found by fuzz AC, seed 62001 OpenAPI 3.1 index 0, the root: "GENERATOR GAVE UP
// GetRootResponse200 (valid): cannot generate a valid value for allOf at …/anyOf …: 500 candidates in a
// row were rejected", and its invalid instances; shrunk): a oneOf's `{}` matches alone only the values no
// other variant takes, here the numbers that are no integers, and an anyOf of objects beside it leaves
// none, where the run drew objects until it gave up. Control: beside numbers, those numbers are left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const everyTypeButNumber = { type: ["string", "integer", "boolean", "null", "object", "array"] };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    ObjectsBesideNumbersAlone: { allOf: [{ anyOf: [{ type: "object" }] }, { oneOf: [everyTypeButNumber, {}] }] },
    NumbersBesideNumbersAlone: { allOf: [{ anyOf: [{ type: "number" }] }, { oneOf: [everyTypeButNumber, {}] }] },
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-of-types-another-variant-takes-whole", "OneOfOfTypesAnotherVariantTakesWhole");

it("a oneOf's variant is of the JSON types no other variant takes whole: beside objects, a oneOf of numbers alone admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["ObjectsBesideNumbersAlone"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NumbersBesideNumbersAlone")?.instances).toBe(8);
});
