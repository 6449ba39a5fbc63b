// Regression (found by fuzz T, seed 55006 draft-07: "GENERATOR GAVE UP D2 (valid): cannot generate a
// valid value for not at /definitions/D2/items/not"): a schema naming no type whose array keywords no
// array meets (items no value satisfies, `oneOf: [false]`, under a minItems) is satisfied by every
// value of another type only; the generator drew arrays for it five times in six, and gave up on the
// items. Only the other values are drawn, as for bounds that cross; and a `contains` beside such items
// draws the items it adds from its own schema only (drawn from the items too, they gave up).
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Found: { items: { oneOf: [false], type: "object" }, minItems: 2 },
    FoundWithContains: { items: { oneOf: [false], type: "object" }, minItems: 2, contains: {}, not: { enum: [1] } },
  },
};

const { drawn } = suiteOfDocument(document, "test:typeless-array-of-no-drawable-items", "TypelessArrayOfNoDrawableItems");

it("a typeless array whose items admit none under a minItems has values of the other JSON types", () => {
  for (const name of ["Found", "FoundWithContains"]) expect(drawn(name, "valid", 5, 20).filter((value) => Array.isArray(value))).toEqual([]);
});
