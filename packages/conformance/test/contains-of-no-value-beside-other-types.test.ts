// Regression (found by fuzz Z, seed 60003 draft-07 index 2: "GENERATOR GAVE UP D2 (valid): cannot
// generate a valid value for allOf at /definitions/D2/if (no value satisfies the rules)", 55 of 100
// valid and 43 of 100 invalid instances; shrunk): a `contains` no item meets refuses every array and
// says nothing of the other JSON types. The sizes counted its items into every value of the rules it
// stands in, so `{contains: false}` and `{enum: [[null], "b"], contains: false}` ("b" is valid) were
// claimed NO FINITE VALUE and never judged; and the generator drew items for it beside a value of
// another type, which gave up (an if of that enum beside an else). Control: where every listed value
// is an array, none is left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ContainsOfNoValue: { contains: false },
    ListedStringBesideIt: { enum: [["null"], "b"], contains: false },
    IfOfAListedStringBesideIt: { if: { enum: [["null"], "b"], contains: false }, else: { enum: [1, 2] } },
    ListedArraysOnly: { enum: [["null"], ["b"]], contains: false },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-of-no-value-beside-other-types", "ContainsOfNoValueBesideOtherTypes");

it("a contains of no value refuses arrays only: the values of other types are drawn and judged", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["ListedArraysOnly"]);
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of ["ContainsOfNoValue", "ListedStringBesideIt", "IfOfAListedStringBesideIt"]) {
    expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
  }
  expect(result.disagreements).toEqual([]);
});
