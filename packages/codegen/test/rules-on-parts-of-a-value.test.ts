// A rule Swift's decoder does not check is documented on the part of the value it applies to: `not`
// on an array's items is a rule on each item, not on the array. Found by sweep AL on the W3C Web of
// Things Thing Description schema (w3c/wot-thing-description validation/td-json-schema-validation.json,
// W3C Software and Document License): `@type` is `oneOf: [{type: string, not: {const:
// "tm:ThingModel"}}, {type: array, items: {type: string, not: {const: "tm:ThingModel"}}}]`, and the
// array case's comment read "must not be "tm:ThingModel"", as if of the array; its `@context` tuple's
// `additionalItems: {…, not: {$ref: thing-context-td-uri-v1}}` read as a rule on the whole array.
// Every part a value has is told: each item, a tuple's place, each item past its places, each value of
// a record, and a part of a part. Control: a rule on the value itself reads as before. The same rule
// as rules-of-parts-told-of-each-part.test.ts (sweep AK on OSV and OpenVEX, found and fixed first, whose
// wording "each item: …" this follows); these are the Thing Description's shapes of it.
import { describe, expect, it } from "vitest";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { draft07, modelOf } from "./helpers/model.ts";

const notX = { type: "string", not: { const: "x" } };
const document = draft07({
  Holder: {
    type: "object",
    properties: {
      itself: notX,
      items: { type: "array", items: notX },
      places: { type: "array", items: [{ type: "integer" }, notX], additionalItems: notX },
      values: { type: "object", additionalProperties: notX },
      nested: { type: "array", items: { type: "object", additionalProperties: notX } },
    },
  },
  Declaration: { oneOf: [notX, { type: "array", items: notX }] },
});
const swift = swiftTarget.render([modelOf(document, "Parts")], {}).map((file) => file.contents).join("\n");

/** The doc comment lines just above `declaration`. */
function rulesAbove(declaration: string): string[] {
  const lines = swift.split("\n");
  const at = lines.findIndex((line) => line.trim().startsWith(declaration));
  expect(at, declaration).toBeGreaterThan(0);
  const doc: string[] = [];
  for (let index = at - 1; index >= 0 && lines[index]!.trim().startsWith("/// - "); index--) doc.unshift(lines[index]!.trim().slice("/// - ".length));
  return doc;
}

describe("a rule the decoder does not check, on a part of the value", () => {
  it("is told of each item of an array", () => {
    expect(rulesAbove("public var items:")).toEqual(['each item: must not be "x"']);
    expect(rulesAbove("case array(")).toEqual(['each item: must not be "x"']);
  });

  it("is told of a tuple's place and of each item past its places", () => {
    expect(rulesAbove("public var places:")).toEqual(['item 2: must not be "x"', 'each item after item 2: must not be "x"']);
  });

  it("is told of each value of a record, and of a part of a part", () => {
    expect(rulesAbove("public var values:")).toEqual(['each value: must not be "x"']);
    expect(rulesAbove("public var nested:")).toEqual(['each value of each item: must not be "x"']);
  });

  it("on the value itself reads as before (control)", () => {
    expect(rulesAbove("public var itself:")).toEqual(['must not be "x"']);
    expect(rulesAbove("case string(")).toEqual(['must not be "x"']);
  });
});
