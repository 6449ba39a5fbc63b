// Regression (found by fuzz AC, seed 62002 OpenAPI 3.1 index 0, D0 and D2: an `if`'s else of eight
// required keys and `maxProperties: 3`, naming no type, so only values of other JSON types pass it;
// shrunk): the objects of a schema naming no type were drawn five times in six beside rules about
// objects none of them meets, each a whole object of its required keys, and all refused, where that
// document's run took over ten minutes. Counted: the filter of those rules refuses no candidate (values
// of other types only are drawn). Control: where an object may hold its required keys, objects are drawn.
import { expect, it } from "vitest";
import { FilterStats } from "../src/arbitraries/index.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const { schemaOf } = suiteOfDocument(
  {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $defs: {
      KeysPastItsMost: { required: ["a", "b", "c"], maxProperties: 2 },
      KeysWithinItsMost: { required: ["a", "b"], maxProperties: 2 },
    },
  },
  "test:object-rules-of-none-beside-other-types",
  "ObjectRulesOfNoneBesideOtherTypes",
);

function drawnWithStats(definition: string): { values: unknown[]; rejected: number } {
  const stats = new FilterStats();
  const values = sampleInstances(schemaOf(definition), "valid", 5, 40, undefined, stats).map((generated) => generated.instance);
  return { values, rejected: [...stats.counts.values()].reduce((sum, { rejected }) => sum + rejected, 0) };
}
const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

it("a schema naming no type beside object rules none of its objects meets draws values of other types only, none refused", () => {
  const { values, rejected } = drawnWithStats("KeysPastItsMost");
  expect(values).toHaveLength(40);
  expect(values.filter(isObject)).toEqual([]);
  expect(rejected).toBe(0);
});

it("control: where an object of its required keys meets the rules, objects are drawn", () => {
  const { values } = drawnWithStats("KeysWithinItsMost");
  expect(values.filter(isObject).length).toBeGreaterThan(0);
});
