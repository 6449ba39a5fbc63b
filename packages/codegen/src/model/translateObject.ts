// An object schema → a record (an object used as a map: no declared keys, one rule for every key) or
// a named object type: its properties (bases' first), typed extra-key maps for `patternProperties`,
// its rule for other keys, and the conditional requirements it can state as `requiredWhen`.
import { childPointer } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import { isJsonObject } from "../json/jsonType.ts";
import { isValidationKeyword, type Dialect } from "../jsonSchema/vocabulary.ts";
import type { JsonValue } from "../json/types.ts";
import { inlineTypeName } from "../naming/typeNames.ts";
import type { LiftOptions, ModelBuilderContext, Schema } from "./modelBuilderContext.ts";
import { acceptsEverything, annotationsOf, objectShapeKey, partDescription, requiredList, withAnnotationsOf } from "./schemaFacts.ts";
import type { Annotations, ObjectType, PatternProperty, Property, RequiredWhen, TypeRef } from "./types.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";
import { patternStrings } from "../jsonSchema/literalPattern.ts";

/** Patterns that mean "any key": a `patternProperties` of only such a pattern is a record. */
export const MATCH_ANY_KEY_PATTERNS = new Set([".*", "^(.*)", "", "^", "(.*)", "^[\\s\\S]*$"]);

/**
 * Patterns that match every key but one holding a line terminator (TypeBox writes `^(.*)$` for a
 * record): ECMA-262's `.` matches none of \n, \r, U+2028 and U+2029, and `$` is only the key's end, so
 * such a key is left to `additionalProperties`. A record only when that rule is the pattern's own.
 */
export const MATCH_ONE_LINE_KEY_PATTERNS = new Set(["^(.*)$", "^.*$"]);

/** Whether `patternProperties` of only `pattern` (with `rule`) beside `additional` gives every key the one rule. */
function recordPattern(pattern: string, rule: JsonValue | undefined, additional: JsonValue | undefined, dialect: Dialect): boolean {
  if (MATCH_ANY_KEY_PATTERNS.has(pattern)) return true;
  return MATCH_ONE_LINE_KEY_PATTERNS.has(pattern) && sameRule(rule, additional, dialect);
}

/** Whether two schemas are the same rule: written alike, or each admitting any value (absent, `true`, `{}`, annotations only). */
function sameRule(a: JsonValue | undefined, b: JsonValue | undefined, dialect: Dialect): boolean {
  const admitsAny = (schema: JsonValue | undefined) => schema === undefined || schema === true || (isSchemaObject(schema) && acceptsEverything(schema, dialect));
  return (admitsAny(a) && admitsAny(b)) || stableKey(a ?? true) === stableKey(b ?? true);
}

function isSchemaObject(value: JsonValue): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type SchemaMap = { readonly [key: string]: JsonValue };

/** The map of an absent or malformed keyword (shared: nothing writes to a map read here). */
const NO_ENTRIES: SchemaMap = Object.freeze({});

function mapOf(value: JsonValue | undefined): SchemaMap {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : NO_ENTRIES;
}

/** Whether requiredList(value) names some key (without making that list). */
function requiresSome(value: JsonValue | undefined): boolean {
  return Array.isArray(value) && value.some((key) => typeof key === "string");
}

function hasEntries(map: SchemaMap): boolean {
  for (const key in map) if (Object.hasOwn(map, key)) return true;
  return false;
}

export interface TranslatedObject {
  readonly type: TypeRef;
  /** The schema's `if`/`then` was stated as `requiredWhen` (so it is no assertion of its own). */
  readonly consumedIf: boolean;
}

export function translateObject(
  context: ModelBuilderContext,
  schema: Schema,
  pointer: string,
  nameHint: string,
  options: LiftOptions,
  bases: readonly string[],
  /** The schema names no type, so other JSON values pass it (ObjectType.otherTypesPass). */
  otherTypesPass: boolean,
): TranslatedObject {
  const declared = mapOf(schema.properties);
  const patterns = mapOf(schema.patternProperties);
  const additional = schema.additionalProperties;
  const requiredWhen = requiredWhenOf(schema, pointer);
  if (!hasEntries(declared) && !requiresSome(schema.required) && requiredWhen === undefined && bases.length === 0) {
    const valuesName = inlineTypeName(nameHint, { kind: "values" });
    const patternKeys = Object.keys(patterns);
    // A map, which like an object type lets other JSON values through when the schema names no type.
    const typeless = otherTypesPass ? ({ otherTypesPass: true } as const) : {};
    // A map of the values' schema, with what that schema says of each value (RecordTypeRef.valuesDescription).
    const record = (valuesSchema: JsonValue | undefined, at: string): TranslatedObject => {
      const values = context.translate(valuesSchema ?? true, at, valuesName);
      const valuesDescription = partDescription(valuesSchema, values);
      return { type: { kind: "record", values, ...(valuesDescription === undefined ? {} : { valuesDescription }), ...typeless }, consumedIf: false };
    };
    if (patternKeys.length === 0 && additional !== false) return record(additional, childPointer(pointer, "additionalProperties"));
    if (patternKeys.length === 1 && recordPattern(patternKeys[0]!, patterns[patternKeys[0]!], additional, context.dialect)) {
      return record(patterns[patternKeys[0]!], childPointer(pointer, "patternProperties", patternKeys[0]!));
    }
  }
  const type = context.liftShape(objectShapeKey(context.keys, schema, bases), pointer, nameHint, options, (name) => buildObjectType(context, schema, pointer, name, bases, requiredWhen, otherTypesPass));
  return { type, consumedIf: requiredWhen !== undefined };
}

function buildObjectType(context: ModelBuilderContext, schema: Schema, pointer: string, name: string, bases: readonly string[], requiredWhen: RequiredWhen | undefined, otherTypesPass: boolean): ObjectType {
  const declared = mapOf(schema.properties);
  const patterns = mapOf(schema.patternProperties);
  const requiredKeys = new Set(requiredList(schema.required));
  const spelled = keysSpelledOutByPattern(patterns);
  const properties: Property[] = [];
  for (const key in declared) {
    if (!Object.hasOwn(declared, key)) continue;
    const value = declared[key];
    const here = childPointer(pointer, "properties", key);
    const origin = context.originOf(value);
    properties.push(translateProperty(context, name, requiredKeys, key, joinedWithSpellingPatterns(value, key, patterns, spelled), origin ?? here, origin !== undefined && origin !== here));
  }
  // A required key the schema does not declare still holds a value: the one its patterns or extra-key
  // rule allow. It is named by the `required` that lists it: a part's, where an allOf's or a oneOf
  // variant's merged schema holds it, whose own place has none (fuzz AC, seed 62100 OpenAPI 3.0 index 0).
  const requiredAt = context.originOf(schema.required) ?? childPointer(pointer, "required");
  for (const key of requiredKeys) {
    if (!Object.hasOwn(declared, key)) properties.push(translateProperty(context, name, requiredKeys, key, ruleForUndeclared(schema, key), requiredAt, false));
  }
  const patternProperties: PatternProperty[] = [];
  for (const pattern in patterns) {
    if (!Object.hasOwn(patterns, pattern)) continue;
    const value = patterns[pattern];
    const at = context.originOf(value) ?? childPointer(pointer, "patternProperties", pattern);
    const keys = spelled.get(pattern);
    if (keys !== undefined) {
      for (const key of keys) if (!requiredKeys.has(key) && !Object.hasOwn(declared, key)) properties.push(translateProperty(context, name, requiredKeys, key, ruleForUndeclared(schema, key), at, false));
      continue;
    }
    const type = context.translate(value, at, inlineTypeName(name, { kind: "values" }));
    const { description } = isJsonObject(value) ? annotationsOf(value) : {};
    patternProperties.push({ pattern, type, pointer: at, ...(description !== undefined && type.kind !== "named" ? { description } : {}) });
  }
  const additional = schema.additionalProperties;
  // A pattern that matches every key (`.*`: MATCH_ANY_KEY_PATTERNS) leaves no key to the rule for
  // others: a struct beside its typed map held a second map of other keys, which no value fills.
  const everyKeyMatched = patternProperties.some(({ pattern }) => MATCH_ANY_KEY_PATTERNS.has(pattern));
  const additionalProperties =
    additional === false || everyKeyMatched || keysAreAllDeclared(context, schema, properties)
      ? false
      : context.translate(additional ?? true, childPointer(pointer, "additionalProperties"), inlineTypeName(name, { kind: "values" }));
  const type: { -readonly [K in keyof ObjectType]: ObjectType[K] } = {
    kind: "object",
    name,
    pointer,
    properties,
    bases: bases.map((base) => ({ kind: "named", name: base })),
    patternProperties,
    additionalProperties,
    requiredWhen: requiredWhen ? [requiredWhen] : [],
  };
  if (otherTypesPass) type.otherTypesPass = true;
  return withAnnotationsOf(schema, type);
}

/**
 * Whether `propertyNames` lists the names a key may have (an `enum` or a `const`), each of them a
 * declared property (or a required key, which is one): then no other key passes, and the rule for
 * others names no value. zod 4 writes a record keyed by an enum, `z.record(z.enum(["a", "b"]), T)`,
 * as `propertyNames: {enum: [a, b]}` beside `required: [a, b]` and `additionalProperties: T`: read as
 * written, each type held a map of other keys beside its properties, which no value ever fills.
 */
function keysAreAllDeclared(context: ModelBuilderContext, schema: Schema, properties: readonly Property[]): boolean {
  if (!("propertyNames" in schema) || !isValidationKeyword("propertyNames", context.dialect)) return false;
  const names = context.shapeOf(schema.propertyNames);
  if (names === true) return false;
  // A key is a string: a listed value of another type admits none.
  const listed = names === false ? [] : "const" in names ? [names.const] : Array.isArray(names.enum) ? names.enum : undefined;
  if (listed === undefined) return false;
  const declared = new Set(properties.map((property) => property.name));
  return listed.every((name) => typeof name !== "string" || declared.has(name));
}

/**
 * One property of the object type `objectName`: its type, requiredness, documentation and default.
 * A property `writtenElsewhere` (a part's that an `allOf` merged in, from a `$ref` to another
 * definition) is named where it is written, as it is when that definition is translated: types are
 * shared by shape and named by the first place met, and flagd's flags.json lists `flagsArray` (whose
 * items are `allOf: [{$ref: anyFlag}, {key}]`) before `flag`, so `flag`'s `state` was
 * FlagsArrayItemBooleanFlagState, and `booleanVariants`' `variants` FlagsArrayItemBooleanFlagVariants.
 */
function translateProperty(context: ModelBuilderContext, objectName: string, requiredKeys: ReadonlySet<string>, propertyName: string, propertySchema: JsonValue | undefined, at: string, writtenElsewhere: boolean): Property {
  const sharedHint = typeof propertySchema === "object" && propertySchema !== null ? context.unions.sharedPropertyHints.get(propertySchema) : undefined;
  const hintWhereWritten = writtenElsewhere ? context.nameWhereWritten(propertySchema) : undefined;
  const type = context.translate(propertySchema, at, sharedHint ?? hintWhereWritten ?? inlineTypeName(objectName, { kind: "property", property: propertyName }));
  const property: { -readonly [K in keyof Property]: Property[K] } = { name: propertyName, type, required: requiredKeys.has(propertyName), pointer: at };
  if (typeof propertySchema !== "object" || propertySchema === null || Array.isArray(propertySchema)) return property;
  // Its own documentation and default (the common case), in the order propertyAnnotations gives them.
  if (!Array.isArray(propertySchema.allOf)) {
    withAnnotationsOf(propertySchema, property);
    if ("default" in propertySchema && propertySchema.default !== undefined) property.default = propertySchema.default;
    return property;
  }
  const documentation = propertyAnnotations(propertySchema);
  Object.assign(property, documentation.annotations);
  if (documentation.default !== undefined) property.default = documentation.default;
  return property;
}

/**
 * The keys each `patternProperties` pattern spells out (patternStrings: `^(bool_value)$`, `^(?:push|pull)$`),
 * by pattern, for the patterns that are one more way of declaring their keys: none is empty. Each key
 * the object does not declare is then an optional property whose rule is every pattern matching it
 * (ruleForUndeclared), as JSON Schema reads such a key; a key `properties` declares takes the pattern's
 * rule beside its own (joinedWithSpellingPatterns); and the pattern's extra-key map, which no other key
 * enters, is dropped. bufbuild's protoschema writes a field's proto name beside its JSON name so,
 * `patternProperties: {"^(bool_value)$": {type: boolean}}`, which was a map `[String: Bool]` no Swift
 * user would look in for `bool_value`; the OpenAPI 3.1 meta-schema's components spell their ten
 * declared keys, `^(schemas|responses|…)$: {propertyNames: {pattern: …}}`, so that `unevaluatedProperties`
 * sees them evaluated, which left a map no key ever enters and the rule on the keys of each told of it.
 */
function keysSpelledOutByPattern(patterns: SchemaMap): ReadonlyMap<string, readonly string[]> {
  const spelled = new Map<string, readonly string[]>();
  for (const pattern in patterns) {
    if (!Object.hasOwn(patterns, pattern)) continue;
    const strings = patternStrings(pattern);
    if (strings !== undefined && !strings.includes("")) spelled.set(pattern, strings);
  }
  return spelled;
}

/**
 * A declared property's rule and, beside it, the rule of every pattern spelling out its key: JSON
 * Schema holds a key to `properties` and to each pattern matching it, and a spelling pattern keeps no
 * map whose check would do so.
 */
function joinedWithSpellingPatterns(rule: JsonValue | undefined, key: string, patterns: SchemaMap, spelled: ReadonlyMap<string, readonly string[]>): JsonValue | undefined {
  const joining = [...spelled].filter(([, keys]) => keys.includes(key)).map(([pattern]) => patterns[pattern]!);
  return joining.length === 0 ? rule : { allOf: [rule ?? true, ...joining] };
}

/** The schema a key not in `properties` must satisfy: its matching patterns, else the extra-key rule. */
function ruleForUndeclared(schema: Schema, key: string): JsonValue {
  const matching = Object.entries(mapOf(schema.patternProperties)).filter(([pattern]) => {
    try {
      return ecmaRegExp(pattern).test(key);
    } catch {
      return false;
    }
  });
  if (matching.length === 1) return matching[0]![1];
  if (matching.length > 1) return { allOf: matching.map(([, rule]) => rule) };
  return schema.additionalProperties ?? true;
}

/**
 * A property's documentation and default: its own, or for a property two schemas declared (merged
 * into `allOf`), those of its parts, the later winning.
 */
function propertyAnnotations(schema: JsonValue | undefined): { annotations: Annotations; default?: JsonValue } {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return { annotations: {} };
  if (!Array.isArray(schema.allOf)) return { annotations: annotationsOf(schema), ...("default" in schema ? { default: schema.default } : {}) };
  const parts = Array.isArray(schema.allOf) ? schema.allOf.filter((part): part is Schema => typeof part === "object" && part !== null && !Array.isArray(part)) : [];
  const layers = [...parts.map(propertyAnnotations), { annotations: annotationsOf(schema), ...("default" in schema ? { default: schema.default } : {}) }];
  return layers.reduce((acc, layer) => ({ annotations: { ...acc.annotations, ...layer.annotations }, ...(layer.default !== undefined ? { default: layer.default } : acc.default !== undefined ? { default: acc.default } : {}) }), {
    annotations: {},
  });
}

/**
 * `if: {properties: {P: {const: V}}, required: [P]}, then: {required: [...]}` over declared
 * properties: the conditional form the model states as `requiredWhen`. Any other conditional is an
 * assertion (translateAssertions.ts).
 */
export function requiredWhenOf(schema: Schema, pointer: string): RequiredWhen | undefined {
  const condition = schema.if;
  const consequence = schema.then;
  if ("else" in schema || typeof condition !== "object" || condition === null || Array.isArray(condition)) return undefined;
  if (typeof consequence !== "object" || consequence === null || Array.isArray(consequence)) return undefined;
  const conditionProperties = mapOf(condition.properties);
  const names = Object.keys(conditionProperties);
  const property = names[0];
  if (names.length !== 1 || property === undefined || Object.keys(condition).some((key) => key !== "properties" && key !== "required")) return undefined;
  const pinned = conditionProperties[property];
  if (typeof pinned !== "object" || pinned === null || Array.isArray(pinned) || !("const" in pinned) || Object.keys(pinned).length !== 1) return undefined;
  if (!Array.isArray(condition.required) || !condition.required.includes(property)) return undefined;
  if (Object.keys(consequence).some((key) => key !== "required" && !["title", "description", "$comment"].includes(key))) return undefined;
  if (!Array.isArray(consequence.required) || !consequence.required.every((key): key is string => typeof key === "string")) return undefined;
  const declared = mapOf(schema.properties);
  if (![property, ...consequence.required].every((key) => Object.hasOwn(declared, key))) return undefined;
  return { property, equals: pinned.const!, require: consequence.required, pointer: childPointer(pointer, "if") };
}
