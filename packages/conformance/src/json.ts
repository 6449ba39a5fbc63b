// JSON helpers the runners and mutations share: equality as JSON means it, pointers, edits.
import type { JsonValue } from "@clone/codegen";

export type { JsonValue } from "@clone/codegen";
export { isJsonObject, jsonTypeOfValue } from "@clone/codegen";
export type JsonObject = { [key: string]: JsonValue };
export type PathToken = string | number;

/** Equal as JSON values: numbers compared as numbers (1 and 1.0 are one value), key order ignored (the equality every AJV here uses). */
export { jsonEqual } from "@clone/schema";

/** RFC 6901 (@clone/schema's one pointer helper). */
export { jsonPointer as pointerOf } from "@clone/schema/json-pointer";

/** One change to a value: set (or add) the value at `path`, or delete the key at `path`. */
export type Edit = { readonly path: readonly PathToken[]; readonly value: JsonValue } | { readonly path: readonly PathToken[]; readonly delete: true };

/** A copy of `value` with the edits applied in order; the original is left as it was. */
export function applyEdits(value: JsonValue, edits: readonly Edit[]): JsonValue {
  let result = structuredClone(value);
  for (const edit of edits) {
    if (edit.path.length === 0) {
      if ("value" in edit) result = structuredClone(edit.value);
      continue;
    }
    let parent: JsonValue = result;
    for (const token of edit.path.slice(0, -1)) parent = (parent as Record<PathToken, JsonValue>)[token]!;
    const last = edit.path[edit.path.length - 1]!;
    if ("delete" in edit) delete (parent as Record<PathToken, JsonValue>)[last];
    else setOwnKey(parent as JsonObject | JsonValue[], last, structuredClone(edit.value));
  }
  return result;
}

/** Sets `key` as an own key of `target`, even "__proto__", as JSON.parse makes it (an assignment would set the prototype). */
export function setOwnKey(target: JsonObject | JsonValue[], key: PathToken, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Whether an object anywhere in `value` has one of `keys` as a key of its own. */
export function hasAnyKey(value: unknown, keys: readonly string[]): boolean {
  if (Array.isArray(value)) return value.some((item) => hasAnyKey(item, keys));
  if (typeof value !== "object" || value === null) return false;
  return keys.some((key) => Object.hasOwn(value, key)) || Object.values(value).some((item) => hasAnyKey(item, keys));
}
