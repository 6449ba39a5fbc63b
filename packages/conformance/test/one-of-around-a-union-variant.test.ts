// Regression (found by random schemas, seed 14808: a oneOf of an anyOf that accepts every value and an
// integer range gave up on its invalid instances): match-two-variants made a value two variants of a
// oneOf accept only for the innermost union a value is a variant of, so a oneOf whose matching variant
// is itself a union was never given one, and such a schema's invalid instances were not judged. Every
// oneOf around the value is now given one.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: { overlapping: { oneOf: [{ anyOf: [{}, { const: [false, null] }] }, { type: "integer", maximum: 9 }] } },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:one-of-around-a-union-variant", "Overlapping");

it("a value two variants accept is made for a oneOf whose variant is a union", () => {
  const schema = schemaOf("overlapping");
  const instances = drawn("overlapping", "invalid", 3, 20, ["match-two-variants"]);
  const validator = new ModelValidator(model);
  for (const instance of instances) {
    // Only an integer up to 9 matches both variants.
    expect(Number.isInteger(instance) && (instance as number) <= 9).toBe(true);
    expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
  }
});
