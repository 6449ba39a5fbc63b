// Every way the Swift target refuses a model: a CodegenError naming the document and the pointer.
import { describe, expect, it } from "vitest";
import { CodegenError } from "../../src/errors.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { handModel } from "../helpers/handModel.ts";
import { codegenErrorOf, draft07, modelOf } from "../helpers/model.ts";

function renderError(models: SchemaModel[]): CodegenError {
  return codegenErrorOf(() => swiftTarget.render(models, {}));
}

const source = (name: string) => ({
  location: `${name}.schema.json`,
  dialect: "draft-07" as const,
  definitionsKey: "definitions" as const,
  document: {},
});

/** A hand-built model, for shapes buildModel would not produce. */
function namedHandModel(name: string, types: SchemaModel["types"]): SchemaModel {
  return handModel(types, { name, source: source(name) });
}

describe("Swift target errors", () => {
  it("two wire names that become the same Swift property name", () => {
    const error = renderError([
      modelOf(draft07({ Ev: { type: "object", properties: { session_id: { type: "string" }, sessionId: { type: "string" } } } })),
    ]);
    expect(error.pointer).toBe("/definitions/Ev/properties/sessionId");
    expect(error.location).toBe("test.schema.json");
    expect(error.reason).toMatch(/"session_id" .* and "sessionId" of Ev both become the Swift name "sessionId"/);
  });

  it("two enum values that become the same Swift case", () => {
    const error = renderError([
      modelOf(draft07({ Mode: { enum: ["next-heartbeat", "next_heartbeat"] }, U: { type: "object", properties: { m: { $ref: "#/definitions/Mode" } } } })),
    ]);
    expect(error.pointer).toBe("/definitions/Mode/enum/1");
    expect(error.reason).toContain('both become the Swift case "nextHeartbeat"');
  });

  it("a property with no letters or digits", () => {
    const error = renderError([modelOf(draft07({ Odd: { type: "object", properties: { "--": { type: "string" } } } }))]);
    expect(error.pointer).toBe("/definitions/Odd/properties/--");
    expect(error.reason).toContain("no letters or digits");
  });

  it("an enum value that would become a member every enum has", () => {
    const error = renderError([
      modelOf(draft07({ Raw: { enum: ["plain", "raw_value"] }, U: { type: "object", properties: { r: { $ref: "#/definitions/Raw" } } } })),
    ]);
    expect(error.pointer).toBe("/definitions/Raw/enum/1");
    expect(error.reason).toContain('"rawValue"');
  });

  it("a property of an open object named like the undeclared-keys member", () => {
    const error = renderError([
      modelOf(draft07({ Open: { type: "object", properties: { additional_properties: { type: "string" } } } })),
    ]);
    expect(error.pointer).toBe("/definitions/Open/properties/additional_properties");
  });

  it("a type name the generated code needs (standard library or support type)", () => {
    const error = renderError([modelOf(draft07({ JSONValue: { type: "object", properties: { a: { type: "string" } } } }))]);
    expect(error.pointer).toBe("/definitions/JSONValue");
    expect(error.reason).toContain("reserved");
    expect(renderError([modelOf(draft07({ String: { type: "string" } }))]).pointer).toBe("/definitions/String");
  });

  it("two models rendered together that declare the same type", () => {
    const a = modelOf(draft07({ Shared: { type: "object", properties: { a: { type: "string" } } } }), "Alpha");
    const b = modelOf(draft07({ Shared: { type: "object", properties: { b: { type: "string" } } } }), "Beta");
    const error = renderError([a, b]);
    expect(error.pointer).toBe("/definitions/Shared");
    expect(error.reason).toContain('"Shared" is declared by both Alpha');
  });

  it("a struct that contains itself", () => {
    const node = namedHandModel("Tree", [
      {
        kind: "object",
        name: "Node",
        pointer: "/definitions/Node",
        definitionName: "Node",
        properties: [{ name: "parent", type: { kind: "named", name: "Node" }, required: false, pointer: "/definitions/Node/properties/parent" }],
        bases: [],
        patternProperties: [],
        additionalProperties: false,
        requiredWhen: [],
      },
    ]);
    const error = renderError([node]);
    expect(error.pointer).toBe("/definitions/Node");
    expect(error.reason).toContain("recursive");
  });

  it("makes a union on a cycle indirect instead of failing", () => {
    const expr = namedHandModel("Expr", [
      {
        kind: "union",
        name: "Expr",
        pointer: "/definitions/Expr",
        definitionName: "Expr",
        keyword: "oneOf",
        rule: "tag",
        property: "op",
        variants: [{ name: "Not", tag: "not", type: { kind: "named", name: "NotExpr" } }],
      },
      {
        kind: "object",
        name: "NotExpr",
        pointer: "/definitions/NotExpr",
        definitionName: "NotExpr",
        properties: [
          { name: "op", type: { kind: "literal", value: "not" }, required: true, pointer: "/definitions/NotExpr/properties/op" },
          { name: "arg", type: { kind: "named", name: "Expr" }, required: true, pointer: "/definitions/NotExpr/properties/arg" },
        ],
        bases: [],
        patternProperties: [],
        additionalProperties: false,
        requiredWhen: [],
      },
    ]);
    const [file] = swiftTarget.render([expr], {});
    expect(file!.contents).toContain("public indirect enum Expr:");
  });
});
