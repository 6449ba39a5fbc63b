// Regression (found by fuzz AA, seed 61004 draft-07 index 1, D1: "GENERATOR GAVE UP D1 (invalid):
// cannot generate a valid value for invalid D1 (a mutation that applied and left the instance
// invalid)", 100 of 100; shrunk): a schema naming no type with object and array keywords is a union
// of every JSON type, whose object variant here must hold a key its propertyNames refuses, so no
// object is valid. The mutations took the union for one of every JSON type, so none tried a value of
// a wrong one, and no mutation breaks uniqueItems: no invalid instance was drawn. A variant of no
// finite value accepts no JSON type: an object is tried, and is invalid.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ObjectOfARefusedKeyBesideUniqueItems: { required: ["type"], propertyNames: { enum: ["a"] }, uniqueItems: true },
  },
};
const { suite, drawn } = suiteOfDocument(document, "test:typeless-object-of-no-finite-value-beside-unique-items", "TypelessObjectOfNoFiniteValue");

it("a union variant of no finite value accepts no JSON type: a value of its type is an invalid instance", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ObjectOfARefusedKeyBesideUniqueItems")?.instances).toBe(40);
  expect(result.disagreements).toEqual([]);
  expect(drawn("ObjectOfARefusedKeyBesideUniqueItems", "invalid", 5, 20).some((value) => typeof value === "object" && value !== null && !Array.isArray(value))).toBe(true);
});
