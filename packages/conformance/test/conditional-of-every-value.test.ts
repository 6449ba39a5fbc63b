// Regression (found by fuzz R, seed 53006 draft-07: "GENERATOR GAVE UP D0 (invalid) … 10000 candidates
// were rejected"): a conditional whose `then` and `else` each take every value (`anyOf: [true, …]`,
// `anyOf: […, {}]`) accepts every value, but the model reads it as its cases, a oneOf of the `if`'s
// values and of every value the `if` refuses (`{not: <if>}`), which the run did not know for every
// value, and it searched for an invalid instance until it gave up. Such a pair is every value, once
// each: ACCEPTS EVERY VALUE. A pair whose second part is not the first's complement is still searched.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    BranchesOfEverything: { if: { type: "number", maximum: 2 }, then: { anyOf: [true, { type: "string" }] }, else: { anyOf: [{ type: "integer" }, {}] } },
    ElseOfStrings: { if: { type: "number", maximum: 2 }, then: { anyOf: [true, { type: "string" }] }, else: { type: "string" } },
  },
};
const { suite } = suiteOfDocument(document, "test:conditional-of-every-value", "ConditionalOfEveryValue");

it("a conditional whose branches each take every value accepts every value; one whose else does not is searched", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.acceptingEveryValue).toEqual(["BranchesOfEverything"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(Object.fromEntries(result.tallies.map((tally) => [tally.schema, tally.instances]))).toEqual({ BranchesOfEverything: 20, ElseOfStrings: 40 });
  expect(result.failedInstances).toBe(0);
});
