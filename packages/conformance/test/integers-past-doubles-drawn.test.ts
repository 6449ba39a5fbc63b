// A document writing an integer a double does not hold (`const: 9007199254740993`): the model reads it
// as its double and draws that, while Python and Swift are given the document with the literal as
// written. Found by sweep M: every drawn valid instance reached DRF, jsonschema and fastjsonschema as
// 9007199254740992, which they compared exactly with the literal and refused.
import { buildModel, findTarget, integerSpellingsOf, toSourceDocument } from "@clone/codegen";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { sampleInstances } from "../src/run.ts";
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
