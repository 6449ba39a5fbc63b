// Objects told apart only by which optional key they hold (CloudFormation's intrinsic functions:
// `{"Fn::Split": ..}`, `{"Ref": ..}`, each closed, none requiring its key) have `{}` as every
// variant's smallest form, and `{}` matches them all: past the recursion bound no value of such a
// oneOf was found, and on SchemaStore's Serverless Framework schema (1,127 definitions, the functions
// nesting in each other) the invalid draw gave up after 300 s. The smallest form of a variant of an
// overlapping oneOf now also comes with one of its optional properties.
import fc from "fast-check";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { MAX_RECURSION, ValidInstances } from "../src/arbitraries/index.ts";

/**
 * A chain of recursive types, each requiring the next, one more than the recursion bound: the last
 * is always drawn in its smallest form, and so is the oneOf it requires.
 */
function chainTo(union: object): Record<string, object> {
  const links = MAX_RECURSION + 1;
  const definitions: Record<string, object> = { Fn: union };
  for (let i = 0; i < links; i++) {
    const next = i + 1 < links ? `R${i + 1}` : "Fn";
    definitions[`R${i}`] = { type: "object", properties: { self: { $ref: `#/definitions/R${i}` }, next: { $ref: `#/definitions/${next}` } }, required: ["next"], additionalProperties: false };
  }
  return definitions;
}

describe("a oneOf of closed objects told apart by an optional key, past the recursion bound", () => {
  it("draws values, each with the key that tells its variant apart", { timeout: 60_000 }, () => {
    const definitions = {
      ...chainTo({ oneOf: [{ $ref: "#/definitions/FnRef" }, { $ref: "#/definitions/FnGetAZs" }] }),
      FnRef: { type: "object", properties: { Ref: { type: "string" } }, additionalProperties: false },
      FnGetAZs: { type: "object", properties: { "Fn::GetAZs": { type: "string" } }, additionalProperties: false },
    };
    const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions }, "test:intrinsic-functions"), { name: "Fn" });
    const instances = fc.sample(new ValidInstances(model).of("R0"), { seed: 11, numRuns: 50 });
    const validate = new Ajv({ strict: false }).compile({ definitions, $ref: "#/definitions/R0" });
    expect(instances).toHaveLength(50);
    expect(instances.filter((instance) => !validate(instance))).toEqual([]);
  });
});
