// A patternProperties pattern as the Swift target writes it for KeyPattern (support.ts), which reads it
// with Swift's Regex by Unicode scalars, \d and \w ASCII-only. Two more of Swift's classes mean other
// characters than ECMA-262's: Swift's \s is Unicode's White_Space (NEL in, U+FEFF out), where ECMA-262's
// is its WhiteSpace and LineTerminator (U+FEFF in, NEL out), and Swift's `.` leaves out every Unicode
// line ending (VT, FF and NEL too), where ECMA-262's leaves out LF, CR, LS and PS alone. Bamboo Specs'
// `[a-zA-Z0-9\s+_-]` took a key "\u0085" as a stage, which every other runtime left an undeclared key.
// Each is written as the set of characters ECMA-262 means, read from JavaScript's own RegExp.
import { classEnd } from "../../jsonSchema/patternSyntax.ts";

/** The code points an ECMA-262 class escape or `.` matches (none lies past the BMP for \s or the line terminators). */
function bmpCodePoints(matches: (ch: string) => boolean): string {
  let out = "";
  for (let cp = 0; cp <= 0xffff; cp++) if (matches(String.fromCharCode(cp))) out += `\\u{${cp.toString(16).toUpperCase()}}`;
  return out;
}

/** ECMA-262's \s members, each as Swift's `\u{…}` (Swift reads no range between two such escapes). */
const ECMA_WHITESPACE = bmpCodePoints((ch) => /^\s$/u.test(ch));

/** The characters ECMA-262's `.` leaves out (LF, CR, LS, PS). */
const ECMA_LINE_TERMINATORS = bmpCodePoints((ch) => !/^.$/u.test(ch));

/** `pattern` with \s, \S and `.` spelled as ECMA-262 means them, for Swift's Regex. */
export function swiftKeyPatternSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      const escaped = pattern[i + 1];
      out += escaped === "s" ? `[${ECMA_WHITESPACE}]` : escaped === "S" ? `[^${ECMA_WHITESPACE}]` : pattern.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = classEnd(pattern, i);
      out += classSource(pattern.slice(i, end + 1));
      i = end;
    } else out += ch === "." ? `[^${ECMA_LINE_TERMINATORS}]` : ch;
  }
  return out;
}

/** A character class with \s as its members and \S as a nested negated class (Swift reads nested classes). */
function classSource(cls: string): string {
  let out = "";
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] !== "\\") {
      out += cls[i];
      continue;
    }
    const escaped = cls[i + 1];
    out += escaped === "s" ? ECMA_WHITESPACE : escaped === "S" ? `[^${ECMA_WHITESPACE}]` : cls.slice(i, i + 2);
    i++;
  }
  return out;
}
