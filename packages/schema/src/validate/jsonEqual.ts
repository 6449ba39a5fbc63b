// The equality AJV's `const`, `enum` and `uniqueItems` use, for JSON values. AJV's own
// (fast-deep-equal) calls an object's `valueOf` / `toString` whenever they are not Object.prototype's,
// so a parsed instance with a key "toString" or "valueOf" holding a string or a number made a
// validator throw instead of answering (ajv-validator/ajv#2624, open in the AJV this project uses):
// `[{}, {"toString": ""}]` stopped any check with uniqueItems. JSON values are compared by what they
// hold: arrays item by item, objects by their own keys. The conformance run compares JSON with it too.
import ajvRuntimeEqual, * as ajvRuntimeEqualNamespace from "ajv/dist/runtime/equal.js";

const hasOwn = Object.prototype.hasOwnProperty;

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!jsonEqual(a[index], b[index])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!hasOwn.call(b, key) || !jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * AJV reads its equality from the `default` of that module's exports each time it compiles one of
 * those keywords (by reference; the `code` text only for standalone code): put there, every AJV in
 * the process compiles with jsonEqual. The exports object is what a default import gives under
 * Node's own CommonJS interop; under interop that unwraps `default` (vite-node), the namespace is it.
 * ajv.ts imports this module before any schema is compiled.
 */
type EqualExports = { default: { code: string } };
const exportsObject = (typeof (ajvRuntimeEqual as unknown as Partial<EqualExports>).default === "function" ? ajvRuntimeEqual : ajvRuntimeEqualNamespace) as unknown as EqualExports;
exportsObject.default = Object.assign(jsonEqual, { code: exportsObject.default.code });
