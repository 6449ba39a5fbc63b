// The conjunction of two schemas as one schema, keyword by keyword: what `allOf` (and a `$ref` with
// sibling keywords) means, spelled so a target sees one type. `type`s intersect, bounds tighten, enums
// intersect, `required` lists join, and properties merge key by key (a property both declare becomes
// `allOf` of the two, merged in turn when it is translated: DAP's `command: string` under
// `command: {enum: ["attach"]}` becomes the constant "attach").
//
// Exactness is the rule: where one schema cannot say what both say (two different patterns, two
// `not`s, extra-key rules that overlap in ways a regex cannot be intersected), the keyword of `b`
// stays out of the merged schema and comes back in `conflicts`, which the model keeps as `allOf`
// assertions. Nothing is dropped.
import { frozenStableKey as stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { dialectAtLeast, isValidationKeyword, type Dialect } from "../jsonSchema/vocabulary.ts";
import { setOwn } from "../json/ownEntries.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";
import { convertBounds, writesExclusiveBoundOf } from "../jsonSchema/dialects.ts";
import { constantValues } from "./schemaFacts.ts";

type SchemaObject = { [key: string]: JsonValue };
type SubSchema = JsonValue | undefined;

export interface Merged {
  readonly schema: SchemaObject;
  /** Parts of `b` (and, in `ofA`, of `a`) the merged schema does not express: the value must validate against each too. */
  readonly conflicts: readonly SchemaObject[];
  /**
   * The conflicts that are rules of `a`, not `b` (a's object group, when the two groups cannot be
   * one): the caller gives them the place `a` came from, not `b`'s.
   */
  readonly ofA: ReadonlySet<SchemaObject>;
  /** No value satisfies both (their types, constants or enums do not meet). */
  readonly unsatisfiable?: true;
}

/** Called with every schema object the merge makes, and the schema it stands for (for its pointer). */
export type Adopt = (made: SchemaObject, from: SubSchema) => void;

const LOWER_BOUNDS: ReadonlySet<string> = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"]);
const UPPER_BOUNDS: ReadonlySet<string> = new Set(["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"]);
const OBJECT_GROUP = ["properties", "patternProperties", "additionalProperties"];
const ARRAY_GROUP = ["items", "additionalItems", "prefixItems"];
const CONDITIONAL_GROUP = ["if", "then", "else"];
/** `minContains` / `maxContains` count the matches of the `contains` of their own schema, and mean nothing without one. */
export const CONTAINS_GROUP: readonly string[] = ["contains", "minContains", "maxContains"];
/** The keywords of the groups above, which merge as groups (below), not one by one. */
const GROUPED: ReadonlySet<string> = new Set([...OBJECT_GROUP, ...ARRAY_GROUP, ...CONDITIONAL_GROUP, ...CONTAINS_GROUP]);

const UNION_KEYWORDS: ReadonlySet<string> = new Set(["anyOf", "oneOf"]);
/** Keywords by which a schema says which JSON types its values have (or holds a schema that may). */
const TYPE_STATING_KEYWORDS: readonly string[] = ["type", "enum", "const", "anyOf", "oneOf", "allOf", "$ref", "$dynamicRef", "$recursiveRef"];

/** Whether a union's variants are each keywords naming no type (`{required: [x]}`): values of every type they are not about pass them. */
function variantsNameNoType(variants: JsonValue): boolean {
  return Array.isArray(variants) && variants.length > 0 && variants.every((variant) => isObject(variant) && !TYPE_STATING_KEYWORDS.some((keyword) => keyword in variant));
}

export function mergeSchemas(a: SchemaObject, b: SchemaObject, dialect: Dialect, adopt: Adopt): Merged {
  // draft-04's boolean exclusiveMinimum / exclusiveMaximum qualify the bound beside them: merged apart
  // from it, one part's `true` made the other's tighter bound exclusive too ({minimum: -4,
  // exclusiveMinimum: true} and {minimum: 0} refused 0). The bounds are merged as later drafts write
  // them, each exclusive bound a number of its own, and written back as draft-04 writes them.
  if (dialect === "draft-04" && (writesExclusiveBoundOf(a, dialect) || writesExclusiveBoundOf(b, dialect))) {
    const [numericA, numericB] = [a, b].map((part) => {
      const numeric = convertBounds(part, "draft-04", "2020-12");
      adopt(numeric, part);
      return numeric;
    });
    // In the numeric form neither part writes draft-04's: the merge below reads each bound as a number.
    const merged = mergeSchemas(numericA!, numericB!, dialect, adopt);
    return { ...merged, schema: convertBounds(merged.schema, "2020-12", "draft-04") };
  }
  const out: SchemaObject = { ...a };
  const conflict: SchemaObject = {};
  let unsatisfiable = false;
  for (const keyword in b) {
    if (!Object.hasOwn(b, keyword) || GROUPED.has(keyword)) continue;
    const value = b[keyword]!;
    if (!isValidationKeyword(keyword, dialect)) {
      setOwn(out, keyword, value);
      continue;
    }
    if (!(keyword in a)) {
      out[keyword] = value;
      continue;
    }
    const mine = a[keyword]!;
    if (stableKey(mine) === stableKey(value)) continue;
    if (LOWER_BOUNDS.has(keyword) && typeof mine === "number" && typeof value === "number") out[keyword] = Math.max(mine, value);
    else if (UPPER_BOUNDS.has(keyword) && typeof mine === "number" && typeof value === "number") out[keyword] = Math.min(mine, value);
    else if (keyword === "type") {
      const types = intersectTypes(mine, value);
      if (types === undefined) unsatisfiable = true;
      else out.type = types;
    } else if (keyword === "enum" && Array.isArray(mine) && Array.isArray(value)) {
      const theirs = new Set(value.map((item) => stableKey(item)));
      const both = mine.filter((item) => theirs.has(stableKey(item)));
      if (both.length === 0) unsatisfiable = true;
      else out.enum = both;
    } else if (keyword === "required" && Array.isArray(mine) && Array.isArray(value)) {
      out.required = [...mine, ...value.filter((key) => !mine.includes(key))];
    } else if (keyword === "uniqueItems") out.uniqueItems = mine === true || value === true;
    else if (keyword === "multipleOf" && typeof mine === "number" && typeof value === "number" && (isMultiple(mine, value) || isMultiple(value, mine))) {
      out.multipleOf = Math.max(mine, value);
    } else if ((keyword === "dependencies" || keyword === "dependentRequired" || keyword === "dependentSchemas") && isObject(mine) && isObject(value)) {
      const merged = mergeDependencies(mine, value);
      out[keyword] = merged.merged;
      if (merged.conflicting) conflict[keyword] = merged.conflicting;
    } else if (keyword === "propertyNames") out.propertyNames = both(mine, value, adopt);
    else if (keyword === "const") unsatisfiable = true;
    else if (UNION_KEYWORDS.has(keyword) && variantsNameNoType(mine) && !variantsNameNoType(value)) {
      // Two unions cannot be one keyword: the one whose variants state types is the value's, and the
      // one of keywords naming no type (`anyOf: [{required: [x]}, {required: [y]}]`) its rule. Kept the
      // other way (a's first: an allOf part is merged before the schema's own keywords), the value
      // was read as the typeless union (an object, to Swift), and a string the typed union allows was
      // refused.
      out[keyword] = value;
      conflict[keyword] = mine;
    }
    // Anything else both hold with different values (`pattern`, `format`, `const`, `not`, `contains`,
    // `anyOf`…) cannot be one keyword: b's stays a separate assertion.
    else conflict[keyword] = value;
  }
  mergeContainsGroup(a, b, out, conflict);
  const inexactGroups = mergeObjectGroup(a, b, out, adopt);
  mergeArrayGroup(a, b, out, dialect, adopt);
  if (CONDITIONAL_GROUP.some((keyword) => keyword in b)) {
    // `then` and `else` answer the `if` of their own schema only: b's join a's none of them.
    const target = CONDITIONAL_GROUP.some((keyword) => keyword in a) ? conflict : out;
    for (const keyword of CONDITIONAL_GROUP) if (keyword in b) target[keyword] = b[keyword]!;
  }
  const conflicts = [...(Object.keys(conflict).length > 0 ? [conflict] : []), ...(inexactGroups ? [inexactGroups.a, inexactGroups.b] : [])];
  const ofA: ReadonlySet<SchemaObject> = new Set(inexactGroups ? [inexactGroups.a] : []);
  if (requiresKeyOfNoValue(out)) unsatisfiable = true;
  return { schema: out, conflicts, ofA, ...(unsatisfiable ? { unsatisfiable: true as const } : {}) };
}

/**
 * Whether `schema` accepts only objects and requires a key whose merged rule admits no value: then
 * it accepts nothing. Found where it is cheap to see, in the constants the merged parts state, as
 * where conditionals on one discriminating key are split into their cases (OpenAPI 3.1's security
 * scheme: `type` "apiKey" in one case's `if` and "http" in another's): most combinations of such
 * cases contradict, and kept, each was a type no value takes.
 */
function requiresKeyOfNoValue(schema: SchemaObject): boolean {
  const onlyObjects = schema.type === "object" || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === "object");
  if (!onlyObjects || !Array.isArray(schema.required) || !isObject(schema.properties)) return false;
  const properties = schema.properties;
  return schema.required.some((key) => typeof key === "string" && Object.hasOwn(properties, key) && constantsContradict(properties[key]!));
}

/** Whether the parts of a conjunction (`false`, or an `allOf` alone) admit no common value by the constants they state (constantValues: `const` within `enum`, of a declared type). */
function constantsContradict(schema: JsonValue): boolean {
  if (schema === false) return true;
  let allowed: Set<string> | undefined;
  for (const part of conjunctsOf(schema)) {
    if (part === false) return true;
    if (!isObject(part)) continue;
    const values = constantValues(part);
    if (values === undefined) continue;
    const keys = new Set(values.map((value) => stableKey(value)));
    allowed = allowed === undefined ? keys : new Set([...allowed].filter((key) => keys.has(key)));
    if (allowed.size === 0) return true;
  }
  return false;
}

/**
 * `contains` with its counts, as one: b's joins `out` where a has none (a's counts, counting
 * nothing, go), stays out where a has the same, and is a conflict where a has another (two
 * `contains` are two rules, each counted by its own bounds). b's counts without b's `contains`
 * count nothing and are left out.
 */
function mergeContainsGroup(a: SchemaObject, b: SchemaObject, out: SchemaObject, conflict: SchemaObject): void {
  if (!("contains" in b)) return;
  const group = (schema: SchemaObject) => Object.fromEntries(CONTAINS_GROUP.filter((keyword) => keyword in schema).map((keyword) => [keyword, schema[keyword]!]));
  if (!("contains" in a)) {
    for (const keyword of CONTAINS_GROUP) delete out[keyword];
    Object.assign(out, group(b));
  } else if (stableKey(group(a)) !== stableKey(group(b))) Object.assign(conflict, group(b));
}

/** The conjunction of two subschemas, left for the model to merge when it translates it (`allOf`). */
export function both(x: SubSchema, y: SubSchema, adopt: Adopt): JsonValue {
  if (x === undefined || x === true || (isObject(x) && Object.keys(x).length === 0)) return y ?? true;
  if (y === undefined || y === true || (isObject(y) && Object.keys(y).length === 0)) return x;
  if (x === false || y === false) return false;
  // So does `{not: {}}` (`false` in every dialect): kept beside it, a property's declared schema
  // named a type no value ever holds (an object at `queue` that an allOf part gives `{not: {}}` got a
  // struct of its own: property-of-no-value-merged.test).
  if (isNothing(x)) return x;
  if (isNothing(y)) return y;
  if (stableKey(x) === stableKey(y)) return x;
  // One flat list of distinct parts: nested, a conjunction met again at each level of a recursion
  // (an extra-key rule that refers back, joined with a declared property's schema) grew by one level
  // each time, so the content never repeated for the recursion guard to meet.
  const mine = conjunctsOf(x);
  const known = new Set(mine.map((part) => stableKey(part)));
  const added = conjunctsOf(y).filter((part) => !known.has(stableKey(part)) && known.add(stableKey(part)));
  if (added.length === 0) return x;
  const made: SchemaObject = { allOf: [...mine, ...added] };
  adopt(made, y);
  return made;
}

/** Whether `schema` is `{not: {}}`, which no value satisfies. */
function isNothing(schema: SubSchema): boolean {
  return isObject(schema) && Object.keys(schema).length === 1 && isObject(schema.not) && Object.keys(schema.not).length === 0;
}

/** The parts of a schema that is an `allOf` alone (no keyword beside it), or the schema as one part. */
function conjunctsOf(schema: JsonValue): JsonValue[] {
  return isObject(schema) && Object.keys(schema).length === 1 && Array.isArray(schema.allOf) ? schema.allOf : [schema];
}

/** `type` values as sets; integer ⊂ number. Undefined when nothing is left. */
function intersectTypes(a: JsonValue, b: JsonValue): JsonValue | undefined {
  const ours = typeList(a);
  const theirs = typeList(b);
  const fromA = ours.filter((type) => theirs.includes(type) || (type === "integer" && theirs.includes("number")));
  const fromB = theirs.filter((type) => type === "integer" && ours.includes("number") && !fromA.includes("integer"));
  const types = [...fromA, ...fromB];
  if (types.length === 0) return undefined;
  return types.length === 1 ? types[0]! : types;
}

function typeList(value: JsonValue): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
}

function isMultiple(of: number, value: number): boolean {
  const ratio = value / of;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

function isObject(value: SubSchema): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeDependencies(a: SchemaObject, b: SchemaObject): { merged: SchemaObject; conflicting?: SchemaObject } {
  const merged: SchemaObject = { ...a };
  const conflicting: SchemaObject = {};
  for (const [key, value] of Object.entries(b)) {
    const mine = Object.hasOwn(merged, key) ? merged[key] : undefined;
    if (mine === undefined || stableKey(mine) === stableKey(value)) setOwn(merged, key, value);
    else if (Array.isArray(mine) && Array.isArray(value)) setOwn(merged, key, [...mine, ...value.filter((item) => !mine.includes(item))]);
    else setOwn(conflicting, key, value);
  }
  return Object.keys(conflicting).length > 0 ? { merged, conflicting } : { merged };
}

/** An extra-key rule that lets every value through. */
function isOpen(rule: SubSchema): boolean {
  return rule === undefined || rule === true || (isObject(rule) && Object.keys(rule).length === 0);
}

function patternsOf(schema: SchemaObject): SchemaObject {
  return isObject(schema.patternProperties) ? schema.patternProperties : {};
}

/** The schema a key's value must satisfy under `schema`'s own rules (declared, else matching patterns, else additional). */
export function ruleFor(schema: SchemaObject, key: string, adopt: Adopt): SubSchema {
  const declared = isObject(schema.properties) ? schema.properties : {};
  if (Object.hasOwn(declared, key)) return declared[key];
  const matching = Object.entries(patternsOf(schema))
    .filter(([pattern]) => matches(pattern, key))
    .map(([, rule]) => rule);
  if (matching.length > 0) return matching.reduce<JsonValue>((acc, rule) => both(acc, rule, adopt), true);
  return schema.additionalProperties;
}

function matches(pattern: string, key: string): boolean {
  try {
    return ecmaRegExp(pattern).test(key);
  } catch {
    return false;
  }
}

/**
 * Whether a pattern of one side matches a key the other side declares while that other side restricts
 * extra keys. The merged pattern would carry the other side's extra-key rule, and a pattern applies to
 * declared keys too: the merged schema would hold the declared key to a rule that is not its own
 * (web-types' html-attribute: its closed vue-argument declares `required`, which the
 * `^(?!pattern$).*$` of the html-contributions-host it is also built on matches, so `required` admitted
 * no value). No one schema says "this pattern's keys but those": the merge is not exact.
 */
function patternMeetsDeclaredKeyOfClosedSide(patterns: SchemaObject, other: SchemaObject, declaredByOther: SchemaObject): boolean {
  if (isOpen(other.additionalProperties)) return false;
  const keys = Object.keys(declaredByOther);
  return Object.keys(patterns).some((pattern) => keys.some((key) => matches(pattern, key)));
}

/**
 * `properties` / `patternProperties` / `additionalProperties` of both. Each key either declares
 * gets the conjunction of what each side requires of it; extra keys get both sides' extra-key rules.
 * When both sides have patterns and one restricts extra keys, which keys two regexes share is
 * unknowable: the merged schema takes the union of the rules and both sides' rules stay as conflicts.
 */
/**
 * `properties`, `patternProperties` and `additionalProperties` of both, into `out`. When the merge is
 * not exact (both sides have patterns and an extra-key rule that is not open), each side's group
 * is returned, by the side it came from, to stay an assertion of its own. Each alone, not `allOf` of
 * the two: that would be merged again, inexactly again, whenever the assertion is translated, without end.
 */
function mergeObjectGroup(a: SchemaObject, b: SchemaObject, out: SchemaObject, adopt: Adopt): { readonly a: SchemaObject; readonly b: SchemaObject } | undefined {
  if (!hasObjectGroup(b)) return undefined;
  if (!hasObjectGroup(a)) {
    for (const keyword of OBJECT_GROUP) if (keyword in b) out[keyword] = b[keyword]!;
    return undefined;
  }
  const patternsA = patternsOf(a);
  const patternsB = patternsOf(b);
  const bothPatterned = Object.keys(patternsA).length > 0 && Object.keys(patternsB).length > 0;
  const declaredA = isObject(a.properties) ? a.properties : {};
  const declaredB = isObject(b.properties) ? b.properties : {};
  const exact =
    (!bothPatterned || (isOpen(a.additionalProperties) && isOpen(b.additionalProperties))) &&
    !patternMeetsDeclaredKeyOfClosedSide(patternsA, b, declaredB) &&
    !patternMeetsDeclaredKeyOfClosedSide(patternsB, a, declaredA);
  const properties: SchemaObject = {};
  for (const key of new Set([...Object.keys(declaredA), ...Object.keys(declaredB)])) {
    setOwn(properties, key, both(ruleFor(a, key, adopt), ruleFor(b, key, adopt), adopt));
  }
  const patterns: SchemaObject = {};
  // Keys matching a pattern of one side meet the other side's extra-key rule, unless that side has
  // patterns too (then both additional rules are open, or the merge is not exact). When the merge is
  // not exact the pattern keeps its own rule (and the same pattern's of the other side): the sides'
  // groups, kept as assertions, say the rest.
  const otherRule = (pattern: string, patterns: SchemaObject, other: SchemaObject): SubSchema =>
    Object.keys(patterns).length > 0 || !exact ? (Object.hasOwn(patterns, pattern) ? patterns[pattern] : undefined) : other.additionalProperties;
  // Each key an own entry, "__proto__" too (a property of that name, and a pattern so written, are the author's).
  for (const [pattern, rule] of Object.entries(patternsA)) setOwn(patterns, pattern, both(rule, otherRule(pattern, patternsB, b), adopt));
  for (const [pattern, rule] of Object.entries(patternsB)) {
    if (!Object.hasOwn(patterns, pattern)) setOwn(patterns, pattern, both(rule, Object.keys(patternsA).length > 0 || !exact ? undefined : a.additionalProperties, adopt));
  }
  delete out.properties;
  delete out.patternProperties;
  delete out.additionalProperties;
  if (Object.keys(properties).length > 0) out.properties = properties;
  if (Object.keys(patterns).length > 0) out.patternProperties = patterns;
  const additional = both(a.additionalProperties, b.additionalProperties, adopt);
  if (!isOpen(additional)) out.additionalProperties = additional;
  if (exact) return undefined;
  const groupOf = (side: SchemaObject): SchemaObject => {
    const group: SchemaObject = Object.fromEntries(OBJECT_GROUP.filter((keyword) => keyword in side).map((keyword) => [keyword, side[keyword]!]));
    adopt(group, side);
    return group;
  };
  return { a: groupOf(a), b: groupOf(b) };
}

/** Whether `schema` holds a keyword of the object group (`properties`, `patternProperties`, `additionalProperties`). */
export function hasObjectGroup(schema: SchemaObject): boolean {
  return OBJECT_GROUP.some((keyword) => keyword in schema);
}

/**
 * `items` (and tuple keywords) of both, position by position: at each index the item must satisfy
 * both sides' schema for it (its tuple entry, else its rest, else anything), and so must every item
 * past both tuples. A side with no rest leaves the merged rest unsaid (so `unevaluatedItems` can
 * still apply to it), as it leaves those items unevaluated.
 */
function mergeArrayGroup(a: SchemaObject, b: SchemaObject, out: SchemaObject, dialect: Dialect, adopt: Adopt): void {
  if (!ARRAY_GROUP.some((keyword) => keyword in b)) return;
  if (!ARRAY_GROUP.some((keyword) => keyword in a)) {
    for (const keyword of ARRAY_GROUP) if (keyword in b) out[keyword] = b[keyword]!;
    return;
  }
  const mine = tupleOf(a, dialect);
  const theirs = tupleOf(b, dialect);
  const at = (tuple: Tuple, index: number): SubSchema => tuple.prefix[index] ?? tuple.rest;
  const length = Math.max(mine.prefix.length, theirs.prefix.length);
  const prefix = Array.from({ length }, (_, index) => both(at(mine, index), at(theirs, index), adopt));
  const rest = mine.rest === undefined ? theirs.rest : theirs.rest === undefined ? mine.rest : both(mine.rest, theirs.rest, adopt);
  for (const keyword of ARRAY_GROUP) delete out[keyword];
  const [prefixKeyword, restKeyword] = dialectAtLeast(dialect, "2020-12") ? ["prefixItems", "items"] : ["items", "additionalItems"];
  if (length > 0) out[prefixKeyword] = prefix;
  if (rest !== undefined) out[length > 0 ? restKeyword : "items"] = rest;
}

/** An array schema's items as a tuple: the schemas of its first items, and of the rest (undefined: unsaid). */
interface Tuple {
  readonly prefix: readonly JsonValue[];
  readonly rest: SubSchema;
}

function tupleOf(schema: SchemaObject, dialect: Dialect): Tuple {
  if (dialectAtLeast(dialect, "2020-12")) return { prefix: Array.isArray(schema.prefixItems) ? schema.prefixItems : [], rest: schema.items };
  // Before 2020-12 a list under `items` is the tuple, and `additionalItems` (only beside one) the rest.
  if (Array.isArray(schema.items)) return { prefix: schema.items, rest: schema.additionalItems };
  return { prefix: [], rest: schema.items };
}
