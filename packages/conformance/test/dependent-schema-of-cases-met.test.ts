// Regression (found by fuzz AU, seed 92005 OpenAPI 3.1 index 0, D2: "GENERATOR GAVE UP D2 (valid):
// cannot generate a valid value for propertyNames at /$defs/D2/propertyNames, …, dependentSchema at
// /dependentSchemas/kind: 500 candidates in a row were rejected", valid and invalid alike, though
// `{"kind": "v0"}` is a value; shrunk): an object requiring `kind`, whose `dependentSchemas.kind` is an
// `anyOf` of objects each pinning `kind` to a constant. The dependency always applies, and the object's
// own `kind` takes any value: the candidates' `kind` almost never was one a case takes, and the values a
// dependent schema refuses were redrawn only where it is one object, not a union of them. Now a union's
// case is drawn and the candidate's keys are redrawn for it. Controls: the key optional (objects that
// fail the dependency leave it out, as before), and cases no tag tells apart (the key's type).
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const casesPinningKind = {
  anyOf: [
    { type: "object", properties: { kind: { const: "v0" } }, required: ["kind"] },
    { type: "object", properties: { kind: { const: "v1" } }, required: ["kind"], additionalProperties: false },
  ],
};
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    RequiredKeyOfDependentCases: { type: "object", required: ["kind"], dependentSchemas: { kind: casesPinningKind } },
    RequiredKeyOfDependentCasesNamedKeys: { type: "object", required: ["kind"], propertyNames: { enum: ["a", "b", "kind"] }, dependentSchemas: { kind: casesPinningKind } },
    OptionalKeyOfDependentCases: { type: "object", dependentSchemas: { kind: casesPinningKind } },
    RequiredKeyOfDependentCasesByType: {
      type: "object",
      required: ["size"],
      dependentSchemas: { size: { oneOf: [{ properties: { size: { type: "integer", minimum: 10 } } }, { properties: { size: { type: "string", minLength: 3 } } }] } },
    },
  },
};
const schemas = Object.keys(document.$defs);
const { suite } = suiteOfDocument(document, "test:dependent-schema-of-cases-met", "DependentSchemaOfCasesMet");

it("an object requiring the key of a dependent schema of cases gets the values one of its cases asks for", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 8, otherRuns: 8 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.disagreements).toEqual([]);
  for (const schema of schemas) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(16);
});
