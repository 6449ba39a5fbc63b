// A schema that is no definition, referred to from inside itself, whose anyOf takes null beside
// other types: zod-to-json-schema writes a recursive value (`z.lazy`) this way, its refs pointing
// at the property it first met it at (its default `$refStrategy: "root"`). The non-null part was
// lifted under the place's name, and the alias of the whole that the recursion refers to replaced
// it under that same name: validateModel refused it as "only a reference to itself".
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import { modelOf } from "./helpers/model.ts";

const draft07 = (properties: Record<string, unknown>) => ({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties });

// zod-to-json-schema 3.24's `z.object({ settings: z.object({ payload: Json }) })`, Json the lazy JSON value.
const JSON_VALUE = "#/properties/settings/properties/payload";
const ZOD_JSON_VALUE = draft07({
  settings: {
    type: "object",
    properties: {
      payload: {
        anyOf: [
          { type: "string" },
          { type: "number" },
          { type: "boolean" },
          { type: "null" },
          { type: "array", items: { $ref: JSON_VALUE } },
          { type: "object", additionalProperties: { $ref: JSON_VALUE } },
        ],
      },
    },
  },
});

// A narrower one, for values it refuses: strings and null, nested in lists.
const NESTED_STRINGS = draft07({ payload: { anyOf: [{ type: "string" }, { type: "null" }, { type: "array", items: { $ref: "#/properties/payload" } }] } });

describe("a property referred to from inside itself, whose anyOf takes null", () => {
  it("is a recursive type (zod-to-json-schema's JSON value), taking every JSON value at every depth", () => {
    const validator = new ModelValidator(modelOf(ZOD_JSON_VALUE, "Zod"));
    const payloads = [null, "a", 1.5, true, [null, [1, { x: null }]], { x: { y: [false, null] } }];
    expect(payloads.map((payload) => validator.validatesNamed("Zod", { settings: { payload } }))).toEqual(payloads.map(() => true));
  });

  it("takes what AJV takes: null and strings, nested in lists, and no other value at any depth", () => {
    const validator = new ModelValidator(modelOf(NESTED_STRINGS, "Strings"));
    const ajv = new Ajv({ strict: false }).compile(NESTED_STRINGS);
    const payloads = [null, "a", [], [null, ["a", [null]]], 1, [1], [["a", [true]]], { x: "a" }, [{}]];
    const verdicts = payloads.map((payload) => validator.validatesNamed("Strings", { payload }));
    expect(verdicts).toEqual(payloads.map((payload) => ajv({ payload })));
    expect(verdicts).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});
