// Whether every value one model type takes, another takes too, read from the model only where that is
// certain: any value, the same type (an object type by its properties and rules), a type without
// constraints and its constants or narrower types of it (JSON Schema's `number` takes integers), null
// beside a type, arrays, tuples and maps of such items, rules on a type (they only narrow it). Anything
// else is "not known", never a guess. The first-match order reads it (narrowerVariantsFirst).
import { stableKey } from "../json/stable.ts";
import { typeNamed } from "./schemaModel.ts";
import type { ObjectType, SchemaModel, TupleTypeRef, TypeRef, Typeless } from "./types.ts";

/** How deep takesEvery reads before "not known": a recursion the two types share ends here. */
const MOST_STEPS = 12;

/** Whether every value `narrower` takes, `wider` takes too (false: not known). */
export function takesEvery(model: SchemaModel, wider: TypeRef, narrower: TypeRef, steps = 0): boolean {
  if (steps > MOST_STEPS) return false;
  const next = steps + 1;
  const a = aliasedType(model, wider);
  const b = aliasedType(model, narrower);
  if (a.kind === "unknown" || valuesKey(model, a) === valuesKey(model, b)) return true;
  // Rules only narrow what their type takes.
  if (b.kind === "constrained") return takesEvery(model, a, b.type, next);
  if (b.kind === "null") return a.kind === "nullable";
  if (a.kind === "nullable") return takesEvery(model, a.type, b.kind === "nullable" ? b.type : b, next);
  // A schema naming no type lets the other JSON types through too (where the validating targets judge).
  if (isTypeless(b) && !isTypeless(a)) return false;
  switch (a.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return !hasConstraints(a) && scalarsOf(model, b)?.every((value) => takesScalar(a.kind, value)) === true;
    case "array":
      if (hasConstraints(a)) return false;
      if (b.kind === "array") return takesEvery(model, a.items, b.items, next);
      return b.kind === "tuple" && itemsOf(b).every((item) => takesEvery(model, a.items, item, next));
    case "tuple":
      return !hasConstraints(a) && (b.kind === "tuple" || b.kind === "array") && tupleTakesEvery(model, a, b.kind === "array" ? { kind: "tuple", prefixItems: [], rest: b.items, constraints: b.constraints } : b, next);
    case "record":
      return b.kind === "record" && takesEvery(model, a.values, b.values, next);
    default:
      return false;
  }
}

/** What a named alias stands for, followed (a bounded number of times: an alias cycle is refused before targets run). */
function aliasedType(model: SchemaModel, ref: TypeRef): TypeRef {
  let current = ref;
  for (let step = 0; step < MOST_STEPS && current.kind === "named"; step++) {
    const named = typeNamed(model, current.name);
    if (named.kind !== "alias") break;
    current = named.type;
  }
  return current;
}

function isTypeless(ref: TypeRef): boolean {
  return (ref as Typeless).otherTypesPass === true;
}

function hasConstraints(ref: TypeRef): boolean {
  return "constraints" in ref && Object.values(ref.constraints).some((value) => value !== undefined);
}

/** The values of a type that is only scalars of listed values or of one JSON type (a constant, an enum, a type); undefined for anything else. */
type Scalar = { readonly kind: "value"; readonly value: string | number | boolean } | { readonly kind: "string" | "integer" | "number" | "boolean" };
function scalarsOf(model: SchemaModel, ref: TypeRef): Scalar[] | undefined {
  switch (ref.kind) {
    case "literal":
      return typeof ref.value === "object" ? undefined : [{ kind: "value", value: ref.value }];
    case "string":
    case "integer":
    case "number":
    case "boolean":
      return [{ kind: ref.kind }];
    case "named": {
      const named = typeNamed(model, ref.name);
      if (named.kind !== "enum") return undefined;
      const values: Scalar[] = named.values.map((value) => ({ kind: "value", value }));
      return named.otherValues === undefined ? values : [...values, { kind: named.otherValues.kind }];
    }
    default:
      return undefined;
  }
}

/** Whether a type of `kind` without constraints takes `scalar`: JSON Schema's `number` takes integers too. */
function takesScalar(kind: "string" | "integer" | "number" | "boolean", scalar: Scalar): boolean {
  if (scalar.kind !== "value") return scalar.kind === kind || (kind === "number" && scalar.kind === "integer");
  const { value } = scalar;
  if (kind === "string" || kind === "boolean") return typeof value === kind;
  return typeof value === "number" && (kind === "number" || Number.isInteger(value));
}

/** Every item type an array of the tuple's may hold: its prefix and its rest. */
function itemsOf(tuple: TupleTypeRef): TypeRef[] {
  return tuple.rest === false ? [...tuple.prefixItems] : [...tuple.prefixItems, tuple.rest];
}

/** Whether, place by place, the wider tuple takes every item the narrower one may hold there. */
function tupleTakesEvery(model: SchemaModel, wider: TupleTypeRef, narrower: TupleTypeRef, steps: number): boolean {
  const places = Math.max(wider.prefixItems.length, narrower.prefixItems.length);
  for (let index = 0; index <= places; index++) {
    // `places` itself stands for every place past both prefixes: the two rests.
    const item = index < places ? (narrower.prefixItems[index] ?? narrower.rest) : narrower.rest;
    if (item === false) return true;
    const taker = index < places ? (wider.prefixItems[index] ?? wider.rest) : wider.rest;
    if (taker === false || !takesEvery(model, taker, item, steps)) return false;
  }
  return true;
}

/** One key for types that take the same values: a named object type by its properties and rules, anything else as it is written. */
export function valuesKey(model: SchemaModel, type: TypeRef): string {
  if (type.kind !== "named") return stableKey(type);
  const named = typeNamed(model, type.name);
  return named.kind === "object" ? `object:${objectValuesKey(named)}` : stableKey(type);
}

/** What an object type's values are made of, without its name, place and documentation. */
function objectValuesKey(type: ObjectType): string {
  let key = objectKeys.get(type);
  if (key === undefined) objectKeys.set(type, (key = spellObjectValuesKey(type)));
  return key;
}

/**
 * objectValuesKey, once per object type (types are never changed once built): the first-match order
 * compares every two variants of a union, so each variant's key was spelled once per other variant.
 */
const objectKeys = new WeakMap<ObjectType, string>();

function spellObjectValuesKey(type: ObjectType): string {
  const properties = type.properties.map((property) => [property.name, property.required, property.type]);
  const patterns = type.patternProperties.map((pattern) => [pattern.pattern, pattern.type]);
  return stableKey([properties, patterns, type.additionalProperties, type.requiredWhen, type.otherTypesPass ?? false]);
}
