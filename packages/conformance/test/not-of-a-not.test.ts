// Regression (found by fuzz S, seed 54001 draft-06, D1 of the first document: "GENERATOR GAVE UP D1
// (valid): cannot generate a valid value for not at /definitions/D1/not"): `not: {not: X}` is X, whose
// values the open value's candidates almost never are (a constant array). X's values are drawn too.
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-06/schema#",
  definitions: {
    Found: { not: { not: { const: ["", ""] } } },
  },
};

const { drawn } = suiteOfDocument(document, "test:not-of-a-not", "NotOfANot");

it("a not of a not of a constant has that constant as its valid instances", () => {
  expect(drawn("Found", "valid", 5, 10)).toEqual(Array.from({ length: 10 }, () => ["", ""]));
});
