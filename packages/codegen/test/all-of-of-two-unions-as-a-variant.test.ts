// A union's variant that is an allOf of two unions (`allOf: [{anyOf: [{type: null}]}, {anyOf: [<objects>]}]`):
// no merge joins two anyOfs, so the second is left beside the merged schema (normalizeSchema's
// leftovers), and the facts a union decides by (the variant's JSON types, whether it takes null,
// which variants repeat) were read from the merged schema alone. The variant above, which admits no
// value, was one of null only, and `oneOf` of it and `{type: number}` took null, which AJV and
// jsonschema refuse (found by fuzz AF, seed 66017 OpenAPI 3.1 index 0, D2: a conditional `if: {anyOf:
// [{type: null}]}` whose then is an anyOf of references to objects, split into such cases; 96 of 400
// instances; shrunk, kept as AsFound). Of two variants `allOf: [{anyOf: [null, boolean]}, …]` each with
// its own second union, null matched one alone and was refused as matching both.
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { modelOf } from "./helpers/model.ts";

const objects = { anyOf: [{ $ref: "#/$defs/V1" }, { $ref: "#/$defs/V2" }] };
const DOCUMENT = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    V1: { type: "object" },
    V2: { type: "object", required: ["kind"] },
    AsFound: { if: { anyOf: [{ type: "null" }] }, then: objects, else: { type: "number" } },
    NoValueBesideNumbers: { oneOf: [{ allOf: [{ anyOf: [{ type: "null" }] }, { anyOf: [{ type: "object" }, { type: "array" }] }] }, { type: "number" }] },
    EachWithItsOwnSecond: {
      oneOf: [
        { allOf: [{ anyOf: [{ type: "null" }, { type: "boolean" }] }, { anyOf: [{ type: "boolean" }, { type: "string" }] }] },
        { allOf: [{ anyOf: [{ type: "null" }, { type: "boolean" }] }, { anyOf: [{ type: "null" }, { type: "string" }] }] },
      ],
    },
  },
};

describe("a union's variant that is an allOf of two unions", () => {
  const validator = new ModelValidator(modelOf(DOCUMENT, "TwoUnions"));
  const verdicts = (name: string, values: readonly JsonValue[]) => values.map((value) => validator.validatesNamed(name, value));

  it("admits what both unions admit: a variant of no value takes no null", () => {
    // null takes the then, objects only; any other value the else, numbers only.
    expect(verdicts("AsFound", [null, 1, {}, "s"])).toEqual([false, true, false, false]);
    expect(verdicts("NoValueBesideNumbers", [null, 1, {}, []])).toEqual([false, true, false, false]);
  });

  it("tells two variants apart by their second unions", () => {
    // The first variant is the booleans, the second null: each matches one alone.
    expect(verdicts("EachWithItsOwnSecond", [null, true, "s", 1])).toEqual([true, true, false, false]);
  });
});
