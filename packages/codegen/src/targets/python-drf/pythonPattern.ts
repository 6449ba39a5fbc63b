import { translatePattern, WHITESPACE, type RegexEngine } from "../../jsonSchema/translatePattern.ts";
import { withFixedWidthLookbehinds } from "./fixedWidthLookbehinds.ts";

/**
 * Python's `re`, compiled with re.ASCII (so `\d`, `\w` and `\b` are ASCII, as in JavaScript, and kept
 * as written): `$` is `\Z`; named groups `(?<n>…)` and `\k<n>` are `(?P<n>…)` and `(?P=n)`; a code
 * point is `\uXXXX` or `\UXXXXXXXX`. `re` nests no classes, and re.ASCII reads `\S` inside one as every
 * non-ASCII space too: a class holding `\S` is written as a group (translatePattern.ts).
 */
const PYTHON_RE: RegexEngine = {
  endOfInput: "\\Z",
  namedGroup: (name) => `(?P<${name}>`,
  namedBackreference: (name) => `(?P=${name})`,
  codePoint: (codePoint) => (codePoint <= 0xffff ? `\\u${codePoint.toString(16).padStart(4, "0")}` : `\\U${codePoint.toString(16).padStart(8, "0")}`),
  shorthand: (letter, inClass) => (letter === "S" && !inClass ? `[^${WHITESPACE}]` : undefined),
  classSyntax: "",
  nestsClasses: false,
  readsUnicodeProperties: false,
};

/**
 * An ECMAScript `pattern` (as AJV runs it, with the `u` flag) as a Python `re` pattern with the same
 * meaning (translatePattern.ts, with PYTHON_RE's spellings); a lookbehind of several bounded lengths,
 * which `re` refuses, is lookbehinds of one length each (fixedWidthLookbehinds.ts).
 */
export function pythonPattern(written: string): string {
  return translatePattern(withFixedWidthLookbehinds(written), PYTHON_RE);
}
