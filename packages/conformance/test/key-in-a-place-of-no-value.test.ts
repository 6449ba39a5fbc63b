// Regression (found by fuzz AA: "GENERATOR GAVE UP (invalid): cannot generate a valid value for invalid
// … (a mutation that applied and left the instance invalid)"; shrunk): `patternProperties: {".*":
// {allOf: [{type: boolean}, {type: string}]}}` claims every key, and its value admits nothing, so its
// only valid object is {}; naming no type, every value of another type passes too. No mutation made
// an invalid instance: add-unknown-key adds only keys no pattern claims, and there are none. A key
// added where the object's place for it admits no value (a record of such values, a pattern of such a
// schema) is invalid whatever its value. Control: a pattern whose schema has values keeps its objects
// and the run draws its invalid instances by the mutations it had.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const NO_VALUE = { allOf: [{ type: "boolean" }, { type: "string" }] };
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    EveryKeyOfNoValue: { patternProperties: { ".*": NO_VALUE } },
    TypedEveryKeyOfNoValue: { type: "object", patternProperties: { ".*": NO_VALUE } },
    SomeKeysOfNoValue: { type: "object", properties: { name: { type: "string" } }, patternProperties: { "^x-": NO_VALUE }, additionalProperties: false },
    KeysOfValues: { type: "object", patternProperties: { ".*": { type: "integer" } } },
  },
};
const { suite } = suiteOfDocument(document, "test:key-in-a-place-of-no-value", "KeyInAPlaceOfNoValue");

it("a key added where the object's place for it admits no value is an invalid instance", { timeout: 120_000 }, async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 3, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  expect(result.tallies.map((tally) => [tally.schema, tally.instances])).toEqual([
    ["EveryKeyOfNoValue", 40],
    ["TypedEveryKeyOfNoValue", 40],
    ["SomeKeysOfNoValue", 40],
    ["KeysOfValues", 40],
  ]);
});
