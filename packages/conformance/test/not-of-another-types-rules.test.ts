// Regression (found by fuzz T, seed 55006 2019-09: "GENERATOR GAVE UP S550062019090 (valid): cannot
// generate a valid value for not at /not"): a `not` of a schema naming no type, whose keywords are
// about another JSON type than the value's (`not: {minLength: 2}` beside `type: array`), takes every
// value of the value's type, so none is valid (NO FINITE VALUE); the run searched for one until it
// gave up. Rules about objects around such a schema (`maxProperties`) leave every array to it too, and
// a tuple's values are arrays. A `contains` (about arrays) leaves arrays that are valid.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    NotOfStringRules: { type: "array", not: { minLength: 2 } },
    NotOfObjectRules: { type: "array", not: { maxProperties: 3 } },
    // The shrunk input: a union of a listed value and string rules, with rules about objects beside it, around a tuple.
    Found: {
      type: "array",
      items: [{ type: "string" }],
      not: { anyOf: [{ enum: [5] }, { minLength: 2 }], propertyNames: { pattern: "^[a-z]+$" }, maxProperties: 3 },
    },
    NotOfArrayRules: { type: "array", not: { contains: { type: "string" } } },
    NotOfStringRulesBesideStrings: { type: ["array", "string"], not: { minLength: 2 } },
  },
};
const { suite } = suiteOfDocument(document, "test:not-of-another-types-rules", "NotOfAnotherTypesRules");

it("a not of rules about another type than the value's admits none; of rules about its own type, some", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["Found", "NotOfObjectRules", "NotOfStringRules"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NotOfArrayRules")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "NotOfStringRulesBesideStrings")?.instances).toBe(40);
});
