// Regression (found by fuzz V, seed 57004 draft-07, D1: "GENERATOR GAVE UP D1 (valid): cannot generate a
// valid value for conditional at /definitions/D1/oneOf/0/if"; shrunk): no object takes an if of strings,
// so every object takes the else, and no object is one of the else's listed values: no value, where the
// run drew objects until it gave up. Control: beside integers too, the else's 1 is left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ObjectTakingTheElse: { type: "object", if: { type: "string" }, then: true, else: { enum: [1, 2.5] } },
    ObjectOrIntegerTakingTheElse: { type: ["object", "integer"], if: { type: "string" }, else: { enum: [1, 2.5] } },
  },
};
const { suite } = suiteOfDocument(document, "test:conditional-else-of-none-of-its-type", "ConditionalElseOfNoneOfItsType");

it("a conditional whose else every value of the type takes and none meets admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["ObjectTakingTheElse"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ObjectOrIntegerTakingTheElse")?.instances).toBe(40);
});
