// Regression (found by fuzz X, seed 58001 draft-04, index 1, D3: "GENERATOR GAVE UP D3 (invalid): cannot
// generate a valid value for invalid D3 (a mutation that applied and left the instance invalid)"; shrunk):
// a schema naming no type whose tuple's first place admits no value (`items: [{not: {}}]`) has [] and every
// other value: no mutation made one invalid, and the draw gave up. An item appended where the array's next
// place admits no value is one. Control: a typed array of items of no value is made invalid as before.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    TypelessTupleOfAPlaceOfNoValue: { items: [{ not: {} }], maxItems: 3 },
    TypelessArrayOfItemsOfNoValue: { items: { not: {} } },
    ArrayOfItemsOfNoValue: { type: "array", items: { not: {} } },
  },
};
const { suite } = suiteOfDocument(document, "test:item-in-a-place-of-no-value", "ItemInAPlaceOfNoValue");

it("an item appended where the array's next place admits no value is an invalid instance", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  expect(result.tallies.map((tally) => [tally.schema, tally.instances])).toEqual([
    ["TypelessTupleOfAPlaceOfNoValue", 40],
    ["TypelessArrayOfItemsOfNoValue", 40],
    ["ArrayOfItemsOfNoValue", 40],
  ]);
});
