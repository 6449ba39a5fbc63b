// How the comparison reads one version's model: aliases resolved, a place taken apart into the
// alternatives it accepts per JSON type, objects and arrays seen in one shape whatever declared them
// (an object type, a map, `unknown`), and a fingerprint saying when two places are the same.
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { typeNamed } from "../model/schemaModel.ts";
import type { ArrayConstraints, Assertion, NamedType, Pointer, Property, RequiredWhen, SchemaModel, TypeRef, UnionType } from "../model/types.ts";
import type { Hop } from "./steps.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";

/** JSON types as a value has them, integers counted as numbers (1 is both). */
export type JsonClass = "null" | "boolean" | "number" | "string" | "array" | "object";
export const JSON_CLASSES: readonly JsonClass[] = ["null", "boolean", "number", "string", "array", "object"];

export const UNKNOWN: TypeRef = { kind: "unknown" };

/** Follows aliases to the reference they stand for. */
export function resolveAlias(model: SchemaModel, ref: TypeRef): TypeRef {
  let current = ref;
  for (let guard = 0; current.kind === "named" && guard < 1000; guard++) {
    const type = typeNamed(model, current.name);
    if (type.kind !== "alias") return current;
    current = type.type;
  }
  return current;
}

export function namedTypeOf(model: SchemaModel, ref: TypeRef): NamedType | undefined {
  return ref.kind === "named" ? typeNamed(model, ref.name) : undefined;
}

export function jsonClassOfValue(value: JsonValue): JsonClass {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  if (typeof value === "number") return "number";
  return typeof value as "boolean" | "string";
}

/** One way a place accepts values of one JSON class. */
export interface Alternative {
  readonly jsonClass: JsonClass;
  /** Never an alias, a nullable, a union or a constrained reference: those are taken apart. */
  readonly ref: TypeRef;
  /** The unions crossed to reach it. */
  readonly via: readonly Hop[];
  /** Validation-only rules that hold here, from `constrained` references on the way. */
  readonly assertions: readonly Assertion[];
  /** Set when the alternative is a union's variant: the innermost such union and the variant. */
  readonly variant?: { readonly union: UnionType; readonly name: string; readonly tag?: string | number | boolean };
  /** A union on the way may hold variants that overlap (oneOf told apart by keys or by first match). */
  readonly overlapping: boolean;
}

function classesOfRef(model: SchemaModel, ref: TypeRef): JsonClass[] {
  switch (ref.kind) {
    case "string":
      return ["string"];
    case "integer":
    case "number":
      return ["number"];
    case "boolean":
      return ["boolean"];
    case "null":
      return ["null"];
    case "literal":
      return [jsonClassOfValue(ref.value)];
    case "array":
    case "tuple":
      return ["array"];
    case "record":
      return ["object"];
    case "unknown":
      return [...JSON_CLASSES];
    case "named": {
      const type = typeNamed(model, ref.name);
      if (type.kind === "object") return ["object"];
      if (type.kind === "enum") return [type.valueType === "string" ? "string" : type.valueType === "boolean" ? "boolean" : "number"];
      throw new Error(`classesOfRef: ${ref.name} is a ${type.kind}, which alternativesOf takes apart`);
    }
    case "nullable":
    case "constrained":
      throw new Error(`classesOfRef: a ${ref.kind} reference is taken apart by alternativesOf`);
  }
}

/** Is this union one whose variants may overlap, so that oneOf rejects a value more than one accepts? */
export function mayOverlap(union: UnionType): boolean {
  return union.keyword === "oneOf" && (union.rule === "keyPresence" || union.rule === "firstMatch");
}

/** The alternatives a place accepts, per JSON class; unions, nullables and aliases taken apart. */
export function alternativesOf(model: SchemaModel, ref: TypeRef): Alternative[] {
  const out: Alternative[] = [];
  const visit = (current: TypeRef, via: readonly Hop[], assertions: readonly Assertion[], variant: Alternative["variant"], overlapping: boolean, seen: ReadonlySet<string>) => {
    const resolved = resolveAlias(model, current);
    if (resolved.kind === "nullable") {
      out.push({ jsonClass: "null", ref: { kind: "null" }, via, assertions, ...(variant ? { variant } : {}), overlapping });
      return visit(resolved.type, via, assertions, variant, overlapping, seen);
    }
    if (resolved.kind === "constrained") return visit(resolved.type, via, [...assertions, ...resolved.assertions], variant, overlapping, seen);
    const type = namedTypeOf(model, resolved);
    if (type?.kind === "union") {
      if (seen.has(type.name)) return; // a union that contains itself adds nothing new
      const inner = new Set(seen).add(type.name);
      for (const member of type.variants) {
        const tag = type.rule === "tag" ? { tag: (member as { tag: string | number | boolean }).tag } : {};
        visit(member.type, [...via, { union: type.name, variant: member.name }], assertions, { union: type, name: member.name, ...tag }, overlapping || mayOverlap(type), inner);
      }
      return;
    }
    for (const jsonClass of classesOfRef(model, resolved)) {
      out.push({ jsonClass, ref: resolved, via, assertions, ...(variant ? { variant } : {}), overlapping });
    }
  };
  visit(ref, [], [], undefined, false, new Set());
  return out;
}

export function byClass(alternatives: readonly Alternative[]): Map<JsonClass, Alternative[]> {
  const map = new Map<JsonClass, Alternative[]>();
  for (const alternative of alternatives) map.set(alternative.jsonClass, [...(map.get(alternative.jsonClass) ?? []), alternative]);
  return map;
}

// ---------------------------------------------------------------------------------------------------
// Objects and arrays, in one shape each

/** The part of a place that is an object, whatever declared it. */
export interface ObjectView {
  readonly properties: readonly Property[];
  readonly patternProperties: readonly { readonly pattern: string; readonly type: TypeRef; readonly pointer: Pointer }[];
  /** `false`: keys matching nothing declared are rejected. */
  readonly additionalProperties: false | TypeRef;
  readonly requiredWhen: readonly RequiredWhen[];
  readonly pointer?: Pointer;
  /** The object type's name, when one declared it. */
  readonly typeName?: string;
}

export function objectView(model: SchemaModel, ref: TypeRef): ObjectView | undefined {
  if (ref.kind === "record") return { properties: [], patternProperties: [], additionalProperties: ref.values, requiredWhen: [] };
  if (ref.kind === "unknown") return { properties: [], patternProperties: [], additionalProperties: UNKNOWN, requiredWhen: [] };
  const type = namedTypeOf(model, ref);
  if (type?.kind !== "object") return undefined;
  return {
    properties: type.properties,
    patternProperties: type.patternProperties,
    additionalProperties: type.additionalProperties,
    requiredWhen: type.requiredWhen,
    pointer: type.pointer,
    typeName: type.name,
  };
}

/** What a key that `view` does not declare must hold: the first pattern it matches, else the extra-key type; `undefined` when the key is rejected. */
export function typeOfUndeclaredKey(view: ObjectView, key: string): TypeRef | undefined {
  const pattern = view.patternProperties.find((candidate) => patternMatches(candidate.pattern, key));
  if (pattern) return pattern.type;
  return view.additionalProperties === false ? undefined : view.additionalProperties;
}

export function patternMatches(pattern: string, text: string): boolean {
  try {
    return ecmaRegExp(pattern).test(text);
  } catch {
    return false;
  }
}

/** The part of a place that is an array: leading positions with types of their own, then the rest. */
export interface ArrayView {
  readonly prefixItems: readonly TypeRef[];
  /** `undefined`: no items past the prefix. */
  readonly rest: TypeRef | undefined;
  readonly constraints: ArrayConstraints;
}

export function arrayView(ref: TypeRef): ArrayView | undefined {
  if (ref.kind === "array") return { prefixItems: [], rest: ref.items, constraints: ref.constraints };
  if (ref.kind === "tuple") return { prefixItems: ref.prefixItems, rest: ref.rest === false ? undefined : ref.rest, constraints: ref.constraints };
  if (ref.kind === "unknown") return { prefixItems: [], rest: UNKNOWN, constraints: {} };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Fingerprints

/**
 * A key equal for two places exactly when they accept the same values and generated decoders treat
 * them alike: documentation, pointers and the names of inline types left out; a reference to a
 * definition kept as its name (the definition is compared on its own), after `definitionName` maps
 * it to the name both versions agree on (a renamed definition).
 */
export function fingerprint(model: SchemaModel, ref: TypeRef, definitionName: (name: string) => string = (name) => name, expandDefinition = false): string {
  const expanding = new Set<string>();
  let top = expandDefinition;
  const ofRef = (current: TypeRef): unknown => {
    const expand = top;
    top = false;
    switch (current.kind) {
      case "named": {
        const type = typeNamed(model, current.name);
        if (type.definitionName !== undefined && !expand) return { def: definitionName(type.definitionName) };
        if (expanding.has(type.name)) return { cycle: type.name };
        expanding.add(type.name);
        const shape = ofNamed(type);
        expanding.delete(type.name);
        return shape;
      }
      case "array":
        return { array: ofRef(current.items), constraints: current.constraints };
      case "tuple":
        return { tuple: current.prefixItems.map(ofRef), rest: current.rest === false ? false : ofRef(current.rest), constraints: current.constraints };
      case "record":
        return { record: ofRef(current.values) };
      case "nullable":
        return { nullable: ofRef(current.type) };
      case "constrained":
        return { constrained: ofRef(current.type), assertions: current.assertions.map(ofAssertion) };
      default:
        return current;
    }
  };
  const ofAssertion = (assertion: Assertion): unknown => {
    const { pointer: _pointer, ...rest } = assertion;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) out[key] = isTypeRef(value) ? ofRef(value) : value;
    return out;
  };
  const ofNamed = (type: NamedType): unknown => {
    switch (type.kind) {
      case "alias":
        return ofRef(type.type);
      case "enum":
        return { enum: type.valueType, values: [...type.values].map((value) => stableKey(value)).sort(), other: type.otherValues ? ofRef(type.otherValues) : null };
      case "object":
        return {
          object: [...type.properties].sort((a, b) => compareText(a.name, b.name)).map((property) => [property.name, property.required, ofRef(property.type)]),
          patterns: type.patternProperties.map((pattern) => [pattern.pattern, ofRef(pattern.type)]),
          additional: type.additionalProperties === false ? false : ofRef(type.additionalProperties),
          requiredWhen: type.requiredWhen.map(({ pointer: _pointer, ...rule }) => stableKey(rule)).sort(),
        };
      case "union":
        return {
          union: type.rule,
          keyword: type.keyword,
          property: type.rule === "tag" ? type.property : null,
          variants: type.variants.map((variant) => stableKey({ ...selectorOf(variant), type: ofRef(variant.type) } as JsonValue)).sort(),
        };
    }
  };
  return stableKey(ofRef(ref) as JsonValue);
}

function selectorOf(variant: object): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of ["tag", "jsonType", "keys"] as const) if (key in variant) out[key] = (variant as Record<string, JsonValue>)[key]!;
  return out;
}

function isTypeRef(value: unknown): value is TypeRef {
  return typeof value === "object" && value !== null && "kind" in value && typeof (value as { kind: unknown }).kind === "string";
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
