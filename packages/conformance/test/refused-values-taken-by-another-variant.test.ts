// Regression (found by fuzz AA, seed 61009 draft-04 index 0, the root: "GENERATOR GAVE UP (invalid):
// cannot generate a valid value for invalid … (a mutation that applied and left the instance
// invalid)", 100 of 100; shrunk): an anyOf of a variant that takes every value but 1 (`not: {type:
// integer, enum: [1.0, "1"]}`) and one that lists 1 (`enum: [1.0, 2]`) takes every value, though no
// one variant does and only one refuses listed values; the run searched for an invalid instance until
// it gave up. Control: where no other variant takes the refused value, it is the invalid instance.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    RefusedValueListedBeside: { anyOf: [{ enum: [1.0, 2] }, { not: { type: "integer", enum: [1.0, "1"] } }] },
    RefusedValueOfNoVariant: { anyOf: [{ enum: [2] }, { not: { type: "integer", enum: [1.0, "1"] } }] },
  },
};
const { suite } = suiteOfDocument(document, "test:refused-values-taken-by-another-variant", "RefusedValuesTaken");

it("an anyOf of a variant refusing listed values only, each taken by another variant, takes every value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue]).toEqual(["RefusedValueListedBeside"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "RefusedValueOfNoVariant")?.instances).toBe(40);
  expect(result.disagreements).toEqual([]);
});
