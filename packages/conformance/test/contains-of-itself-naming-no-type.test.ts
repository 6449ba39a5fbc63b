// Regression (found by fuzz AE, seed 65008 OpenAPI 3.1 index 0, D2: "GENERATOR GAVE UP D2 (valid): the
// generator recursed deeper than the stack allows", 154 of 200 valid and 161 of 200 invalid instances;
// shrunk, kept as AsFound): a schema naming no type whose arrays contain a value of itself (`contains:
// {$ref: itself}`) has values of every other type, its smallest among them. Past the recursion bound the
// drawer drew its smallest form as such a value, but drew the items `contains` asks for beside it
// anyway, each of them the smallest form again, until the stack ran out. Items are drawn for arrays
// only now.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    ContainsItself: { contains: { $ref: "#/$defs/ContainsItself" } },
    AsFound: { oneOf: [{ contains: { $ref: "#/$defs/AsFound" } }, { oneOf: [{}, {}] }] },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-of-itself-naming-no-type", "ContainsOfItself");

it("an array naming no type that contains itself is drawn without running out of stack", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 8, otherRuns: 8 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of ["ContainsItself", "AsFound"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(16);
});
