// Regression (found by fuzz S, seed 54001 2020-12, D2 of the fourth document: "GENERATOR GAVE UP D2
// (invalid): ... 10000 candidates were rejected"): a oneOf one variant of which admits no value (`not`
// of a type list naming every JSON type, the open value with a `not` of the open value to the model)
// beside one of strings and null. The variant's open value made the union accept every JSON type, so
// wrong-json-type had nothing to try and no mutation left a value invalid. A type no value satisfies
// accepts no type.
import { expect, it } from "vitest";
import { jsonTypeOfValue } from "../src/json.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Found: {
      oneOf: [{ not: { type: ["string", "number", "boolean", "null", "object", "array"] } }, { minimum: -1, multipleOf: 2, type: ["string", "null"] }],
    },
  },
};

const { drawn } = suiteOfDocument(document, "test:union-beside-a-variant-of-no-value", "UnionBesideAVariantOfNoValue");

it("a union whose other variant admits no value gets invalid instances of the JSON types it refuses", () => {
  const types = new Set(drawn("Found", "invalid", 5, 40).map(jsonTypeOfValue));
  expect(types.size).toBeGreaterThan(0);
  expect([...types].filter((type) => type === "string" || type === "null")).toEqual([]);
});
