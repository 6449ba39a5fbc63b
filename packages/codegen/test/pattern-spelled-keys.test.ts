// A `patternProperties` pattern that spells out its keys (`^(bool_value)$`, `^(get|put)$`) declares them:
// each is an optional property whose rule is every pattern matching it, and no extra-key map is left
// for them. bufbuild's protoschema writes a field's proto name so beside its JSON name, and the OpenAPI
// 3.0 meta-schema a path item's operations; read as a pattern, each was a map `[String: T]` in Swift
// that no user would look in for `bool_value` or `get`. The verdicts are AJV's on the author's schema.
import { Ajv } from "ajv";
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
    // Spells a declared key, whose rule it would have to join: left a pattern.
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
  it("declares them as properties, a pattern spelling a declared key left as it is", () => {
    const message = typeNamed(modelOf(document), "Message") as ObjectType;
    expect(message.properties.map(({ name, required }) => [name, required])).toEqual([
      ["boolValue", false],
      ["a", false],
      ["get", true],
      ["bool_value", false],
      ["put", false],
    ]);
    expect(message.patternProperties.map(({ pattern }) => pattern)).toEqual(["^p", "^a$"]);
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
