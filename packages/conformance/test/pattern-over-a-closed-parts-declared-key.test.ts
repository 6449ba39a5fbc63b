// Regression (found by sweep V on web-types' schema: the document's own default `false` of
// html-attribute's vue-argument.required was refused by every runtime but AJV, Swift saying "the schema
// admits no value here"): an object built by allOf on a host whose pattern matches every key but one
// declares a closed property object. The merge of that closed object with the host's pattern gave the
// pattern the closed side's `additionalProperties: false`, and a pattern applies to declared keys too,
// so the declared `required` admitted no value. Such a merge is not exact and keeps each side's group.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    host: { type: "object", patternProperties: { "^(?!pattern$).*$": { $ref: "#/definitions/contributions" } } },
    contributions: { oneOf: [{ $ref: "#/definitions/contribution" }, { type: "string" }, { type: "boolean" }] },
    contribution: { type: "object", allOf: [{ $ref: "#/definitions/host" }], properties: { required: { type: "boolean" } } },
    attribute: {
      type: "object",
      allOf: [{ $ref: "#/definitions/host" }],
      properties: { "vue-argument": { type: "object", properties: { required: { type: "boolean", default: false } }, additionalProperties: false } },
    },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:pattern-over-a-closed-parts-declared-key", "ClosedPart");

it("a key the closed part declares meets the other part's pattern, not the closed part's extra-key rule", () => {
  const validator = new ModelValidator(model);
  const attribute = schemaOf("attribute").type.name;
  expect(validator.validatesNamed(attribute, { "vue-argument": { required: false } })).toBe(true);
  expect(validator.validatesNamed(attribute, { "vue-argument": {} })).toBe(true);
  // The closed part still refuses other keys, and the declared key keeps both parts' rules.
  expect(validator.validatesNamed(attribute, { "vue-argument": { other: "x" } })).toBe(false);
  expect(validator.validatesNamed(attribute, { "vue-argument": { required: "x" } })).toBe(false);
  // Valid instances are drawn with the declared key present.
  const instances = drawn("attribute", "valid", 5, 60) as { "vue-argument"?: { required?: boolean } }[];
  expect(instances.some((instance) => typeof instance["vue-argument"]?.required === "boolean")).toBe(true);
});
