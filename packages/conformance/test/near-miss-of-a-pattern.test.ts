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

// Regression (octokit's GitHub webhook schemas, common/committer.schema.json's email pattern, cut down
// to its hostname): a repeated label ending at its dot, `^(?:[a-z](?:[a-z-]*[a-z])?\.)+$`, was read as
// slow (codegen's backtracking.ts), so break-pattern drew only strings of at most 4 code points for it.
// It splits a string one way; its near misses are stems of a matching string, as any pattern's.
const hostname = suiteOfDocument(
  { $schema: "http://json-schema.org/draft-07/schema#", definitions: { host: { type: "string", pattern: "^(?:[a-z](?:[a-z-]*[a-z])?\\.)+$" } } },
  "test:near-miss-of-a-hostname",
  "NearMissHost",
);

it("a near miss of a hostname of dotted labels is a stem of a matching one, not a few characters", () => {
  const schema = hostname.schemaOf("host");
  const samples = fc.sample(invalidInstances(hostname.model, schema.type.name, { mutations: ["break-pattern"] }), { seed: 1, numRuns: 200 });
  const labelled = samples.map((sample) => sample.instance as string).filter((instance) => /^[a-z][a-z.-]*\.[a-z.-]* $/.test(instance) && codePointLength(instance) > 4);
  expect(labelled.length).toBeGreaterThan(0);
});
