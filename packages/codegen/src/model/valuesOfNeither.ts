// Whether two types share no value, and so whether an array's `contains` can ever be met by its items:
// `items: {type: array, minItems: 1, items: {type: object}}` beside `contains: {items: {type: string}}`
// holds only non-empty arrays of objects, none of which is an array of strings, so no array meets the
// contains and the schema admits no value (found by fuzz AM, seed 73005 OpenAPI 3.1 index 1, D2: the
// conformance run drew instances for minutes; shrunk). Told by JSON types and, where both are arrays,
// by their lengths and their items at each place every array of both holds, and where both are numbers
// by their bounds. Only said when certain: what is not read (a pattern, an object's keys, a
// uniqueItems) counts as shared.
import { EVERY_JSON_TYPE, jsonTypesOf, listedValuesOf } from "./jsonTypes.ts";
import { isMultipleOf } from "./modelValidator.ts";
import { patternMatchesKey } from "../jsonSchema/pattern.ts";
import { admitsNoValue, integersWithin, rangeIsEmpty } from "./neverType.ts";
import type { ArrayTypeRef, Assertion, ConstrainedTypeRef, NumberConstraints, ObjectType, Property, RecordTypeRef, SchemaModel, TupleTypeRef, TypeRef } from "./types.ts";

type ArrayShape = ArrayTypeRef | TupleTypeRef;
type Contains = Extract<Assertion, { kind: "contains" }>;

/** How deep into items of items the comparison goes: past it, two types are taken to share a value (recursive types end there). */
const DEEPEST = 8;

/** True when no value satisfies both `a` and `b`. */
export function noValueIsBoth(model: SchemaModel, a: TypeRef, b: TypeRef): boolean {
  return valuesOfNeither(model, a, b, 0);
}

/**
 * True when `type` holds arrays only (its own type is an array that lets no other JSON value through)
 * and one of its `contains` rules no such array meets: its minContains is above its maxContains or
 * above the array's maxItems (`maxItems: 0`), it asks for an item of no value, or fewer of the array's
 * places than it asks for may hold an item of it (an array whose items share no value with it).
 * `hasValue` tells whether the contains' schema admits a value (the caller's reading of named types).
 */
export function containsNoItemMeets(model: SchemaModel, type: ConstrainedTypeRef, hasValue: (ref: TypeRef) => boolean = (ref) => !admitsNoValue(ref)): boolean {
  const types = jsonTypesOf(model, type.type, new Set());
  if (types === undefined || types.length !== 1 || types[0] !== "array") return false;
  const shapes = arrayShapesOf(model, type.type, new Set());
  return type.assertions.some(
    (assertion) =>
      assertion.kind === "contains" &&
      assertion.min > 0 &&
      (assertion.min > (assertion.max ?? Infinity) || !hasValue(assertion.type) || (shapes !== undefined && shapes.every((shape) => placesMayMeet(model, shape, assertion) < assertion.min))),
  );
}

/** How many items of an array of `shape` may be the contains' (within its maxItems); Infinity where unbounded. */
function placesMayMeet(model: SchemaModel, shape: ArrayShape, contains: Contains): number {
  const mayBe = (item: TypeRef) => !valuesOfNeither(model, item, contains.type, 0);
  const most = shape.constraints.maxItems ?? Infinity;
  if (shape.kind === "array") return mayBe(shape.items) ? most : 0;
  const places = shape.prefixItems.slice(0, most).filter(mayBe).length;
  return shape.rest === false || most <= shape.prefixItems.length || !mayBe(shape.rest) ? places : places + (most - shape.prefixItems.length);
}

function valuesOfNeither(model: SchemaModel, a: TypeRef, b: TypeRef, depth: number): boolean {
  if (admitsNoValue(a) || admitsNoValue(b)) return true;
  if (depth > DEEPEST) return false;
  const typesOfB = jsonTypesOf(model, b, new Set()) ?? EVERY_JSON_TYPE;
  const common = (jsonTypesOf(model, a, new Set()) ?? EVERY_JSON_TYPE).filter((type) => typesOfB.includes(type));
  return common.every(
    (type) =>
      (type === "array" && noArrayIsBoth(model, a, b, depth)) ||
      (type === "object" && noObjectIsBoth(model, a, b, depth)) ||
      ((type === "integer" || type === "number") && noNumberIsBoth(model, a, b, type)),
  );
}

/** The most integers between two types' bounds whose multipleOf rules are tried one by one. */
const MOST_INTEGERS_TRIED = 64;

/**
 * Whether no number of JSON type `type` (an integer, or any number) is both `a`'s and `b`'s: their
 * bounds together leave no such number (rangeIsEmpty), or none of the few integers between them (up to
 * MOST_INTEGERS_TRIED) is a multiple of both types' multipleOf. `items: {type: integer, minimum: 1,
 * maximum: 7}` beside `contains: {type: integer, maximum: 2, multipleOf: 1.5}` holds no array (found by
 * fuzz BC, seed 98001 draft-07 index 1: the conformance run drew arrays until GENERATOR GAVE UP;
 * shrunk). Where more integers lie between them their multipleOf rules are not read: leaving a rule
 * out only keeps two types sharing a value.
 */
function noNumberIsBoth(model: SchemaModel, a: TypeRef, b: TypeRef, type: "integer" | "number"): boolean {
  const one = numberConstraintsOf(model, a, new Set());
  const other = numberConstraintsOf(model, b, new Set());
  const both: NumberConstraints = {
    minimum: tighter(Math.max, one.minimum, other.minimum),
    exclusiveMinimum: tighter(Math.max, one.exclusiveMinimum, other.exclusiveMinimum),
    maximum: tighter(Math.min, one.maximum, other.maximum),
    exclusiveMaximum: tighter(Math.min, one.exclusiveMaximum, other.exclusiveMaximum),
  };
  if (rangeIsEmpty(both, type === "integer")) return true;
  const multiplesOf = [one.multipleOf, other.multipleOf].filter((divisor) => divisor !== undefined);
  const { least, most } = integersWithin(both);
  // Only safe integers are counted one by one (past 2^53 an increment may not move).
  if (type !== "integer" || multiplesOf.length === 0 || !Number.isSafeInteger(least) || !Number.isSafeInteger(most) || most - least >= MOST_INTEGERS_TRIED) return false;
  for (let value = least; value <= most; value++) if (multiplesOf.every((divisor) => isMultipleOf(value, divisor))) return false;
  return true;
}

/** The tighter of two bounds, either of which may be absent. */
function tighter(pick: (x: number, y: number) => number, x: number | undefined, y: number | undefined): number | undefined {
  return x === undefined ? y : y === undefined ? x : pick(x, y);
}

/** The bounds and multipleOf of `ref`'s numbers: its own number or integer constraints, through rules around it, aliases and numeric constants. */
function numberConstraintsOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): NumberConstraints {
  switch (ref.kind) {
    case "integer":
    case "number":
      return ref.constraints;
    case "literal":
      return typeof ref.value === "number" ? { minimum: ref.value, maximum: ref.value } : {};
    case "constrained":
      return numberConstraintsOf(model, ref.type, seen);
    case "named": {
      const named = model.typesByName.get(ref.name);
      if (named?.kind !== "alias" || seen.has(ref.name)) return {};
      return numberConstraintsOf(model, named.type, new Set(seen).add(ref.name));
    }
    default:
      return {};
  }
}

/**
 * Whether no object is both `a`'s and `b`'s: one requires a key the other's objects cannot hold, or
 * whose value must be of a type that shares no value with what the other takes at that key.
 * `items: {required: [a, kind, class]}` beside `contains: {type: object, additionalProperties: false,
 * propertyNames: {enum: [a, b, kind, x-1]}}` holds no array (found by fuzz AU, seed 91001 draft-07
 * index 1, D0: the conformance run drew arrays until its 300 s timeout; shrunk); nor does `items:
 * {patternProperties: {".*": {enum: [false, null]}}}` beside `contains: {required: [kind], properties:
 * {kind: {const: "v0"}}}` (fuzz BC, seed 99003 2020-12 index 1, D2: drawn until GENERATOR GAVE UP; shrunk).
 */
function noObjectIsBoth(model: SchemaModel, a: TypeRef, b: TypeRef, depth: number): boolean {
  const requiresAKeyTheOtherRefuses = (one: TypeRef, other: TypeRef) =>
    requiredPropertiesOf(model, one).some(
      (property) => noObjectHoldsKey(model, other, property.name, new Set()) || rulesAtKey(model, other, property.name).some((rule) => valuesOfNeither(model, property.type, rule, depth + 1)),
    );
  const casesOfB = objectCasesOf(model, b, new Set());
  return objectCasesOf(model, a, new Set()).every((one) => casesOfB.every((other) => requiresAKeyTheOtherRefuses(one, other) || requiresAKeyTheOtherRefuses(other, one)));
}

/**
 * The types every object of `ref` is one of: a union's variants that may be objects (each read so in
 * turn: the 99003 contains was an anyOf of three objects, each requiring its own `kind`), else `ref`
 * itself. Rules around a union are left out: leaving a rule out only keeps two types sharing a value.
 */
function objectCasesOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): readonly TypeRef[] {
  const core = ref.kind === "constrained" ? ref.type : ref;
  if (core.kind !== "named" || seen.has(core.name)) return [ref];
  const named = model.typesByName.get(core.name);
  const within = new Set(seen).add(core.name);
  if (named?.kind === "alias") return objectCasesOf(model, named.type, within);
  if (named?.kind !== "union") return [ref];
  const mayBeObjects = named.variants.filter((variant) => (jsonTypesOf(model, variant.type, new Set()) ?? EVERY_JSON_TYPE).includes("object"));
  return mayBeObjects.flatMap((variant) => objectCasesOf(model, variant.type, within));
}

/** The properties every object of `ref` holds: its object type's required ones (rules around it only add to them). */
function requiredPropertiesOf(model: SchemaModel, ref: TypeRef): readonly Property[] {
  const shape = objectShapeOf(model, ref, new Set());
  return shape?.kind === "object" ? shape.properties.filter((property) => property.required) : [];
}

/**
 * The object type or record every object of `ref` is, seen through the rules around it and aliases;
 * none for any other type, or a reference met again.
 */
function objectShapeOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): ObjectType | RecordTypeRef | undefined {
  if (ref.kind === "constrained") return objectShapeOf(model, ref.type, seen);
  if (ref.kind === "record") return ref;
  if (ref.kind !== "named" || seen.has(ref.name)) return undefined;
  const named = model.typesByName.get(ref.name);
  if (named?.kind === "alias") return objectShapeOf(model, named.type, new Set(seen).add(ref.name));
  return named?.kind === "object" ? named : undefined;
}

/**
 * Rules the value at `key` of every object of `ref` must meet: a record's values; an object type's
 * declared property and each of its patterns matching the key (patternMatchesKey), or where neither
 * takes the key, its additionalProperties. None where that is not told (any value, a union, a
 * reference met again); rules around a type only add to them.
 */
function rulesAtKey(model: SchemaModel, ref: TypeRef, key: string): readonly TypeRef[] {
  const shape = objectShapeOf(model, ref, new Set());
  if (shape?.kind === "record") return [shape.values];
  if (shape?.kind !== "object") return [];
  const declared = shape.properties.filter((property) => property.name === key).map((property) => property.type);
  const matching = shape.patternProperties.filter((entry) => patternMatchesKey(entry.pattern, key)).map((entry) => entry.type);
  if (declared.length > 0 || matching.length > 0) return [...declared, ...matching];
  return shape.additionalProperties === false ? [] : [shape.additionalProperties];
}

/**
 * Whether no object of `ref` may hold `key`: its object type declares it of no value, or declares it
 * not and takes no other key (`additionalProperties: false`, no patterns: what a pattern matches is
 * not read), or a `propertyNames` around it lists the names it takes, without `key`. Only when sure.
 */
function noObjectHoldsKey(model: SchemaModel, ref: TypeRef, key: string, seen: ReadonlySet<string>): boolean {
  if (ref.kind === "constrained") {
    const refusedByName = ref.assertions.some((assertion) => assertion.kind === "propertyNames" && (listedValuesOf(model, assertion.type)?.every((name) => name !== key) ?? false));
    return refusedByName || noObjectHoldsKey(model, ref.type, key, seen);
  }
  if (ref.kind !== "named" || seen.has(ref.name)) return false;
  const named = model.typesByName.get(ref.name);
  const within = new Set(seen).add(ref.name);
  if (named?.kind === "alias") return noObjectHoldsKey(model, named.type, key, within);
  if (named?.kind !== "object") return false;
  const declared = named.properties.find((property) => property.name === key);
  if (declared !== undefined) return admitsNoValue(declared.type);
  return named.patternProperties.length === 0 && (named.additionalProperties === false || admitsNoValue(named.additionalProperties));
}

/** Whether no array is both `a`'s and `b`'s: each pair of their array shapes shares none. */
function noArrayIsBoth(model: SchemaModel, a: TypeRef, b: TypeRef, depth: number): boolean {
  const [shapesOfA, shapesOfB] = [arrayShapesOf(model, a, new Set()), arrayShapesOf(model, b, new Set())];
  if (shapesOfA === undefined || shapesOfB === undefined) return false;
  return shapesOfA.every((first) => shapesOfB.every((second) => shapesShareNoArray(model, first, second, depth)));
}

/**
 * Whether no array is of both shapes: no length both allow, or a place every array of both holds (below
 * the least length both allow) where their items share no value. The empty array is each one's whose
 * minItems is 0, so two such shapes always share it.
 */
function shapesShareNoArray(model: SchemaModel, first: ArrayShape, second: ArrayShape, depth: number): boolean {
  const least = Math.max(first.constraints.minItems ?? 0, second.constraints.minItems ?? 0);
  const most = Math.min(first.constraints.maxItems ?? Infinity, second.constraints.maxItems ?? Infinity);
  if (least > most) return true;
  // Past both prefixes every place holds the same pair of rules: the first such place tells for all.
  const placesToRead = Math.min(least, Math.max(prefixLength(first), prefixLength(second)) + 1);
  for (let place = 0; place < placesToRead; place++) {
    const [one, other] = [itemAt(first, place), itemAt(second, place)];
    if (one === false || other === false || valuesOfNeither(model, one, other, depth + 1)) return true;
  }
  return false;
}

function prefixLength(shape: ArrayShape): number {
  return shape.kind === "tuple" ? shape.prefixItems.length : 0;
}

/** The rule for an array's item at `place`: false where the shape holds none there. */
function itemAt(shape: ArrayShape, place: number): TypeRef | false {
  return shape.kind === "array" ? shape.items : (shape.prefixItems[place] ?? shape.rest);
}

/**
 * The array types every array value of `ref` is one of (an array type naming no type, Typeless, is its
 * own arrays' rule); none where it holds no array; undefined where its arrays are not told (any
 * value, a constant array, a reference met again).
 */
function arrayShapesOf(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): readonly ArrayShape[] | undefined {
  switch (ref.kind) {
    case "array":
    case "tuple":
      return [ref];
    // Rules around a type only narrow its values; null is no array.
    case "constrained":
    case "nullable":
      return arrayShapesOf(model, ref.type, seen);
    case "literal":
      return Array.isArray(ref.value) ? undefined : [];
    case "unknown":
      return undefined;
    case "named": {
      if (seen.has(ref.name)) return undefined;
      const named = model.typesByName.get(ref.name);
      const within = new Set(seen).add(ref.name);
      switch (named?.kind) {
        case "object":
          return named.otherTypesPass ? undefined : [];
        // An enum's values are scalars, of its own type or its other values' (a string's, a number's).
        case "enum":
          return [];
        case "alias":
          return arrayShapesOf(model, named.type, within);
        case "union": {
          const each = named.variants.map((variant) => arrayShapesOf(model, variant.type, within));
          return each.every((shapes) => shapes !== undefined) ? each.flat() : undefined;
        }
        default:
          return undefined;
      }
    }
    default:
      return [];
  }
}
