// A pattern run on a string, where the run may not end. V8's regular expressions backtrack: each
// repetition it may have to undo is kept on a stack of the engine's own (64 MB, whatever Node's
// --stack-size), and when that is full the test throws RangeError "Maximum call stack size exceeded".
// `^((a)|(b))*$` fills it on about 2.1 million "a"s (Node 20). That is no verdict at all: neither a
// match nor a miss. Every TypeScript reader that judges a value by a schema's pattern (the validators
// here, AJV on an input document in the conformance run, the model's own reading) runs it through
// patternTest, so such a string is named as one the pattern could not be run on (PatternNotRun), never
// a stray RangeError.
import type { CodeOptions } from "ajv";
import { childPointer } from "../jsonPointer.ts";

/** A pattern that could not be run to its end on a string: the engine's backtracking stack overflowed. */
export class PatternNotRun extends Error {
  constructor(
    /** The pattern as the schema writes it. */
    readonly pattern: string,
    /** The string it was run on (a value, or an object's key for `patternProperties`). */
    readonly value: string,
  ) {
    super(`the pattern ${JSON.stringify(pattern)} could not be run to the end on a string of ${codePoints(value)} characters (the regular expression engine's backtracking stack overflowed)`);
    this.name = "PatternNotRun";
  }

  /** How long the string is, in code points (as JSON Schema counts a string's length). */
  get length(): number {
    return codePoints(this.value);
  }
}

/** Whether `regex` (compiled from `pattern`) matches `value`; PatternNotRun where the engine cannot run it to the end. */
export function patternTest(pattern: string, regex: RegExp, value: string): boolean {
  try {
    return regex.test(value);
  } catch (error) {
    if (error instanceof RangeError) throw new PatternNotRun(pattern, value);
    throw error;
  }
}

/** What `judge` says, or the PatternNotRun it threw: a verdict, or none because a pattern could not be run to the end. */
export function unlessPatternNotRun<T>(judge: () => T): T | PatternNotRun {
  try {
    return judge();
  } catch (error) {
    if (error instanceof PatternNotRun) return error;
    throw error;
  }
}

/**
 * ASCII punctuation that ECMA-262's Unicode mode refuses to see escaped (`\:`, `\@`, `\-` outside a
 * class): every mark but its SyntaxCharacters `^$\.*+?()[]{}|` and `/`, which either mode reads
 * escaped as the mark. (Inside a class the `u` flag takes `\-` too.)
 */
const PUNCTUATION_UNICODE_MODE_REFUSES_ESCAPED = new Set([..."!\"#%&',-:;<=>@_`~"]);

/**
 * `pattern` with each identity escape (an escaped character ECMA-262 gives no meaning of its own,
 * which it reads without the `u` flag as the character itself: Annex B's IdentityEscape) spelled so
 * that Unicode mode, and every engine the targets translate for, reads that character too: the same
 * pattern, which Unicode mode compiles.
 * - An escaped ASCII punctuation mark Unicode mode refuses (PUNCTUATION_UNICODE_MODE_REFUSES_ESCAPED)
 *   is spelled by its code, `\x2d` for `\-`: one atom where the escape was one (so a quantifier after
 *   it, or a range it begins in a class, reads the same), and the mark in every mode and in Python's
 *   `re`, ICU and Swift's Regex. STIX 2.1 writes `^\-?[a-z0-9]+(-[a-z0-9]+)*\-?$` and AWS's resource
 *   schemas `arn\:`: AJV, which compiles patterns with the `u` flag, refused such a document.
 * - An escaped letter ECMA-262 gives no meaning there (isIdentityEscapeOfALetter) is the letter: AWS's
 *   resource schemas end patterns with Python's `\Z`, to ECMA-262 a `Z`, where Python's `re` and ICU
 *   read an anchor (`\A`, `\Z`, `\z`), a control character (`\a`, `\e`) or a class (`\h`), or refuse it.
 * The reading every pattern reader here takes: the model's (ecmaRegExp), AJV's (patternEngine) and
 * the targets' (translatePattern.ts); the json-schema targets write the author's text.
 */
export function unicodeModePattern(pattern: string): string {
  if (!pattern.includes("\\")) return pattern;
  let inClass = false;
  // Each escape (two characters) and each bracket, in order: a bracket opens or closes a class.
  return pattern.replace(/\\([\s\S])|[[\]]/g, (match, escaped: string | undefined, offset: number) => {
    if (escaped === undefined) {
      inClass = match === "[";
      return match;
    }
    if (PUNCTUATION_UNICODE_MODE_REFUSES_ESCAPED.has(escaped) && !(inClass && escaped === "-")) {
      return `\\x${escaped.charCodeAt(0).toString(16).padStart(2, "0")}`;
    }
    return isIdentityEscapeOfALetter(pattern, offset, inClass) ? escaped : match;
  });
}

/**
 * Whether the escape at `pattern[i]` is of a letter ECMA-262 gives no meaning there, read (without the
 * `u` flag, the only mode that takes it) as the letter itself. `\x`, `\u` and `\k` are letters unless
 * what makes them an escape follows (two or four hex digits, `{` and a code point, `<` and a name); `\c`
 * is left as written with or without its control letter.
 */
function isIdentityEscapeOfALetter(pattern: string, i: number, inClass: boolean): boolean {
  const next = pattern[i + 1] ?? "";
  if (!/^[A-Za-z]$/.test(next)) return false;
  const after = pattern.slice(i + 2);
  if (next === "x") return !/^[0-9a-fA-F]{2}/.test(after);
  if (next === "u") return !/^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.test(after);
  if (next === "k") return !/^<[^>]+>/.test(after);
  return !(inClass ? ECMASCRIPT_CLASS_ESCAPE_LETTERS : ECMASCRIPT_ESCAPE_LETTERS).includes(next);
}

/** The letters ECMA-262 reads as an escape of its own outside a class (`p` / `P` as Unicode properties, `c` with its control letter). */
const ECMASCRIPT_ESCAPE_LETTERS = "bBdDsSwWfnrtvcpP";
/** Inside a class, where `\b` is a backspace and `\B` no assertion, only a letter. */
const ECMASCRIPT_CLASS_ESCAPE_LETTERS = "bdDsSwWfnrtvcpP";

/**
 * AJV's `code.regExp`: patterns compiled as AJV compiles them (`new RegExp(pattern, flags)`, which
 * throws on a pattern that does not compile, so AJV refuses the schema as it would), the escapes
 * unicodeModePattern spells by their codes first, and tested through patternTest. AJV keeps one compiled pattern per `toString()` of what this returns, so that
 * is the regular expression's own (`/^a$/u`), never one string for all. `code` is what standalone code
 * would call; no validator here is written out.
 */
export const patternEngine: NonNullable<CodeOptions["regExp"]> = Object.assign(
  (pattern: string, flags: string) => {
    const regex = new RegExp(unicodeModePattern(pattern), flags);
    return { test: (value: string) => patternTest(pattern, regex, value), toString: () => regex.toString() };
  },
  { code: "patternEngine" },
);

/**
 * Where in `instance` the string `value` is: the first place found holding it as a value, or as a key
 * (then the place of that key's value); "" for the instance itself, and where it is nowhere (a
 * validator may test a string it made). Read without recursion: the instance may nest deeper than the stack.
 */
export function placeOfString(instance: unknown, value: string): string {
  const pending: { readonly at: unknown; readonly pointer: string }[] = [{ at: instance, pointer: "" }];
  while (pending.length > 0) {
    const { at, pointer } = pending.pop()!;
    if (at === value) return pointer;
    if (typeof at !== "object" || at === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(at) ? at.map((item, index) => [index, item]) : Object.entries(at);
    const key = entries.find(([name]) => name === value);
    if (key !== undefined) return childPointer(pointer, key[0]);
    for (const [name, item] of entries.reverse()) pending.push({ at: item, pointer: childPointer(pointer, name) });
  }
  return "";
}

function codePoints(value: string): number {
  let count = 0;
  for (let at = 0; at < value.length; at++) {
    const unit = value.charCodeAt(at);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < value.length) {
      const next = value.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at++;
    }
    count++;
  }
  return count;
}
