// `anyOf: [X, {type: null}]` where X lets values of other types through: a reference to an open enum
// whose other values are a typeless schema's (Microsoft's Adaptive Cards writes every style, color and
// alignment so, `anyOf: [{$ref: ContainerStyle}, {type: null}]`), or a typeless schema itself. Such a
// variant sent the union to first match, so each place got a type of its own of two cases, X and
// null (`ColumnStyle` with `.containerStyle` and `.null`; `TextBlockStyle2` where the place's name
// was taken by the definition's), where a place of `X` or null is X, nullable (a Swift
// `ContainerStyle??`). Null is valid either way under `anyOf`; under `oneOf` both variants take null,
// so it is refused, and the union stays as written. The verdicts are AJV's on the document.
import { Ajv } from "ajv";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { ObjectType } from "../src/model/types.ts";
import { findTarget } from "../src/targets/index.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const document = {
  $schema: "http://json-schema.org/draft-06/schema#",
  definitions: {
    Style: { anyOf: [{ enum: ["default", "emphasis"] }, { pattern: "^[dDeE]" }] },
    Box: {
      type: "object",
      properties: {
        style: { anyOf: [{ $ref: "#/definitions/Style" }, { type: "null" }] },
        label: { anyOf: [{ minLength: 1 }, { type: "null" }] },
        strict: { oneOf: [{ $ref: "#/definitions/Style" }, { type: "null" }] },
      },
    },
  },
};
const VALUES: readonly JsonValue[] = ["default", "Dark", "other", null, 5, "", true];

describe("a variant letting other types through beside null", () => {
  const model = modelOf(document, "Boxes");
  const property = (name: string) => (typeNamed(model, "Box") as ObjectType).properties.find((candidate) => candidate.name === name)!.type;

  it("is that variant, nullable, under anyOf; under oneOf the union stays", () => {
    expect(property("style")).toEqual({ kind: "nullable", type: { kind: "named", name: "Style" } });
    expect(property("label")).toMatchObject({ kind: "nullable", type: { kind: "string", otherTypesPass: true, constraints: { minLength: 1 } } });
    expect(property("strict")).toMatchObject({ kind: "named" });
    const swift = findTarget("swift")
      .render([model], {})
      .find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(swift).toContain("public var style: Style??");
    expect(swift).toContain("public var label: String??");
  });

  it("judges every value as AJV does on the document", () => {
    const ajv = new Ajv({ strict: false }).addMetaSchema(draft06MetaSchema);
    ajv.addSchema(document, "doc");
    const validator = new ModelValidator(model);
    for (const name of ["style", "label", "strict"]) {
      const boxes = VALUES.map((value) => ({ [name]: value }));
      expect(
        boxes.map((box) => validator.validatesNamed("Box", box)),
        name,
      ).toEqual(boxes.map((box) => ajv.validate("doc#/definitions/Box", box)));
    }
    // AJV's verdicts, stated: every value of another type passes Style's typeless variant, null too (under oneOf null matches twice); "" and "other" no variant.
    expect(VALUES.map((value) => ajv.validate("doc#/definitions/Box", { strict: value }))).toEqual([true, true, false, false, true, false, true]);
  });
});
