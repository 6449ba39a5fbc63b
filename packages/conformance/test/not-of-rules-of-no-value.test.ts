// Regression (found by fuzz V, seed 57004 draft-07, D1; shrunk): a not of arrays that an `if: true`
// sends to a then of null (no array is null) is a not of no value, so it takes every value; the run
// searched for an invalid instance until it gave up. Control: beside null too, the not refuses null.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    NotOfNoValue: { not: { type: "array", if: true, then: { type: "null" } } },
    NotOfNull: { not: { type: ["array", "null"], if: true, then: { type: "null" } } },
  },
};
const { suite } = suiteOfDocument(document, "test:not-of-rules-of-no-value", "NotOfRules");

it("a not of rules no value meets takes every value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue]).toEqual(["NotOfNoValue"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NotOfNull")?.instances).toBe(40);
});
