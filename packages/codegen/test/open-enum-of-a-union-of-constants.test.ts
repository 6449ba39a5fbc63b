// A union of constants beside another string: GitLab CI's `filter_refs` items (gitlab-ci.json as
// check-jsonschema 0.39.0 vendors it, MIT) are `anyOf: [{oneOf: [{enum: [branches], description:
// "When a branch is pushed."}, {enum: [tags], …}, …]}, {type: string}]`: the known values and any
// other string, as `anyOf: [{enum: [branches, tags]}, {type: string}]` says, which is an open enum.
// The member that is a union of constants listed none itself, so the two were a first-match union
// of an enum and a string (`.string(FilterRefsItemString)`, `.string2(String)`). A union of
// constants alone now lists its members' (a value two members of a `oneOf` list is in neither), and
// they describe their values as before.
// Controls: the same written flat reads the same; a member that is no constant lists nothing.
import { describe, expect, it } from "vitest";
import type { EnumType, NamedType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const draft07 = "http://json-schema.org/draft-07/schema#";

const refs = (known: Record<string, unknown>) => ({ $schema: draft07, anyOf: [known, { type: "string", description: "A branch or tag name, or a regular expression." }] });

function typeOf(document: Record<string, unknown>): NamedType {
  return typeNamed(modelOf(document, "Ref"), "Ref");
}

describe("a union of constants beside a string", () => {
  it("is an open enum of the constants, each described (GitLab CI's filter refs)", () => {
    const type = typeOf(refs({ oneOf: [{ enum: ["branches"], description: "When a branch is pushed." }, { enum: ["tags"], description: "When a tag is pushed." }] })) as EnumType;
    expect(type.kind).toBe("enum");
    expect(type.values).toEqual(["branches", "tags"]);
    expect(type.otherValues?.kind).toBe("string");
    expect(type.valueNotes).toEqual([
      { value: "branches", description: "When a branch is pushed." },
      { value: "tags", description: "When a tag is pushed." },
    ]);
  });

  it("control: the constants written as one enum read the same", () => {
    const type = typeOf(refs({ enum: ["branches", "tags"] })) as EnumType;
    expect([type.kind, type.values, type.otherValues?.kind]).toEqual(["enum", ["branches", "tags"], "string"]);
  });

  it("control: a member that is no constant lists nothing, and the variants stay a union", () => {
    expect(typeOf(refs({ oneOf: [{ enum: ["branches"] }, { type: "string", minLength: 3 }] })).kind).toBe("union");
  });
});
