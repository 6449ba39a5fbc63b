// Regression (found on CycloneDX 1.5's JSF signature, whose publicKey had no valid instance: "cannot
// generate a valid value for conditional at /definitions/publicKey/if, allOf …: 500 candidates in a
// row were rejected"): an object of its own type (kty required, other keys allowed) with one
// `if kty is X then exactly these keys` part per key type. Its own candidates, filtered, almost never
// meet the closed branch they take; values of the branches are joined into them.
import { expect, it } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const KINDS = { A: ["a1", "a2"], B: ["b1"], C: ["c1", "c2", "c3"] };
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Key: {
      type: "object",
      properties: { kind: { enum: Object.keys(KINDS) } },
      required: ["kind"],
      allOf: Object.entries(KINDS).map(([kind, keys]) => ({
        if: { properties: { kind: { const: kind } } },
        then: {
          properties: { kind: { enum: Object.keys(KINDS) }, ...Object.fromEntries(keys.map((key) => [key, { type: "string", enum: [`${key}-x`, `${key}-y`] }])) },
          required: ["kind", ...keys],
          additionalProperties: false,
        },
      })),
    },
  },
};

const { suite } = suiteOfDocument(document, "test:conditional-closed-branch", "ClosedBranch");

it("valid instances of a typed object whose if/then parts close it per kind: every kind reached, each with exactly its keys", () => {
  const key = suite.schemas.find((schema) => schema.name === "Key")!;
  const instances = sampleInstances(key, "valid", 5, 100).map((generated) => generated.instance as Record<string, JsonValue>);
  expect(instances).toHaveLength(100);
  for (const instance of instances) {
    const kind = instance.kind as keyof typeof KINDS;
    expect(Object.keys(instance).sort(), JSON.stringify(instance)).toEqual(["kind", ...KINDS[kind]].sort());
  }
  expect(new Set(instances.map((instance) => instance.kind)).size).toBe(3);
});
