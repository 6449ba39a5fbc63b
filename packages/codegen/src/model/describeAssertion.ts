// Validation-only rules (`Assertion`s on a `constrained` type) in words, for targets that carry them
// as documentation instead of enforcing them (Swift doc comments). One wording for every target.
import { NO_INTEGER_SPELLINGS, withExactIntegers, type IntegerSpellings } from "../json/integerSpellings.ts";
import type { JsonValue } from "../json/types.ts";
import { jsonTypesOf } from "./jsonTypes.ts";
import { admitsNoValue, isNeverType } from "./neverType.ts";
import { familyOf, type Family } from "./schemaFacts.ts";
import { typelessFamilyOf } from "./typeless.ts";
import type { ArrayConstraints, Assertion, ConstrainedTypeRef, NamedType, NumberConstraints, ObjectType, PatternProperty, SchemaModel, StringConstraints, TypeRef } from "./types.ts";
import { forEachValueRefInside, type InnerPlace } from "./walk.ts";

/**
 * A rule and the part of the value it is a rule of: the value itself (`within` empty), or a part
 * reached through `within`, outermost first (the items of an array of records: [items, values]).
 */
export interface PlacedAssertion {
  readonly assertion: Assertion;
  readonly within: readonly PartOfValue[];
  /** The type the rule is around (the constrained type's own): what the values it is a rule of are. */
  readonly on: TypeRef;
}

/** A place inside a value that is a part of it (an item, a record's value); not the value itself wrapped, nor a rule's schema. */
type PartOfValue = Exclude<InnerPlace, { readonly kind: "wrapped" | "assertion" }>;

/**
 * Every assertion a reference carries, at any depth inside it (array items, record values, a
 * tuple's items…) but without entering named types, which document their own. In the order written.
 */
export function assertionsIn(ref: TypeRef, checkedByType: (ref: TypeRef) => boolean = () => false): Assertion[] {
  return placedAssertionsIn(ref, checkedByType).map((placed) => placed.assertion);
}

/**
 * assertionsIn with where each rule applies: a rule of an array's items is a rule of each item, not
 * of the array (OSV's `ranges`, OpenVEX's `statements`: an `if`/`then` on each object of the list).
 */
export function placedAssertionsIn(ref: TypeRef, checkedByType: (ref: TypeRef) => boolean = () => false, within: readonly PartOfValue[] = []): PlacedAssertion[] {
  // A place whose target type checks its rules itself (Swift's JSONAbsent where no value decodes, decodesNoValue) has none left to tell.
  if (checkedByType(ref)) return [];
  const placed: PlacedAssertion[] = ref.kind === "constrained" ? ref.assertions.map((assertion) => ({ assertion, within, on: ref.type })) : [];
  // Only the references a value is decoded through: a constrained type's assertion schemas are part
  // of describing its rules, and their own rules are not rules on this value.
  forEachValueRefInside(ref, (inner, place) => {
    // A value-only walk meets no assertion schema; a wrapped type is the value itself.
    placed.push(...placedAssertionsIn(inner, checkedByType, place.kind === "wrapped" || place.kind === "assertion" ? within : [...within, place]));
  });
  return placed;
}

/**
 * A placed rule as a sentence fragment: the rule, after the part it is of when that is not the value
 * itself ("each item: must not be "x"", "each item of each value: …"), so its "it" is that part.
 */
export function describePlacedAssertion({ assertion, within, on }: PlacedAssertion, words: Words = PLAIN_WORDS): string {
  const rule = describeAssertion(assertion, words, on);
  if (within.length === 0) return rule;
  // Innermost first: "each item of each value" is an item of a record's value.
  return `${within.map(describePlace).reverse().join(" of ")}: ${rule}`;
}

/** A part of a value in words: "each item", "item 2", "each item after item 2", "each value". */
function describePlace(place: PartOfValue): string {
  switch (place.kind) {
    case "items":
      return "each item";
    case "prefixItem":
      return `item ${place.index + 1}`;
    case "restItems":
      return `each item after item ${place.after}`;
    case "values":
      return "each value";
  }
}

/**
 * One assertion as a sentence fragment: "must not be: a string of at most 3 characters". `on`: the
 * type it is a rule of, where known (which values the rule meets).
 */
export function describeAssertion(assertion: Assertion, words: Words = PLAIN_WORDS, on?: TypeRef): string {
  switch (assertion.kind) {
    case "not":
      return `must not be ${describeNestedTypeRef(assertion.type, words)}`;
    case "allOf": {
      // A part of one type's keywords naming no type (`{required: ["a"]}`) is met by every value of
      // another type: "must also be an object with "a"" said a string fails it. Said so where the
      // values the rule meets may be of another type.
      const family = otherTypesPassAs(assertion.type, words);
      const rule = mustBe(assertion.type, "must also be", words);
      return family === undefined || onlyOfFamily(on, family, words.model!) ? rule : `when ${FAMILY_NOUNS[family]}, ${rule}`;
    }
    case "conditional": {
      const parts = [`if it is ${describeNestedTypeRef(assertion.if, words)}`];
      if (assertion.then) parts.push(`then it ${mustBe(assertion.then, "must be", words)}`);
      if (assertion.else) parts.push(`${assertion.then ? "else" : "if not,"} it ${mustBe(assertion.else, "must be", words)}`);
      return parts.join(", ");
    }
    case "contains": {
      const count = assertion.max === undefined ? `at least ${assertion.min}` : `${assertion.min} to ${assertion.max}`;
      return `must contain ${count} item(s) that are ${describeNestedTypeRef(assertion.type, words)}`;
    }
    case "propertyNames":
      return `every key must be ${describeNestedTypeRef(assertion.type, words)}`;
    case "propertyCount":
      return `must have ${counted(assertion.min, assertion.max, "property", "properties")}`;
    case "dependentRequired":
      return `when ${JSON.stringify(assertion.property)} is present, so must be ${assertion.require.map((key) => JSON.stringify(key)).join(", ")}`;
    case "dependentSchema":
      return `when ${JSON.stringify(assertion.property)} is present, the object ${mustBe(assertion.type, "must be", words)}`;
  }
}

/**
 * What a value must be: "must be an object with …", or, for a schema that is only rules (the second
 * `if`/`then` of an allOf, which cannot merge with the first; `then: {not: …}`), those rules
 * themselves: "must not be …", not "must be any value that must not be …".
 */
function mustBe(ref: TypeRef, verb: string, words: Words): string {
  if (ref.kind === "constrained" && ref.type.kind === "unknown") return ref.assertions.map((rule) => describeAssertion(rule, words)).join(", and ");
  return `${verb} ${describeNestedTypeRef(ref, words)}`;
}

/** A value of each family, as a rule's condition names it: "when an object, …". */
const FAMILY_NOUNS: Readonly<Record<Family, string>> = { null: "null", boolean: "a boolean", number: "a number", string: "a string", array: "an array", object: "an object" };

/**
 * The family whose values alone a rule's type holds to its keywords, where its schema names no type
 * (Typeless; a named object's otherTypesPass, asked of the model `words` carries): values of every other
 * family pass it. Undefined where it names its type, or where `words` has no model to ask.
 */
function otherTypesPassAs(ref: TypeRef, words: Words): Family | undefined {
  if (words.model === undefined) return undefined;
  if (ref.kind !== "named") return typelessFamilyOf(ref);
  const named = words.model.typesByName.get(ref.name);
  if (named?.kind === "object") return named.otherTypesPass ? "object" : undefined;
  return named?.kind === "alias" ? typelessFamilyOf(named.type) : undefined;
}

/** Whether every value of `on` is of `family`, as far as the model tells (unsure: no). */
function onlyOfFamily(on: TypeRef | undefined, family: Family, model: SchemaModel): boolean {
  const types = on === undefined ? undefined : jsonTypesOf(model, on);
  return types !== undefined && types.length > 0 && types.every((type) => familyOf(type) === family);
}

/** How a named type is written: its name, or (the docs) a link to it. */
export type SpellName = (name: string) => string;
const plainName: SpellName = (name) => name;

/**
 * How a rule's words write what the model holds in another form: a named type (SpellName) and an
 * integer a double does not hold, as the document spells it (integerSpellings.ts: every output that
 * writes a number writes it so; `maximum: 9223372036854775807` read "≤ 9223372036854776000").
 */
export interface Words {
  readonly name: SpellName;
  readonly integers: IntegerSpellings;
  /** The model the words are of, which a rule asks what its types' values are (a rule of object keywords naming no type: "when an object, …"); none: unsaid. */
  readonly model?: SchemaModel;
}

export const PLAIN_WORDS: Words = { name: plainName, integers: NO_INTEGER_SPELLINGS };

/** A JSON value as text, each integer in it as the document spells it. */
export function exactJson(value: JsonValue, integers: IntegerSpellings): string {
  return withExactIntegers(JSON.stringify(value), integers);
}

/**
 * A type reference in a few words, as the end of a sentence: "a string matching /^x-/", "an array of
 * Tag", "null". A map's or an array's own rules follow a semicolon there ("an object whose values are
 * booleans; every key must be …"): after its trailing plural, "that …" read as said of its values or
 * items. Nested in other words (a rule, a conditional's `if`, an object's keys, a union's variants)
 * the rules are in parentheses instead (describeNestedTypeRef), which what follows cannot read as part of.
 */
export function describeTypeRef(ref: TypeRef, words: Words = PLAIN_WORDS): string {
  if (ref.kind !== "constrained" || isNeverType(ref) || !endsWithItsParts(ref.type)) return describeNestedTypeRef(ref, words);
  return `${describeNestedTypeRef(ref.type, words)}; ${ruleClauses(ref, words).join(", and ")}`;
}

/**
 * A type reference in words that other words may follow, mid-sentence (describeTypeRef ends one): a
 * map's or an array's rules in parentheses ("an array of any values (which must contain …)").
 */
export function describeNestedTypeRef(ref: TypeRef, words: Words): string {
  switch (ref.kind) {
    case "string":
      return withConstraints("a string", stringConstraints(ref.constraints));
    case "integer":
    case "number":
      return withConstraints(ref.kind === "integer" ? "an integer" : "a number", numberConstraints(ref.constraints, words.integers));
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    case "literal":
      return exactJson(ref.value, words.integers);
    case "array":
      return `an ${withArrayConstraints("array", ref.constraints)} of ${describeItems(ref.items, words)}`;
    case "tuple": {
      const items = ref.prefixItems.map((item) => describeNestedTypeRef(item, words));
      if (ref.rest !== false) items.push(`then ${describeNestedTypeRef(ref.rest, words)}…`);
      return withArrayConstraints(`an array [${items.join(", ")}]`, ref.constraints);
    }
    case "record":
      return describeRecord("an object", ref.values, words);
    case "unknown":
      return "any value";
    case "nullable":
      // After a rule, " or null" would read as part of it ("must not be A or null"), and after a
      // container's items or values, as said of them ("an object whose values are strings or null"): null goes first.
      return toldWithRule(ref.type) || endsWithItsParts(ref.type) ? `null, or ${describeNestedTypeRef(ref.type, words)}` : `${describeNestedTypeRef(ref.type, words)} or null`;
    case "constrained":
      // `not: {}`: "no value", not "any value that must not be any value".
      if (isNeverType(ref)) return "no value";
      return describeConstrained(ref, words);
    case "named":
      return words.name(ref.name);
  }
}

/**
 * A type and its rules, nested in other words: "a string that must not be …". After a map's or an
 * array's plural ("an object whose values are booleans", "an array of any values"), "that …" read as
 * said of the values or items: there the rules are said of the whole in parentheses ("an array of any
 * values (which must contain …)"), which a conditional's "then", the next key or variant cannot read
 * as part of (OSV's `ranges` items).
 */
function describeConstrained(ref: ConstrainedTypeRef, words: Words): string {
  const type = describeNestedTypeRef(ref.type, words);
  if (!endsWithItsParts(ref.type)) return `${type} that ${ref.assertions.map((assertion) => describeAssertion(assertion, words, ref.type)).join(" and ")}`;
  const [first, ...others] = ruleClauses(ref, words);
  return `${type} (${[first!.replace(/^it must /, "which must "), ...others].join(", and ")})`;
}

/** A map's or an array's rules as clauses said of the whole: "it must have at least 1 property", "every key must be …". */
function ruleClauses(ref: ConstrainedTypeRef, words: Words): string[] {
  return ref.assertions.map((assertion) => describeAssertion(assertion, words, ref.type)).map((rule) => (rule.startsWith("must ") ? `it ${rule}` : rule));
}

/** Whether a reference's words hold a rule ("a string that must not be …"), at any depth: what follows them could read as part of it. */
function toldWithRule(ref: TypeRef): boolean {
  return assertionsIn(ref).length > 0;
}

/**
 * A named type in words, for a target that declares no such type (Swift leaves out the types made
 * only to check a rule, valueTypes): `not: {required: ["a", "b"]}` is "an object with "a" and "b"",
 * not a struct's name. Its shape at one level; the named types inside it are spelled by `words`.
 */
export function describeNamedType(type: NamedType, words: Words = PLAIN_WORDS): string {
  switch (type.kind) {
    case "object":
      return describeObject(type, words);
    case "enum": {
      const values = type.values.map((value) => exactJson(value, words.integers));
      const listed = values.length === 1 ? values[0]! : `one of ${values.join(", ")}`;
      return type.otherValues ? `${listed}, or ${describeNestedTypeRef(type.otherValues, words)}` : listed;
    }
    case "union":
      // Variants are told in their order (the first that takes a value is its case); after a rule, a
      // semicolon ends it, so the next variant does not read as part of it.
      return type.variants.map((variant) => describeNestedTypeRef(variant.type, words)).join(type.variants.some((variant) => toldWithRule(variant.type)) ? "; or " : " or ");
    case "alias":
      return describeNestedTypeRef(type.type, words);
  }
}

/**
 * An object by its declared keys: a required one by its name (and its type, when it has one), an
 * optional one only when it is typed, one no value may have as absent; a key's type with its own
 * rules but those that are sets of rules (withoutNestedRuleSets). Keys matching a pattern are told
 * where no other key is allowed, then "no other keys": left out, a closed object of patterns alone
 * (each part of an allOf of two such, a rule of its own) read "must also be an object", which says
 * none of its rules. That a schema naming no `type` is met by other JSON values too is left unsaid:
 * the rule is documented on a type whose values are objects, and the clause on every `not:
 * {required}` made the sentence harder to read than the rule.
 */
function describeObject(type: ObjectType, words: Words): string {
  const keys = type.properties.flatMap((property) => {
    const key = JSON.stringify(property.name);
    // A key no value may have is one the object must not hold: STAC's `else: {properties: {collection: {not: {}}}}`.
    if (admitsNoValue(property.type)) return [`no ${key}`];
    const shape = withoutNestedRuleSets(property.type);
    const typed = shape.kind === "unknown" ? undefined : describeNestedTypeRef(shape, words);
    if (property.required) return [typed === undefined ? key : `${key}: ${typed}`];
    return typed === undefined ? [] : [`${key} (if present): ${typed}`];
  });
  // Where no other key is allowed, the keys the patterns allow are told too: left out, "no other
  // keys" would deny them, and a closed object of patterns alone read as any object.
  const closed = type.additionalProperties === false;
  if (closed) for (const pattern of type.patternProperties) keys.push(describePatternKeys(pattern, words));
  if (closed && keys.length > 0) keys.push("no other keys");
  return keys.length > 0 ? `an object with ${listed(keys)}` : closed && type.properties.length === 0 ? "an empty object" : "an object";
}

/** The keys a pattern allows, as one of an object's keys: "keys matching `^a`: a string". */
function describePatternKeys(pattern: PatternProperty, words: Words): string {
  const keys = `keys matching ${codeSpan(pattern.pattern)}`;
  const shape = withoutNestedRuleSets(pattern.type);
  return shape.kind === "unknown" ? keys : `${keys}: ${describeNestedTypeRef(shape, words)}`;
}

/** Rules that are whole sets of rules of their own: told inside a described key, a sentence nested sentences (Minecraft's number providers, a conditional in every key). */
const RULE_SETS: ReadonlySet<Assertion["kind"]> = new Set(["conditional", "allOf", "dependentSchema"]);

/** A described key's type with its own rules but those that are sets of rules (RULE_SETS): STAC's `links` keeps its `contains`. */
function withoutNestedRuleSets(ref: TypeRef): TypeRef {
  if (ref.kind !== "constrained") return ref;
  const kept = ref.assertions.filter((assertion) => !RULE_SETS.has(assertion.kind));
  return kept.length === 0 ? ref.type : { ...ref, assertions: kept };
}

/** "a", "a and b", "a, b and c"; "a; b; and c" when an item has a comma or an "and" of its own (`one of "x", "y"`). */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const separator = items.some((item) => item.includes(",") || item.includes(" and ")) ? ";" : ",";
  return `${items.slice(0, -1).join(`${separator} `)}${separator === ";" ? ";" : ""} and ${items.at(-1)!}`;
}

/** An array's items or a map's values in a few words, in the plural where the words are a noun: "strings of at least 1 character", "Tag". */
function describeItems(ref: TypeRef, words: Words): string {
  return pluralNoun(ref, words) ?? describeNestedTypeRef(ref, words);
}

/**
 * A type's values as a plural noun ("strings", "arrays of numbers or nulls"), where its words have
 * one: undefined for a name, a literal, a tuple and a type with rules, whose words are said as one.
 * A union with null puts "nulls" after its other values, but before a container's ("nulls or arrays
 * of numbers"): after it, "arrays of numbers or nulls" would say the inner array's items may be null.
 */
function pluralNoun(ref: TypeRef, words: Words): string | undefined {
  switch (ref.kind) {
    case "string":
      return withConstraints("strings", stringConstraints(ref.constraints));
    case "integer":
    case "number":
      return withConstraints(ref.kind === "integer" ? "integers" : "numbers", numberConstraints(ref.constraints, words.integers));
    case "boolean":
      return "booleans";
    case "null":
      return "nulls";
    case "array":
      return `${withArrayConstraints("arrays", ref.constraints)} of ${describeItems(ref.items, words)}`;
    case "record":
      return describeRecord("objects", ref.values, words);
    case "unknown":
      return "any values";
    case "nullable": {
      const others = pluralNoun(ref.type, words);
      if (others === undefined) return undefined;
      return endsWithItsParts(ref.type) ? `nulls or ${others}` : `${others} or nulls`;
    }
    default:
      return undefined;
  }
}

/** Whether a type's words end with its items' or values' words ("an array of strings", "an object whose values are strings", "an object of any values"), which what follows could read as said of. */
function endsWithItsParts(ref: TypeRef): boolean {
  return ref.kind === "array" || ref.kind === "record";
}

/**
 * A map ("an object", or "objects" as items) and its values: "an object of any values", "an object
 * of Tag values", where the values' words fit before "values"; else "an object whose values are
 * strings", not "an object of a string values" (DAP's `env`, Deno's nested maps).
 */
function describeRecord(noun: string, values: TypeRef, words: Words): string {
  if (values.kind === "unknown") return `${noun} of any values`;
  if (values.kind === "named") return `${noun} of ${words.name(values.name)} values`;
  return `${noun} whose values are ${describeItems(values, words)}`;
}

/** A count and its noun: "at least 1 character", "exactly 2 properties", "0 to 1 items". */
function counted(min: number | undefined, max: number | undefined, singular: string, plural: string): string {
  const one = (min === 1 && (max === undefined || max === 1)) || (min === undefined && max === 1);
  return `${range(min, max)} ${one ? singular : plural}`;
}

/**
 * The word for an array and its bounds, in parentheses, written right after it: "an array (at least 1
 * item, no two equal) of strings". Its items' words follow, and may hold bounds of their own (an inner
 * array's) or a rule (a pattern) that bounds written after them would read as part of.
 */
function withArrayConstraints(array: string, c: ArrayConstraints): string {
  const out: string[] = [];
  const min = c.minItems === 0 ? undefined : c.minItems;
  if (min !== undefined || c.maxItems !== undefined) out.push(counted(min, c.maxItems, "item", "items"));
  if (c.uniqueItems === true) out.push("no two equal");
  return out.length === 0 ? array : `${array} (${out.join(", ")})`;
}

function withConstraints(noun: string, constraints: string[]): string {
  return constraints.length === 0 ? noun : `${noun} ${constraints.join(", ")}`;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

function stringConstraints(c: StringConstraints): string[] {
  const out: string[] = [];
  if (c.minLength !== undefined || c.maxLength !== undefined) out.push(`of ${counted(c.minLength, c.maxLength, "character", "characters")}`);
  if (c.pattern !== undefined) out.push(`matching ${codeSpan(c.pattern)}`);
  if (c.format !== undefined) out.push(`in format ${c.format}`);
  return out;
}

/**
 * A pattern as a Markdown code span, which the docs and Swift's doc comments render as written: bare,
 * `/^[0-9]*\.[0-9]*(ms|s)$/` lost its backslashes, made italics of its asterisks and read `[^…]` as
 * a footnote (found by a sweep of CRDs). Its fence is longer than any run of backticks inside it.
 */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function numberConstraints(c: NumberConstraints, integers: IntegerSpellings): string[] {
  const out: string[] = [];
  if (c.minimum !== undefined) out.push(`≥ ${exactJson(c.minimum, integers)}`);
  if (c.exclusiveMinimum !== undefined) out.push(`> ${exactJson(c.exclusiveMinimum, integers)}`);
  if (c.maximum !== undefined) out.push(`≤ ${exactJson(c.maximum, integers)}`);
  if (c.exclusiveMaximum !== undefined) out.push(`< ${exactJson(c.exclusiveMaximum, integers)}`);
  if (c.multipleOf !== undefined) out.push(`a multiple of ${exactJson(c.multipleOf, integers)}`);
  if (c.format !== undefined) out.push(`in format ${c.format}`);
  return out;
}
