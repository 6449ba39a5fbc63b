// Regression (found on SchemaStore's semgrep rule schema, 11c281e26573, once its conditionals on
// `mode` were read as the cases they are: "GENERATOR GAVE UP Semgrep (invalid) ... 10000 candidates
// were rejected"; shrunk): rules that ask for exactly one of many optional keys, written with
// `required` alone.
// - A conditional's branch of `{required: [k]}` variants (`then: {oneOf: [{required: [pattern]},
//   {required: [patterns]}, …]}`) was offered whole, its key holding any JSON value, which the key's
//   own type refuses; left to the filter, a candidate holding exactly one of the keys was too rare.
//   Now a candidate gets one choice of keys, its values drawn for the object's own type there, and
//   (for `oneOf`) the other choices' keys taken out.
// - `not: {anyOf: [{required: [b]}, {required: [c]}, …]}` ("pattern and none of the others") was left
//   to the filter; `not: {required: [...]}` alone was constructed. Now each key set in turn loses a key.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const keys = Array.from({ length: 16 }, (_, index) => `k${index}`);
const declared = Object.fromEntries([...keys, "other"].map((key) => [key, { type: "string", minLength: 1 }]));
const exactlyOne = (among: readonly string[]) => ({ oneOf: among.map((key) => ({ required: [key] })) });
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ChosenByConditional: {
      type: "object",
      properties: declared,
      additionalProperties: false,
      if: { anyOf: keys.map((key) => ({ required: [key] })) },
      then: exactlyOne(keys),
      else: exactlyOne([...keys, "other"]),
    },
    ChosenByNot: {
      type: "object",
      properties: declared,
      additionalProperties: false,
      oneOf: keys.map((key) => ({ required: [key], not: { anyOf: keys.filter((other) => other !== key).map((other) => ({ required: [other] })) } })),
    },
  },
};
const { suite } = suiteOfDocument(document, "test:required-key-choices", "RequiredKeyChoices");

for (const schema of ["ChosenByConditional", "ChosenByNot"]) {
  it(`${schema}: an object holding exactly one of sixteen optional keys is drawn`, async () => {
    const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 50, otherRuns: 0, schemas: [schema] });
    expect(result.generatorGaveUp).toEqual([]);
    expect(result.tallies.find((tally) => tally.schema === schema)?.instances).toBe(100);
    expect(result.disagreements).toEqual([]);
  });
}
