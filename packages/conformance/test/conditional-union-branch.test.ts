// Regression (found on AsyncAPI 3.0's schema by the sweep: "cannot generate a valid value for
// conditional at …/messageBindingsObject.json/properties/ibmmq/if …: 500 candidates in a row were
// rejected"): a binding is an open object whose one key picks the binding object by version, one
// if/then per version, and each then is a oneOf of closed objects. A branch that is an object is
// joined onto the candidates key by key; a union was left to the filter, and the object's own
// candidates (other keys, each conditional's values joined on) were almost never one of its values.
// A branch that is a union is offered whole.
//
// Regression (found by fuzz Q, seed 52002 draft-07: "GENERATOR GAVE UP D0 (valid): cannot generate a valid
// value for conditional at /definitions/D0/if"): an object that requires keys of its own beside a `then`
// that is an anyOf of tagged objects is neither a value of the union alone (it lacks the object's keys)
// nor one of the object's own (they seldom hold a tag the union names). The union's values are now
// also joined onto the object's own candidates, key by key.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
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
    // The shrunk document of seed 52002: {x: "…", kind: "v2", …} is valid.
    tagged: {
      type: "object",
      required: ["x"],
      properties: { x: { type: "string" } },
      if: { type: "object" },
      then: {
        anyOf: [
          { type: "object", properties: { kind: { const: "v0" } }, required: ["kind"], additionalProperties: false },
          { type: "object", properties: { kind: { const: "v2" } }, required: ["kind"] },
        ],
      },
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

it("valid instances of an object with keys of its own whose conditional's branch is a union of tagged objects: both joined", () => {
  const schema = schemaOf("tagged");
  const instances = drawn("tagged", "valid", 5, 50);
  const validator = new ModelValidator(model);
  for (const instance of instances) {
    expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
    expect(instance).toMatchObject({ kind: "v2" });
  }
});
