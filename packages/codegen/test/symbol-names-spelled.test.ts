// A type named after a tag, a required key or a property that is symbols alone ("...", "==", "<=")
// is named by the words of its symbols, as the Swift target names such a member ("lessThanEquals"):
// the words were dropped, and the name was "Empty" for a tag or key (Nx's nx.json schema, nrwl/nx
// packages/nx/schemas/nx-schema.json, MIT, found by sweep AT: readyWhen's `oneOf: [{required: ["..."]},
// {not: {required: ["..."]}, oneOf: …}]` had the variant ReadyWhenEmpty, though "..." merges with the
// inherited check; JSON Logic's operators "==" and "!=" as tags were TaggedEmpty and TaggedEmpty2) and
// "Property" for a property (RuleProperty for "<="). The symbol words are one list (naming/words.ts,
// symbolWords), shared with Swift's member names. Controls: the empty string keeps Empty and
// Property; a name with letters is as it was.
import { describe, expect, it } from "vitest";
import { spelledMemberName } from "../src/targets/swift/naming.ts";
import { draft07, modelOf } from "./helpers/model.ts";

const model = modelOf(
  draft07({
    ReadyWhen: {
      type: "object",
      properties: { "...": { type: "boolean" }, url: { type: "string" }, port: { type: "integer" } },
      oneOf: [{ required: ["..."] }, { not: { required: ["..."] }, oneOf: [{ required: ["url"] }, { required: ["port"] }] }],
    },
    Rule: { type: "object", properties: { "<=": { type: "object", properties: { a: { type: "string" } } }, "": { type: "object", properties: { b: { type: "string" } } } } },
    Tagged: {
      oneOf: [
        { type: "object", properties: { op: { const: "==" } }, required: ["op"] },
        { type: "object", properties: { op: { const: "!=" }, x: { type: "string" } }, required: ["op"] },
        { type: "object", properties: { op: { const: "" }, y: { type: "string" } }, required: ["op"] },
      ],
    },
  }),
  "Symbols",
);
const names = model.types.map((type) => type.name);

describe("a name of symbols alone", () => {
  it("names a union's variant by its required key's symbols", () => {
    expect(names).toContain("ReadyWhenDotDotDot");
    expect(names.filter((name) => name.includes("Empty"))).toEqual(["TaggedEmpty"]);
  });

  it("names a variant by its tag's symbols, the empty tag keeping Empty (control)", () => {
    expect(names).toEqual(expect.arrayContaining(["TaggedEqualsEquals", "TaggedNotEquals", "TaggedEmpty"]));
  });

  it("names a property's type by its symbols, the empty key keeping Property (control)", () => {
    expect(names).toEqual(expect.arrayContaining(["RuleLessThanEquals", "RuleProperty"]));
  });

  it("spells Swift's members by the same words (control)", () => {
    expect(["<=", "...", "==", "", "url"].map(spelledMemberName)).toEqual(["lessThanEquals", "dotDotDot", "equalsEquals", "empty", "url"]);
  });
});
