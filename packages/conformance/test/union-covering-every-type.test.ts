// Regression (found by fuzz U, seed 56010; shrunk): an anyOf whose variants between them take every
// value of every JSON type (`not: {type: boolean}` takes all but booleans, `if: {type: string}, else:
// {type: boolean}` takes every string and every boolean) takes every value, though no one variant
// does; the run searched for an invalid instance until it gave up. Controls: a union leaving booleans
// out, and one whose conditional takes only the strings its if does (`minLength: 2` leaves "a" to an
// else of booleans), have invalid values.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Covering: { anyOf: [{ not: { type: "boolean" } }, { if: { type: "string" }, else: { type: "boolean" } }] },
    LeavingBooleansOut: { anyOf: [{ not: { type: "boolean" } }, { if: { type: "string" }, else: { type: "null" } }] },
    LeavingShortStringsOut: { anyOf: [{ not: { type: ["boolean", "string"] } }, { if: { type: "string", minLength: 2 }, else: { type: "boolean" } }] },
  },
};
const { suite } = suiteOfDocument(document, "test:union-covering-every-type", "UnionCovering");

it("a union whose variants take every JSON type whole between them takes every value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.acceptingEveryValue]).toEqual(["Covering"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "LeavingBooleansOut")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "LeavingShortStringsOut")?.instances).toBe(40);
});
