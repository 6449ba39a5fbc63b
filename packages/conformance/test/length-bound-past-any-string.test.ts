// springdoc writes Jakarta Bean Validation's @Size without a `max` as Java's Integer.MAX_VALUE:
// `{minLength: 2, maxLength: 2147483647}` on a string, `{minItems: 1, maxItems: 2147483647}` on a list
// (springdoc-openapi's own test results, app111's Person.firstName). break-length-bound built a string
// one past the bound, which no string of this process can be ("RangeError: Invalid string length"), and
// the run ended there, judging nothing (found by sweep AD); an array one past it would not fit in memory.
// Such a bound refuses nothing the run can build or send: its site is left out, the lower bound's kept.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { codePointLength } from "../src/arbitraries/index.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const JAVA_INT_MAX = 2147483647;
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Person: {
      type: "object",
      properties: { firstName: { type: "string", minLength: 2, maxLength: JAVA_INT_MAX }, tags: { type: "array", items: { type: "string" }, minItems: 1, maxItems: JAVA_INT_MAX } },
      required: ["firstName", "tags"],
      additionalProperties: false,
    },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:length-bound-past-any-string", "LengthBoundPastAnyString");

it("an upper length bound past any string's length draws no instance past it; the lower bounds are still broken", { timeout: 60_000 }, () => {
  const schema = schemaOf("Person");
  const validator = new ModelValidator(model);
  const instances = drawn("Person", "invalid", 1, 20, ["break-length-bound"]) as JsonObject[];
  for (const instance of instances) {
    expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
    const { firstName, tags } = instance as { firstName: string; tags: unknown[] };
    expect(codePointLength(firstName) < 2 || tags.length < 1).toBe(true);
  }
  // Both lower bounds are met among them.
  expect(instances.some((instance) => codePointLength(instance.firstName as string) < 2)).toBe(true);
  expect(instances.some((instance) => (instance.tags as unknown[]).length === 0)).toBe(true);
});
