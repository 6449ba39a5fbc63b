// Regression (found on OpenAPI 3.1's schema, whose Components had no valid instance: "cannot generate
// a valid value for Components (patternProperties): 500 candidates in a row were rejected"): ten
// declared maps, each also claimed by a pattern that limits its key names, were drawn as the declared
// maps alone and filtered as a whole object, which almost never had every map's keys right at once.
import { expect, it } from "vitest";
import { FilterStats } from "../src/arbitraries/filtered.ts";
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

// Regression (found by fuzz AA, seed 61003 draft-04 index 0: "GENERATOR GAVE UP D0 (invalid): cannot
// generate a valid value for an attempted value: 10000 candidates were rejected, at every depth", the
// filter of its not's declared key rejecting 9609 of 9703 candidates; shrunk): a declared key of any
// value (`"A b": {}`) that a pattern claims for numbers above 0 was drawn as any value and kept about
// one in twenty; one a pattern claims for two listed values was never drawn at all. Its candidates are
// now the pattern's values too.
const narrowedByAPattern = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    FoundNot: {
      properties: { "A b": {} },
      required: ["b", "A b"],
      patternProperties: { ".*": { type: "number", minimum: 0, exclusiveMinimum: true, multipleOf: 0.1 } },
    },
    ListedByAPattern: { type: "object", properties: { a: {} }, required: ["a"], patternProperties: { "^a$": { enum: [[1, "x"], { k: 2.5 }] } } },
  },
};
const narrowed = suiteOfDocument(narrowedByAPattern, "test:declared-key-narrowed-by-a-pattern", "DeclaredKeyNarrowedByAPattern");

it("a declared key of any value a pattern claims takes the pattern's values", () => {
  const listed = narrowed.drawn("ListedByAPattern", "valid", 5, 50) as { a: unknown }[];
  expect(new Set(listed.map((instance) => JSON.stringify(instance.a)))).toEqual(new Set(['[1,"x"]', '{"k":2.5}']));
  const stats = new FilterStats();
  const found = sampleInstances(narrowed.schemaOf("FoundNot"), "valid", 5, 50, undefined, stats);
  expect(found).toHaveLength(50);
  const { tried, rejected } = stats.counts.get('FoundNot.A b (a declared key a pattern claims too)')!;
  // Half the candidates are the pattern's own numbers: most are kept (of any value, one in twenty was).
  expect(rejected / tried).toBeLessThan(0.6);
});
