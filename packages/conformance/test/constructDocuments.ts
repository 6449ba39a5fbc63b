// Minimal JSON Schema documents, one definition per construct of issue 8, in the dialects that spell
// them differently: what the conformance tests run every generator, mutation and runtime on. Written
// from the JSON Schema specification, not from any schema in the corpus.
import { buildModel, findTarget, toSourceDocument, type SchemaModel } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, ...extra });

/** 2020-12: tuples as prefixItems, contains with counts, dependentRequired / dependentSchemas. */
export const DOCUMENT_2020 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Pair: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false },
    Head: { type: "array", prefixItems: [{ type: "boolean" }], items: { type: "number" }, minItems: 1, maxItems: 4 },
    NotEmpty: { type: "string", not: { const: "" } },
    // A Unicode property escape, which Python's re does not know: the serializers spell it out.
    Identifier: { type: "string", pattern: "^[\\p{L}_][\\p{L}\\p{Nd}_]*$" },
    Sized: {
      ...obj({ kind: { enum: ["a", "b"] }, size: { type: "integer", minimum: 0 } }, { required: ["kind"] }),
      if: { properties: { kind: { const: "a" } } },
      then: { required: ["size"] },
      else: { not: { required: ["size"] } },
    },
    // The same conditional with a `then` that types a key: the union of kind's cases (casesOfTestedKey), whose `b` case
    // holds the `else`'s `not` as its own rule. match-a-not found no value of that case holding `size` (a value of the `not`
    // alone, `size` of any value, is almost never one of the case) until it added the key with a value of its own type.
    SizedCases: {
      ...obj({ kind: { enum: ["a", "b"] }, size: { type: "integer", minimum: 0 } }, { required: ["kind"] }),
      if: { properties: { kind: { const: "a" } } },
      then: { properties: { size: { maximum: 10 } }, required: ["size"] },
      else: { not: { required: ["size"] } },
    },
    Scores: { type: "array", items: { type: "integer" }, contains: { minimum: 10 }, minContains: 1, maxContains: 2 },
    // No `type`, and no value of the type its keywords are about meets them (fuzz U, seed 55003): every valid value is of
    // another type, and every value of its own is invalid.
    CountsThatCross: { items: { type: "integer" }, contains: { minimum: 10 }, minContains: 2, maxContains: 1 },
    ShortKeys: { type: "object", propertyNames: { maxLength: 3, pattern: "^[a-z]+$" }, additionalProperties: { type: "integer" } },
    Flags: { type: "object", minProperties: 1, maxProperties: 3, additionalProperties: { type: "boolean" } },
    Payment: {
      ...obj({ card: { type: "string" }, billing: { type: "string" }, zip: { type: "string", pattern: "^[0-9]{5}$" } }),
      dependentRequired: { card: ["billing"] },
      dependentSchemas: { billing: { required: ["zip"] } },
    },
    Extensions: { ...obj({ name: { type: "string" } }), patternProperties: { "^x-": { type: "integer" }, "^[0-9]+$": { type: "boolean" } }, additionalProperties: false },
    Level: { enum: [1, 2, 3] },
    Ratio: { type: "number", enum: [1.5, 2, -0.25] },
    Switch: { type: "boolean", enum: [true, false] },
    Mixed: { enum: ["a", 1, null] },
    Shape: { const: { a: [1, true] } },
    Nothing: { type: "null" },
    Versioned: {
      oneOf: [
        obj({ v: { const: 1 }, a: { type: "string" } }, { required: ["v", "a"], additionalProperties: false }),
        obj({ v: { const: 2 }, b: { type: "integer" } }, { required: ["v", "b"], additionalProperties: false }),
      ],
    },
    Message: {
      anyOf: [
        obj({ id: { type: ["string", "integer"] }, method: { type: "string" }, params: { type: "object" } }, { required: ["id", "method"] }),
        obj({ method: { type: "string" }, params: { type: "object" } }, { required: ["method"] }),
        obj({ id: { type: ["string", "integer"] }, result: { type: "object" } }, { required: ["id", "result"] }),
        obj({ id: { type: ["string", "integer", "null"] }, error: obj({ code: { type: "integer" }, message: { type: "string" } }, { required: ["code", "message"] }) }, { required: ["id", "error"] }),
      ],
    },
    Either: { oneOf: [{ type: "string", maxLength: 3 }, { type: "string", pattern: "^a" }] },
    Some: { anyOf: [{ type: "integer", minimum: 10 }, { type: "integer", multipleOf: 3 }] },
    Tree: { type: "array", items: { $ref: "#/$defs/Tree" } },
    Node: { ...obj({ value: { type: "integer" }, children: { type: "array", items: { $ref: "#/$defs/Node" } } }), required: ["value"], additionalProperties: false },
    Both: { allOf: [{ type: "string", pattern: "^a" }, { type: "string", pattern: "b$" }] },
    Formats: {
      ...obj({
        uri: { type: "string", format: "uri" },
        reference: { type: "string", format: "uri-reference" },
        template: { type: "string", format: "uri-template" },
        email: { type: "string", format: "email" },
        hostname: { type: "string", format: "hostname" },
        regex: { type: "string", format: "regex" },
        date: { type: "string", format: "date" },
        time: { type: "string", format: "time" },
        stamp: { type: "string", format: "date-time" },
        duration: { type: "string", format: "duration" },
        uuid: { type: "string", format: "uuid" },
        ipv4: { type: "string", format: "ipv4" },
        ipv6: { type: "string", format: "ipv6" },
        pointer: { type: "string", format: "json-pointer" },
        bytes: { type: "string", format: "byte" },
        small: { type: "integer", format: "int32" },
        whole: { type: "number", format: "int64" },
        vendor: { type: "string", format: "x-vendor" },
      }),
      additionalProperties: false,
    },
  },
};

/** Draft-07: `$ref: "#"` (the document is the type), items as a list with additionalItems, `dependencies`, a shared tag value. */
export const DOCUMENT_07 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  properties: {
    name: { type: "string", minLength: 1 },
    children: { type: "array", items: { $ref: "#" }, maxItems: 3 },
    point: { $ref: "#/definitions/Point" },
    extra: { $ref: "#/definitions/Extra" },
  },
  required: ["name"],
  additionalProperties: false,
  definitions: {
    Point: { type: "array", items: [{ type: "number" }, { type: "number" }], additionalItems: false, minItems: 2 },
    // No `type`, only keywords of one: a value of any other JSON type passes (found by the schema sweeps: github-action's root, AsyncAPI's extensions).
    Typeless: {
      properties: { name: { minLength: 1 }, size: { minimum: 0 }, tags: { items: { type: "string" } }, meta: { properties: { a: { type: "integer" } } } },
      required: ["name"],
    },
    Extra: { type: "object", properties: { a: { type: "string" }, b: { type: "string" } }, dependencies: { a: ["b"], b: { properties: { c: { type: "integer" } }, required: ["c"] } } },
    // A tag value two variants share ("string"): the value selects a union of its own, told apart by the keys present.
    Field: {
      anyOf: [
        { type: "object", properties: { type: { const: "string" }, maxLength: { type: "integer" } }, required: ["type"] },
        { type: "object", properties: { type: { const: "boolean" } }, required: ["type"] },
        { type: "object", properties: { type: { const: "string" }, enum: { type: "array", items: { type: "string" } } }, required: ["type", "enum"] },
      ],
    },
    // Each branch of a oneOf forbids a key the other requires (`not: {}`, no value satisfies it): the key may only be absent there.
    Runner: {
      type: "object",
      properties: { kind: { enum: ["script", "image"] }, main: { type: "string" }, image: { type: "string" } },
      required: ["kind"],
      oneOf: [
        { properties: { kind: { const: "script" }, image: { not: {} } }, required: ["main"] },
        { properties: { kind: { const: "image" }, main: { not: {} } }, required: ["image"] },
      ],
      additionalProperties: false,
    },
    // Formats fastjsonschema checks on its own and the toolkit leaves unchecked (AJV does not know them): any string passes
    // (found by the sweep: CycloneDX's iri-reference " " and idn-email "" were rejected by fastjsonschema alone).
    // Keys spelling the DRF serializers' own rule names: `_additional` was refused by the python-drf target, and a key
    // `other_types_pass` replaced the rule that lets a value of another type pass, so DRF refused every one. No key is reserved.
    KeysNamedLikeRules: {
      properties: { other_types_pass: { type: "string" }, _additional: { type: "integer" }, _patterns: { type: "boolean" }, _required_when: { type: "string" } },
      patternProperties: { "^x-": { type: "string" } },
      additionalProperties: { type: "boolean" },
      if: { properties: { other_types_pass: { const: "a" } }, required: ["other_types_pass"] },
      then: { required: ["_additional"] },
    },
    // Keys a class body reads as names: a field called `locals` made every later `locals()["Id"] = …` call the field (the
    // module failed to import), and `vars` beside it leaves that builtin shadowed too. Dunder keys are fields like any other.
    KeysShadowingTheClassBody: obj(
      { locals: { type: "string" }, Id: { type: "string" }, vars: { type: "integer" }, "a-b": { type: "boolean" }, __module__: { type: "string" }, __doc__: { type: "integer" }, __init__: { type: "integer" } },
      { required: ["locals", "Id"] },
    ),
    Links: obj({ home: { type: "string", format: "iri" }, ref: { type: "string", format: "iri-reference" }, mail: { type: "string", format: "idn-email" }, host: { type: "string", format: "idn-hostname" } }, { required: ["home", "ref", "mail", "host"] }),
  },
};

/** Draft-04: `id`, boolean exclusive bounds. */
export const DOCUMENT_04 = {
  $schema: "http://json-schema.org/draft-04/schema#",
  id: "https://example.invalid/constructs-04.json",
  definitions: {
    Percent: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 100, exclusiveMaximum: false },
    Reading: { type: "object", properties: { at: { type: "string", format: "date-time" }, value: { $ref: "#/definitions/Percent" } }, required: ["value"], additionalProperties: false },
    // A tuple whose second place admits no value: an item there is invalid (item-in-a-place-of-no-value).
    Unary: { type: "array", items: [{ type: "string" }, { not: {} }] },
    // A pattern whose keys admit no value: a key it claims is invalid whatever its value (key-in-a-place-of-no-value).
    Headers: { type: "object", properties: { name: { type: "string" } }, patternProperties: { "^x-": { not: {} } } },
  },
};

export const CONSTRUCT_DOCUMENTS = {
  "constructs-2020-12": DOCUMENT_2020,
  "constructs-draft-07": DOCUMENT_07,
  "constructs-draft-04": DOCUMENT_04,
} as unknown as Readonly<Record<string, JsonObject>>;

/** The model of a document, built as `gen --input` builds it, and the json-schema target's rendering of it. */
export function constructModel(name: string): { model: SchemaModel; document: JsonObject } {
  const model = buildModel(toSourceDocument(structuredClone(CONSTRUCT_DOCUMENTS[name]!), `test:${name}`), { name: "Constructs" });
  const [file] = findTarget("json-schema").render([model], {});
  return { model, document: JSON.parse(file!.contents) as JsonObject };
}
