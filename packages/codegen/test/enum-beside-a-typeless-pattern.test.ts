// Known values beside a schema that names no type, only a string's keyword: `anyOf: [{enum: [default,
// emphasis]}, {pattern: "^([d|D][e|E]…)$"}]`, as Microsoft's Adaptive Cards writes each of its enums
// (every spelling in any case). Read as written it was a union of two strings whose Swift cases said
// nothing (`.string(StyleString)`, `.string2(String)`); beside `{type: string, pattern}` the same
// values were an open enum already. Now it is that open enum, whose other values are the typeless
// schema's: other strings matching the pattern, and (by JSON Schema) any value of another JSON type,
// which the validating targets let through as they do for a typeless schema elsewhere. The verdicts
// are AJV's on the document (draft-06, as Adaptive Cards).
import { Ajv } from "ajv";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { findTarget } from "../src/targets/index.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const PATTERN = "^([d|D][e|E][f|F][a|A][u|U][l|L][t|T])|([e|E][m|M][p|P][h|H][a|A][s|S][i|I][s|S])$";
const document = {
  $schema: "http://json-schema.org/draft-06/schema#",
  definitions: {
    Style: { anyOf: [{ enum: ["default", "emphasis"] }, { pattern: PATTERN }] },
    Exclusive: { oneOf: [{ enum: ["left", "right"] }, { pattern: "^[LR]" }] },
    Size: { anyOf: [{ enum: [1, 2] }, { minimum: 10 }] },
  },
};
const VALUES: Record<string, readonly JsonValue[]> = {
  Style: ["default", "DEFAULT", "Emphasis", "other", 5, null, true, {}],
  Exclusive: ["left", "Left", "Right", "up", 3],
  Size: [1, 2, 3, 12, "a", null],
};

describe("known values beside a schema naming no type", () => {
  const model = modelOf(document);

  it("are an open enum whose other values are the typeless schema's", () => {
    expect(typeNamed(model, "Style")).toMatchObject({ kind: "enum", valueType: "string", values: ["default", "emphasis"], otherValues: { kind: "string", otherTypesPass: true, constraints: { pattern: PATTERN } } });
    expect(typeNamed(model, "Exclusive")).toMatchObject({ kind: "enum", valueType: "string", values: ["left", "right"], otherValues: { kind: "string", otherTypesPass: true } });
    expect(typeNamed(model, "Size")).toMatchObject({ kind: "enum", valueType: "number", values: [1, 2], otherValues: { kind: "number", otherTypesPass: true } });
  });

  it("are written in Swift as an open enum, not a union of two strings", () => {
    const swift = findTarget("swift")
      .render([model], {})
      .find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(swift).toMatch(/public enum Style: RawRepresentable[^{]*\{\n    case `default`\n    case emphasis\n(    \/\/\/.*\n)*    case unknown\(String\)/);
    expect(swift).not.toMatch(/case string2/);
  });

  it("judge every value as AJV does on the document", () => {
    const ajv = new Ajv({ strict: false }).addMetaSchema(draft06MetaSchema);
    ajv.addSchema(document, "doc");
    const validator = new ModelValidator(model);
    for (const [name, values] of Object.entries(VALUES)) {
      const expected = values.map((value) => ajv.validate(`doc#/definitions/${name}`, value));
      expect(values.map((value) => validator.validatesNamed(name, value)), name).toEqual(expected);
    }
    // The verdicts AJV gives, stated: a value of another JSON type passes the typeless variant.
    expect(VALUES.Style!.map((value) => ajv.validate("doc#/definitions/Style", value))).toEqual([true, true, true, false, true, true, true, true]);
  });
});
