// Regression (found by campaign P, seed 51001, draft-07: "GENERATOR GAVE UP R3D1 (valid): cannot
// generate a valid value for conditional at /definitions/R3D1/if …: 500 candidates in a row were
// rejected"): a conditional with no `then` is met by every value its `if` accepts, and here by no
// other (its `else` asks an object for a key that `propertyNames` forbids). The generator offered
// values of the branches only, and the schema's own candidates almost never were the one string the
// `if` names: the valid instances of a satisfiable schema were never made.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    open: { if: { enum: ["a\ud83d\ude00"] }, else: { type: "object", required: ["b"] }, required: ["a"], propertyNames: { enum: ["a"] } },
    typed: { type: ["object", "string"], if: { enum: ["a\ud83d\ude00"] }, else: { type: "object", required: ["b"] }, properties: { a: { type: "integer" } }, propertyNames: { enum: ["a"] } },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:conditional-if-without-then", "ConditionalIfWithoutThen");

for (const definition of ["open", "typed"]) {
  it(`valid instances of ${definition}, whose conditional without then only its if's value meets: that value`, () => {
    const instances = drawn(definition, "valid", 1, 20);
    const validator = new ModelValidator(model);
    for (const instance of instances) expect(validator.validatesNamed(schemaOf(definition).type.name, instance)).toBe(true);
    expect(instances).toContain("a\ud83d\ude00");
  });
}
