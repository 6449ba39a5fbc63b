// Regression (found by random schemas judged by every runtime: "cannot generate a valid value for
// R0D1Else (requires a, which no value satisfies)"): a schema that names no type and requires a key
// it forbids admits no object, but every value of another type passes it. Its generator drew an
// object now and then and gave up on the whole definition; it now draws only the other values.
import { expect, it } from "vitest";
import { ModelValidator } from "../src/modelValidator.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    closed: { required: ["a"], properties: {}, additionalProperties: false },
    "short-strings-or-closed": { if: { type: "string" }, then: { maxLength: 2 }, else: { $ref: "#/$defs/closed" } },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:typeless-impossible-object", "TypelessImpossible");

for (const definition of ["closed", "short-strings-or-closed"]) {
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
