// Structural identity of JSON values (stableKey): every own key counts, "__proto__" included. Found
// by the conformance run's review (issue 5): assignment dropped that key, so two shapes differing
// only by it compared equal (and so did a Swift re-encoding that lost it).
import { describe, expect, it } from "vitest";
import { stableKey } from "../src/index.ts";
import { ownEntriesWhere } from "../src/json/ownEntries.ts";
import { frozenStableKey, frozenStableKeyOmitting, StructuralKeys } from "../src/json/stable.ts";
import type { JsonObject } from "../src/json/types.ts";
import { isValidationKeyword, subschemas } from "../src/jsonSchema/vocabulary.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

describe("stableKey", () => {
  it("keeps a key named __proto__ as an ordinary key", () => {
    const withKey = JSON.parse('{"__proto__": {"x": 1}, "b": 2}') as unknown;
    expect(stableKey(withKey)).toBe('{"__proto__":{"x":1},"b":2}');
    expect(stableKey(withKey)).not.toBe(stableKey({ b: 2 }));
  });

  it("so the model does not merge inline objects that differ only by a __proto__ property", () => {
    const document = JSON.parse(
      JSON.stringify(
        draft07({
          Holder: {
            type: "object",
            properties: {
              plain: { type: "object", properties: {}, additionalProperties: false },
              special: { type: "object", properties: { PROTO: { type: "string" } }, additionalProperties: false },
            },
          },
        }),
      ).replace('"PROTO"', '"__proto__"'),
    ) as Record<string, unknown>;
    const model = modelOf(document);
    const holder = model.types.find((type) => type.name === "Holder");
    const refs = holder?.kind === "object" ? holder.properties.map((property) => property.type) : [];
    expect(refs[0]).not.toEqual(refs[1]);
  });
});

// frozenStableKey remembers keys per object and builds them without a sorted copy; stableKey (a
// sorted copy, serialized by JSON.stringify) is the independent reference it must agree with.
describe("frozenStableKey", () => {
  const value = JSON.parse('{"b": [1, {"z": null, "a": "x"}], "a": {"é": 1, "e": 2, "Z": 3, "\u{1f600}": 4, "\uffff": 5}, "__proto__": {"k": true}}') as Record<string, unknown>;

  it("spells what stableKey spells", () => {
    expect(frozenStableKey(value)).toBe(stableKey(value));
    expect(frozenStableKey(value)).toBe(stableKey(value));
  });

  it("leaves out the keys it is told to, as stableKey of the copy without them", () => {
    const { b: _b, ...rest } = value;
    expect(frozenStableKeyOmitting(value, new Set(["b"]))).toBe(stableKey(JSON.parse(JSON.stringify(rest)) as unknown));
    expect(frozenStableKeyOmitting(value, new Set())).toBe(stableKey(value));
  });
});

// StructuralKeys spells keys of its own (short, interned), so they are checked against stableKey by
// what matters: two values get one key exactly when stableKey spells them alike.
describe("StructuralKeys", () => {
  const values: unknown[] = [
    null,
    true,
    0,
    -0,
    1.5,
    "0",
    "#0",
    "$0",
    "a\u2028\"b",
    [],
    {},
    [null],
    [[]],
    [{}],
    { a: 1 },
    { a: "1" },
    { a: [1] },
    { a: { b: 1 } },
    { b: 1, a: { b: 1 } },
    { a: { b: 1 }, b: 1 },
    { a: undefined, b: 1 },
    { b: 1 },
    JSON.parse('{"__proto__": {"x": 1}, "b": 2}'),
    { b: 2 },
    [1, [2, [3]]],
    [1, [2, [3]]],
    [1, [2, [4]]],
    { x: [{ y: "z" }, "y"] },
    { x: ["y", { y: "z" }] },
  ];

  it("gives two values one key exactly when stableKey spells them alike", () => {
    const keys = new StructuralKeys();
    for (const a of values) for (const b of values) expect(keys.of(a) === keys.of(b)).toBe(stableKey(a) === stableKey(b));
  });

  it("leaves out the keys it is told to, as the key of the copy without them", () => {
    const keys = new StructuralKeys();
    const value = { b: [1, { z: null }], a: { c: 1 }, title: "t" };
    const omit = new Set(["title"]);
    expect(keys.ofOmitting(value, omit)).toBe(keys.of({ b: [1, { z: null }], a: { c: 1 } }));
    expect(keys.ofOmitting(value, omit)).not.toBe(keys.of(value));
  });

  // subsumes compares two schemas' rules by it (their annotations left out), where it spelled a copy
  // of each with frozenStableKey.
  it("keeps the keys it is told to, as the key of the copy with only them", () => {
    const keys = new StructuralKeys();
    const isRule = (key: string) => key !== "title" && key !== "description";
    const titled = { type: "object", title: "Map", properties: { a: { title: "inner kept" } } };
    const described = { description: "a copy", properties: { a: { title: "inner kept" } }, type: "object" };
    expect(keys.ofKept(titled, isRule)).toBe(keys.of({ type: "object", properties: { a: { title: "inner kept" } } }));
    expect(keys.ofKept(titled, isRule)).toBe(keys.ofKept(described, isRule));
    expect(keys.ofKept(titled, isRule)).not.toBe(keys.of(titled));
    const objects = values.filter((value): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value));
    for (const a of objects) for (const b of objects) expect(keys.ofKept(a, isRule) === keys.ofKept(b, isRule)).toBe(stableKey(ownEntriesWhere(a, isRule)) === stableKey(ownEntriesWhere(b, isRule)));
  });
});

// Keywords are looked up in a table: a name Object.prototype holds ("constructor", "toString") is
// no keyword of JSON Schema, so it is an annotation.
describe("isValidationKeyword", () => {
  it("knows keywords by dialect and nothing from Object.prototype", () => {
    expect(isValidationKeyword("type", "draft-04")).toBe(true);
    expect(isValidationKeyword("prefixItems", "draft-07")).toBe(false);
    expect(isValidationKeyword("prefixItems", "2020-12")).toBe(true);
    expect(isValidationKeyword("dependencies", "2020-12")).toBe(false);
    for (const name of ["constructor", "toString", "hasOwnProperty", "__proto__"]) expect(isValidationKeyword(name, "2020-12")).toBe(false);
  });

  // The table of keywords holding subschemas was an object too: a schema with an annotation named
  // "toString" or "constructor" stopped every walker (TypeError: forms.includes is not a function).
  it("walks past an annotation Object.prototype names, holding no subschema", () => {
    const annotated = { type: "string", toString: { type: "integer" }, constructor: [{ type: "integer" }], valueOf: "x" };
    expect(subschemas(annotated)).toEqual([]);
    const model = modelOf(draft07({ Holder: { type: "object", properties: { name: annotated }, required: ["name"] } }));
    const holder = typeNamed(model, "Holder");
    expect(holder.kind === "object" ? holder.properties.map((property) => property.type.kind) : []).toEqual(["string"]);
  });

  // "__proto__" too (read from JSON it is an own key): beside allOf, where the builder copies a
  // schema's own keywords, it stays an annotation of the copy rather than becoming its prototype.
  it("walks past an annotation named __proto__, beside allOf too", () => {
    const annotated = JSON.parse('{"type": "string", "__proto__": {"type": "integer"}}') as Record<string, never>;
    expect(subschemas(annotated)).toEqual([]);
    const merged = JSON.parse('{"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}], "__proto__": {"required": ["a"]}}') as Record<string, unknown>;
    const model = modelOf(draft07({ Holder: { type: "object", properties: { name: annotated, merged }, required: ["name", "merged"] } }));
    const holder = typeNamed(model, "Holder");
    expect(holder.kind === "object" ? holder.properties.map((property) => property.type.kind) : []).toEqual(["string", "named"]);
    const inner = typeNamed(model, "HolderMerged");
    expect(inner.kind === "object" ? inner.properties.map((property) => [property.name, property.required]) : []).toEqual([["a", false]]);
  });
});
