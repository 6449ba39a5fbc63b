// Regression (found on SchemaStore's CircleCI config by the sweep, whose step object had no valid
// instance: "cannot generate a valid value for propertyCount at /definitions/step/anyOf/5/minProperties:
// 500 candidates in a row were rejected"): `minProperties: 1, maxProperties: 1` beside eleven optional
// keys and a pattern was left to the filter, and a random object seldom holds exactly one key; an
// object that must hold more keys than it requires (`minProperties: 3` over optional ones) as seldom.
// And a map, or an object open to additional keys, that must hold more keys than the generator draws
// for one (four, two below the top) was never made (found on OpenAPI 3.0's schema by the sweep, whose
// Header.content, a map of exactly one MediaType, gave up: "cannot generate a valid value for
// propertyCount at /definitions/Header/properties/content/minProperties"): its open keys are added,
// keys its patterns match among them (a propertyNames may refuse every other key).
import { expect, it } from "vitest";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const STEPS = ["run", "checkout", "save_cache", "restore_cache", "deploy", "store_artifacts", "store_test_results", "persist_to_workspace", "attach_workspace", "add_ssh_keys", "setup_remote_docker"];
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Step: {
      type: "object",
      minProperties: 1,
      maxProperties: 1,
      properties: Object.fromEntries(STEPS.map((name) => [name, { type: "object", properties: { name: { type: "string" } } }])),
      patternProperties: { "^[a-z][a-z0-9_-]+$": { description: "a custom command" } },
    },
    Wide: {
      type: "object",
      minProperties: 40,
      additionalProperties: false,
      properties: Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`key${index}`, { type: "integer" }])),
    },
    Map: { type: "object", additionalProperties: { type: "integer" }, minProperties: 9 },
    Open: { type: "object", properties: { id: { type: "string" } }, patternProperties: { "^x-": { type: "boolean" } }, additionalProperties: { type: "integer" }, minProperties: 9 },
    // Keys only a pattern admits (propertyNames repeats it, as Dash Platform's document properties do).
    Named: { type: "object", patternProperties: { "^[a-z]{1,8}$": { type: "integer" } }, propertyNames: { pattern: "^[a-z]{1,8}$" }, minProperties: 9 },
  },
};

const { suite } = suiteOfDocument(document, "test:property-count", "PropertyCount");

it("valid instances of an object of exactly one optional key: one key each, of several names", () => {
  const step = suite.schemas.find((schema) => schema.name === "Step")!;
  const instances = sampleInstances(step, "valid", 5, 100).map((generated) => generated.instance as Record<string, unknown>);
  expect(instances).toHaveLength(100);
  for (const instance of instances) expect(Object.keys(instance), JSON.stringify(instance)).toHaveLength(1);
  expect(new Set(instances.map((instance) => Object.keys(instance)[0])).size).toBeGreaterThan(3);
});

it("valid instances of an object that must hold more keys than it requires: every one of its forty", () => {
  const wide = suite.schemas.find((schema) => schema.name === "Wide")!;
  const instances = sampleInstances(wide, "valid", 5, 100).map((generated) => generated.instance as Record<string, unknown>);
  expect(instances).toHaveLength(100);
  for (const instance of instances) expect(Object.keys(instance).length, JSON.stringify(instance)).toBe(40);
});

it.each(["Map", "Open", "Named"])("valid instances of %s, open to more keys than the generator draws unasked: as many keys as it asks for", (name) => {
  const schema = suite.schemas.find((candidate) => candidate.name === name)!;
  const instances = sampleInstances(schema, "valid", 5, 100).map((generated) => generated.instance as Record<string, unknown>);
  expect(instances).toHaveLength(100);
  for (const instance of instances) expect(Object.keys(instance).length, JSON.stringify(instance)).toBeGreaterThanOrEqual(9);
});
