// The JSON types a type's values have (jsonTypesOf) and those it takes every value of (typesTakenWhole),
// read from the model alone: one reading the model's own analyses (valuesOfNeither: whether two types
// share a value) and the conformance run's generators (sizes.ts: which types have no value, which
// variants match alone) share. Each answers only when sure: undefined or the empty set where unsure.
import { jsonTypeOfValue } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { admitsNoValue } from "./neverType.ts";
import { familyOf } from "./schemaFacts.ts";
import { assertionFamily, typelessFamilyOf } from "./typeless.ts";
import type { Assertion, JsonType, ObjectType, SchemaModel, TypeRef, UnionType } from "./types.ts";

/**
 * The JSON types a plain scalar, array (a tuple too), map or object type's values have (number:
 * integers too), a constant's, and an enum's, its values' and its other values' (an enum of integers that also
 * takes other integers of a format is of integers: beside objects no value is left); undefined for
 * any other. An object with declared properties is a named type: its values are objects all the same (`{type: object, properties: {a: …}, not: {type: object}}` has none:
 * fuzz U, seed 56001 draft-04).
 */
export function jsonTypesOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string> = new Set()): readonly JsonType[] | undefined {
  if ("otherTypesPass" in ref && ref.otherTypesPass) return undefined;
  switch (ref.kind) {
    case "named": {
      const named = model.typesByName.get(ref.name);
      if (named?.kind === "object") return named.otherTypesPass ? undefined : ["object"];
      // An enum's values are of their own JSON types, and its other values (an open enum's) of theirs.
      if (named?.kind === "enum") {
        const others = named.otherValues === undefined ? [] : jsonTypesOf(model, named.otherValues, seen);
        return others === undefined ? undefined : [...new Set([...named.values.map(jsonTypeOfValue), ...others])];
      }
      if (seen.has(ref.name)) return undefined;
      const within = new Set(seen).add(ref.name);
      if (named?.kind === "alias") return jsonTypesOf(model, named.type, within);
      if (named?.kind !== "union") return undefined;
      const each = named.variants.map((variant) => jsonTypesOf(model, variant.type, within));
      if (named.keyword === "oneOf" && named.rule !== "tag") return typesOfOneOf(model, named, each, within);
      return each.every((types) => types !== undefined) ? [...new Set(each.flat())] : undefined;
    }
    // Rules around a type only narrow its values.
    case "constrained":
      return jsonTypesOf(model, ref.type, seen);
    case "nullable": {
      const types = jsonTypesOf(model, ref.type, seen);
      return types === undefined ? undefined : [...types, "null"];
    }
    case "string":
    case "integer":
    case "boolean":
    case "null":
    case "array":
      return [ref.kind];
    case "tuple":
      return ["array"];
    // A constant's values are of its one value's type, as an enum's are of its values'.
    case "literal":
      return [jsonTypeOfValue(ref.value)];
    case "number":
      return ["number", "integer"];
    case "record":
      return ["object"];
    default:
      return undefined;
  }
}

/**
 * The JSON types a oneOf's values have: each variant's (any, where they are not told) but those another
 * variant takes whole, as a value of such a type that the variant takes matches both. `oneOf: [{type:
 * [string, integer, boolean, null, object, array]}, {}]` is the numbers that are no integers (its `{}`
 * matches alone nothing else), and beside an anyOf of objects none is left, where the run drew objects
 * until GENERATOR GAVE UP (fuzz AC, seed 62001 3.1 index 0, the root). Undefined where no variant's
 * types are told and none is taken out (as an anyOf's). `each`: the variants' own types, in order.
 */
function typesOfOneOf(model: SchemaModel, union: UnionType, each: readonly (readonly JsonType[] | undefined)[], within: ReadonlySet<string>): readonly JsonType[] | undefined {
  const whole = union.variants.map((variant) => typesTakenWhole(model, variant.type, within));
  const alone = each.map((types, index) => (types ?? EVERY_JSON_TYPE).filter((type) => whole.every((taken, other) => other === index || !taken.has(type))));
  const narrowed = alone.some((types, index) => types.length < (each[index] ?? EVERY_JSON_TYPE).length);
  return narrowed || each.every((types) => types !== undefined) ? [...new Set(alone.flat())] : undefined;
}

export const EVERY_JSON_TYPE: readonly JsonType[] = ["null", "boolean", "integer", "number", "string", "array", "object"];

/**
 * The JSON types `ref`'s values may have, from its kind or else from the values it lists; undefined when
 * unsure. `seen`: the names being asked about above (jsonTypesOf), so a name reached again through a
 * oneOf's variants answers unsure instead of asking again without end.
 */
export function admittedTypesOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string> = new Set()): readonly JsonType[] | undefined {
  return jsonTypesOf(model, ref, seen) ?? listedValuesOf(model, ref)?.map(jsonTypeOfValue);
}

/** Whether values of one JSON type can be values of the other: the same type, or integer and number. */
export function sameFamily(a: JsonType, b: JsonType): boolean {
  return a === b || ((a === "integer" || a === "number") && (b === "integer" || b === "number"));
}

/**
 * The JSON types every value of which `ref` takes: the open value's, a type's with no rules, every
 * other type of one naming no type (`not: {minLength: 2}` beside `type: array` admits no array: fuzz T,
 * seed 55006 2019-09), a union's or nullable's of those, and those of a type with rules around it each
 * about one type but the rules' (`not: {anyOf: [{minLength: 2}], maxProperties: 3}`). Only when sure.
 */
export function typesTakenWhole(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): ReadonlySet<JsonType> {
  const own = typesTakenWholeByKind(model, ref, seen);
  const family = typelessFamilyOf(ref);
  return family === undefined ? own : new Set([...own, ...EVERY_JSON_TYPE.filter((type) => familyOf(type) !== family)]);
}

/** The constraints whose value here every value of their type meets. */
const VACUOUS_CONSTRAINTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ["minLength", 0],
  ["minItems", 0],
  ["uniqueItems", false],
]);

function typesTakenWholeByKind(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): ReadonlySet<JsonType> {
  // A least length or count of 0 rules nothing out (`{items: {}, minItems: 0}` in an anyOf takes every
  // value, and its invalid instances were drawn until GENERATOR GAVE UP: fuzz Z, seed 60010 draft-04 index 1).
  const unruled = (constraints: object) => Object.entries(constraints).every(([key, value]) => VACUOUS_CONSTRAINTS.get(key) === value);
  switch (ref.kind) {
    case "unknown":
      return new Set(EVERY_JSON_TYPE);
    case "string":
    case "integer":
      return unruled(ref.constraints) ? new Set([ref.kind]) : new Set();
    case "number":
      return unruled(ref.constraints) ? new Set(["number", "integer"]) : new Set();
    case "boolean":
    case "null":
      return new Set([ref.kind]);
    // Items or values of every value, written as such or through a name (`unevaluatedProperties: {$ref:
    // …}` of `{}`: fuzz AD, seed 64008 OpenAPI 3.1 index 0, D0's items).
    case "array":
      return takesEveryValue(model, ref.items, seen) && unruled(ref.constraints) ? new Set(["array"]) : new Set();
    case "record":
      return takesEveryValue(model, ref.values, seen) ? new Set(["object"]) : new Set();
    case "nullable":
      return new Set([...typesTakenWhole(model, ref.type, seen), "null"]);
    case "constrained": {
      const passing = ref.assertions.map((assertion) => typesPassingWhole(model, assertion, seen));
      return new Set([...typesTakenWhole(model, ref.type, seen)].filter((type) => passing.every((types) => types.has(type))));
    }
    case "named": {
      if (seen.has(ref.name)) return new Set();
      const type = model.typesByName.get(ref.name);
      const within = new Set(seen).add(ref.name);
      if (type?.kind === "alias") return typesTakenWhole(model, type.type, within);
      // An object naming no type (`not: {required: [a]}`) lets every other JSON type through; every
      // object too when it asks nothing of one (`properties: {op: {}}`: its invalid instances gave up; sweep Y).
      if (type?.kind === "object") {
        const others = type.otherTypesPass ? EVERY_JSON_TYPE.filter((other) => other !== "object") : [];
        return new Set<JsonType>([...others, ...(takesEveryObject(model, type, within) ? (["object"] as const) : [])]);
      }
      // Variants of JSON types of their own (jsonType) or any of which may match (anyOf): each type one takes whole.
      if (type?.kind === "union" && (type.keyword === "anyOf" || type.rule === "jsonType")) return new Set(type.variants.flatMap((variant) => [...typesTakenWhole(model, variant.type, within)]));
      // A oneOf's variant takes a type whole for the union when no other variant admits a value of it:
      // `oneOf: [true, {enum: [false]}]` takes every array (fuzz X, seed 58003 2019-09 index 0).
      if (type?.kind === "union") {
        // Asked with the names above: flagd's targeting rules (`args: oneOf [reference, anyRule, primitive]`,
        // anyRule a oneOf of objects whose operands are arrays of args) came back here without end.
        const admitted = type.variants.map((variant) => admittedTypesOf(model, variant.type, within));
        return new Set(
          type.variants.flatMap((variant, index) =>
            [...typesTakenWhole(model, variant.type, within)].filter((jsonType) => admitted.every((types, other) => other === index || (types !== undefined && !types.some((type) => sameFamily(type, jsonType))))),
          ),
        );
      }
      return new Set();
    }
    default:
      return new Set();
  }
}

/** Whether `ref` takes whole every JSON type, and so every value. Only when sure. */
function takesEveryValue(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): boolean {
  return ref.kind === "unknown" || EVERY_JSON_TYPE.every((jsonType) => typesTakenWhole(model, ref, seen).has(jsonType));
}

/**
 * Whether every object passes `type`'s keywords: it requires no key, and its properties, patterns and
 * other keys each take every value (`properties: {op: {}}`, OpenAPI-style annotations only).
 */
function takesEveryObject(model: SchemaModel, type: ObjectType, seen: ReadonlySet<string>): boolean {
  const everyValue = (ref: TypeRef) => takesEveryValue(model, ref, seen);
  return (
    type.requiredWhen.length === 0 &&
    type.properties.every((property) => !property.required && everyValue(property.type)) &&
    type.patternProperties.every((entry) => everyValue(entry.type)) &&
    type.additionalProperties !== false &&
    everyValue(type.additionalProperties)
  );
}

/**
 * The JSON types every value of which passes `assertion`: every type but the one a rule about one type
 * is about; a `not`'s, the types its schema has no value of (`not: {type: boolean}` passes every
 * string); an `allOf` part's, those it takes whole; a conditional's, each type whose values all take a
 * branch that takes them whole (`if: {type: string}, else: {type: boolean}` passes every string and
 * every boolean: beside `not: {type: boolean}` in an anyOf, every value; fuzz U, seed 56010). Only when sure.
 */
function typesPassingWhole(model: SchemaModel, assertion: Assertion, seen: ReadonlySet<string>): ReadonlySet<JsonType> {
  const family = assertionFamily(assertion);
  if (family !== undefined) return new Set(EVERY_JSON_TYPE.filter((type) => familyOf(type) !== family));
  const takenWhole = (ref: TypeRef | undefined) => (ref === undefined ? new Set(EVERY_JSON_TYPE) : typesTakenWhole(model, ref, seen));
  switch (assertion.kind) {
    case "not": {
      if (admitsNoValue(assertion.type)) return new Set(EVERY_JSON_TYPE);
      const refused = jsonTypesOf(model, assertion.type, seen);
      return new Set(refused === undefined ? [] : EVERY_JSON_TYPE.filter((type) => !refused.includes(type)));
    }
    case "allOf":
      return takenWhole(assertion.type);
    case "conditional": {
      const [ifTypes, ifWhole, thenWhole, elseWhole] = [jsonTypesOf(model, assertion.if, seen), takenWhole(assertion.if), takenWhole(assertion.then), takenWhole(assertion.else)];
      // A value of a type the if has none of takes the else; one of a type the if takes whole, the then; any other, either.
      return new Set(
        EVERY_JSON_TYPE.filter((type) =>
          ifTypes !== undefined && !ifTypes.includes(type) ? elseWhole.has(type) : ifWhole.has(type) ? thenWhole.has(type) : thenWhole.has(type) && elseWhole.has(type),
        ),
      );
    }
    default:
      return new Set();
  }
}

/**
 * Every value `ref` may admit when it lists them: a constant's, an enum's naming no other values, and
 * those of a nullable one, one with rules around it, an alias of one or a union whose every variant lists its own (an enum of
 * several JSON types, `enum: [1.0, "1"]`, is a union of constants); else undefined. `seen`: the named
 * types entered, so an alias met again lists nothing.
 */
export function listedValuesOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string> = new Set()): readonly JsonValue[] | undefined {
  if (ref.kind === "literal") return [ref.value];
  if (ref.kind === "null") return [null];
  // Rules around a list admit some of its values only: all of them are still every value there is.
  if (ref.kind === "constrained") return listedValuesOf(model, ref.type, seen);
  if (ref.kind === "nullable") {
    const values = listedValuesOf(model, ref.type, seen);
    return values === undefined ? undefined : [null, ...values];
  }
  if (ref.kind !== "named" || seen.has(ref.name)) return undefined;
  const type = model.typesByName.get(ref.name);
  const inside = new Set(seen).add(ref.name);
  switch (type?.kind) {
    case "enum":
      return type.otherValues === undefined ? type.values : undefined;
    case "alias":
      return listedValuesOf(model, type.type, inside);
    case "union": {
      const lists = type.variants.map((variant) => listedValuesOf(model, variant.type, inside));
      return lists.every((values) => values !== undefined) ? lists.flat() : undefined;
    }
    default:
      return undefined;
  }
}
