// Invalid instances of an open enum whose other values are a typeless schema's (`anyOf: [{enum: [x,
// y]}, {pattern: "^[xX]|[yY]$"}]`, as Microsoft's Adaptive Cards writes its enums; codegen's
// enum-beside-a-typeless-pattern.test): a value of another JSON type passes the typeless variant, so
// wrong-json-type broke nothing, and out-of-enum-value left every open enum alone ("breaking it is
// another mutation's job", which none did). Each of the file's 21 enums, judged as a definition, gave
// up on all its invalid instances (found by sweep AI). A value of the enum's type outside its values
// that its other values refuse breaks it. Control: an open enum of any other string, whose invalid
// values are of other types only (wrong-json-type's).
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-06/schema#",
  definitions: {
    Style: { anyOf: [{ enum: ["default", "emphasis"] }, { pattern: "^([d|D][e|E][f|F][a|A][u|U][l|L][t|T])|([e|E][m|M][p|P][h|H][a|A][s|S][i|I][s|S])$" }] },
    Size: { anyOf: [{ enum: [1, 2] }, { minimum: 10 }] },
    AnyName: { anyOf: [{ enum: ["a", "b"] }, { type: "string" }] },
  },
};
const { suite } = suiteOfDocument(document, "test:open-enum-of-a-typeless-pattern-broken", "OpenEnums");

it("an open enum's invalid instances are values of its type its other values refuse", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.disagreements).toEqual([]);
  expect(result.generatorGaveUp).toEqual([]);
  for (const name of ["Style", "Size", "AnyName"]) expect(result.tallies.find((tally) => tally.schema === name)?.instances, name).toBe(40);
});
