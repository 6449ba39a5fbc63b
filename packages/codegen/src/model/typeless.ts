// Typeless (types.ts): a type read from the keywords of one JSON type when the schema names no
// `type`. By JSON Schema every value of another type passes such a schema untouched; which values
// those are is this one rule, for every reader that validates (the DRF runtime's `expected` classes
// say the same).
import { jsonTypeOfValue } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { familyOf, type Family } from "./schemaFacts.ts";
import type { Assertion, TypeRef, TypelessTypeRef } from "./types.ts";

/** The family of values a Typeless type's keywords are about. */
export function typelessFamily(ref: TypelessTypeRef): Family {
  switch (ref.kind) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "array":
    case "tuple":
      return "array";
    case "record":
      return "object";
  }
}

/** The family `ref`'s keywords are about when the schema named no type (other values pass it); else undefined. */
export function typelessFamilyOf(ref: TypeRef): Family | undefined {
  return "otherTypesPass" in ref && ref.otherTypesPass ? typelessFamily(ref) : undefined;
}

/** The family an assertion's keyword is about, where it is about one (values of other families pass it). */
export function assertionFamily(assertion: Assertion): Family | undefined {
  switch (assertion.kind) {
    case "propertyNames":
    case "propertyCount":
    case "dependentRequired":
    case "dependentSchema":
      return "object";
    case "contains":
      return "array";
    default:
      return undefined;
  }
}

/** Whether `value` passes `ref` for being of another type than the one its keywords are about. */
export function passesAsOtherType(ref: TypeRef, value: JsonValue): boolean {
  const family = typelessFamilyOf(ref);
  return family !== undefined && familyOf(jsonTypeOfValue(value)) !== family;
}
