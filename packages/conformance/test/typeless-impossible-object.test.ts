// Regression (found by random schemas judged by every runtime: "cannot generate a valid value for
// R0D1Else (requires a, which no value satisfies)"): a schema that names no type and requires a key
// it forbids admits no object, but every value of another type passes it. Its generator drew an
// object now and then and gave up on the whole definition; it now draws only the other values.
//
// Regression (fuzz Q, seed 52002 2019-09: "GENERATOR GAVE UP D2 (invalid)"): the invalid instances of such
// a schema are objects, and no mutation turned a value of another type into one (wrong-json-type
// offers only other types, which pass): every candidate stayed valid. An empty object now replaces it
// where the schema requires a key (empty-object-for-a-typeless-object).
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    closed: { required: ["a"], properties: {}, additionalProperties: false },
    // A required key propertyNames refuses (the shrunk document of seed 52002).
    "refused-required-key": { required: ["x-y"], propertyNames: { pattern: "^[a-z]+$" } },
    "short-strings-or-closed": { if: { type: "string" }, then: { maxLength: 2 }, else: { $ref: "#/$defs/closed" } },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:typeless-impossible-object", "TypelessImpossible");

for (const definition of ["closed", "refused-required-key", "short-strings-or-closed"]) {
  it(`valid instances of ${definition}: values of other types, no object`, () => {
    const schema = schemaOf(definition);
    const instances = drawn(definition, "valid", 5, 50);
    const validator = new ModelValidator(model);
    for (const instance of instances) {
      expect(typeof instance === "object" && instance !== null && !Array.isArray(instance)).toBe(false);
      expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
    }
  });
}

for (const definition of ["closed", "refused-required-key"]) {
  it(`invalid instances of ${definition}: objects`, () => {
    const schema = schemaOf(definition);
    const instances = drawn(definition, "invalid", 5, 50);
    const validator = new ModelValidator(model);
    for (const instance of instances) {
      expect(instance).toEqual({});
      expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
    }
  });
}
