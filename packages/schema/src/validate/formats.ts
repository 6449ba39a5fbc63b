// String formats, defined once so every runtime can be held to the same rule.
//
// `date-time` is RFC 3339 section 5.6 with an explicit offset: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`,
// `T`/`Z` in either case. The calendar date must exist (leap years included); hours 00-23,
// minutes and seconds 00-59. Leap seconds (`:60`) are rejected: no runtime we target can represent
// them, and accepting them in one validator but not another would split verdicts.
//
// The calendar formats (`date-time`, `date`, `time`, `iso-time`, `iso-date-time`) are written here
// once, as data: a syntax per format (CALENDAR_FORMATS, whose named groups are the fields) and the
// range of every field (CALENDAR_FIELD_RANGES; `day` also within its month). Other languages' copies
// are generated from that data (python-drf's `CALENDAR_FORMATS`); every copy is tested against the
// vectors of packages/schema/rules/calendar-formats.json.

import { fullFormats } from "ajv-formats/dist/formats.js";

const DATE_SYNTAX = String.raw`(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})`;
const TIME_SYNTAX = String.raw`(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.(?<fraction>\d+))?`;
const OFFSET_SYNTAX = String.raw`(?:[Zz]|(?<offsetSign>[+-])(?<offsetHour>\d{2}):(?<offsetMinute>\d{2}))`;

/**
 * Each calendar format's syntax (ASCII digits: no `u` flag). Named groups are the fields: the ones
 * CALENDAR_FIELD_RANGES lists are range-checked; `fraction` and `offsetSign` are there for readers
 * that turn a value into an instant.
 */
export const CALENDAR_FORMATS = {
  "date-time": new RegExp(`^${DATE_SYNTAX}[Tt]${TIME_SYNTAX}${OFFSET_SYNTAX}$`),
  date: new RegExp(`^${DATE_SYNTAX}$`),
  time: new RegExp(`^${TIME_SYNTAX}${OFFSET_SYNTAX}$`),
  "iso-time": new RegExp(`^${TIME_SYNTAX}${OFFSET_SYNTAX}?$`),
  "iso-date-time": new RegExp(`^${DATE_SYNTAX}[Tt]${TIME_SYNTAX}${OFFSET_SYNTAX}?$`),
} as const satisfies Record<string, RegExp>;

/** The calendar formats whose strings end in a time's offset (optional in the `iso-` ones): their syntax closes with OFFSET_SYNTAX. */
export const OFFSET_ENDED_FORMATS: ReadonlySet<string> = new Set(
  Object.entries(CALENDAR_FORMATS)
    .filter(([, syntax]) => syntax.source.endsWith(`${OFFSET_SYNTAX}$`) || syntax.source.endsWith(`${OFFSET_SYNTAX}?$`))
    .map(([name]) => name),
);

/** The inclusive range of each field a calendar syntax captures; `day` must also exist in its month and year. */
export const CALENDAR_FIELD_RANGES = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  offsetHour: [0, 23],
  offsetMinute: [0, 59],
} as const satisfies Record<string, readonly [number, number]>;

/** What a value failing a format was expected to be, worded for people (by every language's validators); other formats say `format "<name>"`. */
export const FORMAT_EXPECTATIONS: Readonly<Record<string, string>> = {
  "date-time": 'an RFC 3339 date-time with offset or "Z", e.g. "2026-01-31T09:30:00Z"',
};

/** The verdict of a calendar format's rule: `syntax` matches and every field is in range. */
export function matchesCalendarFormat(syntax: RegExp, value: string): boolean {
  const fields = syntax.exec(value)?.groups;
  if (fields === undefined) return false;
  for (const [name, [low, high]] of Object.entries(CALENDAR_FIELD_RANGES)) {
    const text = fields[name];
    if (text !== undefined && (Number(text) < low || Number(text) > high)) return false;
  }
  return fields.day === undefined || Number(fields.day) <= daysInMonth(Number(fields.year), Number(fields.month));
}

/** The days of `month` (1-12) in `year`, by the Gregorian calendar (the calendar formats' rule). */
export function daysInMonth(year: number, month: number): number {
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
 * The verdict of CALENDAR_FORMATS["date-time"] and its ranges (matchesCalendarFormat; formats.test.ts
 * holds the two equal), read character by character: this check runs on every ingested event, and a
 * regex with capture groups made it the single largest cost of validating one (see `pnpm bench`).
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

/** `uri`: RFC 3986's absolute URI (with an optional fragment), by its grammar (FORMAT_RULES.uri below). */
export function isUri(value: string): boolean {
  return URI.test(value);
}

/** Formats our schemas use, by JSON Schema `format` name. */
export const formats = {
  "date-time": isRfc3339DateTime,
  uri: isUri,
} as const satisfies Record<string, (value: string) => boolean>;

// ---------------------------------------------------------------------------------------------------
// Every format the toolkit checks, for any schema (`pnpm test:conformance --input` holds AJV, the
// Python validators and the generated serializers to these). ajv-formats' formats that are one
// regular expression are taken from it as they are; the rest are the toolkit's own rules, written
// here once: `date-time` above, and the ones below, each either a regular expression (which other
// languages translate) or a check other languages port by name (checked against this one by tests).
// A format not listed is an annotation, as JSON Schema allows.

export type FormatRule =
  /** The value (a string) matches `regex`; its source and flags are what other languages translate. */
  | { readonly kind: "pattern"; readonly regex: RegExp }
  /**
   * A check of the toolkit's own; `appliesTo` is the JSON type it judges (others pass). A calendar
   * format carries its `calendar` syntax (CALENDAR_FORMATS), from which other languages generate
   * their check; any other check is ported to other languages under the format's name.
   */
  | { readonly kind: "check"; readonly appliesTo: "string" | "number"; readonly check: (value: never) => boolean; readonly calendar?: RegExp }
  /** Named by ajv-formats but checks nothing (`password`, `float`). */
  | { readonly kind: "annotation" };

/** The rule of a calendar format, by name. */
function calendarRule(name: keyof typeof CALENDAR_FORMATS, check?: (value: string) => boolean): FormatRule {
  const syntax = CALENDAR_FORMATS[name];
  return { kind: "check", appliesTo: "string", calendar: syntax, check: check ?? ((value: string) => matchesCalendarFormat(syntax, value)) };
}

/** Whether `value` is an ECMAScript regular expression with the `u` flag (how JSON Schema's `pattern`s are compiled). */
function isRegex(value: string): boolean {
  try {
    new RegExp(value, "u");
    return true;
  } catch {
    return false;
  }
}

const INT32 = 2 ** 31;
const isInteger = (value: number) => Number.isInteger(value);

// RFC 3986's `URI` (absolute, optional fragment), assembled from its grammar.
const HEX = "[0-9A-Fa-f]";
const PCT = `%${HEX}{2}`;
const UNRESERVED = "A-Za-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])";
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const H16 = `${HEX}{1,4}`;
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const IPV6 = `(?:${[
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join("|")})`;
const IP_LITERAL = `\\[(?:${IPV6}|[Vv]${HEX}+\\.[${UNRESERVED}${SUB_DELIMS}:]+)\\]`;
const REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*`;
const AUTHORITY = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?(?:${IP_LITERAL}|${REG_NAME})(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${PCHAR}*)*|/(?:${PCHAR}+(?:/${PCHAR}*)*)?|${PCHAR}+(?:/${PCHAR}*)*|)`;
const SCHEME = "[A-Za-z][A-Za-z0-9+\\-.]*";
const QUERY = `(?:\\?(?:${PCHAR}|[/?])*)?`;
const FRAGMENT = `(?:#(?:${PCHAR}|[/?])*)?`;
const URI = new RegExp(`^${SCHEME}:${HIER_PART}${QUERY}${FRAGMENT}$`);
// RFC 3986's `URI-reference`: a URI, or a relative reference, whose first segment holds no colon
// unless a slash comes first (`1:b` is neither; `./this:that` is one).
const SEGMENT_NZ_NC = `(?:[${UNRESERVED}${SUB_DELIMS}@]|${PCT})+`;
const RELATIVE_PART = `(?://${AUTHORITY}(?:/${PCHAR}*)*|/(?:${PCHAR}+(?:/${PCHAR}*)*)?|${SEGMENT_NZ_NC}(?:/${PCHAR}*)*|)`;
const URI_REFERENCE = new RegExp(`^(?:${SCHEME}:${HIER_PART}|${RELATIVE_PART})${QUERY}${FRAGMENT}$`);

// Where ajv-formats' expression accepts what the format's own grammar refuses (or refuses what it
// accepts), the toolkit writes the grammar instead (`uri` and `uri-reference` above, these below); JSON-Schema-Test-Suite's optional/format files
// (test/cases/json-schema-test-suite) hold each to it.

/**
 * `duration`: RFC 3339 Appendix A's grammar, which JSON Schema names. Each unit may only be followed
 * by the next smaller one (`P1Y2D` and `PT1H2S` skip one; ajv-formats took every unit as optional),
 * and weeks stand alone.
 */
const DURATION_TIME = String.raw`T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)`;
const DURATION_DATE = String.raw`(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:${DURATION_TIME})?`;
const DURATION = new RegExp(`^P(?:${DURATION_DATE}|${DURATION_TIME}|\\d+W)$`);

/** `uuid`: RFC 4122's string form, hex digits of either case; a `urn:uuid:` URN is not one (ajv-formats allowed that prefix). */
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/**
 * `relative-json-pointer`: the grammar 2020-12 names (draft-bhutton-relative-json-pointer-00), whose
 * prefix may carry an index manipulation (`0+1`, `1-2/bar`, `0-1#`); ajv-formats knew only the earlier
 * draft's. One rule for every dialect (the suite's 2019-09 file states the same verdicts): the older
 * drafts' pointers are all still valid under it.
 */
const NON_NEGATIVE_INTEGER = "(?:0|[1-9][0-9]*)";
const RELATIVE_JSON_POINTER = new RegExp(`^${NON_NEGATIVE_INTEGER}(?:[+-]${NON_NEGATIVE_INTEGER})?(?:#|(?:/(?:[^~/]|~0|~1)*)*)$`);

/**
 * `uri-template`: RFC 6570's grammar. A variable name may hold single dots (`{a.b}`); a literal is any
 * character but controls (DEL and C1 too), space and `"%<>\\^`{|}` outside a percent-encoding, an
 * apostrophe included, as the JSON-Schema-Test-Suite reads it (ajv-formats refused `{a.b}` and `a'b`, and
 * took DEL).
 */
const URI_TEMPLATE_LITERAL = `(?:[\\x21\\x23\\x24\\x26-\\x3B\\x3D\\x3F-\\x5B\\x5D\\x5F\\x61-\\x7A\\x7E]|[^\\x00-\\x9F]|${PCT})`;
const URI_TEMPLATE_VARCHAR = `(?:[A-Za-z0-9_]|${PCT})`;
const URI_TEMPLATE_VARSPEC = `${URI_TEMPLATE_VARCHAR}(?:\\.?${URI_TEMPLATE_VARCHAR})*(?::[1-9][0-9]{0,3}|\\*)?`;
const URI_TEMPLATE = new RegExp(`^(?:${URI_TEMPLATE_LITERAL}|\\{[+#./;?&=,!@|]?${URI_TEMPLATE_VARSPEC}(?:,${URI_TEMPLATE_VARSPEC})*\\})*$`);

/**
 * `email`: RFC 5321's `Mailbox`, which JSON Schema names: a dot-string or quoted local part, and a
 * domain of letter-digit-hyphen labels or an address literal (`[127.0.0.1]`, `[IPv6:::1]`, a tagged
 * one). ajv-formats' expression refused a quoted local part, an address literal and a one-label domain.
 */
const EMAIL_ATOM = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+";
const EMAIL_QUOTED = '"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*"';
const EMAIL_LDH_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const EMAIL_ADDRESS_LITERAL = `\\[(?:${IPV4}|[Ii][Pp][Vv]6:${IPV6}|${EMAIL_LDH_LABEL}:[\\x21-\\x5A\\x5E-\\x7E]+)\\]`;
const EMAIL = new RegExp(`^(?:${EMAIL_ATOM}(?:\\.${EMAIL_ATOM})*|${EMAIL_QUOTED})@(?:${EMAIL_LDH_LABEL}(?:\\.${EMAIL_LDH_LABEL})*|${EMAIL_ADDRESS_LITERAL})$`);

/** The toolkit's formats by name (what `format` checks in every validating runtime). */
export const FORMAT_RULES: Readonly<Record<string, FormatRule>> = {
  ...Object.fromEntries(
    Object.entries(fullFormats).flatMap(([name, format]): [string, FormatRule][] =>
      format instanceof RegExp ? [[name, { kind: "pattern", regex: format }]] : format === true ? [[name, { kind: "annotation" }]] : [],
    ),
  ),
  "date-time": calendarRule("date-time", isRfc3339DateTime),
  date: calendarRule("date"),
  time: calendarRule("time"),
  "iso-time": calendarRule("iso-time"),
  "iso-date-time": calendarRule("iso-date-time"),
  uri: { kind: "pattern", regex: URI },
  "uri-reference": { kind: "pattern", regex: URI_REFERENCE },
  "uri-template": { kind: "pattern", regex: URI_TEMPLATE },
  email: { kind: "pattern", regex: EMAIL },
  duration: { kind: "pattern", regex: DURATION },
  uuid: { kind: "pattern", regex: UUID },
  "relative-json-pointer": { kind: "pattern", regex: RELATIVE_JSON_POINTER },
  byte: { kind: "pattern", regex: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/ },
  regex: { kind: "check", appliesTo: "string", check: isRegex },
  int32: { kind: "check", appliesTo: "number", check: (value: number) => isInteger(value) && value >= -INT32 && value < INT32 },
  int64: { kind: "check", appliesTo: "number", check: isInteger },
  float: { kind: "annotation" },
  double: { kind: "annotation" },
};

/** Whether `value` satisfies format `name` (true for a format the toolkit does not check, or a value of another JSON type). */
export function satisfiesFormat(name: string, value: unknown): boolean {
  const rule = FORMAT_RULES[name];
  if (!rule || rule.kind === "annotation") return true;
  if (rule.kind === "pattern") return typeof value !== "string" || rule.regex.test(value);
  if (rule.appliesTo === "string") return typeof value !== "string" || (rule.check as (value: string) => boolean)(value);
  return typeof value !== "number" || (rule.check as (value: number) => boolean)(value);
}
