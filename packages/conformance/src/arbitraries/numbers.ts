// Numbers near the edges: a schema's bounds and the values just inside them, zero, and the largest
// integers every runtime must carry exactly (±(2^53 − 1), the JSON interoperability limit of RFC 8259).
import fc from "fast-check";
import { exactInteger, isMultipleOf, NO_INTEGER_SPELLINGS, type IntegerSpellings, type NumberConstraints } from "@clone/codegen";
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

/**
 * Integers of the constraints; `spellings` are the document's long integer literals (the exact bounds
 * of a range past ±(2^53 − 1), which its doubles round).
 */
export function integerIn(constraints: NumberConstraints, spellings: IntegerSpellings = NO_INTEGER_SPELLINGS): fc.Arbitrary<number> {
  const { min, max } = integerBounds(constraints);
  // A range wholly beyond ±(2^53 − 1) (`minimum: 9223372036854775807`) holds no integer I-JSON asks
  // every runtime to carry, but its schema must still be judged: drawn exactly, apart.
  if (min > max) return constraints.format === "int32" ? unsatisfiable(`an int32 of ${JSON.stringify(constraints)}`) : integerBeyondDoubles(constraints, spellings);
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

/** How far past its one bound a range beyond ±(2^53 − 1) that names no other is drawn: uint64's width. */
const UNBOUNDED_REACH = 2n ** 64n;

/**
 * Integers of a range wholly beyond ±(2^53 − 1), as the doubles JSON.parse makes of them (an instance
 * is a JavaScript value), each kept only where the integer it is written as (withExactIntegers: the
 * document's literal of that double, else the double's exact digits) lies in the range the document
 * writes, exactly: 2^63 stands for `minimum: 9223372036854775807` as written, and 2^63 + 2048 for itself.
 */
function integerBeyondDoubles(constraints: NumberConstraints, spellings: IntegerSpellings): fc.Arbitrary<number> {
  const { low, high } = exactIntegerBounds(constraints, spellings);
  const from = low ?? high! - UNBOUNDED_REACH;
  const to = high ?? low! + UNBOUNDED_REACH;
  if (from > to) return unsatisfiable(`an integer of ${JSON.stringify(constraints)}`);
  const multipleOf = constraints.multipleOf;
  const satisfiedAsWritten = writtenSatisfies(constraints, spellings);
  const candidates = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(from, to) }, { weight: 3, arbitrary: fc.bigInt({ min: from, max: to }) }).map(Number);
  return filtered(
    candidates,
    (value) => {
      const integer = exactInteger(value, spellings)!;
      return integer >= from && integer <= to && satisfiedAsWritten(value) && (multipleOf === undefined || Number.isInteger(multipleOf) || isMultipleOf(value, multipleOf));
    },
    `integer of ${JSON.stringify(constraints)} beyond ±(2^53 − 1)`,
    undefined,
  );
}

/**
 * Whether the integer a drawn double is written as for the runtimes that read numbers exactly
 * (withExactIntegers) satisfies the bounds and a whole `multipleOf` as the document writes them: the
 * double of `maximum: 9007199254740993` is written as that literal, which is odd, where `multipleOf: 2`
 * judged the double (Python refused it). A fraction is written as it is, and judged alike everywhere.
 */
function writtenSatisfies(constraints: NumberConstraints, spellings: IntegerSpellings): (value: number) => boolean {
  const { low, high } = exactIntegerBounds(constraints, spellings);
  const multipleOf = constraints.multipleOf;
  return (value) => {
    if (!Number.isInteger(value)) return true;
    const integer = exactInteger(value, spellings)!;
    return (low === undefined || integer >= low) && (high === undefined || integer <= high) && (multipleOf === undefined || !Number.isInteger(multipleOf) || integer % BigInt(multipleOf) === 0n);
  };
}

/** The least and greatest integers the bounds allow, exactly (a bound's integer as the document writes it); undefined where unbounded. */
function exactIntegerBounds(constraints: NumberConstraints, spellings: IntegerSpellings): { low?: bigint; high?: bigint } {
  const written = (value: number) => exactInteger(value, spellings)!;
  const greatest = (values: (bigint | undefined)[]) => values.reduce<bigint | undefined>((a, b) => (b === undefined ? a : a === undefined || b > a ? b : a), undefined);
  const least = (values: (bigint | undefined)[]) => values.reduce<bigint | undefined>((a, b) => (b === undefined ? a : a === undefined || b < a ? b : a), undefined);
  // A fractional bound is a double within 2^53, where ceiling and floor are exact.
  const atLeast = (bound: number | undefined, exclusive: boolean) => (bound === undefined ? undefined : Number.isInteger(bound) ? written(bound) + (exclusive ? 1n : 0n) : BigInt(Math.ceil(bound)));
  const atMost = (bound: number | undefined, exclusive: boolean) => (bound === undefined ? undefined : Number.isInteger(bound) ? written(bound) - (exclusive ? 1n : 0n) : BigInt(Math.floor(bound)));
  return {
    low: greatest([atLeast(constraints.minimum, false), atLeast(constraints.exclusiveMinimum, true)]),
    high: least([atMost(constraints.maximum, false), atMost(constraints.exclusiveMaximum, true)]),
  };
}

/** Any integer of [min, max] (bounds within ±(2^53 − 1)). */
function integerBetween(min: number, max: number): fc.Arbitrary<number> {
  return fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
}

/** Finite doubles within the bounds (JSON has no NaN or infinity); integers only under an integer format. */
export function numberIn(constraints: NumberConstraints, spellings: IntegerSpellings = NO_INTEGER_SPELLINGS): fc.Arbitrary<number> {
  if (constraints.format === "int32" || constraints.format === "int64") return integerIn(constraints, spellings);
  const doubles = fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(constraints.minimum !== undefined ? { min: constraints.minimum } : {}),
    ...(constraints.maximum !== undefined ? { max: constraints.maximum } : {}),
  });
  // Integers at the bounds when the range holds one: [0.25, 0.75] holds none, nor does one past 2^53.
  const { min, max } = integerBounds(constraints);
  const satisfiedAsWritten = writtenSatisfies(constraints, spellings);
  return filtered(
    min <= max ? fc.oneof(doubles, integerIn(constraints)) : doubles,
    (value) =>
      Number.isFinite(value) &&
      satisfiedAsWritten(value) &&
      (constraints.exclusiveMinimum === undefined || value > constraints.exclusiveMinimum) &&
      (constraints.exclusiveMaximum === undefined || value < constraints.exclusiveMaximum) &&
      (constraints.multipleOf === undefined || isMultipleOf(value, constraints.multipleOf)),
    `number ${JSON.stringify(constraints)}`,
    undefined,
  );
}
