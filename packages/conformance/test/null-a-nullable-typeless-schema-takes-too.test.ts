// Regression (found by fuzz AU, seed 91004 OpenAPI 3.0 index 1, GetRootResponse200: "GENERATOR GAVE UP
// GetRootResponse200 (invalid): … 20 of its 20 invalid instances could not be drawn"; shrunk): a
// nullable schema naming no type whose `not` matches all but null, "true" and arrays of three items or
// more. Its valid instances are nulls (the non-null side, naming no type, lets null through too, and
// the others are rarely drawn), and the walker listed a null of a nullable as the nullable's own null,
// outside the inner type's rules: no mutation applied to it, and every invalid instance gave up. Now a
// null the inner type takes too is walked as that type's value, under its rules (match-a-not, …).
// Controls: the same schema not nullable (its null was walked under the rules already), and a nullable
// string under a `not` (the inner type takes no null: the null stays the nullable's own).
import { afterAll, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { documentSuite } from "../src/suite.ts";

const refusingAllButNullTrueAndLongArrays = { required: ["a"], not: { not: { enum: [null, "true"] }, maxItems: 2 } };
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    NullableTypelessRefusingAlmostAll: { anyOf: [{ type: "null" }, refusingAllButNullTrueAndLongArrays] },
    TypelessRefusingAlmostAll: refusingAllButNullTrueAndLongArrays,
    NullableStringUnderANot: { anyOf: [{ type: "null" }, { type: "string", not: { const: "x" } }] },
  },
};
const schemas = Object.keys(document.definitions);
const model = buildModel(toSourceDocument(structuredClone(document) as JsonObject, "test:null-a-nullable-typeless-schema-takes-too"), { name: "NullTakenToo" });
// AJV judges the document as written: the oracle of every instance.
const suite = documentSuite(model, document as JsonObject, { kind: "none" });
afterAll(() => suite.dispose());

it("a null the non-null side of a nullable takes too is broken by that side's rules: every invalid instance drawn, AJV refuses each", { timeout: 240_000 }, async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 4, runs: 8, otherRuns: 8 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of schemas) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(16);
});
