// Regression (found by fuzz X, seed 58001 2019-09, index 3, D0: "GENERATOR GAVE UP D0 (invalid): cannot
// generate a valid value for invalid D0 (a mutation that applied and left the instance invalid)"; shrunk): a
// closed object holds no key whose dependentRequired names an undeclared key, so `properties: {a, c}` with
// `minProperties: 2` and `dependentRequired: {a: [b]}` admits no object, and a `not` of it takes every value:
// no invalid instance exists, where the run searched for one until it gave up. Control: with b declared, an
// object {a, b} is left, and the not refuses it.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const closed = (properties: Record<string, unknown>) => ({ type: "object", properties, additionalProperties: false, minProperties: 2, dependentRequired: { a: ["b"] } });
const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    KeyBringingAnUndeclaredKey: closed({ a: { type: "boolean" }, c: { type: "null" } }),
    NotOfKeyBringingAnUndeclaredKey: { not: closed({ a: { type: "boolean" }, c: { type: "null" } }) },
    NotOfKeyBringingADeclaredKey: { not: closed({ a: { type: "boolean" }, b: { type: "null" } }) },
  },
};
const { suite } = suiteOfDocument(document, "test:closed-object-key-bringing-an-undeclared-key", "ClosedObjectKeyBringingAnUndeclaredKey");

it("a closed object holds no key whose dependentRequired names an undeclared key", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["KeyBringingAnUndeclaredKey"]);
  expect([...result.acceptingEveryValue]).toEqual(["NotOfKeyBringingAnUndeclaredKey"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NotOfKeyBringingADeclaredKey")?.instances).toBe(40);
});
