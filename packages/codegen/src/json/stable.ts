// Deterministic JSON: object keys in a fixed order, so the same value always gives the same bytes.
import type { JsonValue } from "./types.ts";

/** Keys sorted by code point at every level: a structural identity for any JSON value. */
export function stableKey(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value, compareCodePoints));
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortKeysDeep(value: unknown, compare: (a: string, b: string) => number): JsonValue {
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item, compare));
  if (typeof value !== "object" || value === null) return value as JsonValue;
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort(compare)) {
    const child = (value as Record<string, unknown>)[key];
    // defineProperty, not assignment: `out["__proto__"] = …` would set the prototype and drop the key.
    if (child !== undefined) Object.defineProperty(out, key, { value: sortKeysDeep(child, compare), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const keys = new WeakMap<object, string>();

// Object keys are strings, and the default sort orders strings by UTF-16 code units, as
// compareCodePoints does (`<` on strings): the same order, without a comparator call per pair.

/**
 * `stableKey`, remembered per object: for values that are never changed once made (the model builder's
 * schemas), so a subtree shared by many lifted types is serialized once, not once per enclosing type.
 */
export function frozenStableKey(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  const known = keys.get(value);
  if (known !== undefined) return known;
  let key: string;
  if (Array.isArray(value)) key = `[${value.map((item) => (item === undefined ? "null" : frozenStableKey(item))).join(",")}]`;
  else key = objectKey(value as Record<string, unknown>);
  keys.set(value, key);
  return key;
}

/**
 * `frozenStableKey` of `value` without its keys in `omit`, spelled without making that copy (the
 * copy would be a new object, so nothing of it could be remembered).
 */
export function frozenStableKeyOmitting(value: Record<string, unknown>, omit: ReadonlySet<string>): string {
  return objectKey(value, omit);
}

function objectKey(value: Record<string, unknown>, omit?: ReadonlySet<string>): string {
  let key = "{";
  let first = true;
  for (const name of Object.keys(value).sort()) {
    const child = value[name];
    if (child === undefined || omit?.has(name)) continue;
    key += `${first ? "" : ","}${JSON.stringify(name)}:${frozenStableKey(child)}`;
    first = false;
  }
  return `${key}}`;
}
