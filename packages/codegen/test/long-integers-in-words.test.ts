// An integer no double holds is written in words as the document spells it: the docs' defaults,
// bounds, constants, enum values and tags, and Swift's doc comments (a tag, a rule's bounds). JSON.parse
// reads `"default": 9223372036854775807` as 2^63, and the docs wrote JavaScript's digits for it,
// "Default: `9223372036854776000`", an integer the schema never says (as `maximum:
// 18446744073709551615` read "≤ 18446744073709552000"); the JSON Schema, bundle, Swift code and DRF
// targets already wrote the spelling (integerSpellings.ts). Found by sweep AL on Starship's
// .github/config-schema.json (starship/starship, ISC): `git_branch.truncation_length` defaults to
// 9223372036854775807, i64's largest, as schemars writes it; drf-spectacular and pydantic bound
// 64-bit fields so. Controls: an integer a double holds, and a fraction, read as before.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const text = `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "definitions": {
    "Config": {
      "type": "object",
      "properties": {
        "truncation_length": {"default": 9223372036854775807, "type": "integer"},
        "size": {"type": "integer", "minimum": -9223372036854775808, "maximum": 18446744073709551615},
        "magic": {"const": 12345678901234567890},
        "small": {"type": "number", "minimum": 0.5, "maximum": 100, "default": 7},
        "tagged": {"$ref": "#/definitions/Tagged"},
        "rule": {"type": "string", "not": {"enum": ["x"]}, "maxLength": 9007199254740993}
      }
    },
    "Mode": {"enum": [1234567890123456789012, 1]},
    "Tagged": {
      "oneOf": [
        {"type": "object", "required": ["k"], "properties": {"k": {"const": 98765432109876543210}}},
        {"type": "object", "required": ["k"], "properties": {"k": {"const": 2}}}
      ]
    },
    "Limited": {"type": "array", "items": {"type": "integer", "not": {"type": "integer", "minimum": 18446744073709551615}}}
  }
}`;

function rendered(target: "docs" | "swift"): string {
  const dir = tempDir("clone-codegen-long-integers-");
  writeTree(dir, { "long.json": text });
  return renderFile(join(dir, "long.json"), target).map((file) => file.contents).join("\n");
}

describe("an integer no double holds, in words", () => {
  it("the docs write defaults, bounds, constants, enum values and tags as the document spells them", () => {
    const docs = rendered("docs");
    expect(docs).toContain("Default: `9223372036854775807`.");
    expect(docs).toContain("an integer ≥ -9223372036854775808, ≤ 18446744073709551615");
    expect(docs).toContain("| `magic` | 12345678901234567890 |");
    expect(docs).toContain("| `1234567890123456789012` |");
    expect(docs).toContain("| `98765432109876543210` |");
    // (Type names are read from the double, TaggedV98765432109876540000: not a number the docs state.)
    expect(docs).not.toMatch(/(?<![A-Za-z])(9223372036854776000|18446744073709552000|12345678901234567000|1\.2345678901234568e\+21|98765432109876540000)/);
  });

  it("Swift's doc comments write a tag and a rule's bounds as the document spells them", () => {
    const swift = rendered("swift");
    expect(swift).toContain('/// "k": 98765432109876543210');
    expect(swift).toContain("/// - each item: must not be an integer ≥ 18446744073709551615");
    expect(swift).not.toContain('/// "k": 98765432109876540000');
  });

  it("an integer a double holds and a fraction read as before (controls)", () => {
    const docs = rendered("docs");
    expect(docs).toContain("a number ≥ 0.5, ≤ 100");
    expect(docs).toContain("Default: `7`.");
  });
});
