// Regression (fuzz BC, seed 95004, an OpenAPI 3.0 document, cut down to its construct): a draft-04
// `oneOf` variant `allOf: [{const: "a"}, {type: string, pattern: x, format: date-time}]` admits no
// value ("a" does not match the pattern), so the model drops it, and with it the only schema naming
// `date-time` (shrunk here to the pattern `^[^a]`, which "text" and a date-time match). The Python
// validators check formats by the python-drf module's table, which held only the formats of the
// model's types: jsonschema and fastjsonschema, which ignore `const` in draft-04 (known limitation
// python-validators-ignore-keywords-of-later-drafts), then took "text" for a date-time and accepted
// it. The limitation's reading (the model built without `const`) checks the format and refuses
// "text", so the verdict was a disagreement. The table now holds every format the document writes.
// Controls: a date-time, which AJV refuses by the `const` and the Python validators accept as the
// limitation reads it; 1, which every runtime accepts; and "a", which every runtime refuses.
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { judgeAll } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const DOCUMENT = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    Stamp: {
      oneOf: [{ allOf: [{ const: "a" }, { type: "string", pattern: "^[^a]", format: "date-time" }] }, { enum: [1] }],
    },
  },
};
const LIMITATION = "python-validators-ignore-keywords-of-later-drafts";
const documented = suiteOfDocument(DOCUMENT, "format-of-a-part-that-admits-no-value.json", "FormatOfAPart");

let python: PythonRunner;
beforeAll(() => {
  python = PythonRunner.start(repoRoot, documented.suite);
});
afterAll(async () => python.close());

/** Each runtime's verdict on `instance`, and the limitations the findings on it name (none unnamed). */
async function judged(instance: JsonValue, valid: boolean) {
  const [result] = await judgeAll({ ajv: new AjvRunner(), others: [python] }, documented.schemaOf("Stamp"), [
    { instance, expectation: valid ? { valid: true, statedIn: "this test" } : { valid: false, statedIn: "this test" } },
  ]);
  const verdicts = Object.fromEntries(Object.entries(result!.verdicts).map(([runtime, verdict]) => [runtime, verdict?.valid]));
  return { verdicts, findings: result!.findings.map((finding) => finding.limitation ?? `${finding.column}: unnamed`) };
}

it("a string that is no date-time is refused by every runtime, the Python validators included", { timeout: 120_000 }, async () => {
  expect(await judged("text", false)).toEqual({ verdicts: { ajv: false, jsonschema: false, fastjsonschema: false, drf: false }, findings: [] });
});

it("controls: a date-time is the known limitation's, 1 and \"a\" every runtime's", { timeout: 120_000 }, async () => {
  const stamp = await judged("2026-01-31T09:30:00Z", false);
  expect(stamp.verdicts).toEqual({ ajv: false, jsonschema: true, fastjsonschema: true, drf: false });
  expect(new Set(stamp.findings)).toEqual(new Set([LIMITATION]));
  expect(await judged(1, true)).toEqual({ verdicts: { ajv: true, jsonschema: true, fastjsonschema: true, drf: true }, findings: [] });
  expect(await judged("a", false)).toEqual({ verdicts: { ajv: false, jsonschema: false, fastjsonschema: false, drf: false }, findings: [] });
});
