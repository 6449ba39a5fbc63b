// Small building blocks shared by every schema family, so that one shape is spelled one way.
import { CloneType, Type, type SchemaOptions, type TLiteral, type TSchema, type TString, type TUnion } from "@sinclair/typebox";

/**
 * `schema` with a description of its own, for this place: a shared shape (an identifier, a count)
 * means something different in each field that uses it, and the description says what. The shared
 * schema itself is left untouched.
 */
export function described<T extends TSchema>(schema: T, description: string): T {
  return CloneType(schema, { description });
}

export const NonEmptyString = Type.String({ minLength: 1 });

/** Longest identifier (in code points): an id is indexed and routed by, so it has a bound every store can index. */
export const MAX_IDENTIFIER_LENGTH = 256;

/**
 * An identifier the server stores, indexes and puts in URLs (an event id, a session id): 1 to
 * MAX_IDENTIFIER_LENGTH code points and no control character (C0, DEL, C1), so it fits a database index,
 * survives every store (PostgreSQL text cannot hold NUL) and reads back at its own URL.
 */
export const Identifier = Type.String({
  minLength: 1,
  maxLength: MAX_IDENTIFIER_LENGTH,
  pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$",
});

/**
 * The integers every client reads exactly: I-JSON (RFC 7493) interoperable integers, ±(2^53 − 1).
 * JavaScript's numbers and Swift's Double hold them without loss.
 */
export const MAX_WIRE_INTEGER = Number.MAX_SAFE_INTEGER;

/** A count or a size: an integer from 0 to MAX_WIRE_INTEGER. */
export const NonNegativeInteger = Type.Integer({ minimum: 0, maximum: MAX_WIRE_INTEGER });

/** A required key whose value may be null (`string | null`), as opposed to an optional key. */
export const NullableString = Type.Union([Type.String(), Type.Null()]);

/** RFC 3339 date-time with an explicit offset or `Z`; the exact rule lives in validate/formats.ts. */
export const RFC3339DateTime = Type.String({ format: "date-time" });

/** Each value of a closed set with what it means on the wire. */
export type DescribedValues = Readonly<Record<string, string>>;

/**
 * A closed set of string values, written as `anyOf` of `const`s like the rest of the protocol. Given
 * as a record (value → what it means), each `const` carries its description, which every output shows
 * beside the value (a Swift case's doc comment, a row of the reference docs).
 */
export function StringLiteralUnion<const T extends readonly string[]>(values: T, options?: SchemaOptions): TUnion<TLiteral<T[number]>[]>;
export function StringLiteralUnion<const T extends DescribedValues>(values: T, options?: SchemaOptions): TUnion<TLiteral<keyof T & string>[]>;
export function StringLiteralUnion(values: readonly string[] | DescribedValues, options?: SchemaOptions): TUnion<TLiteral<string>[]> {
  const literals = Array.isArray(values)
    ? values.map((value: string) => Type.Literal(value))
    : Object.entries(values).map(([value, description]) => Type.Literal(value, { description }));
  return Type.Union(literals, options);
}

/**
 * A string enum that stays open: one of the `known` values, or any other string `other` accepts (e.g. a
 * known tool name, or any name matching the MCP pattern). Written as `anyOf: [known consts, other]`, so
 * a validator checks `other`'s constraints and a typed language gets the known values as cases plus a
 * case for the rest.
 */
export function OpenStringEnum<const T extends readonly string[]>(known: T, other: TString, options: OpenStringEnumOptions): TUnion<[TUnion<TLiteral<T[number]>[]>, TString]>;
export function OpenStringEnum<const T extends DescribedValues>(known: T, other: TString, options: OpenStringEnumOptions): TUnion<[TUnion<TLiteral<keyof T & string>[]>, TString]>;
export function OpenStringEnum(known: readonly string[] | DescribedValues, other: TString, options: OpenStringEnumOptions): TUnion<[TUnion<TLiteral<string>[]>, TString]> {
  const { knownDescription, ...own } = options;
  const values = Array.isArray(known) ? StringLiteralUnion(known as readonly string[], { description: knownDescription }) : StringLiteralUnion(known as DescribedValues, { description: knownDescription });
  return Type.Union([values, other], own);
}

/** An open enum's own options, and what its known values have in common. */
export type OpenStringEnumOptions = SchemaOptions & { readonly knownDescription: string };
