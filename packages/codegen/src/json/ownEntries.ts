// Reading and copying an object's own entries without a list of them (Object.entries makes one array
// per entry): the model builder filters the keywords of nearly every schema it meets.
import type { JsonValue } from "./types.ts";

/** Whether some own key of `value` passes `test`. */
export function someOwnKey(value: { readonly [key: string]: unknown }, test: (key: string) => boolean): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && test(key)) return true;
  return false;
}

/**
 * A new object of the own entries of `value` whose key passes `keep`, in order: what
 * `Object.fromEntries(Object.entries(value).filter(…))` makes, a key named "__proto__" included
 * as an own key (assignment would set the prototype instead).
 */
export function ownEntriesWhere(value: { readonly [key: string]: JsonValue }, keep: (key: string) => boolean): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !keep(key)) continue;
    setOwn(out, key, value[key]!);
  }
  return out;
}

/** `out[key] = value` as an own entry, "__proto__" too (assignment would set the prototype instead). */
export function setOwn(out: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
