// Regression (a sweep of public schemas): union variants that add no case. A variant no value fits
// (cspell's `anyOf: [SemVersionPredicate, {not: {}}]`, npm @cspell/cspell-types, MIT) was a case of
// its own, and a variant written twice (Angular's prerender builder, `anyOf: [{}, {}]` beside its
// properties, npm @angular/cli 21.2 lib/config/schema.json, MIT) a one-case union. The model now
// drops both; here the values it draws, valid and invalid, are judged by AJV on the document as
// written, so dropping them leaves acceptance unchanged.
import { buildModel, toSourceDocument } from "@clone/codegen";
import { afterAll, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { documentSuite } from "../src/suite.ts";

const document: JsonObject = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    SemVersion: { anyOf: [{ type: "string", pattern: "^v[0-9]" }, { not: {} }] },
    NotTrueBesideRules: { oneOf: [{ type: "integer", minimum: 0 }, { type: "string", not: true }, { type: "boolean" }] },
    Prerender: {
      title: "Prerender",
      type: "object",
      properties: { routes: { type: "array", items: { type: "string" }, maxItems: 2 }, routesFile: { type: "string" } },
      additionalProperties: false,
      anyOf: [{}, {}],
    },
    Code: { type: "string", minLength: 2 },
    TwiceReferenced: { anyOf: [{ $ref: "#/definitions/Code" }, { type: "integer" }, { $ref: "#/definitions/Code" }] },
  },
};

const model = buildModel(toSourceDocument(structuredClone(document), "test:variants-adding-no-case"), { name: "VariantsAddingNoCase" });
const suite = documentSuite(model, structuredClone(document), { kind: "none" });
afterAll(() => suite.dispose());

it("variants of no value and repeated variants are no cases, and AJV on the document agrees with every verdict", async () => {
  const kinds = Object.fromEntries(model.types.filter((type) => type.definitionName !== undefined).map((type) => [type.name, type.kind]));
  expect(kinds).toEqual({ SemVersion: "alias", NotTrueBesideRules: "union", Prerender: "object", Code: "alias", TwiceReferenced: "union" });
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 7, runs: 30, otherRuns: 0 });
  expect(result.disagreements.map((d) => `${d.schema} ${d.kind}: ${JSON.stringify(d.instance)} ${d.findings.map((f) => `${f.column}: ${f.reason}`).join("; ")}`)).toEqual([]);
  expect(result.generatorGaveUp).toEqual([]);
  for (const tally of result.tallies) expect(tally.instances, tally.schema).toBe(60);
  expect(result.tallies.map((tally) => tally.schema).sort()).toEqual(["Code", "NotTrueBesideRules", "Prerender", "SemVersion", "TwiceReferenced"]);
});
