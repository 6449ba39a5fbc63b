// Regression (found on Claude Code's tool_use block, whose valid instances could not be generated):
// an object with many `allOf` parts that only add rules (one `if name … then input …` part per tool)
// must still get valid instances. Each part used to be offered as a source of values of its own (any
// JSON, filtered), nested one `oneof` per part, so a candidate of the object's own type became
// vanishingly rare and the generator gave up ("500 candidates in a row were rejected").
import { expect, it } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const TOOLS = Array.from({ length: 12 }, (_, index) => `T${index}`);
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Call: {
      type: "object",
      properties: {
        name: { enum: TOOLS },
        // One open object per tool, told apart by the key it requires (like Claude Code's ToolInput).
        input: { anyOf: TOOLS.map((_, index) => ({ type: "object", properties: { [`k${index}`]: { type: "string" } }, required: [`k${index}`] })) },
      },
      required: ["name", "input"],
      allOf: TOOLS.map((tool, index) => ({ if: { properties: { name: { const: tool } } }, then: { properties: { input: { required: [`k${index}`] } } } })),
    },
  },
};

const { suite } = suiteOfDocument(document, "test:rule-only-allOf", "RuleOnly");

it("valid instances of an object with twelve if-name-then-input parts: each input fits the tool its name picks", () => {
  const call = suite.schemas.find((schema) => schema.name === "Call")!;
  const instances = sampleInstances(call, "valid", 5, 100).map((generated) => generated.instance as { name: string; input: Record<string, JsonValue> });
  expect(instances).toHaveLength(100);
  for (const { name, input } of instances) expect(Object.hasOwn(input, `k${TOOLS.indexOf(name)}`), JSON.stringify({ name, input })).toBe(true);
  // Not one tool over and over: the generator explores the names.
  expect(new Set(instances.map((instance) => instance.name)).size).toBeGreaterThan(6);
});
