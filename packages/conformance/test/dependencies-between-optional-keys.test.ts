// Regression (found by the SchemaStore sweep on the TextMate grammar schema: "GENERATOR GAVE UP
// (valid): cannot generate a valid value for dependentSchema at …/dependencies/include, … and 7
// more"): optional keys whose dependencies tie them to each other (one forbids two others, one asks
// for exactly one of two, those ask for it back…) were met by a random choice of keys too rarely, and
// none of the definition's instances were judged. Keys whose dependency a candidate fails are now
// taken out until the rest are met.
import { Ajv } from "ajv";
import { expect, it } from "vitest";
import { isJsonObject } from "../src/json.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const keys = ["ref", "single", "open", "close", "until", "groups", "openGroups", "closeGroups", "untilGroups", "name", "note"];
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Rule: {
      type: "object",
      properties: Object.fromEntries(keys.map((key) => [key, { type: "string" }])),
      additionalProperties: false,
      dependencies: {
        ref: { allOf: [{ not: { required: ["single"] } }, { not: { required: ["open"] } }] },
        single: { not: { required: ["open"] } },
        open: { oneOf: [{ required: ["close"] }, { required: ["until"] }] },
        close: ["open"],
        until: ["open"],
        groups: { oneOf: [{ required: ["single"] }, { required: ["open"] }] },
        openGroups: ["open"],
        closeGroups: ["close"],
        untilGroups: ["until"],
      },
    },
  },
};

const { drawn } = suiteOfDocument(document, "test:dependencies-between-optional-keys", "DependenciesBetweenOptionalKeys");
const validate = new Ajv({ strict: false }).compile({ ...document, $ref: "#/definitions/Rule" });

it("valid instances of an object whose optional keys depend on each other are drawn, and AJV accepts each", () => {
  const instances = drawn("Rule", "valid", 7, 60);
  for (const instance of instances) expect(validate(instance), JSON.stringify(instance)).toBe(true);
  // Not only the smallest: some hold a key with dependencies of its own, and its dependencies met.
  expect(instances.some((instance) => isJsonObject(instance) && Object.hasOwn(instance, "open"))).toBe(true);
  expect(instances.some((instance) => isJsonObject(instance) && Object.hasOwn(instance, "groups"))).toBe(true);
});

it("invalid instances are drawn too, and AJV refuses each", () => {
  for (const instance of drawn("Rule", "invalid", 7, 40)) expect(validate(instance), JSON.stringify(instance)).toBe(false);
});
