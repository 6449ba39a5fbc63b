// An object whose conditional tests a boolean key's constant, Woodpecker CI's step (woodpecker-ci.json
// as check-jsonschema 0.39.0 vendors it from SchemaStore, Apache-2.0): `detach: {type: boolean}`, `allOf: [{if: {properties: {detach:
// {const: true}}}, then: {}, else: {anyOf: [{required: [commands]}, {required: [entrypoint]}]}}]`
// (Dependabot's `enable-beta-ecosystems` likewise). casesOfTestedKey split it into the case of the
// tested value `true` and one for every other value (`not: {enum: [true]}`), so the case where the
// `if` fails held `detach` to a Bool documented "must not be true", which the decoder did not check,
// and the two cases were told apart by first match and named after their type (`object`,
// `object2`). A boolean has two values: the key's rule lists them as an enum would, so the cases are
// `detach: true` and `detach: false`, a tag union on `detach` whose false case pins it.
// Controls: a string key's rule lists nothing, and the other values keep their case.
import { describe, expect, it } from "vitest";
import type { NamedType, TagUnion } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const draft07 = "http://json-schema.org/draft-07/schema#";

const step = (rule: Record<string, unknown>, tested: unknown) => ({
  $schema: draft07,
  type: "object",
  additionalProperties: false,
  required: ["image", "detach"],
  properties: { image: { type: "string" }, detach: rule, commands: { type: "string" }, entrypoint: { type: "string" } },
  allOf: [{ if: { properties: { detach: { const: tested } } }, then: {}, else: { anyOf: [{ required: ["commands"] }, { required: ["entrypoint"] }] } }],
});

/** The union `name`, with each variant's tag where it is a tag union. */
function unionOf(document: Record<string, unknown>, name: string): { rule: string; tags: unknown[] } {
  const union = typeNamed(modelOf(document, name), name) as NamedType & TagUnion;
  expect(union.kind).toBe("union");
  return { rule: union.rule, tags: union.variants.map((variant) => variant.tag) };
}

describe("a conditional testing a boolean key's constant", () => {
  it("splits into the cases of true and false, a tag union (Woodpecker CI's detached step)", () => {
    expect(unionOf(step({ type: "boolean" }, true), "Step")).toEqual({ rule: "tag", tags: [true, false] });
  });

  it("control: a string key's other values keep a case of their own (no tag of them)", () => {
    expect(unionOf(step({ type: "string" }, "yes"), "Step").rule).not.toBe("tag");
  });
});
