// Regression (found by fuzz Z, seed 60006 draft-07 index 2, D2, and seed 60005 2019-09 index 0, D2:
// "GENERATOR GAVE UP D2 (valid): cannot generate a valid value for ... contains at /definitions/D2/contains",
// and its invalid instances; shrunk): every item of a tuple is one of its places or past them, and
// under a maxItems of one place only that place holds an item: none of its values is the contains'
// object, so no array meets it, where the run drew arrays until it gave up. Control: with room past the
// place for an object, the contains' object fits there.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const place = { enum: [-1.25, "a", null, {}] };
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    OnePlaceOfOtherValues: { type: "array", items: [place], additionalItems: { type: "object" }, maxItems: 1, contains: { const: { b: -4 } } },
    ObjectsPastThePlace: { type: "array", items: [place], additionalItems: { type: "object" }, maxItems: 2, contains: { const: { b: -4 } } },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-no-tuple-place-meets", "ContainsNoTuplePlaceMeets");

it("a contains no place of a tuple meets, nor an item past them, admits no array", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["OnePlaceOfOtherValues"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ObjectsPastThePlace")?.instances).toBe(40);
});
