// RFC 3339 date-times as `packages/schema/src/validate/formats.ts` defines them: any real calendar
// date from year 0000 to 9999 (leap years included), seconds 00-59, an optional fraction of any
// length, `T`/`Z` in either case, and `Z` or a ±HH:MM offset. Every instance is checked against
// `isRfc3339DateTime`, the rule itself, so the generator can never drift from it unnoticed.
import fc from "fast-check";
import { daysInMonth, isRfc3339DateTime } from "@clone/schema";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

export const calendarDate = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1900, 2000, 2024, 2100, 9999)),
    month: fc.integer({ min: 1, max: 12 }),
    dayFromEnd: fc.oneof(fc.nat(30), fc.constant(0)),
  })
  .map(({ year, month, dayFromEnd }) => {
    const last = daysInMonth(year, month);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.max(1, last - dayFromEnd), 2)}`;
  });

export const timeOfDay = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute, second]) => `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`);

export const fraction = fc.oneof(fc.constant(""), fc.stringMatching(/^\.[0-9]{1,12}$/));

export const offset = fc.oneof(
  fc.constantFrom("Z", "z", "+00:00", "-00:00"),
  fc
    .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([sign, hour, minute]) => `${sign}${pad(hour, 2)}:${pad(minute, 2)}`),
);

export const rfc3339DateTime: fc.Arbitrary<string> = fc
  .tuple(calendarDate, fc.constantFrom("T", "t"), timeOfDay, fraction, offset)
  .map((parts) => parts.join(""))
  .filter(isRfc3339DateTime);

/** The offsets a zone-neutral time is spelled with: what a schema's pattern most often narrows (`(\+00:00|Z)$`). */
const SPELLED_OFFSETS = ["Z", "z", "+00:00", "-00:00"] as const;

/**
 * Other spellings of a valid date-time or time, each valid too: its offset as each of the zone-neutral
 * ones, its `T`/`Z` in the other case, without its fraction. A pattern beside the format (STAC's
 * `(\+00:00|Z)$`) is met by one of them where a drawn candidate seldom meets it: drawn alone, nine in
 * ten were refused, and an Item of a dozen such fields gave up.
 */
export function respelledTimes(value: string): string[] {
  const offsetAt = value.search(/([Zz]|[+-]\d{2}:\d{2})$/);
  if (offsetAt < 0) return [];
  const body = value.slice(0, offsetAt);
  const bodies = [body, body.replace(/\.\d+$/, "")].flatMap((each) => [each, each.toUpperCase(), each.toLowerCase()]);
  return [...new Set(bodies.flatMap((each) => SPELLED_OFFSETS.map((offset) => each + offset)))].filter((each) => each !== value);
}

/**
 * Near misses: a valid date-time with one thing wrong, the way people and libraries get it wrong
 * (no offset, a space, a date alone, hour 24, a leap second, day 31 of a 30-day month, …). Every
 * one is rejected by `isRfc3339DateTime`.
 */
const BREAKS: readonly ((value: string) => string)[] = [
  (value) => value.replace(/([Zz]|[+-]\d{2}:\d{2})$/, ""), // no offset
  (value) => value.replace(/[Tt]/, " "), // space separator
  (value) => value.slice(0, 10), // date only
  (value) => value.replace(/[Tt]\d{2}/, "T24"), // hour 24
  (value) => value.replace(/(:\d{2}):\d{2}/, "$1:60"), // leap second
  (value) => value.replace(/^(\d{4})-\d{2}-\d{2}/, "$1-13-01"), // month 13
  (value) => value.replace(/^(\d{4})-\d{2}-\d{2}/, "$1-04-31"), // day 31 of April
  (value) => value.replace(/^\d{4}-\d{2}-\d{2}/, "2023-02-29"), // Feb 29, not a leap year
  (value) => value.replace(/^\d{4}-\d{2}-\d{2}/, "1900-02-29"), // century, not a leap year
  (value) => value.replace(/([+-]\d{2}):(\d{2})$|[Zz]$/, "+0100"), // offset without colon
  (value) => value.replace(/\.\d+/, "") + "x", // trailing garbage
  (value) => value.replace(/^\d{4}/, "26"), // two-digit year
  (value) => value.replace(/(\d{2}:\d{2}:\d{2})/, "$1."), // empty fraction
  (value) => `${value}\n`, // trailing newline (what a `$`-anchored regex lets through)
  (value) => value.replace(/^(\d{3})\d/, "$1\u0663"), // an Arabic-Indic digit (what `\d` in Unicode mode lets through)
  (value) => value.replace(/^(\d{3})\d/, "$1\uff13"), // a fullwidth digit
];

export const brokenDateTime: fc.Arbitrary<string> = fc
  .tuple(rfc3339DateTime, fc.nat(BREAKS.length - 1))
  .map(([value, index]) => BREAKS[index]!(value))
  .filter((value) => !isRfc3339DateTime(value));
