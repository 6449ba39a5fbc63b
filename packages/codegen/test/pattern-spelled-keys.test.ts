// A `patternProperties` pattern that spells out its keys (`^(bool_value)$`, `^(get|put)$`) declares them:
// each is an optional property whose rule is every pattern matching it, and no extra-key map is left
// for them. bufbuild's protoschema writes a field's proto name so beside its JSON name, and the OpenAPI
// 3.0 meta-schema a path item's operations; read as a pattern, each was a map `[String: T]` in Swift
// that no user would look in for `bool_value` or `get`. A key `properties` declares too takes the
// pattern's rule beside its own: the OpenAPI 3.1 meta-schema (OAI/OpenAPI-Specification
// schemas/v3.1/schema.json, its `components`) spells its ten declared keys so that
// `unevaluatedProperties` sees them evaluated, and each key's `propertyNames` rule was a map no key
// ever enters (`patternProperties2: [String: [String: JSONValue]]`), the rule told of it, not of the
// key. The verdicts are AJV's on the author's schema.
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { ObjectType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const MESSAGE = {
  type: "object",
  properties: { boolValue: { type: "boolean" }, a: { type: "string" } },
  patternProperties: {
    "^(bool_value)$": { type: "boolean" },
    "^(get|put)$": { type: "integer" },
    // Matches `put` too: its rule joins that key's.
    "^p": { minimum: 2 },
    // Spells a declared key: its rule joins that key's, and no map is left.
    "^a$": { minLength: 2 },
  },
  required: ["get"],
  additionalProperties: false,
};
const document = draft07({ Message: MESSAGE });
const VALUES: readonly JsonValue[] = [
  { get: 1 },
  { get: 1, bool_value: true, put: 3 },
  { get: 1, bool_value: "yes" },
  { get: 1, put: 1 },
  { get: "1" },
  { bool_value: true },
  { get: 1, a: "x" },
  { get: 1, a: "xy", boolValue: false },
  { get: 1, post: 1 },
];

describe("a pattern spelling out its keys", () => {
  it("declares them as properties, a declared key taking the rule of a pattern spelling it", () => {
    const message = typeNamed(modelOf(document), "Message") as ObjectType;
    expect(message.properties.map(({ name, required }) => [name, required])).toEqual([
      ["boolValue", false],
      ["a", false],
      ["get", true],
      ["bool_value", false],
      ["put", false],
    ]);
    expect(message.patternProperties.map(({ pattern }) => pattern)).toEqual(["^p"]);
    expect(message.properties.find(({ name }) => name === "a")!.type).toEqual({ kind: "string", constraints: { minLength: 2 } });
    expect(message.additionalProperties).toBe(false);
  });

  it("accepts what the author's schema accepts", () => {
    const validate = new Ajv({ strictTypes: false, allowMatchingProperties: true }).compile({ ...document, $ref: "#/definitions/Message" });
    const expected = VALUES.map((value) => validate(value));
    // Both verdicts occur, so the comparison is not of one kind only.
    expect(expected).toEqual([true, true, false, false, false, false, false, true, false]);
    const validator = new ModelValidator(modelOf(document));
    expect(VALUES.map((value) => validator.validatesNamed("Message", value))).toEqual(expected);
  });
});

// OpenAPI 3.1's `components`, cut down: two declared maps, a pattern spelling both with a rule on their
// keys, and the extension keys, beside `unevaluatedProperties: false`.
const COMPONENTS = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Components: {
      type: "object",
      properties: { schemas: { type: "object", additionalProperties: { type: "integer" } }, links: { type: "object" } },
      patternProperties: { "^(schemas|links)$": { propertyNames: { pattern: "^[a-z]+$" } }, "^x-": {} },
      unevaluatedProperties: false,
    },
  },
};
const COMPONENT_VALUES: readonly JsonValue[] = [
  { schemas: { a: 1 }, links: { b: {} } },
  { schemas: { A: 1 } },
  { links: { "b-c": 1 } },
  { schemas: { a: "1" } },
  { "x-a": [1] },
  { other: 1 },
  { schemas: [] },
];

describe("a pattern spelling out keys the object declares", () => {
  it("puts its rule on each of them and leaves no map for it", () => {
    const components = typeNamed(modelOf(COMPONENTS), "Components") as ObjectType;
    expect(components.patternProperties.map(({ pattern }) => pattern)).toEqual(["^x-"]);
    const keyNames = { kind: "propertyNames", type: { kind: "string", constraints: { pattern: "^[a-z]+$" }, otherTypesPass: true }, pointer: "/$defs/Components/patternProperties/^(schemas|links)$/propertyNames" };
    expect(components.properties.map(({ name, type }) => [name, type])).toEqual([
      ["schemas", { kind: "constrained", type: { kind: "record", values: { kind: "integer", constraints: {} } }, assertions: [keyNames] }],
      ["links", { kind: "constrained", type: { kind: "record", values: { kind: "unknown" } }, assertions: [keyNames] }],
    ]);
  });

  it("accepts what the author's schema accepts", () => {
    const validate = new Ajv2020({ strict: false }).compile({ ...COMPONENTS, $ref: "#/$defs/Components" });
    const expected = COMPONENT_VALUES.map((value) => validate(value));
    expect(expected).toEqual([true, false, false, false, true, false, false]);
    const validator = new ModelValidator(modelOf(COMPONENTS));
    expect(COMPONENT_VALUES.map((value) => validator.validatesNamed("Components", value))).toEqual(expected);
  });
});
