import { classAroundEscape, type ClassAroundEscape } from "../../jsonSchema/patternSyntax.ts";
import { withFixedWidthLookbehinds } from "./fixedWidthLookbehinds.ts";

/**
 * An ECMAScript `pattern` (as AJV runs it, with the `u` flag) as a Python `re` pattern with the same
 * meaning, compiled with re.ASCII (so `\d`, `\w` and `\b` are ASCII, as in JavaScript):
 * - `$` is the end of the string (Python's `$` also matches before a final newline): `\Z`;
 * - `.` matches anything but a line terminator (\n, \r, U+2028, U+2029; Python's only skips \n);
 * - `\s` / `\S` are ECMAScript's whitespace (Unicode spaces and the BOM; re.ASCII's is ASCII only);
 * - `[]` matches nothing and `[^]` anything; `\u{…}` and surrogate pairs are code points;
 * - named groups `(?<n>…)` and `\k<n>` are spelled `(?P<n>…)` and `(?P=n)`; `\cX` is a control character;
 * - a Unicode property `\p{L}` / `\P{L}`, which `re` does not know, is the class of the code points it
 *   (or, for `\P`, its complement) holds, read from this engine's own Unicode tables;
 * - a lookbehind of several bounded lengths, which `re` refuses, is lookbehinds of one length each
 *   (fixedWidthLookbehinds.ts).
 */
export function pythonPattern(written: string): string {
  return translated(withFixedWidthLookbehinds(written));
}

function translated(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      const [text, length] = escape(pattern, i, inClass);
      out += text;
      i += length - 1;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      if (pattern.startsWith("[]", i)) {
        out += "(?!)";
        i += 1;
      } else if (pattern.startsWith("[^]", i)) {
        out += "[\\s\\S]";
        i += 2;
      } else if (classAroundEscape(pattern, i, "S") !== undefined) {
        const around = classAroundEscape(pattern, i, "S")!;
        out += classWithNonSpace(around);
        i = around.end;
      } else {
        inClass = true;
        out += ch;
        if (pattern[i + 1] === "^") {
          out += "^";
          i++;
        }
      }
    } else if (ch === "$") {
      out += "\\Z";
    } else if (ch === ".") {
      out += `[^${LINE_TERMINATORS}]`;
    } else if (ch === "(" && pattern.startsWith("(?<", i) && pattern[i + 3] !== "=" && pattern[i + 3] !== "!") {
      // `(?<=` and `(?<!` are lookbehinds, spelled the same in both.
      out += "(?P<";
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
}

const LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";

/**
 * A class holding `\S`, which `re.ASCII` reads as every non-ASCII space too and `re` cannot nest, as a
 * group: `[a\S]` is `a` or a non-space, `[^a\S]` a space that is not `a` (`[^\S]` one of `\s`).
 */
function classWithNonSpace({ negated, rest }: ClassAroundEscape): string {
  if (rest === "") return negated ? `[${WHITESPACE}]` : `[^${WHITESPACE}]`;
  const others = translated(`[${rest}]`);
  return negated ? `(?!${others})[${WHITESPACE}]` : `(?:${others}|[^${WHITESPACE}])`;
}
/** ECMAScript's WhiteSpace and LineTerminator code points (what `\s` matches). */
const WHITESPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

/** The Python spelling of the escape at `pattern[i]` and how many characters of the pattern it spans. */
function escape(pattern: string, i: number, inClass: boolean): [string, number] {
  const next = pattern[i + 1] ?? "";
  if (next === "s") return [inClass ? WHITESPACE : `[${WHITESPACE}]`, 2];
  // A class holding `\S` is written as a group (classWithNonSpace).
  if (next === "S" && !inClass) return [`[^${WHITESPACE}]`, 2];
  if (next === "u") {
    const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(pattern.slice(i));
    if (braced) return [codePointEscape(parseInt(braced[1]!, 16)), braced[0].length];
    const pair = /^\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/i.exec(pattern.slice(i));
    if (pair) {
      const high = parseInt(pair[1]!, 16);
      const low = parseInt(pair[2]!, 16);
      return [codePointEscape(0x10000 + (high - 0xd800) * 0x400 + (low - 0xdc00)), pair[0].length];
    }
  }
  if (next === "c" && /[A-Za-z]/.test(pattern[i + 2] ?? "")) {
    return [`\\x${(pattern.charCodeAt(i + 2) % 32).toString(16).padStart(2, "0")}`, 3];
  }
  if (next === "p" || next === "P") {
    const property = /^\\[pP]\{([^}]+)\}/.exec(pattern.slice(i));
    if (property) {
      const ranges = unicodePropertyRanges(property[1]!, next === "P");
      // A property that holds no code point matches nothing: `(?!)`, as `[]` is spelled above.
      return [inClass ? ranges : ranges === "" ? "(?!)" : `[${ranges}]`, property[0].length];
    }
  }
  if (next === "k") {
    const named = /^\\k<([^>]+)>/.exec(pattern.slice(i));
    if (named) return [`(?P=${named[1]})`, named[0].length];
  }
  return [`\\${next}`, 2];
}

function codePointEscape(codePoint: number): string {
  return codePoint <= 0xffff ? `\\u${codePoint.toString(16).padStart(4, "0")}` : `\\U${codePoint.toString(16).padStart(8, "0")}`;
}

/** Maximal runs of code points `\p{name}` holds (or, `negated`, does not), as the body of a Python class; one computation per property. */
function unicodePropertyRanges(name: string, negated: boolean): string {
  const key = `${negated ? "P" : "p"}{${name}}`;
  let body = propertyClassBodies.get(key);
  if (body === undefined) {
    const property = new RegExp(`^\\${key}$`, "u");
    const parts: string[] = [];
    let start = -1;
    for (let codePoint = 0; codePoint <= 0x110000; codePoint++) {
      const inside = codePoint < 0x110000 && property.test(String.fromCodePoint(codePoint));
      if (inside && start < 0) start = codePoint;
      if (!inside && start >= 0) {
        parts.push(start === codePoint - 1 ? codePointEscape(start) : `${codePointEscape(start)}-${codePointEscape(codePoint - 1)}`);
        start = -1;
      }
    }
    body = parts.join("");
    propertyClassBodies.set(key, body);
  }
  return body;
}

const propertyClassBodies = new Map<string, string>();
