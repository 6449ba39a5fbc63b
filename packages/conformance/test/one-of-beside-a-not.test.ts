// Regression (found by fuzz V, seed 57003 draft-04, D2: "GENERATOR GAVE UP D2 (valid): cannot generate a
// valid value for D2Value3 (oneOf: exactly one variant matches)"; shrunk): beside `{}`, a oneOf variant
// `{not: X}` leaves the values of X only (every other value matches both), and no value drawn for `{}`
// was an object whose kind is v1; beside another variant's required key, only an object with that key
// and of X is valid, which neither variant's values nor X's alone were. Values of X are offered, alone
// and merged over the other variant's objects.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const kindV1 = { type: "object", required: ["kind"], properties: { kind: { enum: ["v1"] } } };
const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    BesideEveryValue: { oneOf: [{}, { not: kindV1 }] },
    BesideARequiredKey: { oneOf: [{ required: ["b"] }, { required: ["b"], not: kindV1 }] },
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-beside-a-not", "OneOfBesideANot");

it("a oneOf beside a variant's not is drawn from what the not refuses", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "BesideEveryValue")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "BesideARequiredKey")?.instances).toBe(40);
});
