// An `allOf` of two closed objects whose keys are typed by patterns (A: `^a` strings, no other key;
// B: `^ab` strings, no other key) cannot merge exactly: which keys two regexes share is unknowable, so
// each side's object group stays a rule of its own beside the merged type. Found by sweep AT: Swift,
// which declares no type for such a rule and describes it, wrote "must also be an object" for each
// (twice the same words): the description of an object left its patterns out, and so, for a closed
// object of patterns alone, every rule it has. A closed object's patterns are now told beside its
// declared keys, before "no other keys" (which, without them, denied the keys they allow).
// Verdicts were right. Controls: the leftover rules keep their places (743c4f1), and without
// `type: object` in A and B the rules are A and B themselves ("when an object, must also be A").
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import type { NamedType, TypeRef } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const closedOf = (pattern: string, typed: boolean): Record<string, unknown> => ({ ...(typed ? { type: "object" } : {}), additionalProperties: false, patternProperties: { [pattern]: { type: "string" } } });
const documentOf = (typed: boolean): Record<string, unknown> =>
  draft07({ A: closedOf("^a", typed), B: closedOf("^ab", typed), C: { properties: { p: { allOf: [{ $ref: "#/definitions/A" }, { $ref: "#/definitions/B" }] } } } });

/** The allOf rules on property `p` of C, as the named types they check. */
function rulesOnP(typed: boolean): NamedType[] {
  const model = modelOf(documentOf(typed));
  const c = typeNamed(model, "C");
  if (c.kind !== "object") throw new Error("C is not an object");
  const type: TypeRef = c.properties.find((property) => property.name === "p")!.type;
  if (type.kind !== "constrained") throw new Error(`p has no rules: ${JSON.stringify(type)}`);
  return type.assertions.map((assertion) => {
    if (assertion.kind !== "allOf" || assertion.type.kind !== "named") throw new Error(`not an allOf of a named type: ${JSON.stringify(assertion)}`);
    return typeNamed(model, assertion.type.name);
  });
}

function swiftOf(document: Record<string, unknown>): string {
  const dir = tempDir("clone-codegen-closed-patterns-");
  writeTree(dir, { "doc.json": JSON.stringify(document) });
  return renderFile(join(dir, "doc.json"), "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
}

describe("an allOf of two closed objects typed by patterns", () => {
  it("control: keeps each side's rules at the place they are written (A's at A, B's at B)", () => {
    expect(rulesOnP(true).map((type) => type.pointer)).toEqual(["/definitions/A", "/definitions/B"]);
  });

  it("describes each rule in Swift by its patterns and its closedness", () => {
    const swift = swiftOf(documentOf(true));
    expect(swift).toContain(
      [
        "    /// Rules the decoder does not check:",
        "    /// - must also be an object with keys matching `^a`: a string and no other keys",
        "    /// - must also be an object with keys matching `^ab`: a string and no other keys",
        "    public var p: CP?",
      ].join("\n"),
    );
  });

  it("control: without `type: object` the rules are A and B themselves", () => {
    expect(rulesOnP(false).map((type) => type.name)).toEqual(["A", "B"]);
    // Naming no type, A and B hold objects alone (p, naming none either, may be a string): said so
    // since typeless-all-of-part-described.test.ts.
    expect(swiftOf(documentOf(false))).toContain("    /// - when an object, must also be A\n    /// - when an object, must also be B\n");
  });

  it("tells a closed object's patterns beside its declared keys, then no other key (under `not`)", () => {
    const swift = swiftOf(draft07({ N: { type: "object", properties: { q: { not: { type: "object", required: ["k"], properties: { k: { type: "integer" } }, additionalProperties: false, patternProperties: { "^x-": { type: "string" } } } } } } }));
    expect(swift).toContain('must not be an object with "k": an integer, keys matching `^x-`: a string and no other keys');
  });
});
