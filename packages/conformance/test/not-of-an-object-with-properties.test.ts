// Regression (found by fuzz U, seed 56001 draft-04: "GENERATOR GAVE UP D0 (valid) ... not at
// /definitions/D0/anyOf/0/not"): an object with declared properties (a named object type in the
// model) beside a `not` taking every object has no value, as a map beside one does; the run searched
// for one until it gave up. The shrunk input keeps the draw's other variant, a oneOf each of whose
// values matches two of its variants (no value either). An object whose schema names no type still
// has every other JSON value, and a `not` of another type leaves it its objects.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    NotOfItsObjects: {
      anyOf: [
        { not: { type: ["integer", "number", "null", "object"] }, type: "object", properties: { "x-y": { type: "boolean" } }, minProperties: 1 },
        { oneOf: [{ type: "null" }, { type: "string" }, { type: "string" }, { type: "null" }] },
      ],
    },
    TypelessBesideNotObject: { not: { type: "object" }, properties: { a: { type: "string" } } },
    NotOfAnotherType: { not: { type: "string" }, type: "object", properties: { a: { type: "string" } } },
  },
};
const { suite } = suiteOfDocument(document, "test:not-of-an-object-with-properties", "NotOfAnObjectWithProperties");

it("an object with declared properties beside a not of every object has no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["NotOfItsObjects"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "TypelessBesideNotObject")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "NotOfAnotherType")?.instances).toBe(40);
});
