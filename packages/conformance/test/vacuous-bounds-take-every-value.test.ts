// Regression (found by fuzz Z, seed 60010 draft-04 index 1: "GENERATOR GAVE UP Schema60010Draft041
// (invalid): ... a mutation that applied and left the instance invalid", the root an anyOf whose first
// variant is `{items: {}, minItems: 0, uniqueItems: false}`; shrunk): a least count of 0 rules nothing
// out, so that variant takes every value and the anyOf does too, where the run searched for an invalid
// instance until it gave up. Control: a least count of 1 refuses [].
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    LeastCountOfNone: { anyOf: [{ items: {}, minItems: 0, uniqueItems: false }, { type: "null" }] },
    LeastCountOfOne: { anyOf: [{ items: {}, minItems: 1 }, { type: "null" }] },
  },
};
const { suite } = suiteOfDocument(document, "test:vacuous-bounds-take-every-value", "VacuousBoundsTakeEveryValue");

it("a least length or count of 0 rules nothing out", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue]).toEqual(["LeastCountOfNone"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "LeastCountOfOne")?.instances).toBe(40);
});
