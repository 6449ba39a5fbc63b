// Regression (found by random schemas: `D0: {type: array, contains: {const: [], $ref: D0}}`; the run
// died with "Maximum call stack size exceeded", naming nothing): a type whose every value contains
// another of it (a tree that must have a child, an array that must contain itself) has no finite
// value. The generators said nothing about it and recursed without end, both for the type itself and
// for any optional place holding it. Now such a type is named by the run and left unjudged, and an
// optional place of it (a property, a nullable, a map, an array that may be empty) stays empty.
import { buildModel, findTarget, toSourceDocument } from "@clone/codegen";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ValidInstances } from "../src/arbitraries/index.ts";
import { hasFiniteValue } from "../src/arbitraries/sizes.ts";
import type { JsonObject } from "../src/json.ts";
import { formatWithoutFiniteValue } from "../src/report.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { documentSuite } from "../src/suite.ts";

const tree = (minItems: number) => ({ type: "object", required: ["children"], properties: { children: { type: "array", minItems, items: { $ref: `#/$defs/Tree${minItems}` } } } });
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Tree1: tree(1),
    Tree0: tree(0),
    MustContainItself: { type: "array", contains: { const: [], $ref: "#/$defs/MustContainItself" } },
    // By JSON Schema a value of another type passes a schema naming none: `1` is a finite value.
    TypelessSelf: { required: ["self"], properties: { self: { $ref: "#/$defs/TypelessSelf" } } },
    Holder: {
      type: "object",
      properties: {
        tree: { $ref: "#/$defs/Tree1" },
        maybe: { anyOf: [{ $ref: "#/$defs/Tree1" }, { type: "null" }] },
        trees: { type: "array", items: { $ref: "#/$defs/Tree1" } },
        byName: { type: "object", additionalProperties: { $ref: "#/$defs/MustContainItself" } },
        n: { type: "integer" },
      },
    },
  },
};
const model = buildModel(toSourceDocument(structuredClone(document), "test:no-finite-value"), { name: "NoFiniteValue" });

describe("types without a finite value", () => {
  it("are told apart from those with one", () => {
    const finite = (name: string) => hasFiniteValue(model, name);
    expect([finite("Tree1"), finite("MustContainItself")]).toEqual([false, false]);
    expect([finite("Tree0"), finite("TypelessSelf"), finite("Holder")]).toEqual([true, true, true]);
  });

  it("leave the optional places that hold them empty", () => {
    const holders = fc.sample(new ValidInstances(model).of("Holder"), { seed: 3, numRuns: 200 }) as JsonObject[];
    expect(holders).toHaveLength(200);
    expect(holders.filter((holder) => "n" in holder).length).toBeGreaterThan(0);
    expect(holders.some((holder) => "tree" in holder)).toBe(false);
    for (const holder of holders) {
      if ("maybe" in holder) expect(holder.maybe).toBeNull();
      if ("trees" in holder) expect(holder.trees).toEqual([]);
      if ("byName" in holder) expect(holder.byName).toEqual({});
    }
  });

  it("are named by the run, which judges the others", async () => {
    const [schemaFile] = findTarget("json-schema").render([model], {});
    const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
    afterAll(() => suite.dispose());
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
    expect([...result.withoutFiniteValue].sort()).toEqual(["MustContainItself", "Tree1"]);
    expect(result.tallies.map((tally) => tally.schema).sort()).toEqual(["Holder", "Tree0", "TypelessSelf"]);
    expect(result.instances).toBe(3 * 40);
    expect(result.failedInstances).toBe(0);
    expect(formatWithoutFiniteValue(result)[0]).toMatch(/^NO FINITE VALUE (MustContainItself|Tree1): every value of it contains another/);
  });
});
