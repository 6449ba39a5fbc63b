// Regression (found on AsyncAPI 3.0's schema by the sweep: the run on the Avro schema it embeds never
// ended): break-pattern's near misses were a matching string with a space added (or a line break put
// first, or its first character taken out), whatever its length, and a pattern with nested quantifiers
// (Avro's namespace, `^([A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)*$`) takes every
// backtracking engine time exponential in the length of a string it almost matches: V8 never rejected
// the 57-character one drawn. A near miss now keeps at most 16 code points of the matching string.
import fc from "fast-check";
import { expect, it } from "vitest";
import { codePointLength } from "../src/arbitraries/index.ts";
import { invalidInstances } from "../src/mutations/index.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: { "long-word": { type: "string", pattern: "^[a-z]{30,40}$" } },
};

const { model, schemaOf } = suiteOfDocument(document, "test:near-miss-of-a-pattern", "NearMiss");

it("a near miss of a long matching string keeps a short stem of it", () => {
  const schema = schemaOf("long-word");
  const samples = fc.sample(invalidInstances(model, schema.type.name, { mutations: ["break-pattern"] }), { seed: 1, numRuns: 200 });
  expect(samples).toHaveLength(200);
  for (const sample of samples) {
    expect(typeof sample.instance).toBe("string");
    // The stem and the one character added: nowhere near the 30 the pattern asks for.
    expect(codePointLength(sample.instance as string)).toBeLessThanOrEqual(17);
  }
});
