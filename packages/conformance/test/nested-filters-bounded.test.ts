// Filters nest: a union variant whose array must contain an item of a type that is itself filtered.
// Each filter alone gives up after MAX_CANDIDATES, but their product was unbounded: found by random
// schemas judged by every runtime, a document whose run never ended (stopped after 10 minutes). Now
// one draw gives up past a budget of rejections at every depth, a union variant that gave up twice is
// tried last, and an item `contains` asks for is drawn for the array's items too (`contains: {}`
// beside `items: {"const": null}`: drawn for `{}` alone, almost no item fit). The sampling runs in a
// child process, so a generator that loops fails on its timeout.
import { describe, expect, it } from "vitest";
import { runScript } from "./childProcess.ts";

const SCRIPT = `
import fc from "fast-check";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { ValidInstances } from "./src/arbitraries/index.ts";
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    // No array of strings and objects can contain an array: this variant has no value.
    Root: { anyOf: [{ type: "array", items: { type: ["string", "object"] }, minItems: 2, uniqueItems: true, contains: { $ref: "#/$defs/Lists" } }, { type: "boolean" }] },
    Lists: { type: "array", items: { type: "array", items: { const: null }, minItems: 1, contains: {} }, minItems: 2, uniqueItems: true },
  },
};
const model = buildModel(toSourceDocument(document, "nested.json"), { name: "Nested" });
const instances = new ValidInstances(model);
console.log(JSON.stringify({ roots: fc.sample(instances.of("Root"), { seed: 3, numRuns: 20 }), lists: fc.sample(instances.of("Lists"), { seed: 3, numRuns: 20 }) }));
`;

describe("nested generator filters", () => {
  it("give up within a bounded budget where no value exists, and find the values that do", { timeout: 120_000 }, () => {
    const run = runScript(SCRIPT, 60_000);
    expect(run.finished, "the generator did not finish within a minute").toBe(true);
    expect(run.status, run.stderr).toBe(0);
    const { roots, lists } = JSON.parse(run.stdout) as { roots: unknown[]; lists: unknown[][] };
    expect(roots.map((root) => typeof root)).toEqual(Array.from({ length: 20 }, () => "boolean"));
    expect(lists).toHaveLength(20);
    for (const list of lists) for (const item of list) expect(item).toEqual(expect.arrayContaining([null]));
  });
});
