// Whether a pattern has the shape that makes a backtracking engine slow: it repeats something that
// itself repeats or alternates (`(a+)+`, `(\w|\d)+`). Python's `re` (the DRF serializers), V8's
// engine (AJV) and Swift's Regex all backtrack, and take time exponential in the length of a string
// such a pattern nearly matches. Read from the pattern's source with a small scanner (escapes, classes
// and groups), not a full parser: a reading that errs calls a pattern slow that is not, never less.
// A group the scanner finds of that shape is cleared when its body's paths are searched and found
// few (repeatedPathsStayFew): no two ways to cycle on one text.
// The conformance generators keep strings for such a pattern short; the python-drf target warns of it.
import { classEnd, closingParenthesis, hasBoundedLength, topLevelAlternatives } from "./patternSyntax.ts";

/**
 * Where a group opened: whether its body repeats something, whether a group in it has alternatives
 * that overlap, whether it is a lookaround, and where the body starts.
 */
interface GroupBody {
  repeats: boolean;
  alternates: boolean;
  readonly lookaround: boolean;
  readonly start: number;
}

/** A quantifier at the start of the text: `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (lazy or not). */
export const QUANTIFIER = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/;

/** Whether a quantifier lets its atom match more than once (`?` and `{0,1}` do not). */
function repeatsMoreThanOnce(quantifier: RegExpExecArray): boolean {
  const [, symbol, least, comma, most] = quantifier;
  if (symbol !== undefined) return symbol !== "?";
  if (comma === undefined) return Number(least) > 1;
  return most === "" || Number(most) > 1;
}

/**
 * Whether a quantifier leaves open how many times its atom repeats, more than once (`+`, `*`,
 * `{1,5}`): an exact count (`[A-Za-z0-9/+]{64}`, a line of a PEM key) splits a string one way only.
 */
function repeatsVariably(quantifier: RegExpExecArray): boolean {
  const [, symbol, least, comma, most] = quantifier;
  if (symbol !== undefined) return symbol !== "?";
  return comma !== undefined && (most === "" || (Number(most) > 1 && Number(most) !== Number(least)));
}

/**
 * Whether `source` repeats a group whose body itself repeats something a variable number of times,
 * or has alternatives that can match the same text (`(a+)+`, `(\s*\w+)*$`, `(.*){1,5}`, `(\w|\d)+`):
 * a backtracking engine (V8's, which AJV uses, and Python's `re`) can split a string among such
 * repetitions in a number of ways exponential in its length, and tries them all before it rejects a
 * string, or, searching an unanchored pattern, before it finds where one matches. Alternatives of one
 * character each that no character matches twice (`(\w|\/|-)`) split a string one way only, and do
 * not count; nor does a group whose body takes every string along one cycle at most
 * (repeatedPathsStayFew: `(?:[a-z](?:[a-z-]*[a-z])?\.)+`, each label ending at its dot).
 */
export function repeatsNestedRepetition(source: string): boolean {
  return nestedRepetitionTimes(source) !== undefined;
}

/**
 * The most times the first repeated group repeatsNestedRepetition finds may match (Infinity for `*`,
 * `+`, `{n,}`); undefined where it finds none. Without a bound the ways to split a string grow
 * exponentially with its length; with one (meltano.json's cron interval, `((…\d+|\*) ?){5,6}`),
 * as a power of it: a string of 60 digits took Python's re 10 s to reject, one of 30 0.2 s.
 */
export function nestedRepetitionTimes(source: string): number | undefined {
  choicesOfThisPattern = new Map();
  try {
    return readsNestedRepetition(source);
  } finally {
    choicesOfThisPattern = undefined;
  }
}

/**
 * choiceOf's answers for the pattern repeatsNestedRepetition is reading, by group text: a group is
 * met again by every reading of the groups around it (sequenceItems, splitsOneWay, atomMembers), and
 * read once. Kept for one pattern only, so nothing outlives the run that asked.
 */
let choicesOfThisPattern: Map<string, Choice | undefined> | undefined;

function readsNestedRepetition(source: string): number | undefined {
  const open: GroupBody[] = [{ repeats: false, alternates: false, lookaround: false, start: 0 }];
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    let closed: { readonly repeats: boolean; readonly alternates: boolean; readonly bounded: boolean; readonly body: string | undefined } | undefined;
    if (ch === "(") {
      const prefix = /^\(\?(?::|<?[=!]|<[^>]*>)/.exec(source.slice(i));
      i += prefix ? prefix[0].length : 1;
      open.push({ repeats: false, alternates: false, lookaround: prefix !== null && /[=!]$/.test(prefix[0]), start: i });
      continue;
    }
    if (ch === ")") {
      const body = open.length > 1 ? open.pop()! : undefined;
      if (body !== undefined) {
        const text = source.slice(body.start, i);
        closed = {
          repeats: body.repeats && !splitsOneWay(text),
          alternates: body.alternates || alternativesOverlap(text),
          bounded: hasBoundedLength(text),
          // A lookaround is not read as a repeated body (a quantifier on one repeats no text).
          body: body.lookaround ? undefined : text,
        };
        // A body that repeats, or holds alternatives that overlap, makes every group around it one
        // that does too: `(\.(\w|\d))+` tries both alternatives in each iteration. A lookaround's
        // alternatives are tried once where it stands (`((?!message|severity).)*`): an engine never
        // backtracks into it.
        if (body.repeats) open.at(-1)!.repeats = true;
        if (closed.alternates && !body.lookaround) open.at(-1)!.alternates = true;
      }
      i += 1;
    } else if (ch === "[") {
      i = classEnd(source, i) + 1;
    } else if (ch === "\\") {
      // `\u{…}` and `\p{…}` carry braces that are not a quantifier.
      const braced = /^\\[upP]\{[^}]*\}/.exec(source.slice(i));
      i += braced ? braced[0].length : 2;
    } else {
      i += 1;
    }
    const quantifier = QUANTIFIER.exec(source.slice(i));
    if (quantifier === null) continue;
    i += quantifier[0].length;
    if (closed !== undefined && repeatsMoreThanOnce(quantifier) && (closed.repeats || closed.alternates) && !(closed.bounded && mostTimes(quantifier) <= FEW_TIMES) && !repeatedPathsStayFew(closed.body)) return mostTimes(quantifier);
    if (repeatsVariably(quantifier)) open.at(-1)!.repeats = true;
  }
  return undefined;
}

/**
 * A group of bounded length repeated at most this many times tries a bounded number of splits
 * (`(\.(0|[1-9][0-9]{0,3})){2}`, the last two parts of a version number), however it is
 * written: only a group repeated without such a bound splits a string in ways exponential in its length.
 */
const FEW_TIMES = 3;

/** The most times a quantifier lets its atom match (Infinity for `*`, `+` and `{n,}`). */
function mostTimes(quantifier: RegExpExecArray): number {
  const [, symbol, least, comma, most] = quantifier;
  if (symbol !== undefined) return symbol === "?" ? 1 : Infinity;
  if (comma === undefined) return Number(least);
  return most === "" ? Infinity : Number(most);
}

/** The fewest times a quantifier lets its atom match (once with none). */
function leastTimes(quantifier: RegExpExecArray | null): number {
  if (quantifier === null) return 1;
  const [, symbol, least] = quantifier;
  if (symbol !== undefined) return symbol === "+" ? 1 : 0;
  return Number(least);
}

/** Whether a quantifier fixes how many times its atom matches (none, `{n}`, `{n,n}`). */
function isExact(quantifier: RegExpExecArray | null): boolean {
  if (quantifier === null) return true;
  const [, symbol, least, comma, most] = quantifier;
  return symbol === undefined && (comma === undefined || Number(most) === Number(least));
}

/** One item of a plain sequence: an atom (a class, an escape or a character) and its quantifier. */
interface SequenceItem {
  readonly atom: string;
  readonly quantifier: RegExpExecArray | null;
}

/** An escape at the start of the text: braced, hexadecimal, a control letter, a backreference or one character. */
const ESCAPE = /^\\(?:[upP]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[1-9]\d*|k<[^>]*>|.)/su;

/**
 * `body`'s items when it is a plain sequence of atoms (no alternative or backreference; a group only
 * when it is a choice told apart by its first character, choiceOf, and repeated only when each of
 * its tokens has one length); else undefined.
 */
function sequenceItems(body: string): SequenceItem[] | undefined {
  const items: SequenceItem[] = [];
  for (let i = 0; i < body.length; ) {
    const ch = body[i]!;
    if (ch === ")" || ch === "|") return undefined;
    let atom: string;
    if (ch === "(") {
      atom = body.slice(i, closingParenthesis(body, i) + 1);
      if (choiceOf(atom) === undefined) return undefined;
    } else if (ch === "[") atom = body.slice(i, classEnd(body, i) + 1);
    else if (ch === "\\") {
      atom = ESCAPE.exec(body.slice(i))![0];
      if (/^\\(?:[1-9]|k<)/.test(atom)) return undefined;
    } else atom = String.fromCodePoint(body.codePointAt(i)!);
    i += atom.length;
    const quantifier = QUANTIFIER.exec(body.slice(i));
    if (quantifier !== null) i += quantifier[0].length;
    // A choice repeated splits a string one way only when each of its tokens has one length.
    if (atom.startsWith("(") && !isExact(quantifier) && choiceOf(atom)?.fixedLength !== true) return undefined;
    items.push({ atom, quantifier });
  }
  return items;
}

/** An atom of more members than this (a negated class, `.`, `\S`) is not read as a delimiter. */
const MAX_DELIMITER_MEMBERS = 64;

/** An atom that names a property or a code point past the BMP, whose members would need all of Unicode tested. */
const PAST_THE_BMP = /\\[pP]|\\u\{[0-9a-fA-F]{5,}\}|[\u{10000}-\u{10FFFF}]/u;

/** How many characters `atom` matches, when they are few (no negated class) and all in the BMP; else undefined. */
function fewMembers(atom: string, membersOf: (atom: string) => Uint32Array): number | undefined {
  if (PAST_THE_BMP.test(atom) || atom.startsWith("[^")) return undefined;
  let count = 0;
  for (let word of membersOf(atom)) {
    for (; word !== 0; word &= word - 1) count++;
  }
  return count > MAX_DELIMITER_MEMBERS ? undefined : count;
}

/**
 * Whether every string a repeated group's body matches, repeated, splits into iterations one way
 * only, so backtracking has nothing to try: the body is a plain sequence whose items of variable
 * count share no character with each other or with any other item, and it begins or ends with a
 * delimiter, one character of a few, of a count of its own (`\.[a-z]+`, `-[a-zA-Z]{1,8}`,
 * `[0-9]+[wdhms]`, `,\s*\w+`). Every delimiter in a string then starts (or ends) an iteration, and
 * each character between two belongs to one item. `(\w+\s?)` (no delimiter: both ends vary) and
 * `(\.[a-z]+[a-z]+)` (two variable items alike) split many ways.
 */
function splitsOneWay(body: string): boolean {
  const items = sequenceItems(body);
  if (items === undefined) return false;
  const disjoint = disjointAtoms();
  if (!eachCharacterHasOneItem(items, disjoint)) return false;
  const variable = items.filter((item) => !isFixed(item));
  // Each iteration begins or ends with a delimiter no variable item matches.
  return [items[0], items.at(-1)].some(
    (delimiter) =>
      delimiter !== undefined &&
      !delimiter.atom.startsWith("(") &&
      isExact(delimiter.quantifier) &&
      (fewMembers(delimiter.atom, bmpMembers) ?? 0) > 0 &&
      variable.every((item) => disjoint(item.atom, delimiter.atom)),
  );
}

/** Whether an item matches text of one length: an atom of one count (a choice of tokens of one length, not repeated, counts). */
function isFixed(item: SequenceItem): boolean {
  return isExact(item.quantifier) && (!item.atom.startsWith("(") || choiceOf(item.atom)?.fixedLength === true);
}

/**
 * Whether, in a sequence, each character a string gives it belongs to one variable item or none:
 * the variable items share no character, and none shares one with an item of one length between
 * two of them. An item of one length before the first variable item or after the last stands where
 * the sequence's ends put it (`\.[a-zA-Z][a-zA-Z0-9]{0,39}`, a dotted name's part: its first letter
 * could be no other item's).
 */
function eachCharacterHasOneItem(items: readonly SequenceItem[], disjoint: (a: string, b: string) => boolean): boolean {
  const variableAt = items.flatMap((item, index) => (isFixed(item) ? [] : [index]));
  const variable = variableAt.map((index) => items[index]!);
  const between = items.filter((item, index) => isFixed(item) && index > variableAt[0]! && index < variableAt.at(-1)!);
  return variable.every((item, index) => variable.slice(index + 1).every((other) => disjoint(item.atom, other.atom)) && between.every((other) => disjoint(item.atom, other.atom)));
}

/** Whether two atoms share no character (each atom's members searched for once): one naming a property or a code point past the BMP overlaps everything. */
function disjointAtoms(): (a: string, b: string) => boolean {
  const found = new Map<string, Uint32Array>();
  const membersOf = (atom: string): Uint32Array => found.get(atom) ?? found.set(atom, atomMembers(atom)).get(atom)!;
  return (a, b) => !PAST_THE_BMP.test(a) && !PAST_THE_BMP.test(b) && sharesNone(membersOf(a), membersOf(b));
}

/**
 * Whether two atoms' BMP members (bmpMembers) have no character in common. An atom that names a
 * property or a code point past the BMP is taken to overlap everything (splitsOneWay), so an overlap
 * is never missed.
 */
function sharesNone(first: Uint32Array, second: Uint32Array): boolean {
  return first.every((word, index) => (word & second[index]!) === 0);
}

/** Every BMP character but the surrogates, in order, so one search finds all an atom matches. */
let everyBmpCharacter: string | undefined;

/** The BMP characters `atom` matches (one atom matches one character), as bits by code unit. */
function bmpMembers(atom: string): Uint32Array {
  everyBmpCharacter ??= Array.from({ length: 0x10000 }, (_, codeUnit) => (codeUnit >= 0xd800 && codeUnit <= 0xdfff ? "" : String.fromCharCode(codeUnit))).join("");
  const members = new Uint32Array(0x10000 / 32);
  for (const match of everyBmpCharacter.matchAll(atomRegExp(atom, "global"))) {
    const codeUnit = match[0].charCodeAt(0);
    members[codeUnit >>> 5]! |= 1 << (codeUnit & 31);
  }
  return members;
}

/** `atom` as a regular expression (Unicode mode when it reads so): matching a whole string, or every match in one. */
function atomRegExp(atom: string, use: "whole" | "global"): RegExp {
  const [source, flags] = use === "whole" ? [`^(?:${atom})$`, ""] : [`(?:${atom})`, "g"];
  try {
    return new RegExp(source, `${flags}u`);
  } catch {
    return new RegExp(source, flags);
  }
}

/** One atom alone: a class, an escape (a braced one too) or one character. */
const SINGLE_ATOM = /^(?:\[(?:[^\]\\]|\\.)*\]|\\[upP]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[a-zA-Z]|\\.|[^\\()[\]{}|*+?])$/su;

/** Characters tried against alternatives of one character each: ASCII, and a few beyond it. */
const PROBES = [...Array.from({ length: 0x80 }, (_, codePoint) => String.fromCodePoint(codePoint)), "\u00e9", "\u03b1", "\u2028", "\u4e00", "\u{1F600}"];

/**
 * Whether a group's body has alternatives that may match the same text: any that is not a single
 * character (assumed to, since telling would take a parser), or single characters one probe matches
 * twice; never a choice told apart by its first character (choiceOf). A body without alternatives has none.
 */
function alternativesOverlap(body: string): boolean {
  const alternatives = topLevelAlternatives(body);
  if (alternatives.length < 2 || choiceOf(`(${body})`) !== undefined) return false;
  if (!alternatives.every((alternative) => SINGLE_ATOM.test(alternative))) return true;
  const members = alternatives.map((alternative) => atomRegExp(alternative, "whole"));
  return PROBES.some((probe) => members.filter((member) => member.test(probe)).length > 1);
}

/** The length of the opening of the group at the start of `text` (`(`, `(?:`, `(?<name>`); undefined for a lookaround or no group. */
function groupOpening(text: string): number | undefined {
  const opening = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(text)?.[0];
  return opening === undefined || text[opening.length] === "?" ? undefined : opening.length;
}

/** The body of the group `text` is, when it is one group whole (groupOpening); else undefined. */
function wholeGroupBody(text: string): string | undefined {
  const opening = groupOpening(text);
  return opening === undefined || closingParenthesis(text, 0) !== text.length - 1 ? undefined : text.slice(opening, -1);
}

/** A group whose alternatives are told apart by their first character (choiceOf). */
interface Choice {
  /** Every atom of every alternative: what characters the group's text is made of. */
  readonly atoms: readonly string[];
  /** Each alternative is atoms of one count each: the group matches text of one length per alternative. */
  readonly fixedLength: boolean;
}

/**
 * The group `group` is, when it is a choice told apart by its first character: alternatives of atoms
 * (a group wrapping one alternative whole is read through), each beginning with an atom that matches
 * at least once, whose characters no other alternative begins with, and each splitting its text one way
 * (eachCharacterHasOneItem). At each place at most one alternative starts, and it takes its text one
 * way: FHIR's oid, `(\.(0|[1-9][0-9]*))+`, and a JSON pointer token's characters, `([^/~]|~[01])`,
 * which AsyncAPI's runtime expressions repeat (Python's re rejects near misses of 300,000 characters
 * of both in under half a second). Undefined for any other group.
 */
function choiceOf(group: string): Choice | undefined {
  if (choicesOfThisPattern?.has(group) === true) return choicesOfThisPattern.get(group);
  const choice = readChoice(group);
  choicesOfThisPattern?.set(group, choice);
  return choice;
}

function readChoice(group: string): Choice | undefined {
  const body = wholeGroupBody(group);
  if (body === undefined) return undefined;
  const alternatives: SequenceItem[][] = [];
  for (let alternative of topLevelAlternatives(body)) {
    // `(~[01])` as an alternative is `~[01]`.
    for (let inner = wholeGroupBody(alternative); inner !== undefined; inner = wholeGroupBody(alternative)) {
      if (topLevelAlternatives(inner).length > 1) return undefined;
      alternative = inner;
    }
    const items = sequenceItems(alternative);
    if (items === undefined || items.length === 0 || items.some((item) => item.atom.startsWith("(") || PAST_THE_BMP.test(item.atom))) return undefined;
    // Its first character is the first atom's: an atom that may match no time would let the next one's begin it.
    if (leastTimes(items[0]!.quantifier) === 0) return undefined;
    alternatives.push(items);
  }
  const disjoint = disjointAtoms();
  const firsts = alternatives.map((items) => items[0]!.atom);
  if (firsts.some((first, index) => firsts.slice(index + 1).some((other) => !disjoint(first, other)))) return undefined;
  if (!alternatives.every((items) => eachCharacterHasOneItem(items, disjoint))) return undefined;
  return { atoms: alternatives.flatMap((items) => items.map((item) => item.atom)), fixedLength: alternatives.every((items) => items.every((item) => isExact(item.quantifier))) };
}

/** The BMP characters an atom matches: a class, an escape or a character (bmpMembers), or any character of a choice's atoms (choiceOf). */
function atomMembers(atom: string): Uint32Array {
  const choice = atom.startsWith("(") ? choiceOf(atom) : undefined;
  if (choice === undefined) return bmpMembers(atom);
  const members = new Uint32Array(0x10000 / 32);
  for (const each of choice.atoms) bmpMembers(each).forEach((word, index) => (members[index]! |= word));
  return members;
}

/**
 * Whether a repeated group's body, however often it repeats, matches each string along few paths
 * (a number polynomial in the string's length), read from its syntax: no position of it can be left
 * and reached again along two different paths on the same text. Only such a second cycle (EDA, the
 * classic criterion: `(a+)+` takes `aa` as one iteration or two) multiplies the ways an engine tries
 * with each more iteration; one that is not there leaves it trying at most polynomially many, however
 * much the body backtracks inside. A hostname of labels, `(?:[a-z](?:[a-z-]*[a-z])?\.)+` (octokit's
 * webhook schemas' email patterns), passes: each iteration ends at its dot, which no other position
 * takes, and a label has one path to it. False for a body it cannot read (an anchor, a word boundary,
 * a lookaround, a backreference), or one too long to search, so its group stays slow.
 */
function repeatedPathsStayFew(body: string | undefined): boolean {
  const syntax = body === undefined ? undefined : pathSyntax(body);
  if (syntax === undefined) return false;
  const graph: PathGraph = { atoms: [], steps: [] };
  endsOf({ kind: "repeat", body: syntax, least: 1, loops: true }, graph);
  const stepCount = graph.steps.reduce((sum, steps) => sum + steps.size, 0);
  return graph.atoms.length <= MOST_POSITIONS && stepCount <= MOST_STEPS && !cyclesTwoWays(graph);
}

/**
 * Positions (atoms) and steps between them of a body searched at most: the search pairs every
 * position with every other, and every step with every other, so a larger body stays slow rather
 * than take seconds to read. 128 positions take a few hundred milliseconds at most (a choice of 40
 * three-letter tokens, 0.4 s); CVSS 3.1's vector string, 16 metrics of 66 positions, needs more
 * than 64.
 */
const MOST_POSITIONS = 128;
const MOST_STEPS = 600;

/** What a body's paths depend on: an atom, a sequence, a choice, or a repetition (its fewest count, and whether it may match more than once). */
type PathSyntax =
  | { readonly kind: "atom"; readonly atom: string }
  | { readonly kind: "sequence"; readonly items: readonly PathSyntax[] }
  | { readonly kind: "choice"; readonly alternatives: readonly PathSyntax[] }
  | { readonly kind: "repeat"; readonly body: PathSyntax; readonly least: number; readonly loops: boolean };

/** `text` as PathSyntax; undefined where it matches by other means than characters in a row (an anchor, a word boundary, a lookaround, a backreference). */
function pathSyntax(text: string): PathSyntax | undefined {
  const alternatives = topLevelAlternatives(text).map(sequenceSyntax);
  if (!alternatives.every((alternative) => alternative !== undefined)) return undefined;
  return alternatives.length === 1 ? alternatives[0] : { kind: "choice", alternatives };
}

function sequenceSyntax(text: string): PathSyntax | undefined {
  const items: PathSyntax[] = [];
  for (let i = 0; i < text.length; ) {
    const read = itemAt(text, i);
    if (read === undefined) return undefined;
    i = read.end;
    const quantifier = QUANTIFIER.exec(text.slice(i));
    if (quantifier !== null) i += quantifier[0].length;
    items.push(quantified(read.item, quantifier));
  }
  return { kind: "sequence", items };
}

/** The atom or group at `i` of `text`, and where it ends; undefined for an anchor, a word boundary, a lookaround, a backreference or a quantifier with nothing to repeat. */
function itemAt(text: string, i: number): { readonly item: PathSyntax; readonly end: number } | undefined {
  const ch = text[i]!;
  if (ch === "(") {
    const opening = groupOpening(text.slice(i));
    const close = closingParenthesis(text, i);
    const body = opening === undefined || close >= text.length ? undefined : pathSyntax(text.slice(i + opening, close));
    return body === undefined ? undefined : { item: body, end: close + 1 };
  }
  if ("^$|)*+?".includes(ch) || QUANTIFIER.test(text.slice(i))) return undefined;
  let atom: string | undefined;
  if (ch === "[") atom = text.slice(i, classEnd(text, i) + 1);
  else if (ch === "\\") atom = ESCAPE.exec(text.slice(i))?.[0];
  else atom = String.fromCodePoint(text.codePointAt(i)!);
  if (atom === undefined || /^\\(?:[bB1-9]|k<)/.test(atom)) return undefined;
  return { item: { kind: "atom", atom }, end: i + atom.length };
}

/** `item` under `quantifier`: as it is without one; nothing for `{0}`; else a repetition. */
function quantified(item: PathSyntax, quantifier: RegExpExecArray | null): PathSyntax {
  if (quantifier === null) return item;
  const most = mostTimes(quantifier);
  if (most === 0) return { kind: "sequence", items: [] };
  // A count of at most a few (`{2,3}`) is read as a repetition without end: that has every path it has, and more.
  return { kind: "repeat", body: item, least: leastTimes(quantifier), loops: most > 1 };
}

/** Paths are counted up to this many: one path or several is all the search asks. */
const SEVERAL = 2;

/** A body's positions (an atom each, in order) and, from each, the positions a path steps to next, with how many paths take that step. */
interface PathGraph {
  readonly atoms: string[];
  readonly steps: Map<number, number>[];
}

/** Where a part of a body's syntax begins and ends (positions, with how many paths begin or end there), and how many paths match it to nothing. */
interface Ends {
  readonly empty: number;
  readonly first: ReadonlyMap<number, number>;
  readonly last: ReadonlyMap<number, number>;
}

const MATCHES_NOTHING: Ends = { empty: 1, first: new Map(), last: new Map() };

/**
 * The ends of `syntax`, its atoms added to `graph` as positions and its steps between them (a
 * Glushkov automaton, each step counting the paths that take it, so `(a+)+`'s step from `a` to `a`,
 * within an iteration or across two, counts two).
 */
function endsOf(syntax: PathSyntax, graph: PathGraph): Ends {
  switch (syntax.kind) {
    case "atom": {
      const position = graph.atoms.push(syntax.atom) - 1;
      graph.steps.push(new Map());
      const here = new Map([[position, 1]]);
      return { empty: 0, first: here, last: here };
    }
    case "sequence":
      return syntax.items.reduce((before, item) => followedBy(before, endsOf(item, graph), graph), MATCHES_NOTHING);
    case "choice":
      return syntax.alternatives.map((alternative) => endsOf(alternative, graph)).reduce(eitherOf);
    case "repeat": {
      const body = endsOf(syntax.body, graph);
      // An engine may let an iteration match nothing (before the fewest count is reached, or, some,
      // after), between two others or before the first: each is one more path.
      const aroundEmpty = Math.min(SEVERAL, 1 + body.empty);
      if (!syntax.loops) return { ...body, empty: syntax.least === 0 ? aroundEmpty : body.empty };
      linkPaths(body.last, body.first, aroundEmpty, graph);
      return { empty: syntax.least === 0 ? aroundEmpty : body.empty, first: scaled(body.first, aroundEmpty), last: scaled(body.last, aroundEmpty) };
    }
  }
}

function followedBy(before: Ends, after: Ends, graph: PathGraph): Ends {
  linkPaths(before.last, after.first, 1, graph);
  return {
    empty: Math.min(SEVERAL, before.empty * after.empty),
    first: added(before.first, scaled(after.first, before.empty)),
    last: added(after.last, scaled(before.last, after.empty)),
  };
}

function eitherOf(one: Ends, other: Ends): Ends {
  return { empty: Math.min(SEVERAL, one.empty + other.empty), first: added(one.first, other.first), last: added(one.last, other.last) };
}

/** Adds the steps from each position a part ends at to each one the next begins at, `ways` paths each besides those counts. */
function linkPaths(from: ReadonlyMap<number, number>, to: ReadonlyMap<number, number>, ways: number, graph: PathGraph): void {
  for (const [source, leaving] of from) {
    const steps = graph.steps[source]!;
    for (const [target, arriving] of to) steps.set(target, Math.min(SEVERAL, (steps.get(target) ?? 0) + leaving * arriving * ways));
  }
}

function scaled(paths: ReadonlyMap<number, number>, factor: number): Map<number, number> {
  return new Map([...paths].flatMap(([position, count]) => (factor === 0 ? [] : [[position, Math.min(SEVERAL, count * factor)]])));
}

function added(one: ReadonlyMap<number, number>, other: ReadonlyMap<number, number>): Map<number, number> {
  const sum = new Map(one);
  for (const [position, count] of other) sum.set(position, Math.min(SEVERAL, (sum.get(position) ?? 0) + count));
  return sum;
}

/**
 * Whether some position of `graph` has two different cycles on the same text. Two paths read
 * together step through pairs of positions whose atoms share a character; such a pair of cycles is
 * a cycle of pairs through a pair of one position twice that elsewhere passes a pair of two
 * positions, or a step of one position to another that several paths take. So: whether a strongly
 * connected set of pairs holds both.
 */
function cyclesTwoWays(graph: PathGraph): boolean {
  const count = graph.atoms.length;
  const disjoint = disjointAtoms();
  const meet = Array.from({ length: count }, (_, one) => Array.from({ length: count }, (_, other) => !disjoint(graph.atoms[one]!, graph.atoms[other]!)));
  const pairOf = (one: number, other: number) => one * count + other;
  const pairSteps = Array.from({ length: count * count }, (_, pair) => {
    const [one, other] = [Math.floor(pair / count), pair % count];
    if (!meet[one]![other]!) return [];
    return [...graph.steps[one]!].flatMap(([nextOne, ways]) =>
      [...graph.steps[other]!].flatMap(([nextOther]) => (meet[nextOne]![nextOther]! ? [{ to: pairOf(nextOne, nextOther), splits: one === other && nextOne === nextOther && ways > 1 }] : [])),
    );
  });
  const component = stronglyConnected(pairSteps.map((steps) => steps.map((step) => step.to)));
  const holdsOnePositionTwice = new Set<number>();
  const parts = new Set<number>();
  pairSteps.forEach((steps, pair) => {
    const [one, other] = [Math.floor(pair / count), pair % count];
    if (one === other) holdsOnePositionTwice.add(component[pair]!);
    if (one !== other) parts.add(component[pair]!);
    for (const step of steps) if (step.splits && component[step.to] === component[pair]) parts.add(component[pair]!);
  });
  return [...holdsOnePositionTwice].some((each) => parts.has(each));
}

/** Each node's strongly connected component (Tarjan's algorithm), as a number shared by the nodes of one. */
function stronglyConnected(successors: readonly (readonly number[])[]): number[] {
  const component = new Array<number>(successors.length).fill(-1);
  const index = new Array<number>(successors.length).fill(-1);
  const lowest = new Array<number>(successors.length).fill(0);
  const stack: number[] = [];
  let visited = 0;
  const visit = (node: number): void => {
    index[node] = lowest[node] = visited++;
    stack.push(node);
    for (const next of successors[node]!) {
      if (index[next] === -1) {
        visit(next);
        lowest[node] = Math.min(lowest[node]!, lowest[next]!);
      } else if (component[next] === -1) lowest[node] = Math.min(lowest[node]!, index[next]!);
    }
    if (lowest[node] !== index[node]) return;
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      component[member] = node;
      if (member === node) break;
    }
  };
  successors.forEach((_, node) => index[node] === -1 && visit(node));
  return component;
}
