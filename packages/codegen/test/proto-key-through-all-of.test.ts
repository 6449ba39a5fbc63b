// A property named `__proto__` in an allOf part merged with another's object keywords: the merged
// `properties` was written by assignment, which sets an object's prototype for that key instead of
// an own entry, so the property was dropped. Beside `additionalProperties: false` the model refused
// every object holding it (DRF too), where Python's validators (and the specification) took it (found
// by fuzz AB, seed 62002, OpenAPI 3.0: a discriminated variant `allOf: [{$ref: Base}, {properties:
// {__proto__: …, kind: …}, additionalProperties: false}]`; shrunk). So was a dependency on such a key.
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { ObjectType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

/** `properties` written as JSON text: an object literal's `__proto__:` would set the prototype, not a key. */
const properties = (text: string) => JSON.parse(text) as Record<string, unknown>;

const VARIANT = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    Base: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
    V1: { allOf: [{ $ref: "#/definitions/Base" }, { type: "object", properties: properties('{"__proto__": {"type": "null"}, "kind": {"enum": ["v1"]}}'), additionalProperties: false }] },
    Open: { allOf: [{ type: "object", patternProperties: properties('{"__proto__": {"type": "string"}}') }, { type: "object", patternProperties: { "^x": { minLength: 1 } } }] },
    Dependent: { allOf: [{ type: "object", dependencies: { a: ["b"] } }, { type: "object", dependencies: properties('{"__proto__": ["c"]}') }] },
  },
};

describe("a __proto__ key in an allOf part merged with another", () => {
  const model = modelOf(VARIANT, "Proto");
  const validator = new ModelValidator(model);
  const value = (text: string) => JSON.parse(text) as JsonValue;

  it("stays a declared property beside additionalProperties false", () => {
    expect((typeNamed(model, "V1") as ObjectType).properties.map((property) => property.name).sort()).toEqual(["__proto__", "kind"]);
    expect(validator.validatesNamed("V1", value('{"kind": "v1", "__proto__": null}'))).toBe(true);
    expect(validator.validatesNamed("V1", value('{"kind": "v1", "__proto__": 1}'))).toBe(false);
    expect(validator.validatesNamed("V1", value('{"kind": "v1", "other": null}'))).toBe(false);
  });

  it("stays a pattern, and a dependency", () => {
    // The pattern `__proto__` matches a key holding it: its value must be a string.
    expect(validator.validatesNamed("Open", value('{"a__proto__b": 1}'))).toBe(false);
    expect(validator.validatesNamed("Open", value('{"a__proto__b": "s"}'))).toBe(true);
    expect(validator.validatesNamed("Dependent", value('{"__proto__": 1}'))).toBe(false);
    expect(validator.validatesNamed("Dependent", value('{"__proto__": 1, "c": 2}'))).toBe(true);
  });
});
