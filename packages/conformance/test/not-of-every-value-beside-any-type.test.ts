// Regression (found by fuzz V, seed 57005 2019-09 and 2020-12, D2: "GENERATOR GAVE UP D2 (valid): cannot
// generate a valid value for not at /$defs/D2/oneOf/1/not, not at /$defs/D2/not, propertyNames …";
// shrunk): `{if: true, else: …}` takes every value (the if always holds, and there is no then), so a
// not of it refuses every value; beside a schema naming no type (object keywords only, or none) that
// was read as a proof of none only for a value of listed JSON types, and the run drew candidates until
// it gave up. Control: a not of strings beside the same keywords leaves every other value.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const everyValue = { if: true, else: { enum: [1] } };
const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    NotOfEveryValue: { not: everyValue },
    NotOfEveryValueBesideKeys: { not: everyValue, properties: { a: {} } },
    NotOfStringsBesideKeys: { not: { type: "string" }, properties: { a: {} } },
  },
};
const { suite } = suiteOfDocument(document, "test:not-of-every-value-beside-any-type", "NotOfEveryValueBesideAnyType");

it("a not of a schema every value satisfies admits none, whatever type it stands beside", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["NotOfEveryValue", "NotOfEveryValueBesideKeys"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NotOfStringsBesideKeys")?.instances).toBe(40);
});
