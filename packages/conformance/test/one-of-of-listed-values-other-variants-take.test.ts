// Regression (found by fuzz AA, seed 61005 2019-09 and 2020-12 index 1, D3: "GENERATOR GAVE UP D3
// (valid): cannot generate a valid value for D3Value (oneOf: exactly one variant matches)", 100 of
// 100 valid and invalid; shrunk): beside `type: boolean`, `oneOf: [{enum: [false, null, 5]}, {},
// {format: email}]` is three variants of booleans, each taking every boolean but the first (false
// only): every boolean matches two or three, so none is valid. A oneOf variant another takes whole is
// one no value matches alone, and a variant of listed values (false) was not read as of their JSON
// type, so false was drawn until the generator gave up. Control: `oneOf: [{enum: [false]}, {}]`
// leaves true.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    EveryBooleanMatchingTwo: { allOf: [{ type: "boolean" }, { oneOf: [{ enum: [false, null, 5] }, {}, { format: "email" }] }] },
    TrueMatchingOne: { allOf: [{ type: "boolean" }, { oneOf: [{ enum: [false] }, {}] }] },
  },
};
const { suite, drawn } = suiteOfDocument(document, "test:one-of-of-listed-values-other-variants-take", "OneOfOfListedValues");

it("a oneOf variant of listed values another variant takes whole matches none alone", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["EveryBooleanMatchingTwo"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "TrueMatchingOne")?.instances).toBe(40);
  expect(result.disagreements).toEqual([]);
  expect(new Set(drawn("TrueMatchingOne", "valid", 5, 10))).toEqual(new Set([true]));
});
