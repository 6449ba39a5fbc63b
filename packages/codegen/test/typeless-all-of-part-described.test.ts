// An allOf part the model keeps as a rule (a second `anyOf`, which no merge joins with the first) made of
// object keywords naming no `type` (`anyOf: [{required: ["g"]}]`) is met by every value that is not an
// object, yet its words said "must also be an object with "g"" even where the value may be a string
// (`anyOf: [{type: string}, {type: object}]` beside it): a reader took a string for invalid, which AJV
// accepts. Found by reading the allOf leftovers of the regression corpus (the `…AllOf` types): there
// every such part (OpenAPI 3.1's `license` and `link` `oneOf` of `required` groups, Arazzo's step and
// criterion objects) constrains an object, so no corpus output moves; the minimal input is
// hand-written. Now the rule says "when an object, …" where the values it meets may be of another type.
// Controls: the same part on an object (`type: object`) reads as before; so does a part naming its type.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { describeAssertion, PLAIN_WORDS } from "../src/model/describeAssertion.ts";
import { docsTarget } from "../src/targets/docs/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { modelOf } from "./helpers/model.ts";

const twoAnyOfs = { allOf: [{ anyOf: [{ required: ["d"] }, { required: ["f"] }] }, { anyOf: [{ required: ["g"] }] }] };
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    C: {
      type: "object",
      properties: {
        // A string or an object: the part about objects lets every string through.
        r: { anyOf: [{ type: "string" }, { type: "object" }], ...twoAnyOfs },
        // Control: an object only.
        t: { type: "object", ...twoAnyOfs },
        // Control: a part naming its type holds every value to it.
        v: { anyOf: [{ type: "string" }, { type: "object" }], allOf: [{ anyOf: [{ type: "string", minLength: 2 }, { type: "object" }] }, { anyOf: [{ type: "object", required: ["g"] }] }] },
      },
    },
  },
};
const model = modelOf(document, "Leftovers");

describe("an allOf part of object keywords naming no type, kept as a rule", () => {
  it("lets a string through, as AJV reads the document (the oracle of the words below)", () => {
    const validate = new Ajv2020({ strict: false }).compile({ ...document, $ref: "#/$defs/C" });
    expect([validate({ r: "text" }), validate({ r: { d: 1 } }), validate({ r: { d: 1, g: 2 } }), validate({ v: "text" })]).toEqual([true, false, true, false]);
  });

  it("says in Swift's doc comment that it holds objects only, where the value may be a string", () => {
    const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(swift).toMatch(/\/\/\/ - when an object, must also be an object with "g"\n(?: {4}\/\/\/ [^\n]*\n)* {4}public var r: /);
    // Controls: on an object, and a part naming its type, as before.
    expect(swift).toMatch(/\/\/\/ Rules the decoder does not check:\n {4}\/\/\/ - must also be an object with "g"\n {4}public var t: /);
    expect(swift).toMatch(/\/\/\/ - must also be an object with "g"\n(?: {4}\/\/\/ [^\n]*\n)* {4}public var v: /);
  });

  it("says so in the docs' row of the property", () => {
    const docs = docsTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(docs).toMatch(/\| `r` \| [^|]* that when an object, must also be \[[A-Za-z0-9]+\]\(#[a-z0-9]+\)[^|]* \| optional \|/);
    expect(docs).toMatch(/\| `t` \| [^|]* that must also be \[[A-Za-z0-9]+\]\(#[a-z0-9]+\) \| optional \|/);
  });

  it("holds for a typeless map too, and says nothing of other types on a map, nor without a model to ask (PLAIN_WORDS)", () => {
    const rule = { kind: "allOf", type: { kind: "record", values: { kind: "string", constraints: {} }, otherTypesPass: true }, pointer: "" } as const;
    const words = { ...PLAIN_WORDS, model };
    expect(describeAssertion(rule, words)).toBe("when an object, must also be an object whose values are strings");
    expect(describeAssertion(rule, words, { kind: "string", constraints: {} })).toBe("when an object, must also be an object whose values are strings");
    expect(describeAssertion(rule, words, { kind: "record", values: { kind: "unknown" } })).toBe("must also be an object whose values are strings");
    expect(describeAssertion(rule)).toBe("must also be an object whose values are strings");
  });
});
