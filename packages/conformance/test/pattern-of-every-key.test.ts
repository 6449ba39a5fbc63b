// Regression (found by fuzz Q, seed 52001 draft-07: "GENERATOR GAVE UP D1 (valid): cannot generate a
// valid value for D1Contains (a key no pattern matches that is not declared): 10000 candidates were
// rejected, at every depth"): an object rule with `patternProperties: {".*": …}` beside
// `additionalProperties`, under a `contains` whose conditional only numbers pass. The generator drew
// keys for additionalProperties, every one of which `.*` claims, so each object it tried spent forty
// rejections of its draw's budget on keys it could never have, and the budget ran out before the
// conditional's filter found a number. A pattern that matches every key now leaves additionalProperties
// no key to draw.
import fc from "fast-check";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { describe, expect, it } from "vitest";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { validInstances } from "../src/arbitraries/index.ts";
import { matchesEveryString } from "../src/arbitraries/strings.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

// The shrunk document: items must contain a number (a string must be an email, which `^[a-z]+$` forbids).
const containsANumber = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    D1: {
      contains: {
        if: { type: "string" },
        then: false,
        else: { type: "number" },
        required: ["b"],
        patternProperties: { ".*": { enum: [null] } },
        additionalProperties: {},
      },
    },
  },
};

describe("a pattern that matches every key", () => {
  it("leaves additionalProperties no key to draw, so no candidate is rejected for one", () => {
    const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "object", required: ["id"], properties: { id: { type: "integer" } }, patternProperties: { ".*": { type: "integer" } }, additionalProperties: { type: "string" } };
    const model = buildModel(toSourceDocument(document, "every-key.json"), { name: "EveryKey" });
    const stats = new FilterStats();
    const values = fc.sample(validInstances(model, "EveryKey", { stats }), { seed: 3, numRuns: 50 }) as Record<string, unknown>[];
    expect(values.some((value) => Object.keys(value).length > 0)).toBe(true);
    expect(stats.lines().filter((line) => line.includes("a key no pattern matches"))).toEqual([]);
  });

  const shrunk = suiteOfDocument(containsANumber, "fuzz-q-52001-draft-07.json", "EveryKeyContains");
  it.each(["valid", "invalid"] as const)("leaves the draw its budget for the rest of a schema (%s instances of the shrunk document)", (kind) => {
    expect(shrunk.drawn("D1", kind, 5, 50)).toHaveLength(50);
  });

  it.each([
    [".*", true],
    ["^.*", true],
    ["", true],
    ["^(a|)", true],
    ["a*", true],
    ["^.*$", false],
    ["^$", false],
    ["[^a]*", false],
    ["(?!x)", false],
    ["\\b", false],
    ["^x-", false],
    [".+", false],
  ])("reads %s as matching every string: %s", (pattern, every) => {
    expect(matchesEveryString(pattern)).toBe(every);
  });
});
