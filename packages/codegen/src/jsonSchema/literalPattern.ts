// The strings a pattern spells out, when it admits only a few written in it: `^PowerShell@2$` admits
// "PowerShell@2" alone, `^(?:push|pull)$` "push" and "pull", `^https?$` "http" and "https". Azure
// Pipelines tells its ~250 kinds of step apart by such a pattern on `task`; read as the constants
// they are, they tag the union as a `const` would (schemaFacts' constantValues uses this).
//
// Read exactly as ECMA-262 reads the pattern with no flags: anchored by `^` at the start and `$` at
// the end of every top-level alternative (without the m flag `$` is the end of the input only, not
// also before a final newline as in Python's `re`); in between only literal characters, escaped
// punctuation (`\.`, `\-`, `\/`), groups (`(…)`, `(?:…)`) of alternatives, and `?` after a character
// or a group. Anything else (a class, `.`, another quantifier, a lookaround, a backreference, a
// letter or digit escape) may admit more, and the pattern is no set of strings: undefined. Erring
// means only that: a pattern read as fewer strings than it admits would refuse valid values.

/** The most strings a pattern is read as (a product of optional parts and groups grows fast); more is no set of strings. */
export const MOST_PATTERN_STRINGS = 64;

/** The characters that mean something unescaped outside a class (`]`, `{`, `}` too: literal only without the `u` flag). */
const SYNTAX_CHARACTERS = new Set([..."^$\\.*+?()[]{}|"]);

/** An escape that is the character escaped, in both readings of pattern.ts (with the `u` flag and without): ASCII punctuation. */
const ESCAPED_PUNCTUATION = /^[!-\/:-@[-`{-~]$/;

/** A quantifier but a lone `?` (`*`, `+`, `{n}`, and `??`, lazy, or `?` before another), read where an atom ends: sticky. */
const OTHER_QUANTIFIER = /[*+{]|\?[?*+{]/y;

/** The strings `pattern` admits, in the order it writes them, when they are few and it spells each out; undefined otherwise. */
export function patternStrings(pattern: string): string[] | undefined {
  // Most patterns are no such list: refused before reading.
  if (!pattern.startsWith("^") || !pattern.endsWith("$")) return undefined;
  const reader = new PatternReader(pattern);
  const strings: string[] = [];
  do {
    if (!reader.take("^")) return undefined;
    const alternative = reader.sequence();
    if (alternative === undefined || !reader.take("$")) return undefined;
    strings.push(...alternative);
  } while (reader.take("|"));
  if (!reader.atEnd()) return undefined;
  const distinct = [...new Set(strings)];
  return distinct.length <= MOST_PATTERN_STRINGS ? distinct : undefined;
}

class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at >= this.source.length;
  }

  /** Moves past `text` when it comes next. */
  take(text: string): boolean {
    if (!this.source.startsWith(text, this.at)) return false;
    this.at += text.length;
    return true;
  }

  /** Alternatives up to a `)` (not taken): the strings of each, in order. */
  alternatives(): string[] | undefined {
    const strings: string[] = [];
    do {
      const alternative = this.sequence();
      if (alternative === undefined) return undefined;
      strings.push(...alternative);
      if (strings.length > MOST_PATTERN_STRINGS) return undefined;
    } while (this.take("|"));
    return strings;
  }

  /** Atoms up to a `|`, `)` or `$` (not taken): every string made of one string of each. */
  sequence(): string[] | undefined {
    let strings = [""];
    while (!this.atEnd() && !["|", ")", "$"].includes(this.source[this.at]!)) {
      const atom = this.atom();
      if (atom === undefined) return undefined;
      const optional = this.take("?");
      // A `?` after a character that is two code units (an astral one) is read on the last unit
      // without the `u` flag (pattern.ts falls back to that): no one reading, so no strings.
      if (optional && atom.astral) return undefined;
      const parts = optional ? ["", ...atom.strings] : atom.strings;
      strings = strings.flatMap((prefix) => parts.map((part) => prefix + part));
      if (strings.length > MOST_PATTERN_STRINGS) return undefined;
    }
    return strings;
  }

  /** One character, escape or group, and the strings it matches; undefined for any other atom (and a quantifier but `?` after it). */
  private atom(): { readonly strings: string[]; readonly astral: boolean } | undefined {
    const atom = this.atomAlone();
    if (atom === undefined) return undefined;
    OTHER_QUANTIFIER.lastIndex = this.at;
    return OTHER_QUANTIFIER.test(this.source) ? undefined : atom;
  }

  private atomAlone(): { readonly strings: string[]; readonly astral: boolean } | undefined {
    if (this.take("(?:") || (this.source[this.at + 1] !== "?" && this.take("("))) {
      const strings = this.alternatives();
      return strings !== undefined && this.take(")") ? { strings, astral: false } : undefined;
    }
    const character = String.fromCodePoint(this.source.codePointAt(this.at)!);
    if (character === "\\") {
      const escaped = this.source[this.at + 1] ?? "";
      if (!ESCAPED_PUNCTUATION.test(escaped)) return undefined;
      this.at += 2;
      return { strings: [escaped], astral: false };
    }
    if (SYNTAX_CHARACTERS.has(character)) return undefined;
    this.at += character.length;
    return { strings: [character], astral: character.length > 1 };
  }
}

/** The characters a pattern escapes to spell them literally, read alike with the `u` flag and without (no other identity escape is). */
const LITERAL_ESCAPED = /[\^$\\.*+?()[\]{}|/]/g;

/** `strings` spelled as a pattern that admits exactly them: patternStrings' inverse (`["a", "b.c"]` → `^(?:a|b\.c)$`). */
export function patternOfStrings(strings: readonly string[]): string {
  return `^${literalAlternatives(strings)}$`;
}

/** `strings` as one atom, each spelled literally: `(?:a|b\.c)`, or `a` alone. */
function literalAlternatives(strings: readonly string[]): string {
  const spelled = strings.map((text) => text.replace(LITERAL_ESCAPED, "\\$&"));
  return spelled.length === 1 ? spelled[0]! : `(?:${spelled.join("|")})`;
}

/**
 * A pattern that admits what `pattern` admits but the strings `except`; undefined when that is
 * nothing. A pattern that spells out its strings (patternStrings) is written again with the rest;
 * any other is kept as written behind a lookahead that refuses exactly those strings, then searched
 * from the start as a pattern is (`[\s\S]*?`; the lookahead and `(?:…)` capture nothing, so the
 * pattern's own groups keep their numbers, and its `^` still means the start alone).
 */
export function patternExcept(pattern: string, except: readonly string[]): string | undefined {
  if (except.length === 0) return pattern;
  const strings = patternStrings(pattern);
  if (strings !== undefined) {
    const rest = strings.filter((text) => !except.includes(text));
    return rest.length === 0 ? undefined : patternOfStrings(rest);
  }
  return `^(?!${literalAlternatives(except)}$)[\\s\\S]*?(?:${pattern})`;
}
