// Regression (found by fuzz AU, seed 92004 OpenAPI 3.0 index 1, D3: "GENERATOR GAVE UP D3 (invalid):
// … 17 of its 20 invalid instances could not be drawn"; shrunk): `{uniqueItems: true}` naming no type
// (D3 was a nullable `$ref` to `{not: {oneOf: [{type: null}]}, items: {anyOf: [..., {}]}, uniqueItems:
// true}`). Such a schema refuses only an array with an item repeated, and no mutation repeated one:
// every candidate was refused and its invalid instances all gave up. Now repeat-an-item repeats an item
// of an array whose items must be distinct (added after the others; in the last place of an array
// that holds maxItems already). Controls: typed arrays of distinct items, which other mutations broke
// before, and one at its maxItems.
import { afterAll, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { documentSuite } from "../src/suite.ts";

const document: JsonObject = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    TypelessDistinctItems: { uniqueItems: true },
    NullableTypelessDistinctItems: { anyOf: [{ type: "null" }, { uniqueItems: true, not: { type: "null" } }] },
    DistinctStrings: { type: "array", items: { type: "string" }, uniqueItems: true },
    DistinctIntegersAtMostTwo: { type: "array", items: { type: "integer" }, uniqueItems: true, maxItems: 2 },
  },
};
const schemas = Object.keys(document.definitions as JsonObject);
const model = buildModel(toSourceDocument(structuredClone(document), "test:repeated-item-of-distinct-items"), { name: "RepeatedItem" });
// AJV judges the document as written: the oracle of every instance.
const suite = documentSuite(model, document, { kind: "none" });
afterAll(() => suite.dispose());

it("a schema that refuses only a repeated item has its invalid instances drawn; AJV refuses each", { timeout: 240_000 }, async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 6, runs: 8, otherRuns: 8 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of schemas) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(16);
});

it("repeat-an-item alone: an item repeated, in or past maxItems, is refused by AJV in every schema", { timeout: 240_000 }, async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 7, runs: 8, otherRuns: 8, mutations: ["repeat-an-item"] });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of schemas) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(16);
});
