// Regression (found by a hand-made schema of common constructs: "GENERATOR GAVE UP PropNames (valid):
// cannot generate a valid value for propertyNames …, propertyCount …: 500 candidates in a row were
// rejected"): the keys drawn for an object's open places are any strings, which a `propertyNames`
// rule (`^[a-z]+$`, at most five long) almost never allows, and a `minProperties` made sure every
// candidate had some. Each key the rule refuses is renamed to one drawn from the rule's strings.
import { expect, it } from "vitest";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Labels: { type: "object", propertyNames: { pattern: "^[a-z]+$", maxLength: 5 }, additionalProperties: { type: "string" }, minProperties: 2 },
  },
};

const { drawn } = suiteOfDocument(document, "test:keys-a-property-names-rule-allows", "KeysAPropertyNamesRuleAllows");

it("valid instances of an object whose keys a propertyNames rule names, with a minProperties: keys the rule allows, as many as asked", () => {
  const instances = drawn("Labels", "valid", 1, 50);
  expect(instances).toHaveLength(50);
  for (const instance of instances) {
    expect(typeof instance === "object" && instance !== null && !Array.isArray(instance)).toBe(true);
    const keys = Object.keys(instance as object);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    // Checked here, not by the model's validator: the rule as the schema states it.
    for (const key of keys) expect(key).toMatch(/^[a-z]{1,5}$/);
  }
});
