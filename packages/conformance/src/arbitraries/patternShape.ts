// What the generators need to know about a pattern's shape before drawing strings from it: which of
// its negated classes fast-check cannot draw a character from, and whether it repeats something that
// itself repeats or alternates (the shape that makes a backtracking engine slow). Read from the
// pattern's source with a small scanner (escapes, classes and groups), not a full parser: a reading
// that errs only ever asks for more care (a class rewritten that fast-check could have drawn, a
// pattern treated as slow that is not), never less.

import { classEnd, QUANTIFIER, repeatsNestedRepetition as readsNestedRepetition } from "@clone/codegen";

/**
 * The characters fast-check draws a negated class (and `.`, `\W`, `\D`, `\S`) from: one printable
 * ASCII character at a time (its "grapheme-ascii" unit), kept when the class does not exclude it.
 * Nothing bounds those tries, so a class that excludes every one of them (`[^\u0000-\u007f]`) never
 * yields a character.
 */
const FIRST_PRINTABLE_ASCII = 0x20;
const LAST_PRINTABLE_ASCII = 0x7e;

/** Members of a rewritten class at most: enough to vary what is drawn, few enough to keep the class short. */
const MAX_CLASS_MEMBERS = 48;

/** The highest code point: past the BMP only in Unicode mode, where a class reads code points, not UTF-16 units. */
const LAST_CODE_POINT = 0x10ffff;
const LAST_BMP_CODE_POINT = 0xffff;

export interface DrawableSource {
  /** The pattern with every negated class fast-check cannot draw from spelled as the positive class of what it matches. */
  readonly source: string;
  /** Negated classes that match no character at all (`[^\s\S]`): each left as a character the pattern refuses. */
  readonly emptyClasses: readonly string[];
}

/**
 * `source` (compiled with `flags`) with each negated class that excludes every printable ASCII
 * character rewritten as a positive class of characters it matches, found by testing candidates
 * against the class itself (so the rewrite draws a subset of what the class matches, never more).
 * A class that matches nothing has no positive spelling: it becomes a class of one character it
 * refuses, so candidates through it fail the pattern's own test and the bounded filter gives up,
 * reported, instead of fast-check looping on it.
 */
export function drawableSource(source: string, flags: string): DrawableSource {
  const emptyClasses: string[] = [];
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = classEnd(source, i);
      const written = source.slice(i, end + 1);
      const rewritten = written.startsWith("[^") ? positiveClass(written, flags) : written;
      if (rewritten === undefined) {
        emptyClasses.push(written);
        out += flags.includes("u") ? "[\\u{0}]" : "[\\x00]";
      } else {
        out += rewritten;
      }
      i = end;
    } else {
      out += ch;
    }
  }
  return { source: out, emptyClasses };
}

/**
 * The negated class `written` as fast-check can draw it: as written when it matches some printable
 * ASCII character; else a positive class of up to MAX_CLASS_MEMBERS characters it matches, spread
 * over the code points; undefined when it matches none.
 */
function positiveClass(written: string, flags: string): string | undefined {
  const unicode = flags.includes("u");
  const member = new RegExp(`^${written}$`, unicode ? "u" : "");
  // Lone surrogates are no text (strings.ts draws none), so none is a member.
  const matches = (codePoint: number) => !(codePoint >= 0xd800 && codePoint <= 0xdfff) && member.test(String.fromCodePoint(codePoint));
  for (let codePoint = FIRST_PRINTABLE_ASCII; codePoint <= LAST_PRINTABLE_ASCII; codePoint++) if (matches(codePoint)) return written;
  const last = unicode ? LAST_CODE_POINT : LAST_BMP_CODE_POINT;
  const members: number[] = [];
  // First the characters near ASCII (Latin-1, the control characters), then a stride over the rest
  // of the code space, so a class of only astral characters is found as surely as one of accents.
  for (let codePoint = 0; codePoint <= 0x3ff && members.length < MAX_CLASS_MEMBERS / 2; codePoint++) if (matches(codePoint)) members.push(codePoint);
  const stride = Math.max(1, Math.floor(last / (4 * MAX_CLASS_MEMBERS)));
  for (let start = 0; start < stride && members.length < MAX_CLASS_MEMBERS; start += 97) {
    for (let codePoint = 0x400 + start; codePoint <= last && members.length < MAX_CLASS_MEMBERS; codePoint += stride) if (matches(codePoint)) members.push(codePoint);
  }
  if (members.length === 0) return undefined;
  return `[${members.map((codePoint) => classMember(codePoint, unicode)).join("")}]`;
}

/** One character of a class, escaped as a code (so no member reads as syntax); astral ones only arise in Unicode mode. */
function classMember(codePoint: number, unicode: boolean): string {
  if (unicode) return `\\u{${codePoint.toString(16)}}`;
  return `\\u${codePoint.toString(16).padStart(4, "0")}`;
}

/**
 * Whether `source` has the shape a backtracking engine is slow on (codegen's backtracking.ts): strings
 * for such a pattern are kept short (strings.ts SLOW_PATTERN_LENGTH), and strings that break it shorter
 * still (break-pattern).
 */
export function repeatsNestedRepetition(source: string): boolean {
  // Asked again for every site of every instance break-pattern mutates: read once per pattern.
  let slow = slowPatterns.get(source);
  if (slow === undefined) {
    slow = readsNestedRepetition(source);
    slowPatterns.set(source, slow);
  }
  return slow;
}

/** What repeatsNestedRepetition has read, by pattern source. */
const slowPatterns = new Map<string, boolean>();

/**
 * How a reading of a pattern's shape combines its parts (readShape): what one character, class or
 * escape (`atom`, as written) gives, what an assertion or backreference gives (`nothing`), an atom
 * quantified with its least count, a sequence's parts and a group's or the pattern's alternatives.
 */
interface ShapeReading<T> {
  readonly atom: (written: string) => T;
  readonly nothing: T;
  readonly repeated: (atom: T, least: number) => T;
  readonly sequence: (parts: readonly T[]) => T;
  readonly alternatives: (each: readonly T[]) => T;
}

/** `source` read by `reading`, with a small scanner (escapes, classes, groups, quantifiers). */
function readShape<T>(source: string, reading: ShapeReading<T>): T {
  let i = 0;
  const alternatives = (): T => {
    const each = [sequence()];
    while (source[i] === "|") {
      i += 1;
      each.push(sequence());
    }
    return reading.alternatives(each);
  };
  const sequence = (): T => {
    const parts: T[] = [];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const atom = readAtom();
      const quantifier = QUANTIFIER.exec(source.slice(i));
      if (quantifier === null) {
        parts.push(atom);
        continue;
      }
      i += quantifier[0].length;
      const [, symbol, least] = quantifier;
      parts.push(reading.repeated(atom, symbol === "+" ? 1 : symbol !== undefined ? 0 : Number(least)));
    }
    return reading.sequence(parts);
  };
  const readAtom = (): T => {
    const ch = source[i]!;
    if (ch === "(") {
      const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      const prefix = /^\(\?(?::|<?[=!]|<[^>]*>)/.exec(source.slice(i));
      i += prefix ? prefix[0].length : 1;
      const body = alternatives();
      i += 1; // the closing parenthesis
      return lookaround ? reading.nothing : body;
    }
    if (ch === "[") {
      const open = i;
      i = classEnd(source, i) + 1;
      return reading.atom(source.slice(open, i));
    }
    if (ch === "^" || ch === "$") {
      i += 1;
      return reading.nothing;
    }
    if (ch === "\\") {
      const escape = /^\\(?:[bB]|[1-9]\d*|k<[^>]*>)|^\\[upP]\{[^}]*\}|^\\u[0-9a-fA-F]{4}|^\\x[0-9a-fA-F]{2}|^\\c[a-zA-Z]|^\\./s.exec(source.slice(i))!;
      i += escape[0].length;
      return /^\\(?:[bB]|[1-9]|k<)/.test(escape[0]) ? reading.nothing : reading.atom(escape[0]);
    }
    // A surrogate pair written as itself is one code point.
    const written = String.fromCodePoint(source.codePointAt(i)!);
    i += written.length;
    return reading.atom(written);
  };
  return alternatives();
}

/**
 * The fewest code points a string `source` matches can have, read from its shape: a character, class
 * or escape counts one, an assertion or backreference none, a quantified atom its least count times,
 * a group or pattern of alternatives its shortest. Where the scanner misreads (an escape it does not
 * know), the figure is an estimate, used only to size a bound (SLOW_PATTERN_LENGTH), never to judge.
 */
export function leastLength(source: string): number {
  return readShape<number>(source, {
    atom: () => 1,
    nothing: 0,
    repeated: (atom, least) => atom * least,
    sequence: (parts) => parts.reduce((sum, part) => sum + part, 0),
    alternatives: (each) => Math.min(...each),
  });
}

/**
 * The characters every string `source` matches holds: a literal character met on every way through
 * it (written as itself or escaped, `@`, `\\.`), where it is not quantified to none. A class, an
 * escape of a set (`\\d`) or `.` holds no one character for sure; of alternatives, those all of them
 * hold. Read only from the toolkit's own format syntaxes, whose shapes this scanner reads whole: an
 * email holds `@`, a date `-`.
 */
export function charactersEveryMatchHolds(source: string): ReadonlySet<string> {
  return readShape<ReadonlySet<string>>(source, {
    atom: (written) => new Set(literalCharacter(written) ?? []),
    nothing: new Set(),
    repeated: (atom, least) => (least >= 1 ? atom : new Set()),
    sequence: (parts) => new Set(parts.flatMap((part) => [...part])),
    alternatives: ([first, ...others]) => new Set([...first!].filter((character) => others.every((other) => other.has(character)))),
  });
}

/** The one character an atom written as `written` stands for, where it is a literal (`a`, `@`, `\\.`); undefined for a class, a set's escape or `.`. */
function literalCharacter(written: string): string | undefined {
  if (written.startsWith("\\")) return /^\\[^A-Za-z0-9]$/.test(written) ? written.slice(1) : undefined;
  return written === "." || written.startsWith("[") ? undefined : written;
}

/**
 * The single-character atoms (characters, classes, escapes of a set, `.`) of a pattern written as
 * nothing but such atoms, each quantified or not, between `^` and `$` (`^[a-z]+$`, `^\\d{3}-\\d{4}$`):
 * every character of a string it matches is one some atom matches. Undefined for any other shape (a
 * group, an alternative, an assertion, a backreference, a pattern not anchored at both ends).
 */
export function atomsOfAWholeStringPattern(source: string): readonly string[] | undefined {
  if (!source.startsWith("^") || !source.endsWith("$") || source.endsWith("\\$")) return undefined;
  const body = source.slice(1, -1);
  if (/[()|^$]/.test(body.replace(/\\./gs, "").replace(/\[(?:\\.|[^\]\\])*\]/gs, ""))) return undefined;
  const atoms: string[] = [];
  const whole = readShape<boolean>(body, {
    atom: (written) => (atoms.push(written), true),
    nothing: false,
    repeated: (atom) => atom,
    sequence: (parts) => parts.every(Boolean),
    alternatives: (each) => each.length === 1 && each[0]!,
  });
  return whole ? atoms : undefined;
}
