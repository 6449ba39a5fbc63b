// Regression (found by fuzz R, seed 53007 2019-09: "GENERATOR GAVE UP Fz2 (valid): cannot generate a
// valid value for propertyNames at /properties/é/propertyNames …", then "… for not at
// /properties/b/not"): optional properties no value of which can be drawn were left out of an object's
// own draw (absentOnGiveUp), but two rules add keys to a candidate and drew their values regardless:
// `minProperties` (an optional property to reach the count: an object that must hold a key its
// propertyNames refuses) and `dependencies` / `dependentRequired` (the key `a` requires: `b: {not: {}}`).
// Each draw gave up, and with it the whole object, though objects without those keys were valid. Now
// minProperties adds only properties it can draw, and a dependency whose required key has no value
// takes out the key that requires it.
import { expect, it } from "vitest";
import { isJsonObject } from "../src/json.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    CountedPastNothing: {
      type: "object",
      properties: { e: { type: "object", required: ["class"], propertyNames: { enum: ["a"] } }, n: { type: "integer" } },
      additionalProperties: false,
      minProperties: 1,
    },
    RequiresNothing: { type: "object", properties: { a: { type: "integer" }, b: { not: {} }, c: { type: "string" } }, dependencies: { a: ["b"] } },
  },
};

const { drawn } = suiteOfDocument(document, "test:optional-keys-of-no-drawable-value", "OptionalKeysOfNoDrawableValue");

it("minProperties reaches its count with the properties that can be drawn", () => {
  const instances = drawn("CountedPastNothing", "valid", 5, 50);
  expect(instances.every((instance) => isJsonObject(instance) && Object.keys(instance).join() === "n")).toBe(true);
});

it("a key that requires one of no value is left out", () => {
  const instances = drawn("RequiresNothing", "valid", 5, 50);
  expect(instances.some((instance) => isJsonObject(instance) && ("a" in instance || "b" in instance))).toBe(false);
  expect(instances.some((instance) => isJsonObject(instance) && "c" in instance)).toBe(true);
});
