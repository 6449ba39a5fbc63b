// `dependentSchemas` beside `unevaluatedProperties` is read as the conditional it is (its first key
// present, or not), split into two cases (normalizeSchema's dependentAsConditional, splitConditional).
// The test of the key's presence was made with no place of the file: the case of the key's absence
// was named `…/oneOf/1` after the union it became, and a warning that it admits no value named that
// place, which no file has (found by fuzz AB, random OpenAPI 3.1 documents, seed 62001 and the random
// OpenAPI test's seed; the same in a plain 2020-12 document). Each case is now named by the schema
// that writes `dependentSchemas`.
import { pointerTokens } from "@clone/schema/json-pointer";
import { describe, expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import type { JsonValue } from "../src/json/types.ts";
import { valueAt } from "../src/jsonSchema/references.ts";
import { modelOf } from "./helpers/model.ts";

/** Found by fuzz AB (shrunk): no object holding `kind` is valid (neither `kind` nor `a` is ever evaluated with it). */
const KEY_NEVER_EVALUATED = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    D2: { unevaluatedProperties: false, dependentSchemas: { kind: { anyOf: [{ type: "object" }] }, a: { oneOf: [{ $ref: "#/$defs/V1" }] } } },
    V1: { type: "object", properties: { kind: { type: "string", enum: ["v1"] } } },
  },
};

/** Each place a type or a warning names, and whether the document has it. */
function placesNamed(document: Record<string, unknown>): { pointer: string; inDocument: boolean }[] {
  const model = modelOf(document, "Dependent");
  const pointers = [...model.types.map((type) => type.pointer), ...genWarnings(model, []).map((warning) => warning.pointer)];
  return pointers.map((pointer) => ({ pointer, inDocument: valueAt(document as JsonValue, pointerTokens(pointer) ?? []) !== undefined }));
}

describe("dependentSchemas beside unevaluatedProperties, split into cases", () => {
  it("names each case, and each warning about one, by a place the document has", () => {
    const places = placesNamed(KEY_NEVER_EVALUATED);
    expect(places.filter(({ inDocument }) => !inDocument)).toEqual([]);
    // The warning is kept: an object holding `kind` admits no value, named where dependentSchemas is written.
    const warned = genWarnings(modelOf(KEY_NEVER_EVALUATED, "Dependent"), []).map(({ pointer, reason }) => [pointer, reason.replace(/:.*/, "")]);
    // (The case holding `kind` is named after it, conditionalCaseNames; without `a`, Other.)
    expect(warned).toContainEqual(["/$defs/D2", "no JSON value satisfies D2KindOther"]);
  });

  it("names the cases of one key present or absent, beside another rule, by the schema writing it", () => {
    const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Paid: { type: "object", properties: { card: { type: "string" } }, unevaluatedProperties: false, dependentSchemas: { card: { properties: { billing: { type: "string" } }, required: ["billing"] } } } } };
    const places = placesNamed(document);
    expect(places.length).toBeGreaterThan(1);
    expect(places.filter(({ inDocument }) => !inDocument)).toEqual([]);
  });
});
