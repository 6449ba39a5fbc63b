// How a model TypeRef, a literal or a JSON value is spelled in Swift source.
import type { JsonValue } from "../../json/types.ts";
import { typeNamed } from "../../model/schemaModel.ts";
import type { LiteralTypeRef, Property, SchemaModel, TupleTypeRef, TypeRef } from "../../model/types.ts";
import { stringLiteral, tupleTypeName, typeIdentifier } from "./naming.ts";

/** A constant Swift can hold as a scalar. */
export type ScalarConstant = string | number | boolean;

/**
 * The Swift type of a reference; `T | null` is `T?`, except that JSONValue already holds null. A
 * constrained type is its base type: Swift carries no validation-only rule (the assertions become
 * documentation, see describeAssertion.ts). A constant object or array is a JSONValue whose value
 * the decoder checks; a type that only allows null is JSONNull.
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
      return typeof ref.value === "object" ? "JSONValue" : literalSwiftType(ref.value);
    case "array":
      return `[${swiftType(ref.items)}]`;
    case "tuple":
      return tupleType(ref);
    case "null":
      return "JSONNull";
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
      return typeIdentifier(ref.name);
  }
}

/**
 * How a tuple is stored: `JSONTuple<n>[Min<m>]<Item0, …, Rest>` (support.ts declares each shape the
 * models use). Items from index `minItems` on may be absent, so the struct declares them optional
 * itself; `Rest` is `Never` when no item may follow the prefix.
 */
export interface TupleShape {
  readonly arity: number;
  readonly required: number;
}

export function tupleShape(ref: TupleTypeRef): TupleShape {
  const arity = ref.prefixItems.length;
  return { arity, required: Math.min(ref.constraints.minItems ?? 0, arity) };
}

function tupleType(ref: TupleTypeRef): string {
  const { arity, required } = tupleShape(ref);
  const items = ref.prefixItems.map((item) => swiftType(item));
  const rest = ref.rest === false ? "Never" : swiftType(ref.rest);
  return `${tupleTypeName(arity, required)}<${[...items, rest].join(", ")}>`;
}

/** The reference under any number of `nullable` wrappers. */
export function stripNullable(ref: TypeRef): TypeRef {
  return ref.kind === "nullable" ? stripNullable(ref.type) : ref;
}

/** The reference under `nullable` and `constrained` wrappers: what the value is, rules aside. */
export function valueTypeOf(ref: TypeRef): TypeRef {
  return ref.kind === "nullable" || ref.kind === "constrained" ? valueTypeOf(ref.type) : ref;
}

/**
 * The constant a value is pinned to, seen through constraints and aliases (not through `nullable`,
 * which lets null in too): a `$ref` to a definition that is one constant (`"const": "2.0"`, a one-value
 * enum) pins a property as an inline `const` does, and such a definition is a typealias of the
 * constant's type, which alone would let any value of that type through.
 */
export function pinnedConstant(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string> = new Set()): LiteralTypeRef | undefined {
  if (ref.kind === "literal") return ref;
  if (ref.kind === "constrained") return pinnedConstant(model, ref.type, seen);
  if (ref.kind !== "named" || seen.has(ref.name)) return undefined;
  const type = typeNamed(model, ref.name);
  return type.kind === "alias" ? pinnedConstant(model, type.type, new Set([...seen, ref.name])) : undefined;
}

/**
 * Whether a number is written as a Swift Int: a whole number JSON parsers keep exactly (a larger one
 * such as 1e21 is beyond Int64, or already rounded, and is written as a Double).
 */
export function isSwiftInt(value: number): boolean {
  return Number.isSafeInteger(value);
}

/** The scalar type holding a constant: whole numbers are Int, other numbers Double. */
export function literalSwiftType(value: ScalarConstant): string {
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Bool";
  return isSwiftInt(value) ? "Int" : "Double";
}

/**
 * A constant as a Swift expression of its literalSwiftType (scalars), or of JSONValue (objects and
 * arrays, spelled with the type so it needs no context: `JSONValue.object([…])`).
 */
export function constantExpression(ref: LiteralTypeRef): string {
  return typeof ref.value === "object" ? `JSONValue${jsonValueExpression(ref.value)}` : literalExpression(ref.value);
}

/** A scalar constant as a Swift expression whose type is its literalSwiftType. */
export function literalExpression(value: ScalarConstant): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "boolean") return String(value);
  if (!Number.isFinite(value)) throw new Error(`non-finite number literal ${value}`);
  if (isSwiftInt(value)) return String(value);
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** A JSON value as a `JSONValue` expression (support.ts), integers kept apart from doubles. */
export function jsonValueExpression(value: JsonValue): string {
  if (value === null) return ".null";
  if (typeof value === "boolean") return `.bool(${value})`;
  if (typeof value === "number") return isSwiftInt(value) ? `.int(${value})` : `.double(${literalExpression(value)})`;
  if (typeof value === "string") return `.string(${stringLiteral(value)})`;
  if (Array.isArray(value)) return `.array([${value.map(jsonValueExpression).join(", ")}])`;
  const entries = Object.entries(value).map(([key, item]) => `${stringLiteral(key)}: ${jsonValueExpression(item)}`);
  return entries.length === 0 ? ".object([:])" : `.object([${entries.join(", ")}])`;
}

/**
 * What a property holds once its top-level `nullable` and `constrained` wrappers are looked through,
 * and whether null is among its values. JSONValue holds null itself, so an open value is never
 * "nullable" in Swift terms.
 */
export function propertyValue(ref: TypeRef): { readonly inner: TypeRef; readonly nullable: boolean } {
  let nullable = false;
  let inner = ref;
  while (inner.kind === "nullable" || inner.kind === "constrained") {
    if (inner.kind === "nullable") nullable = true;
    inner = inner.type;
  }
  return { inner, nullable: nullable && inner.kind !== "unknown" };
}

/**
 * The type a struct declares for a property: `T?` when the key may be absent or the value null, and
 * `T??` when it may be both. Absent, null and a value are three states on the wire, and a single
 * optional would merge two of them: in `T??`, `nil` is absent and `.some(nil)` is null.
 */
export function declaredPropertyType(property: Property): string {
  const { inner, nullable } = propertyValue(property.type);
  const base = swiftType(inner);
  if (!property.required && nullable) return `${base}??`;
  return !property.required || nullable ? `${base}?` : base;
}
