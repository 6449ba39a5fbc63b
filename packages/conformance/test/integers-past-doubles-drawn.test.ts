// A document writing an integer a double does not hold (`const: 9007199254740993`): the model reads it
// as its double and draws that, while Python and Swift are given the document with the literal as
// written. Found by sweep M: every drawn valid instance reached DRF, jsonschema and fastjsonschema as
// 9007199254740992, which they compared exactly with the literal and refused.
import { resolve } from "node:path";
import { buildModel, findTarget, integerSpellingsOf, longIntegerLiteralsOf, longIntegersOf, toSourceDocument } from "@clone/codegen";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { runConformance, sampleInstances } from "../src/run.ts";
import { startRuntimes } from "../src/runtimes.ts";
import { documentSuite } from "../src/suite.ts";

const TEXT = '{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"Big": {"type": "object", "properties": {"id": {"const": 9007199254740993}, "n": {"type": "integer"}}, "required": ["id"]}}}';

describe("instances drawn for a document writing integers past a double's reach", () => {
  const model = buildModel({ ...toSourceDocument(JSON.parse(TEXT), "big.json"), integerSpellings: integerSpellingsOf(TEXT) }, { name: "Big" });
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
  afterAll(() => suite.dispose());
  const big = suite.schemas.find((schema) => schema.name === "Big")!;

  it("reach the runtimes that read numbers exactly with the document's literal, valid and invalid alike", () => {
    const valid = sampleInstances(big, "valid", 1, 20);
    expect(valid).toHaveLength(20);
    for (const drawn of valid) expect(drawn.instanceText).toContain('"id":9007199254740993');
    const invalid = sampleInstances(big, "invalid", 1, 20).filter((drawn) => JSON.stringify(drawn.instance).includes("9007199254740992"));
    expect(invalid.length).toBeGreaterThan(0);
    for (const drawn of invalid) expect(drawn.instanceText).toContain("9007199254740993");
  });
});

// A range wholly past ±(2^53 − 1) was given up on (reported, the schema left unjudged): its integers
// are drawn as doubles, each written as the exact integer it stands for, and that integer must lie in
// the range as the document writes it (9007199254740993 alone is reached only by its literal).
const RANGES_TEXT =
  '{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {' +
  '"Above": {"type": "integer", "minimum": 9223372036854775807},' +
  '"Between": {"type": "integer", "minimum": 9223372036854775807, "maximum": 18446744073709551615, "multipleOf": 7},' +
  '"Only": {"type": "integer", "minimum": 9007199254740993, "maximum": 9007199254740993},' +
  '"Below": {"type": "integer", "exclusiveMaximum": -9223372036854775809},' +
  '"Even": {"type": "number", "minimum": 9007199254740990, "maximum": 9007199254740993, "multipleOf": 2}}}';
const EXACT_RANGES: Record<string, { low?: bigint; high?: bigint; multipleOf?: bigint }> = {
  Above: { low: 9223372036854775807n },
  Between: { low: 9223372036854775807n, high: 18446744073709551615n, multipleOf: 7n },
  Only: { low: 9007199254740993n, high: 9007199254740993n },
  Below: { high: -9223372036854775810n },
  // Campaign O, seed 41003: a number whose bound's double (2^53) was drawn and written as the bound's
  // odd literal, which Python refused under `multipleOf: 2`.
  Even: { low: 9007199254740990n, high: 9007199254740993n, multipleOf: 2n },
};

describe("instances drawn for an integer range wholly past a double's exact integers", () => {
  const model = buildModel({ ...toSourceDocument(JSON.parse(RANGES_TEXT), "ranges.json"), integerSpellings: integerSpellingsOf(RANGES_TEXT) }, { name: "Ranges" });
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
  afterAll(() => suite.dispose());

  it.each(Object.entries(EXACT_RANGES))("%s: drawn, each written as an integer of the range the document writes", (name, { low, high, multipleOf }) => {
    const schema = suite.schemas.find((each) => each.name === name)!;
    const valid = sampleInstances(schema, "valid", 1, 100);
    expect(valid).toHaveLength(100);
    for (const drawn of valid) {
      const written = BigInt(drawn.instanceText ?? JSON.stringify(drawn.instance));
      if (low !== undefined) expect(written >= low).toBe(true);
      if (high !== undefined) expect(written <= high).toBe(true);
      if (multipleOf !== undefined) expect(written % multipleOf).toBe(0n);
      // The text names the double AJV is given, or the document's literal of it.
      expect(Number(written)).toBe(drawn.instance);
    }
  });
});

// uint64's largest beside 2^64: two literals, one double once parsed. The document the Python validators
// read wrote that double as JSON.stringify does, 18446744073709552000, a third integer, so jsonschema and
// fastjsonschema refused every drawn {"limit": 2^64} that AJV and DRF took (168 of 400 disagreements).
const ROUNDED_TEXT =
  '{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"Rounded": {"type": "object", "properties": {' +
  '"count": {"type": "integer", "maximum": 18446744073709551615}, "limit": {"enum": [18446744073709551616]}}}}}';

describe("a document two of whose integer literals round to one double", () => {
  const { spellings, roundedTogether } = longIntegersOf(longIntegerLiteralsOf(ROUNDED_TEXT));
  const source = { ...toSourceDocument(JSON.parse(ROUNDED_TEXT), "rounded.json"), integerSpellings: spellings, integersRoundedTogether: roundedTogether };
  const model = buildModel(source, { name: "Rounded" });
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
  afterAll(() => suite.dispose());

  it("is judged alike by AJV, jsonschema, fastjsonschema and DRF", { timeout: 120_000 }, async () => {
    const runtimes = await startRuntimes(resolve(import.meta.dirname, "../../.."), suite, { swift: false });
    let result;
    try {
      result = await runConformance(suite, runtimes, { seed: 5, runs: 100, otherRuns: 0, shrinkMillis: 2_000 });
    } finally {
      await runtimes.close();
    }
    expect(result.instances).toBe(200);
    expect(result.disagreements.map((d) => `${d.kind}: ${JSON.stringify(d.instance)}`)).toEqual([]);
  });
});
