// Regression (found by fuzz U, seeds 56009 draft-04 and 2020-12, 55003 2019-09 and 2020-12; shrunk):
// a schema naming no type whose keywords no value of their own type meets (lengths that cross, items
// of no value under a minItems, contains counts that cross, a contains no item can meet) has only
// values of the other types as valid instances, which no mutation turned into its own type: the run
// gave up on its invalid instances. Any value of its own type is one (own-type-for-a-typeless-schema),
// and a contains no item can meet is read as no array. Control: the same keywords under `type: array`
// have no value at all.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    LengthsThatCross: { minLength: 3, maxLength: 2 },
    ItemsOfNoValue: { items: false, minItems: 2 },
    ContainsCountsThatCross: { items: { enum: [1, true] }, contains: { const: 1 }, minContains: 2, maxContains: 1 },
    ContainsOfNoItem: { items: false, contains: { const: 1 } },
    ContainsNoItemMeets: { items: { type: "object" }, contains: { enum: [1, 2.5] } },
    ArraysOnly: { type: "array", items: { type: "object" }, contains: { enum: [1, 2.5] } },
  },
};
const { suite } = suiteOfDocument(document, "test:typeless-own-type-of-no-value", "TypelessOwnType");

it("a schema naming no type whose own type has no value has invalid instances of that type", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect([...result.withoutFiniteValue]).toEqual(["ArraysOnly"]);
  for (const schema of ["LengthsThatCross", "ItemsOfNoValue", "ContainsCountsThatCross", "ContainsOfNoItem", "ContainsNoItemMeets"]) {
    expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
  }
  expect(result.disagreements).toEqual([]);
});
