// Regression (found by a construct sweep: `then: {required: ["n"]}` beside `n: {type: "integer"}`):
// a valid instance joined with a value of the branch it takes got the branch's value for `n`, drawn
// as any JSON, so `n` was 9223372036854776000, an integer no runtime but AJV carries exactly (Swift
// refused it). A key the branch only requires keeps the value drawn for its own type.
import { expect, it } from "vitest";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Counted: {
      type: "object",
      properties: { kind: { enum: ["a", "b"] }, n: { type: "integer" } },
      if: { properties: { kind: { const: "a" } }, required: ["kind"] },
      then: { required: ["n"] },
      else: { not: { required: ["n"] } },
    },
  },
};

const { schemaOf } = suiteOfDocument(document, "test:branch-keys", "BranchKeys");

it("a key a branch only requires holds a value of the property's own type, an exact integer", () => {
  const schema = schemaOf("Counted");
  const seeds = [1, 2, 3, 4, 5];
  const counts = seeds.flatMap((seed) => sampleInstances(schema, "valid", seed, 200).map((generated) => (generated.instance as { n?: unknown }).n));
  const present = counts.filter((n) => n !== undefined);
  expect(present.length).toBeGreaterThan(100);
  expect(present.filter((n) => !Number.isSafeInteger(n))).toEqual([]);
});
