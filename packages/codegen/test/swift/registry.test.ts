// The definition registries: every document definition's Swift type under its wire name, per model
// (`<Model>Definitions.byName`) and for the module (`AllDefinitions.byName` in the support file).
import { cloneEventsFamily, gatewayFamily } from "@clone/schema";
import { describe, expect, it } from "vitest";
import { CodegenError } from "../../src/errors.ts";
import { documentFromFamily } from "../../src/input/fromTypeBox.ts";
import { buildModel } from "../../src/model/buildModel.ts";
import { createSchemaModel } from "../../src/model/schemaModel.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { registryEntries } from "../../src/targets/swift/registry.ts";
import { handModel, handObject, str } from "../helpers/handModel.ts";
import { codegenErrorOf, draft07, modelOf } from "../helpers/model.ts";

/** `"wire": Type.self` pairs of the registry enum in a rendered model file, in order. */
function registry(swift: string, name: string): [string, string][] {
  const start = swift.indexOf(`public enum ${name} {`);
  if (start < 0) throw new Error(`no registry ${name}:\n${swift}`);
  const body = swift.slice(start, swift.indexOf("\n}\n", start));
  return [...body.matchAll(/^ {8}("(?:[^"\\]|\\.)*"): ([\w<>.]+)\.self,/gm)].map((m) => [JSON.parse(m[1]!) as string, m[2]!]);
}

function renderError(models: SchemaModel[]): CodegenError {
  return codegenErrorOf(() => swiftTarget.render(models, {}));
}

const object = (properties: Record<string, unknown>) => ({ type: "object", properties, additionalProperties: false });

describe("Swift definition registry", () => {
  it("registers every definition under its wire name, in document order, and no inline type", () => {
    const model = modelOf(
      draft07({
        "cron-job": object({ a: { type: "string" }, inner: object({ b: { type: "integer" } }) }),
        "a~b/c": { type: "string" },
        Mode: { enum: ["a", "b"] },
        Uses: object({ mode: { $ref: "#/definitions/Mode" } }),
      }),
    );
    const [file, support] = swiftTarget.render([model], {});
    expect(registry(file!.contents, "TestDefinitions")).toEqual([
      ["cron-job", "CronJob"],
      ["a~b/c", "ABC"],
      ["Mode", "Mode"],
      ["Uses", "Uses"],
    ]);
    expect(file!.contents).not.toMatch(/"\w*": CronJobInner\.self/);
    expect(support!.contents).toContain(
      "public enum AllDefinitions {\n    public static let byName: [String: any (Codable & Sendable & Hashable).Type] = TestDefinitions.byName\n}\n",
    );
  });

  it("registers aliases as their typealias, and a definition that is one constant as the JSONConstant that checks it", () => {
    const model = modelOf(
      draft07({
        Target: object({ x: { type: "string" } }),
        Ref: { $ref: "#/definitions/Target" },
        Maybe: { anyOf: [object({ y: { type: "string" } }), { type: "null" }] },
        Stamp: { type: "string", format: "date-time" },
        Version: { const: "v1" },
      }),
    );
    const swift = swiftTarget.render([model], {})[0]!.contents;
    // Maybe is `MaybeValue?`: the registry holds the definition, not its lifted non-null part.
    expect(registry(swift, "TestDefinitions").map(([wire]) => wire)).toEqual(["Target", "Ref", "Maybe", "Stamp", "Version"]);
    expect(swift).toContain("public typealias Maybe = MaybeValue?");
    // A definition that is one constant is decoded by name as a JSONConstant, which checks it.
    expect(swift).toContain('        "Version": JSONConstant<JSONConstants.S_v1>.self,\n');
    expect(swift).toContain('        "Stamp": Stamp.self,\n');
  });

  it("uses $defs pointers for 2020-12 documents and an empty literal for a model without definitions", () => {
    const defs = modelOf({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { "x/y": object({ a: { type: "string" } }) } });
    expect(registryEntries(defs).map((e) => [e.wireName, e.type.name])).toEqual([["x/y", "XY"]]);
    // A document of nothing is any value now (a root type): a model of no types is made by hand.
    const empty = handModel([], { name: "Empty" });
    expect(swiftTarget.render([empty], {})[0]!.contents).toContain(
      "public enum EmptyDefinitions {\n    public static let byName: [String: any (Codable & Sendable & Hashable).Type] = [:]\n}\n",
    );
  });

  it("registers the document's own type under its type name when it is no definition (a meta-schema's root)", () => {
    const root = { ...handObject("Meta", { title: str }), definitionName: undefined, pointer: "" };
    const model = handModel([handObject("Part", { id: str }), root], { root: { kind: "named", name: "Meta" } });
    expect(registryEntries(model).map((e) => [e.wireName, e.type.name])).toEqual([
      ["Part", "Part"],
      ["Meta", "Meta"],
    ]);
    // A definition whose wire name is the root's type name (its own type named otherwise) leaves no key for the root.
    const clash = handModel([handObject("Other", { id: str }, { definitionName: "Meta" }), root], { root: { kind: "named", name: "Meta" } });
    expect(codegenErrorOf(() => registryEntries(clash)).reason).toContain("the document's own type Meta has the name of a definition");
  });

  it("merges the models' registries into AllDefinitions", () => {
    const a = modelOf(draft07({ A: object({ x: { type: "string" } }) }), "Alpha");
    const b = modelOf(draft07({ B: object({ y: { type: "string" } }) }), "Beta");
    const c = modelOf(draft07({ C: object({ z: { type: "string" } }) }), "Gamma");
    const support = swiftTarget.render([a, b, c], {}).at(-1)!.contents;
    expect(support).toContain("/// Alpha, Beta and Gamma merged");
    expect(support).toContain(
      "= AlphaDefinitions.byName.merging(BetaDefinitions.byName) { first, _ in first }.merging(GammaDefinitions.byName) { first, _ in first }\n",
    );
  });

  it("takes another name where a type of its own model has `<Model>Definitions`, which a valid schema may declare", () => {
    // A root property `definitions` holding an object is named `<Model>Definitions` by the model
    // (CycloneDX 1.6's BOM), and so is a definition of that name: neither is refused.
    const inline = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", ...object({ definitions: object({ a: { type: "string" } }) }) });
    expect(inline.typesByName.has("TestDefinitions")).toBe(true);
    const [file, support] = swiftTarget.render([inline], {});
    expect(file!.contents).toContain("public struct TestDefinitions");
    expect(registry(file!.contents, "TestDefinitionRegistry")).toEqual([["Test", "Test"]]);
    expect(support!.contents).toContain("= TestDefinitionRegistry.byName\n");
    const both = modelOf(draft07({ TestDefinitions: object({ a: { type: "string" } }), TestDefinitionRegistry: object({ b: { type: "string" } }) }));
    expect(registry(swiftTarget.render([both], {})[0]!.contents, "TestDefinitionRegistry2")).toEqual([
      ["TestDefinitions", "TestDefinitions"],
      ["TestDefinitionRegistry", "TestDefinitionRegistry"],
    ]);
  });

  it("lists every definition of the Gateway and CloneEvents families", () => {
    for (const family of [gatewayFamily, cloneEventsFamily]) {
      const model = buildModel(documentFromFamily(family), { name: family.name });
      const swift = swiftTarget.render([model], {})[0]!.contents;
      const definitions = Object.keys(model.source.document[model.source.definitionsKey] as object);
      expect(registry(swift, `${family.name}Definitions`).map(([wire]) => wire)).toEqual(definitions);
    }
  });
});

describe("Swift definition registry errors", () => {
  it("a type of another model named like a registry, and the module-wide registry's name", () => {
    const a = modelOf(draft07({ BetaDefinitions: object({ a: { type: "string" } }) }), "Alpha");
    const b = modelOf(draft07({ B: object({ b: { type: "string" } }) }), "Beta");
    expect(renderError([a, b]).reason).toContain('"BetaDefinitions" is Beta\'s definition registry, but Alpha');
    // A model type named like a support type is renamed instead (naming.ts, typeIdentifier).
    expect(swiftTarget.render([modelOf(draft07({ AllDefinitions: { type: "string" } }))], {})[0]!.contents).toContain('"AllDefinitions": _AllDefinitions.self,');
    // A model named "All" would name its registry like the module-wide one: it takes the next spelling.
    expect(registry(swiftTarget.render([modelOf(draft07({ A: { type: "string" } }), "All")], {})[0]!.contents, "AllDefinitionRegistry")).toEqual([["A", "A"]]);
  });

  it("one wire name in two models", () => {
    const hand = (name: string, typeName: string): SchemaModel =>
      createSchemaModel({
        name,
        source: { location: `${name}.json`, dialect: "draft-07", definitionsKey: "definitions", integerSpellings: new Map(), integersRoundedTogether: new Map(), document: {} },
        types: [{ kind: "alias", name: typeName, pointer: "/definitions/Shared", definitionName: "Shared", type: { kind: "string", constraints: {} } }],
        constants: [],
        fallbacks: [],
      });
    const error = renderError([hand("Alpha", "A"), hand("Beta", "B")]);
    expect(error.reason).toContain('definition "Shared" is declared by both Alpha and Beta');
  });
});
