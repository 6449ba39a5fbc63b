// Regression (found by fuzz AD, seed 64005 OpenAPI 3.1 index 0, the response's root: "GENERATOR GAVE UP
// GetRootResponse200 (valid): cannot generate a valid value for GetRootResponse200Value
// (patternProperties): 500 candidates in a row were rejected", 178 of 200 valid and 175 of 200 invalid
// instances; shrunk, kept as AsFound): an object naming no type requires `class`, whose schema (every
// key's, `patternProperties: {".*": …}`) lists `"é"` beside a oneOf that takes no string: no object has
// a value, only the other JSON types. The sizes knew the key had none, but the drawer gave up on it only
// where its shape admitted none (`false`), and left it out of the objects drawn: declared, it was drawn
// as `{}`, a valid instance AJV rightly refused (`/class: is required`), charged as a disagreement.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const noString = { $ref: "#/$defs/NoString" };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    AsFound: { required: ["class"], patternProperties: { ".*": { enum: ["é"], ...noString } } },
    Declared: { required: ["class"], properties: { class: { enum: ["é"], ...noString } } },
    OfExtraKeys: { required: ["class"], additionalProperties: { enum: ["é"], ...noString } },
    NoString: { oneOf: [{ type: ["string", "boolean"] }, true] },
  },
};
const { suite, drawn } = suiteOfDocument(document, "test:required-key-of-no-value-beside-other-types", "RequiredKeyOfNoValue");
const schemas = ["AsFound", "Declared", "OfExtraKeys"];

it("an object naming no type that requires a key of no value is drawn as values of other types only", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4, schemas });
  expect(result.disagreements).toEqual([]);
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of schemas) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(8);
});

it.each(schemas)("%s: no valid instance drawn is an object", (schema) => {
  const objects = drawn(schema, "valid", 3, 40).filter((value) => typeof value === "object" && value !== null && !Array.isArray(value));
  expect(objects).toEqual([]);
});
