// Regression (found on OpenAPI 3.0's schema, whose Header and Parameter had no valid instances: "500
// candidates in a row were rejected", and the root's run never ended):
// - `not: { required: [k] }` over optional keys ("schema XOR content", and "no style, explode,
//   allowReserved, example or examples beside content") was left to the filter; an optional key is
//   present five times in six, so a value without any of five such keys was almost never drawn;
// - an `allOf` part that is an object union of its own (a Parameter is also one of path, query,
//   header or cookie parameters, each pinning `in`) was satisfied only by chance, since neither a
//   value of the object nor a value of the part alone holds both sides' keys.
import { buildModel, findTarget, toSourceDocument } from "@clone/codegen";
import { afterAll, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../src/json.ts";
import { sampleInstances } from "../src/run.ts";
import { documentSuite } from "../src/suite.ts";

const EXCLUDED_WITH_CONTENT = ["style", "explode", "allowReserved", "example", "examples"];
const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    ExampleXORExamples: { not: { required: ["example", "examples"] } },
    SchemaXORContent: {
      not: { required: ["schema", "content"] },
      oneOf: [{ required: ["schema"] }, { required: ["content"], allOf: EXCLUDED_WITH_CONTENT.map((key) => ({ not: { required: [key] } })) }],
    },
    Header: {
      type: "object",
      properties: {
        style: { type: "string" },
        explode: { type: "boolean" },
        allowReserved: { type: "boolean" },
        schema: { type: "object" },
        content: { type: "object" },
        example: {},
        examples: { type: "object" },
      },
      additionalProperties: false,
      allOf: [{ $ref: "#/definitions/ExampleXORExamples" }, { $ref: "#/definitions/SchemaXORContent" }],
    },
    Parameter: {
      type: "object",
      properties: { name: { type: "string" }, in: { type: "string" }, required: { type: "boolean" }, style: { type: "string" }, schema: { type: "object" }, content: { type: "object" } },
      required: ["name", "in"],
      additionalProperties: false,
      // The object is one union (schema or content); the kinds below are then a rule on it.
      allOf: [{ $ref: "#/definitions/SchemaXORContent" }],
      oneOf: [
        { required: ["required"], properties: { in: { enum: ["path"] }, style: { enum: ["matrix", "label", "simple"] }, required: { enum: [true] } } },
        { properties: { in: { enum: ["query"] }, style: { enum: ["form", "deepObject"] } } },
        { properties: { in: { enum: ["header"] }, style: { enum: ["simple"] } } },
      ],
    },
  },
};

const model = buildModel(toSourceDocument(structuredClone(document), "test:excluded-keys"), { name: "ExcludedKeys" });
const [schemaFile] = findTarget("json-schema").render([model], {});
const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
afterAll(() => suite.dispose());

const valid = (name: string) => sampleInstances(suite.schemas.find((schema) => schema.name === name)!, "valid", 5, 100).map((generated) => generated.instance as Record<string, JsonValue>);

it("valid instances of an object whose rules exclude keys: schema or content, never both, nothing content excludes", () => {
  const headers = valid("Header");
  expect(headers).toHaveLength(100);
  for (const header of headers) {
    const has = (key: string) => Object.hasOwn(header, key);
    expect(has("schema") !== has("content"), JSON.stringify(header)).toBe(true);
    if (has("content")) expect(EXCLUDED_WITH_CONTENT.filter(has), JSON.stringify(header)).toEqual([]);
    expect(has("example") && has("examples")).toBe(false);
  }
  // Both sides of the oneOf are reached.
  expect(headers.some((header) => Object.hasOwn(header, "content"))).toBe(true);
  expect(headers.some((header) => Object.hasOwn(header, "schema"))).toBe(true);
});

it("valid instances of an object that is also one of several kinds pinning its keys: each kind reached", () => {
  const parameters = valid("Parameter");
  expect(parameters).toHaveLength(100);
  for (const parameter of parameters) expect(["path", "query", "header"], JSON.stringify(parameter)).toContain(parameter.in);
  expect(new Set(parameters.map((parameter) => parameter.in)).size).toBe(3);
});
