// Regression (found by fuzz AD, seed 64008 OpenAPI 3.1 index 0, D0: "GENERATOR GAVE UP D0 (valid): cannot
// generate a valid value for D0Item (oneOf: exactly one variant matches): 500 candidates in a row were
// rejected", 158 of 200 valid and 170 of 200 invalid instances; shrunk, kept as AsFound): items of
// `oneOf: [{}, {required: [a], …}]`. The object naming no type takes every value but objects, so `{}`
// matches alone only objects lacking `a`; deep in a recursive value the candidates drawn for `{}` were
// small scalars only, each refused, until the draw gave up. `{}` is now drawn from the families no other
// variant takes whole. Beside it, a map whose values are `{}` through a name (`unevaluatedProperties:
// {$ref}`) takes every object, so the items have no value and the arrays are empty: the map was not
// seen to take every object, and `{}`'s objects were drawn and refused until the draw gave up.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Recursive: { items: { oneOf: [{}, { required: ["a"], additionalProperties: { $ref: "#/$defs/Recursive" } }] } },
    AsFound: { items: { oneOf: [{}, { $ref: "#/$defs/RequiringAKey" }] } },
    RequiringAKey: { required: ["é"], unevaluatedProperties: { $ref: "#/$defs/AnyOfBack" } },
    AnyOfBack: { anyOf: [{ $ref: "#/$defs/Back" }] },
    Back: { properties: { enum: { anyOf: [{ $ref: "#/$defs/AsFound" }] } } },
    EveryValueThroughAName: { type: "array", items: { oneOf: [{}, { $ref: "#/$defs/MapOfAnything" }] } },
    MapOfAnything: { unevaluatedProperties: { $ref: "#/$defs/Anything" } },
    Anything: {},
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-of-every-value-beside-an-object-naming-no-type", "OneOfOfEveryValueBesideAnObject");

it("a oneOf's {} beside an object naming no type is drawn as the objects it matches alone", async () => {
  const schemas = ["Recursive", "AsFound", "EveryValueThroughAName"];
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4, schemas });
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of schemas) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(8);
});
