// Strings that stress every runtime's JSON text handling: escapes JSON must write (quotes, backslash,
// control characters), characters JavaScript and Python treat specially (U+2028/U+2029, BOM, NUL),
// astral-plane emoji and multi-code-point graphemes. No lone surrogates: they are not Unicode text,
// and no runtime here promises to carry them.
import fc from "fast-check";
import { closingParenthesis, codePointLength, ecmaRegExp, type StringConstraints } from "@clone/codegen";
import { filtered, type FilterStats } from "./filtered.ts";
import { drawableSource, leastLength, repeatsNestedRepetition } from "./patternShape.ts";

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

export { codePointLength };

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
  const repeated = repeatedCharacter(pattern, constraints);
  if (repeated !== undefined) return repeated;
  const regex = ecmaRegExp(pattern);
  const matching = stringsMatching(regex, stats, constraints.minLength ?? 0);
  if (bounds.length === 0) return matching;
  // fast-check reads an unanchored pattern as text around what it matches, and that text made almost
  // every candidate longer than a maxLength: cfn-lint's AWS::CodeArtifact::Repository (an account id,
  // `[0-9]{12}` with minLength = maxLength = 12) gave up. Half the candidates are the pattern's
  // anchored reading's, which match the pattern alone (every one matches the pattern as written too).
  const candidates = constraints.maxLength !== undefined ? fc.oneof(matching, stringsMatching(anchoredReading(regex), stats, constraints.minLength ?? 0)) : matching;
  return filtered(candidates, (value) => satisfiesLength(value, constraints), `string matching ${pattern} with ${bounds.join(" and ")}`, stats);
}

/**
 * Strings of a format beside a pattern or a maxLength: a string of the format (`host`) with a string
 * of the pattern's anchored reading put inside it, and as much of the host's start and end kept as
 * the maxLength leaves room for (none of the pattern's where there is no pattern). Neither source
 * alone meets both rules when they seldom meet: a uri of at most 8 code points containing an `x`
 * (fuzz V, seed 57002 draft-07, D3) was never drawn by the format (its URLs are longer, its short URIs
 * seldom hold an x) nor by the pattern (text around an x is seldom a URI), and the run gave up; the
 * start of a URI with an x after it ("ab:x") is one. Candidates only: the caller keeps those both
 * rules accept.
 */
export function formatAroundPattern(host: fc.Arbitrary<string>, regex: RegExp | undefined, constraints: StringConstraints, stats: FilterStats | undefined): fc.Arbitrary<string> {
  const inserted = regex === undefined ? fc.constant("") : stringsMatching(anchoredReading(regex), stats, 0);
  // A kept start or end is mostly a random share of what fits, now and then none or all of it (an
  // anchored pattern's match must be the string's start or end).
  const share = fc.oneof({ weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, fc.constantFrom(0, 1));
  return fc.tuple(host, inserted, share, share).map(([hostText, match, startShare, endShare]) => {
    const hostPoints = [...hostText];
    const room = Math.max(0, (constraints.maxLength ?? Number.POSITIVE_INFINITY) - codePointLength(match));
    const start = Math.floor(startShare * Math.min(hostPoints.length, room));
    const end = Math.floor(endShare * Math.min(hostPoints.length - start, room - start));
    return hostPoints.slice(0, start).join("") + match + hostPoints.slice(hostPoints.length - end).join("");
  });
}

/** The strings `regex` matches whole: a subset of those it matches somewhere. */
function anchoredReading(regex: RegExp): RegExp {
  return new RegExp(`^(?:${regex.source})$`, regex.flags);
}

/** `^X+$` or `^X*$`, X one class, escape or `.`: X is group 1, the quantifier group 2. */
const ONE_REPEATED_CHARACTER = /^\^(\[(?:[^\]\\]|\\.)*\]|\\.|\.)([+*])\$$/s;

/**
 * A pattern that is one character repeated (`^[0-9a-fA-F]+$`), under length bounds: its strings are
 * drawn at a length between the bounds, a character at a time. Drawn whole, a string of exactly the
 * length asked for (a 32-digit hex id, minLength = maxLength = 32) was too rare, and the run gave up on
 * cfn-lint's AWS::MediaPackageV2::OriginEndpoint, found by the sweep.
 */
function repeatedCharacter(pattern: string, constraints: StringConstraints): fc.Arbitrary<string> | undefined {
  const parts = ONE_REPEATED_CHARACTER.exec(pattern);
  if (parts === null || (constraints.minLength === undefined && constraints.maxLength === undefined)) return undefined;
  const character = ecmaRegExp(`^${parts[1]}$`);
  // fast-check draws a negated class by trying printable ASCII characters until one fits: one that
  // excludes them all is drawn from its positive spelling; one that matches nothing is left to
  // stringsMatching, whose filter gives up on it, reported.
  const drawable = drawableSource(character.source, character.flags);
  if (drawable.emptyClasses.length > 0) return undefined;
  const minLength = Math.max(constraints.minLength ?? 0, parts[2] === "+" ? 1 : 0);
  const maxLength = constraints.maxLength ?? minLength + 12;
  if (maxLength < minLength) return undefined;
  return fc.string({ unit: fc.stringMatching(new RegExp(drawable.source, character.flags)), minLength, maxLength });
}

/**
 * How far fast-check repeats a pattern's quantifiers for strings of at least `minLength`: by default
 * (about ten times) a `.+` never reached 32 characters, and the run gave up on cfn-lint's
 * AWS::DeviceFarm::VPCEConfiguration (`^arn:.+`, minLength 32), found by the sweep.
 */
function sizeReaching(minLength: number): fc.SizeForArbitrary | undefined {
  return minLength <= 10 ? undefined : minLength <= 100 ? "medium" : "large";
}

/** Characters that mean something in a pattern outside a class: a literal spells them escaped. */
const SYNTAX_CHARACTERS = new Set("^$\\.*+?()[]{}|/");

/**
 * The strings a pattern matches when it spells them out: `^…$` around a literal, or around one group
 * of literal alternatives (`^(get|put)$`, `^(?:a|b)$`); a literal is characters that mean nothing in a
 * pattern and escaped punctuation (`^\$ref$`). Undefined for any other pattern (classes, quantifiers,
 * escapes such as `\d`, alternatives outside a group), whose matches are not listed. Each string is
 * checked with `regex` (how the run reads the pattern), so a reading the parse missed lists nothing.
 */
export function patternKeys(pattern: string, regex: RegExp = ecmaRegExp(pattern)): string[] | undefined {
  if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) return undefined;
  let body = pattern.slice(1, -1);
  const group = /^\((?:\?:)?(.*)\)$/s.exec(body);
  // A group's alternatives; `^a|b$` is `^a` or `b$`, so alternatives outside a group are not read.
  if (group) body = group[1]!;
  const alternatives = group ? splitAlternatives(body) : [body];
  const keys = alternatives?.map(literalText);
  if (keys === undefined || keys.some((key) => key === undefined)) return undefined;
  const listed = keys as string[];
  return listed.every((key) => regex.test(key)) ? [...new Set(listed)] : undefined;
}

/**
 * Whether `pattern` matches every string (`.*`, `^.*`, `""`, `^(a|)`): it matches the empty string, and
 * nothing in it but a leading `^` depends on where it is tried (no other anchor, boundary or lookaround,
 * read without regard to classes), so its empty match at the start of any string succeeds. False where
 * unsure (`^.*$`, which `.` stops at a line break, `[^a]*`).
 */
export function matchesEveryString(pattern: string, regex: RegExp = ecmaRegExp(pattern)): boolean {
  const body = pattern.startsWith("^") ? pattern.slice(1) : pattern;
  return !/[\^$]|\\[bB]|\(\?<?[=!]/.test(body) && regex.test("");
}

/** `body` split at each `|` that is not escaped; undefined where a character is escaped at the end. */
function splitAlternatives(body: string): string[] | undefined {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "\\") {
      if (i + 1 >= body.length) return undefined;
      current += ch + body[++i]!;
    } else if (ch === "|") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  return [...parts, current];
}

/** The one string a literal part of a pattern matches, or undefined where it is more than a literal. */
function literalText(part: string): string | undefined {
  let text = "";
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (ch === "\\") {
      const escaped = part[i + 1];
      // An identity escape of punctuation matches that character; `\d`, `\n`, `\u0041`… are not read.
      if (escaped === undefined || /[\p{L}\p{N}_]/u.test(escaped)) return undefined;
      text += escaped;
      i++;
    } else if (SYNTAX_CHARACTERS.has(ch)) return undefined;
    else text += ch;
  }
  return text;
}

/**
 * Strings `regex` matches, of at least `minLength` code points where asked (a hint for how far
 * quantifiers repeat; the caller checks the bounds). fast-check builds them from the expression
 * itself, but cannot from a lookahead or lookbehind, a word boundary or a backreference
 * (`^(?!.*\\.\\.)[a-z.]+$`, common in configuration schemas): for those, candidates come from the
 * widened pattern and `regex` keeps the ones it matches (bounded and counted in `stats`, like every
 * filter). Two readings come first (patternShape.ts): a negated class fast-check cannot draw from is
 * spelled as the positive class of what it matches, and a pattern that repeats a repetition is drawn
 * anchored and short (see SLOW_PATTERN_LENGTH).
 */
export function stringsMatching(regex: RegExp, stats: FilterStats | undefined, minLength = 0): fc.Arbitrary<string> {
  const drawable = drawableSource(regex.source, regex.flags);
  const slow = repeatsNestedRepetition(regex.source);
  // Kept only where the expression itself matches: fast-check reads some patterns otherwise than
  // V8, surrogates escaped one by one in Unicode mode (`[\uD800\uDBFF-\uDC00\uDFFF]`, a pair and a
  // range to V8) among them, and drew "𐀀" for a pattern that refuses it (cfn-lint's AWS::CleanRoomsML
  // schemas, found by the sweep), which the run then expected every runtime to accept.
  const accepts = shortlyMatched(regex, minLength);
  const empty = drawable.emptyClasses.length > 0 ? ` (its class ${drawable.emptyClasses.join(", ")} matches no character)` : "";
  const size = sizeReaching(minLength);
  // Anchored, a slow pattern gets no random text before and after what it matches (fast-check's
  // reading of an unanchored pattern): that text is what its repetitions try to split. A third of
  // its candidates repeat each quantifier about once, so most fit the bound whatever size a minLength
  // asks for (cfn-lint's AWS::VpcLattice ARNs, with minLength 20, were all drawn too long for it), a
  // third a few times (AWS::AppRunner's ARNs, minLength 44, are longer than once each makes), and
  // the others at the size the minLength asks for, for variety.
  const draw = (source: string): fc.Arbitrary<string> => {
    if (!slow) return fc.stringMatching(new RegExp(source, regex.flags), { size });
    const anchored = new RegExp(`^(?:${source})$`, regex.flags);
    return fc.oneof(fc.stringMatching(anchored, { size: "xsmall" }), fc.stringMatching(anchored, { size: "small" }), fc.stringMatching(anchored, { size }));
  };
  try {
    return filtered(draw(drawable.source), accepts, `string matching ${regex.source}${empty}`, stats);
  } catch {
    return filtered(draw(widenedPattern(drawable.source)), accepts, `string matching ${regex.source} (drawn without its lookarounds, word boundaries and backreferences)${empty}`, stats);
  }
}

/**
 * Whether `regex` matches a string, asked only of strings it tests quickly: for a slow pattern
 * (repeatsNestedRepetition) a string longer than its least length (or `minLength`) and
 * SLOW_PATTERN_LENGTH is refused untested, so the pattern never tests a long candidate that was not
 * drawn for it (a format's string, a widened pattern's), whose test could take minutes.
 */
export function shortlyMatched(regex: RegExp, minLength = 0): (value: string) => boolean {
  if (!repeatsNestedRepetition(regex.source)) return (value) => regex.test(value);
  const longest = Math.max(minLength, leastLength(regex.source)) + SLOW_PATTERN_LENGTH;
  return (value) => codePointLength(value) <= longest && regex.test(value);
}

/**
 * Code points past the least length (the pattern's, or the schema's minLength when longer) that a
 * string drawn for a slow pattern (repeatsNestedRepetition) may have. Every runtime judged tests it
 * with a backtracking engine, whose time on such a pattern can grow exponentially with the string's
 * length even where it matches: V8 took 3 s on a 50-character string drawn for cfn-lint's
 * AWS::DataZone::DataSource schedule (`cron\((\b[0-5]?[0-9]\b) … (.*){1,5} (.*){1,5} (.*){1,5}
 * (.*){1,5}\)`), and over a minute on others, where the run hung. Strings this short take it well
 * under a millisecond.
 */
const SLOW_PATTERN_LENGTH = 24;

/**
 * `pattern` with what fast-check cannot build strings from replaced by something that matches at
 * least as much: lookaheads, lookbehinds and word boundaries (zero-width) are dropped, and a
 * backreference becomes a copy of the group it names (any text that group matches, not only the
 * text it matched). Every string the pattern matches, the widened one matches too. (A backspace
 * `[\\b]` is only respelled, and an empty group given a body that matches only the empty string.)
 */
export function widenedPattern(pattern: string): string {
  const groups = capturingGroups(pattern);
  const widen = (source: string, depth: number): string => {
    let out = "";
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
      const ch = source[i]!;
      if (ch === "\\") {
        const escaped = inClass ? undefined : /^\\(?:[bB]|([1-9][0-9]*)|k<([^>]*)>)/.exec(source.slice(i));
        if (escaped) {
          const group = escaped[1] !== undefined ? groups[Number(escaped[1]) - 1] : groups.find((candidate) => candidate.name === escaped[2]);
          if (escaped[0] !== "\\b" && escaped[0] !== "\\B") out += group && depth < MAX_BACKREFERENCE_DEPTH ? `(?:${widen(group.body, depth + 1)})` : "[\\s\\S]*";
          i += escaped[0].length - 1;
        } else {
          // In a class `\\b` is the backspace, which fast-check only reads spelled as a code.
          out += inClass && source[i + 1] === "b" ? "\\x08" : source.slice(i, i + 2);
          i++;
        }
      } else if (inClass) {
        if (ch === "]") inClass = false;
        out += ch;
      } else if (ch === "[") {
        inClass = true;
        out += ch;
      } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
        i = closingParenthesis(source, i);
      } else if (/^\(\?<[^=!]/.test(source.slice(i, i + 4))) {
        // A named group, as a plain one: a copy made for a backreference must not declare its name twice.
        out += "(?:";
        i = source.indexOf(">", i);
      } else if (ch === ")" && (out.endsWith("(") || out.endsWith("(?:"))) {
        // An empty group (`()`, `(?:)`, and the empty pattern, whose source is `(?:)`) matches the
        // empty string, as a group of something repeated zero times does; fast-check builds none
        // from a group with nothing in it.
        out += "a{0})";
      } else {
        out += ch;
      }
    }
    return out;
  };
  return widen(pattern, 0);
}

/** How many backreferences deep a copy of a group is made before any text stands for one. */
const MAX_BACKREFERENCE_DEPTH = 4;

/** The capturing groups of `pattern`, in the order backreferences number them, with their names and bodies. */
function capturingGroups(pattern: string): { readonly name?: string; readonly body: string }[] {
  const groups: { name?: string; body: string }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") {
      const named = /^\(\?<([^=!>][^>]*)>/.exec(pattern.slice(i));
      if (pattern[i + 1] === "?" && !named) continue;
      const bodyStart = i + (named ? named[0].length : 1);
      groups.push({ ...(named ? { name: named[1] } : {}), body: pattern.slice(bodyStart, closingParenthesis(pattern, i)) });
    }
  }
  return groups;
}

/**
 * Keys for open objects and maps: mostly any string, often one that means something to some runtime
 * (JavaScript's prototype keys, JSON Schema keywords, the empty key), and now and then one of several
 * spellings of the same text under Unicode canonical equivalence: distinct keys to JSON, one key to a
 * runtime that compares strings by equivalence (Swift's String). Rarely, since an instance with two
 * of them is one whose Swift verdict the run can only tolerate (swift-merges-equivalent-keys): at one
 * key in six, half of all instances of some schemas were.
 */
export const objectKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 24, arbitrary: unicodeString({ maxLength: 10 }) },
  { weight: 6, arbitrary: fc.constantFrom("", "__proto__", "constructor", "toString", "hasOwnProperty", "$ref", "type", "null", "0") },
  { weight: 1, arbitrary: fc.constantFrom("\u00e9", "e\u0301", "\u00c5", "\u212b", "A\u030a", "\u1e69", "s\u0323\u0307", "s\u0307\u0323") },
);
