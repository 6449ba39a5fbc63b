// Regression (found by sweep AH on flagd's targeting.json, open-feature/flagd-schemas json/targeting.json,
// Apache-2.0; shrunk): an operand is `oneOf: [reference, rule, null]`, a rule a oneOf of objects whose operands are
// arrays of operands. Asking which JSON types the operand's oneOf takes whole asks which types each
// variant admits, and the rule's oneOf asks in turn which types its objects take whole, down to the
// operand again: that question was asked with no memory of the names above it, so it came back to the
// operand without end and the run stopped with "Maximum call stack size exceeded" before drawing any
// instance. A control without the cycle (the operand's items plain strings) runs the same way.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const rulesOf = (operand: object) => ({
  oneOf: [
    { type: "object", additionalProperties: false, properties: { if: { type: "array", items: operand } } },
    { type: "object", additionalProperties: false, properties: { not: { type: "array", items: operand } } },
  ],
});
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Reference: { type: "object", additionalProperties: false, properties: { $ref: { type: "string" } } },
    Args: { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Rule" }, { type: "null" }] },
    Rule: rulesOf({ $ref: "#/definitions/Args" }),
    PlainArgs: { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/PlainRule" }, { type: "null" }] },
    PlainRule: rulesOf({ type: "string" }),
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-reached-again-through-its-variants", "OneOfReachedAgain");

it("a oneOf reached again through its own variants' items is drawn and judged", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of ["Args", "Rule", "PlainArgs", "PlainRule"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances).toBe(40);
  expect(result.disagreements).toEqual([]);
});
