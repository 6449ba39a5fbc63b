// A child that only narrows a property its allOf base declares by reference (`id: {$ref: Id}` in the
// base, `id: {pattern: "^note--"}` in the child, as STIX 2.1 narrows `id` in every object) merged the
// two into a copy of Id's rules under no name: the child's `id` was a plain `String` where the base's
// is `Id`, so the base's Swift protocol required nothing and was dropped (found by sweep AC). Parts
// that only narrow what one `$ref` names, by rules that cannot merge into it, leave the place that
// named type, with those rules as assertions the validating targets check.
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { ObjectType, TypeRef } from "../src/model/types.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const model = modelOf(
  draft07({
    Id: { type: "string", pattern: "^[a-z]+--" },
    Core: { type: "object", properties: { id: { $ref: "#/definitions/Id" } }, required: ["id"] },
    Note: { allOf: [{ $ref: "#/definitions/Core" }, { properties: { id: { pattern: "^note--" } } }] },
    // A `$ref` with a sibling of the same kind, in a property of its own.
    Tagged: { type: "object", properties: { owner: { $ref: "#/definitions/Id", pattern: "^user--" } } },
    // Controls: a rule the target lacks merges into a copy of its rules, as before; and a type built
    // on an object is its own, its base named (DAP's CancelResponse, allOf Response and `type: object`).
    Reply: { allOf: [{ $ref: "#/definitions/Core" }, { properties: { ok: { type: "boolean" } } }] },
    Ack: { allOf: [{ $ref: "#/definitions/Reply" }, { type: "object" }] },
    Short: { type: "object", properties: { id: { allOf: [{ $ref: "#/definitions/Id" }, { maxLength: 12 }] } } },
  }),
  "Stix",
);

const propertyType = (object: string, property: string): TypeRef => (typeNamed(model, object) as ObjectType).properties.find((p) => p.name === property)!.type;
const swift = swiftTarget.render([model], {}).find((file) => file.path === "StixModels.swift")!.contents;

describe("a property narrowing what its one $ref names", () => {
  it("is the named type, constrained by the narrowing rule", () => {
    for (const [object, property, pattern] of [
      ["Note", "id", "^note--"],
      ["Tagged", "owner", "^user--"],
    ] as const) {
      const type = propertyType(object, property);
      expect(type).toMatchObject({ kind: "constrained", type: { kind: "named", name: "Id" } });
      expect(type.kind === "constrained" && type.assertions).toEqual([expect.objectContaining({ kind: "allOf", type: expect.objectContaining({ kind: "string", constraints: { pattern } }) })]);
    }
    expect(propertyType("Short", "id")).toEqual({ kind: "string", constraints: { pattern: "^[a-z]+--", maxLength: 12 } });
    expect(typeNamed(model, "Ack")).toMatchObject({ kind: "object", bases: [{ kind: "named", name: "Reply" }] });
  });

  it("still holds values to both rules", () => {
    const validator = new ModelValidator(model);
    const verdicts = (name: string, key: string, values: string[]) => values.map((value) => validator.validatesNamed(name, { [key]: value }));
    expect(verdicts("Note", "id", ["note--1", "report--1", "note-1"])).toEqual([true, false, false]);
    expect(verdicts("Tagged", "owner", ["user--1", "group--1"])).toEqual([true, false]);
  });

  it("lets the child adopt the base's Swift protocol for it", () => {
    expect(swift).toContain("public protocol CoreProtocol: Codable, Sendable {\n    var id: Id { get }\n}");
    expect(swift).toMatch(/public struct Note: [^\n]*\bCoreProtocol \{\n(?: {4}\/\/\/[^\n]*\n)*    public var id: Id\n/);
  });
});
