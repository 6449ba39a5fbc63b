// An ECMAScript `pattern` (as AJV runs it, with the `u` flag) spelled for another regular-expression
// engine with the same meaning. One scan for every engine (Python's `re`, Foundation's ICU): what
// ECMAScript means is written once here, and each engine says only how it spells it (RegexEngine).
// ECMAScript's own meanings that engines read otherwise:
// - `$` is the end of the input only (Python's and ICU's also match before a final newline);
// - `.` matches anything but a line terminator (\n, \r, U+2028, U+2029);
// - `\s` / `\S` are ECMAScript's whitespace (Unicode spaces and the BOM);
// - `[]` matches nothing and `[^]` anything; `\u{…}` and surrogate pairs are code points;
// - a Unicode property `\p{L}` / `\P{L}` is the class of the code points it (or, for `\P`, its
//   complement) holds, read from this engine's (V8's) own Unicode tables, so every runtime agrees
//   with AJV whatever Unicode version it ships.
import { unicodeModePattern } from "@clone/schema";
import { classAroundEscape, type ClassAroundEscape } from "./patternSyntax.ts";

export interface RegexEngine {
  /** The end of the input (ECMAScript's `$` without the m flag). */
  readonly endOfInput: string;
  /** How a named group opens, for `(?<name>`. */
  readonly namedGroup: (name: string) => string;
  /** How a named backreference `\k<name>` is spelled. */
  readonly namedBackreference: (name: string) => string;
  /** One code point as an escape. */
  readonly codePoint: (codePoint: number) => string;
  /**
   * The spelling of an escape the engine reads otherwise than ECMAScript (`\d`, `\w`, `\b`…, by its
   * letter), inside or outside a class; undefined to keep it as written.
   */
  readonly shorthand: (letter: string, inClass: boolean) => string | undefined;
  /**
   * Characters literal inside an ECMAScript class that are syntax inside the engine's (escaped there);
   * `-` stands for the dashes that are characters, a range's own `-` being kept.
   */
  readonly classSyntax: string;
  /**
   * Whether a class may hold a class (`[a[^…]]`, a union): where not, a class holding `\S` is written
   * as a group, `[a\S]` as `a` or a non-space and `[^a\S]` as a space that is not `a`.
   */
  readonly nestsClasses: boolean;
  /**
   * Whether the engine reads ECMAScript's Unicode property escapes (`\p{L}`, `\P{Script=Greek}`) as
   * written; where not, each is the class of the code points V8's tables give it.
   */
  readonly readsUnicodeProperties: boolean;
}

/** ECMAScript's LineTerminator code points (what `.` leaves out), as a class body. */
export const LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";
/** ECMAScript's WhiteSpace and LineTerminator code points (what `\s` matches), as a class body. */
export const WHITESPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

/**
 * Where a class stands between its atoms, as ECMAScript reads them (ClassRanges): whether the last atom
 * may begin a range (it ended none), and whether a range's `-` was just read. A `-` is a range's only
 * between an atom that may begin one and another atom; elsewhere it is a character.
 */
interface ClassPosition {
  readonly rangeMayBegin: boolean;
  readonly afterRangeDash: boolean;
}

const CLASS_OPENED: ClassPosition = { rangeMayBegin: false, afterRangeDash: false };
const RANGE_DASH_READ: ClassPosition = { rangeMayBegin: false, afterRangeDash: true };
/** Where a class stands after an atom: it ends a range whose `-` was just read, or may begin one. */
const afterAtom = (position: ClassPosition): ClassPosition => (position.afterRangeDash ? CLASS_OPENED : { rangeMayBegin: true, afterRangeDash: false });

/**
 * `pattern` spelled for `engine`, read as the toolkit reads every pattern: an identity escape is the
 * character it escapes (unicodeModePattern: `\-` outside a class spelled `\x2d`, Python's `\Z` a `Z`).
 */
export function translatePattern(pattern: string, engine: RegexEngine): string {
  return translateUnicodeModePattern(unicodeModePattern(pattern), engine);
}

function translateUnicodeModePattern(pattern: string, engine: RegexEngine): string {
  let out = "";
  let inClass = false;
  let position = CLASS_OPENED;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const nonSpaceClass = ch === "[" && !inClass && !engine.nestsClasses ? classAroundEscape(pattern, i, "S") : undefined;
    if (ch === "\\") {
      const [text, length] = escape(pattern, i, inClass, engine);
      out += text;
      i += length - 1;
      position = afterAtom(position);
    } else if (inClass) {
      if (ch === "]") {
        inClass = false;
        out += ch;
      } else if (ch === "-" && position.rangeMayBegin && pattern[i + 1] !== "]") {
        out += ch;
        position = RANGE_DASH_READ;
      } else {
        out += engine.classSyntax.includes(ch) ? `\\${ch}` : ch;
        position = afterAtom(position);
      }
    } else if (ch === "[") {
      if (pattern.startsWith("[]", i)) {
        out += "(?!)";
        i += 1;
      } else if (pattern.startsWith("[^]", i)) {
        out += "[\\s\\S]";
        i += 2;
      } else if (nonSpaceClass !== undefined) {
        out += classWithNonSpace(nonSpaceClass, engine);
        i = nonSpaceClass.end;
      } else {
        inClass = true;
        position = CLASS_OPENED;
        out += ch;
        if (pattern[i + 1] === "^") {
          out += "^";
          i++;
        }
      }
    } else if (ch === "$") {
      out += engine.endOfInput;
    } else if (ch === ".") {
      out += `[^${LINE_TERMINATORS}]`;
    } else if (ch === "(" && pattern.startsWith("(?<", i) && pattern[i + 3] !== "=" && pattern[i + 3] !== "!") {
      // `(?<=` and `(?<!` are lookbehinds, spelled the same in every engine.
      const name = /^\(\?<([^>]*)>/.exec(pattern.slice(i));
      if (name === null) out += ch;
      else {
        out += engine.namedGroup(name[1]!);
        i += name[0].length - 1;
      }
    } else {
      out += ch;
    }
  }
  return out;
}

/** A class holding `\S` as a group, for an engine that nests no classes (RegexEngine.nestsClasses). */
function classWithNonSpace({ negated, rest }: ClassAroundEscape, engine: RegexEngine): string {
  if (rest === "") return negated ? `[${WHITESPACE}]` : `[^${WHITESPACE}]`;
  const others = translateUnicodeModePattern(`[${rest}]`, engine);
  return negated ? `(?!${others})[${WHITESPACE}]` : `(?:${others}|[^${WHITESPACE}])`;
}

/** The engine's spelling of the escape at `pattern[i]` and how many characters of the pattern it spans. */
function escape(pattern: string, i: number, inClass: boolean, engine: RegexEngine): [string, number] {
  const next = pattern[i + 1] ?? "";
  const shorthand = engine.shorthand(next, inClass);
  if (shorthand !== undefined) return [shorthand, 2];
  if (next === "s") return [inClass ? WHITESPACE : `[${WHITESPACE}]`, 2];
  if (next === "u") {
    const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(pattern.slice(i));
    if (braced) return [engine.codePoint(parseInt(braced[1]!, 16)), braced[0].length];
    const pair = /^\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/i.exec(pattern.slice(i));
    if (pair) {
      const high = parseInt(pair[1]!, 16);
      const low = parseInt(pair[2]!, 16);
      return [engine.codePoint(0x10000 + (high - 0xd800) * 0x400 + (low - 0xdc00)), pair[0].length];
    }
  }
  if (next === "c" && /[A-Za-z]/.test(pattern[i + 2] ?? "")) return [engine.codePoint(pattern.charCodeAt(i + 2) % 32), 3];
  if ((next === "p" || next === "P") && !engine.readsUnicodeProperties) {
    const property = /^\\[pP]\{([^}]+)\}/.exec(pattern.slice(i));
    if (property) {
      const ranges = unicodePropertyRanges(property[1]!, next === "P", engine);
      // A property that holds no code point matches nothing: `(?!)`, as `[]` is spelled above.
      return [inClass ? ranges : ranges === "" ? "(?!)" : `[${ranges}]`, property[0].length];
    }
  }
  if (next === "k") {
    const named = /^\\k<([^>]+)>/.exec(pattern.slice(i));
    if (named) return [engine.namedBackreference(named[1]!), named[0].length];
  }
  return [`\\${next}`, 2];
}

/** Maximal runs of code points `\p{name}` holds (or, `negated`, does not), as the body of the engine's class; one computation per property and engine. */
function unicodePropertyRanges(name: string, negated: boolean, engine: RegexEngine): string {
  let bodies = propertyClassBodies.get(engine);
  if (bodies === undefined) propertyClassBodies.set(engine, (bodies = new Map()));
  const key = `${negated ? "P" : "p"}{${name}}`;
  let body = bodies.get(key);
  if (body === undefined) {
    const property = new RegExp(`^\\${key}$`, "u");
    const parts: string[] = [];
    let start = -1;
    for (let codePoint = 0; codePoint <= 0x110000; codePoint++) {
      const inside = codePoint < 0x110000 && property.test(String.fromCodePoint(codePoint));
      if (inside && start < 0) start = codePoint;
      if (!inside && start >= 0) {
        parts.push(start === codePoint - 1 ? engine.codePoint(start) : `${engine.codePoint(start)}-${engine.codePoint(codePoint - 1)}`);
        start = -1;
      }
    }
    body = parts.join("");
    bodies.set(key, body);
  }
  return body;
}

const propertyClassBodies = new WeakMap<RegexEngine, Map<string, string>>();
