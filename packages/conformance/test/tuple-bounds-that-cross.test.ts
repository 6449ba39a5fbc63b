// Regression (found by campaign P, seed 51001, 2019-09: "DISAGREEMENT R3D2 (valid instance #0)",
// [{}] expected valid, every runtime refusing it): a tuple that names no type and whose minItems is
// above its maxItems admits no array, only the values of other types. The generator drew arrays of
// maxItems items for it, below minItems, and offered them as valid instances. One that is an array
// (campaign P, seed 51003, draft-07: [""] expected valid) admits no value at all: the generator gives up.
//
// Regression (fuzz Q, seed 52001 draft-04: "GENERATOR GAVE UP D2 (valid): cannot generate a valid value
// for not at /definitions/D2/additionalItems/not"): a tuple whose rest admits no value
// (`additionalItems: {not: {}}`, draft-04's false) holds at most its prefix, but the generator drew rest
// items from it, and its filter gave up on every longer tuple, even where the tuple was only an allOf
// part beside an enum of integers. Such a rest (or a prefix item of no value) now ends the tuple.
import { expect, it } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { ModelValidator } from "@clone/codegen";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    open: { items: [{}, { type: "boolean" }], minItems: 2, maxItems: 1 },
    closed: { items: [{}, { type: "boolean" }], additionalItems: false, minItems: 3 },
    typed: { type: "array", items: [{}, { type: "boolean" }], minItems: 2, maxItems: 1 },
    // The shrunk document of seed 52001: its valid values are null, 1 and 2 (the tuple's rules pass them).
    "rest of no value beside an enum": { anyOf: [{ type: "null" }, { type: "integer", enum: [1, 2] }], items: [{}], additionalItems: { not: {} } },
    "rest of no value": { type: "array", items: [{}, { type: "boolean" }], additionalItems: { not: {} } },
    "prefix item of no value": { type: "array", items: [{ type: "integer" }, { not: {} }, {}] },
    "rest of no value under minItems": { type: "array", items: [{}], additionalItems: { not: {} }, minItems: 2 },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:tuple-bounds-that-cross", "TupleBoundsThatCross");

for (const definition of ["open", "closed"]) {
  it(`valid instances of ${definition}, a typeless tuple no array meets: values of other types only`, () => {
    const instances = drawn(definition, "valid", 1, 50);
    const validator = new ModelValidator(model);
    expect(instances.filter((instance) => Array.isArray(instance))).toEqual([]);
    for (const instance of instances) expect(validator.validatesNamed(schemaOf(definition).type.name, instance)).toBe(true);
  });
}

it("valid instances of typed, an array no array meets: none, the generator gives up", () => {
  expect(() => sampleInstances(schemaOf("typed"), "valid", 1, 5)).toThrow(/minItems 2 above the 1 items/);
});

it("valid instances beside a tuple whose rest admits no value: the enum's values and null", () => {
  const instances = drawn("rest of no value beside an enum", "valid", 5, 50);
  expect(new Set(instances)).toEqual(new Set([null, 1, 2]));
});

it.each([
  ["rest of no value", 2],
  ["prefix item of no value", 1],
])("valid instances of %s: arrays of at most %i items, the places that can be filled", (definition, most) => {
  const instances = drawn(definition, "valid", 5, 50) as JsonValue[][];
  const validator = new ModelValidator(model);
  expect(Math.max(...instances.map((instance) => instance.length))).toBe(most);
  for (const instance of instances) expect(validator.validatesNamed(schemaOf(definition).type.name, instance)).toBe(true);
});

it("valid instances of an array whose minItems is past the places that can be filled: none, the generator gives up", () => {
  expect(() => sampleInstances(schemaOf("rest of no value under minItems"), "valid", 1, 5)).toThrow(/minItems 2 above the 1 items/);
});
