// Regression (found by fuzz Q, seed 52003 2019-09: "GENERATOR GAVE UP D3 (invalid): cannot generate a
// valid value for an attempted value: 10000 candidates were rejected, at every depth"): a `not` whose
// schema no value of which the generator can draw (a string of format uri that matches ^[a-z]+$, which
// only a filter can tell) beside a typeless object that admits no object. match-a-not drew candidates
// for that schema at every try, forty budgets of candidates each time it was chosen, and the draw's
// whole budget went on it. Once its candidates give up, the mutation is no longer offered there.
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    D3: { not: { type: "string", pattern: "^[a-z]+$", format: "uri" }, required: ["class"], propertyNames: { enum: ["a", "b"] } },
  },
};

const { drawn } = suiteOfDocument(document, "test:not-of-no-drawable-value", "NotOfNoDrawableValue");

it("invalid instances are drawn (objects, which no object of the schema is)", () => {
  const instances = drawn("D3", "invalid", 5, 50);
  expect(instances.every((instance) => typeof instance === "object" && instance !== null && !Array.isArray(instance))).toBe(true);
});
