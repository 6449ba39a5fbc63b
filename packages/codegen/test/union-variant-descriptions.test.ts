// What a schema says of a union's variant (`oneOf: [{type: string, description: "A path to the
// package."}, …]`) reaches the outputs that show variants: the case's `///` comment in Swift, the
// variant's line in the docs, the help_text of the variant's DRF field. The model's variants carried
// no annotation, so a variant whose type is not a named type (a string, an array, a constant: nothing
// to carry a doc comment of its own) lost its description in every output; an object variant kept it
// only because its struct carries it. Found by sweep AL on Deno's config-file.v1.json (denoland/deno:
// `nodeModulesDir`'s boolean variant, "Enables or disables the use of a local node_modules folder…"),
// on the shapes schemars writes for Rust enums (an untagged enum's documented variants; an externally
// tagged enum's unit variant, `{type: string, enum: ["Registry"], description: …}`, beside its data
// variants) and in the regression corpus (SchemaStore's package.json `imports` and `workspaces`,
// Claude Code's tool result content). A type several places share by shape keeps what its variants
// say only where every place says the same, as its own documentation.
import { describe, expect, it } from "vitest";
import { docsTarget } from "../src/targets/docs/index.ts";
import { pythonDrfTarget } from "../src/targets/python-drf/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import type { UnionType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const source = {
  description: "Where a package comes from.",
  oneOf: [
    { description: "A path to the package.", type: "string" },
    { description: "Several paths.", type: "array", items: { type: "string" } },
    { description: "A git repository.", type: "object", required: ["git"], properties: { git: { type: "string" } } },
  ],
};
const level = { oneOf: [{ description: "Off.", type: "boolean" }, { type: "integer", minimum: 0, maximum: 9 }] };
const model = modelOf(draft07({ Source: source, Level: level }), "Variants");

describe("what a schema says of a union's variant", () => {
  it("is the model variant's description where its type does not document itself", () => {
    const union = typeNamed(model, "Source") as UnionType;
    expect(union.variants.map((variant) => variant.description)).toEqual(["A path to the package.", "Several paths.", undefined]);
    // The object variant's struct carries its own.
    const object = union.variants[2]!.type;
    expect(object.kind).toBe("named");
    expect(typeNamed(model, (object as { name: string }).name).description).toBe("A git repository.");
    // A variant that says nothing has none (control).
    expect((typeNamed(model, "Level") as UnionType).variants.map((variant) => variant.description)).toEqual(["Off.", undefined]);
  });

  it("is the Swift case's doc comment", () => {
    const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(swift).toContain("    /// A path to the package.\n    case string(String)\n    /// Several paths.\n    case array([String])\n    case object(SourceObject)");
    expect(swift).toContain("    /// Off.\n    case boolean(Bool)\n    case integer(Int)");
  });

  // Variants a Swift decoder cannot tell apart (they differ by a format) are one case, whose comment
  // lists them: it named each variant's shape but dropped what the schema says of it, which a case of
  // one variant keeps (found by task AV; `anyOf: [{type: string, description: "A path."}, {type:
  // string, format: uri, description: "A URL."}]` read "- variant 1: a string"). A description of
  // several lines stays inside its item; a variant that says nothing keeps its bare line (control).
  it("reaches each variant a Swift case holding several lists", () => {
    const target = {
      anyOf: [
        { type: "string", description: "A path." },
        { type: "string", format: "uri", description: "A URL.\n\nAbsolute, with a scheme." },
        { type: "string", format: "email" },
      ],
    };
    const merged = modelOf(draft07({ Link: { type: "object", properties: { target } } }), "Merged");
    const swift = swiftTarget.render([merged], {}).map((file) => file.contents).join("\n");
    expect(swift).toContain(
      [
        "so one case holds them. A value is one of:",
        "    /// - variant 1: a string. A path.",
        "    /// - variant 2: a string in format uri. A URL.",
        "    ///",
        "    ///   Absolute, with a scheme.",
        "    /// - variant 3: a string in format email",
        "    case string(String)",
      ].join("\n"),
    );
  });

  it("follows the variant in the docs", () => {
    const docs = docsTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(docs).toContain("| string | a string: A path to the package. |");
    expect(docs).toContain("| array | an array of strings: Several paths. |");
    expect(docs).toContain("| boolean | a boolean: Off. |");
    expect(docs).toContain("| integer | an integer ≥ 0, ≤ 9 |");
  });

  it("is the help_text of the variant's DRF field, as a property's description is", () => {
    const python = pythonDrfTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(python).toContain('("string", _String(help_text="A path to the package.")),');
    expect(python).toContain('("array", _List(child=_String(), help_text="Several paths.")),');
    expect(python).toContain('("boolean", _Boolean(help_text="Off.")),');
    expect(python).toContain('("integer", _Integer(minimum=0, maximum=9)),');
  });

  it("stays on a union several places share only where they all say it", () => {
    const place = (descriptions: readonly string[]) => ({ oneOf: [{ description: descriptions[0], type: "string" }, { description: descriptions[1], type: "integer" }] });
    const shared = (first: readonly string[], second: readonly string[]) => {
      const doc = draft07({ Holder: { type: "object", properties: { a: place(first), b: place(second) } } });
      return modelOf(doc, "Shared").types.filter((type): type is UnionType => type.kind === "union");
    };
    const same = shared(["A name.", "A count."], ["A name.", "A count."]);
    expect(same).toHaveLength(1);
    expect(same[0]!.variants.map((variant) => variant.description)).toEqual(["A name.", "A count."]);
    const different = shared(["A name.", "A count."], ["A label.", "A count."]);
    expect(different).toHaveLength(1);
    expect(different[0]!.variants.map((variant) => variant.description)).toEqual([undefined, undefined]);
  });
});
