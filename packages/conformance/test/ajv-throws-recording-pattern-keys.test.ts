// AJV 8.20 records, in a 2019-09 or 2020-12 document, the keys an `anyOf`, a `oneOf` or an `if` with
// an `else` evaluated in a variable it creates only where one of their schemas that evaluates keys
// passes; a `patternProperties` beside them sets each key its pattern matches in it regardless, and
// the compiled code throws "Cannot set properties of undefined (setting 'x1')". That throw is the known
// limitation ajv-throws-recording-pattern-keys-beside-variants only on the schemas that have the
// construct, for a key its pattern matches: AJV itself is asked for each throw below.
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { noVerdictLimitation } from "../src/rules.ts";
import { ajvVerdict } from "../src/runners/ajv.ts";
import { DocumentAjv } from "../src/runners/documentAjv.ts";
import type { Verdict } from "../src/runners/types.ts";

const LIMITATION = "ajv-throws-recording-pattern-keys-beside-variants";
const SET_X1 = "Cannot set properties of undefined (setting 'x1')";
const keyed = (name: string) => ({ properties: { [name]: { type: "integer" } }, required: [name] });
const PATTERNS = { patternProperties: { "^x": { type: "integer" } } };

/** Each construct AJV throws on, with an object it throws on, as a definition of one 2020-12 document. */
const THROWING: Record<string, { readonly schema: JsonObject; readonly instance: JsonObject }> = {
  oneOf: { schema: { oneOf: [keyed("a"), keyed("b")], ...PATTERNS, unevaluatedProperties: false }, instance: { x1: 1 } },
  // Without unevaluatedProperties: AJV records the keys all the same.
  anyOf: { schema: { anyOf: [keyed("a"), keyed("b")], ...PATTERNS }, instance: { x1: 1 } },
  // A variant every object passes evaluates no key: AJV throws at its first error too.
  anyOfOfEveryObject: { schema: { anyOf: [keyed("a"), true], ...PATTERNS }, instance: { x1: 1 } },
  ifElse: { schema: { if: keyed("a"), else: keyed("b"), ...PATTERNS }, instance: { a: 1, x1: 1 } },
  inAnAllOfPart: { schema: { allOf: [{ oneOf: [keyed("a"), keyed("b")] }], ...PATTERNS }, instance: { x1: 1 } },
  throughARef: { schema: { $ref: "#/$defs/Variants", ...PATTERNS }, instance: { x1: 1 } },
  // The construct in a definition the schema validated by refers to.
  referring: { schema: { type: "object", properties: { inner: { $ref: "#/$defs/oneOf" } } }, instance: { inner: { x1: 1 } } },
};
const DOCUMENT: JsonObject = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: { ...Object.fromEntries(Object.entries(THROWING).map(([name, { schema }]) => [name, schema])), Variants: { oneOf: [keyed("a"), keyed("b")] }, Plain: { type: "object", ...PATTERNS } },
};
const read = (fragment: string, dialect: "2020-12" | "draft-07" = "2020-12", document: JsonObject = DOCUMENT) => ({ document, dialect, fragment });
const threw = (message: string): Verdict => ({ valid: false, threw: message, detail: `threw: ${message}` });

describe("AJV's throw on a pattern's key beside variants none of which evaluated keys", () => {
  const ajv = new DocumentAjv(DOCUMENT, "2020-12");

  it("is the known limitation on each construct AJV throws on", () => {
    for (const [name, { instance }] of Object.entries(THROWING)) {
      const verdict = ajvVerdict(ajv.validator(name, `#/$defs/${name}`), instance);
      expect([name, verdict.threw]).toEqual([name, SET_X1]);
      expect([name, noVerdictLimitation("ajv", verdict, read(`#/$defs/${name}`))?.limitation]).toEqual([name, LIMITATION]);
    }
  });

  it("is no limitation where the schema validated by has no such construct, the key matches no pattern beside one, the message is another, or the dialect records no keys", () => {
    // The same message, had AJV thrown it there.
    expect(ajvVerdict(ajv.validator("Plain", "#/$defs/Plain"), { x1: 1 })).toEqual({ valid: true });
    expect(noVerdictLimitation("ajv", threw(SET_X1), read("#/$defs/Plain"))).toBeUndefined();
    expect(noVerdictLimitation("ajv", threw("Cannot set properties of undefined (setting 'y1')"), read("#/$defs/oneOf"))).toBeUndefined();
    expect(noVerdictLimitation("ajv", threw("Cannot read properties of undefined (reading 'x1')"), read("#/$defs/oneOf"))).toBeUndefined();
    expect(noVerdictLimitation("ajv", threw(SET_X1), read("#/definitions/oneOf", "draft-07", { definitions: DOCUMENT.$defs! }))).toBeUndefined();
    // Another runtime's throw, and none read.
    expect(noVerdictLimitation("jsonschema", threw(SET_X1), read("#/$defs/oneOf"))).toBeUndefined();
    expect(noVerdictLimitation("ajv", threw(SET_X1), undefined)).toBeUndefined();
  });
});
