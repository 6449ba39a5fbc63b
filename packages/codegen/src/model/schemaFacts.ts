// Small, pure readings of one schema object: its annotations, constraints, constants, the JSON types
// it accepts, and the identity under which a lifted type is shared.
import { FORMAT_RULES } from "@clone/schema/formats";
import { jsonTypeOfValue } from "../json/jsonType.ts";
import { frozenStableKey as stableKey, type StructuralKeys } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { DYNAMIC_SCOPE_REF_KEYWORD, REMOTE_REF_KEYWORD } from "../jsonSchema/bundleKeywords.ts";
import { isValidationKeyword, keywordFamily, REFERENCE_KEYWORDS, validationKeywordsOf, type Dialect } from "../jsonSchema/vocabulary.ts";
import { ownEntriesWhere, someOwnKey } from "../json/ownEntries.ts";
import type { ModelBuilderContext, Schema } from "./modelBuilderContext.ts";
import type { Annotations, ArrayConstraints, EnumType, JsonType, NumberConstraints, StringConstraints, TypeRef } from "./types.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";
import { patternStrings } from "../jsonSchema/literalPattern.ts";

/** A JSON type with integer folded into number: the classes of values a union tells apart by type. */
export type Family = "null" | "boolean" | "number" | "string" | "array" | "object";

export const FAMILIES: readonly Family[] = ["null", "boolean", "number", "string", "array", "object"];

export function familyOf(type: JsonType): Family {
  return type === "integer" ? "number" : type;
}

/**
 * Whether a `type` list admits every JSON value: every family, with `number` itself (`integer` alone
 * leaves out 1.5).
 */
export function listsEveryType(types: readonly JsonType[]): boolean {
  return types.includes("number") && FAMILIES.every((family) => types.some((type) => familyOf(type) === family));
}

const JSON_TYPES = new Set(["null", "boolean", "integer", "number", "string", "array", "object"]);

/**
 * The `type` keyword as a set of JSON types, or undefined when absent: unknown names and repeats
 * dropped, and `integer` dropped beside `number`, which holds every integer. One list for one set of
 * values, so `["integer", "number"]` is read as the one type it is, not as a union of two (whose
 * number part, merged back with the list, would be the same list again).
 */
export function declaredTypes(schema: Schema): JsonType[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  // One name, the common case (and a hot path): no list to clean.
  if (!Array.isArray(type)) return typeof type === "string" && JSON_TYPES.has(type) ? [type as JsonType] : [];
  const known: JsonType[] = [];
  for (const item of type) if (typeof item === "string" && JSON_TYPES.has(item) && !known.includes(item as JsonType)) known.push(item as JsonType);
  return known.includes("number") && known.includes("integer") ? known.filter((item) => item !== "integer") : known;
}

/**
 * The JSON type families a schema's values can have: from `type`, `const` or `enum`, the variants of
 * a union, or else the one family its validation keywords are about (a schema with only object
 * keywords is read as an object: see types.ts). Every family when nothing narrows it.
 */
export function familiesOf(context: ModelBuilderContext, schema: JsonValue | undefined, seen?: Set<unknown>): ReadonlySet<Family> {
  const shape = context.shapeOf(schema);
  if (shape === true) return EVERY_FAMILY;
  if (shape === false || refusesEveryValue(context, shape)) return NO_FAMILY;
  return context.facts.recall(context.facts.families, shape, seen, EVERY_FAMILY, () => familiesOfShape(context, shape, seen));
}

/**
 * What the model builder remembers of schema facts while it builds one model (shapes are its own
 * objects), so that a chain of unions each naming the next is walked once, not once per caller.
 */
export class SchemaFactsMemo {
  readonly families = new WeakMap<object, ReadonlySet<Family>>();
  readonly passesOtherTypes = new WeakMap<object, boolean>();
  /** How many times a fact met a shape again on its own path (recursion, cut there). */
  private recursionCuts = 0;

  /**
   * `compute`'s answer for `shape`, from `table` when known. Met again on its own path (`seen`), the
   * shape answers `cut`. An answer is kept only when no recursion was cut below it: such an answer
   * is the path's, not the shape's.
   */
  recall<T>(table: WeakMap<object, T>, shape: object, seen: Set<unknown> | undefined, cut: T, compute: () => T): T {
    const known = table.get(shape);
    if (known !== undefined) return known;
    if (seen?.has(shape)) {
      this.recursionCuts += 1;
      return cut;
    }
    const cutsBefore = this.recursionCuts;
    const answer = compute();
    if (this.recursionCuts === cutsBefore) table.set(shape, answer);
    return answer;
  }
}

function familiesOfShape(context: ModelBuilderContext, shape: Schema, seen: Set<unknown> | undefined): ReadonlySet<Family> {
  // The shapes seen, made when a union is first entered (most schemas are none).
  seen?.add(shape);
  const values = constantValues(shape);
  const types = values === undefined ? declaredTypes(shape) : undefined;
  const variants = shape.anyOf ?? shape.oneOf;
  if (values === undefined && types === undefined) {
    if (Array.isArray(variants)) return new Set(variants.flatMap((variant) => [...familiesOf(context, variant, (seen ??= new Set([shape])))]));
  } else {
    // A union beside `type` (or `const`/`enum`) allows only what both allow: `{"type": "object",
    // "anyOf": [<strings>]}`, which restricting a variant of several types to one of them makes, has
    // no value. A variant that names no type lets the values of every other type through, so such a
    // union narrows nothing.
    let families = new Set(values !== undefined ? values.map((value) => familyOf(jsonTypeOfValue(value))) : types!.map(familyOf));
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const union = shape[keyword];
      if (!Array.isArray(union) || union.some((variant) => passesOtherTypes(context, variant))) continue;
      const ofVariants = new Set(union.flatMap((variant) => [...familiesOf(context, variant, (seen ??= new Set([shape])))]));
      families = new Set([...families].filter((family) => ofVariants.has(family)));
    }
    return families;
  }
  const implied = impliedFamilies(shape, context.dialect);
  return implied.size > 0 ? implied : EVERY_FAMILY;
}

/**
 * Whether `shape` refuses every value by a rule read on its own: a `not` of a schema that takes every
 * value (`not: {}`, `not: true`, cspell's `anyOf: [SemVersionPredicate, {not: {}}]`), whatever rules
 * stand beside it. Like `false` (and the `allOf` whose parts do not meet, which normalization makes
 * `false`), such a schema has values of no family, so a union drops it as a variant: it never
 * changes which values the union accepts, and under `oneOf` it never makes a value match twice.
 * Only this certain, local form is read here: union decisions are made from schema facts before any
 * variant is translated, and a contradiction found by the model's fuller analysis (bounds that cross,
 * a required property of no value: neverType.ts, uninhabitedTypes.ts) is left to that analysis,
 * whose warning names the author's mistake rather than hiding it.
 */
function refusesEveryValue(context: ModelBuilderContext, shape: Schema): boolean {
  if (!("not" in shape)) return false;
  const negated = context.shapeOf(shape.not);
  return negated === true || (typeof negated === "object" && acceptsEverything(negated, context.dialect));
}

/** familiesOf's answers that name no particular schema's families, shared (no caller adds to one). */
const EVERY_FAMILY: ReadonlySet<Family> = new Set(FAMILIES);
const NO_FAMILY: ReadonlySet<Family> = new Set();

/**
 * Whether a schema accepts null: true or false when its keywords decide it, undefined when a reference
 * or recursion leaves it open. familiesOf tells which types a schema may accept, which is not whether
 * it accepts them: `oneOf [{type: [integer, null]}, {type: null}]` refuses null, which both its
 * variants accept. Null is one value, and only the keywords below judge it (every other validation
 * keyword is about values of another type), so the answer is exact.
 */
export function acceptsNull(context: ModelBuilderContext, schema: JsonValue | undefined, path: Set<unknown> = new Set()): boolean | undefined {
  const shape = context.shapeOf(schema);
  if (typeof shape === "boolean") return shape;
  if (path.has(shape)) return undefined;
  const values = constantValues(shape);
  if (values !== undefined && !values.includes(null)) return false;
  const types = declaredTypes(shape);
  if (types !== undefined && !types.includes("null")) return false;
  path.add(shape);
  try {
    const of = (part: JsonValue | undefined) => acceptsNull(context, part, path);
    // Every keyword is a conjunct: a false one decides; an open one leaves the whole open.
    const verdicts: (boolean | undefined)[] = [];
    const parts = (keyword: string) => (Array.isArray(shape[keyword]) ? (shape[keyword] as JsonValue[]) : undefined);
    const allOf = parts("allOf");
    if (allOf) verdicts.push(...allOf.map(of));
    const anyOf = parts("anyOf")?.map(of);
    if (anyOf) verdicts.push(anyOf.includes(true) ? true : anyOf.includes(undefined) ? undefined : false);
    const oneOf = parts("oneOf")?.map(of);
    if (oneOf) verdicts.push(oneOf.includes(undefined) ? undefined : oneOf.filter((verdict) => verdict).length === 1);
    if ("not" in shape) {
      const inner = of(shape.not);
      verdicts.push(inner === undefined ? undefined : !inner);
    }
    if ("if" in shape) {
      const condition = of(shape.if);
      const branch = condition === undefined ? undefined : condition ? shape.then : shape.else;
      verdicts.push(condition === undefined ? undefined : branch === undefined ? true : of(branch));
    }
    // A reference beside other keywords (2019-09 on) judges too: left open here.
    const references = REFERENCE_KEYWORDS.filter((keyword) => isValidationKeyword(keyword, context.dialect));
    if ([...references, REMOTE_REF_KEYWORD, DYNAMIC_SCOPE_REF_KEYWORD].some((keyword) => keyword in shape)) verdicts.push(undefined);
    return verdicts.includes(false) ? false : verdicts.includes(undefined) ? undefined : true;
  } finally {
    path.delete(shape);
  }
}

/**
 * Whether a schema names no type, only keywords of some (`properties`, `minLength`…), so that by JSON
 * Schema every value of the other types passes it (the model's Typeless; a union passes them when one
 * of its variants does). A union with such a variant cannot be told apart by type, tag or keys: those
 * values reach every variant that names no type.
 */
export function passesOtherTypes(context: ModelBuilderContext, schema: JsonValue | undefined, seen?: Set<unknown>): boolean {
  const shape = context.shapeOf(schema);
  if (typeof shape === "boolean" || refusesEveryValue(context, shape)) return false;
  return context.facts.recall(context.facts.passesOtherTypes, shape, seen, false, () => {
    seen?.add(shape);
    if (constantValues(shape) !== undefined || declaredTypes(shape) !== undefined) return false;
    const variants = shape.anyOf ?? shape.oneOf;
    if (Array.isArray(variants)) return variants.some((variant) => passesOtherTypes(context, variant, (seen ??= new Set([shape]))));
    return impliedFamilies(shape, context.dialect).size > 0;
  });
}

/**
 * The families a schema's validation keywords are about (`minLength` → string…). A keyword that
 * constrains nothing (`additionalProperties: true`) is about no family: Swagger 2.0's
 * vendorExtension, `{"additionalProperties": true, "additionalItems": true}`, takes every value.
 */
export function impliedFamilies(schema: Schema, dialect: Dialect): Set<Family> {
  const families = new Set<Family>();
  const validating = validationKeywordsOf(dialect);
  for (const keyword in schema) {
    if (!Object.hasOwn(schema, keyword) || !validating.has(keyword) || constrainsNothing(keyword, schema[keyword], dialect)) continue;
    const family = keyword === "format" ? formatFamily(schema.format) : keywordFamily(keyword);
    if (family) families.add(family);
  }
  return families;
}

/**
 * The family a `format` is about: a number's where the toolkit's rule for it judges numbers (OpenAPI's
 * `int32`, `int64`: validating targets hold a number to it), else a string's. Read as a string's, a
 * lone `{"format": "int32"}` let every number through.
 */
function formatFamily(format: JsonValue | undefined): Family {
  const rule = typeof format === "string" ? FORMAT_RULES[format] : undefined;
  return rule?.kind === "check" && rule.appliesTo === "number" ? "number" : "string";
}

/**
 * Keywords that only hand some parts of a value (members, items, key names) to one subschema: with a
 * subschema that takes every value they constrain nothing. `properties`, `patternProperties` and
 * `prefixItems` are not among them: the names and positions they list are worth a type even where
 * their schemas take everything.
 */
const PART_KEYWORDS: ReadonlySet<string> = new Set(["additionalProperties", "additionalItems", "items", "unevaluatedProperties", "unevaluatedItems", "propertyNames"]);

/** Whether `keyword: value` constrains nothing: a part keyword whose subschema takes every value. */
export function constrainsNothing(keyword: string, value: JsonValue | undefined, dialect: Dialect): boolean {
  if (!PART_KEYWORDS.has(keyword)) return false;
  return value === true || (typeof value === "object" && value !== null && !Array.isArray(value) && acceptsEverything(value, dialect));
}

/** A `then` or `else` with no `if` beside it, which JSON Schema ignores (ansible-meta's `else` beside an `allOf` of conditionals). */
function isBranchWithoutIf(keyword: string, schema: Schema): boolean {
  return (keyword === "then" || keyword === "else") && !("if" in schema);
}

/**
 * True when `schema` accepts every value: only annotations, keywords that constrain nothing, perhaps
 * a `type` listing every JSON type.
 */
export function acceptsEverything(schema: Schema, dialect: Dialect): boolean {
  const validating = validationKeywordsOf(dialect);
  // The keywords that rule something out: none, or only a `type` listing every type.
  let rules = 0;
  let first: string | undefined;
  for (const keyword in schema) {
    if (!Object.hasOwn(schema, keyword)) continue;
    if ((validating.has(keyword) && !constrainsNothing(keyword, schema[keyword], dialect) && !isBranchWithoutIf(keyword, schema)) || keyword === REMOTE_REF_KEYWORD || keyword === DYNAMIC_SCOPE_REF_KEYWORD) {
      rules++;
      first ??= keyword;
    }
  }
  if (rules === 0) return true;
  if (rules > 1 || first !== "type" || !Array.isArray(schema.type)) return false;
  return listsEveryType(schema.type as JsonType[]);
}

/**
 * The keywords whose rules translateAssertions states, whatever else the schema is (`anyOf` only
 * beside a `oneOf`, so it is not among them).
 */
export const ASSERTION_KEYWORDS: ReadonlySet<string> = new Set(["not", "if", "then", "else", "contains", "minContains", "maxContains", "propertyNames", "minProperties", "maxProperties", "dependencies", "dependentRequired", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems"]);

/**
 * The rules beside constants that constantValues checks each constant against itself, exactly: a
 * string's length and pattern, a number's bounds (each passed by a constant of another type). Not
 * `multipleOf`, which validators compute in floating point each their own way (0.3 of 0.1), nor
 * `format`.
 */
const SCALAR_RULE_KEYWORDS = ["pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;

/** What a schema's constants are made of (constantValues reads `type` and the scalar rules too). */
const CONSTANT_KEYWORDS: ReadonlySet<string> = new Set(["enum", "const", "type", ...SCALAR_RULE_KEYWORDS]);

/**
 * The rules beside a schema's constants that each constant must pass too (`minLength`, `anyOf`…; not
 * the assertions' keywords, stated apart), as a schema of their own; undefined when there are none,
 * or they take every value.
 */
export function rulesBesideConstants(schema: Schema, dialect: Dialect, values: readonly JsonValue[]): Schema | undefined {
  const validating = validationKeywordsOf(dialect);
  // A rule about one family of values (`minItems`, `additionalItems`: arrays) passes every value of
  // the others: beside constants none of which is of its family it rules nothing out. Kept, it was
  // an assertion every target checked for nothing, and the conformance generator drew candidates of
  // its family for it (Yippee-ki-JSON's chrono unit, a string enum with `additionalItems: false`,
  // beside several more such rules in one object, gave up).
  const families = new Set(values.map((value) => familyOf(jsonTypeOfValue(value))));
  const ofListedFamily = (keyword: string) => {
    const family = keyword === "format" ? formatFamily(schema.format) : keywordFamily(keyword);
    return family === undefined || families.has(family);
  };
  const isBeside = (keyword: string) => validating.has(keyword) && !CONSTANT_KEYWORDS.has(keyword) && !ASSERTION_KEYWORDS.has(keyword) && ofListedFamily(keyword);
  // Asked of every union variant: most have no such rule, and no schema is made for them.
  if (!someOwnKey(schema, isBeside)) return undefined;
  const rules = ownEntriesWhere(schema, isBeside);
  return acceptsEverything(rules, dialect) ? undefined : rules;
}

/**
 * Whether a schema has a keyword translateAssertions states beside its type (`not`, `if`…): its
 * constants are no plain constants, for a union that gathers its variants' constants into one enum
 * would drop that rule (`oneOf: [{const: "a"}, {const: "b", not: {type: "string"}}]` admitted "b").
 */
export function hasAssertionKeywords(schema: Schema, dialect: Dialect): boolean {
  const validating = validationKeywordsOf(dialect);
  return someOwnKey(schema, (keyword) => validating.has(keyword) && ASSERTION_KEYWORDS.has(keyword));
}

/**
 * The values a schema pins its value to (`const`, `enum`, or both: the constant if the enum lists it,
 * else none; without either, the strings its `pattern` spells out: valuesOfLiteralPattern), filtered
 * by its `type` and its scalar rules (Azure Pipelines' 228 task names, each beside every task's
 * pattern, were 228 variants each); undefined when it pins none.
 */
export function constantValues(schema: Schema): JsonValue[] | undefined {
  const listed = Array.isArray(schema.enum) ? schema.enum : undefined;
  const values = "const" in schema ? [schema.const!].filter((value) => listed === undefined || listed.some((item) => stableKey(item) === stableKey(value))) : listsConstants(schema) ? listed : valuesOfLiteralPattern(schema);
  if (values === undefined) return undefined;
  const types = declaredTypes(schema);
  const typed = types === undefined ? values : values.filter((value) => types.some((type) => valueHasType(value, type)));
  const allowed = SCALAR_RULE_KEYWORDS.some((keyword) => keyword in schema) ? typed.filter((value) => passesScalarRules(value, schema)) : typed;
  const seen = new Set<string>();
  return allowed.filter((value) => {
    const key = stableKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a schema writes its constants (`const`, `enum`); else they are those its pattern spells, if any (valuesOfLiteralPattern). */
function listsConstants(schema: Schema): boolean {
  return "const" in schema || Array.isArray(schema.enum);
}

/**
 * The values a string schema's `pattern` leaves, when it spells them out (patternStrings:
 * `{type: "string", pattern: "^CmdLine@2$"}` is the constant "CmdLine@2"), so that a union told apart
 * by such patterns is tagged by them as by `const` (Azure Pipelines' steps, ~250 variants each with
 * its `task` pattern, decoded as the first whose other keys fit). Only where `type` says the value is
 * a string (or null, which passes a pattern: one more value): a value of another type passes a
 * pattern, so a schema naming no type, or another, is no set of values.
 */
function valuesOfLiteralPattern(schema: Schema): JsonValue[] | undefined {
  if (typeof schema.pattern !== "string") return undefined;
  const types = declaredTypes(schema);
  if (types === undefined || !types.includes("string") || !types.every((type) => type === "string" || type === "null")) return undefined;
  const strings = patternStrings(schema.pattern);
  if (strings === undefined) return undefined;
  return types.includes("null") ? [...strings, null] : strings;
}

/** Whether a constant passes the schema's SCALAR_RULE_KEYWORDS (patterns compile: the input check refuses one that does not). */
function passesScalarRules(value: JsonValue, schema: Schema): boolean {
  const scalarRules = Object.fromEntries(SCALAR_RULE_KEYWORDS.filter((keyword) => keyword in schema).map((keyword) => [keyword, schema[keyword]!]));
  if (typeof value === "string") return acceptedBy({ kind: "string", constraints: stringConstraints(scalarRules) }, value) !== false;
  if (typeof value === "number") return acceptedBy({ kind: "number", constraints: numberConstraints(scalarRules) }, value) !== false;
  return true;
}

function valueHasType(value: JsonValue, type: JsonType): boolean {
  const actual = jsonTypeOfValue(value);
  return actual === type || (actual === "integer" && type === "number");
}

/**
 * The identity under which a lifted schema is shared, so that an inline copy of a definition (TypeBox
 * inlines by value) becomes a reference to it. The copy's own annotations are left out: a field that
 * describes the definition it holds ("the state when the connection opened") still holds that
 * definition, and the description is the field's.
 */
export function objectShapeKey(keys: StructuralKeys, schema: Schema, bases: readonly string[]): string {
  // Remembered per schema object by `keys` (the builder never changes one it has made or read).
  const own = keys.ofOmitting(schema, SHAPE_NEUTRAL_KEYWORDS);
  return bases.length === 0 ? `object:${own}` : `object:${own}+${JSON.stringify(bases)}`;
}

/** The identity of an array schema, its annotations left out as objectShapeKey leaves them out. */
export function arrayShapeKey(keys: StructuralKeys, schema: Schema): string {
  return `array:${keys.ofOmitting(schema, SHAPE_NEUTRAL_KEYWORDS)}`;
}

/**
 * The keywords VS Code's schemas say why a place is deprecated by, and what to use instead, in its
 * editor's hover (`"deprecationMessage": "Use 'customizations/vscode/extensions' instead"`, VS Code's
 * dev container schema; found by sweep AT): plain text first, then Markdown.
 */
const DEPRECATION_MESSAGE_KEYWORDS = ["deprecationMessage", "markdownDeprecationMessage"] as const;

/** Top-level documentation keywords, left out of a shape's identity (nested schemas keep theirs). */
const SHAPE_NEUTRAL_KEYWORDS = new Set(["title", "description", "markdownDescription", "examples", "deprecated", ...DEPRECATION_MESSAGE_KEYWORDS, "$comment"]);

/** The identity of an enum: its value type, its values, and what else it accepts when it is open. */
export function enumShapeKey(keys: StructuralKeys, valueType: EnumType["valueType"], values: readonly (string | number | boolean)[], otherValues?: unknown): string {
  const known = valueType === "string" ? JSON.stringify(values) : keys.of({ valueType, values });
  return otherValues === undefined ? `enum:${known}` : `enum:${keys.of({ known, otherValues })}`;
}

/**
 * What the schema of an unnamed part of a type (an array's items, a map's values) says of it: its
 * description, else its title, where the part's type does not document itself (a named type carries
 * its own documentation). ArrayTypeRef.itemsDescription, RecordTypeRef.valuesDescription.
 */
export function partDescription(schema: JsonValue | undefined, type: TypeRef): string | undefined {
  if (type.kind === "named" || typeof schema !== "object" || schema === null || Array.isArray(schema)) return undefined;
  const { title, description } = annotationsOf(schema);
  const text = (description ?? title)?.trim();
  return text === undefined || text === "" ? undefined : text;
}

/** The documentation keywords of a schema; a keyword with a value of the wrong kind is left out, never an error. */
export function annotationsOf(schema: Schema): Annotations {
  return withAnnotationsOf(schema, {});
}

/** `target` with the documentation keywords of `schema` (annotationsOf) added, in that order: for a type or property being made. */
export function withAnnotationsOf<T extends Annotations>(schema: Schema, target: { -readonly [K in keyof T]: T[K] }): T {
  const { title, description, markdownDescription, examples, deprecated } = schema;
  const text = typeof description === "string" ? description : typeof markdownDescription === "string" ? markdownDescription : undefined;
  const out = target as { -readonly [K in keyof Annotations]: Annotations[K] };
  if (typeof title === "string") out.title = title;
  if (text !== undefined) out.description = text;
  if (Array.isArray(examples)) out.examples = examples;
  // VS Code's message deprecates the place by itself (its editor strikes a key that has one through),
  // unless the schema says `deprecated: false`.
  const message = DEPRECATION_MESSAGE_KEYWORDS.map((keyword) => schema[keyword]).find((value): value is string => typeof value === "string" && value.trim() !== "");
  if (typeof deprecated === "boolean") out.deprecated = deprecated;
  else if (message !== undefined) out.deprecated = true;
  if (message !== undefined && out.deprecated === true) out.deprecationMessage = message.trim();
  return target as T;
}

/** The names a `required` list holds, each once (its value was checked as the input was read: checkKeywordValues). */
export function requiredList(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((key): key is string => typeof key === "string"))] : [];
}

/** The bounds among `keys` (their values were checked as the input was read: checkKeywordValues). */
function pickNumbers<K extends string>(schema: Schema, keys: readonly K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const value = schema[key];
    if (typeof value === "number") out[key] = value;
  }
  return out;
}

export function stringConstraints(schema: Schema): StringConstraints {
  const out: { -readonly [K in keyof StringConstraints]: StringConstraints[K] } = pickNumbers(schema, ["minLength", "maxLength"]);
  if (typeof schema.pattern === "string") out.pattern = schema.pattern;
  if (typeof schema.format === "string") out.format = schema.format;
  return out;
}

/** Number bounds, always in the draft-06+ form: draft-04's `exclusiveMinimum: true` makes `minimum` exclusive. */
export function numberConstraints(schema: Schema): NumberConstraints {
  const draft04 = { ...schema };
  for (const [exclusive, inclusive] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const flag = draft04[exclusive];
    if (typeof flag !== "boolean") continue;
    delete draft04[exclusive];
    if (flag && typeof draft04[inclusive] === "number") {
      draft04[exclusive] = draft04[inclusive]!;
      delete draft04[inclusive];
    }
  }
  const out: { -readonly [K in keyof NumberConstraints]: NumberConstraints[K] } = pickNumbers(draft04, ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]);
  if (typeof schema.format === "string") out.format = schema.format;
  return out;
}

export function arrayConstraints(schema: Schema): ArrayConstraints {
  const out: { -readonly [K in keyof ArrayConstraints]: ArrayConstraints[K] } = pickNumbers(schema, ["minItems", "maxItems"]);
  if (schema.uniqueItems === true) out.uniqueItems = true;
  return out;
}

/** Whether a scalar type accepts `value`: true, false, or undefined when it cannot be told here (a format). */
export function acceptedBy(type: TypeRef, value: JsonValue): boolean | undefined {
  if (type.kind === "string") {
    if (typeof value !== "string") return false;
    const { minLength, maxLength, pattern, format } = type.constraints;
    const length = [...value].length;
    if ((minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength)) return false;
    if (pattern !== undefined) {
      try {
        if (!ecmaRegExp(pattern).test(value)) return false;
      } catch {
        return undefined;
      }
    }
    return format === undefined ? true : undefined;
  }
  if (type.kind === "integer" || type.kind === "number") {
    if (typeof value !== "number" || (type.kind === "integer" && !Number.isInteger(value))) return false;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = type.constraints;
    if (minimum !== undefined && value < minimum) return false;
    if (maximum !== undefined && value > maximum) return false;
    if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) return false;
    if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) return false;
    if (multipleOf !== undefined && Math.abs(value / multipleOf - Math.round(value / multipleOf)) > 1e-9) return false;
    return true;
  }
  return undefined;
}
