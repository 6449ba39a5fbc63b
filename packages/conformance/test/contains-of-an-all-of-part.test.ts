// Regression (found by fuzz AC, seed 62010 OpenAPI 3.1 index 2, D1: "GENERATOR GAVE UP D1 (valid):
// cannot generate a valid value for contains at /$defs/D0/contains, allOf at /$defs/D1: 500 candidates
// in a row were rejected", and its invalid instances; shrunk): an array whose `$ref` leaves its items
// no value (an enum of an array, of integers or strings) holds no item, and its own `contains`, which
// the model holds in an allOf part beside the `$ref`'s contains, asks for one: no value, where the run
// drew arrays until it gave up. Control: with minContains 0 the empty array is left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    ItemsOfNoValue: { items: { enum: [[]], type: ["integer", "string"] }, contains: { type: "string" }, minContains: 0 },
    AskingForAnItem: { $ref: "#/$defs/ItemsOfNoValue", type: "array", items: { type: "string" }, contains: { type: "string" } },
    AskingForNone: { $ref: "#/$defs/ItemsOfNoValue", type: "array", items: { type: "string" }, contains: { type: "string" }, minContains: 0 },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-of-an-all-of-part", "ContainsOfAnAllOfPart");

it("a contains of an allOf part is judged against the array's own items: none held, one asked for, no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4 });
  expect([...result.withoutFiniteValue]).toEqual(["AskingForAnItem"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "AskingForNone")?.instances).toBe(8);
});
