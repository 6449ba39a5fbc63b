// Regression (found by fuzz Q, seed 52002 2020-12: "GENERATOR GAVE UP D2 (valid): cannot generate a valid
// value for propertyNames at /$defs/D2/propertyNames"): an OpenAPI `nullable` object that must hold a key
// its propertyNames refuses admits null alone. The generator drew the object half the time, its filter
// gave up on it, and so did the draw, though null was valid. The object side giving up now leaves null.
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    NullOrNothing: { type: "object", nullable: true, required: ["A"], propertyNames: { pattern: "^[a-z]+$" } },
  },
};

const { drawn } = suiteOfDocument(document, "test:nullable-of-no-drawable-value", "NullableOfNoDrawableValue");

it("valid instances of a nullable object no object meets: null", () => {
  expect(new Set(drawn("NullOrNothing", "valid", 5, 50))).toEqual(new Set([null]));
});

it("invalid instances of it: not null", () => {
  expect(drawn("NullOrNothing", "invalid", 5, 50).filter((instance) => instance === null)).toEqual([]);
});
