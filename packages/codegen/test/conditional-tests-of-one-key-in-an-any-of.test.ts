// Conditionals that test one key's constants, one of them written as an `anyOf` of such tests: ODCS 3
// (the Open Data Contract Standard's JSON schema, 3.0.2) writes its SchemaBaseProperty's
// `if: {anyOf: [{properties: {logicalType: {const: integer}}}]}` beside plain tests of the other
// values. The `anyOf` was no test of the key to casesOfTestedKey, so the six conditionals were split
// one inside another: SchemaProperty, ODCS's column, a union of unions six deep whose cases said
// nothing (`SchemaPropertyObjectObject2ObjectObject…`), 407 types in all (found by sweep AI). An
// `anyOf` of tests of one key holds where one of them does: the values they list, and an object
// without the key or a value of another type where one of them takes it. Read so, the document is
// the union the same tests written plainly make (the reference here), and its verdicts are AJV's.
import { Ajv2019 } from "ajv/dist/2019.js";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { findTarget } from "../src/targets/index.ts";
import { modelOf } from "./helpers/model.ts";

const options = (key: string, type: string) => ({ properties: { options: { type: "object", properties: { [key]: { type } }, additionalProperties: false } } });
const test = (value: string) => ({ properties: { kind: { const: value } } });
/** The document, with the test of `number` (and `integer`, which selects the same branch) as `numberTest` writes it. */
const documentWith = (numberTest: object) => ({
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    Base: {
      type: "object",
      properties: { name: { type: "string" }, kind: { type: "string", enum: ["text", "number", "integer", "list"] }, options: { type: "object" } },
      allOf: [
        { if: test("text"), then: options("maxLength", "integer") },
        { if: numberTest, then: options("maximum", "number") },
        { if: test("list"), then: { properties: { items: { $ref: "#/$defs/Base" } } } },
      ],
    },
    Column: { type: "object", $ref: "#/$defs/Base", required: ["name"], unevaluatedProperties: false },
  },
});
const plain = documentWith({ properties: { kind: { enum: ["number", "integer"] } } });
const inAnAnyOf = documentWith({ anyOf: [test("number"), test("integer")] });

const swiftOf = (document: Record<string, unknown>) =>
  findTarget("swift")
    .render([modelOf(document, "Columns")], {})
    .find((file) => file.path.endsWith("Models.swift"))!.contents;
const declared = (swift: string) => [...swift.matchAll(/^public (?:indirect )?(?:enum|struct|typealias) (\w+)/gm)].map((match) => match[1]);

const VALUES: readonly JsonValue[] = [
  { name: "a" },
  { name: "a", kind: "text", options: { maxLength: 3 } },
  { name: "a", kind: "text", options: { maximum: 3 } },
  { name: "a", kind: "number", options: { maximum: 3 } },
  { name: "a", kind: "integer", options: { maximum: 3.5 } },
  { name: "a", kind: "integer", options: { maxLength: 3 } },
  { name: "a", kind: "list", items: { kind: "text", options: {} } },
  { name: "a", kind: "list", items: { kind: "number", options: { maxLength: 1 } } },
  { name: "a", kind: "text", items: {} },
  { name: "a", options: {} },
  { name: "a", options: { maximum: 1 } },
  { name: "a", kind: "other" },
  { kind: "text" },
];

describe("conditionals testing one key, one of them in an anyOf", () => {
  it("are the union of one case a value that the same tests written plainly make", () => {
    const swift = swiftOf(inAnAnyOf);
    expect(declared(swift)).toEqual(declared(swiftOf(plain)));
    expect(swift).toMatch(/public enum ColumnByKind: [^{]*\{\n(    \/\/\/.*\n)*    case text\(ColumnByKindText\)/);
    expect(swift).not.toMatch(/ObjectObject/);
  });

  it("judge every value as AJV does on the document", () => {
    const ajv = new Ajv2019({ strict: false });
    ajv.addSchema(inAnAnyOf, "doc");
    const expected = VALUES.map((value) => ajv.validate("doc#/$defs/Column", value));
    const validator = new ModelValidator(modelOf(inAnAnyOf));
    expect(VALUES.map((value) => validator.validatesNamed("Column", value))).toEqual(expected);
    // AJV's verdicts, stated: an object without `kind` takes every `then` (each `if` passes it), so its options take no key; `kind` is one of four values.
    expect(expected).toEqual([true, true, false, true, true, false, true, false, false, true, false, false, false]);
  });
});
