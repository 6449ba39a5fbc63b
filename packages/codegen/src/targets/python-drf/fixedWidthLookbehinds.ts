// Python's `re` runs a lookbehind only when every string it matches has one length ("look-behind
// requires fixed-width pattern"); ECMAScript takes any. A generated module whose pattern holds a
// lookbehind of several lengths (`(?<=^v?)1`, found on a SchemaStore schema by the examples oracle)
// did not import. Such a lookbehind whose lengths are bounded is spelled as lookbehinds of one length
// each, which hold exactly where it holds: `(?<=X)` holds where some string X matches ends here, so
// where one of X's alternatives of some length does.

import { classEnd, closingParenthesis, lookbehindsOf, topLevelAlternatives } from "../../jsonSchema/patternSyntax.ts";

/** The most fixed-width alternatives one lookbehind is written out as; past it, it is left as written. */
const MOST_ALTERNATIVES = 64;

/** A way a part of a lookbehind's body matches: its spelling (ECMAScript) and the length of what it matches. */
interface Spelled {
  readonly text: string;
  readonly width: number;
}

/**
 * `pattern` (ECMAScript) with each lookbehind of several bounded lengths spelled as lookbehinds of one
 * length each: `(?<=X)` as `(?:(?<=X₁)|(?<=X₂)|…)` and `(?<!X)` as `(?<!X₁)(?<!X₂)…`, Xᵢ the
 * alternatives of X of each length. A lookbehind of unbounded length (`(?<=a+)`) has no such
 * spelling, nor one in a pattern with backreferences (written out, its groups would be numbered
 * otherwise): those are left as written.
 */
export function withFixedWidthLookbehinds(pattern: string): string {
  if (!pattern.includes("(?<") || /\\[1-9]|\\k</.test(pattern)) return pattern;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
    } else if (pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i)) {
      const end = closingParenthesis(pattern, i);
      if (end === pattern.length) return pattern;
      const body = withFixedWidthLookbehinds(pattern.slice(i + 4, end));
      out += lookbehindOfFixedWidths(body, pattern[i + 3] === "!") ?? `${pattern.slice(i, i + 4)}${body})`;
      i = end;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * The lookbehinds Python's `re` refuses in `pattern` once withFixedWidthLookbehinds has spelled it:
 * those of unbounded length (`(?<=a+)`), or of several lengths it could not write out. A module whose
 * pattern holds one still loads (support.py's _UnrunnablePattern refuses every value it checks), and
 * gen warns of it, naming the pattern.
 */
export function lookbehindsPythonRefuses(pattern: string): string[] {
  if (!pattern.includes("(?<")) return [];
  return lookbehindsOf(withFixedWidthLookbehinds(pattern)).filter((lookbehind) => !hasOneWidth(lookbehind.slice(4, -1)));
}

/** Whether every string `body` (a lookbehind's) matches has one length, as `re` requires. */
function hasOneWidth(body: string): boolean {
  const ways = expandAlternation(body);
  return ways !== undefined && ways.every((way) => way.width === ways[0]!.width);
}

/** The lookbehind on `body` as lookbehinds of one length each; undefined when it needs none or has no such spelling. */
function lookbehindOfFixedWidths(body: string, negative: boolean): string | undefined {
  const alternatives = expandAlternation(body);
  if (alternatives === undefined) return undefined;
  const byWidth = new Map<number, string[]>();
  for (const { text, width } of alternatives) byWidth.set(width, [...(byWidth.get(width) ?? []), text]);
  if (byWidth.size <= 1) return undefined;
  const lookbehinds = [...byWidth.values()].map((texts) => `(?<${negative ? "!" : "="}${[...new Set(texts)].join("|")})`);
  return negative ? lookbehinds.join("") : `(?:${lookbehinds.join("|")})`;
}

/** Every way `source` (an alternation) matches, as fixed-width spellings; undefined when unbounded or too many. */
function expandAlternation(source: string): Spelled[] | undefined {
  const out: Spelled[] = [];
  for (const branch of topLevelAlternatives(source)) {
    const spelled = expandSequence(branch);
    if (spelled === undefined || out.length + spelled.length > MOST_ALTERNATIVES) return undefined;
    out.push(...spelled);
  }
  return out;
}

/** Every way a sequence of atoms (each perhaps quantified) matches, as fixed-width spellings. */
function expandSequence(source: string): Spelled[] | undefined {
  let ways: Spelled[] = [{ text: "", width: 0 }];
  let i = 0;
  while (i < source.length) {
    const atom = readAtom(source, i);
    if (atom === undefined) return undefined;
    const quantifier = readQuantifier(source, atom.end);
    if (quantifier === undefined) return undefined;
    const repeated: Spelled[] = [];
    for (let count = quantifier.min; count <= quantifier.max; count++) {
      for (const way of repeatAtom(atom.ways, count) ?? []) repeated.push(way);
      if (repeated.length > MOST_ALTERNATIVES) return undefined;
    }
    const next: Spelled[] = [];
    for (const before of ways) for (const part of repeated) next.push({ text: before.text + part.text, width: before.width + part.width });
    if (next.length > MOST_ALTERNATIVES) return undefined;
    ways = next;
    i = quantifier.end;
  }
  return ways;
}

/** `count` matches of an atom one after the other, each any of its ways. */
function repeatAtom(ways: readonly Spelled[], count: number): Spelled[] | undefined {
  let out: Spelled[] = [{ text: "", width: 0 }];
  for (let n = 0; n < count; n++) {
    out = out.flatMap((before) => ways.map((way) => ({ text: before.text + way.text, width: before.width + way.width })));
    if (out.length > MOST_ALTERNATIVES) return undefined;
  }
  return out;
}

/** The atom at `source[i]`: the ways it matches and where it ends. Undefined for one of unbounded ways. */
function readAtom(source: string, i: number): { ways: Spelled[]; end: number } | undefined {
  const ch = source[i]!;
  if (ch === "\\") {
    const pair = /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(source.slice(i));
    const braced = /^\\(?:u\{[0-9a-fA-F]+\}|[pP]\{[^}]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/.exec(source.slice(i));
    const text = pair?.[0] ?? braced?.[0] ?? source.slice(i, i + 2);
    // A word boundary matches no character.
    const width = text === "\\b" || text === "\\B" ? 0 : 1;
    return { ways: [{ text, width }], end: i + text.length };
  }
  if (ch === "[") {
    const end = classEnd(source, i);
    return { ways: [{ text: source.slice(i, end + 1), width: 1 }], end: end + 1 };
  }
  if (ch === "^" || ch === "$") return { ways: [{ text: ch, width: 0 }], end: i + 1 };
  if (ch === "(") {
    const end = closingParenthesis(source, i);
    if (end === source.length) return undefined;
    const inner = source.slice(i, end + 1);
    // A lookaround matches no character: kept whole.
    if (/^\(\?(?:=|!|<=|<!)/.test(inner)) return { ways: [{ text: inner, width: 0 }], end: end + 1 };
    // A group (capturing or not, named or not) is its alternatives, each written as a group that
    // captures nothing: written out several times, a named group would be named twice.
    const bodyStart = inner.startsWith("(?:") ? 3 : inner.startsWith("(?<") ? inner.indexOf(">") + 1 : 1;
    const ways = expandAlternation(inner.slice(bodyStart, -1));
    return ways === undefined ? undefined : { ways: ways.map((way) => ({ text: `(?:${way.text})`, width: way.width })), end: end + 1 };
  }
  if (ch === "|" || ch === ")" || ch === "*" || ch === "+" || ch === "?" || ch === "{") return undefined;
  // A code point (a surrogate pair is one, as Python counts).
  const text = String.fromCodePoint(source.codePointAt(i)!);
  return { ways: [{ text, width: 1 }], end: i + text.length };
}

/** The quantifier at `source[i]` (none: once), with its bounds; undefined when unbounded. */
function readQuantifier(source: string, i: number): { min: number; max: number; end: number } | undefined {
  const ch = source[i];
  let bounds: { min: number; max: number; end: number } | undefined;
  if (ch === "*" || ch === "+") return undefined;
  if (ch === "?") bounds = { min: 0, max: 1, end: i + 1 };
  else if (ch === "{") {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (braces === null) return { min: 1, max: 1, end: i };
    if (braces[2] !== undefined && braces[3] === "") return undefined;
    const min = Number(braces[1]);
    bounds = { min, max: braces[3] !== undefined ? Number(braces[3]) : min, end: i + braces[0].length };
  } else return { min: 1, max: 1, end: i };
  // A lazy quantifier matches the same strings.
  return source[bounds.end] === "?" ? { ...bounds, end: bounds.end + 1 } : bounds;
}
