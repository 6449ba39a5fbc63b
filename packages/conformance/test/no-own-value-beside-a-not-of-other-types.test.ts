// Regression (found by fuzz AC, seed 62002 OpenAPI 3.1 index 0, D3: "GENERATOR GAVE UP D3 (invalid):
// gave up after 300 s of drawing …; 122 of its 200 invalid instances could not be drawn"; shrunk): a
// oneOf's variant naming no type, about arrays none of which it admits (a tuple whose first place has
// no value, under a minItems), beside a `not` of an object schema naming no type (which refuses every
// value of another JSON type), has objects only for values. Its candidates were drawn from every other
// family, four in five refused by the not, and each invalid instance of the document, made from many
// valid ones, cost seconds. Counted: the not's filter refuses fewer candidates than values are drawn
// (the values of the families it refuses whole are not drawn). Control: beside a not refusing no family
// whole (`not: {type: string}`), values of the other families are drawn.
import { expect, it } from "vitest";
import { FilterStats } from "../src/arbitraries/index.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const { schemaOf } = suiteOfDocument(
  {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $defs: {
      NoArrayBesideANotOfObjects: { prefixItems: [false], minItems: 1, not: { required: ["x"] } },
      NoArrayBesideANotOfStrings: { prefixItems: [false], minItems: 1, not: { type: "string" } },
    },
  },
  "test:no-own-value-beside-a-not-of-other-types",
  "NoOwnValueBesideANotOfOtherTypes",
);

const RUNS = 40;

function drawnWithStats(definition: string): { values: unknown[]; rejected: number } {
  const stats = new FilterStats();
  const values = sampleInstances(schemaOf(definition), "valid", 5, RUNS, undefined, stats).map((generated) => generated.instance);
  return { values, rejected: [...stats.counts.values()].reduce((sum, { rejected }) => sum + rejected, 0) };
}
const jsonTypeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

it("values of no array beside a not refusing every other family whole are objects, drawn without the not refusing most", () => {
  const { values, rejected } = drawnWithStats("NoArrayBesideANotOfObjects");
  expect(values).toHaveLength(RUNS);
  expect(new Set(values.map(jsonTypeOf))).toEqual(new Set(["object"]));
  expect(rejected).toBeLessThan(RUNS / 4);
});

it("control: beside a not refusing strings only, the other families but arrays are drawn", () => {
  const { values } = drawnWithStats("NoArrayBesideANotOfStrings");
  expect(values).toHaveLength(RUNS);
  const types = new Set(values.map(jsonTypeOf));
  expect(types.has("array") || types.has("string")).toBe(false);
  expect(types.size).toBeGreaterThan(2);
});
