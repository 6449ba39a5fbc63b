// The named types no JSON value satisfies: a definition that is `false` or `not: {}`, whose `allOf`
// parts contradict, that requires a property of such a type, or that must contain itself (a tree
// whose every node must have a child: JSON values are finite). Such a definition is valid JSON Schema
// and every target renders it, but nothing can ever be sent as it, which is rarely what its author
// meant, so gen warns (and `--strict` refuses it).
//
// A least fixpoint: a type is inhabited once a value of it can be built from values of types already
// known to be inhabited, starting from none. Every rule only ever answers "no value" when that is
// certain (a rule the analysis does not weigh, a `pattern` or a bound, counts as satisfiable), so the
// warning is never wrong; it may stay silent on a contradiction the model keeps as rules.
import type { JsonValue } from "../json/types.ts";
import { ModelValidator } from "./modelValidator.ts";
import { admitsNoValue, objectRulesAdmitNone } from "./neverType.ts";
import { containsNoItemMeets } from "./valuesOfNeither.ts";
import { namedRefsIn, refsOfType } from "./walk.ts";
import type { NamedType, SchemaModel, TypeRef } from "./types.ts";

export interface UninhabitedType {
  readonly type: NamedType;
  /** Why no value satisfies it, in words, naming what it needs that admits none. */
  readonly why: string;
}

export function uninhabitedTypes(model: SchemaModel): UninhabitedType[] {
  const inhabited = inhabitedTypeNames(model);
  const quiet = casesNoValueTakes(model, inhabited);
  const found = model.types.filter((type) => !inhabited.has(type.name) && !quiet.has(type.name));
  const wholes = wholesOfTheirPlace(model, found);
  const parts = new Set([...wholes.values()].map((part) => part.name));
  const reported = oneAtEachPlace(model, found.filter((type) => !parts.has(type.name)));
  return reported.map((type) => ({ type, why: whyNoValue(model, wholes.get(type.name) ?? type, inhabited) }));
}

/** The names of the types some JSON value satisfies, as far as the analysis tells (every other admits none). */
export function inhabitedTypeNames(model: SchemaModel): ReadonlySet<string> {
  const inhabited = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const type of model.types) {
      if (inhabited.has(type.name) || !namedTypeHasValue(model, type, inhabited)) continue;
      inhabited.add(type.name);
      grew = true;
    }
  }
  return inhabited;
}

/**
 * One type for each place among `found`: a schema read again with keywords beside the ref that names
 * it is made again, and its parts keep their own pointers (protoc-gen-jsonschema writes every message
 * field as `{$ref: "#/definitions/…PublicKey", additionalProperties: false}`, which AJV reads as the
 * ref and its sibling, a union of its own). Sigstore's TrustedRoot, whose PublicKey's `oneOf` requires
 * keys it does not declare, had each of those variants warned of twice at one place (found by sweep
 * AS), once by the copy's name (TransparencyLogInstancePublicKeyRawBytes). The place is reported once,
 * by the type the schema around it as written holds (its definition's union holds PublicKeyWithRawBytes);
 * where none does, by the first made.
 */
function oneAtEachPlace(model: SchemaModel, found: readonly NamedType[]): NamedType[] {
  const atPlace = new Map<string, NamedType[]>();
  for (const type of found) atPlace.set(type.pointer, [...(atPlace.get(type.pointer) ?? []), type]);
  const heldByItsSurroundings = (type: NamedType): boolean =>
    model.types.some((holder) => holder !== type && isAncestorPointer(holder.pointer, type.pointer) && refsOfType(holder).some(({ ref }) => namedRefsIn(ref).includes(type.name)));
  const chosen = new Set([...atPlace.values()].map((alike) => (alike.length === 1 ? alike[0]! : (alike.find(heldByItsSurroundings) ?? alike[0]!))));
  return found.filter((type) => chosen.has(type));
}

/** Whether `outer` is a pointer to a schema holding the one at `inner` (not the same place). */
function isAncestorPointer(outer: string, inner: string): boolean {
  return inner.startsWith(`${outer}/`);
}

/**
 * The types among `found` that are an alias of rules around another of them at their own place, each
 * with that part: a definition with rules beside its object (STIX 2.1's incident, `not` beside the
 * properties its core gives it) is the alias Incident of IncidentValue with the rules, one schema at one
 * pointer. Both were reported, one warning twice over at that place (found by sweep AC); the place is
 * reported once, by the name its author gave, with what its part needs that admits no value.
 */
function wholesOfTheirPlace(model: SchemaModel, found: readonly NamedType[]): Map<string, NamedType> {
  const names = new Set(found.map((type) => type.name));
  const wholes = new Map<string, NamedType>();
  for (const type of found) {
    if (type.kind !== "alias") continue;
    let core = type.type;
    while (core.kind === "constrained") core = core.type;
    const part = core.kind === "named" && names.has(core.name) ? model.typesByName.get(core.name) : undefined;
    if (part !== undefined && part.pointer === type.pointer) wholes.set(type.name, part);
  }
  return wholes;
}

/**
 * The types that are only cases no value takes of a union other cases give values to, or are held
 * only by such (an object's property inside such a case): no place a value could be sent. The model splits a schema into the cases of
 * which keys are present (`dependentSchemas`, an `if` beside `unevaluatedProperties`), and some
 * combinations contradict (`dependentSchemas: {flag: {properties: {kind: {const: "array"}}}}` beside
 * `if: {kind: "object"}`): Dash Platform's document meta-schema drew two dozen warnings about such
 * cases, named by the model and at pointers the document does not have, while every one of its
 * definitions admits values. A definition (or the root) is always reported: the author named it.
 */
function casesNoValueTakes(model: SchemaModel, inhabited: ReadonlySet<string>): ReadonlySet<string> {
  const holders = new Map<string, { holder: NamedType; asVariant: boolean }[]>();
  for (const holder of model.types) {
    const variants = holder.kind === "union" ? new Set(holder.variants.map((variant) => variant.type)) : new Set<TypeRef>();
    for (const { ref } of refsOfType(holder)) {
      for (const name of namedRefsIn(ref)) holders.set(name, [...(holders.get(name) ?? []), { holder, asVariant: ref.kind === "named" && variants.has(ref) }]);
    }
  }
  const rootName = model.root?.kind === "named" ? model.root.name : undefined;
  const quiet = new Set(model.types.filter((type) => type.name !== rootName && !isDefinitionPointer(type.pointer)).map((type) => type.name));
  // Greatest fixpoint: a type stays quiet while every holder is itself quiet or, for a type no value
  // satisfies, an inhabited union holding it as a case.
  for (let shrank = true; shrank; ) {
    shrank = false;
    for (const name of quiet) {
      const held = holders.get(name) ?? [];
      const hidden = held.length > 0 && held.every(({ holder, asVariant }) => quiet.has(holder.name) || (asVariant && !inhabited.has(name) && inhabited.has(holder.name)));
      if (!hidden) {
        quiet.delete(name);
        shrank = true;
      }
    }
  }
  return quiet;
}

/** Whether a type was written as a definition: `/definitions/X` or `/$defs/X`. */
function isDefinitionPointer(pointer: string): boolean {
  return /^\/(?:definitions|\$defs)\/[^/]+$/.test(pointer);
}

function namedTypeHasValue(model: SchemaModel, type: NamedType, inhabited: ReadonlySet<string>): boolean {
  const has = (ref: TypeRef) => hasValue(model, ref, inhabited);
  switch (type.kind) {
    case "object":
      return type.otherTypesPass === true || type.properties.every((property) => !property.required || has(property.type));
    case "union":
      return type.variants.some((variant) => has(variant.type));
    case "enum":
      return type.values.length > 0 || type.otherValues !== undefined;
    case "alias":
      return has(type.type);
  }
}

/** For a type the fixpoint left uninhabited: the first thing it needs that admits no value. */
function whyNoValue(model: SchemaModel, type: NamedType, inhabited: ReadonlySet<string>): string {
  const describe = (ref: TypeRef): string => (ref.kind === "named" ? ` (${ref.name})` : "");
  switch (type.kind) {
    case "object": {
      const property = type.properties.find((candidate) => candidate.required && !hasValue(model, candidate.type, inhabited))!;
      return `its required property "${property.name}"${describe(property.type)} admits no value`;
    }
    case "union":
      return "none of its variants admits a value";
    case "enum":
      return "it lists no value";
    case "alias":
      return type.type.kind === "named" ? `it is ${type.type.name}, which admits no value` : "its rules contradict, or what it must hold admits no value";
  }
}

/** Whether some JSON value satisfies `type`, given the names of the types some value satisfies (inhabitedTypeNames). */
export function hasValue(model: SchemaModel, type: TypeRef, inhabited: ReadonlySet<string>): boolean {
  const has = (ref: TypeRef) => hasValue(model, ref, inhabited);
  if (admitsNoValue(type)) return false;
  switch (type.kind) {
    case "named":
      return inhabited.has(type.name);
    case "constrained": {
      const listed = listedValuesOf(model, type.type);
      if (listed !== undefined) return listed.some((value) => validatorOf(model).validates(type, value));
      return !objectRulesAdmitNone(type, model) && !containsNoItemMeets(model, type, has) && has(type.type);
    }
    case "array":
      return type.otherTypesPass === true || (type.constraints.minItems ?? 0) === 0 || has(type.items);
    case "tuple": {
      if (type.otherTypesPass === true) return true;
      // The shortest array allowed: its first minItems positions must hold values.
      const length = type.constraints.minItems ?? 0;
      const positions = Array.from({ length }, (_, index) => type.prefixItems[index] ?? type.rest);
      return positions.every((position) => position !== false && has(position));
    }
    case "nullable":
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
    case "literal":
    case "record":
    case "unknown":
      return true;
  }
}

/**
 * The only values a place of rules around `type` can hold, where `type` lists them (a constant, a
 * closed enum): such a place has a value only where one of them passes its rules. STIX 2.0's core
 * refuses `type: "incident"` (`not: {enum: ["incident", "infrastructure"]}`), which the 2.1 incident
 * object built on it requires: `{const: "incident"}` beside that `not` takes no value, and gen kept
 * quiet about an object nothing can be sent as (found by sweep AC on OASIS cti-stix2-json-schemas).
 */
function listedValuesOf(model: SchemaModel, type: TypeRef): readonly JsonValue[] | undefined {
  if (type.kind === "literal") return [type.value];
  if (type.kind !== "named") return undefined;
  const named = model.typesByName.get(type.name);
  return named?.kind === "enum" && named.otherValues === undefined ? named.values : undefined;
}

/** One reading of values per model (the analysis asks it of each place of listed values). */
const validators = new WeakMap<SchemaModel, ModelValidator>();
function validatorOf(model: SchemaModel): ModelValidator {
  let validator = validators.get(model);
  if (validator === undefined) validators.set(model, (validator = new ModelValidator(model)));
  return validator;
}
