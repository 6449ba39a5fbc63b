// The references a model holds, for every consumer that walks it (validateModel, a target ordering
// its declarations): one place that knows where TypeRefs sit, so a new construct is walked everywhere.
import { childPointer } from "../errors.ts";
import type { NamedType, Operations, Pointer, TypeRef } from "./types.ts";

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
 * Calls `visit` with each reference directly inside `ref` (array items, record values, assertion
 * schemas…; none inside a named one), making no list: validateModel checks every reference of every
 * type this way, and refsInsideRef is its list.
 */
export function forEachRefInside(ref: TypeRef, visit: (inner: TypeRef) => void): void {
  forEachInside(ref, visit, true);
}

/**
 * forEachRefInside without the schemas of assertions (an `if`, a `not`…): the references a value is
 * decoded through, not those a rule about it is checked with.
 */
export function forEachValueRefInside(ref: TypeRef, visit: (inner: TypeRef) => void): void {
  forEachInside(ref, visit, false);
}

function forEachInside(ref: TypeRef, visit: (inner: TypeRef) => void, withAssertions: boolean): void {
  switch (ref.kind) {
    case "array":
      return visit(ref.items);
    case "tuple":
      for (const item of ref.prefixItems) visit(item);
      if (ref.rest !== false) visit(ref.rest);
      return;
    case "record":
      return visit(ref.values);
    case "nullable":
      return visit(ref.type);
    case "constrained":
      visit(ref.type);
      if (!withAssertions) return;
      for (const assertion of ref.assertions) {
        switch (assertion.kind) {
          case "not":
          case "allOf":
          case "contains":
          case "propertyNames":
          case "dependentSchema":
            visit(assertion.type);
            break;
          case "conditional":
            visit(assertion.if);
            if (assertion.then) visit(assertion.then);
            if (assertion.else) visit(assertion.else);
            break;
          case "propertyCount":
          case "dependentRequired":
            break;
        }
      }
      return;
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
    case "literal":
    case "unknown":
    case "named":
      return;
  }
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
