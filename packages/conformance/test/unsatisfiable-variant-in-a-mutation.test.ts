// Regression (found by random schemas, seed 15909, once dependentSchemas beside unevaluatedProperties
// was split into the cases of its keys' presence): a mutation that draws a value of any variant of a
// union (match-two-variants: a value several variants of a oneOf accept) met a variant no value
// satisfies (b present but unevaluated), whose generator throws at once, and that ended the whole
// draw: no invalid instance of the schema was judged. Such a variant is now a rejected attempt of the
// site, and the others are drawn.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: { dependent: { dependentSchemas: { a: { required: ["x"] }, b: {} }, unevaluatedProperties: false } },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:unsatisfiable-variant-in-a-mutation", "Unsatisfiable");

it("invalid instances are drawn beside a union variant no value satisfies", () => {
  const schema = schemaOf("dependent");
  const instances = drawn("dependent", "invalid", 3, 30);
  const validator = new ModelValidator(model);
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
});
