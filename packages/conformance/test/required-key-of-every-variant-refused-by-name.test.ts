// Regression (found by fuzz AC, seed 62009 OpenAPI 3.1 index 0, D3: "GENERATOR GAVE UP D3 (valid):
// cannot generate a valid value for allOf at /$defs/D3/oneOf, propertyNames at /$defs/D3/propertyNames,
// propertyCount at /$defs/D3/maxProperties …: 500 candidates in a row were rejected"; shrunk): a `$ref`
// to a oneOf of discriminated objects beside `required: [kind, class]` makes each variant an object
// requiring `class`, which the propertyNames enum refuses: no value, where the run drew objects until
// it gave up. Control: where the enum names `class`, objects are left.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    V: { type: "object", properties: { kind: { const: "v" } }, required: ["kind"] },
    W: { type: "object", properties: { kind: { const: "w" }, b: { type: "string" } }, required: ["kind"] },
    Either: { oneOf: [{ $ref: "#/$defs/V" }, { $ref: "#/$defs/W" }] },
    ClassRefusedByName: { $ref: "#/$defs/Either", required: ["kind", "class"], propertyNames: { enum: ["a", "b", "kind"] }, maxProperties: 2 },
    ClassNamed: { $ref: "#/$defs/Either", required: ["kind", "class"], propertyNames: { enum: ["a", "b", "kind", "class"] }, maxProperties: 2 },
  },
};
const { suite } = suiteOfDocument(document, "test:required-key-of-every-variant-refused-by-name", "RequiredKeyOfEveryVariantRefusedByName");

it("a union whose every variant requires a key its propertyNames refuses admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4 });
  expect([...result.withoutFiniteValue]).toEqual(["ClassRefusedByName"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ClassNamed")?.instances).toBe(8);
});
