// Regression (found by random schemas, once they drew 2020-12's minContains / maxContains): a
// `contains` whose maxContains is below its minContains admits no array, and the generator asked
// fast-check for an array of at least 2 and at most 1 items, which threw and ended the whole run
// (exit 2). Such an array is no longer constructed: values of the other types are drawn, and a schema
// that only allows arrays is one the generator gives up on.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    crossed: { type: ["array", "string"], contains: { type: "integer" }, minContains: 2, maxContains: 1 },
    "arrays-only": { type: "array", contains: { type: "integer" }, minContains: 2, maxContains: 1 },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:contains-counts-that-cross", "Crossed");

it("valid instances of a type beside such a contains are of the other types", () => {
  const schema = schemaOf("crossed");
  const instances = drawn("crossed", "valid", 5, 30);
  const validator = new ModelValidator(model);
  for (const instance of instances) {
    expect(typeof instance).toBe("string");
    expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
  }
});

it("a schema of arrays only is one the generator gives up on, not an error of fast-check's", () => {
  expect(() => sampleInstances(schemaOf("arrays-only"), "valid", 5, 5)).toThrow(/cannot generate a valid value/);
});
