// How runtimes other than AJV read numbers, as readings the model's validator takes (ModelValidator's
// `integers` and `multipleOf` options, @clone/codegen): the draft-04 integer as this harness writes it,
// the integer the generated Swift holds in 64 bits, and the Python engines' `multipleOf`. Each is
// the evidence of a limitation (limitations.ts) or the reading a generator draws by (cases.ts).
import { integerSwiftType, type NumberConstraints, type SchemaModel } from "@clone/codegen";

/** JSON.stringify writes an integral number of this magnitude or more with an exponent (1e+21). */
const EXPONENT_FROM = 1e21;

/**
 * `integer` as draft-04 defines it, a number written without fraction or exponent: as this harness
 * writes JSON, an integral number below 1e21 in magnitude (limitations.ts, "python-validators-read-draft-04-integers-as-written").
 */
export function integersAsWritten(): (value: number) => boolean {
  return (value) => Number.isInteger(value) && Math.abs(value) < EXPONENT_FROM;
}

/**
 * `integer` as the generated Swift holds it, in 64 bits: a whole number whose JSON (as this harness
 * writes it) is no integer of the Swift type the schema gets (Int, or UInt64 where integerSwiftType
 * says so) is none (limitations.ts, "swift-holds-integers-in-64-bits").
 */
export function integersHeldBySwift(constraints: NumberConstraints, model: SchemaModel): (value: number) => boolean {
  const swiftType = integerSwiftType(constraints, model.source.integerSpellings);
  return (value) => isIntegerHeldBy(swiftType, value);
}

/** The integers each of the generated Swift's integer types holds (integerSwiftType picks one per schema). */
const SWIFT_INTEGER_RANGES: Readonly<Record<ReturnType<typeof integerSwiftType>, readonly [bigint, bigint]>> = {
  Int: [-(2n ** 63n), 2n ** 63n - 1n],
  UInt64: [0n, 2n ** 64n - 1n],
};

/**
 * Whether `value`, written as JSON.stringify writes it, is an integer the Swift type holds: -2^63 is
 * written -9223372036854776000, an integer below Int's least, and 1e21 with an exponent, which no
 * integer decoder reads.
 */
function isIntegerHeldBy(swiftType: ReturnType<typeof integerSwiftType>, value: number): boolean {
  if (!Number.isInteger(value) || Math.abs(value) >= EXPONENT_FROM) return false;
  const written = BigInt(JSON.stringify(value));
  const [least, greatest] = SWIFT_INTEGER_RANGES[swiftType];
  return written >= least && written <= greatest;
}


/**
 * How fastjsonschema checks a fractional `multipleOf` (Python's `Decimal(repr(value)) /
 * Decimal(repr(divisor))` must be whole): in decimal arithmetic (the quotient rounded to 28
 * significant digits, isWholeAsDecimalRoundsIt) on the numbers' shortest
 * spellings (an integer's all its digits, as Python reads it), so -1.9000000000000001 is not a multiple of 0.1, where float division (AJV, the model)
 * rounds the quotient to -19. A whole divisor divides an integer exactly and any other number as
 * floats, as fastjsonschema does.
 */
export function isDecimalMultipleOf(value: number, divisor: number): boolean {
  // A quotient overflowing to infinity is refused ("inifinity reached", 1e308 / 0.001), but the
  // check compares with +infinity only: one overflowing to -infinity is judged by its digits below.
  const quotient = value / divisor;
  if (quotient === Infinity) return false;
  if (Number.isInteger(divisor)) {
    if (!Number.isFinite(quotient)) return false;
    // An integer (which JSON spells in digits below 1e21, and Python reads as an int) by exact
    // remainder; any other number by float division, whole as int() reads it (1.5e300 / 1 is).
    if (Number.isInteger(value) && Math.abs(value) < EXPONENT_FROM) return value % divisor === 0;
    return isWholeToPython(quotient);
  }
  // An integer JSON writes in digits reaches Python as an int, whose repr is all its digits: the
  // runtimes are given a double's own (run.ts spelledAsTheDocument), and past 2^53 the shortest
  // spelling names another integer (-79124375777844450000 is -79124375777844445184, no multiple of 1.5).
  const [valueDigits, valueExponent] = Number.isInteger(value) && Math.abs(value) < EXPONENT_FROM ? [BigInt(value), 0] : decimalSpelling(value);
  const [divisorDigits, divisorExponent] = decimalSpelling(divisor);
  // value / divisor = (valueDigits / divisorDigits) · 10^(valueExponent − divisorExponent)
  const shift = valueExponent - divisorExponent;
  const magnitude = (digits: bigint) => (digits < 0n ? -digits : digits);
  const numerator = magnitude(shift >= 0 ? valueDigits * 10n ** BigInt(shift) : valueDigits);
  const denominator = magnitude(shift >= 0 ? divisorDigits : divisorDigits * 10n ** BigInt(-shift));
  return isWholeAsDecimalRoundsIt(numerator, denominator);
}

/** The significant digits of Python's default decimal context, which `Decimal` division rounds its quotient to. */
const DECIMAL_CONTEXT_DIGITS = 28;

/**
 * Whether `numerator / denominator` (both positive) is whole once rounded as Python's `Decimal`
 * division rounds it: to 28 significant digits, half to even. A quotient of 28 integer digits or
 * more is whole so (1.6042661932261088e41 is a multiple of 1.5 to fastjsonschema, though its exact
 * quotient has a fraction); one below 0.1 cannot round to a whole number.
 */
function isWholeAsDecimalRoundsIt(numerator: bigint, denominator: bigint): boolean {
  if (numerator % denominator === 0n) return true;
  if (numerator * 10n < denominator) return false;
  const integerDigits = numerator < denominator ? 0 : String(numerator / denominator).length;
  if (integerDigits >= DECIMAL_CONTEXT_DIGITS) return true;
  const scale = 10n ** BigInt(DECIMAL_CONTEXT_DIGITS - integerDigits);
  const scaled = numerator * scale;
  let rounded = scaled / denominator;
  const twiceRemainder = 2n * (scaled % denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && rounded % 2n === 1n)) rounded += 1n;
  return rounded % scale === 0n;
}

/**
 * How Python's jsonschema checks `multipleOf`: by an integer divisor, with Python's remainder (`%`,
 * exact, the sign of the divisor), so -5e-324 is no multiple of 2, where float division (AJV, the
 * model) rounds the quotient to -0, a whole number; by a fractional one, `int(quotient) ==
 * quotient` (a quotient of 1e21 or more is whole, where AJV's parseInt reads its exponent
 * spelling), exactly in fractions when the quotient overflows.
 */
export function isRemainderMultipleOf(value: number, divisor: number): boolean {
  if (Number.isInteger(divisor)) {
    const remainder = value % divisor;
    return remainder === 0 || (remainder < 0 !== divisor < 0 && remainder + divisor === 0);
  }
  const quotient = value / divisor;
  if (Number.isFinite(quotient)) return isWholeToPython(quotient);
  // value / divisor = (odd₁ / odd₂) · 2^(e₁ − e₂): whole when odd₂ divides odd₁ and the power is not negative.
  const [odd1, exponent1] = oddTimesPowerOfTwo(value);
  const [odd2, exponent2] = oddTimesPowerOfTwo(divisor);
  return odd1 % odd2 === 0n && exponent1 >= exponent2;
}

/** Python's `int(quotient) == quotient` for a finite float: whole at any magnitude (1.5e300 is). */
function isWholeToPython(quotient: number): boolean {
  return Math.trunc(quotient) === quotient;
}

/** A finite, non-zero double as an odd integer times a power of two, exactly. */
function oddTimesPowerOfTwo(value: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mantissa |= 1n << 52n;
  while (mantissa !== 0n && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent += 1;
  }
  return [mantissa, exponent];
}

/** A finite number's shortest spelling as digits · 10^exponent, exactly. */
function decimalSpelling(value: number): [bigint, number] {
  const [mantissa, exponent = "0"] = String(value).toLowerCase().split("e");
  const [whole, fraction = ""] = mantissa!.split(".");
  return [BigInt(`${whole}${fraction}`), Number(exponent) - fraction.length];
}
