// Strings of each format the toolkit checks (@clone/schema's FORMAT_RULES), built from the format's
// grammar, and near misses for the mutations. Every valid candidate is held to the rule itself
// (`satisfiesFormat`) through a counted filter, so a generator can never drift from its rule
// unnoticed; a format with no generator here would stop the run (formats.test.ts checks every rule
// has one).
import fc from "fast-check";
import { ecmaRegExp } from "@clone/codegen";
import { FORMAT_RULES, OFFSET_ENDED_FORMATS, satisfiesFormat } from "@clone/schema";
import { jsonPointer } from "@clone/schema/json-pointer";
import { calendarDate, fraction, offset, respelledTimes, rfc3339DateTime, timeOfDay, brokenDateTime } from "./dateTime.ts";
import { filtered, type FilterStats } from "./filtered.ts";
import { atomsOfAWholeStringPattern, charactersEveryMatchHolds, leastLength } from "./patternShape.ts";
import { unicodeString } from "./strings.ts";

const alpha = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_"), minLength: 1, maxLength: 8 });

// Tokens rich in the characters a pointer escapes (`~`, `/`), spelled by the one pointer helper.
const jsonPointerToken = fc.string({ unit: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), fc.constantFrom("~", "/", "~0", "~1")), maxLength: 6 });
const jsonPointerText = fc.array(jsonPointerToken, { maxLength: 4 }).map(jsonPointer);

/** A small ECMAScript regular expression (`u` flag): what a schema's `pattern` looks like. */
const regexSource: fc.Arbitrary<string> = fc.letrec<{ alternative: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    fc.constantFrom("a", "b", "\\d", "\\w", "\\s", ".", "\\.", "[a-z]", "[^0-9]", "[A-Za-z0-9_-]", "\\u00e9", "\\p{L}", "x"),
    tie("alternative").map((inner) => `(${inner})`),
    tie("alternative").map((inner) => `(?:${inner})`),
  ),
  alternative: fc
    .array(fc.tuple(tie("atom"), fc.constantFrom("", "", "*", "+", "?", "{2}", "{1,3}", "+?")), { minLength: 1, maxLength: 4 })
    .map((terms) => terms.map(([atom, quantifier]) => atom + quantifier).join("")),
})).alternative.chain((body) => fc.constantFrom(body, `^${body}$`, `^${body}`, `${body}|${body}`));

const uriScheme = fc.tuple(alpha, fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789+-."), maxLength: 6 })).map(([first, rest]) => first + rest);

const uriTemplate = fc
  .array(fc.oneof(word, fc.tuple(fc.constantFrom("", "+", "#", ".", "/", ";", "?", "&"), fc.array(word.map((name) => name.replaceAll("-", "_")), { minLength: 1, maxLength: 3 })).map(([operator, names]) => `{${operator}${names.join(",")}}`), fc.constant("/")), { maxLength: 5 })
  .map((parts) => parts.join(""));

const duration = fc
  .tuple(fc.option(fc.nat(99)), fc.option(fc.nat(12)), fc.option(fc.nat(31)), fc.option(fc.nat(23)), fc.option(fc.nat(59)), fc.option(fc.nat(59)))
  .map(([years, months, days, hours, minutes, seconds]) => {
    const date = `${years !== null ? `${years}Y` : ""}${months !== null ? `${months}M` : ""}${days !== null ? `${days}D` : ""}`;
    const time = `${hours !== null ? `${hours}H` : ""}${minutes !== null ? `${minutes}M` : ""}${seconds !== null ? `${seconds}S` : ""}`;
    return `P${date}${time ? `T${time}` : ""}`;
  });

/** Candidates for each checked format, before the rule's own filter. */
const CANDIDATES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  "date-time": rfc3339DateTime,
  date: calendarDate,
  time: fc.tuple(timeOfDay, fraction, offset).map((parts) => parts.join("")),
  "iso-time": fc.tuple(timeOfDay, fraction, fc.oneof(offset, fc.constant(""))).map((parts) => parts.join("")),
  "iso-date-time": fc.tuple(calendarDate, fc.constantFrom("T", "t"), timeOfDay, fraction, fc.oneof(offset, fc.constant(""))).map((parts) => parts.join("")),
  duration: fc.oneof(duration, fc.nat(52).map((weeks) => `P${weeks}W`)),
  uri: fc.oneof(
    { weight: 3, arbitrary: fc.webUrl({ withFragments: true, withQueryParameters: true }) },
    fc.tuple(uriScheme, fc.array(word, { maxLength: 3 })).map(([scheme, parts]) => `${scheme}:${parts.join("/")}`),
    fc.constantFrom("urn:isbn:0451450523", "mailto:someone@example.com", "file:///etc/hosts", "http://[::1]:8080/", "tag:example.com,2026:x"),
  ),
  "uri-reference": fc.oneof(
    fc.webUrl({ withFragments: true, withQueryParameters: true }),
    fc.array(word, { maxLength: 3 }).map((parts) => parts.join("/")),
    fc.tuple(fc.constantFrom("", "/", "../", "./", "#", "?"), word).map(([prefix, rest]) => prefix + rest),
  ),
  "uri-template": uriTemplate,
  url: fc.webUrl({ withQueryParameters: true }),
  email: fc.oneof(fc.emailAddress(), fc.tuple(word, word, fc.constantFrom("com", "org", "io")).map(([user, domain, tld]) => `${user}@${domain}.${tld}`)),
  hostname: fc.oneof(fc.domain(), word),
  ipv4: fc.ipV4(),
  ipv6: fc.ipV6(),
  uuid: fc.uuid(),
  "json-pointer": jsonPointerText,
  "json-pointer-uri-fragment": fc.array(word, { maxLength: 4 }).map((tokens) => `#${tokens.map((token) => `/${token}`).join("")}`),
  "relative-json-pointer": fc.tuple(fc.nat(20), fc.oneof(jsonPointerText, fc.constant("#"))).map(([up, rest]) => `${up}${rest}`),
  byte: fc.base64String({ maxLength: 24 }),
  regex: regexSource,
};

/** The formats a string generator must know: every one the toolkit checks on strings. */
export function checkedStringFormats(): string[] {
  return Object.entries(FORMAT_RULES)
    .filter(([, rule]) => rule.kind === "pattern" || (rule.kind === "check" && rule.appliesTo === "string"))
    .map(([name]) => name);
}

/**
 * The fewest code points a valid string of `format` has, read from its rule's regular expression (a
 * calendar format's syntax, a pattern format's expression); 0 for a check of another kind (`regex`)
 * or a format the toolkit does not check. A lower bound only: a `date` beside a `maxLength` of 9 has
 * no value (fuzz T, seed 55003 draft-04), where the generator drew dates until it gave up.
 */
export function leastFormattedLength(format: string): number {
  const syntax = formatSyntax(format);
  return syntax === undefined ? 0 : leastLength(syntax.source);
}

/**
 * Whether no string of `format` matches `pattern`, as told by a character every string of the format
 * holds (its syntax's, charactersEveryMatchHolds: an email's `@`, a date's `-`) that no character of a
 * string the pattern matches can be (a pattern of single-character atoms only, atomsOfAWholeStringPattern:
 * `^[a-z]+$`). `format: email` beside `pattern: ^[a-z]+$` has no value, where the generator drew emails
 * until it gave up (fuzz AC, seed 63007 OpenAPI 3.1 index 0, an array's contains; shrunk). Only when sure.
 */
export function formatRefusedByPattern(format: string, pattern: string): boolean {
  const syntax = formatSyntax(format);
  const atoms = atomsOfAWholeStringPattern(pattern);
  if (syntax === undefined || atoms === undefined) return false;
  const atomRegexes = atoms.map((atom) => ecmaRegExp(`^(?:${atom})$`));
  return [...charactersEveryMatchHolds(syntax.source)].some((character) => atomRegexes.every((atom) => !atom.test(character)));
}

/** The regular expression every string of `format` matches: a pattern format's own, a calendar format's syntax; undefined for others. */
function formatSyntax(format: string): RegExp | undefined {
  const rule = FORMAT_RULES[format];
  return rule?.kind === "pattern" ? rule.regex : rule?.kind === "check" ? rule.calendar : undefined;
}

/** Valid strings of `format`, or undefined when the toolkit does not check it (an annotation). */
export function formatString(format: string, stats?: FilterStats): fc.Arbitrary<string> | undefined {
  if (!checkedStringFormats().includes(format)) return undefined;
  const candidates = CANDIDATES[format];
  if (!candidates) throw new Error(`no generator for format "${format}" (add one to arbitraries/formats.ts)`);
  return filtered(candidates, (value) => satisfiesFormat(format, value), `format ${format}`, stats);
}

/** Other valid spellings of a valid string of `format`, for a pattern beside it to pick from (respelledTimes); none for most formats. */
export function formatRespellings(format: string, value: string): readonly string[] {
  return OFFSET_ENDED_FORMATS.has(format) ? respelledTimes(value) : [];
}

/** Strings that break `format`: a valid one with one thing wrong, or any text the rule rejects. */
export function brokenFormatString(format: string): fc.Arbitrary<string> {
  const valid = CANDIDATES[format] ?? unicodeString();
  const near = format === "date-time" ? brokenDateTime : valid.chain((value) => fc.constantFrom(`${value} `, ` ${value}`, `${value}\n`, value.slice(0, -1), `${value}\u0000`, `:${value}`, value.replace(/[0-9]/, "x"), "", `${value}%`, `\\${value}`, `(${value}`, `${value}[`));
  return fc.oneof(near, unicodeString()).filter((value) => !satisfiesFormat(format, value));
}
