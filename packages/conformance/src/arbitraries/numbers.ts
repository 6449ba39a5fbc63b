// Numbers near the edges: a schema's bounds and the values just inside them, zero, and the largest
// integers every runtime must carry exactly (±(2^53 − 1), the JSON interoperability limit of RFC 8259).
import fc from "fast-check";
import type { NumberConstraints } from "@clone/codegen";
import { isMultipleOf } from "../modelValidator.ts";
import { filtered, unsatisfiable } from "./filtered.ts";

export const MAX_EXACT_INTEGER = Number.MAX_SAFE_INTEGER;

/** The tightest inclusive integer bounds the constraints allow. */
export function integerBounds(constraints: NumberConstraints): { min: number; max: number } {
  // `int32` holds integers to 32 bits (FORMAT_RULES): its range is a bound like any other.
  let min = constraints.format === "int32" ? -(2 ** 31) : -MAX_EXACT_INTEGER;
  let max = constraints.format === "int32" ? 2 ** 31 - 1 : MAX_EXACT_INTEGER;
  if (constraints.minimum !== undefined) min = Math.max(min, Math.ceil(constraints.minimum));
  if (constraints.exclusiveMinimum !== undefined) min = Math.max(min, Math.floor(constraints.exclusiveMinimum) + 1);
  if (constraints.maximum !== undefined) max = Math.min(max, Math.floor(constraints.maximum));
  if (constraints.exclusiveMaximum !== undefined) max = Math.min(max, Math.ceil(constraints.exclusiveMaximum) - 1);
  return { min, max };
}

export function integerIn(constraints: NumberConstraints): fc.Arbitrary<number> {
  const { min, max } = integerBounds(constraints);
  // A range wholly beyond ±(2^53 − 1) holds integers no runtime need carry exactly (I-JSON): the
  // schema is reported as one the generator gives up on, not the end of the run.
  if (min > max) return unsatisfiable(`an integer of ${JSON.stringify(constraints)} within ±(2^53 − 1)`);
  const edges = [min, min + 1, max - 1, max, 0, 1, -1].filter((value) => value >= min && value <= max);
  const multipleOf = constraints.multipleOf;
  const integers = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...edges) },
    { weight: 3, arbitrary: fc.integer({ min: Math.max(min, -1000), max: Math.min(max, Math.max(min, -1000) + 2000) }) },
    // Anywhere in the range, drawn in it (a filter over all safe integers would never hit a narrow one).
    { weight: 2, arbitrary: integerBetween(min, max) },
  );
  if (multipleOf === undefined) return integers;
  if (Number.isInteger(multipleOf)) {
    // The multiples in range, drawn directly: k × multipleOf for k in [⌈min / m⌉, ⌊max / m⌋].
    const low = Math.ceil(min / multipleOf);
    const high = Math.floor(max / multipleOf);
    if (low > high) return unsatisfiable(`an integer of ${JSON.stringify(constraints)} within ±(2^53 − 1)`);
    return fc.oneof(fc.constantFrom(low, high, ...(low <= 0 && high >= 0 ? [0] : [])), integerBetween(low, high)).map((k) => k * multipleOf);
  }
  // A fractional multipleOf: an integer less its float remainder is no integer at all (-1 less
  // -1 % 0.1 is -0.9), so candidates, taken as they are too, are kept where they are integers and
  // multiples as the model reads them.
  return filtered(
    fc.oneof(integers, integers.map((value) => value - (value % multipleOf))),
    (value) => Number.isInteger(value) && value >= min && value <= max && isMultipleOf(value, multipleOf),
    `integer multiple of ${multipleOf} in [${min}, ${max}]`,
    undefined,
  );
}

/** Any integer of [min, max] (bounds within ±(2^53 − 1)). */
function integerBetween(min: number, max: number): fc.Arbitrary<number> {
  return fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
}

/** Finite doubles within the bounds (JSON has no NaN or infinity); integers only under an integer format. */
export function numberIn(constraints: NumberConstraints): fc.Arbitrary<number> {
  if (constraints.format === "int32" || constraints.format === "int64") return integerIn(constraints);
  const doubles = fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(constraints.minimum !== undefined ? { min: constraints.minimum } : {}),
    ...(constraints.maximum !== undefined ? { max: constraints.maximum } : {}),
  });
  // Integers at the bounds when the range holds one: [0.25, 0.75] holds none, nor does one past 2^53.
  const { min, max } = integerBounds(constraints);
  return filtered(
    min <= max ? fc.oneof(doubles, integerIn(constraints)) : doubles,
    (value) =>
      Number.isFinite(value) &&
      (constraints.exclusiveMinimum === undefined || value > constraints.exclusiveMinimum) &&
      (constraints.exclusiveMaximum === undefined || value < constraints.exclusiveMaximum) &&
      (constraints.multipleOf === undefined || isMultipleOf(value, constraints.multipleOf)),
    `number ${JSON.stringify(constraints)}`,
    undefined,
  );
}
