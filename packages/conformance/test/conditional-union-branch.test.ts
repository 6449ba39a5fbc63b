// Regression (found on AsyncAPI 3.0's schema by the sweep: "cannot generate a valid value for
// conditional at …/messageBindingsObject.json/properties/ibmmq/if …: 500 candidates in a row were
// rejected"): a binding is an open object whose one key picks the binding object by version, one
// if/then per version, and each then is a oneOf of closed objects. A branch that is an object is
// joined onto the candidates key by key; a union was left to the filter, and the object's own
// candidates (other keys, each conditional's values joined on) were almost never one of its values.
// A branch that is a union is offered whole.
import { expect, it } from "vitest";
import { ModelValidator } from "../src/modelValidator.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    binding: {
      properties: { version: { enum: ["0.1.0"] } },
      allOf: [
        { if: { not: { required: ["version"] } }, then: { $ref: "#/definitions/message" } },
        { if: { required: ["version"], properties: { version: { const: "0.1.0" } } }, then: { $ref: "#/definitions/message" } },
      ],
    },
    message: {
      type: "object",
      additionalProperties: false,
      properties: { type: { type: "string", enum: ["string", "jms", "binary"] }, headers: { type: "string" }, version: { type: "string", enum: ["0.1.0"] } },
      oneOf: [
        { properties: { type: { const: "binary" } } },
        { properties: { type: { const: "jms" } }, not: { required: ["headers"] } },
        { properties: { type: { const: "string" } }, not: { required: ["headers"] } },
      ],
    },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:conditional-union-branch", "ConditionalUnionBranch");

it("valid instances of an object whose conditionals' branch is a union of closed objects: values of that union", () => {
  const schema = schemaOf("binding");
  const instances = drawn("binding", "valid", 1, 50);
  const validator = new ModelValidator(model);
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
  expect(instances.some((instance) => typeof instance === "object" && instance !== null && Object.hasOwn(instance, "version"))).toBe(true);
});
