// Small building blocks shared by every schema family, so that one shape is spelled one way.
import { Type, type TLiteral, type TString, type TUnion } from "@sinclair/typebox";

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

/** A closed set of string values, written as `anyOf` of `const`s like the rest of the protocol. */
export function StringLiteralUnion<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((value) => Type.Literal(value)));
}

/**
 * A string enum that stays open: one of the `known` values, or any other string `other` accepts (e.g. a
 * known tool name, or any name matching the MCP pattern). Written as `anyOf: [known consts, other]`, so
 * a validator checks `other`'s constraints and a typed language gets the known values as cases plus a
 * case for the rest.
 */
export function OpenStringEnum<const T extends readonly string[]>(known: T, other: TString): TUnion<[TUnion<TLiteral<T[number]>[]>, TString]> {
  return Type.Union([StringLiteralUnion(known), other]);
}
