// Every construct of the model contract, on hand-made models (the shapes a target must spell, some of
// which the builder reaches only through combinations), renders in every typed target: none throws
// NotRenderedYetError any more. model-constructs.test.ts builds each construct from a minimal JSON
// Schema and renders it with every target. A construct added to the contract later starts here as
// "not rendered yet" until each target spells it.
import { describe, expect, it } from "vitest";
import type { NamedType, SchemaModel, TypeRef } from "../src/model/types.ts";
import { validateModel } from "../src/model/validateModel.ts";
import { NotRenderedYetError } from "../src/targets/notRenderedYet.ts";
import { pythonDrfTarget } from "../src/targets/python-drf/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import type { Target } from "../src/targets/target.ts";
import { handModel, handObject, handUnion, named, str, type UnionParts } from "./helpers/handModel.ts";

/** A model of these types, checked against the contract first. */
function modelOf(...types: NamedType[]): SchemaModel {
  const model = handModel(types);
  validateModel(model);
  return model;
}

const holding = (type: TypeRef) => modelOf(handObject("T", { x: type }));
const unionOf = (parts: UnionParts, ...others: NamedType[]) => modelOf(handUnion("T", parts), ...others);
const a = handObject("A", { id: str });
const b = handObject("B", { id: str, extra: str });

type Outcome = "rendered" | "not rendered yet";

const CONSTRUCTS: readonly [string, () => SchemaModel, Record<"swift" | "python-drf", Outcome>][] = [
  ["a null-only type", () => holding({ kind: "null" }), { swift: "rendered", "python-drf": "rendered" }],
  ["a constant object", () => holding({ kind: "literal", value: { a: [1] } }), { swift: "rendered", "python-drf": "rendered" }],
  ["a tuple", () => holding({ kind: "tuple", prefixItems: [str], rest: false, constraints: {} }), { swift: "rendered", "python-drf": "rendered" }],
  [
    "a constrained type",
    () => holding({ kind: "constrained", type: str, assertions: [{ kind: "not", type: { kind: "literal", value: "" }, pointer: "/not" }] }),
    { swift: "rendered", "python-drf": "rendered" },
  ],
  [
    "an integer enum",
    () => modelOf({ kind: "enum", name: "T", pointer: "/definitions/T", definitionName: "T", valueType: "integer", values: [1, 2] }),
    { swift: "rendered", "python-drf": "rendered" },
  ],
  [
    "patternProperties",
    () => modelOf(handObject("T", {}, { patternProperties: [{ pattern: "^x-", type: str, pointer: "/definitions/T/patternProperties/^x-" }] })),
    { swift: "rendered", "python-drf": "rendered" },
  ],
  ["an object with a base (flattened)", () => modelOf(handObject("T", { id: str }, { bases: [{ kind: "named", name: "A" }] }), a), { swift: "rendered", "python-drf": "rendered" }],
  [
    "a first-match union",
    () => unionOf({ rule: "firstMatch", variants: [{ name: "A", type: named("A") }, { name: "S", type: str }] }, a),
    { swift: "rendered", "python-drf": "rendered" },
  ],
  [
    "a key-presence union with several keys per variant",
    () => unionOf({ rule: "keyPresence", variants: [{ name: "B", type: named("B"), keys: ["id", "extra"] }, { name: "A", type: named("A"), keys: ["id"] }] }, a, b),
    { swift: "rendered", "python-drf": "rendered" },
  ],
  [
    "a union tagged by a number",
    () => unionOf({ rule: "tag", property: "id", variants: [{ name: "A", type: named("A"), tag: 1 }, { name: "B", type: named("B"), tag: 2 }] }, a, b),
    { swift: "rendered", "python-drf": "rendered" },
  ],
  [
    "a JSON-type union with a null variant",
    () => unionOf({ rule: "jsonType", variants: [{ name: "Null", type: { kind: "null" }, jsonType: "null" }, { name: "String", type: str, jsonType: "string" }] }),
    { swift: "rendered", "python-drf": "rendered" },
  ],
];

const TARGETS: readonly Target[] = [swiftTarget, pythonDrfTarget];

describe("every construct of the contract renders in every typed target", () => {
  for (const [label, model, outcomes] of CONSTRUCTS) {
    for (const target of TARGETS) {
      const outcome = outcomes[target.name as keyof typeof outcomes];
      it(`${target.name}: ${label} is ${outcome}`, () => {
        const render = () => target.render([model()], {});
        if (outcome === "rendered") expect(render().length).toBeGreaterThan(0);
        else expect(render).toThrow(NotRenderedYetError);
      });
    }
  }

  it("Swift spells the rendered ones as a Swift user expects", () => {
    const swiftOf = (model: SchemaModel) => swiftTarget.render([model], {})[0]!.contents;
    const keys = swiftOf(CONSTRUCTS.find(([label]) => label.startsWith("a key-presence"))![1]());
    expect(keys).toContain('if container.contains(AnyCodingKey("id")) && container.contains(AnyCodingKey("extra")) {');
    expect(keys).toContain("debugDescription: \"expected one of the keys: id + extra, id\"");
    const nullable = swiftOf(CONSTRUCTS.find(([label]) => label.startsWith("a JSON-type union"))![1]());
    expect(nullable).toMatch(/ {4}case null\n/);
    expect(swiftOf(CONSTRUCTS.find(([label]) => label === "a constrained type")![1]())).toContain("public var x: String");
  });
});
