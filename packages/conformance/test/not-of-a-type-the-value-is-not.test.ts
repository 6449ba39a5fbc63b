// Regression (found by fuzz X, seed 58001 2019-09, index 0, D2: "GENERATOR GAVE UP D2 (invalid): cannot
// generate a valid value for an attempted value: 10000 candidates were rejected, at every depth"; shrunk
// to its construct): a typeless schema whose objects have none (two keys required, one at most) beside a
// `not` of objects. The match-a-not mutation offered each scalar 40 objects the not's schema takes, none
// of the type, and most invalid candidates were thrown away (in D2, where arrays were costly to draw,
// until the draw's budget was spent). A not that found no replacement for a value of one JSON type is
// not tried again for that type. Control: objects of the type are still drawn and judged.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    ScalarsBesideANotOfObjects: { required: ["a", "b"], maxProperties: 1, not: { type: "object", required: ["c"] } },
    ObjectsBesideANotOfObjects: { type: "object", not: { type: "object", required: ["c"] } },
  },
};
const { suite } = suiteOfDocument(document, "test:not-of-a-type-the-value-is-not", "NotOfATypeTheValueIsNot");

it("a not that replaced no value of a JSON type is not tried again for that type", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 40, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.map((tally) => [tally.schema, tally.instances])).toEqual([
    ["ScalarsBesideANotOfObjects", 80],
    ["ObjectsBesideANotOfObjects", 80],
  ]);
  expect(result.filters.counts.get("invalid ScalarsBesideANotOfObjects (a mutation that applied and left the instance invalid)")?.rejected ?? 0).toBeLessThanOrEqual(7);
  expect(result.disagreements).toEqual([]);
});
