// Regression (found by fuzz AC, seed 62001 OpenAPI 3.1 index 0, the response's root: "GENERATOR GAVE UP
// GetRootResponse200 (valid): cannot generate a valid value for allOf at …/anyOf, conditional at
// …/allOf/0/if: 500 candidates in a row were rejected", and its invalid instances; shrunk): a constant
// is of its value's JSON type, as an enum is of its values'. It was read as of any type, so a oneOf of
// `{enum: [1]}` and strings was of every type, and beside a conditional that leaves booleans only (an if
// of -1.25 whose then is false, an else of booleans) no value was known to be left: the run drew values
// until it gave up. Control: a oneOf of the constant and booleans keeps the booleans.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const booleansOnly = { if: { enum: [-1.25] }, then: false, else: { type: "boolean" } };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    ConstantOrString: { allOf: [booleansOnly, { oneOf: [{ enum: [1] }, { type: "string" }] }] },
    ConstantOrBoolean: { allOf: [booleansOnly, { oneOf: [{ enum: [1] }, { type: "boolean" }] }] },
  },
};
const { suite } = suiteOfDocument(document, "test:constant-of-its-own-type", "ConstantOfItsOwnType");

it("a oneOf of a constant and strings beside a conditional of booleans only has no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4 });
  expect([...result.withoutFiniteValue]).toEqual(["ConstantOrString"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ConstantOrBoolean")?.instances).toBe(8);
});
