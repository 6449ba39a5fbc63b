// Schemas the run cannot judge as asked, named by it while it judges the rest. Each was the end of the
// whole run before, naming nothing of use:
// - a type whose every value contains another of it (or that admits none: `false`) (a tree that must have a child, an array that must
//   contain itself) has no finite value: "Maximum call stack size exceeded" (found by random schemas:
//   `D0: {type: array, contains: {const: [], $ref: D0}}`). Now it is named and left unjudged, and an
//   optional place of it (a property, a nullable, a map, an array that may be empty) stays empty;
// - a type every value satisfies (`"A": {}`, a definition of a file without root) has no invalid
//   instance: "cannot generate a valid value for invalid A … 500 candidates in a row were rejected".
//   Now its valid instances are judged and the run says why there are no invalid ones; so too a
//   conditional whose `if` every value satisfies, with no `then`, and a `not` of a schema that admits none;
// - where a filter gives up (a declared key whose value and a pattern's value have nothing in common),
//   that schema's instances of that kind are listed and left out, the others judged, and the run fails;
//   and an array of distinct items that cannot have enough of them gives up instead of hanging;
// - a value that is only a conditional whose every branch admits none has no value (its generator gave up
//   after 500 rejected candidates), and one whose `then` alone admits none has the values that take
//   `else` (its generator drew from the empty branch and gave up too). Found by random schemas.
import { buildModel, findTarget, toSourceDocument } from "@clone/codegen";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { ValidInstances } from "../src/arbitraries/index.ts";
import { hasFiniteValue } from "../src/arbitraries/sizes.ts";
import type { JsonObject } from "../src/json.ts";
import { formatUnjudged } from "../src/report.ts";
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
    Nothing: false,
    // Every branch a value can take admits none (found by random schemas: the generator gave up, 500 rejected candidates).
    BranchesOfNothing: { if: { type: "string" }, then: false, else: { type: "integer", enum: ["x"] } },
    // Only `then` admits none: every value but a string passes.
    ThenOfNothing: { if: { type: "string" }, then: false },
    Anything: {},
    AnythingOrFlag: { anyOf: [{}, { type: "boolean" }] },
    // An `if` every value satisfies with no `then`: its `else` is never taken (fuzz Q, seed 52001 draft-07:
    // every mutation stayed valid, and the generator gave up on its invalid instances).
    AlwaysIf: { if: { anyOf: [{ const: "x" }, {}] }, else: { type: "null" } },
    // A `not` of a schema that admits no value (fuzz Q, seed 52002 draft-04: every mutation matched nothing).
    NotOfNothing: { not: { oneOf: [{ enum: ["ab"], minLength: 3, maxLength: 1 }] } },
    // oneOf: a boolean matches both variants, so booleans are invalid.
    NotBooleans: { oneOf: [{}, { type: "boolean" }] },
    // Three distinct booleans: none. (fc.uniqueArray drew for them forever: the run hung.)
    DistinctFlags: { type: "array", items: { type: "boolean" }, minItems: 3, uniqueItems: true },
    DistinctPair: { type: "array", items: { enum: ["a", "b", "c"] }, minItems: 2, uniqueItems: true },
    // A required key its declared schema and a pattern spelling it out type apart: none. The model knows
    // it since c7e045f joined such a pattern's rule to the key's (before, the generator gave up on it).
    Clash: { type: "object", required: ["k"], properties: { k: { type: "integer" } }, patternProperties: { "^k$": { type: "string" } } },
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

describe("schemas the run cannot judge as asked", () => {
  it("types without a finite value are told apart from those with one", () => {
    const finite = (name: string) => hasFiniteValue(model, name);
    expect([finite("Tree1"), finite("MustContainItself"), finite("Nothing"), finite("BranchesOfNothing")]).toEqual([false, false, false, false]);
    expect([finite("Tree0"), finite("TypelessSelf"), finite("Holder"), finite("ThenOfNothing")]).toEqual([true, true, true, true]);
  });

  it("optional places holding a type without a finite value stay empty", () => {
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
    onTestFinished(() => suite.dispose()); // made while the test runs: an afterAll added now is ignored
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
    expect([...result.withoutFiniteValue].sort()).toEqual(["BranchesOfNothing", "Clash", "MustContainItself", "Nothing", "Tree1"]);
    expect([...result.acceptingEveryValue].sort()).toEqual(["AlwaysIf", "Anything", "AnythingOrFlag", "NotOfNothing"]);
    expect(result.generatorGaveUp.map(({ schema, kind }) => `${schema}/${kind}`).sort()).toEqual(["DistinctFlags/invalid", "DistinctFlags/valid"]);
    const judged = Object.fromEntries(result.tallies.map((tally) => [tally.schema, tally.instances]));
    // Valid and invalid for the others; valid only for the two that take everything.
    expect(judged).toEqual({ AlwaysIf: 20, Anything: 20, AnythingOrFlag: 20, NotOfNothing: 20, DistinctPair: 40, Holder: 40, NotBooleans: 40, ThenOfNothing: 40, Tree0: 40, TypelessSelf: 40 });
    expect(result.failedInstances).toBe(0);
    const lines = formatUnjudged(result);
    expect(lines).toHaveLength(11);
    expect(lines.filter((line) => line.startsWith("NO FINITE VALUE "))).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith("ACCEPTS EVERY VALUE "))).toHaveLength(4);
    expect(lines.filter((line) => /^GENERATOR GAVE UP DistinctFlags \((valid|invalid)\): cannot generate/.test(line))).toHaveLength(2);
  });
});

// Regression (found on GitHub's webhook schema, whose `secret-scanning-location` is `"type": "object",
// "additionalProperties": false` beside a `oneOf` of objects requiring `type` and `details`, keys the
// outer additionalProperties forbids: the merged variants require properties of `not {}`; the run
// stopped with "cannot generate a valid value for …Object (requires type, which no value satisfies)",
// exit 2): a part no value satisfies at all has no finite value either, so a type that requires it
// (an object, a union of only such variants, the event requiring it as `location`) is named and left
// unjudged like the others, and an optional place of it stays empty.
describe("types requiring a part no value satisfies", () => {
  const variant = (tag: string) => ({ type: "object", required: ["type"], properties: { type: { enum: [tag] } }, additionalProperties: false });
  const forbidden = {
    $schema: "http://json-schema.org/draft-07/schema#",
    definitions: {
      location: { type: "object", additionalProperties: false, oneOf: [variant("commit"), variant("issue")] },
      event: { type: "object", required: ["location"], properties: { location: { $ref: "#/definitions/location" }, id: { type: "integer" } } },
      maybe: { type: "object", properties: { location: { $ref: "#/definitions/location" }, id: { type: "integer" } } },
    },
  };
  const forbiddenModel = buildModel(toSourceDocument(structuredClone(forbidden), "test:no-value-part"), { name: "NoValuePart" });

  it("are named by the run, and an optional place of them stays empty", async () => {
    const maybeName = forbiddenModel.types.find((type) => type.definitionName === "maybe")!.name;
    const maybes = fc.sample(new ValidInstances(forbiddenModel).of(maybeName), { seed: 3, numRuns: 100 }) as JsonObject[];
    expect(maybes.some((instance) => "location" in instance)).toBe(false);
    const [schemaFile] = findTarget("json-schema").render([forbiddenModel], {});
    const suite = documentSuite(forbiddenModel, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
    onTestFinished(() => suite.dispose()); // made while the test runs: an afterAll added now is ignored
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
    expect([...result.withoutFiniteValue].sort()).toEqual(["event", "location"]);
    expect(result.tallies.map((tally) => tally.schema)).toEqual(["maybe"]);
    expect(result.failedInstances).toBe(0);
  });
});
