// Values for `unknown` (`{}`) fields: any JSON at all, often large and deeply nested, so that every
// runtime has to carry free-form payloads losslessly (integers up to 2^53 − 1, doubles, unicode keys).
import fc from "fast-check";
import type { JsonValue } from "@clone/codegen";
import { MAX_EXACT_INTEGER } from "./numbers.ts";
import { objectKey, unicodeString } from "./strings.ts";

const scalar: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -MAX_EXACT_INTEGER, max: MAX_EXACT_INTEGER }),
  fc.constantFrom(0, -1, MAX_EXACT_INTEGER, -MAX_EXACT_INTEGER, 0.1, 1e-7, 1.5e300, 5e-324),
  // Every finite double survives JSON text in JS; -0 is left out because JSON has no negative zero.
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
  unicodeString(),
);

export const anyJson: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 8, withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 16 }),
    fc.dictionary(objectKey, tie("value"), { maxKeys: 12, noNullPrototype: true }),
  ),
})).value;
