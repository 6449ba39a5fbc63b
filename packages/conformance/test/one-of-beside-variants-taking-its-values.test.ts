// Regression (found by fuzz V, seeds 57002 draft-04 (top level) and 57003 draft-04 (D2): "GENERATOR
// GAVE UP ... (oneOf: exactly one variant matches)"; shrunk): a oneOf variant whose every value another
// variant matches too has no value alone. A draft-04 `$ref` beside a oneOf is read into each variant:
// `{}` and `{type: object}` with it are one map type, twice, and the `$ref` itself an object type of
// the same values, so no value matches one variant only; and beside two variants taking every value,
// `{type: object}` matches none alone. Both were drawn until the run gave up. Control: a string
// variant narrowing another leaves the other's short strings, and the integers.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    Counts: { type: "object", additionalProperties: { type: "integer" } },
    RefBesideItsOwnVariants: { oneOf: [{ type: "object" }, {}, { $ref: "#/definitions/Counts" }], $ref: "#/definitions/Counts" },
    BesideTwoTakingEveryValue: { oneOf: [{ type: ["string", "integer", "number", "boolean", "null", "object", "array"] }, {}, { type: "object" }] },
    NarrowedString: { oneOf: [{ type: "string" }, { type: "string", minLength: 2 }, { type: "integer" }] },
  },
};
const { suite } = suiteOfDocument(document, "test:one-of-beside-variants-taking-its-values", "OneOfBesideVariantsTakingItsValues");

it("a oneOf variant another variant takes every value of matches no value alone", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["BesideTwoTakingEveryValue", "RefBesideItsOwnVariants"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "NarrowedString")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "Counts")?.instances).toBe(40);
});
