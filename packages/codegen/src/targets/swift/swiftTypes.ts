// How a model TypeRef, a literal or a JSON value is spelled in Swift source.
import type { JsonValue } from "../../json/types.ts";
import type { LiteralTypeRef, TypeRef } from "../../model/types.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import { stringLiteral } from "./naming.ts";

/** A constant Swift can hold as a scalar. */
export type ScalarConstant = string | number | boolean;

/**
 * The Swift type of a reference; `T | null` is `T?`, except that JSONValue already holds null. A
 * constrained type is its base type: Swift carries no validation-only rule.
 */
export function swiftType(ref: TypeRef): string {
  switch (ref.kind) {
    case "string":
      return "String";
    case "integer":
      return "Int";
    case "number":
      return "Double";
    case "boolean":
      return "Bool";
    case "literal":
      return literalSwiftType(scalarConstant(ref));
    case "array":
      return `[${swiftType(ref.items)}]`;
    case "tuple":
      return notRenderedYet("swift", "a tuple array");
    case "null":
      return notRenderedYet("swift", "a type that only allows null, outside a union");
    case "constrained":
      return swiftType(ref.type);
    case "record":
      return `[String: ${swiftType(ref.values)}]`;
    case "unknown":
      return "JSONValue";
    case "nullable": {
      const inner = stripNullable(ref.type);
      return inner.kind === "unknown" ? "JSONValue" : `${swiftType(inner)}?`;
    }
    case "named":
      return ref.name;
  }
}

/** The reference under any number of `nullable` wrappers. */
export function stripNullable(ref: TypeRef): TypeRef {
  return ref.kind === "nullable" ? stripNullable(ref.type) : ref;
}

/** A literal's value, which Swift spells only for scalars. */
export function scalarConstant(ref: LiteralTypeRef): ScalarConstant {
  const { value } = ref;
  return typeof value === "object" ? notRenderedYet("swift", "a constant object or array") : value;
}

/** The scalar type holding a constant: whole numbers are Int, other numbers Double. */
export function literalSwiftType(value: ScalarConstant): string {
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Bool";
  return Number.isInteger(value) ? "Int" : "Double";
}

/** A constant as a Swift expression whose type is its literalSwiftType. */
export function literalExpression(value: ScalarConstant): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "boolean") return String(value);
  if (!Number.isFinite(value)) throw new Error(`non-finite number literal ${value}`);
  if (Number.isInteger(value)) return String(value);
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** A JSON value as a `JSONValue` expression (support.ts), integers kept apart from doubles. */
export function jsonValueExpression(value: JsonValue): string {
  if (value === null) return ".null";
  if (typeof value === "boolean") return `.bool(${value})`;
  if (typeof value === "number") return Number.isInteger(value) ? `.int(${value})` : `.double(${literalExpression(value)})`;
  if (typeof value === "string") return `.string(${stringLiteral(value)})`;
  if (Array.isArray(value)) return `.array([${value.map(jsonValueExpression).join(", ")}])`;
  const entries = Object.entries(value).map(([key, item]) => `${stringLiteral(key)}: ${jsonValueExpression(item)}`);
  return entries.length === 0 ? ".object([:])" : `.object([${entries.join(", ")}])`;
}
