// Regression (found by fuzz AA, seed 61007 2019-09 and 2020-12 index 0, D2: "GENERATOR GAVE UP D2
// (valid): cannot generate a valid value for not at /$defs/D2/else/oneOf/1/not (no value satisfies the
// rules)", 31 of 100 valid and 50 of 100 invalid instances; shrunk): an else of objects that must hold
// a key their propertyNames refuses admits no value, which only the sizes tell (admitsNoValue reads
// no such rule). Beside a schema that is nothing but its conditional the generator drew values of that
// else too, and gave up on each; the valid values are the if's (strings), as where the else is `false`.
// Control: an else whose required key its propertyNames allows has values drawn.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const objectRequiring = (key: string) => ({ type: "object", required: [key], propertyNames: { enum: ["a"] } });
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    ElseOfARefusedKey: { if: { type: "string" }, else: objectRequiring("A") },
    ElseOfARefusedKeyBesideANot: { if: { type: "string" }, else: { ...objectRequiring("A"), not: { enum: ["x"] } } },
    ElseOfAnAllowedKey: { if: { type: "string" }, else: objectRequiring("a") },
  },
};
const { suite, drawn } = suiteOfDocument(document, "test:conditional-branch-of-no-finite-value", "ConditionalBranchOfNoFiniteValue");

it("a conditional's branch of no finite value is not drawn: the other branch's values are the valid ones", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of Object.keys(document.$defs)) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(40);
  expect(result.disagreements).toEqual([]);
  expect(drawn("ElseOfAnAllowedKey", "valid", 5, 50).some((value) => typeof value === "object")).toBe(true);
});
