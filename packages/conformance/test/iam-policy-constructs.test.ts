// Regressions (found on cfn-lint's IAM policy schema by the sweep, where the run stopped with
// "GENERATOR GAVE UP IamPolicy (valid): cannot generate a valid value for allOf at
// /definitions/Statement/allOf/1: 10000 candidates were rejected, at every depth").
//
// Statement is `{$ref: Statement, items: {$ref: Statement}, type: [object, array]}`, and Statement is
// typeless parts only (`oneOf: [{required: [Action]}, {required: [NotAction]}]`): an array passes
// both variants of that oneOf, so no array is a Statement, and the model's array side of it is a oneOf
// of two identical variants. The generator drew arrays for it until the draw's whole budget of
// rejections was spent, and the object side, tried next, had none left: the union never made a value.
// A oneOf variant another variant repeats now has no value (variantsMatchingAlone), and a union
// skips a variant without one at once.
//
// Principal is `{type: [object, string], if: {type: string}, then: {const: "*"}}`: a drawn string was
// never "*", so its string side was never judged. A conditional's branch of known values is offered
// whole, as a branch that is a union already was.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Statement: {
      additionalProperties: false,
      properties: { Action: { type: "string" }, NotAction: { type: "string" }, Resource: { type: "string" }, NotResource: { type: "string" }, Effect: { enum: ["Allow", "Deny"] } },
      required: ["Effect"],
      allOf: [{ oneOf: [{ required: ["Action"] }, { required: ["NotAction"] }] }, { oneOf: [{ required: ["Resource"] }, { required: ["NotResource"] }] }],
    },
    policy: {
      type: "object",
      properties: { Statement: { $ref: "#/definitions/Statement", items: { $ref: "#/definitions/Statement", type: "object" }, type: ["object", "array"] } },
      required: ["Statement"],
    },
    Wildcard: { const: "*" },
    principal: { type: ["object", "string"], if: { type: "string" }, then: { $ref: "#/definitions/Wildcard" }, properties: { AWS: { type: "string" } } },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:iam-policy-constructs", "IamPolicyConstructs");
const validator = new ModelValidator(model);

it("a value of a union beside a side that is a oneOf of one variant twice (no value): the other side's", () => {
  const schema = schemaOf("policy");
  const instances = drawn("policy", "valid", 1, 30);
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
});

it("invalid instances of it are drawn too", () => {
  const schema = schemaOf("policy");
  for (const instance of drawn("policy", "invalid", 2, 30)) expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
});

it("a string whose conditional's branch is one constant: that constant", () => {
  const schema = schemaOf("principal");
  const instances = drawn("principal", "valid", 1, 40);
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
  expect(instances).toContain("*");
});
