// A patternProperties pattern as the Swift target writes it for KeyPattern (support.ts), which reads it
// with Swift's Regex by Unicode scalars, with ASCII-only \d and \w and simple word boundaries (so \b is
// ECMA-262's: between an ASCII word character and any other). What Swift's Regex reads otherwise than
// ECMA-262 is spelled by translatePattern.ts, with SWIFT_REGEX's spellings:
// - Swift's \s is Unicode's White_Space (NEL in, U+FEFF out), where ECMA-262's is its WhiteSpace and
//   LineTerminator (U+FEFF in, NEL out), and Swift's `.` leaves out every Unicode line ending (VT, FF
//   and NEL too), where ECMA-262's leaves out LF, CR, LS and PS alone (Bamboo Specs'
//   `[a-zA-Z0-9\s+_-]` took a key "\u0085" as a stage, which every other runtime left undeclared);
// - Swift's \v is any vertical space, ECMA-262's U+000B alone;
// - Swift reads no `\cJ`, `[]`, `[^]` or surrogate pair `\ud83d\ude00`, which ECMA-262 does;
// - inside a class, Swift reads `[` as a nested class, `&&` as an intersection, `~~` as a symmetric
//   difference and `--` as a difference, which are characters to ECMA-262 (`[+--]` is the range from
//   `+` to `-`).
import { translatePattern, type RegexEngine } from "../../jsonSchema/translatePattern.ts";

/** `\u{…}`: Swift reads no range between two escapes whose code points are not their own NFC (U+2000 and U+2001), so sets below list members one by one. */
const codePoint = (value: number): string => `\\u{${value.toString(16).toUpperCase()}}`;

let ecmaWhitespace: string | undefined;
/** ECMA-262's \s members, each one escape (none lies past the BMP), read from JavaScript's own RegExp when first needed. */
function ecmaWhitespaceMembers(): string {
  if (ecmaWhitespace === undefined) {
    ecmaWhitespace = "";
    for (let value = 0; value <= 0xffff; value++) if (/^\s$/u.test(String.fromCharCode(value))) ecmaWhitespace += codePoint(value);
  }
  return ecmaWhitespace;
}

/**
 * Swift's Regex as KeyPattern builds it: `$` is the end of the input only, as in ECMA-262; a class
 * may hold a class (a union), so `\S` inside one is a negated class; Unicode properties are read as
 * written.
 */
const SWIFT_REGEX: RegexEngine = {
  endOfInput: "$",
  namedGroup: (name) => `(?<${name}>`,
  namedBackreference: (name) => `\\k<${name}>`,
  codePoint,
  shorthand: (letter, inClass) => {
    switch (letter) {
      case "s":
        return inClass ? ecmaWhitespaceMembers() : `[${ecmaWhitespaceMembers()}]`;
      case "S":
        return `[^${ecmaWhitespaceMembers()}]`;
      case "v":
        return codePoint(0x0b);
      default:
        return undefined;
    }
  },
  classSyntax: "[&~-",
  nestsClasses: true,
  readsUnicodeProperties: true,
};

/** `pattern` (ECMAScript) as Swift's Regex reads it with the same meaning. */
export function swiftKeyPatternSource(pattern: string): string {
  return translatePattern(pattern, SWIFT_REGEX);
}
