// An object whose `propertyNames` lists the names a key may have, each a declared (or required) key,
// takes no other key: its rule for other keys names no value, and the type holds no map for them.
// zod 4 writes `z.record(z.enum(["a", "b"]), z.number())` so: propertyNames {enum: [a, b]}, required
// [a, b], additionalProperties {type: number}; each type held a map of other keys no value fills.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { ObjectType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const recordOf = (record: Record<string, unknown>, $schema = "https://json-schema.org/draft/2020-12/schema") => ({
  $schema,
  type: "object",
  properties: { scores: { type: "object", ...record } },
  required: ["scores"],
});
// As zod 4.1's toJSONSchema writes z.record(z.enum(["a", "b"]), z.number()).
const ZOD_ENUM_RECORD = recordOf({ propertyNames: { type: "string", enum: ["a", "b"] }, additionalProperties: { type: "number" }, required: ["a", "b"] });

const scoresOf = (document: Record<string, unknown>) => typeNamed(modelOf(document, "Test"), "TestScores") as ObjectType;

describe("propertyNames listing only declared keys", () => {
  it("leaves no rule for other keys: each listed key is a property of the value type", () => {
    const scores = scoresOf(ZOD_ENUM_RECORD);
    expect(scores.properties.map((property) => [property.name, property.required, property.type])).toEqual([
      ["a", true, { kind: "number", constraints: {} }],
      ["b", true, { kind: "number", constraints: {} }],
    ]);
    expect(scores.additionalProperties).toBe(false);
  });

  it("takes what AJV takes", () => {
    const validator = new ModelValidator(modelOf(ZOD_ENUM_RECORD, "Test"));
    const ajv = new Ajv2020({ strict: false }).compile(ZOD_ENUM_RECORD);
    const values: JsonValue[] = [{ a: 1, b: 2.5 }, { a: 1 }, { a: 1, b: 2, c: 3 }, { a: "1", b: 2 }, {}];
    const verdicts = values.map((scores) => validator.validatesNamed("Test", { scores }));
    expect(verdicts).toEqual(values.map((scores) => ajv({ scores })));
    expect(verdicts).toEqual([true, false, false, false, false]);
  });

  it("a const name, declared, closes the object too; a name listed but not declared keeps the map", () => {
    const declaredConst = recordOf({ properties: { only: { type: "string" } }, propertyNames: { const: "only" }, additionalProperties: { type: "number" } });
    expect(scoresOf(declaredConst).additionalProperties).toBe(false);
    // zod 4's z.partialRecord: the keys may be left out, so none is declared.
    const partial = recordOf({ propertyNames: { type: "string", enum: ["x", "y"] }, additionalProperties: { type: "boolean" }, required: ["x"] });
    expect(scoresOf(partial).additionalProperties).toEqual({ kind: "boolean" });
  });

  it("names listed through a $ref to a definition (as pydantic writes an enum key type) are read the same", () => {
    const document = {
      ...recordOf({ properties: { a: { type: "integer" }, b: { type: "integer" } }, propertyNames: { $ref: "#/$defs/Key" }, additionalProperties: { type: "integer" } }),
      $defs: { Key: { enum: ["a", "b", 1], title: "Key" } },
    };
    expect(scoresOf(document).additionalProperties).toBe(false);
    const validator = new ModelValidator(modelOf(document, "Test"));
    const ajv = new Ajv2020({ strict: false }).compile(document);
    const values: JsonValue[] = [{ a: 1 }, { a: 1, b: 2 }, { c: 1 }, { a: 1.5 }];
    expect(values.map((scores) => validator.validatesNamed("Test", { scores }))).toEqual(values.map((scores) => ajv({ scores })));
  });
});
