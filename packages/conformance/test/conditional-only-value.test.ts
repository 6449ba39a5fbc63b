// Regression (found on OpenAPI 3.1's schema, whose "X or a reference" definitions had no valid
// instance: "cannot generate a valid value for conditional …: 500 candidates in a row were
// rejected"): a value that is nothing but `if`/`then`/`else` was drawn as any JSON and filtered, and
// any JSON almost never is a closed object of either branch. Values of each branch are drawn too.
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    reference: { type: "object", properties: { $ref: { type: "string" }, summary: { type: "string" } }, required: ["$ref"], additionalProperties: false },
    item: { type: "object", properties: { name: { type: "string" }, size: { type: "integer" } }, required: ["name", "size"], additionalProperties: false },
    "item-or-reference": { if: { required: ["$ref"] }, then: { $ref: "#/$defs/reference" }, else: { $ref: "#/$defs/item" } },
  },
};

const { drawn } = suiteOfDocument(document, "test:conditional-only", "ConditionalOnly");

it("valid instances of a value that is only if/then/else: each branch reached, each value of the branch it takes", () => {
  const instances = drawn("item-or-reference", "valid", 5, 100);
  const references = instances.filter((instance) => typeof instance === "object" && instance !== null && Object.hasOwn(instance, "$ref"));
  const items = instances.filter((instance) => typeof instance === "object" && instance !== null && Object.hasOwn(instance, "name") && Object.hasOwn(instance, "size"));
  expect(references.length).toBeGreaterThan(0);
  expect(items.length).toBeGreaterThan(0);
});
