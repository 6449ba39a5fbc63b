// Regression (found by fuzz S, seed 54001 2019-09, D1 of the third document: "GENERATOR GAVE UP D1
// (valid): cannot generate a valid value for contains at /$defs/D1/contains"): an array of objects at
// least one long whose `contains` is array rules naming no type (every object passes them) with
// maxContains 1. Every item counts, so the one valid length is one; the generator added the item
// `contains` asks for beside the array's own, at least one, and every candidate had two. Under a
// maxContains the value's own counted items are now taken out half the time. Fuzz S, seed 54008
// draft-07 ("GENERATOR GAVE UP D1 (valid): the generator recursed deeper than the stack allows"): past
// the recursion bound the items contains asks for were drawn freely, each holding the array again, and
// under a maxItems the array's own items left no room for them; they are now the smallest, and fit.
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    Found: { type: "array", items: { type: "object", minProperties: 1 }, minItems: 1, contains: { items: [{ enum: [1] }] }, maxContains: 1 },
    // Fuzz S, seed 54008 draft-07 (D1 of the first document, shrunk): an item contains matches holds the
    // array again, or is null; at most one item.
    // Fuzz S, seed 54004 2019-09 (D2 of the first document, shrunk): array rules naming no type whose
    // items are itself; its smallest form was an array, each holding another.
    TypelessRecursive: { items: { $ref: "#/$defs/TypelessRecursive" }, minItems: 1, contains: { type: "boolean" }, minContains: 2 },
    Recursive: { type: "array", minItems: 1, maxItems: 1, contains: { type: ["object", "null"], required: ["a"], additionalProperties: { $ref: "#/$defs/Recursive" } } },
  },
};

const { drawn } = suiteOfDocument(document, "test:contains-counting-every-item", "ContainsCountingEveryItem");

it("an array every item of which contains counts, under maxContains 1, has valid instances of one item", () => {
  const instances = drawn("Found", "valid", 5, 30);
  expect(instances.every((instance) => Array.isArray(instance) && instance.length === 1)).toBe(true);
});

it("an array holding itself through the item contains asks for, of at most one item, has valid instances", () => {
  expect(drawn("Recursive", "valid", 5, 30).every((instance) => Array.isArray(instance) && instance.length === 1)).toBe(true);
});

it("array rules naming no type whose items are themselves have valid instances", () => {
  expect(drawn("TypelessRecursive", "valid", 5, 30)).toHaveLength(30);
});
