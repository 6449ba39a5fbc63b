// Regression (found by fuzz X, seed 58002 draft-07 index 3; shrunk): an anyOf of `not`s of listed
// values, no value listed by all (`not: {const: true}` refuses true only, `not: {enum: [1]}` 1 only),
// takes every value, though no one variant does; the run searched for an invalid instance until it
// gave up. Controls: nots that share a refused value (1) have it as an invalid value, and so does a
// oneOf of the same nots (a value neither refuses matches both).
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    RefusingNoCommonValue: { anyOf: [{ not: { const: true } }, { not: { enum: [1] } }] },
    RefusingOneCommonValue: { anyOf: [{ not: { enum: [true, 1] } }, { not: { enum: [1, "a"] } }] },
    OneOfOfTheSameNots: { oneOf: [{ not: { const: true } }, { not: { enum: [1] } }] },
  },
};
const { suite } = suiteOfDocument(document, "test:nots-refusing-no-common-value", "NotsRefusing");

it("an anyOf of nots whose refused values no value is among in every one takes every value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue]).toEqual(["RefusingNoCommonValue"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "RefusingOneCommonValue")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "OneOfOfTheSameNots")?.instances).toBe(40);
});
