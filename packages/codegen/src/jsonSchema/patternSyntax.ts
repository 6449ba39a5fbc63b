// Where the parts of an ECMAScript pattern begin and end, read from its text: a character class's
// closing `]`, a group's closing `)`, the `|` between alternatives. Every reader that walks a
// pattern's syntax (the python-drf target's lookbehinds, the conformance generator's drawing of
// strings) scans it this one way: an escape spans two characters, and inside a class nothing but
// the closing `]` means anything.

/** The index of the `]` closing the class opened at `open` (`[]` is ECMAScript's empty class); the last index when none does. */
export function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length - 1;
}

/** The index of the `)` closing the group opened at `open`; the source's length when none does. */
export function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") i++;
    else if (ch === "[") i = classEnd(source, i);
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return source.length;
}

/** Each group of `source`, in the order its `(` comes (so a group before the groups inside it): where it opens and closes. */
export function groupsOf(source: string): { readonly open: number; readonly close: number }[] {
  const groups: { open: number; close: number }[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") i++;
    else if (ch === "[") i = classEnd(source, i);
    else if (ch === "(") groups.push({ open: i, close: closingParenthesis(source, i) });
  }
  return groups;
}

/** The lookbehinds of `source` (`(?<=…)`, `(?<!…)`), each as written, wherever they sit (in a lookahead, in another lookbehind). */
export function lookbehindsOf(source: string): string[] {
  if (!source.includes("(?<")) return [];
  return groupsOf(source)
    .filter(({ open, close }) => close < source.length && (source.startsWith("(?<=", open) || source.startsWith("(?<!", open)))
    .map(({ open, close }) => source.slice(open, close + 1));
}

/**
 * Whether the strings `source` matches have a longest one: no `*`, `+` or `{n,}` outside its classes,
 * and no backreference (whose length is its group's). What an engine that takes lookbehinds of bounded
 * length only (ICU) asks of one.
 */
export function hasBoundedLength(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      if (/[1-9k]/.test(source[i + 1] ?? "")) return false;
      i++;
    } else if (ch === "[") i = classEnd(source, i);
    else if (ch === "*" || ch === "+" || (ch === "{" && /^\{\d+,\}/.test(source.slice(i)))) return false;
  }
  return true;
}

/** `body` cut at each `|` outside its classes and groups. */
export function topLevelAlternatives(body: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "\\") i++;
    else if (ch === "[") i = classEnd(body, i);
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      alternatives.push(body.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(body.slice(from));
  return alternatives;
}

/** A character class split around one class escape it holds (`\S` in `[^a\S]`): where it ends, whether it is negated, and the class without that escape. */
export interface ClassAroundEscape {
  /** The index of the class's closing `]`. */
  readonly end: number;
  readonly negated: boolean;
  /** The class's members other than the escape, as written (no brackets, no leading `^`). */
  readonly rest: string;
}

/**
 * The class opened at `open`, split around the escape `\<letter>` when it holds one; undefined when it
 * does not. A class escape a target's engine reads otherwise inside a class, and cannot nest there
 * (Python's `re` has no nested classes), is written as a group instead: `[a\S]` is `a` or a non-space,
 * `[^a\S]` a space that is not `a`.
 */
export function classAroundEscape(source: string, open: number, letter: string): ClassAroundEscape | undefined {
  const end = classEnd(source, open);
  const negated = source[open + 1] === "^";
  let rest = "";
  let held = false;
  for (let i = open + (negated ? 2 : 1); i < end; i++) {
    if (source[i] === "\\" && source[i + 1] === letter) {
      held = true;
      i++;
    } else if (source[i] === "\\") {
      rest += source.slice(i, i + 2);
      i++;
    } else rest += source[i];
  }
  return held ? { end, negated, rest } : undefined;
}
