// `not: {required: [k]}` ("k must be absent"; any value but an object passes `required`, so fails its
// `not`) is exactly `{type: "object", properties: {k: false}}`: read so, the key is a property no value
// satisfies (Swift types it JSONAbsent and its decoder refuses it), where it was a rule beside the
// object that no decoder checks. Found by sweep AS on Slack's Block Kit (TightknitAI/slack-block-kit-
// validator src/slack-block-kit.schema.json): slack_file_object is `oneOf: [{required: [url], not:
// {required: [id]}}, {required: [id], not: {required: [url]}}]`, a common way of writing "exactly one
// of two keys". `not: {anyOf: [{required: [a]}, {required: [b]}]}` forbids each key the same way.
// A `type` list's object part reads it so, and its other parts admit no value (they pass `required`).
// Controls: a `not` of two keys in one `required` ("not both") or with keywords beside the `required`
// stays a rule. The verdicts (non-objects refused, or accepted by another branch) are the conformance
// package's key-forbidden-by-not-required.test, AJV on the document as the oracle.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import type { ObjectType, TypeRef } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";
import { swiftDeclarations } from "./helpers/swiftText.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const document = draft07({
  SlackFile: {
    type: "object",
    properties: { url: { type: "string" }, id: { type: "string" } },
    oneOf: [
      { required: ["url"], not: { required: ["id"] } },
      { required: ["id"], not: { required: ["url"] } },
    ],
  },
  Neither: { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" }, c: { type: "string" } }, not: { anyOf: [{ required: ["a"] }, { required: ["b"] }] } },
  NoKey: { properties: { m: { type: "integer" } }, not: { required: ["k"] } },
  NullOrNoKey: { type: ["object", "null"], properties: { m: { type: "integer" } }, not: { required: ["k"] } },
  // Controls.
  NotBoth: { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" } }, not: { required: ["a", "b"] } },
  NotKeyWithMore: { type: "object", properties: { m: { type: "integer" } }, not: { required: ["k"], properties: { m: { const: 1 } } } },
});
const model = modelOf(document, "Doc");

/** The property `key` of the object named `name`. */
function propertyOf(name: string, key: string): { readonly type: TypeRef; readonly required: boolean; readonly pointer: string } | undefined {
  return (typeNamed(model, name) as ObjectType).properties.find((property) => property.name === key);
}

/** A property no value satisfies, as `{not: {}}` (or `false`) reads. */
const ABSENT = { kind: "constrained", type: { kind: "unknown" }, assertions: [{ kind: "not", type: { kind: "unknown" } }] };

/** Whether the type holds a `not` rule anywhere. */
function keepsNot(type: unknown): boolean {
  return JSON.stringify(type).includes('"kind":"not"');
}

describe("a not of one required key", () => {
  it("is a property no value satisfies on each variant of exactly one of two keys (Slack's file object)", () => {
    expect(propertyOf("SlackFileWithUrl", "id")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/SlackFile/oneOf/0/not" });
    expect(propertyOf("SlackFileWithUrl", "url")).toMatchObject({ required: true, type: { kind: "string" } });
    expect(propertyOf("SlackFileWithId", "url")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/SlackFile/oneOf/1/not" });
  });

  it("is a property no value satisfies on a schema of no type, which it makes an object", () => {
    expect(typeNamed(model, "NoKey").kind).toBe("object");
    expect(propertyOf("NoKey", "k")).toMatchObject({ required: false, type: ABSENT });
  });

  it("leaves an object alone of a type list with null (null passes `required`, so fails its `not`)", () => {
    expect(typeNamed(model, "NullOrNoKey").kind).toBe("object");
    expect(propertyOf("NullOrNoKey", "k")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/NullOrNoKey/not" });
  });

  it("forbids each key of a not of an anyOf of one-key requireds", () => {
    expect(typeNamed(model, "Neither").kind).toBe("object");
    expect(propertyOf("Neither", "a")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/Neither/not/anyOf/0" });
    expect(propertyOf("Neither", "b")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/Neither/not/anyOf/1" });
    expect(propertyOf("Neither", "c")).toMatchObject({ type: { kind: "string" } });
  });

  it("stays a rule when it says more: two keys in one required (not both), keywords beside the required", () => {
    for (const name of ["NotBoth", "NotKeyWithMore"]) {
      const written = typeNamed(model, name);
      expect(written.kind, name).toBe("alias");
      expect(keepsNot(written), name).toBe(true);
    }
  });

  it("is typed JSONAbsent in Swift, so the decoder refuses the key", () => {
    const dir = tempDir("clone-codegen-forbidden-key-");
    writeTree(dir, { "doc.json": JSON.stringify(document) });
    const [swift] = renderFile(join(dir, "doc.json"), "swift").filter((file) => file.path.endsWith("Models.swift"));
    const declarations = swiftDeclarations(swift!.contents);
    const members = (name: string) => JSON.stringify(declarations.get(name));
    expect(members("SlackFileWithUrl")).toMatch(/"wireName":"id","type":"JSONAbsent\?"/);
    expect(members("SlackFileWithId")).toMatch(/"wireName":"url","type":"JSONAbsent\?"/);
    expect(members("Neither")).toMatch(/"wireName":"a","type":"JSONAbsent\?"/);
  });
});
