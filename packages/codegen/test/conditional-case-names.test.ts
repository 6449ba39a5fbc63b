// The two cases the model splits a conditional into (`if` with `then`, `not: if` with `else`) were
// named after their JSON type, numbered: Arazzo 1.0's success action (OAI/Arazzo-Specification
// schemas/v1.0/schema.yaml, Apache-2.0), `allOf: [{if: {properties: {type: {const: goto}}}, then:
// {oneOf: [{required: [workflowId]}, {required: [stepId]}]}}]` beside `unevaluatedProperties: false`,
// was `.object(SuccessActionObjectObject)` where the `if` holds and `.object2(…Object2)` where it
// fails; so were OpenAPI 3.1's parameter styles by `in` and Frictionless's foreign keys. Where the
// `if` tests one key's one constant, the case where it holds is named after that value (as a tag
// union names its variants), where it tests one key's presence after the key (as a key-presence case
// is named), and the case where it fails is the catch-all `Other`. Control: an `if` testing anything
// else (a pattern) names nothing, and the cases keep their type's names.
import { describe, expect, it } from "vitest";
import type { NamedType, TypeRef } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const draft2020 = "https://json-schema.org/draft/2020-12/schema";

/** The names of the cases of the union `name`, and the names of their types. */
function casesOf(document: Record<string, unknown>, name: string): { names: string[]; types: string[] } {
  const union = typeNamed(modelOf(document, name), name) as NamedType & { variants?: readonly { name: string; type: TypeRef }[] };
  expect(union.kind).toBe("union");
  // A case's type may carry the rules a decoder does not check (`constrained`) around its named type.
  const typeName = (type: TypeRef): string => (type.kind === "constrained" ? typeName(type.type) : type.kind === "named" ? type.name : type.kind);
  return { names: union.variants!.map((variant) => variant.name), types: union.variants!.map((variant) => typeName(variant.type)) };
}

const action = (condition: Record<string, unknown>) => ({
  $schema: draft2020,
  type: "object",
  properties: { name: { type: "string" }, type: { type: "string", enum: ["end", "goto"] }, workflowId: { type: "string" }, stepId: { type: "string" } },
  required: ["name", "type"],
  allOf: [{ if: condition, then: { oneOf: [{ required: ["workflowId"] }, { required: ["stepId"] }] } }],
  unevaluatedProperties: false,
});

describe("the cases of a conditional's split", () => {
  it("are named after the constant the if tests, and Other (Arazzo's success action)", () => {
    expect(casesOf(action({ properties: { type: { const: "goto" } } }), "SuccessAction")).toEqual({ names: ["Goto", "Other"], types: ["SuccessActionGoto", "SuccessActionOther"] });
  });

  it("are named after a one-value enum the if tests, as after a const", () => {
    expect(casesOf(action({ properties: { type: { enum: ["goto"] } }, required: ["type"] }), "SuccessAction")).toEqual({ names: ["Goto", "Other"], types: ["SuccessActionGoto", "SuccessActionOther"] });
  });

  // Of type `object`, the cases are a key-presence union, which names them so already; naming no type
  // (a value of another type passes `required`), they are told apart by first match, which named them
  // after their type.
  for (const type of [{ type: "object" }, {}]) {
    it(`are named after the key an if of required tests, and Other (${"type" in type ? "of type object" : "naming no type"})`, () => {
      const document = {
        $schema: draft2020,
        ...type,
        properties: { mode: { type: "string" }, size: {} },
        if: { required: ["mode"] },
        then: { properties: { size: { type: "integer" } } },
        else: { properties: { size: { type: "string" } } },
        unevaluatedProperties: false,
      };
      expect(casesOf(document, "Sized")).toEqual({ names: ["Mode", "Other"], types: ["SizedMode", "SizedOther"] });
    });
  }

  it("are named after a tested number only in place of their type's name: the keys they require say more", () => {
    const levelled = (then: Record<string, unknown>) => ({
      $schema: draft2020,
      type: "object",
      properties: { level: { type: "integer" }, note: { type: "string" } },
      if: { properties: { level: { const: 2 } } },
      then,
      unevaluatedProperties: false,
    });
    expect(casesOf(levelled({ oneOf: [{ required: ["note"] }, { maxProperties: 1 }] }), "Levelled").names).toEqual(["V2", "Other"]);
    expect(casesOf(levelled({ required: ["note"] }), "Levelled").names).toEqual(["Note", "Other"]);
  });

  it("keep their type's names where the if tests a pattern (control)", () => {
    expect(casesOf(action({ properties: { type: { pattern: "^go" } } }), "SuccessAction")).toEqual({ names: ["Object", "Object2"], types: ["SuccessActionObject", "SuccessActionObject2"] });
  });
});
