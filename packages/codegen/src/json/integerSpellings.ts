// Integers a schema writes that a double does not hold. JSON.parse reads every number as a double, so
// `"maximum": 9223372036854775807` (int64's largest, as pydantic, Django and schemars write it) is
// read as 2^63: written back that way, a Python serializer took 2^63 itself, a value the schema
// refuses and a 64-bit column cannot store. The exact spelling of each such literal is kept beside
// the parsed document, by the double it was read as, and every target that writes a number writes it.

/**
 * The decimal spelling of each long integer literal of an input (one a double may not hold), by the
 * double it was read as. A literal a double holds is kept too: JSON.stringify writes 2^63 as
 * 9223372036854776000, and another literal of that double elsewhere makes both ambiguous.
 */
export type IntegerSpellings = ReadonlyMap<number, string>;

export const NO_INTEGER_SPELLINGS: IntegerSpellings = new Map();

/**
 * A JSON string (skipped whole, so digits inside it are no number) or a JSON number. The string is
 * matched as runs between escapes (`"[^"\\]*(?:\\.[^"\\]*)*"`): one alternation per character overflowed
 * V8's stack on a string of ten million characters.
 */
const STRING_OR_NUMBER = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
/** Doubles hold every integer of up to 15 digits: only a longer literal can be inexact. */
const LONGEST_EXACT = /\d{16}/;

/**
 * The long integer literals of a JSON text (16 digits or more, no fraction or exponent). A double that
 * two different literals round to names neither: it is left out, and written as the double it is.
 */
export function integerSpellingsOf(text: string): IntegerSpellings {
  return spellingsOfLiterals(longIntegerLiteralsOf(text));
}

/** The integer literals of a JSON text a double may not hold (16 digits or more), as written, in text order. */
export function longIntegerLiteralsOf(text: string): string[] {
  if (!LONGEST_EXACT.test(text)) return [];
  const literals: string[] = [];
  for (const [token] of text.matchAll(STRING_OR_NUMBER)) if (!token.startsWith('"') && /^-?\d{16,}$/.test(token)) literals.push(token);
  return literals;
}

/** Integer literals (decimal digits, a minus sign at most) by their doubles; a double two of them round to names neither. */
export function spellingsOfLiterals(literals: Iterable<string>): IntegerSpellings {
  return longIntegersOf(literals).spellings;
}

/** Doubles that several different integer literals of a document round to, with those integers (canonical, ascending). */
export type RoundedIntegers = ReadonlyMap<number, readonly string[]>;

/** What a document's long integer literals say once parsed into doubles. */
export interface LongIntegers {
  /** Each double one integer literal rounds to, by that literal (canonical). */
  readonly spellings: IntegerSpellings;
  /**
   * Each double several different literals round to. A document that writes both
   * 18446744073709551615 and 18446744073709551616 holds one double for the two, so every output
   * writes that double's own digits for both, and gen warns at each place (summary.ts), since one of
   * them then says another integer.
   */
  readonly roundedTogether: RoundedIntegers;
}

/** A document built in code (TypeBox) has no literals. */
export const NO_LONG_INTEGERS: LongIntegers = { spellings: NO_INTEGER_SPELLINGS, roundedTogether: new Map() };

/** Integer literals grouped by the double each rounds to: a double of one integer is its spelling, one of several is rounded together. */
export function longIntegersOf(literals: Iterable<string>): LongIntegers {
  const integersByDouble = new Map<number, Set<string>>();
  for (const literal of literals) {
    const double = Number(literal);
    const integers = integersByDouble.get(double) ?? new Set<string>();
    integers.add(canonicalInteger(literal));
    integersByDouble.set(double, integers);
  }
  if (integersByDouble.size === 0) return NO_LONG_INTEGERS;
  const spellings = new Map<number, string>();
  const roundedTogether = new Map<number, readonly string[]>();
  for (const [double, integers] of integersByDouble) {
    if (integers.size === 1) spellings.set(double, [...integers][0]!);
    else roundedTogether.set(double, [...integers].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)));
  }
  return { spellings: spellings.size === 0 ? NO_INTEGER_SPELLINGS : spellings, roundedTogether };
}

/** The spellings of several inputs read as one (a bundle of files); a double they spell differently is left out. */
export function joinIntegerSpellings(all: readonly IntegerSpellings[]): IntegerSpellings {
  const nonEmpty = all.filter((spellings) => spellings.size > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? NO_INTEGER_SPELLINGS;
  const spellings = new Map<number, string>();
  const ambiguous = new Set<number>();
  for (const each of nonEmpty) for (const [value, spelling] of each) noteSpelling(spellings, ambiguous, value, spelling);
  return spellings;
}

function noteSpelling(spellings: Map<number, string>, ambiguous: Set<number>, value: number, spelling: string): void {
  if (ambiguous.has(value)) return;
  const known = spellings.get(value);
  if (known === undefined) spellings.set(value, spelling);
  else if (known !== spelling) {
    spellings.delete(value);
    ambiguous.add(value);
  }
}

/** "-0012" → "-12": the digits as a number literal of any language writes them. */
function canonicalInteger(token: string): string {
  return BigInt(token).toString();
}

/** `value` in decimal digits as the input wrote it, when it is an integer the input spelled otherwise than its double; else undefined. */
export function integerSpelling(value: number, spellings: IntegerSpellings): string | undefined {
  return spellings.size === 0 ? undefined : spellings.get(value);
}

/** Whether some literal of `spellings` is another integer than its double: where a reader of doubles (AJV) judges otherwise than an exact one. */
export function holdsInexactInteger(spellings: IntegerSpellings): boolean {
  for (const [value, spelling] of spellings) if (BigInt(spelling) !== BigInt(value)) return true;
  return false;
}

/** The exact integer `value` stands for (its spelling when it has one): for comparisons a double would round. */
export function exactInteger(value: number, spellings: IntegerSpellings): bigint | undefined {
  if (!Number.isInteger(value)) return undefined;
  const spelled = integerSpelling(value, spellings);
  return spelled === undefined ? BigInt(value) : BigInt(spelled);
}

/** An integer JSON.stringify writes in digits (below 1e21) but, past 2^53, rounded to the shortest digits that name its double. */
const INTEGER_DIGITS = /^-?\d+$/;

/**
 * JSON text as JSON.stringify writes it, with every integer written exactly: as spelled, when it has a
 * spelling; else as its double's own digits (JSON.stringify writes 2^63 + 2048
 * as 9223372036854778000, another integer to a reader that reads numbers exactly).
 */
export function withExactIntegers(jsonText: string, spellings: IntegerSpellings): string {
  // An integer past 2^53 has 16 digits or more, unless JSON.stringify writes it with an exponent (which only a spelling changes).
  if (spellings.size === 0 && !LONGEST_EXACT.test(jsonText)) return jsonText;
  return jsonText.replace(STRING_OR_NUMBER, (token) => {
    if (token.startsWith('"')) return token;
    // A spelled integer JSON.stringify writes with an exponent (1e21 and past) is written as spelled too.
    const spelled = integerSpelling(Number(token), spellings);
    if (spelled !== undefined) return spelled;
    return INTEGER_DIGITS.test(token) ? BigInt(Number(token)).toString() : token;
  });
}
