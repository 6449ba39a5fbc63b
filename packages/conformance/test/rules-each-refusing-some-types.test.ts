// Regression (the give-up left open by the contains fix 8458483, and met again by fuzz AA: "GENERATOR
// GAVE UP (valid): cannot generate a valid value for conditional at /if, contains at /contains", and
// the same of its invalid instances): `{if: {minItems: 1}, then: {type: array}, contains: false}`
// admits no value in any dialect. Every value but an array passes the if (minItems is about arrays
// only) and fails the then; every array, the empty one too, fails a contains no item meets (it asks
// for one such item; from 2019-09 minContains is 1 unless said). Each rule refuses some JSON types
// whole, and together they refuse them all, where the run drew values until it gave up. Controls: a
// contains any item meets leaves the arrays of an item; minContains 0 leaves the empty array.
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const DIALECTS = {
  "draft-07": { $schema: "http://json-schema.org/draft-07/schema#", definitions: "definitions", minContains: false },
  "2019-09": { $schema: "https://json-schema.org/draft/2019-09/schema", definitions: "$defs", minContains: true },
  "2020-12": { $schema: "https://json-schema.org/draft/2020-12/schema", definitions: "$defs", minContains: true },
};
const conditional = { if: { minItems: 1 }, then: { type: "array" } };

describe.each(Object.entries(DIALECTS))("%s", (dialect, { $schema, definitions, minContains }) => {
  const document = {
    $schema,
    [definitions]: {
      ThenOfArraysBesideAContainsOfNoItem: { ...conditional, contains: false },
      ArraysOfAnItemLeft: { ...conditional, contains: {} },
      ...(minContains ? { EmptyArrayLeft: { ...conditional, contains: false, minContains: 0 } } : {}),
    },
  };
  const { suite } = suiteOfDocument(document, `test:rules-each-refusing-some-types-${dialect}`, "RulesEachRefusingSomeTypes");

  it("rules each refusing some JSON types whole, together every one, admit no value", async () => {
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
    expect([...result.withoutFiniteValue]).toEqual(["ThenOfArraysBesideAContainsOfNoItem"]);
    expect(result.generatorGaveUp).toEqual([]);
    const controls = ["ArraysOfAnItemLeft", ...(minContains ? ["EmptyArrayLeft"] : [])];
    for (const schema of controls) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
    expect(result.disagreements).toEqual([]);
  });
});
