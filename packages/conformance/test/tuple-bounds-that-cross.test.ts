// Regression (found by campaign P, seed 51001, 2019-09: "DISAGREEMENT R3D2 (valid instance #0)",
// [{}] expected valid, every runtime refusing it): a tuple that names no type and whose minItems is
// above its maxItems admits no array, only the values of other types. The generator drew arrays of
// maxItems items for it, below minItems, and offered them as valid instances. One that is an array
// (campaign P, seed 51003, draft-07: [""] expected valid) admits no value at all: the generator gives up.
import { expect, it } from "vitest";
import { ModelValidator } from "../src/modelValidator.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    open: { items: [{}, { type: "boolean" }], minItems: 2, maxItems: 1 },
    closed: { items: [{}, { type: "boolean" }], additionalItems: false, minItems: 3 },
    typed: { type: "array", items: [{}, { type: "boolean" }], minItems: 2, maxItems: 1 },
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
