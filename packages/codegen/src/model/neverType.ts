// The type of a schema no value satisfies (`false`, `not: {}`, an allOf whose parts contradict):
// any JSON value, with the assertion that it is not one. Validating targets reject every value;
// typed targets see the open JSON value, which in practice means "never present".
import { childPointer } from "../errors.ts";
import type { Assertion, ConstrainedTypeRef, TypeRef } from "./types.ts";

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
 * admits none. (Named types are not followed: model/uninhabitedTypes.ts does that.)
 */
export function admitsNoValue(type: TypeRef): boolean {
  return type.kind === "constrained" && (admitsNoValue(type.type) || type.assertions.some(rejectsEveryValue));
}

function rejectsEveryValue(assertion: Assertion): boolean {
  switch (assertion.kind) {
    case "not":
      return assertion.type.kind === "unknown";
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
