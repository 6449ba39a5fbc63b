// `not: {required: [k]}` read as the property k no value satisfies, of objects alone (codegen's
// key-forbidden-by-not-required.test; found by sweep AS on Slack's Block Kit, slack_file_object's
// exactly one of `url` / `id`): the values the model draws as valid AJV accepts on the document, and
// those it draws as invalid AJV refuses. Non-objects: a `not` of a key refuses them (any value but an
// object passes `required`), a branch beside it of another type still admits them.
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonValue } from "@clone/codegen";
import { validInstances } from "../src/arbitraries/index.ts";
import { invalidInstances } from "../src/mutations/index.ts";

const definitions = {
  SlackFile: {
    type: "object",
    properties: { url: { type: "string" }, id: { type: "string" } },
    oneOf: [
      { required: ["url"], not: { required: ["id"] } },
      { required: ["id"], not: { required: ["url"] } },
    ],
  },
  Neither: { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" }, c: { type: "string" } }, not: { anyOf: [{ required: ["a"] }, { required: ["b"] }] } },
  NoKey: { properties: { m: { type: "integer" } }, not: { required: ["k"] } },
  NullOrNoKey: { type: ["object", "null"], properties: { m: { type: "integer" } }, not: { required: ["k"] } },
  TextOrNoKey: { anyOf: [{ type: "string" }, { properties: { k: { type: "integer" }, m: { type: "integer" } }, not: { required: ["k"] } }] },
  NotBoth: { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" } }, not: { required: ["a", "b"] } },
};
const document = { $schema: "http://json-schema.org/draft-07/schema#", definitions };
const model = buildModel(toSourceDocument(document, "test:key-forbidden-by-not-required"), { name: "Forbidden" });
const ajv = new Ajv({ strict: false });
ajv.addSchema(document, "doc");
const validates = (name: string) => ajv.getSchema(`doc#/definitions/${name}`)!;

describe("a key forbidden by a not of its required", () => {
  for (const name of Object.keys(definitions)) {
    it(`draws values AJV judges as the model does (${name})`, { timeout: 30_000 }, () => {
      const validate = validates(name);
      for (const value of fc.sample(validInstances(model, name), { seed: 5, numRuns: 40 })) expect(validate(value), JSON.stringify(value)).toBe(true);
      for (const { instance } of fc.sample(invalidInstances(model, name), { seed: 5, numRuns: 40 })) expect(validate(instance), JSON.stringify(instance)).toBe(false);
    });
  }

  it("refuses non-objects where the not stands alone, and admits them by another branch", () => {
    const others: JsonValue[] = ["x", 1, null, [], true];
    for (const name of ["NoKey", "NullOrNoKey", "Neither"]) expect(others.map((value) => validates(name)(value)), name).toEqual([false, false, false, false, false]);
    expect(others.map((value) => validates("TextOrNoKey")(value))).toEqual([true, false, false, false, false]);
    const drawn = fc.sample(validInstances(model, "TextOrNoKey"), { seed: 5, numRuns: 60 });
    expect(drawn.some((value) => typeof value === "string")).toBe(true);
    expect(drawn.some((value) => typeof value === "object" && value !== null && !Array.isArray(value) && !("k" in value))).toBe(true);
    expect(drawn.every((value) => typeof value === "string" || (typeof value === "object" && value !== null && !("k" in value)))).toBe(true);
  });
});
