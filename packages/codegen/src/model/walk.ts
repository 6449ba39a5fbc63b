// The references a model holds, for every consumer that walks it (validateModel, a target ordering
// its declarations): one place that knows where TypeRefs sit, so a new construct is walked everywhere.
import { childPointer } from "../errors.ts";
import type { Assertion, NamedType, NamedTypeRef, Operations, Pointer, TypeRef, UnionType } from "./types.ts";

/** A reference and where in the document it was written. */
export interface PlacedRef {
  readonly ref: TypeRef;
  readonly pointer: Pointer;
}

/**
 * The references a named type holds directly, in declaration order (properties, then extra keys).
 * An object's `bases` are not among them: the bases' properties already are.
 */
export function refsOfType(type: NamedType): readonly PlacedRef[] {
  let refs = refsByType.get(type);
  if (refs === undefined) refsByType.set(type, (refs = collectRefsOfType(type)));
  return refs;
}

/**
 * refsOfType per type object: validation and every target walk each type's references (the Swift
 * target alone several times), and a model's types never change once built.
 */
const refsByType = new WeakMap<NamedType, readonly PlacedRef[]>();

function collectRefsOfType(type: NamedType): PlacedRef[] {
  switch (type.kind) {
    case "object":
      return [
        ...type.properties.map((property) => ({ ref: property.type, pointer: property.pointer })),
        ...type.patternProperties.map((pattern) => ({ ref: pattern.type, pointer: pattern.pointer })),
        ...(type.additionalProperties === false ? [] : [{ ref: type.additionalProperties, pointer: childPointer(type.pointer, "additionalProperties") }]),
      ];
    case "union":
      return type.variants.map((variant) => ({ ref: variant.type, pointer: type.pointer }));
    case "enum":
      return type.otherValues ? [{ ref: type.otherValues, pointer: type.pointer }] : [];
    case "alias":
      return [{ ref: type.type, pointer: type.pointer }];
  }
}

/** The references directly inside a reference (array items, record values, assertion schemas…); none inside a named one. */
export function refsInsideRef(ref: TypeRef): TypeRef[] {
  const inside: TypeRef[] = [];
  forEachRefInside(ref, (inner) => inside.push(inner));
  return inside;
}

/**
 * Where a reference sits inside the one holding it, as a rule found there is said of it: of every
 * item of an array (`items`), of one item of a tuple (`prefixItem`, from 0) or those after them
 * (`restItems`), of every value of a record (`values`), of the value itself (`wrapped`: the type a
 * `nullable` or `constrained` wraps), or of a schema an assertion checks the value with (`assertion`).
 */
export type InnerPlace =
  | { readonly kind: "items" }
  | { readonly kind: "prefixItem"; readonly index: number }
  | { readonly kind: "restItems"; readonly after: number }
  | { readonly kind: "values" }
  | { readonly kind: "wrapped" }
  | { readonly kind: "assertion" };

const ITEMS: InnerPlace = { kind: "items" };
const VALUES: InnerPlace = { kind: "values" };
const WRAPPED: InnerPlace = { kind: "wrapped" };
const ASSERTION: InnerPlace = { kind: "assertion" };

/**
 * Calls `visit` with each reference directly inside `ref` (array items, record values, assertion
 * schemas…; none inside a named one) and where it sits there, making no list: validateModel checks
 * every reference of every type this way, and refsInsideRef is its list.
 */
export function forEachRefInside(ref: TypeRef, visit: (inner: TypeRef, place: InnerPlace) => void): void {
  forEachInside(ref, visit, true);
}

/**
 * forEachRefInside without the schemas of assertions (an `if`, a `not`…): the references a value is
 * decoded through, not those a rule about it is checked with.
 */
export function forEachValueRefInside(ref: TypeRef, visit: (inner: TypeRef, place: InnerPlace) => void): void {
  forEachInside(ref, visit, false);
}

function forEachInside(ref: TypeRef, visit: (inner: TypeRef, place: InnerPlace) => void, withAssertions: boolean): void {
  mappedInside(
    ref,
    (inner, place) => {
      visit(inner, place);
      return inner;
    },
    withAssertions,
  );
}

/**
 * `ref` with each reference directly inside it (array items, tuple items, record values, the type a
 * `nullable` or `constrained` wraps, and with `withAssertions` the assertions' schemas) replaced by
 * `map`'s, in order; a named reference holds none. The one place that knows where references sit
 * inside another: the visits above and renamedRef both go through it, so a new kind of reference or
 * of assertion is walked and renamed alike (each switch is exhaustive: a kind left out does not
 * compile). A part `map` returns unchanged keeps its object, so a visit builds no new reference.
 */
function mappedInside(ref: TypeRef, map: (inner: TypeRef, place: InnerPlace) => TypeRef, withAssertions: boolean): TypeRef {
  switch (ref.kind) {
    case "array":
      return changed(ref, { items: map(ref.items, ITEMS) });
    case "tuple":
      return changed(ref, {
        prefixItems: mappedList(ref.prefixItems, (item, index) => map(item, { kind: "prefixItem", index })),
        rest: ref.rest === false ? false : map(ref.rest, { kind: "restItems", after: ref.prefixItems.length }),
      });
    case "record":
      return changed(ref, { values: map(ref.values, VALUES) });
    case "nullable":
      return changed(ref, { type: map(ref.type, WRAPPED) });
    case "constrained":
      return changed(ref, {
        type: map(ref.type, WRAPPED),
        ...(withAssertions ? { assertions: mappedList(ref.assertions, (assertion) => mappedAssertion(assertion, (inner) => map(inner, ASSERTION))) } : {}),
      });
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
    case "literal":
    case "unknown":
    case "named":
      return ref;
  }
}

/** `assertion` with each schema it holds (`not`, `if`/`then`/`else`…) replaced by `map`'s, in order. */
function mappedAssertion(assertion: Assertion, map: (inner: TypeRef) => TypeRef): Assertion {
  switch (assertion.kind) {
    case "not":
    case "allOf":
    case "contains":
    case "propertyNames":
    case "dependentSchema":
      return changed(assertion, { type: map(assertion.type) });
    case "conditional":
      return changed(assertion, {
        if: map(assertion.if),
        ...(assertion.then ? { then: map(assertion.then) } : {}),
        ...(assertion.else ? { else: map(assertion.else) } : {}),
      });
    case "propertyCount":
    case "dependentRequired":
      return assertion;
  }
}

/** `value` with `parts` in place of its own, or `value` itself when every part is the one it has. */
function changed<T extends object>(value: T, parts: Partial<T>): T {
  const same = (Object.keys(parts) as (keyof T)[]).every((key) => parts[key] === value[key]);
  return same ? value : { ...value, ...parts };
}

/** `list` with each item mapped, or `list` itself when every item maps to itself. */
function mappedList<T>(list: readonly T[], map: (item: T, index: number) => T): readonly T[] {
  const mapped = list.map((item, index) => map(item, index));
  return mapped.every((item, index) => item === list[index]) ? list : mapped;
}

/** The references of a protocol's operations: its frames, error codes, and every method's and event's. */
export function refsOfOperations(operations: Operations): TypeRef[] {
  const { frames, methods, events, errorCodes } = operations;
  const refs: TypeRef[] = [frames.request, frames.response, frames.event, ...(errorCodes ? [errorCodes] : [])];
  for (const method of methods) refs.push(...(method.params ? [method.params] : []), ...(method.result ? [method.result] : []));
  for (const event of events) if (event.payload) refs.push(event.payload);
  return refs;
}

/** The names of the types a reference mentions, at any depth inside it (without entering those types). */
export function namedRefsIn(ref: TypeRef): string[] {
  return ref.kind === "named" ? [ref.name] : refsInsideRef(ref).flatMap(namedRefsIn);
}

/** Replaces a type name wherever a reference names it: `rename` gives each name its new one (or the same). */
export type Rename = (name: string) => string;

/** `type` with every reference it holds renamed (its own name too): where refsOfType and forEachRefInside look. */
export function renamedType(type: NamedType, rename: Rename): NamedType {
  const name = rename(type.name);
  switch (type.kind) {
    case "object":
      return {
        ...type,
        name,
        properties: type.properties.map((property) => ({ ...property, type: renamedRef(property.type, rename) })),
        bases: type.bases.map((base) => renamedRef(base, rename) as NamedTypeRef),
        patternProperties: type.patternProperties.map((pattern) => ({ ...pattern, type: renamedRef(pattern.type, rename) })),
        additionalProperties: type.additionalProperties === false ? false : renamedRef(type.additionalProperties, rename),
      };
    case "union":
      return { ...type, name, variants: type.variants.map((variant) => ({ ...variant, type: renamedRef(variant.type, rename) })) } as UnionType;
    case "enum":
      return { ...type, name };
    case "alias":
      return { ...type, name, type: renamedRef(type.type, rename) };
  }
}

/** `ref` with every name it mentions, at any depth (assertions' schemas too), renamed. */
export function renamedRef(ref: TypeRef, rename: Rename): TypeRef {
  if (ref.kind === "named") return { kind: "named", name: rename(ref.name) };
  return mappedInside(ref, (inner) => renamedRef(inner, rename), true);
}

/** A protocol's operations with every reference renamed: where refsOfOperations looks. */
export function renamedOperations(operations: Operations, rename: Rename): Operations {
  const named = (ref: NamedTypeRef) => renamedRef(ref, rename) as NamedTypeRef;
  const { frames, methods, events, errorCodes } = operations;
  return {
    ...operations,
    frames: { request: named(frames.request), response: named(frames.response), event: named(frames.event) },
    methods: methods.map((method) => ({ ...method, ...(method.params ? { params: renamedRef(method.params, rename) } : {}), ...(method.result ? { result: renamedRef(method.result, rename) } : {}) })),
    events: events.map((event) => ({ ...event, ...(event.payload ? { payload: renamedRef(event.payload, rename) } : {}) })),
    ...(errorCodes ? { errorCodes: named(errorCodes) } : {}),
  };
}
