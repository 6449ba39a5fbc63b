// Variants of a union that share a JSON type and have no name of their own are named after what their
// values are where their type alone does not tell them apart: an array's, the JSON type of its items.
// OSV's `related` (ossf/osv-schema validation/schema.json), `{type: array, anyOf: [{items: {type:
// string}}, {items: {type: object, …}}]}`, read `case array([String])` and `case array2([…Array2Item])`:
// the names said nothing of which is which, and the item struct was named after a number. Controls:
// a lone array variant keeps `array`; variants with names of their own (definitions) keep them; arrays
// whose items share a type, which that does not tell apart, are numbered as before.
import { describe, expect, it } from "vitest";
import { swiftTarget } from "../src/targets/swift/index.ts";
import type { UnionType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const variantNames = (name: string) => (typeNamed(model, name) as UnionType).variants.map((variant) => variant.name);

const related = {
  type: "array",
  anyOf: [
    { items: { type: "string" } },
    { items: { type: "object", required: ["id"], properties: { id: { type: "string" } } } },
  ],
};
const model = modelOf(
  draft07({
    Related: related,
    // Items of any type say nothing more: that variant keeps its type's name.
    Mixed: { anyOf: [{ type: "array", items: { type: "integer" } }, { type: "array" }] },
    PathOrPaths: { anyOf: [{ type: "array", items: { type: "string" } }, { type: "string" }] },
    Named: { anyOf: [{ $ref: "#/definitions/Words" }, { $ref: "#/definitions/Counts" }] },
    Words: { type: "array", items: { type: "string" } },
    Counts: { type: "array", items: { type: "number" } },
    Bounded: { anyOf: [{ type: "array", items: { type: "string", minLength: 2 } }, { type: "array", items: { type: "string", maxLength: 0 } }] },
  }),
  "Variants",
);

describe("union variants of one JSON type, named by their values", () => {
  it("name arrays after their items' type (OSV's related)", () => {
    expect(variantNames("Related")).toEqual(["StringArray", "ObjectArray"]);
    expect(variantNames("Mixed")).toEqual(["IntegerArray", "Array"]);
    const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(swift).toContain("    case stringArray([String])\n    case objectArray([RelatedObjectArrayItem])");
    expect(swift).toContain("public struct RelatedObjectArrayItem:");
  });

  it("leave a lone array, named variants and arrays their items do not tell apart as they were (controls)", () => {
    expect(variantNames("PathOrPaths")).toEqual(["Array", "String"]);
    expect(variantNames("Named")).toEqual(["Words", "Counts"]);
    expect(variantNames("Bounded")).toEqual(["Array", "Array2"]);
  });
});
