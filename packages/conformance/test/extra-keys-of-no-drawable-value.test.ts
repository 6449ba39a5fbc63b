// Regression (found by fuzz R, seed 53003 draft-07: "GENERATOR GAVE UP D3 (valid): cannot generate a
// valid value for allOf at /definitions/D3/patternProperties/^x-"): a pattern's value that admits none,
// though only a filter can tell (`{enum: [{}]}` beside a `$ref` to strings), left every object of the
// schema ungenerated: each draw of an extra key under the pattern gave up, and so did the draw of the
// whole object, though the object without such keys was valid. So too a map's values
// (`additionalProperties` alone). Extra keys are optional: where their values cannot be drawn, none is.
import { expect, it } from "vitest";
import { isJsonObject } from "../src/json.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Text: { oneOf: [{ enum: ["", "a"] }] },
    PatternOfNothing: { type: "object", properties: { n: { type: "integer" } }, patternProperties: { "^x-": { enum: [{}], $ref: "#/definitions/Text" } } },
    MapOfNothing: { type: "object", additionalProperties: { enum: [{}], allOf: [{ $ref: "#/definitions/Text" }] } },
  },
};

const { drawn } = suiteOfDocument(document, "test:extra-keys-of-no-drawable-value", "ExtraKeysOfNoDrawableValue");

it("valid instances of an object whose pattern's values admit none: objects without such keys", () => {
  const instances = drawn("PatternOfNothing", "valid", 5, 50);
  expect(instances.every((instance) => isJsonObject(instance) && !Object.keys(instance).some((key) => key.startsWith("x-")))).toBe(true);
});

it("valid instances of a map whose values admit none: the empty object", () => {
  expect(new Set(drawn("MapOfNothing", "valid", 5, 50).map((instance) => JSON.stringify(instance)))).toEqual(new Set(["{}"]));
});

it("invalid instances of both are drawn too", () => {
  expect(drawn("PatternOfNothing", "invalid", 5, 20)).toHaveLength(20);
  expect(drawn("MapOfNothing", "invalid", 5, 20)).toHaveLength(20);
});
