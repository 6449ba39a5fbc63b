// String formats, defined once so every runtime can be held to the same rule.
//
// `date-time` is RFC 3339 section 5.6 with an explicit offset: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`,
// `T`/`Z` in either case. The calendar date must exist (leap years included); hours 00-23,
// minutes and seconds 00-59. Leap seconds (`:60`) are rejected: no runtime we target can represent
// them, and accepting them in one validator but not another would split verdicts.

/** The syntax, as a regular expression other runtimes can share; ranges are checked separately. */
export const DATE_TIME_PATTERN = "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(?:[Zz]|[+-](\\d{2}):(\\d{2}))$";

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Digit value at `index`, or -1. */
function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two-digit number at `index`, or -1. */
function twoDigits(text: string, index: number): number {
  const tens = digit(text, index);
  const ones = digit(text, index + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/**
 * Same verdict as DATE_TIME_PATTERN plus the range checks above, read character by character: this
 * check runs on every ingested event, and a regex with capture groups made it the single largest cost
 * of validating one (see `pnpm bench`).
 */
export function isRfc3339DateTime(value: string): boolean {
  const length = value.length;
  if (length < 20) return false;
  const century = twoDigits(value, 0);
  const yearOfCentury = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const separator = value.charCodeAt(10);
  if (
    century < 0 ||
    yearOfCentury < 0 ||
    value.charCodeAt(4) !== 45 /* - */ ||
    value.charCodeAt(7) !== 45 ||
    (separator !== 84 /* T */ && separator !== 116) /* t */ ||
    value.charCodeAt(13) !== 58 /* : */ ||
    value.charCodeAt(16) !== 58
  ) {
    return false;
  }
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(century * 100 + yearOfCentury, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return false;
  }
  let index = 19;
  if (value.charCodeAt(index) === 46 /* . */) {
    index += 1;
    const fractionStart = index;
    while (index < length && digit(value, index) >= 0) index += 1;
    if (index === fractionStart) return false;
  }
  const zone = value.charCodeAt(index);
  if (zone === 90 /* Z */ || zone === 122 /* z */) return index + 1 === length;
  if (zone !== 43 /* + */ && zone !== 45 /* - */) return false;
  if (index + 6 !== length || value.charCodeAt(index + 3) !== 58) return false;
  const offsetHour = twoDigits(value, index + 1);
  const offsetMinute = twoDigits(value, index + 4);
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

// `uri` is RFC 3986 section 4.3's absolute URI in its character rules: a scheme (a letter, then
// letters, digits, `+`, `-` or `.`), a colon, then only unreserved or reserved characters and
// well-formed percent-escapes. No whitespace, no non-ASCII (an IRI is not a URI); the parts after the
// scheme are not parsed further.
export const URI_PATTERN = "^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-Fa-f]{2})*$";
const uriExpression = new RegExp(URI_PATTERN);

export function isUri(value: string): boolean {
  return uriExpression.test(value);
}

/** Formats our schemas use, by JSON Schema `format` name. */
export const formats = {
  "date-time": isRfc3339DateTime,
  uri: isUri,
} as const satisfies Record<string, (value: string) => boolean>;
