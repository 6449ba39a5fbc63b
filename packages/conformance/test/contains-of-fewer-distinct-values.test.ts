// Regression (found by fuzz V, seed 57002 2020-12, D3: "GENERATOR GAVE UP D3 (valid): cannot generate a
// valid value for contains at /$defs/D3/anyOf/0/contains"; shrunk): distinct items (uniqueItems) that a
// contains counts, of a list of fewer values than its minContains (`enum: [1, 1.0]` is one value, asked
// for twice), make no array, and the run drew arrays until it gave up. Control: two listed values
// asked for twice.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    OneValueTwice: { type: "array", uniqueItems: true, contains: { enum: [1, 1.0] }, minContains: 2 },
    TwoValuesTwice: { type: "array", uniqueItems: true, contains: { enum: [1, 2] }, minContains: 2 },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-of-fewer-distinct-values", "ContainsOfFewerDistinctValues");

it("distinct items counted by a contains of fewer listed values than its minContains make no array", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["OneValueTwice"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "TwoValuesTwice")?.instances).toBe(40);
});
