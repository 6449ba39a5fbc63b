// Regression (found by fuzz AA, seed 61009 2019-09 index 1: a property `$recursiveRef: "#"` beside
// `minProperties: 2`, "GENERATOR GAVE UP (valid): the generator recursed deeper than the stack allows";
// shrunk): an object whose optional property is the object again, under a minProperties. Past the
// recursion bound the object is drawn in its smallest form, and minProperties added the declared key
// to reach its count, whose smallest form added it again, without end. Past the bound, keys the object
// leaves open (its additional ones) now come first. Where it leaves none open and every key it may
// hold is itself again (`additionalProperties: false`), no finite value satisfies it: reported as
// NO FINITE VALUE (the sizes read minProperties), where the draw recursed and gave up. Control: beside
// another optional key, that closed object has values (`{s: "x"}`).
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    Open: { type: "object", properties: { r: { $ref: "#/$defs/Open" } }, minProperties: 1 },
    OpenBesideAString: { type: "object", properties: { r: { $ref: "#/$defs/OpenBesideAString" }, t: { type: "string" } }, minProperties: 2 },
    ClosedOnItself: { type: "object", properties: { r: { $ref: "#/$defs/ClosedOnItself" } }, additionalProperties: false, minProperties: 1 },
    ClosedBesideAString: { type: "object", properties: { r: { $ref: "#/$defs/ClosedBesideAString" }, s: { type: "string" } }, additionalProperties: false, minProperties: 1 },
  },
};
const { suite } = suiteOfDocument(document, "test:min-properties-past-the-recursion-bound", "MinPropertiesPastTheBound");

it("an object holding itself under a minProperties is drawn where it leaves keys open, and named of no finite value where it holds nothing else", { timeout: 120_000 }, async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 2, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  expect(result.withoutFiniteValue).toEqual(["ClosedOnItself"]);
  expect(result.tallies.map((tally) => [tally.schema, tally.instances])).toEqual([
    ["Open", 40],
    ["OpenBesideAString", 40],
    ["ClosedBesideAString", 40],
  ]);
});
