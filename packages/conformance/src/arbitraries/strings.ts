// Strings that stress every runtime's JSON text handling: escapes JSON must write (quotes, backslash,
// control characters), characters JavaScript and Python treat specially (U+2028/U+2029, BOM, NUL),
// astral-plane emoji and multi-code-point graphemes. No lone surrogates: they are not Unicode text,
// and no runtime here promises to carry them.
import fc from "fast-check";
import type { StringConstraints } from "@clone/codegen";
import { filtered, type FilterStats } from "./filtered.ts";

const TRICKY_CHARACTERS = [
  '"',
  "\\",
  "/",
  "\n",
  "\r",
  "\t",
  "\b",
  "\f",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\ufeff",
  "e\u0301", // e + combining acute: two code points, one grapheme
  "\u{1F600}", // astral plane
  "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}", // ZWJ family
  "\u{1F1EB}\u{1F1F7}", // flag
  "\uFFFF",
  "\u{10FFFF}",
];

/** One piece of a string: mostly plain text, often an escape-heavy or astral character. */
const stringUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_CHARACTERS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

/** Length as JSON Schema counts it (`minLength`/`maxLength`): Unicode code points. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

export function satisfiesLength(value: string, constraints: StringConstraints): boolean {
  const length = codePointLength(value);
  return (constraints.minLength === undefined || length >= constraints.minLength) && (constraints.maxLength === undefined || length <= constraints.maxLength);
}

/**
 * Any string of `minLength`…`maxLength` code points: as many units as the bounds allow, each at least
 * one code point, cut to `maxLength` code points when units of several overshoot (so no candidate is
 * ever thrown away, however tight the bounds).
 */
export function unicodeString(constraints: Pick<StringConstraints, "minLength" | "maxLength"> = {}): fc.Arbitrary<string> {
  const minLength = constraints.minLength ?? 0;
  const maxLength = constraints.maxLength ?? Math.max(minLength + 12, 2 * minLength);
  return fc.string({ unit: stringUnit, minLength, maxLength }).map((value) => (codePointLength(value) > maxLength ? [...value].slice(0, maxLength).join("") : value));
}

/**
 * Strings the ECMAScript `pattern` (with the `u` flag, as AJV runs it) matches, within the length
 * bounds: the pattern's own strings, kept when their length fits (bounded and counted in `stats`: a
 * pattern whose strings rarely fit is reported, one whose strings never do stops with its name).
 */
export function patternString(pattern: string, constraints: StringConstraints, stats: FilterStats | undefined): fc.Arbitrary<string> {
  const bounds = [constraints.minLength !== undefined ? `minLength ${constraints.minLength}` : "", constraints.maxLength !== undefined ? `maxLength ${constraints.maxLength}` : ""].filter(Boolean);
  const matching = fc.stringMatching(new RegExp(pattern, "u"));
  if (bounds.length === 0) return matching;
  return filtered(matching, (value) => satisfiesLength(value, constraints), `string matching ${pattern} with ${bounds.join(" and ")}`, stats);
}

/**
 * Keys for open objects and maps: mostly any string, often one that means something to some runtime
 * (JavaScript's prototype keys, JSON Schema keywords, the empty key), and often one of several
 * spellings of the same text under Unicode canonical equivalence: distinct keys to JSON, one key to a
 * runtime that compares strings by equivalence (Swift's String).
 */
export const objectKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: unicodeString({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "__proto__", "constructor", "toString", "hasOwnProperty", "$ref", "type", "null", "0") },
  { weight: 1, arbitrary: fc.constantFrom("\u00e9", "e\u0301", "\u00c5", "\u212b", "A\u030a", "\u1e69", "s\u0323\u0307", "s\u0307\u0323") },
);
