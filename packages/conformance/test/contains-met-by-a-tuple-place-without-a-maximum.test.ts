// Regression (found by fuzz Z, seed 60003 draft-07 index 1: "GENERATOR GAVE UP Schema60003Draft071
// (invalid): ... a mutation that applied and left the instance invalid", the root a schema naming no
// type whose valid arrays were never drawn; shrunk): a tuple whose first place may be the one item a
// `contains` (no maxContains) counts, and whose other place takes none of its items, under a maxItems.
// The items drawn for the contains were always added to the tuple, which shifted its places or passed
// its maxItems, and every candidate was refused: [["x"], null] is the only value. Control: a tuple with
// room left after its places still takes the items added.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    CountedByAPlaceOnly: { type: "array", items: [{ enum: [["x"], -3] }, { enum: [null] }], minItems: 2, maxItems: 2, contains: { type: "array" } },
    RoomAfterThePlaces: { type: "array", items: [{ enum: [-3] }, { enum: [null] }], minItems: 2, contains: { type: "array" } },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-met-by-a-tuple-place-without-a-maximum", "ContainsMetByATuplePlaceWithoutAMaximum");

it("a tuple whose own place makes a contains' count is drawn as it is", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of ["CountedByAPlaceOnly", "RoomAfterThePlaces"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
  expect(result.disagreements).toEqual([]);
});
