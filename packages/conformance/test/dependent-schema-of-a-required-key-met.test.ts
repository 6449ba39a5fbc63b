// Regression (found by fuzz AC, seed 63003 OpenAPI 3.1 index 0, D2: "GENERATOR GAVE UP D2 (valid):
// cannot generate a valid value for conditional at /$defs/D2, …, propertyCount at /$defs/D2/maxProperties
// and 1 more: 500 candidates in a row were rejected"; shrunk): an object requiring `a`, whose
// `dependentSchemas.a` asks each of its values to be an empty object. The dependency always applies,
// and a candidate's values, drawn for the object's own keys, almost never were empty objects: the run
// drew objects until it gave up. Now each value the dependent schema refuses at its key is drawn
// again from what it takes there, and the keys a dependentRequired asks for are added to an object split
// into cases too. Control: where `a` is optional, objects failing the dependency
// leave it out (as before).
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const valuesEmptyObjects = { additionalProperties: { type: "object", additionalProperties: false } };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    RequiredKeyOfADependentSchema: { type: "object", required: ["a"], dependentRequired: { a: ["b"] }, dependentSchemas: { a: valuesEmptyObjects } },
    OptionalKeyOfADependentSchema: { type: "object", dependentRequired: { a: ["b"] }, dependentSchemas: { a: valuesEmptyObjects } },
    // The same document's D2 shrunk further: beside unevaluatedProperties the model splits the object
    // into the case holding `a` and the case not holding it (a oneOf), and the key `b` the
    // dependentRequired asks for was not added to a union's candidates.
    // Found by fuzz AD (seed 64014 OpenAPI 3.0 index 0, D3's items; shrunk): a dependent schema that
    // requires another key, which the candidates seldom held.
    RequiredKeyOfADependentSchemaRequiringAnother: { type: "object", required: ["a"], additionalProperties: { enum: ["a", "b"] }, dependentSchemas: { a: { required: ["kind"] } } },
    RequiredKeyBesideCasesOfADependentSchema: { type: "object", required: ["a"], dependentRequired: { a: ["b"] }, unevaluatedProperties: {}, dependentSchemas: { a: {} } },
  },
};
const { suite } = suiteOfDocument(document, "test:dependent-schema-of-a-required-key-met", "DependentSchemaOfARequiredKeyMet");

it("an object requiring the key of a dependent schema gets the values that schema asks for at each key", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4 });
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of ["RequiredKeyOfADependentSchema", "OptionalKeyOfADependentSchema", "RequiredKeyOfADependentSchemaRequiringAnother", "RequiredKeyBesideCasesOfADependentSchema"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(8);
});
