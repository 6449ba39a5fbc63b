// Regression (found by fuzz AF, seed 63002 OpenAPI 3.1 index 0, D3, once its contains' D2 was drawn:
// "GENERATOR GAVE UP D3 (valid): ... contains", all 200 valid and 200 invalid instances; shrunk, kept as
// AsFound): a tuple whose first place alone may hold an array, every item past it a string or an
// integer, beside `contains: {type: array}` asking for two. At most one item is the contains', so no
// array meets it, and the array type names no other: NO FINITE VALUE. The run drew arrays until it
// gave up. Control: where items past the place may be arrays, two fit.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const firstPlaceOnly = { prefixItems: [{ type: "array" }], items: { type: ["string", "integer"] } };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    OnePlaceForTwo: { type: "array", ...firstPlaceOnly, contains: { type: "array" }, minContains: 2 },
    AsFound: {
      allOf: [{ type: "array", prefixItems: [{ type: "array", prefixItems: [{ type: "string" }] }], items: { format: "date", type: ["string", "integer"] }, minItems: 1, contains: { type: "array", minItems: 2 }, minContains: 2, maxContains: 3, maxItems: 4 }],
    },
    RoomForTwo: { type: "array", prefixItems: [{ type: "array" }], items: { type: ["string", "array"] }, contains: { type: "array" }, minContains: 2 },
  },
};
const { suite } = suiteOfDocument(document, "test:contains-counting-fewer-places-than-asked", "FewerPlaces");

it("a contains asking for more items than places that may hold them has no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 8, otherRuns: 8 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["AsFound", "OnePlaceForTwo"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "RoomForTwo")?.instances).toBe(16);
});
