// Regression (found by fuzz AC, seed 63002 OpenAPI 3.1 index 0, D2: "GENERATOR GAVE UP D2 (valid):
// cannot generate a valid value for contains", left over until fuzz AF; shrunk, kept as AsFound).
// Two constructs met there, each kept here:
// - Recursive: an array of at least two items, exactly one of them no array (`contains: {not: {type:
//   array}}, maxContains: 1`), and a oneOf of an array of objects holding the value again (so the value
//   is drawn deep in itself) and `{}`. Its values are arrays holding a non-object beside arrays: `[1, []]`.
//   Deep in a value any JSON was a small scalar, never an array, so no item was left uncounted: now an
//   empty array or object is among them.
// - NoObjectHoldsItsKey: the objects `{}` beside an object naming no type that requires a key its
//   propertyNames refuses (`required: [type]`, `propertyNames: {not: {const: type}}`) are of other
//   types only; its objects were drawn and refused, thousands at each value, which the draw's budget
//   of rejections did not allow where the value is itself drawn inside a filter.
import fc from "fast-check";
import { expect, it } from "vitest";
import { ValidInstances } from "../src/arbitraries/index.ts";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const oneNonArrayBesideArrays = { type: "array", minItems: 2, contains: { not: { type: "array" } }, maxContains: 1 };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Recursive: { oneOf: [{ type: "array", items: { type: "object", properties: { "x-y": ref("Recursive") } } }, {}], ...oneNonArrayBesideArrays },
    NoObjectHoldsItsKey: { required: ["type"], propertyNames: { not: { const: "type" } } },
    BesideObjectsOfIt: {
      oneOf: [{ type: "array", items: { type: "object", additionalProperties: { type: "object", additionalProperties: ref("NoObjectHoldsItsKey") } } }, { required: ["a"] }],
      type: "array",
      minItems: 2,
      contains: { minItems: 1, maxItems: 1 },
      maxContains: 1,
    },
  },
};
const { model, suite } = suiteOfDocument(document, "test:recursive-any-items-beside-a-bounded-contains", "BoundedContains");

it("draws the values of a recursive array beside a bounded contains, and of one beside objects of none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 20 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of ["Recursive", "NoObjectHoldsItsKey", "BesideObjectsOfIt"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
});

it("draws no object for an object naming no type that requires a key its propertyNames refuses", () => {
  const stats = new FilterStats();
  const values = fc.sample(new ValidInstances(model, { stats }).of("NoObjectHoldsItsKey"), { seed: 3, numRuns: 60 });
  expect(values.filter((value) => typeof value === "object" && value !== null && !Array.isArray(value))).toEqual([]);
  // Counted, not timed: each object drawn was refused by the propertyNames filter.
  expect([...stats.counts.values()].reduce((sum, { rejected }) => sum + rejected, 0)).toBe(0);
});
