// Python expressions and a line breaker that writes them the way `ruff format` does, so that the
// generated files pass `ruff format --check` without running ruff: an expression stays on one line
// when it fits in 88 columns, and otherwise its outermost bracket is exploded one item per line with a
// trailing comma (which ruff treats as "magic" and keeps exploded), recursively.
import { integerSpelling, NO_INTEGER_SPELLINGS, type IntegerSpellings } from "../../json/integerSpellings.ts";
import type { JsonValue } from "../../json/types.ts";

export const LINE_LENGTH = 88;

/**
 * Every expression carries `text`, its one-line spelling, made when the expression is built from its
 * parts' spellings: `layout` asks for the spelling of every sub-expression at every level it tries,
 * and every expression built is laid out, so each is spelled exactly once (and without a side table).
 */
export type PyExpr =
  | { readonly kind: "atom"; readonly text: string }
  | { readonly kind: "call"; readonly text: string; readonly callee: string; readonly args: readonly PyArg[] }
  | { readonly kind: "tuple"; readonly text: string; readonly items: readonly PyExpr[] }
  | { readonly kind: "list"; readonly text: string; readonly items: readonly PyExpr[] }
  | { readonly kind: "dict"; readonly text: string; readonly entries: readonly (readonly [PyExpr, PyExpr])[] }
  | { readonly kind: "lambda"; readonly text: string; readonly body: PyExpr };

export interface PyArg {
  readonly name?: string;
  readonly value: PyExpr;
}

export const atom = (text: string): PyExpr => ({ kind: "atom", text });
export const call = (callee: string, args: readonly PyArg[] = []): PyExpr => ({ kind: "call", text: `${callee}(${spellArgs(args)})`, callee, args });
export const tuple = (items: readonly PyExpr[]): PyExpr => ({
  kind: "tuple",
  text: items.length === 1 ? `(${items[0]!.text},)` : `(${spellItems(items)})`,
  items,
});
export const list = (items: readonly PyExpr[]): PyExpr => ({ kind: "list", text: `[${spellItems(items)}]`, items });
export const dict = (entries: readonly (readonly [PyExpr, PyExpr])[]): PyExpr => ({ kind: "dict", text: `{${spellEntries(entries)}}`, entries });
export const lambda = (body: PyExpr): PyExpr => ({ kind: "lambda", text: `lambda: ${body.text}`, body });
export const kwarg = (name: string, value: PyExpr): PyArg => ({ name, value });
export const arg = (value: PyExpr): PyArg => ({ value });

/** `a, name=b, …`: the arguments of a call on one line. */
function spellArgs(args: readonly PyArg[]): string {
  let text = "";
  for (let i = 0; i < args.length; i++) {
    const { name, value } = args[i]!;
    if (i > 0) text += ", ";
    text += name ? `${name}=${value.text}` : value.text;
  }
  return text;
}

/** `a, b, …`: the items of a tuple or list on one line. */
function spellItems(items: readonly PyExpr[]): string {
  let text = "";
  for (let i = 0; i < items.length; i++) text += i > 0 ? `, ${items[i]!.text}` : items[i]!.text;
  return text;
}

/** `k: v, …`: the entries of a dict on one line. */
function spellEntries(entries: readonly (readonly [PyExpr, PyExpr])[]): string {
  let text = "";
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    text += i > 0 ? `, ${key.text}: ${value.text}` : `${key.text}: ${value.text}`;
  }
  return text;
}

/** A character pyString spells otherwise than as itself in a double-quoted literal (or a double quote). */
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]/;

/** A Python string literal spelled as ruff format spells it (double quotes unless that needs more escapes). */
export function pyString(value: string): string {
  // Most strings need no escape and no other quote: spelled as they are.
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  let doubles = 0;
  let singles = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22) doubles++;
    else if (code === 0x27) singles++;
  }
  const quote = doubles > singles ? "'" : '"';
  const quoteCode = quote.charCodeAt(0);
  // The text between escapes is copied in runs, not a character at a time.
  let out = quote;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // A surrogate pair is one code point, spelled as itself; only a lone surrogate is escaped.
    if (isHighSurrogate(code) && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const escaped = escapeOf(code, quoteCode);
    if (escaped === undefined) continue;
    out += value.slice(from, i) + escaped;
    from = i + 1;
  }
  return out + value.slice(from) + quote;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** How a Python string literal quoted by `quoteCode` spells one UTF-16 unit (not half of a pair); undefined: as itself. */
function escapeOf(code: number, quoteCode: number): string | undefined {
  if (code === 0x5c) return "\\\\";
  if (code === quoteCode) return `\\${String.fromCharCode(quoteCode)}`;
  if (code === 0x0a) return "\\n";
  if (code === 0x0d) return "\\r";
  if (code === 0x09) return "\\t";
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, "0")}`;
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0x85) return `\\u${code.toString(16).padStart(4, "0")}`;
  return undefined;
}

/** A JSON scalar or structure as a Python literal expression; a long integer as the input spelled it. */
export function pyValue(value: JsonValue, spellings: IntegerSpellings = NO_INTEGER_SPELLINGS): PyExpr {
  if (value === null) return atom("None");
  if (value === true) return atom("True");
  if (value === false) return atom("False");
  if (typeof value === "string") return atom(pyString(value));
  if (typeof value === "number") return atom(pyNumber(value, spellings));
  if (Array.isArray(value)) return list(value.map((item) => pyValue(item, spellings)));
  return dict(Object.entries(value).map(([key, item]) => [atom(pyString(key)), pyValue(item as JsonValue, spellings)] as const));
}

/** A number as a Python literal: an integer as an int (exact, as the input spelled it when a double does not hold it). */
export function pyNumber(value: number, spellings: IntegerSpellings = NO_INTEGER_SPELLINGS): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const spelled = integerSpelling(value, spellings);
  if (spelled !== undefined) return spelled;
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value).replace("e+", "e");
}

/** The expression on one line. */
export function flat(expr: PyExpr): string {
  return expr.text;
}

/**
 * Lines (indented by `indent` spaces) for `prefix + expr + suffix`, e.g. prefix "name = ".
 */
export function layout(prefix: string, expr: PyExpr, suffix: string, indent: number): string[] {
  const lines: string[] = [];
  layoutInto(lines, prefix, expr, suffix, indent);
  return lines;
}

/** layout's lines, appended to `lines` (the nested brackets of one expression all write into one list). */
function layoutInto(lines: string[], prefix: string, expr: PyExpr, suffix: string, indent: number): void {
  const pad = padding(indent);
  const fits = indent + prefix.length + expr.text.length + suffix.length <= LINE_LENGTH;
  if (fits || expr.kind === "atom") {
    lines.push(`${pad}${prefix}${expr.text}${suffix}`);
    return;
  }
  const inner = indent + 4;
  switch (expr.kind) {
    case "lambda":
      layoutInto(lines, `${prefix}lambda: `, expr.body, suffix, indent);
      return;
    case "call":
      if (expr.args.length === 0) break;
      lines.push(`${pad}${prefix}${expr.callee}(`);
      for (const a of expr.args) layoutInto(lines, a.name ? `${a.name}=` : "", a.value, ",", inner);
      lines.push(`${pad})${suffix}`);
      return;
    case "tuple":
    case "list":
      if (expr.items.length === 0) break;
      lines.push(`${pad}${prefix}${expr.kind === "tuple" ? "(" : "["}`);
      for (const item of expr.items) layoutInto(lines, "", item, ",", inner);
      lines.push(`${pad}${expr.kind === "tuple" ? ")" : "]"}${suffix}`);
      return;
    case "dict":
      if (expr.entries.length === 0) break;
      lines.push(`${pad}${prefix}{`);
      for (const [k, v] of expr.entries) layoutInto(lines, `${k.text}: `, v, ",", inner);
      lines.push(`${pad}}${suffix}`);
      return;
  }
  // An empty bracket has nothing to explode: it stays on one line, however long.
  lines.push(`${pad}${prefix}${expr.text}${suffix}`);
}

/** `indent` spaces (layout asks for the same few widths over and over). */
function padding(indent: number): string {
  let pad = paddings[indent];
  if (pad === undefined) paddings[indent] = pad = " ".repeat(indent);
  return pad;
}

const paddings: string[] = [];
