// Regression (found on OpenAPI 3.0's schema by the sweep, seed 3 with 300 runs: "GENERATOR GAVE UP
// Openapi30 (invalid): cannot generate a valid value for Reference (a key matching ^\$ref$ that is not
// declared): 10000 candidates were rejected, at every depth"): Reference is
// `{required: ["$ref"], patternProperties: {"^\\$ref$": {type: string}}}`, a pattern whose only match
// is the key the object already declares. The generator drew extra keys for it, every candidate was
// that declared key, and each of the document's many References spent forty rejections of its draw's
// budget finding none. A pattern that spells out the keys it matches now draws its extra keys from
// those that are not declared, and none when there are none.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { validInstances } from "../src/arbitraries/index.ts";
import { patternKeys } from "../src/arbitraries/strings.ts";

const reference = { type: "object", required: ["$ref"], patternProperties: { "^\\$ref$": { type: "string" } } };

describe("a pattern that matches only keys it spells out", () => {
  it("adds no rejected candidates where its only key is declared, so many of it fit one draw", () => {
    const document = {
      $schema: "http://json-schema.org/draft-04/schema#",
      type: "object",
      required: ["refs"],
      // A pattern of its own makes the root one filtered draw, whose budget every Reference below shares.
      patternProperties: { "^x-": {} },
      properties: { refs: { type: "array", minItems: 300, items: { $ref: "#/definitions/Reference" } } },
      definitions: { Reference: reference },
    };
    const model = buildModel(toSourceDocument(document, "references.json"), { name: "References" });
    const stats = new FilterStats();
    const values = fc.sample(validInstances(model, "References", { stats }), { seed: 3, numRuns: 5 });
    expect(values).toHaveLength(5);
    expect(stats.lines().filter((line) => line.includes("^\\$ref$"))).toEqual([]);
  });

  it("draws the keys it spells out that are not declared", () => {
    const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { get: { type: "integer", minimum: 0 } }, patternProperties: { "^(get|put|p\\.st)$": { type: "integer" } }, additionalProperties: false };
    const model = buildModel(toSourceDocument(document, "methods.json"), { name: "Methods" });
    const keys = new Set(fc.sample(validInstances(model, "Methods"), { seed: 1, numRuns: 200 }).flatMap((value) => Object.keys(value as object)));
    expect([...keys].sort()).toEqual(["get", "p.st", "put"]);
  });

  it.each([
    ["^\\$ref$", ["$ref"]],
    ["^(?:a|b\\-c)$", ["a", "b-c"]],
    ["^(get|put)$", ["get", "put"]],
    ["^x-", undefined],
    ["^a+$", undefined],
    ["^(a|b)c$", undefined],
    ["^a$|^b$", undefined],
    ["^\\d$", undefined],
    ["^.$", undefined],
  ])("reads %s as the keys %j", (pattern, keys) => {
    expect(patternKeys(pattern)).toEqual(keys);
  });
});
