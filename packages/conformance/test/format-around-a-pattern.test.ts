// Regression (found by fuzz V, seed 57002 draft-07, D3: "GENERATOR GAVE UP D3 (valid): cannot generate a
// valid value for format uri with x"; shrunk): a uri of at most 8 code points that contains an x was
// drawn neither from the format (its URLs are longer, its short URIs seldom hold an x) nor from the
// pattern (text around an x is seldom a URI), and the run gave up on valid and invalid instances. A
// format's string cut around a pattern's match ("ab:x") meets both; an anchored pattern's match is
// kept at the string's end.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ShortUriWithAnX: { type: "string", maxLength: 8, pattern: "x", format: "uri" },
    ShortUriEndingInY: { type: "string", maxLength: 8, pattern: "y$", format: "uri" },
  },
};
const { suite } = suiteOfDocument(document, "test:format-around-a-pattern", "FormatAroundAPattern");

it("a format whose strings seldom match a pattern within a maxLength is drawn around the pattern's match", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "ShortUriWithAnX")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "ShortUriEndingInY")?.instances).toBe(40);
});
