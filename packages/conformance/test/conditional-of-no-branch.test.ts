// Regression (found by fuzz U, seed 56005 2020-12, D2; shrunk): a conditional in an allOf part whose
// else admits no value and whose if and then share no value (a string of at most 9 characters and a
// date, ten) admits none, where the generator drew values until it gave up. Outside an allOf the model
// merges such an if and then, and the proof was already made. The nullable if (`nullable: true`, as
// OpenAPI writes it) is the one the fuzz drew. Control: a maxLength of 10 leaves every date.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const dateUnder = (maxLength: number, extra: object = {}) => ({
  allOf: [{ if: { type: "string", maxLength, ...extra }, then: { format: "date", type: ["string", "integer"] }, else: false }],
});
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    DateUnderNine: dateUnder(9),
    NullableDateUnderNine: dateUnder(9, { nullable: true }),
    DateUnderTen: dateUnder(10),
  },
};
const { suite } = suiteOfDocument(document, "test:conditional-of-no-branch", "ConditionalOfNoBranch");

it("a conditional whose else admits no value and whose if and then share none admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["DateUnderNine", "NullableDateUnderNine"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "DateUnderTen")?.instances).toBe(40);
});
