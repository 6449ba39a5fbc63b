// Regression (found by fuzz S, seed 54001 2020-12: "GENERATOR GAVE UP D2 (invalid)" in the first
// document, "GENERATOR GAVE UP D0 (invalid)" in the fourth): schemas every value satisfies because a
// part no value satisfies never applies, which the run searched for invalid instances of until it
// gave up. An `if` no value satisfies (a listed text longer than its maxLength) never takes `then`;
// a oneOf variant no value satisfies matches none, so one that takes everything is alone; an object
// requiring a key its propertyNames refuses has no value (NO FINITE VALUE), nor has a value of plain
// JSON types beside a `not` taking every value of those types (seed 54001 draft-07: "GENERATOR GAVE UP
// D3 (valid) ... not at /definitions/D3/not").
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const refusedKey = { type: "object", required: ["e\u0301"], propertyNames: { pattern: "^[a-z]+$" } };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    IfOfNoValue: { if: { type: "string", enum: ["\u{1D11E}\u{1D11E}\u{1D11E}"], maxLength: 1 }, then: { type: "object" } },
    OneOfBesideNoValue: { oneOf: [refusedKey, { anyOf: [{}, { type: "boolean" }] }] },
    RefusedKey: refusedKey,
    OneOfOfTwoValues: { oneOf: [{ type: "object" }, { anyOf: [{}, { type: "boolean" }] }] },
    // Fuzz S, seed 54001 draft-07 (D3 of the second document): types every one of which the not takes whole.
    NotOfItsWholeType: { not: { type: ["string", "integer", "null", "object"] }, type: ["integer", "string"] },
    NotOfPartOfItsType: { not: { type: ["string", "null"] }, type: ["integer", "string"] },
  },
};
const { suite } = suiteOfDocument(document, "test:every-value-beside-no-value", "EveryValueBesideNoValue");

it("a part no value satisfies leaves the rest taking every value; a required key propertyNames refuses admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue].sort()).toEqual(["IfOfNoValue", "OneOfBesideNoValue"]);
  expect([...result.withoutFiniteValue].sort()).toEqual(["NotOfItsWholeType", "RefusedKey"]);
  expect(result.generatorGaveUp).toEqual([]);
  // Objects match both variants: invalid instances of it exist and are judged.
  expect(result.tallies.find((tally) => tally.schema === "OneOfOfTwoValues")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "NotOfPartOfItsType")?.instances).toBe(40);
});
