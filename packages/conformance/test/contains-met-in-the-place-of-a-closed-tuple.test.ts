// Regression (found by fuzz AF, seed 66012 draft-07, the root: "GENERATOR GAVE UP (invalid): ... a
// mutation that applied and left the instance invalid", all 200 invalid instances; shrunk, kept as
// AsFound): a tuple of one place taking any value, no items past it (`additionalItems: false`), whose
// `contains` only 0.5 meets (`oneOf: [{enum: [null, 0.5]}, {type: null}]`: null matches both). The
// item drawn for the contains was added beside the tuple's own, never in its place, so every array of
// two items was refused: a schema naming no type had its values of other types only, which no mutation
// breaks, and a typed one gave up on its valid instances too. The items added now leave room for as
// many of the tuple's own as it may hold (its maxItems, or its places when none may follow).
import fc from "fast-check";
import { expect, it } from "vitest";
import { ValidInstances } from "../src/arbitraries/index.ts";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const contains = { oneOf: [{ enum: [null, 0.5] }, { type: "null" }] };
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ClosedTuple: { type: "array", items: [{}], additionalItems: false, contains },
    AsFound: { items: [{}], additionalItems: false, minItems: 1, maxItems: 1, contains },
    // Control: room after the place, where the item is added beside the tuple's own.
    OpenTuple: { type: "array", items: [{ type: "string" }], maxItems: 2, contains },
  },
};
const { model, suite } = suiteOfDocument(document, "test:contains-met-in-the-place-of-a-closed-tuple", "ContainsInAClosedTuple");

it("a closed tuple's only place takes the item a contains asks for", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 20 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of ["ClosedTuple", "AsFound", "OpenTuple"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
});

it("a closed tuple naming no type has arrays among its valid values", () => {
  const stats = new FilterStats();
  const values = fc.sample(new ValidInstances(model, { stats }).of("AsFound"), { seed: 3, numRuns: 60 });
  expect(values.filter((value) => Array.isArray(value)).length).toBeGreaterThan(10);
  for (const value of values.filter((value) => Array.isArray(value))) expect(value).toEqual([0.5]);
});
