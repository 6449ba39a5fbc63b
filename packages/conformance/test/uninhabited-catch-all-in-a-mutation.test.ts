// Regression (met once the model lifted the cases of one conditional per value of a key, beside
// unevaluatedProperties, into one union): a mutation that draws a value of any variant of a union
// (match-two-variants) met a variant whose every candidate its rules refuse (the catch-all case that
// is none of the keyed ones, where the key has no other value), and drew it again and again until
// the draw's budget ran out: no invalid instance of the schema was judged. A variant that gave up is
// now drawn last, as the valid instances' generator draws it.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const typed = (value: string, key: string) => ({ if: { properties: { type: { const: value } }, required: ["type"] }, then: { properties: { [key]: { type: "string" } }, required: [key] } });
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    scheme: {
      type: "object",
      properties: { type: { enum: ["a", "b", "c"] } },
      required: ["type"],
      allOf: [typed("a", "ka"), typed("b", "kb"), typed("c", "kc")],
      unevaluatedProperties: false,
    },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:uninhabited-catch-all-in-a-mutation", "Scheme");

it("invalid instances are drawn beside a union variant whose rules refuse every candidate", () => {
  const schema = schemaOf("scheme");
  const instances = drawn("scheme", "invalid", 3, 30);
  const validator = new ModelValidator(model);
  expect(instances.length).toBeGreaterThan(0);
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
});
