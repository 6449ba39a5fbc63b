// Regression (found by the SchemaStore sweep on size-limit's configuration: "GENERATOR GAVE UP
// (invalid): cannot generate a valid value for an attempted value: 10000 candidates were rejected"):
// a conditional whose `if` only says what the value is not (`if: {not: {properties: {webpack:
// {enum: [false]}}}}`, then a pattern for `config`) was broken from values of the `if`, which are
// almost never of the object's type (it requires `path`); most of the type's own values meet such
// an `if`, and with `then`'s keys scrambled they break it.
import { Ajv } from "ajv";
import { expect, it } from "vitest";
import { isJsonObject } from "../src/json.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Section: {
      allOf: [
        { type: "object", properties: { path: { type: "string" }, bundler: { type: "boolean" } }, required: ["path"] },
        { if: { not: { properties: { bundler: { enum: [false] } } } }, then: { properties: { config: { type: "string", pattern: "^[a-z]+\\.js$" } } } },
      ],
    },
  },
};

const { drawn } = suiteOfDocument(document, "test:conditional-if-of-a-not", "ConditionalIfOfANot");
const validate = new Ajv({ strict: false }).compile({ ...document, $ref: "#/definitions/Section" });

it("a conditional whose `if` is a `not` is broken by values of the type with the `then`'s keys scrambled", () => {
  const instances = drawn("Section", "invalid", 9, 20, ["break-conditional"]);
  for (const instance of instances) {
    expect(validate(instance), JSON.stringify(instance)).toBe(false);
    // Of the type (an object with its `path`), meeting the `if`, failing the `then` at `config`.
    expect(isJsonObject(instance) && typeof instance.path === "string" && instance.bundler !== false && Object.hasOwn(instance, "config"), JSON.stringify(instance)).toBe(true);
  }
});
