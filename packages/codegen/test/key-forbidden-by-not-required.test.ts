// `not: {required: [k]}` ("k must be absent"; any value but an object passes `required`, so fails its
// `not`) is exactly `{type: "object", properties: {k: false}}`: read so, the key is a property no value
// satisfies (Swift types it JSONAbsent and its decoder refuses it), where it was a rule beside the
// object that no decoder checks. Found by sweep AS on Slack's Block Kit (TightknitAI/slack-block-kit-
// validator src/slack-block-kit.schema.json): slack_file_object is `oneOf: [{required: [url], not:
// {required: [id]}}, {required: [id], not: {required: [url]}}]`, a common way of writing "exactly one
// of two keys". `not: {anyOf: [{required: [a]}, {required: [b]}]}` forbids each key the same way.
// A `type` list's object part reads it so, and its other parts admit no value (they pass `required`).
// Controls: a `not` of two keys in one `required` ("not both") or with keywords beside the `required`
// stays a rule. So does the `not` the model makes itself for a conditional's failing case (`if:
// {required: [$ref]}`, `else: {$ref: parameter}`, OpenAPI 3.1's "X or a reference"): read as `$ref`
// absent, the case was a copy of Parameter's every type, not Parameter's own, and Parameter's cases,
// no longer shared with it, were renamed (ParameterSchema → ParameterWithSchema; sweep AX).
// The verdicts (non-objects refused, or accepted by another branch) are the conformance
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
  // Cut down from OpenAPI 3.0's Header: no style, explode, allowReserved, example or examples beside content.
  ByParts: { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" }, c: { type: "string" } }, allOf: [{ not: { required: ["a"] } }, { not: { required: ["b"] } }] },
  // Cut down from AsyncAPI's AMQP channel binding (bindings/amqp/0.3.0/channel.json): a key of an object type one case forbids.
  Channel: {
    type: "object",
    properties: { queue: { type: "object", properties: { name: { type: "string" } } }, exchange: { type: "string" } },
    oneOf: [
      { required: ["exchange"], not: { required: ["queue"] } },
      { required: ["queue"], not: { required: ["exchange"] } },
    ],
  },
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
    expect(propertyOf("SlackFileUrl", "id")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/SlackFile/oneOf/0/not" });
    expect(propertyOf("SlackFileUrl", "url")).toMatchObject({ required: true, type: { kind: "string" } });
    expect(propertyOf("SlackFileId", "url")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/SlackFile/oneOf/1/not" });
  });

  it("is a property no value satisfies on a schema of no type, which it makes an object", () => {
    expect(typeNamed(model, "NoKey").kind).toBe("object");
    expect(propertyOf("NoKey", "k")).toMatchObject({ required: false, type: ABSENT });
  });

  it("is a property no value satisfies for each of several allOf parts, all of the object (none a rule beside it)", () => {
    expect(typeNamed(model, "ByParts").kind).toBe("object");
    expect(propertyOf("ByParts", "a")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/ByParts/allOf/0/not" });
    expect(propertyOf("ByParts", "b")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/ByParts/allOf/1/not" });
    expect(propertyOf("ByParts", "c")).toMatchObject({ required: false, type: { kind: "string" } });
  });

  it("is a property no value satisfies in place of the object type the key declares, which names no type of its own", () => {
    expect(propertyOf("ChannelWithExchange", "queue")).toMatchObject({ required: false, type: ABSENT, pointer: "/definitions/Channel/oneOf/0/not" });
    expect(propertyOf("ChannelWithQueue", "queue")).toMatchObject({ required: true, type: { kind: "named" } });
    expect(model.types.map((type) => type.name).filter((name) => name.startsWith("ChannelWithExchange"))).toEqual(["ChannelWithExchange"]);
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
    expect(members("SlackFileUrl")).toMatch(/"wireName":"id","type":"JSONAbsent\?"/);
    expect(members("SlackFileId")).toMatch(/"wireName":"url","type":"JSONAbsent\?"/);
    expect(members("Neither")).toMatch(/"wireName":"a","type":"JSONAbsent\?"/);
  });
});

describe("the not of a conditional's failing case, which the model makes", () => {
  // Cut down from OpenAPI 3.1's meta-schema (its parameter and parameter-or-reference; /work/regcorpus/openapi).
  const orReference = modelOf(
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        parameter: {
          type: "object",
          properties: { name: { type: "string" }, in: { enum: ["query", "path"] }, schema: { type: "object" }, content: { type: "object" }, style: { type: "string" } },
          required: ["in"],
          oneOf: [{ required: ["schema"] }, { required: ["content"] }],
          dependentSchemas: { schema: { properties: { style: { type: "string" } }, allOf: [{ if: { properties: { in: { const: "path" } }, required: ["in"] }, then: { properties: { style: { enum: ["simple", "label"] } } } }] } },
        },
        "parameter-or-reference": { if: { required: ["$ref"] }, then: { $ref: "#/$defs/reference" }, else: { $ref: "#/$defs/parameter" } },
        reference: { type: "object", properties: { $ref: { type: "string" } }, required: ["$ref"] },
      },
    },
    "Doc",
  );

  it("leaves the key a rule of the case: the else of a reference test is the definition's own type, its cases keeping their names", () => {
    const parameter = typeNamed(orReference, "Parameter");
    const orRef = typeNamed(orReference, "ParameterOrReference");
    if (orRef.kind !== "union" || parameter.kind !== "alias") throw new Error("expected a union of a reference or a parameter");
    const core = (type: TypeRef): TypeRef => (type.kind === "constrained" ? core(type.type) : type);
    expect(core(orRef.variants.find((variant) => variant.name !== "Ref")!.type)).toEqual(core(parameter.type));
    expect(orReference.types.map((type) => type.name)).toEqual(expect.arrayContaining(["ParameterSchema", "ParameterContent"]));
    // No copy of Parameter's cases for the reference's else.
    expect(orReference.types.map((type) => type.name)).not.toEqual(expect.arrayContaining(["ParameterOrReferenceInSchema"]));
    expect(orReference.types.map((type) => type.name)).not.toEqual(expect.arrayContaining(["ParameterOrReferenceInContent"]));
  });

  it("leaves the key a rule of the case a conditional beside unevaluatedProperties is split into", () => {
    const split = modelOf(
      {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $defs: { Item: { type: "object", properties: { $ref: { type: "string" }, name: { type: "string" } }, if: { required: ["$ref"] }, then: { required: ["$ref"] }, else: { required: ["name"] }, unevaluatedProperties: false } },
      },
      "Doc",
    );
    const item = typeNamed(split, "Item");
    if (item.kind !== "union") throw new Error("expected the conditional's cases");
    const failing = item.variants.find((variant) => variant.name === "Name")!;
    expect(keepsNot(failing.type)).toBe(true);
    const core = failing.type.kind === "constrained" ? failing.type.type : failing.type;
    const object = core.kind === "named" ? (typeNamed(split, core.name) as ObjectType) : undefined;
    expect(object?.properties.find((property) => property.name === "$ref")).toMatchObject({ required: false, type: { kind: "string" } });
  });

  // The `if`s the model negates were kept in one table for the whole process (module state): an `if`
  // one build negated stayed marked, and another build that reads the same object as an author's
  // `not` left that key a rule (an embedder building several documents that share a schema object).
  it("is marked per build: another build reading the same object as an author's not forbids its key", () => {
    const test = { required: ["k"] };
    const negating = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Split: { type: "object", properties: { k: { type: "string" }, m: { type: "integer" } }, if: test, then: { required: ["m"] }, unevaluatedProperties: false } } };
    const forbidding = draft07({ NoKey: { type: "object", properties: { m: { type: "integer" } }, not: test } });
    modelOf(negating, "Doc");
    const after = (typeNamed(modelOf(forbidding, "Doc"), "NoKey") as ObjectType).properties.find((property) => property.name === "k");
    expect(after).toMatchObject({ required: false, type: ABSENT });
  });
});
