// Regression (found by fuzz X, seed 58003 2019-09 index 0, D3; shrunk): an array whose `if` is
// `oneOf: [true, {enum: [false]}]` takes that if whatever array it is (only false matches both
// variants), so every array must be the then's `1`: the schema admits no value, and the generator drew
// values until it gave up (valid and invalid). A oneOf takes a JSON type whole where one variant does
// and no other admits a value of it. Controls: on booleans the same if leaves false to no branch, and
// beside a variant admitting the empty array the if leaves [] out: each has values, drawn.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const ifOf = (type: string, other: object) => ({ type, if: { oneOf: [true, other] }, then: { enum: [1] } });
const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    ArrayOfNoBranch: ifOf("array", { enum: [false] }),
    BooleanLeavingFalse: ifOf("boolean", { enum: [false] }),
    ArrayLeavingTheEmptyOne: ifOf("array", { type: "array", maxItems: 0 }),
  },
};
const { suite } = suiteOfDocument(document, "test:if-of-a-one-of-taking-every-value-of-the-type", "IfOfAOneOf");

it("a oneOf taking every value of a JSON type as an if makes every such value take the then", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue]).toEqual(["ArrayOfNoBranch"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "BooleanLeavingFalse")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "ArrayLeavingTheEmptyOne")?.instances).toBe(40);
});
