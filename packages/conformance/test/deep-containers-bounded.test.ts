// Arrays nested in arrays: the generators drew up to four items a level, so an instance of arrays
// nested twelve deep could hold 4^12 items, and a run on arrays nested twenty-five deep ran out of
// memory (4 GB). Now an array, tuple or map nested more than DENSE_CONTAINERS levels (objects and
// containers together) holds at most one item beyond its least. Stated here by hand: past that depth,
// no array of the drawn instances holds two items; above it, some do.
import fc from "fast-check";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { describe, expect, it } from "vitest";
import { DENSE_CONTAINERS, ValidInstances } from "../src/arbitraries/index.ts";

const DEPTH = 10;
let schema: Record<string, unknown> = { type: "integer" };
for (let level = 0; level < DEPTH; level++) schema = { type: "array", items: schema };
const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Deep: schema } }, "deep.json"), { name: "Deep" });

/** The longest array at each depth (0: the instance itself) over the instances. */
function longestByDepth(instances: readonly unknown[]): number[] {
  const longest: number[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (!Array.isArray(value)) return;
    longest[depth] = Math.max(longest[depth] ?? 0, value.length);
    for (const item of value) visit(item, depth + 1);
  };
  for (const instance of instances) visit(instance, 0);
  return longest;
}

describe("arrays nested in arrays", () => {
  it("hold at most one item past DENSE_CONTAINERS levels, and several above", () => {
    const instances = fc.sample(new ValidInstances(model).of("Deep"), { seed: 7, numRuns: 200 });
    const longest = longestByDepth(instances);
    expect(longest.length).toBeGreaterThan(DENSE_CONTAINERS + 1);
    expect(Math.max(...longest.slice(0, DENSE_CONTAINERS + 1))).toBeGreaterThan(1);
    expect(longest.slice(DENSE_CONTAINERS + 1).every((length) => length <= 1), `longest array by depth: ${longest.join(", ")}`).toBe(true);
  });
});
