// Regression (found by fuzz Z, seed 60009 2019-09 and 2020-12 index 0, D2: "GENERATOR GAVE UP D2
// (valid): cannot generate a valid value for conditional at /$defs/D2/if", and its invalid instances;
// shrunk): every value takes the then or the else of a conditional with both, and no object or null is
// an integer or a string, so none is left, where the run drew values until it gave up. Control: where
// the else takes null, null is left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    NeitherBranchOfItsTypes: { type: ["object", "null"], if: { const: {} }, then: { type: "integer" }, else: { type: ["string", "integer"] } },
    ElseTakingNull: { type: ["object", "null"], if: { const: {} }, then: { type: "integer" }, else: { type: ["string", "null"] } },
  },
};
const { suite } = suiteOfDocument(document, "test:conditional-branches-of-other-types", "ConditionalBranchesOfOtherTypes");

it("a conditional whose then and else share no value with the own type admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["NeitherBranchOfItsTypes"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ElseTakingNull")?.instances).toBe(40);
});
