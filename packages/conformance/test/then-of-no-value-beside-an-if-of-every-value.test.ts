// Regression (found by fuzz Z, seed 60002 draft-07, 2019-09 and 2020-12, D1: "GENERATOR GAVE UP D1
// (valid): cannot generate a valid value for not at /definitions/D0/not, conditional at
// /definitions/D1/if", and the same of its invalid instances; shrunk): a conditional whose then admits
// no value leaves only values its if refuses, and an if of a format takes every boolean, so neither
// the booleans of its else nor those of the own type are left: no value, where the run drew values
// until it gave up. Beside a `not` the model keeps the conditional as a rule (alone, with both
// branches, it is split into its cases, read as none already). Control: strings not of the format are left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ElseOfValuesTheIfTakes: { if: { format: "email" }, then: false, else: { type: "boolean" }, not: { type: "null" } },
    OwnTypeTheIfTakes: { type: "boolean", if: { format: "email" }, then: false },
    StringsTheIfRefusesLeft: { type: ["boolean", "string"], if: { format: "email" }, then: false, not: { type: "null" } },
  },
};
const { suite } = suiteOfDocument(document, "test:then-of-no-value-beside-an-if-of-every-value", "ThenOfNoValueBesideAnIfOfEveryValue");

it("a conditional whose then admits none and whose if takes every value of the else or of the own type admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["ElseOfValuesTheIfTakes", "OwnTypeTheIfTakes"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "StringsTheIfRefusesLeft")?.instances).toBe(40);
});
