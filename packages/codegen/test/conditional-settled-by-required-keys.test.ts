// A conditional whose `if` only asks for keys the object already requires (its own `required`, or an
// allOf part's, or a `oneOf` variant's the conditional is distributed into beside `unevaluated*`) holds
// for every value: its `then` always applies, its `else` never. Found by sweep AH on the Arazzo 1.0
// schema (OAI/Arazzo-Specification schemas/v1.0/schema.yaml, Apache-2.0): the step's `if: {required:
// [workflowId]}` beside the `oneOf` variant requiring workflowId was still split into the cases where it
// holds and where it does not (StepObjectWithWorkflowIdObject / …Object2, the second admitting no value),
// and a plain object requiring the key left the `then`'s typing of a property as a rule the decoder
// does not check (`p` an array of any JSON value, not of integers). Controls: an `if` asking for a key
// the object does not require, or asking more than presence, stays a conditional.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import type { ObjectType, TypeRef } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";
import { join } from "node:path";

const draft2020 = "https://json-schema.org/draft/2020-12/schema";
const conditional = { if: { required: ["c"] }, then: { properties: { p: { items: { type: "integer" } } } }, else: { properties: { p: { maxItems: 0 } } } };
const base = { type: "object", properties: { c: { type: "string" }, p: { type: "array" } } };

/** The type of property `p` of the object named `name`. */
function typeOfP(document: Record<string, unknown>, name: string): TypeRef {
  const model = modelOf(document, name);
  const object = model.types.find((type): type is ObjectType => type.kind === "object" && type.properties.some((property) => property.name === "p"));
  return object!.properties.find((property) => property.name === "p")!.type;
}

describe("a conditional whose if asks only for keys the object requires", () => {
  const cases = {
    "the object's own required": { $schema: draft2020, ...base, required: ["c"], ...conditional },
    "an allOf part's required": { $schema: draft2020, ...base, allOf: [{ required: ["c"] }], ...conditional },
  };
  for (const [where, document] of Object.entries(cases)) {
    it(`types the then's keys when the key is required by ${where}`, () => {
      expect(typeOfP(document, "Settled")).toEqual({ kind: "array", items: { kind: "integer", constraints: {} }, constraints: {} });
    });
  }

  // Controls: where the object does not require the key the `else` still applies to an object without
  // it (`p` must then be empty), and an `if` asking more than presence (c's value) stays a test.
  const documents = {
    settled: { $schema: draft2020, ...base, required: ["c"], ...conditional },
    "not required": { $schema: draft2020, ...base, ...conditional },
    "asking c's value": { $schema: draft2020, ...base, required: ["c"], ...conditional, if: { required: ["c"], properties: { c: { const: "x" } } } },
  };
  const instances = [{ c: "a", p: [1, 2] }, { c: "a", p: ["x"] }, { c: "x", p: ["x"] }, { c: "a" }, { p: [1] }, { p: [] }, { c: "a", p: [] }];
  const verdicts = { settled: [true, false, false, true, false, false, true], "not required": [true, false, false, true, false, true, true], "asking c's value": [false, false, false, true, false, false, true] };
  for (const [name, document] of Object.entries(documents)) {
    it(`judges every value as the input does: ${name} (the json-schema target against AJV on the document)`, () => {
      const dir = tempDir("clone-codegen-settled-");
      writeTree(dir, { "doc.json": JSON.stringify(document) });
      const [file] = renderFile(join(dir, "doc.json"), "json-schema");
      const rendered = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
      const original = new Ajv2020({ strict: false }).compile(document);
      expect(instances.map((instance) => original(instance))).toEqual(verdicts[name as keyof typeof verdicts]);
      expect(instances.map((instance) => rendered(instance))).toEqual(instances.map((instance) => original(instance)));
    });
  }
});

describe("Arazzo's step, cut down: the oneOf variant requiring the key the if asks for", () => {
  it("is one case, not split into the if's holding and failing", () => {
    const document = {
      $schema: draft2020,
      type: "object",
      properties: { a: { type: "string" }, w: { type: "string" }, p: { type: "array" } },
      oneOf: [{ required: ["a"] }, { required: ["w"] }],
      allOf: [{ if: { required: ["w"] }, then: { properties: { p: { items: { type: "integer" } } } } }],
      unevaluatedProperties: false,
    };
    const model = modelOf(document, "Step");
    const variantOfW = model.types.filter((type) => type.kind === "object" && type.name.startsWith("StepW"));
    expect(variantOfW.map((type) => type.name)).toEqual(["StepW"]);
    expect((typeNamed(model, "StepW") as ObjectType).properties.find((property) => property.name === "p")!.type).toEqual({ kind: "array", items: { kind: "integer", constraints: {} }, constraints: {} });
  });
});

// A value of one `oneOf` variant fails the others, so where another variant only requires a key, no
// value of this one has it: a conditional asking for that key (distributed into each variant beside
// `unevaluated*`) takes its `else` there. Found on Arazzo 1.0's step (as above): the variant requiring
// `a` was split into a case where `b` is there too (StepWithAB, which no value reaches: it matches both
// variants) and one where it is not; with the step's three variants and two conditionals, 36 types.
// Controls: AJV refuses every object with both keys, and the variant requiring `b` still takes the `then`.
describe("a conditional asking for a key another oneOf variant requires", () => {
  const step = (conditional: Record<string, unknown>) => ({
    $schema: draft2020,
    type: "object",
    properties: { a: { type: "string" }, b: { type: "string" }, p: { type: "array" } },
    oneOf: [{ required: ["a"] }, { required: ["b"] }],
    allOf: [conditional],
    unevaluatedProperties: false,
  });
  const then = { properties: { p: { items: { type: "string" } } } };
  /** The objects of the variants (those requiring a key; the branches' own types require none). */
  const objects = (model: ReturnType<typeof modelOf>) => model.types.filter((type): type is ObjectType => type.kind === "object" && type.properties.some((property) => property.name === "p") && type.properties.some((property) => property.required));
  const typeOf = (object: ObjectType, name: string) => object.properties.find((property) => property.name === name)!.type;

  it("makes no case of the variant where the other variant's key is there (no value has both)", () => {
    const document = step({ if: { required: ["b"] }, then });
    expect(new Ajv2020({ strict: false }).validate(document, { a: "x", b: "y" })).toBe(false);
    const variants = objects(modelOf(document, "Step"));
    expect(variants.map((object) => object.properties.filter((property) => property.required).map((property) => property.name))).toEqual([["a"], ["b"]]);
    expect(typeOf(variants[0]!, "p")).toEqual({ kind: "array", items: { kind: "unknown" }, constraints: {} });
    expect(typeOf(variants[1]!, "p")).toEqual({ kind: "array", items: { kind: "string", constraints: {} }, constraints: {} });
  });

  it("takes the else there", () => {
    const document = step({ if: { required: ["b"] }, then, else: { properties: { p: { maxItems: 0 } } } });
    const variants = objects(modelOf(document, "Step"));
    expect(variants.map((object) => object.properties.filter((property) => property.required).map((property) => property.name))).toEqual([["a"], ["b"]]);
    expect(typeOf(variants[0]!, "p")).toEqual({ kind: "array", items: { kind: "unknown" }, constraints: { maxItems: 0 } });
  });

  it("settles an if of a oneOf of such tests, and a conditional nested in the branch taken (Arazzo's step, cut down)", () => {
    const document = {
      $schema: draft2020,
      type: "object",
      properties: { id: { type: "string" }, opId: { type: "string" }, opPath: { type: "string" }, flow: { type: "string" }, p: { type: "array" } },
      required: ["id"],
      oneOf: [{ required: ["opId"] }, { required: ["opPath"] }, { required: ["flow"] }],
      allOf: [
        { if: { oneOf: [{ required: ["opPath"] }, { required: ["opId"] }] }, then: { properties: { p: { items: { type: "string" } } } } },
        { if: { required: ["flow"] }, then: { properties: { p: { items: { type: "integer" } } } } },
      ],
      unevaluatedProperties: false,
    };
    const variants = objects(modelOf(document, "Step"));
    expect(variants.map((object) => object.properties.filter((property) => property.required).map((property) => property.name).sort())).toEqual([["id", "opId"], ["id", "opPath"], ["flow", "id"]]);
    expect(variants.map((object) => typeOf(object, "p"))).toEqual([
      { kind: "array", items: { kind: "string", constraints: {} }, constraints: {} },
      { kind: "array", items: { kind: "string", constraints: {} }, constraints: {} },
      { kind: "array", items: { kind: "integer", constraints: {} }, constraints: {} },
    ]);
  });
});
