// Regression (found by fuzz U, seed 56004 2019-09: "GENERATOR GAVE UP D0 (invalid)"): an `if` of
// integers whose `then` is a rule about strings only (`oneOf: [{format: email}]`) takes every value,
// since whatever the `if` takes the `then` takes too; the run searched for an invalid instance until it
// gave up. A `then` ruling the if's own type (`maximum` beside an `if` of integers) has invalid values.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    ThenOfStrings: {
      if: { anyOf: [{ type: "integer", maximum: 4, exclusiveMinimum: -4, exclusiveMaximum: 10, multipleOf: 1.5, format: "double" }] },
      then: { oneOf: [{ format: "email" }] },
    },
    ThenOfTheIfsType: { if: { type: "integer" }, then: { maximum: 3 } },
    ThenOfPartOfTheIfsTypes: { if: { type: ["integer", "string"] }, then: { minLength: 2 } },
  },
};
const { suite } = suiteOfDocument(document, "test:then-of-other-types-than-the-if", "ThenOfOtherTypes");

it("a then taking every value of the if's JSON types takes every value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue]).toEqual(["ThenOfStrings"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ThenOfTheIfsType")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "ThenOfPartOfTheIfsTypes")?.instances).toBe(40);
});
