// Regression (found on OpenAPI 3.1's schema, whose Components had no valid instance: "cannot generate
// a valid value for Components (patternProperties): 500 candidates in a row were rejected"): ten
// declared maps, each also claimed by a pattern that limits its key names, were drawn as the declared
// maps alone and filtered as a whole object, which almost never had every map's keys right at once.
import { expect, it } from "vitest";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const MAPS = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks"];
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Components: {
      type: "object",
      properties: Object.fromEntries(MAPS.map((name) => [name, { type: "object", additionalProperties: { type: "integer" } }])),
      patternProperties: { [`^(${MAPS.join("|")})$`]: { propertyNames: { pattern: "^[a-zA-Z0-9._-]+$" } } },
      additionalProperties: false,
    },
  },
};

const { suite } = suiteOfDocument(document, "test:claimed-keys", "ClaimedKeys");

it("valid instances of an object whose declared maps a pattern also claims: every map's keys as the pattern's rule asks", () => {
  const components = suite.schemas.find((schema) => schema.name === "Components")!;
  const instances = sampleInstances(components, "valid", 5, 100).map((generated) => generated.instance as Record<string, Record<string, number>>);
  expect(instances).toHaveLength(100);
  for (const instance of instances) {
    for (const map of Object.values(instance)) expect(Object.keys(map).every((key) => /^[a-zA-Z0-9._-]+$/.test(key)), JSON.stringify(instance)).toBe(true);
  }
  // Keys are drawn, not only empty maps.
  expect(instances.some((instance) => Object.values(instance).some((map) => Object.keys(map).length > 0))).toBe(true);
});
