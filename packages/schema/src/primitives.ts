// Small building blocks shared by every schema family, so that one shape is spelled one way.
import { Type, type TLiteral, type TUnion } from "@sinclair/typebox";

export const NonEmptyString = Type.String({ minLength: 1 });

/** A required key whose value may be null (`string | null`), as opposed to an optional key. */
export const NullableString = Type.Union([Type.String(), Type.Null()]);

/** RFC 3339 date-time with an explicit offset or `Z`; the exact rule lives in validate/formats.ts. */
export const RFC3339DateTime = Type.String({ format: "date-time" });

/** A closed set of string values, written as `anyOf` of `const`s like the rest of the protocol. */
export function StringLiteralUnion<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((value) => Type.Literal(value)));
}
