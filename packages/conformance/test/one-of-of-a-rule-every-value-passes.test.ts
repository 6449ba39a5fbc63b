// Regression (found by fuzz X: the open give-up 57002-2019-09-1, its root, "GENERATOR GAVE UP (invalid):
// cannot generate a valid value for conditional at /oneOf/0/if"; shrunk): a oneOf of `{if: true, then:
// true}` and `true` beside maxItems is two variants of the same values (the conditional passes every
// value), so no value matches one alone: no value, where the run drew values until it gave up. Control:
// beside `{if: true, then: {type: string}}` the non-strings match the second variant alone.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    OneOfOfARuleEveryValuePasses: { oneOf: [{ if: true, then: true }, true], maxItems: 4 },
    OneOfOfARuleSomeValuesFail: { oneOf: [{ if: true, then: { type: "string" } }, true], maxItems: 4 },
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-of-a-rule-every-value-passes", "OneOfOfARuleEveryValuePasses");

it("a oneOf variant of rules every value passes has the values of the type they are around", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["OneOfOfARuleEveryValuePasses"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "OneOfOfARuleSomeValuesFail")?.instances).toBe(40);
});
