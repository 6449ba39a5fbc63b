// A place the schema deprecates (`deprecated: true`) is told so by every output that can show it, as
// every other annotation is (types.ts Annotations): the docs said "Deprecated." and the JSON Schema
// bundle kept the keyword, but the Swift `///` comments and DRF's `help_text` and class docstrings
// left it out, so a reader of the generated code could not tell. Found by sweep AL on configuration
// schemas (astral-sh/ruff's schemars-written ruff.schema.json marks its top-level options moved under
// `lint` `deprecated: true`, Deno's config-file.v1.json its legacy decorator options; OpenAPI documents
// do the same for properties and schemas). The
// word follows the description as a sentence, or as a paragraph of its own after a description of
// several lines (uv's end in a fenced TOML example). Controls: a place not deprecated, or
// `deprecated: false`, gains nothing; the bundle keeps the keyword and the description as written.
import { describe, expect, it } from "vitest";
import { jsonSchemaBundleTarget } from "../src/targets/json-schema-bundle/index.ts";
import { pythonDrfTarget } from "../src/targets/python-drf/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { draft07, modelOf } from "./helpers/model.ts";

const document = draft07({
  Options: {
    type: "object",
    properties: {
      legacy: { description: "Use `source` instead", deprecated: true, type: "string" },
      bare: { deprecated: true, type: "integer" },
      wrapped: { description: "The old mode.", deprecated: true, allOf: [{ $ref: "#/definitions/Mode" }] },
      long: { description: "Where to look.\n\n```toml\nlong = \"x\"\n```", deprecated: true, type: "string" },
      current: { description: "Where to look.", type: "string" },
      kept: { description: "Still here.", deprecated: false, type: "string" },
    },
  },
  Mode: { description: "A mode.", type: "string", enum: ["a", "b"] },
  OldOptions: { description: "Options of version 1.", deprecated: true, type: "object", properties: { a: { type: "string" } } },
});
const model = modelOf(document, "Deprecations");
const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
const python = pythonDrfTarget.render([model], {}).map((file) => file.contents).join("\n");

describe("a deprecated place in the generated code", () => {
  it("Swift tells it after the property's description, or alone", () => {
    expect(swift).toContain("    /// Use `source` instead. Deprecated.\n    public var legacy: String?");
    expect(swift).toContain("    /// Deprecated.\n    public var bare: Int?");
    expect(swift).toContain("    /// The old mode. Deprecated.\n    public var wrapped: Mode?");
    expect(swift).toContain('    /// ```toml\n    /// long = "x"\n    /// ```\n    ///\n    /// Deprecated.\n    public var long: String?');
  });

  it("Swift tells it of a deprecated type", () => {
    expect(swift).toContain("/// Options of version 1. Deprecated.\n///\n/// - Remark: Generated from `#/definitions/OldOptions`.");
  });

  it("DRF tells it in the field's help_text and the class docstring", () => {
    expect(python).toContain('help_text="Use `source` instead. Deprecated."');
    expect(python).toMatch(/bare = _Integer\(\s*required=False,\s*help_text="Deprecated\.",?\s*\)/);
    expect(python).toContain('help_text="The old mode. Deprecated."');
    expect(python).toContain('"""Options of version 1. Deprecated."""');
  });

  it("leaves a place not deprecated as it was (controls)", () => {
    expect(swift).toContain("    /// Where to look.\n    public var current: String?");
    expect(swift).toContain("    /// Still here.\n    public var kept: String?");
    expect(swift).toContain("/// A mode.\n///\n/// - Remark: Generated from `#/definitions/Mode`.");
    expect(python).toContain('current = _String(required=False, help_text="Where to look.")');
    expect(python).toContain('kept = _String(required=False, help_text="Still here.")');
  });

  it("the JSON Schema bundle keeps the keyword and the description as written (control)", () => {
    const bundle = JSON.parse(jsonSchemaBundleTarget.render([model], {})[0]!.contents) as { $defs?: Record<string, unknown>; definitions?: Record<string, unknown> };
    const text = JSON.stringify(bundle);
    expect(text).toContain('"deprecated":true');
    expect(text).not.toContain("Deprecated.");
  });
});
