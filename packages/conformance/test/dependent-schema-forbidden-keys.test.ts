// A dependent schema that forbids keys (`dependencies: {data: {not: {required: ["errors"]}}}`, JSON:API's
// "data and errors must not coexist"): the mutation that breaks it must add those keys, which a drawn
// object almost never holds by chance. Found by the sweep of public schemas on JSON:API: the generator
// gave up on the invalid instances of that definition, so none were judged.
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { invalidInstances } from "../src/mutations/index.ts";

const definitions = {
  DataOrErrors: { dependencies: { data: { not: { required: ["errors"] } } } },
  Document: {
    type: "object",
    properties: { data: { type: ["object", "null"] }, errors: { type: "array", items: { type: "string" } }, meta: { type: "object" } },
    additionalProperties: false,
    allOf: [{ $ref: "#/definitions/DataOrErrors" }],
  },
};
const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions }, "test:forbidden-keys"), { name: "ForbiddenKeys" });

describe("a dependent schema that forbids keys", () => {
  for (const name of ["DataOrErrors", "Document"]) {
    it(`is broken by adding them (${name})`, { timeout: 30_000 }, () => {
      const validate = new Ajv({ strict: false }).compile({ definitions, $ref: `#/definitions/${name}` });
      const samples = fc.sample(invalidInstances(model, name, { mutations: ["break-dependent-schema"] }), { seed: 11, numRuns: 20 });
      expect(samples).toHaveLength(20);
      for (const { instance } of samples) {
        expect(validate(instance), JSON.stringify(instance)).toBe(false);
        expect(Object.keys(instance as object)).toEqual(expect.arrayContaining(["data", "errors"]));
      }
    });
  }
});
