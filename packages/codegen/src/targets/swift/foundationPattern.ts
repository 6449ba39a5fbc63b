// Swift 6.0's Regex cannot read a lookbehind ("lookbehind is not currently supported"), so a
// `patternProperties` key pattern holding one made every object with an undeclared key fail to
// decode. Foundation's NSRegularExpression (ICU) runs lookbehinds of bounded length: such a pattern
// is also given in ICU's spelling, which KeyPattern (support.ts) compiles when Regex cannot.
import { hasBoundedLength, lookbehindsOf } from "../../jsonSchema/patternSyntax.ts";
import type { ModelWarning } from "../../model/summary.ts";
import type { SchemaModel } from "../../model/types.ts";
import { translatePattern, WHITESPACE, type RegexEngine } from "../../jsonSchema/translatePattern.ts";

const ASCII_WORD = "A-Za-z0-9_";
/** ECMAScript's `\b` with its ASCII word characters (ICU's `\w` and `\b` are Unicode's). */
const WORD_BOUNDARY = `(?:(?<=[${ASCII_WORD}])(?![${ASCII_WORD}])|(?<![${ASCII_WORD}])(?=[${ASCII_WORD}]))`;
const NOT_WORD_BOUNDARY = `(?:(?<=[${ASCII_WORD}])(?=[${ASCII_WORD}])|(?<![${ASCII_WORD}])(?![${ASCII_WORD}]))`;

/**
 * ECMAScript's class shorthands and escapes ICU reads otherwise, by letter: `\d` and `\w` are ASCII in
 * ECMAScript (Unicode in ICU), `\v` is U+000B (ICU: any vertical space), `\0` is NUL (ICU: an octal
 * escape). Inside a class, a negated one is a nested class, which ICU reads as a union.
 */
const ICU_SHORTHANDS: Record<string, { readonly outside: string; readonly inside: string }> = {
  d: { outside: "[0-9]", inside: "0-9" },
  D: { outside: "[^0-9]", inside: "[^0-9]" },
  w: { outside: `[${ASCII_WORD}]`, inside: ASCII_WORD },
  W: { outside: `[^${ASCII_WORD}]`, inside: `[^${ASCII_WORD}]` },
  S: { outside: `[^${WHITESPACE}]`, inside: `[^${WHITESPACE}]` },
  b: { outside: WORD_BOUNDARY, inside: "\\x{8}" },
  B: { outside: NOT_WORD_BOUNDARY, inside: "\\B" },
  v: { outside: "\\x{b}", inside: "\\x{b}" },
  "0": { outside: "\\x{0}", inside: "\\x{0}" },
};

/**
 * ICU as NSRegularExpression runs it (no options): `$` is `\z`; a code point is `\x{…}`; inside a
 * class, `[` (a nested set), `&` (`&&` intersects), `-` (`--` subtracts), `:` (`[:name:]` is a
 * property), `$`, `{` and `}` are syntax, so ECMAScript's literal ones are escaped.
 */
const ICU: RegexEngine = {
  endOfInput: "\\z",
  namedGroup: (name) => `(?<${name}>`,
  namedBackreference: (name) => `\\k<${name}>`,
  codePoint: (codePoint) => `\\x{${codePoint.toString(16)}}`,
  shorthand: (letter, inClass) => {
    const spelling = Object.hasOwn(ICU_SHORTHANDS, letter) ? ICU_SHORTHANDS[letter]! : undefined;
    return inClass ? spelling?.inside : spelling?.outside;
  },
  classSyntax: "[&:${}-",
  nestsClasses: true,
  readsUnicodeProperties: false,
};

/** Whether Swift 6.0's Regex cannot read `pattern`: it holds a lookbehind. */
export function swiftRegexCannotRead(pattern: string): boolean {
  return lookbehindsOf(pattern).length > 0;
}

/**
 * The swift target's warnings: each key pattern neither Swift's Regex nor ICU can run, ICU taking
 * lookbehinds of bounded length only. Decoding an object with an undeclared key then fails, naming
 * the pattern; gen says so first.
 */
export function unrunnableKeyPatternWarnings(model: SchemaModel): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  for (const type of model.types) {
    if (type.kind !== "object") continue;
    for (const keys of type.patternProperties) {
      const unbounded = lookbehindsOf(keys.pattern).find((lookbehind) => !hasBoundedLength(lookbehind.slice(4, -1)));
      if (unbounded === undefined) continue;
      warnings.push({
        pointer: keys.pointer,
        reason: `swift: neither Swift's Regex nor Foundation's NSRegularExpression can run the key pattern ${JSON.stringify(keys.pattern)}: its lookbehind ${unbounded} has no longest match; decoding an object with a key no property declares fails`,
      });
    }
  }
  return warnings;
}

/** `pattern` (ECMAScript) in ICU's spelling, for NSRegularExpression, when Swift's Regex cannot read it; otherwise undefined. */
export function foundationPatternFor(pattern: string): string | undefined {
  return swiftRegexCannotRead(pattern) ? translatePattern(pattern, ICU) : undefined;
}
