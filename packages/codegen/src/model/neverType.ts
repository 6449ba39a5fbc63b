// The type of a schema no value satisfies (`false`, `not: {}`, an allOf whose parts contradict):
// any JSON value, with the assertion that it is not one. Validating targets reject every value;
// typed targets see the open JSON value, which in practice means "never present".
import { childPointer } from "../errors.ts";
import type { ConstrainedTypeRef, TypeRef } from "./types.ts";

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
 * True when no value satisfies `type`: among its rules is `not` of the open value, whatever type the
 * rules constrain (`{"type": "string"}` merged with `{"not": {}}`, the way a schema says a declared
 * property must be absent in one branch), not only the form `neverType` makes.
 */
export function admitsNoValue(type: TypeRef): boolean {
  return type.kind === "constrained" && (admitsNoValue(type.type) || type.assertions.some((assertion) => assertion.kind === "not" && assertion.type.kind === "unknown"));
}
