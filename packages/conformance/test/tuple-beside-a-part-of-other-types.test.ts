// Regression (found by fuzz AA, seed 61001 draft-04 index 2, D2: "GENERATOR GAVE UP D2 (valid): cannot
// generate a valid value for allOf at /definitions/D2/allOf/1, allOf at /definitions/D2/allOf/2", 100
// of 100 valid and invalid; shrunk): an allOf of a part asking objects for keys and a part `{type:
// array, items: [...], additionalItems: false, oneOf: [{type: boolean}]}` is read as a tuple beside an
// allOf part of booleans: no value is both, and it was drawn until the generator gave up. An allOf part
// refuses whole each JSON type its values have none of. Control: a part of arrays leaves the tuples.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const keysAsked = {
  oneOf: [{}],
  properties: { toString: { enum: [-4, null] } },
  required: ["kind", "type"],
  additionalProperties: {},
  patternProperties: { "^[0-9]+$": { type: "boolean" } },
  minProperties: 1,
};
const tupleOf = (part: object) => ({ type: "array", items: [{ type: "string" }, { type: "null" }], additionalItems: false, maxItems: 4, oneOf: [part] });
const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    TupleBesideAPartOfBooleans: { allOf: [keysAsked, tupleOf({ type: "boolean" })] },
    TupleBesideAPartOfArrays: { allOf: [keysAsked, tupleOf({ type: "array" })] },
  },
};
const { suite } = suiteOfDocument(document, "test:tuple-beside-a-part-of-other-types", "TupleBesideAPartOfOtherTypes");

it("a type beside an allOf part whose values have none of its JSON types admits no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["TupleBesideAPartOfBooleans"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "TupleBesideAPartOfArrays")?.instances).toBe(40);
  expect(result.disagreements).toEqual([]);
});
