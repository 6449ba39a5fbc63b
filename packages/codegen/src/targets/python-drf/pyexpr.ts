// Python expressions and a line breaker that writes them the way `ruff format` does, so that the
// generated files pass `ruff format --check` without running ruff: an expression stays on one line
// when it fits in 88 columns, and otherwise its outermost bracket is exploded one item per line with a
// trailing comma (which ruff treats as "magic" and keeps exploded), recursively.
import type { JsonValue } from "../../json/types.ts";

export const LINE_LENGTH = 88;

export type PyExpr =
  | { readonly kind: "atom"; readonly text: string }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly PyArg[] }
  | { readonly kind: "tuple"; readonly items: readonly PyExpr[] }
  | { readonly kind: "list"; readonly items: readonly PyExpr[] }
  | { readonly kind: "dict"; readonly entries: readonly (readonly [PyExpr, PyExpr])[] }
  | { readonly kind: "lambda"; readonly body: PyExpr };

export interface PyArg {
  readonly name?: string;
  readonly value: PyExpr;
}

export const atom = (text: string): PyExpr => ({ kind: "atom", text });
export const call = (callee: string, args: readonly PyArg[] = []): PyExpr => ({ kind: "call", callee, args });
export const tuple = (items: readonly PyExpr[]): PyExpr => ({ kind: "tuple", items });
export const dict = (entries: readonly (readonly [PyExpr, PyExpr])[]): PyExpr => ({ kind: "dict", entries });
export const lambda = (body: PyExpr): PyExpr => ({ kind: "lambda", body });
export const kwarg = (name: string, value: PyExpr): PyArg => ({ name, value });
export const arg = (value: PyExpr): PyArg => ({ value });

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
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0x85)
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}

/** A JSON scalar or structure as a Python literal expression. */
export function pyValue(value: JsonValue): PyExpr {
  if (value === null) return atom("None");
  if (value === true) return atom("True");
  if (value === false) return atom("False");
  if (typeof value === "string") return atom(pyString(value));
  if (typeof value === "number") return atom(pyNumber(value));
  if (Array.isArray(value)) return { kind: "list", items: value.map(pyValue) };
  return dict(Object.entries(value).map(([key, item]) => [atom(pyString(key)), pyValue(item as JsonValue)] as const));
}

export function pyNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value).replace("e+", "e");
}

/**
 * One-line spellings already made: `layout` asks for the spelling of every sub-expression at every
 * level it tries, so each (immutable) expression is spelled once.
 */
const flatSpellings = new WeakMap<PyExpr, string>();

/** The expression on one line. */
export function flat(expr: PyExpr): string {
  if (expr.kind === "atom") return expr.text;
  let text = flatSpellings.get(expr);
  if (text === undefined) flatSpellings.set(expr, (text = spellFlat(expr)));
  return text;
}

function spellFlat(expr: PyExpr): string {
  switch (expr.kind) {
    case "atom":
      return expr.text;
    case "call":
      return `${expr.callee}(${expr.args.map((a) => (a.name ? `${a.name}=${flat(a.value)}` : flat(a.value))).join(", ")})`;
    case "tuple":
      return expr.items.length === 1 ? `(${flat(expr.items[0]!)},)` : `(${expr.items.map(flat).join(", ")})`;
    case "list":
      return `[${expr.items.map(flat).join(", ")}]`;
    case "dict":
      return `{${expr.entries.map(([k, v]) => `${flat(k)}: ${flat(v)}`).join(", ")}}`;
    case "lambda":
      return `lambda: ${flat(expr.body)}`;
  }
}

/**
 * Lines (indented by `indent` spaces) for `prefix + expr + suffix`, e.g. prefix "name = ".
 */
export function layout(prefix: string, expr: PyExpr, suffix: string, indent: number): string[] {
  const pad = " ".repeat(indent);
  const oneLine = `${pad}${prefix}${flat(expr)}${suffix}`;
  if (oneLine.length <= LINE_LENGTH) return [oneLine];
  switch (expr.kind) {
    case "atom":
      return [oneLine];
    case "lambda":
      return layout(`${prefix}lambda: `, expr.body, suffix, indent);
    case "call": {
      if (expr.args.length === 0) return [oneLine];
      const inner = expr.args.flatMap((a) => layout(a.name ? `${a.name}=` : "", a.value, ",", indent + 4));
      return [`${pad}${prefix}${expr.callee}(`, ...inner, `${pad})${suffix}`];
    }
    case "tuple": {
      if (expr.items.length === 0) return [oneLine];
      const inner = expr.items.flatMap((item) => layout("", item, ",", indent + 4));
      return [`${pad}${prefix}(`, ...inner, `${pad})${suffix}`];
    }
    case "list": {
      if (expr.items.length === 0) return [oneLine];
      const inner = expr.items.flatMap((item) => layout("", item, ",", indent + 4));
      return [`${pad}${prefix}[`, ...inner, `${pad}]${suffix}`];
    }
    case "dict": {
      if (expr.entries.length === 0) return [oneLine];
      const inner = expr.entries.flatMap(([k, v]) => layout(`${flat(k)}: `, v, ",", indent + 4));
      return [`${pad}${prefix}{`, ...inner, `${pad}}${suffix}`];
    }
  }
}
