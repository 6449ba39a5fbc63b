// A stand-in for AJV that throws on objects holding one key and judges every other value as AJV does:
// AJV 8.20 has no throw but the named one (ajv-throws-recording-pattern-keys-beside-variants) on the
// constructs these tests read, and a throw no limitation names must still fail the run. `throwingOn`
// is a ReferenceValidator for judgeRecorded; THROWING_REFERENCE a module for `node --import` that makes
// every DocumentAjv of the process (the CLI's reference and runner) throw so.
import { fileURLToPath } from "node:url";
import type { Validator } from "@clone/schema";
import type { ReferenceValidator } from "../src/recorded.ts";

/** V8's message where AJV sets a key in a record of evaluated keys it never created: the limitation's, met on a document without its construct. */
export const SET_IN_NO_RECORD = "Cannot set properties of undefined (setting 'x1')";

/** The key whose presence makes the stand-in throw in the process THROWING_REFERENCE is loaded into. */
export const THROWING_KEY = "x1";

/** The module that makes every DocumentAjv throw SET_IN_NO_RECORD on an object holding THROWING_KEY. */
export const THROWING_REFERENCE = fileURLToPath(new URL("./throwingReferencePreload.ts", import.meta.url));

/** `validate`, except that it throws `message` on an object holding `key`. */
export function throwingWhereKeyed(validate: Validator<unknown>, key: string, message: string): Validator<unknown> {
  const throwing = (value: unknown) => {
    if (typeof value === "object" && value !== null && Object.hasOwn(value, key)) throw new TypeError(message);
    return validate(value);
  };
  return Object.defineProperties(throwing, Object.getOwnPropertyDescriptors(validate)) as unknown as Validator<unknown>;
}

/** A reference that accepts every value but throws `message` on an object holding `key`. */
export function throwingOn(key: string, message: string): ReferenceValidator {
  const acceptsAll = Object.assign(() => true, { messages: () => [], issues: () => [], errors: null, schemaName: "stand-in" }) as unknown as Validator<unknown>;
  const validate = throwingWhereKeyed(acceptsAll, key, message);
  return { validator: () => validate } as unknown as ReferenceValidator;
}
