// How a model TypeRef, a literal or a JSON value is spelled in Swift source.
import { exactInteger, integerSpelling, NO_INTEGER_SPELLINGS, type IntegerSpellings } from "../../json/integerSpellings.ts";
import { stableKey } from "../../json/stable.ts";
import type { JsonValue } from "../../json/types.ts";
import { decodesNoValue } from "../../model/neverType.ts";
import { typeNamed } from "../../model/schemaModel.ts";
import type { LiteralTypeRef, NumberConstraints, Property, SchemaModel, TupleTypeRef, TypeRef } from "../../model/types.ts";
import { stringLiteral, tupleTypeName, typeIdentifier } from "./naming.ts";

/** A constant Swift can hold as a scalar. */
export type ScalarConstant = string | number | boolean;

/**
 * The Swift type of a reference; `T | null` is `T?`, except that JSONValue already holds null. A
 * constrained type is its base type: Swift carries no validation-only rule (the assertions become
 * documentation, see describeAssertion.ts), except where the rules admit no value: JSONAbsent,
 * which no value decodes into (a property that must be absent is always nil). A constant object or array is a JSONValue whose value
 * the decoder checks; a type that only allows null is JSONNull. The model is where a named type's
 * definition is looked up (one that is a constant is checked where nothing else checks it).
 */
export function swiftType(ref: TypeRef, model: SchemaModel, position: Position = "owned"): string {
  if (decodesNoValue(ref)) return "JSONAbsent";
  switch (ref.kind) {
    case "string":
      return "String";
    case "integer":
      return integerSwiftType(ref.constraints, model.source.integerSpellings);
    case "number":
      return "Double";
    case "boolean":
      return "Bool";
    case "literal":
      return position === "element" ? checkedConstantType(ref.value, model.source.integerSpellings) : constantValueType(ref.value, model.source.integerSpellings);
    case "array":
      return `[${swiftType(ref.items, model, "element")}]`;
    case "tuple":
      return tupleType(ref, model);
    case "null":
      return "JSONNull";
    case "constrained":
      return swiftType(ref.type, model, position);
    case "record":
      return `[String: ${swiftType(ref.values, model, "element")}]`;
    case "unknown":
      return "JSONValue";
    case "nullable": {
      const inner = stripNullable(ref.type);
      return inner.kind === "unknown" ? "JSONValue" : `${swiftType(inner, model, position)}?`;
    }
    case "named": {
      // A definition that is one constant is a typealias of the constant's plain type (String,
      // JSONValue), which takes any value of it: an element spells it as an inline constant is, by
      // the type that checks it.
      const pinned = position === "element" ? pinnedConstant(model, ref) : undefined;
      if (pinned === undefined) return typeIdentifier(ref.name);
      const checked = checkedConstantType(pinned.constant.value, model.source.integerSpellings);
      return pinned.orNull ? `${checked}?` : checked;
    }
  }
}

/**
 * Where a type is spelled: "owned" where its owner checks a constant (a struct's property, a union's
 * variant: the plain scalar type), "element" inside an array, a tuple or a map's values, where
 * nothing else would (the constant's own checked type, JSONConstant in support.ts).
 */
export type Position = "owned" | "element";

/** Any constant a schema pins a value to (`const`, a one-value enum): a scalar, an object or an array. */
export type ConstantValue = LiteralTypeRef["value"];

/** A constant as a type whose decoder checks it: `JSONConstant<JSONConstants.<name>>`. */
export function checkedConstantType(value: ConstantValue, spellings: IntegerSpellings): string {
  return `JSONConstant<JSONConstants.${constantSpecName(value, spellings)}>`;
}

/** The Swift type a constant's spec holds it in: its scalar type, or JSONValue for an object or array. */
export function constantValueType(value: ConstantValue, spellings: IntegerSpellings): string {
  return typeof value === "object" ? "JSONValue" : literalSwiftType(value, spellings);
}

/**
 * The name of a constant's spec in JSONConstants, a function of its value alone, an integer's as the
 * document spells it (so every model of a module spells it alike) and one to one: letters and digits
 * stay, any other character is `_<hex code point>_` (so `_` itself is `_5F_`), after a prefix for the
 * JSON type.
 */
export function constantSpecName(value: ConstantValue, spellings: IntegerSpellings): string {
  const spell = (text: string) => [...text].map((char) => (/^[A-Za-z0-9]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16).toUpperCase()}_`)).join("");
  // An object or array by its canonical JSON (keys sorted), so equal constants share one spec.
  if (typeof value === "object") return `J_${spell(stableKey(value))}`;
  if (typeof value === "string") return `S_${spell(value)}`;
  if (typeof value === "boolean") return `B_${value}`;
  const integer = swiftInteger(value, spellings);
  return integer ? `I_${spell(integer.literal)}` : `D_${spell(literalExpression(value, spellings))}`;
}

/** A constant JSONConstants declares, with the integer spellings of the document it is from. */
export interface CheckedConstant {
  readonly value: ConstantValue;
  readonly spellings: IntegerSpellings;
}

/** The constants `ref` spells as checked types at `position` (what JSONConstants must declare), by spec name: where swiftType spells one. */
export function checkedConstantsIn(ref: TypeRef, model: SchemaModel, position: Position, out: Map<string, CheckedConstant>): void {
  const spellings = model.source.integerSpellings;
  switch (ref.kind) {
    case "literal":
      if (position === "element") out.set(constantSpecName(ref.value, spellings), { value: ref.value, spellings });
      return;
    case "named": {
      const pinned = position === "element" ? pinnedConstant(model, ref) : undefined;
      if (pinned !== undefined) out.set(constantSpecName(pinned.constant.value, spellings), { value: pinned.constant.value, spellings });
      return;
    }
    case "array":
      return checkedConstantsIn(ref.items, model, "element", out);
    case "tuple":
      for (const item of ref.prefixItems) checkedConstantsIn(item, model, "element", out);
      if (ref.rest !== false) checkedConstantsIn(ref.rest, model, "element", out);
      return;
    case "record":
      return checkedConstantsIn(ref.values, model, "element", out);
    case "nullable":
    case "constrained":
      return checkedConstantsIn(ref.type, model, position, out);
    default:
      return;
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

function tupleType(ref: TupleTypeRef, model: SchemaModel): string {
  const { arity, required } = tupleShape(ref);
  const items = ref.prefixItems.map((item) => swiftType(item, model, "element"));
  const rest = ref.rest === false ? "Never" : swiftType(ref.rest, model, "element");
  return `${tupleTypeName(arity, required)}<${[...items, rest].join(", ")}>`;
}

/** The reference under any number of `nullable` wrappers. */
export function stripNullable(ref: TypeRef): TypeRef {
  return ref.kind === "nullable" ? stripNullable(ref.type) : ref;
}

/** A constant a value is pinned to, and whether null is let through beside it (`enum: ["x", null]`). */
export interface PinnedConstant {
  readonly constant: LiteralTypeRef;
  readonly orNull: boolean;
}

/**
 * The constant a value is pinned to, seen through constraints, `nullable` (which lets null in too)
 * and aliases: a `$ref` to a definition that is one constant (`"const": "2.0"`, a one-value enum)
 * pins a property as an inline `const` does, and such a definition is a typealias of the constant's
 * type, which alone would let any value of that type through.
 */
export function pinnedConstant(model: SchemaModel, ref: TypeRef): PinnedConstant | undefined {
  let orNull = false;
  // The aliases followed so far, so that one naming itself (through others) ends the search. A loop,
  // not a recursion copying the list at each step: a chain of 5,000 aliases each naming the next (a
  // schema a program writes) took the Swift target minutes, asked once for each of them.
  const followed = new Set<string>();
  for (let current = ref; ; ) {
    switch (current.kind) {
      case "literal":
        return { constant: current, orNull };
      case "constrained":
        current = current.type;
        break;
      case "nullable":
        orNull = true;
        current = current.type;
        break;
      case "named": {
        if (followed.has(current.name)) return undefined;
        followed.add(current.name);
        const type = typeNamed(model, current.name);
        if (type.kind !== "alias") return undefined;
        current = type.type;
        break;
      }
      default:
        return undefined;
    }
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * An integer's Swift type: `Int`, or `UInt64` where the schema allows no negative value and some past
 * Int's largest (a uint64, `minimum: 0, maximum: 18446744073709551615`, as schemars and protobuf's JSON
 * mapping write it, or `maximum: 18446744073709552000`, 2^64 as JavaScript writes it, as the OCI
 * runtime spec's defs.json does, where rlimits of 2^64 - 1 are common), or starts where Int's end
 * (`minimum: 9223372036854775807`, of which Int holds one value at most): Int refused every value
 * above 2^63 - 1 the schema allows. A largest past UInt64's still makes it UInt64, which holds more
 * of them than Int. Bounds are compared exactly, as the schema spells them (a double reads 2^63 - 1
 * as 2^63).
 */
export function integerSwiftType(constraints: NumberConstraints, spellings: IntegerSpellings): "Int" | "UInt64" {
  const exact = (value: number | undefined) => (value === undefined ? undefined : exactBound(value, spellings));
  const low = exact(constraints.minimum) ?? (constraints.exclusiveMinimum === undefined ? undefined : exact(Math.floor(constraints.exclusiveMinimum))! + 1n);
  const high = exact(constraints.maximum) ?? (constraints.exclusiveMaximum === undefined ? undefined : exact(Math.ceil(constraints.exclusiveMaximum))! - 1n);
  const pastInt = (bound: bigint | undefined) => bound !== undefined && bound > INT64_MAX;
  const startsWhereIntEnds = low !== undefined && low >= INT64_MAX && low <= UINT64_MAX;
  return low !== undefined && low >= 0n && (pastInt(high) || startsWhereIntEnds) ? "UInt64" : "Int";
}

/** A bound as the exact integer the schema wrote (a fractional bound's nearest integer inward is the caller's). */
function exactBound(value: number, spellings: IntegerSpellings): bigint | undefined {
  return Number.isFinite(value) ? exactInteger(Math.trunc(value), spellings) : undefined;
}

/**
 * Whether a number is written as a Swift Int: a whole number JSON parsers keep exactly (a larger one
 * such as 1e21 is beyond Int64, or already rounded, and is written as a Double).
 */
export function isSwiftInt(value: number): boolean {
  return Number.isSafeInteger(value);
}

/**
 * The Swift integer type that holds a number constant exactly, and its literal: a whole number a double
 * holds exactly (a safe integer) is an Int; one the document spells past a double's reach
 * (`spellings`) an Int, or a UInt64 past Int's largest. JSON.parse reads `const: 12345678901234567890`
 * as 12345678901234567168, which a Double comparison took 12345678901234567891 for; Swift's
 * JSONDecoder reads an integer into Int or UInt64 exactly. Any other number (a fraction, an integer
 * past 64 bits or written with an exponent) has none.
 */
export function swiftInteger(value: number, spellings: IntegerSpellings): { readonly type: "Int" | "UInt64"; readonly literal: string } | undefined {
  if (isSwiftInt(value)) return { type: "Int", literal: String(value) };
  const spelled = integerSpelling(value, spellings);
  if (spelled === undefined) return undefined;
  const exact = BigInt(spelled);
  if (exact >= INT64_MIN && exact <= INT64_MAX) return { type: "Int", literal: spelled };
  if (exact > INT64_MAX && exact <= UINT64_MAX) return { type: "UInt64", literal: spelled };
  return undefined;
}

/** The scalar type holding a constant: whole numbers Swift holds exactly are Int or UInt64 (swiftInteger), other numbers Double. */
export function literalSwiftType(value: ScalarConstant, spellings: IntegerSpellings): string {
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Bool";
  return swiftInteger(value, spellings)?.type ?? "Double";
}

/**
 * A constant as a Swift expression of its literalSwiftType (scalars), or of JSONValue (objects and
 * arrays, spelled with the type so it needs no context: `JSONValue.object([…])`).
 */
export function constantExpression(ref: LiteralTypeRef, spellings: IntegerSpellings): string {
  return typeof ref.value === "object" ? `JSONValue${jsonValueExpression(ref.value, spellings)}` : literalExpression(ref.value, spellings);
}

/** A scalar constant as a Swift expression whose type is its literalSwiftType. */
export function literalExpression(value: ScalarConstant, spellings: IntegerSpellings): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "boolean") return String(value);
  if (!Number.isFinite(value)) throw new Error(`non-finite number literal ${value}`);
  const integer = swiftInteger(value, spellings);
  // An integer literal is an Int wherever nothing says otherwise (a generic check's argument).
  if (integer) return integer.type === "Int" ? integer.literal : `${integer.type}(${integer.literal})`;
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/**
 * A JSON value as a `JSONValue` expression (support.ts), integers kept apart from doubles. An integer
 * the document spells past a double's reach (`spellings`) is the `.int` JSONValue decodes its literal
 * as, where Int64 holds it: 9007199254740993 read as its double was written `.double(9007199254740992.0)`,
 * which the decoded `.int(9007199254740993)` never equals.
 */
export function jsonValueExpression(value: JsonValue, spellings: IntegerSpellings): string {
  if (value === null) return ".null";
  if (typeof value === "boolean") return `.bool(${value})`;
  if (typeof value === "number") {
    const spelled = integerSpelling(value, spellings);
    if (spelled !== undefined && BigInt.asIntN(64, BigInt(spelled)) === BigInt(spelled)) return `.int(${spelled})`;
    return isSwiftInt(value) ? `.int(${value})` : `.double(${literalExpression(value, NO_INTEGER_SPELLINGS)})`;
  }
  if (typeof value === "string") return `.string(${stringLiteral(value)})`;
  if (Array.isArray(value)) return `.array([${value.map((item) => jsonValueExpression(item, spellings)).join(", ")}])`;
  const entries = Object.entries(value).map(([key, item]) => `${stringLiteral(key)}: ${jsonValueExpression(item, spellings)}`);
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
  while ((inner.kind === "nullable" || inner.kind === "constrained") && !decodesNoValue(inner)) {
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
export function declaredPropertyType(property: Property, model: SchemaModel): string {
  const { inner, nullable } = propertyValue(property.type);
  const base = swiftType(inner, model);
  if (!property.required && nullable) return `${base}??`;
  return !property.required || nullable ? `${base}?` : base;
}
