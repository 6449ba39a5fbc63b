// Numbers near the edges: a schema's bounds and the values just inside them, zero, and the largest
// integers every runtime must carry exactly (±(2^53 − 1), the JSON interoperability limit of RFC 8259).
import fc from "fast-check";
import type { NumberConstraints } from "@clone/codegen";
import { isMultipleOf } from "../modelValidator.ts";

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
  if (min > max) throw new Error(`no integer satisfies ${JSON.stringify(constraints)}`);
  const edges = [min, min + 1, max - 1, max, 0, 1, -1].filter((value) => value >= min && value <= max);
  const multipleOf = constraints.multipleOf;
  const integers = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...edges) },
    { weight: 3, arbitrary: fc.integer({ min: Math.max(min, -1000), max: Math.min(max, Math.max(min, -1000) + 2000) }) },
    { weight: 2, arbitrary: fc.maxSafeInteger().filter((value) => value >= min && value <= max) },
  );
  return multipleOf === undefined ? integers : integers.map((value) => value - (value % multipleOf)).filter((value) => value >= min && value <= max);
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
  return fc
    .oneof(doubles, integerIn(constraints))
    .filter(
      (value) =>
        Number.isFinite(value) &&
        (constraints.exclusiveMinimum === undefined || value > constraints.exclusiveMinimum) &&
        (constraints.exclusiveMaximum === undefined || value < constraints.exclusiveMaximum) &&
        (constraints.multipleOf === undefined || isMultipleOf(value, constraints.multipleOf)),
    );
}
