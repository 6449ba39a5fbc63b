// Regression (found by fuzz X: the open give-up 57002-2019-09-1, its root, "GENERATOR GAVE UP (invalid):
// cannot generate a valid value for conditional at /oneOf/0/if, allOf at /oneOf, contains at /contains";
// shrunk to its construct): a tuple whose first place (`enum: [7]`) is the one item a `contains` with
// maxContains 1 counts. The items drawn for the contains were added beside it (one too many) or put in its
// place (shifting the places after it), so every candidate was refused. A value whose own items already
// make the count is kept as it is. Control: a tuple none of whose places the contains counts.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const tuple = { type: "array", items: [{ enum: [7] }, { enum: ["a"] }, { enum: ["b"] }], minItems: 3, maxItems: 3 };
const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    ContainsMetByATuplePlace: { ...tuple, contains: { type: "integer" }, minContains: 1, maxContains: 1 },
    ContainsMetByNoTuplePlace: { type: "array", items: [{ enum: ["a"] }], maxItems: 3, contains: { type: "integer" }, minContains: 1, maxContains: 1 },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-met-by-a-tuple-place", "ContainsMetByATuplePlace");

it("a tuple whose own places make a contains count is drawn as it is", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  expect(result.tallies.map((tally) => [tally.schema, tally.instances])).toEqual([
    ["ContainsMetByATuplePlace", 40],
    ["ContainsMetByNoTuplePlace", 40],
  ]);
});
