// Regression (found by fuzz AE, seed 65002 OpenAPI 3.1 index 0, D3: "GENERATOR GAVE UP D3 (valid): cannot
// generate a valid value for not at /$defs/D3, not at /$defs/D0/not, propertyNames at
// /$defs/D3/propertyNames and 2 more: 500 candidates in a row were rejected", all 200 valid and 200
// invalid instances, the document's run ten minutes long; shrunk, kept as AsFound): an object requiring
// `A` beside `propertyNames: {pattern: "^[a-z]+$"}` has no value. Beside unevaluatedProperties the model
// reads `dependentSchemas: {kind: {oneOf: [{const: {}}]}}` as a oneOf of the object holding `kind` (the
// constant `{}` with the object's rules as an allOf part) and the object not holding it; the keys every
// variant requires were not read through the constant, so the refused key went unseen and objects were
// drawn until the draw gave up. Control: where only the variant holding `kind` requires the refused key
// (a dependentRequired), the other variant's objects are drawn.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const dependentSchemas = { kind: { oneOf: [{ const: {} }] } };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    AsFound: { type: "object", required: ["A"], propertyNames: { pattern: "^[a-z]+$" }, unevaluatedProperties: true, dependentSchemas },
    RefusedInOneVariantOnly: { type: "object", dependentRequired: { kind: ["A"] }, propertyNames: { pattern: "^[a-z]+$" }, unevaluatedProperties: true, dependentSchemas },
  },
};
const { suite } = suiteOfDocument(document, "test:required-key-refused-by-name-beside-dependent-schemas", "RequiredKeyRefusedByName");

it("a key every case of dependentSchemas requires, refused by propertyNames, leaves no value", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4, drawMillis: 20_000 });
  expect([...result.withoutFiniteValue]).toEqual(["AsFound"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "RefusedInOneVariantOnly")?.instances).toBe(8);
});
