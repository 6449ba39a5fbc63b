// The type of a schema no value satisfies (`false`, `not: {}`, an allOf whose parts contradict):
// any JSON value, with the assertion that it is not one. Validating targets reject every value;
// typed targets see the open JSON value, which in practice means "never present".
import { childPointer } from "../errors.ts";
import { patternMatchesKey } from "../jsonSchema/pattern.ts";
import { MATCH_ANY_KEY_PATTERNS } from "./translateObject.ts";
import type { Assertion, ConstrainedTypeRef, NumberConstraints, ObjectType, SchemaModel, TypeRef } from "./types.ts";

export function neverType(pointer: string): ConstrainedTypeRef {
  return { kind: "constrained", type: { kind: "unknown" }, assertions: [{ kind: "not", type: { kind: "unknown" }, pointer: childPointer(pointer, "not") }] };
}

/** True for the type `neverType` makes. */
export function isNeverType(type: TypeRef): boolean {
  return (
    type.kind === "constrained" &&
    type.type.kind === "unknown" &&
    type.assertions.length === 1 &&
    type.assertions[0]!.kind === "not" &&
    type.assertions[0]!.type.kind === "unknown"
  );
}

/**
 * True when no value satisfies `type`: among its rules is one no value passes, whatever type the
 * rules constrain (`{"type": "string"}` merged with `{"not": {}}`, the way a schema says a declared
 * property must be absent in one branch), not only the form `neverType` makes: `not` of the open
 * value, an `allOf` part that admits none, or a conditional whose every branch a value can take
 * admits none; or bounds that cross (boundsCross) on a value that must be of their type. (Named types
 * are not followed: model/uninhabitedTypes.ts does that.)
 */
export function admitsNoValue(type: TypeRef): boolean {
  if (type.kind === "constrained") return admitsNoValue(type.type) || type.assertions.some(rejectsEveryValue);
  // Bounds that cross leave no value of the type; a schema naming no type still lets every other JSON value through.
  return boundsCross(type) && !("otherTypesPass" in type && type.otherTypesPass);
}

/**
 * True for a place a typed decoder refuses every value at: its rules admit no value (admitsNoValue),
 * and it is not pinned to a constant. Swift spells such a place JSONAbsent, and the model's
 * decoder-only reading (ModelValidator's decoderOnly) takes no value there, so the two agree on which
 * union variant a value decodes into (a variant whose tuple's first place must be an integer and a
 * string takes no array with a first item). A constant keeps its own type: a union's or a property's
 * constant is compared as that type's value (Swift's matchVariant `constant:`), which a place taking
 * nothing cannot be. (An else case no value reaches, `if: true` beside `else: {const: "else"}`, is such
 * a constant.)
 */
export function decodesNoValue(type: TypeRef): boolean {
  return admitsNoValue(type) && valueTypeOf(type).kind !== "literal";
}

/** The reference under `nullable` and `constrained` wrappers: what the value is, rules aside. */
function valueTypeOf(type: TypeRef): TypeRef {
  return type.kind === "nullable" || type.kind === "constrained" ? valueTypeOf(type.type) : type;
}

/**
 * True when the bounds of a string, number or array leave no value of its JSON type: a length or
 * count whose minimum is above its maximum, a range with no number (or, for an integer, no integer)
 * in it. Only said when certain: a `multipleOf`, a pattern or a format is not weighed, and bounds past
 * ±(2^53 − 1), which doubles round together, are not compared.
 */
export function boundsCross(type: TypeRef): boolean {
  switch (type.kind) {
    case "string":
      return (type.constraints.minLength ?? 0) > (type.constraints.maxLength ?? Infinity);
    case "array":
    case "tuple":
      return (type.constraints.minItems ?? 0) > (type.constraints.maxItems ?? Infinity);
    case "integer":
    case "number":
      return rangeIsEmpty(type.constraints, type.kind === "integer");
    default:
      return false;
  }
}

/** True when no number (or, with `integer`, no integer) lies within `constraints`' bounds (said only where they are exact doubles). */
export function rangeIsEmpty(constraints: NumberConstraints, integer: boolean): boolean {
  const { minimum, exclusiveMinimum, maximum, exclusiveMaximum } = constraints;
  const bounds = [minimum, exclusiveMinimum, maximum, exclusiveMaximum].filter((bound) => bound !== undefined);
  if (bounds.some((bound) => Math.abs(bound) > Number.MAX_SAFE_INTEGER)) return false;
  const { low, high } = boundsOf(constraints);
  if (!integer) return low.at > high.at || (low.at === high.at && (low.open || high.open));
  const { least, most } = integersWithin(constraints);
  return least > most;
}

/** The tighter of each side's bounds, exclusive (open) when that is the exclusive one. */
function boundsOf(constraints: NumberConstraints): { readonly low: { at: number; open: boolean }; readonly high: { at: number; open: boolean } } {
  const { minimum, exclusiveMinimum, maximum, exclusiveMaximum } = constraints;
  const low = exclusiveMinimum !== undefined && (minimum === undefined || exclusiveMinimum >= minimum) ? { at: exclusiveMinimum, open: true } : { at: minimum ?? -Infinity, open: false };
  const high = exclusiveMaximum !== undefined && (maximum === undefined || exclusiveMaximum <= maximum) ? { at: exclusiveMaximum, open: true } : { at: maximum ?? Infinity, open: false };
  return { low, high };
}

/** The least and the most integer within `constraints`' bounds (infinite where unbounded). */
export function integersWithin(constraints: NumberConstraints): { readonly least: number; readonly most: number } {
  const { low, high } = boundsOf(constraints);
  return { least: low.open ? Math.floor(low.at) + 1 : Math.ceil(low.at), most: high.open ? Math.ceil(high.at) - 1 : Math.floor(high.at) };
}

/**
 * True when every value satisfies `type` as written here: the open value, alone or with rules that are
 * each a `not` of a type admitting none (`not: {not: {minLength: 2, maxLength: 1, type: string}}`
 * is a `not` of such a type, so no value). (Named types are not followed.)
 */
function takesEveryValue(type: TypeRef): boolean {
  if (type.kind === "unknown") return true;
  return type.kind === "constrained" && takesEveryValue(type.type) && type.assertions.every((assertion) => assertion.kind === "not" && admitsNoValue(assertion.type));
}

function rejectsEveryValue(assertion: Assertion): boolean {
  switch (assertion.kind) {
    case "not":
      return takesEveryValue(assertion.type);
    case "allOf":
      return admitsNoValue(assertion.type);
    case "conditional": {
      // An absent branch lets every value through; `if` of the open value always takes `then`, and `if` of none always `else`.
      const thenNone = assertion.then !== undefined && admitsNoValue(assertion.then);
      const elseNone = assertion.else !== undefined && admitsNoValue(assertion.else);
      return (thenNone && elseNone) || (assertion.if.kind === "unknown" && thenNone) || (admitsNoValue(assertion.if) && elseNone);
    }
    default:
      return false;
  }
}

/**
 * True when `type` is an object (one that must be an object: its schema names the type) whose rules
 * about objects no object of it meets: a `minProperties` / `maxProperties` with fewer keys than it
 * requires, or more than it can hold; or a key it requires that it cannot hold. The object is the
 * model's type `type` refers to, or a record (a map whose every key its values' rule takes).
 */
export function objectRulesAdmitNone(type: ConstrainedTypeRef, model: SchemaModel): boolean {
  const object = type.type.kind === "named" ? model.typesByName.get(type.type.name) : type.type;
  return (object?.kind === "object" || object?.kind === "record") && !object.otherTypesPass && noObjectMeetsItsRules(type, model);
}

/**
 * True when `type` is an object type or a record (one naming no type too, which lets values of other
 * JSON types through) whose rules about objects no object of it meets, as objectRulesAdmitNone reads
 * them. A record whose values admit no value holds no key (every key is its values'), so only `{}`:
 * `patternProperties: {".*": false}` beside `minProperties: 1` admits no object (found by fuzz BC, seed
 * 97002 2019-09 index 1, D2: the conformance run drew objects until GENERATOR GAVE UP; shrunk).
 */
export function noObjectMeetsItsRules(type: ConstrainedTypeRef, model: SchemaModel): boolean {
  if (type.type.kind === "record") return keyCountUnmet(type.assertions, admitsNoValue(type.type.values) ? 0 : Infinity, 0);
  const object = type.type.kind === "named" ? model.typesByName.get(type.type.name) : undefined;
  if (object?.kind !== "object") return false;
  const required = object.properties.filter((property) => property.required);
  const unheld = keysNeverHeld(object, type.assertions);
  const most = takesNoOtherKey(object) ? object.properties.filter((property) => !unheld.has(property.name)).length : Infinity;
  if (required.some((property) => unheld.has(property.name))) return true;
  return keyCountUnmet(type.assertions, most, required.length);
}

/** True when a `minProperties` / `maxProperties` among `assertions` asks for more keys than an object can hold (`most`), or fewer than it must (`least`). */
function keyCountUnmet(assertions: readonly Assertion[], most: number, least: number): boolean {
  return assertions.some((assertion) => assertion.kind === "propertyCount" && ((assertion.min ?? 0) > Math.min(most, assertion.max ?? Infinity) || (assertion.max ?? Infinity) < least));
}

/**
 * The keys no object of `object` (with `assertions` around it) holds: a declared one that admits no
 * value, one whose `dependentSchemas` no object satisfies (`{type: number}`), and one whose
 * `dependentRequired` names a key it cannot hold: in a closed object (neither a pattern nor
 * `additionalProperties` takes another key) an undeclared one (`dependentRequired: {a: [b]}` beside
 * `properties: {a, c}, additionalProperties: false` holds no a: fuzz X, seed 58001 2019-09, where
 * `minProperties: 2` left no object and its `not` took every value, drawn until GENERATOR GAVE UP).
 */
function keysNeverHeld(object: ObjectType, assertions: readonly Assertion[]): Set<string> {
  const closed = takesNoOtherKey(object);
  const declared = new Set(object.properties.map((property) => property.name));
  const unheld = new Set(object.properties.filter((property) => admitsNoValue(property.type) || refusedByAPattern(object, property.name)).map((property) => property.name));
  for (const assertion of assertions) if (assertion.kind === "dependentSchema" && admitsNoObject(assertion.type)) unheld.add(assertion.property);
  const held = (key: string) => !unheld.has(key) && (!closed || declared.has(key));
  for (let changed = true; changed; ) {
    changed = false;
    for (const assertion of assertions)
      if (assertion.kind === "dependentRequired" && held(assertion.property) && !assertion.require.every(held)) {
        unheld.add(assertion.property);
        changed = true;
      }
  }
  return unheld;
}

/**
 * Whether `object` holds only its declared keys: neither a pattern nor `additionalProperties` takes
 * another, or a pattern of no value matches every key (MATCH_ANY_KEY_PATTERNS), whatever the others take.
 */
function takesNoOtherKey(object: ObjectType): boolean {
  const everyKeyRefused = object.patternProperties.some((entry) => MATCH_ANY_KEY_PATTERNS.has(entry.pattern) && admitsNoValue(entry.type));
  return everyKeyRefused || ((object.additionalProperties === false || admitsNoValue(object.additionalProperties)) && object.patternProperties.every((entry) => admitsNoValue(entry.type)));
}

/**
 * Whether a pattern of `object` whose rule admits no value matches `key`: a pattern's rule holds for a
 * declared key it matches too, so `properties: {on: {type: boolean}}` beside `patternProperties: {".*":
 * false}` holds no `on` (found by fuzz BC, seed 97002 2019-09 index 1, D2, whose `minProperties: 1`
 * then left no object).
 */
function refusedByAPattern(object: ObjectType, key: string): boolean {
  return object.patternProperties.some((entry) => admitsNoValue(entry.type) && patternMatchesKey(entry.pattern, key));
}

/** True when no object satisfies `type`: it admits no value, or only values of another JSON type. (Named types are not followed.) */
function admitsNoObject(type: TypeRef): boolean {
  if (admitsNoValue(type)) return true;
  switch (type.kind) {
    case "string":
    case "integer":
    case "number":
    case "array":
    case "tuple":
      return !type.otherTypesPass;
    case "boolean":
    case "null":
      return true;
    case "literal":
      return typeof type.value !== "object" || Array.isArray(type.value);
    // null is no object either: an OpenAPI `nullable` number admits none (fuzz X, seed 57002 2019-09, D0: drawn until GENERATOR GAVE UP).
    case "constrained":
    case "nullable":
      return admitsNoObject(type.type);
    default:
      return false;
  }
}
