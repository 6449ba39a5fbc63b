// Regression (found by fuzz AM, seed 73005 OpenAPI 3.1 index 1, D2: the run drew arrays for minutes,
// about 4 s an instance; shrunk: /work/regcorpus/fuzz-am/slow-contains.json): every item of the array
// is a non-empty array of objects, and the contains asks for an array of strings, which none of them
// is, so no array meets the contains and the schema admits no value; the model's reading of two types
// sharing no value (noValueIsBoth: by their items at each place every array of both holds) tells it.
// Control: where the items may be empty arrays, [[]] meets the contains.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ItemsNoneOfWhichIsContained: { type: "array", items: { type: "array", minItems: 1, items: { type: "object" } }, contains: { items: { type: "string" } } },
    ItemsMayBeEmpty: { type: "array", items: { type: "array", items: { type: "object" } }, contains: { items: { type: "string" } } },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-no-item-of-its-items-meets", "ContainsNoItemOfItsItemsMeets");

it("a contains no item of the array's items meets admits no array, and is named, not drawn", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["ItemsNoneOfWhichIsContained"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ItemsMayBeEmpty")?.instances).toBe(40);
});
