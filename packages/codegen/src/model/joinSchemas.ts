// What either of two schemas says: a schema every value of each satisfies, typing what both say
// alike. The disjunction beside mergeSchemas' conjunction, for an object typed only by the branches
// of its conditional (objectOfBranches).
//
// Written keyword by keyword where the two are of one type: a key either declares takes the join of
// each side's rule for it (its own, else its patterns', else the extra-key rule), extra keys the join
// of the extra-key rules, `required` the keys both require, constants the values either lists, and a
// bound or pattern both write alike stays. What one side says and the other does not (a bound, a
// pattern, a `not`, a conditional) is dropped: the join is wider than either side, never narrower,
// and the rules it drops stay checked where the two schemas are (the conditional stays an assertion).
// Two schemas it cannot join so (other types, an `allOf`, a reference, tuples, other patterns) are
// the `anyOf` of both, exact.
import { frozenStableKey as stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { setOwn } from "../json/ownEntries.ts";
import { REFERENCE_KEYWORDS, UNEVALUATED_KEYWORDS, validationKeywordsOf, type Dialect } from "../jsonSchema/vocabulary.ts";
import { ruleFor, type Adopt } from "./mergeSchemas.ts";
import { isObjectOnly, type FollowRefs } from "./casesOfTestedKey.ts";
import { acceptsEverything, ASSERTION_KEYWORDS, constantValues, requiredList } from "./schemaFacts.ts";

type SchemaObject = { [key: string]: JsonValue };
type SubSchema = JsonValue | undefined;

/** Keywords that stay in the join when both sides write them alike (each alone only narrows its own type's values). */
const KEPT_WHEN_ALIKE: ReadonlySet<string> = new Set(["type", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems"]);
/** Keywords the join combines from both sides (joinObjectGroup, `required`, `items`, constants). */
const JOINED: ReadonlySet<string> = new Set(["properties", "patternProperties", "additionalProperties", "required", "items", "const", "enum"]);

export interface JoinHost {
  readonly dialect: Dialect;
  readonly adopt: Adopt;
}

/** A schema each of `a` and `b` implies (undefined: any value). */
export function joinSchemas(host: JoinHost, a: SubSchema, b: SubSchema): SubSchema {
  if (isOpen(host, a) || isOpen(host, b)) return undefined;
  if (a === false) return b;
  if (b === false) return a;
  if (stableKey(a) === stableKey(b)) return a;
  if (isSchemaObject(a) && isSchemaObject(b) && joinsKeywordByKeyword(host, a, b)) return joinKeywords(host, a, b);
  const either: SchemaObject = { anyOf: [a!, b!] };
  host.adopt(either, a);
  return either;
}

/** Whether two schemas of one type say nothing joinKeywords cannot join (or drop: the assertions). */
function joinsKeywordByKeyword(host: JoinHost, a: SchemaObject, b: SchemaObject): boolean {
  if (stableKey(a.type ?? null) !== stableKey(b.type ?? null)) return false;
  const validating = validationKeywordsOf(host.dialect);
  const joinable = (schema: SchemaObject) =>
    Object.keys(schema).every((keyword) => !validating.has(keyword) || KEPT_WHEN_ALIKE.has(keyword) || JOINED.has(keyword) || isDroppedAssertion(keyword)) && !Array.isArray(schema.items);
  return joinable(a) && joinable(b) && samePatterns(a, b);
}

/**
 * An assertion the join drops: a rule of its own, which leaves every keyword beside it its meaning
 * (not `unevaluated*`, whose meaning is what the others evaluate).
 */
function isDroppedAssertion(keyword: string): boolean {
  return ASSERTION_KEYWORDS.has(keyword) && !(UNEVALUATED_KEYWORDS as readonly string[]).includes(keyword);
}

/**
 * Both sides' patterns are the same regexes: a key matching one matches it on both sides. (Of other
 * patterns, which keys two regexes share is unknowable, and so is each side's rule for a key.)
 */
function samePatterns(a: SchemaObject, b: SchemaObject): boolean {
  const patterns = (schema: SchemaObject) => Object.keys(isSchemaObject(schema.patternProperties) ? schema.patternProperties : {}).sort();
  return stableKey(patterns(a)) === stableKey(patterns(b));
}

function joinKeywords(host: JoinHost, a: SchemaObject, b: SchemaObject): SchemaObject {
  const validating = validationKeywordsOf(host.dialect);
  const out: SchemaObject = {};
  for (const keyword in a) {
    if (!Object.hasOwn(a, keyword) || JOINED.has(keyword) || (validating.has(keyword) && !KEPT_WHEN_ALIKE.has(keyword))) continue;
    if (Object.hasOwn(b, keyword) && stableKey(a[keyword]) === stableKey(b[keyword])) setOwn(out, keyword, a[keyword]!);
  }
  // Draft-04's boolean exclusiveMinimum / exclusiveMaximum qualifies its bound: without it, no rule.
  for (const [exclusive, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) if (typeof out[exclusive] === "boolean" && !(bound in out)) delete out[exclusive];
  joinObjectGroup(host, a, b, out);
  const required = requiredList(a.required).filter((key) => requiredList(b.required).includes(key));
  if (required.length > 0) out.required = required;
  if ("items" in a || "items" in b) {
    const items = joinSchemas(host, a.items, b.items);
    if (items !== undefined) out.items = items;
  }
  const [ours, theirs] = [constantValues(a), constantValues(b)];
  // (None listed is a side of no value: dropped, the join is only wider.)
  const listed = ours === undefined || theirs === undefined ? [] : [...ours, ...theirs];
  if (listed.length > 0) out.enum = [...new Map(listed.map((value) => [stableKey(value), value])).values()];
  host.adopt(out, a);
  return out;
}

/** `properties`, `patternProperties` (the same on both sides: samePatterns) and `additionalProperties` of either side, into `out`. */
function joinObjectGroup(host: JoinHost, a: SchemaObject, b: SchemaObject, out: SchemaObject): void {
  const declared = (schema: SchemaObject) => (isSchemaObject(schema.properties) ? Object.keys(schema.properties) : []);
  const properties: SchemaObject = {};
  // A key stays declared, `{}` where either side takes any value there: left to the extra-key rule,
  // it would be held to one that both sides' declarations escape.
  for (const key of new Set([...declared(a), ...declared(b)])) setOwn(properties, key, joinSchemas(host, ruleFor(a, key, host.adopt), ruleFor(b, key, host.adopt)) ?? {});
  if (Object.keys(properties).length > 0) out.properties = properties;
  const patternsOf = (schema: SchemaObject) => (isSchemaObject(schema.patternProperties) ? schema.patternProperties : {});
  const patterns: SchemaObject = {};
  for (const pattern of Object.keys(patternsOf(a))) setOwn(patterns, pattern, joinSchemas(host, patternsOf(a)[pattern], patternsOf(b)[pattern]) ?? {});
  if (Object.keys(patterns).length > 0) out.patternProperties = patterns;
  const additional = joinSchemas(host, a.additionalProperties, b.additionalProperties);
  if (additional !== undefined) out.additionalProperties = additional;
}

function isOpen(host: JoinHost, schema: SubSchema): boolean {
  return schema === undefined || schema === true || (isSchemaObject(schema) && acceptsEverything(schema, host.dialect));
}

function isSchemaObject(value: SubSchema): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What objectOfBranches makes of an object its conditional's branches type: the object with their keys, or why it has none. */
export type ObjectOfBranches = { readonly kind: "typed"; readonly schema: SchemaObject } | { readonly kind: "untyped"; readonly reason: string };

/**
 * An object of type `object` whose own keywords declare no key, typed by the `then` and `else` of
 * its conditional: every value satisfies one of them, so the keys either declares (each of the type
 * the two branches' rules for it join to: joinSchemas) and the extra-key rule they join to are the
 * object's own, beside the conditional, which stays (Chrome's manifest `command`: `then` and `else`
 * closed objects of the same keys, one pattern of `suggested_key` each, was a map of JSON values).
 * Branches that declare keys but join to no one object (other types, an `allOf`, other patterns)
 * leave it a map of JSON values: "untyped", for gen to warn. Undefined where the object is no such
 * object, or its branches declare no key.
 */
export function objectOfBranches(host: JoinHost, object: SchemaObject, followRefs: FollowRefs): ObjectOfBranches | undefined {
  const validating = validationKeywordsOf(host.dialect);
  if (!validating.has("if") || !("if" in object) || !isObjectOnly(object.type)) return undefined;
  // Keys or a union of its own, or what `unevaluated*` counts, would have to be combined with the branches'.
  const combined = ["properties", "patternProperties", "additionalProperties", "allOf", "anyOf", "oneOf", ...REFERENCE_KEYWORDS, ...UNEVALUATED_KEYWORDS];
  if (combined.some((keyword) => keyword in object)) return undefined;
  const branches = [followRefs(object.then), followRefs(object.else)].map((branch) => withoutObjectType(host, branch));
  if (!branches.some((branch) => isSchemaObject(branch) && isSchemaObject(branch.properties))) return undefined;
  const joined = joinSchemas(host, branches[0], branches[1]);
  if (joined === undefined) return undefined;
  if (!isSchemaObject(joined) || !isSchemaObject(joined.properties)) {
    return { kind: "untyped", reason: "the object's keys are declared only in its if/then/else branches, which do not join into one object: typed targets get a map of JSON values, validators check the rules" };
  }
  const out: SchemaObject = { ...object };
  for (const keyword of ["properties", "patternProperties", "additionalProperties"]) if (keyword in joined) out[keyword] = joined[keyword]!;
  const required = [...new Set([...requiredList(object.required), ...requiredList(joined.required)])];
  if (required.length > 0) out.required = required;
  host.adopt(out, object);
  return { kind: "typed", schema: out };
}

/** A branch without a `type: object` of its own: beside the object's, it says nothing more (and one branch's would keep it from joining the other's). */
function withoutObjectType(host: JoinHost, branch: SubSchema): SubSchema {
  if (!isSchemaObject(branch) || !isObjectOnly(branch.type)) return branch;
  const { type: _object, ...rest } = branch;
  host.adopt(rest, branch);
  return rest;
}
