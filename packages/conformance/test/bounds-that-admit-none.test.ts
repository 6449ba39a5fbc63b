// Bounds that leave no value (fuzz R): a string whose minLength is above its maxLength, an array whose
// minItems is above its maxItems, a range with no number (or no integer) in it, an object whose
// minProperties is above the keys a closed object may hold or whose maxProperties is below the keys it
// requires. The string and the array stopped the whole run ("fc.integer maximum value should be equal
// or greater than the minimum one", exit 2); the others were GENERATOR GAVE UP (500 candidates in a
// row rejected, exit 1) where no value exists to draw. Found on seed 52001's second draft-04 document:
// D0 `{type: object, properties: {}, additionalProperties: false, minProperties: 2}`. Now each is NO
// FINITE VALUE, an optional place of one stays empty, a union's variant of one is skipped, and
// bounds that only look close (one number in the range, a pattern's extra keys) are still judged. So
// too an object requiring a key whose dependent schema admits no object (`{type: number}`): GENERATOR
// GAVE UP before (fuzz R, seed 53002 2020-12); and a `not` of a `not` of such bounds (seed 53010 draft-04).
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ClosedTooFew: { type: "object", properties: {}, additionalProperties: false, minProperties: 2 },
    ClosedOneKey: { type: "object", properties: { a: {}, b: { not: {} } }, additionalProperties: false, minProperties: 2 },
    RequiresTooMany: { type: "object", properties: { a: {}, b: {} }, required: ["a", "b"], maxProperties: 1 },
    ShortString: { type: "string", minLength: 3, maxLength: 1 },
    ShortArray: { type: "array", minItems: 3, maxItems: 1 },
    NoInteger: { type: "integer", minimum: 1.5, maximum: 1.7 },
    OpenPoint: { type: "number", exclusiveMinimum: 1, maximum: 1 },
    // A required key whose dependent schema no object meets (fuzz R, seed 53002 2020-12's D2, shrunk).
    RequiredKeyOfANumber: { type: "object", required: ["kind"], dependencies: { kind: { type: "number" } } },
    // A not of a not of bounds that cross: the inner not takes every value (fuzz R, seed 53010 draft-04's D2).
    NotOfEveryValue: { type: "object", not: { not: { enum: ["ab"], minLength: 2, maxLength: 1 } } },
    // Satisfiable, close as they look.
    OnePoint: { type: "number", minimum: 1, maximum: 1 },
    PatternKeys: { type: "object", properties: { a: {} }, patternProperties: { "^x": {} }, additionalProperties: false, minProperties: 3 },
    OptionalKeyOfANumber: { type: "object", properties: { kind: {} }, dependencies: { kind: { type: "number" } } },
    Holder: {
      type: "object",
      properties: { text: { type: "string", minLength: 3, maxLength: 1 }, n: { type: "integer", exclusiveMinimum: 1, exclusiveMaximum: 2 }, flag: { type: "boolean" } },
    },
    Either: { anyOf: [{ type: "string", minLength: 3, maxLength: 1 }, { type: "array", minItems: 2, maxItems: 1 }, { type: "null" }] },
  },
};
const { suite } = suiteOfDocument(document, "test:bounds-that-admit-none", "BoundsThatAdmitNone");
const NONE = ["ClosedOneKey", "ClosedTooFew", "NoInteger", "NotOfEveryValue", "OpenPoint", "RequiredKeyOfANumber", "RequiresTooMany", "ShortArray", "ShortString"];

describe("bounds that admit no value", () => {
  it("are named NO FINITE VALUE by the run, which judges the others", async () => {
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
    expect([...result.withoutFiniteValue].sort()).toEqual(NONE);
    expect(result.generatorGaveUp).toEqual([]);
    expect(Object.fromEntries(result.tallies.map((tally) => [tally.schema, tally.instances]))).toEqual({ OnePoint: 40, PatternKeys: 40, OptionalKeyOfANumber: 40, Holder: 40, Either: 40 });
    expect(result.failedInstances).toBe(0);
  });
});
