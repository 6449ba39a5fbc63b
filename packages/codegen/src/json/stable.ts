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

/**
 * Structural identities for one run of the model builder (one instance per run: nothing is kept
 * between runs). A value's key is equal to another's exactly when `stableKey` spells the two alike,
 * but every key is short: an object's is interned, under content that names each key and child by
 * its own short key, and a string's is interned too. So each object is spelled once, from short
 * keys, where a spelled-out key holds every subtree (and every description) again in each
 * enclosing object, and is hashed whole again wherever it is looked up. Only for values never
 * changed once made, and only compared with keys of the same instance.
 */
export class StructuralKeys {
  /** Each object's key (`#n`). */
  private readonly known = new Map<object, string>();
  /** Interned content (an object's keys and its children's keys) → its key. */
  private readonly interned = new Map<string, string>();
  /** Each string's key (`$n`), as a value or as an object's key. */
  private readonly strings = new Map<string, string>();
  /** Per set of keys left out (ofOmitting): each object's key without them. */
  private readonly omitted = new Map<ReadonlySet<string>, Map<object, string>>();
  /** Per predicate of keys kept (ofKept): each object's key with only those keys. */
  private readonly kept = new Map<(key: string) => boolean, Map<object, string>>();

  /**
   * The key of any JSON value: `$n` for a string, `#n` for an object or array, the JSON text of
   * another scalar (which starts with neither sign).
   */
  of(value: unknown): string {
    if (typeof value === "string") return this.ofString(value);
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
    if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
    let key = this.known.get(value);
    if (key === undefined) {
      key = this.intern(Array.isArray(value) ? this.arrayContent(value) : this.objectContent(value as Record<string, unknown>, undefined));
      this.known.set(value, key);
    }
    return key;
  }

  /** The key of `value` without its keys in `omit` (remembered per object and set: pass one set object for one reading). */
  ofOmitting(value: Record<string, unknown>, omit: ReadonlySet<string>): string {
    let byObject = this.omitted.get(omit);
    if (byObject === undefined) this.omitted.set(omit, (byObject = new Map()));
    let key = byObject.get(value);
    if (key === undefined) byObject.set(value, (key = this.intern(this.objectContent(value, omit))));
    return key;
  }

  /**
   * The key of `value` with only the keys `keep` picks (as `of` of that copy, without making it),
   * remembered per object and predicate: pass one function object for one reading.
   */
  ofKept(value: Record<string, unknown>, keep: (key: string) => boolean): string {
    let byObject = this.kept.get(keep);
    if (byObject === undefined) this.kept.set(keep, (byObject = new Map()));
    let key = byObject.get(value);
    if (key === undefined) byObject.set(value, (key = this.intern(this.objectContent(value, undefined, keep))));
    return key;
  }

  private intern(content: string): string {
    let key = this.interned.get(content);
    if (key === undefined) this.interned.set(content, (key = `#${this.interned.size}`));
    return key;
  }

  private ofString(value: string): string {
    let key = this.strings.get(value);
    if (key === undefined) this.strings.set(value, (key = `$${this.strings.size}`));
    return key;
  }

  private arrayContent(value: readonly unknown[]): string {
    let content = "[";
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      content += `${index === 0 ? "" : ","}${item === undefined ? "null" : this.of(item)}`;
    }
    return `${content}]`;
  }

  private objectContent(value: Record<string, unknown>, omit: ReadonlySet<string> | undefined, keep?: (key: string) => boolean): string {
    let content = "{";
    let first = true;
    for (const name of sortedKeys(value)) {
      const child = value[name];
      if (child === undefined || omit?.has(name) || (keep !== undefined && !keep(name))) continue;
      content += `${first ? "" : ","}${this.ofString(name)}:${this.of(child)}`;
      first = false;
    }
    return `${content}}`;
  }
}

/**
 * `Object.keys(value)` in code-point order (as the default sort, `<` on strings), sorted in place by
 * insertion when short, as an object's keys nearly always are (Array.prototype.sort copies them first).
 */
function sortedKeys(value: object): string[] {
  const names = Object.keys(value);
  if (names.length > 16) return names.sort();
  for (let i = 1; i < names.length; i++) {
    const name = names[i]!;
    let j = i - 1;
    for (; j >= 0 && names[j]! > name; j--) names[j + 1] = names[j]!;
    names[j + 1] = name;
  }
  return names;
}
