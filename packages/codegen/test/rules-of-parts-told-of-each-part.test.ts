// A rule the Swift decoder does not check, written on the items of an array (or a record's values, a
// tuple's items), is a rule of each item, and the doc comment must say so: it was listed under the
// array's property as a rule of the array itself, its "it" the array. Found by sweep AK on OSV
// (ossf/osv-schema validation/schema.json: each of `affected[].ranges` holds `if: {type: GIT}, then:
// {required: [repo]}`, told as "if it is an object with "type" …" of the list) and OpenVEX
// (openvex/spec openvex_json_schema.json: each of `statements` an `if`/`then` on its status). Controls:
// a rule of the array itself (`contains`) and of a property's own value stay as they were.
import { describe, expect, it } from "vitest";
import { findTarget } from "../src/targets/index.ts";
import { modelOf } from "./helpers/model.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    ranges: {
      type: "array",
      items: {
        type: "object",
        properties: { kind: { type: "string" }, repo: { type: "string" } },
        if: { properties: { kind: { const: "git" } } },
        then: { required: ["repo"] },
      },
    },
    byName: { type: "object", additionalProperties: { type: "string", not: { const: "admin" } } },
    grid: { type: "array", items: { type: "array", items: { type: "string", not: { const: "x" } } } },
    pair: { type: "array", prefixItems: [{ type: "string", not: { const: "a" } }], items: { type: "integer", not: { const: 0 } } },
    // Controls: rules of the value itself.
    tags: { type: "array", items: { type: "string" }, contains: { const: "y" } },
    handle: { type: "string", not: { const: "root" } },
  },
};

/** The doc comment lines right above `public var <name>` in the generated Swift. */
function docAbove(swift: string, name: string): string[] {
  const lines = swift.split("\n");
  const at = lines.findIndex((line) => line.trim().startsWith(`public var ${name}:`));
  const doc: string[] = [];
  for (let index = at - 1; index >= 0 && lines[index]!.trim().startsWith("///"); index--) doc.unshift(lines[index]!.trim());
  return doc;
}

describe("rules of an array's items, a record's values, a tuple's items", () => {
  const swift = findTarget("swift")
    .render([modelOf(document, "Parts")], {})
    .find((file) => file.path.endsWith("Models.swift"))!.contents;

  it("are told of each item or value, not of the array or record", () => {
    expect(docAbove(swift, "ranges")).toEqual(["/// Rules the decoder does not check:", '/// - each item: if it is an object with "kind" (if present): "git", then it must be an object with "repo"']);
    expect(docAbove(swift, "byName")).toEqual(["/// Rules the decoder does not check:", '/// - each value: must not be "admin"']);
    expect(docAbove(swift, "grid")).toEqual(["/// Rules the decoder does not check:", '/// - each item of each item: must not be "x"']);
    expect(docAbove(swift, "pair")).toEqual(["/// Rules the decoder does not check:", '/// - item 1: must not be "a"', "/// - each item after item 1: must not be 0"]);
  });

  it("leaves a rule of the value itself as it was (controls)", () => {
    expect(docAbove(swift, "tags")).toEqual(["/// Rules the decoder does not check:", '/// - must contain at least 1 item(s) that are "y"']);
    expect(docAbove(swift, "handle")).toEqual(["/// Rules the decoder does not check:", '/// - must not be "root"']);
  });
});
