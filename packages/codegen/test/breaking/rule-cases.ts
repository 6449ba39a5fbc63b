// One minimal pair of schema versions per rule of the registry: a definition `T` before and after one
// change. Typed by the registry's ids, so a rule added to RULES without a case here does not compile
// (and rules.test.ts checks the same at run time).
import type { JsonValue } from "../../src/json/types.ts";
import type { DeclarationRuleId, Direction, ValueRuleId } from "../../src/breaking/rules.ts";

type Schema = { [key: string]: JsonValue };

export interface ValueRuleCase {
  readonly old: Schema;
  readonly new: Schema;
  /** Each direction the change separates the versions in: a witness must be found for each. */
  readonly directions: readonly Direction[];
  /** Other definitions each version has beside `T`. */
  readonly definitions?: { readonly old: Schema; readonly new: Schema };
}

export interface DeclarationRuleCase {
  /** Whole documents (definitions, root, constants). */
  readonly old: Schema;
  readonly new: Schema;
}

/** A closed object holding the place under test at `v`. */
const holding = (v: Schema, required = true): Schema => ({ type: "object", properties: { v }, ...(required ? { required: ["v"] } : {}), additionalProperties: false });
const widening: readonly Direction[] = ["new-accepts"];
const narrowing: readonly Direction[] = ["old-accepts"];
const both: readonly Direction[] = ["new-accepts", "old-accepts"];

const string: Schema = { type: "string" };
const closed = (properties: Schema, required: string[] = []): Schema => ({ type: "object", properties, required, additionalProperties: false });
const variant = (tag: string, extra: Schema = {}): Schema => closed({ kind: { const: tag }, ...extra }, ["kind"]);
const conditional: Schema = { if: { properties: { kind: { const: "a" } }, required: ["kind"] }, then: { required: ["extra"] } };

export const VALUE_RULE_CASES: Readonly<Record<ValueRuleId, ValueRuleCase>> = {
  "type-added": { old: holding(string), new: holding({ type: ["string", "number"] }), directions: widening },
  "type-removed": { old: holding({ type: ["string", "number"] }), new: holding(string), directions: narrowing },
  "nullable-added": { old: holding(string), new: holding({ type: ["string", "null"] }), directions: widening },
  "nullable-removed": { old: holding({ type: ["string", "null"] }), new: holding(string), directions: narrowing },
  "integer-widened-to-number": { old: holding({ type: "integer" }), new: holding({ type: "number" }), directions: widening },
  "number-narrowed-to-integer": { old: holding({ type: "number" }), new: holding({ type: "integer" }), directions: narrowing },
  "enum-value-added": { old: holding({ enum: ["a", "b"] }), new: holding({ enum: ["a", "b", "c"] }), directions: widening },
  "enum-value-removed": { old: holding({ enum: ["a", "b", "c"] }), new: holding({ enum: ["a", "b"] }), directions: narrowing },
  "enum-opened": { old: holding({ enum: ["a", "b"] }), new: holding(string), directions: widening },
  "enum-closed": { old: holding(string), new: holding({ enum: ["a", "b"] }), directions: narrowing },
  "string-length-loosened": { old: holding({ type: "string", maxLength: 3 }), new: holding({ type: "string", maxLength: 5 }), directions: widening },
  "string-length-tightened": { old: holding({ type: "string", minLength: 1 }), new: holding({ type: "string", minLength: 4 }), directions: narrowing },
  "pattern-added": { old: holding(string), new: holding({ type: "string", pattern: "^a" }), directions: narrowing },
  "pattern-removed": { old: holding({ type: "string", pattern: "^a" }), new: holding(string), directions: widening },
  "pattern-changed": { old: holding({ type: "string", pattern: "^a" }), new: holding({ type: "string", pattern: "^b" }), directions: both },
  "format-added": { old: holding(string), new: holding({ type: "string", format: "date-time" }), directions: narrowing },
  "format-removed": { old: holding({ type: "string", format: "email" }), new: holding(string), directions: widening },
  "format-changed": { old: holding({ type: "string", format: "date" }), new: holding({ type: "string", format: "email" }), directions: both },
  "number-range-widened": { old: holding({ type: "integer", maximum: 10 }), new: holding({ type: "integer", maximum: 20 }), directions: widening },
  "number-range-narrowed": { old: holding({ type: "integer", minimum: 0 }), new: holding({ type: "integer", minimum: 5 }), directions: narrowing },
  "multiple-of-changed": { old: holding({ type: "integer", multipleOf: 2 }), new: holding({ type: "integer", multipleOf: 3 }), directions: both },
  "array-length-loosened": { old: holding({ type: "array", items: string, maxItems: 1 }), new: holding({ type: "array", items: string, maxItems: 3 }), directions: widening },
  "array-length-tightened": { old: holding({ type: "array", items: string }), new: holding({ type: "array", items: string, minItems: 2 }), directions: narrowing },
  "unique-items-added": { old: holding({ type: "array", items: string }), new: holding({ type: "array", items: string, uniqueItems: true }), directions: narrowing },
  "unique-items-removed": { old: holding({ type: "array", items: string, uniqueItems: true }), new: holding({ type: "array", items: string }), directions: widening },
  "tuple-items-added": {
    old: holding({ type: "array", items: [string], additionalItems: false }),
    new: holding({ type: "array", items: [string, { type: "integer" }], additionalItems: false }),
    directions: widening,
  },
  "tuple-items-removed": {
    old: holding({ type: "array", items: [string, { type: "integer" }], additionalItems: false }),
    new: holding({ type: "array", items: [string], additionalItems: false }),
    directions: narrowing,
  },
  "property-added": { old: closed({ a: string }, ["a"]), new: closed({ a: string, b: string }, ["a"]), directions: widening },
  "property-removed": { old: closed({ a: string, b: string }, ["a"]), new: closed({ a: string }, ["a"]), directions: narrowing },
  "property-became-required": { old: closed({ a: string, b: string }, ["a"]), new: closed({ a: string, b: string }, ["a", "b"]), directions: narrowing },
  "property-became-optional": { old: closed({ a: string, b: string }, ["a", "b"]), new: closed({ a: string, b: string }, ["a"]), directions: widening },
  "additional-properties-opened": { old: closed({ a: string }, ["a"]), new: { type: "object", properties: { a: string }, required: ["a"] }, directions: widening },
  "additional-properties-closed": { old: { type: "object", properties: { a: string }, required: ["a"] }, new: closed({ a: string }, ["a"]), directions: narrowing },
  "pattern-property-added": {
    old: closed({ a: string }, ["a"]),
    new: { ...closed({ a: string }, ["a"]), patternProperties: { "^x-": string } },
    directions: widening,
  },
  "pattern-property-removed": {
    old: { ...closed({ a: string }, ["a"]), patternProperties: { "^x-": string } },
    new: closed({ a: string }, ["a"]),
    directions: narrowing,
  },
  "required-when-added": {
    old: closed({ kind: string, extra: string }, ["kind"]),
    new: { ...closed({ kind: string, extra: string }, ["kind"]), ...conditional },
    directions: narrowing,
  },
  "required-when-removed": {
    old: { ...closed({ kind: string, extra: string }, ["kind"]), ...conditional },
    new: closed({ kind: string, extra: string }, ["kind"]),
    directions: widening,
  },
  "variant-added": { old: holding({ oneOf: [variant("a"), variant("b")] }), new: holding({ oneOf: [variant("a"), variant("b"), variant("c")] }), directions: widening },
  "variant-removed": { old: holding({ oneOf: [variant("a"), variant("b"), variant("c")] }), new: holding({ oneOf: [variant("a"), variant("b")] }), directions: narrowing },
  "variant-tag-changed": {
    // A variant is the same one retagged when it keeps its definition's name.
    old: holding({ oneOf: [{ $ref: "#/definitions/A" }, { $ref: "#/definitions/B" }] }),
    new: holding({ oneOf: [{ $ref: "#/definitions/A" }, { $ref: "#/definitions/B" }] }),
    definitions: { old: { A: variant("a"), B: variant("b", { size: { type: "integer" } }) }, new: { A: variant("a"), B: variant("c", { size: { type: "integer" } }) } },
    directions: both,
  },
  "union-keyword-changed": {
    old: holding({ oneOf: [string, { type: "string", minLength: 2 }] }),
    new: holding({ anyOf: [string, { type: "string", minLength: 2 }] }),
    directions: widening,
  },
  "assertion-added": { old: holding(string), new: holding({ type: "string", not: { const: "x" } }), directions: narrowing },
  "assertion-removed": { old: holding({ type: "string", not: { const: "x" } }), new: holding(string), directions: widening },
  "property-count-changed": {
    old: { type: "object", additionalProperties: string, maxProperties: 3 },
    new: { type: "object", additionalProperties: string, maxProperties: 1 },
    directions: narrowing,
  },
  "schema-changed": {
    old: holding({ anyOf: [{ type: "array", items: string }, { type: "array", items: { type: "integer" } }] }),
    new: holding({ anyOf: [{ type: "array", items: string }, { type: "array", items: { type: "boolean" } }] }),
    directions: both,
  },
};

const document = (definitions: Schema, extra: Schema = {}): Schema => ({ $schema: "http://json-schema.org/draft-07/schema#", ...extra, definitions });
const tagged = (names: string[]): Schema => ({ oneOf: names.map((name) => ({ $ref: `#/definitions/${name}` })) });

export const DECLARATION_RULE_CASES: Readonly<Record<DeclarationRuleId, DeclarationRuleCase>> = {
  "definition-removed": { old: document({ T: closed({ a: string }), U: closed({ b: string }) }), new: document({ T: closed({ a: string }) }) },
  "definition-renamed": { old: document({ T: closed({ a: string }), U: closed({ b: string }) }), new: document({ T: closed({ a: string }), V: closed({ b: string }) }) },
  "definition-added": { old: document({ T: closed({ a: string }) }), new: document({ T: closed({ a: string }), U: closed({ b: string }) }) },
  "union-rule-changed": {
    old: document({ T: { oneOf: [variant("a", { x: string }), variant("b", { y: string })] } }),
    new: document({ T: { oneOf: [closed({ kind: string, x: string }, ["kind", "x"]), closed({ kind: string, y: string }, ["kind", "y"])] } }),
  },
  "root-changed": {
    old: document({ A: variant("a"), B: variant("b") }, tagged(["A"])),
    new: document({ A: variant("a"), B: variant("b") }, tagged(["B"])),
  },
  "constant-removed": { old: document({ T: string }, { "x-clone-constants": { VERSION: 1, LIMIT: 5 } }), new: document({ T: string }, { "x-clone-constants": { VERSION: 1 } }) },
  "constant-changed": { old: document({ T: string }, { "x-clone-constants": { VERSION: 1 } }), new: document({ T: string }, { "x-clone-constants": { VERSION: 2 } }) },
  "constant-added": { old: document({ T: string }, { "x-clone-constants": { VERSION: 1 } }), new: document({ T: string }, { "x-clone-constants": { VERSION: 1, LIMIT: 5 } }) },
};

/** A value rule's case as two documents with the place under test in definition `T`. */
export function valueCaseDocuments(ruleCase: ValueRuleCase): { old: Schema; new: Schema } {
  return { old: document({ T: ruleCase.old, ...ruleCase.definitions?.old }), new: document({ T: ruleCase.new, ...ruleCase.definitions?.new }) };
}
