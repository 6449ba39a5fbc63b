// Regression (found by sweep Y while shrinking SchemaStore's Opctl, 9439e24de8bf): a schema of object
// keywords that ask nothing of an object (`properties: {op: {}}`, an open object requiring nothing,
// each of whose properties, patterns and other keys takes every value) naming no type is satisfied by
// every JSON value, but the run searched for invalid instances of it until GENERATOR GAVE UP. An
// object type that asks nothing now takes every object whole (sizes.ts takesEveryObject). Controls:
// the same keywords under `type: object`, a required key, a property of one type, closed extra keys.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    PropertyOfAnyValue: { properties: { op: {} } },
    PatternAndExtraKeysOfAnyValue: { properties: { op: true }, patternProperties: { "^x-": {} }, additionalProperties: true },
    ObjectsOnly: { type: "object", properties: { op: {} } },
    RequiredKey: { properties: { op: {} }, required: ["op"] },
    PropertyOfOneType: { properties: { op: { type: "string" } } },
    ClosedExtraKeys: { properties: { op: {} }, additionalProperties: false },
  },
};
const { suite } = suiteOfDocument(document, "test:object-asking-nothing", "ObjectAskingNothing");

it("object keywords that ask nothing of an object, naming no type, take every value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 10, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect([...result.acceptingEveryValue].sort()).toEqual(["PatternAndExtraKeysOfAnyValue", "PropertyOfAnyValue"]);
  for (const schema of ["ObjectsOnly", "RequiredKey", "PropertyOfOneType", "ClosedExtraKeys"]) {
    expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(20);
  }
  expect(result.disagreements).toEqual([]);
});
