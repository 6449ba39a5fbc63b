// Regression (found by fuzz AE, seed 65012 OpenAPI 3.0 index 0, V2, the run with Swift: "DISAGREEMENT V2
// (valid instance #162) … swift invalid (dataCorrupted at /é: matches no variant of V2E: Null: not null;
// Object: Expected to decode Dictionary<String, Any> but found number instead)"; shrunk): V2 declares the
// key U+0065 U+0301, whose schema names no type (`not: {type: number, …}` and object keywords, nullable).
// `{"é": -1}` with the undeclared key U+00E9 is valid; Swift's String takes that key for the declared one
// (swift-merges-equivalent-keys) and reads the schema as objects or null (swift-reads-typeless-schemas-
// as-their-type), so it refused -1. AJV takes the instance with its keys in either normal form (-1 passes
// a schema of object keywords), so neither limitation alone explained the refusal, and it was charged
// to Swift as a disagreement. The refusal is now the merge's where the model, read as a known limitation
// of Swift reads it, refuses the instance so re-keyed. Control: the same refusal of the key in NFD, which
// Swift reads as the declared key without any merge, is still a disagreement of typeless reading alone
// (known limitation swift-reads-typeless-schemas-as-their-type), and of a number the declared schema
// takes (an integer schema, read so as well) still a disagreement.
import { expect, it } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { judgeAll, sampleInstances } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import type { Case, Runner, Verdict } from "../src/runners/types.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

/** Swift's verdict as the generated decoder gave it: every instance refused. */
class RefusingSwift implements Runner {
  readonly name = "swift";
  readonly columns = ["swift"];
  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    return cases.map(() => ({ swift: { valid: false, detail: "dataCorrupted at /é: matches no variant" } }));
  }
  async close(): Promise<void> {}
}

// As found, in OpenAPI 3.0 with `nullable: true` beside it; here in 2020-12, where the schema is the same construct.
const DOCUMENT = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    TypelessValue: { type: "object", properties: { "e\u0301": { not: { type: "number", exclusiveMinimum: -1, exclusiveMaximum: 1 }, required: ["b"] } } },
    IntegerValue: { type: "object", properties: { "e\u0301": { type: "integer" } } },
  },
};
const { schemaOf } = suiteOfDocument(DOCUMENT, "test:swift-refusal-of-an-equivalent-key-read-as-typed", "EquivalentKey");

async function swiftFindings(definition: string, instance: JsonValue) {
  const schema = schemaOf(definition);
  const [drawn] = sampleInstances(schema, "valid", 1, 1);
  const [judged] = await judgeAll({ ajv: new AjvRunner(), others: [new RefusingSwift()] }, schema, [{ ...drawn!, instance }]);
  expect(judged!.verdicts.ajv?.valid).toBe(true);
  return judged!.findings.filter((finding) => finding.column === "swift");
}

it("Swift's refusal of an undeclared key equivalent to a declared one, read as its schema's keywords' type, is the merge's", async () => {
  expect(await swiftFindings("TypelessValue", { "\u00e9": -1 })).toEqual([expect.objectContaining({ limitation: "swift-merges-equivalent-keys" })]);
});

it("the same refusal of the declared key itself is the typeless reading's, and of a value the declared schema takes a disagreement", async () => {
  expect(await swiftFindings("TypelessValue", { "e\u0301": -1 })).toEqual([expect.objectContaining({ limitation: "swift-reads-typeless-schemas-as-their-type" })]);
  const [finding] = await swiftFindings("IntegerValue", { "\u00e9": 3 });
  expect(finding?.limitation).toBeUndefined();
});
