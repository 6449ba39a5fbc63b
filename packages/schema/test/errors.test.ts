// The error formatter (src/validate/errors.ts) on unions whose variants carry a tag: where it reports
// a failure. AJV here is the formatter's own configuration for explaining (every error, each with
// its sub-schema).
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { explainErrors } from "@clone/schema";

const object = (properties: Record<string, unknown>, required: string[]) => ({ type: "object", properties, required });

/** A union by `type` in which "string" is the tag of two variants, told apart by the `enum` key. */
const FIELD = {
  anyOf: [
    object({ type: { const: "string" }, maxLength: { type: "integer" } }, ["type"]),
    object({ type: { const: "boolean" }, default: { type: "boolean" } }, ["type"]),
    object({ type: { const: "string" }, enum: { type: "array", items: { type: "string" } } }, ["type", "enum"]),
  ],
};

function issues(value: unknown) {
  const validate = new Ajv({ strict: false, allErrors: true, verbose: true }).compile(FIELD);
  expect(validate(value)).toBe(false);
  return explainErrors(validate.errors, value);
}

describe("a tag union's failures", () => {
  it("a tag one variant holds: that variant's own errors, at their place", () => {
    expect(issues({ type: "boolean", default: 1, maxLength: "x" }).map((issue) => issue.pointer)).toEqual(["/default"]);
  });

  it("an unknown tag: at the tag", () => {
    expect(issues({ type: "STRING", enum: [] }).map((issue) => issue.pointer)).toEqual(["/type"]);
  });

  it("a tag several variants share: the value matches none of them, reported at the value (not as the first one's errors)", () => {
    // Wrong for the first "string" variant at /maxLength, wrong for the other at /enum/0.
    const found = issues({ type: "string", maxLength: "x", enum: [1] });
    expect(found.map((issue) => issue.pointer)).toEqual([""]);
    expect(found[0]!.message).toMatch(/^matches none of the 2 shapes with type "string" \(/);
  });
});

describe("boolean subschemas (true: any value, false: none) in the schema explained", () => {
  function explain(schema: object, value: unknown) {
    const validate = new Ajv({ strict: false, allErrors: true, verbose: true }).compile(schema);
    expect(validate(value)).toBe(false);
    return explainErrors(validate.errors, value);
  }

  // Found by random schemas through the conformance run: the formatter read `"const" in true` and threw.
  it("a union with a false variant: what the others allow", () => {
    expect(explain({ oneOf: [{ type: "string", maxLength: 6 }, { enum: ["A B"] }, false] }, 1)).toEqual([{ pointer: "", message: 'expected string or "A B"', keyword: "oneOf" }]);
  });

  it("a oneOf value that fits several variants (true among them) says so, not that it fits none", () => {
    // "A B" is a short string, any value, and the enum's value: variants 0, 1 and 2.
    const found = explain({ oneOf: [{ type: "string", maxLength: 6 }, true, { enum: ["A B"] }, false] }, "A B");
    expect(found).toEqual([{ pointer: "", message: "must match exactly one variant, matches several", keyword: "oneOf" }]);
  });

  it("a union of scalars beside false names only the scalars", () => {
    expect(explain({ anyOf: [{ const: "a" }, false, { type: "integer" }] }, true)).toEqual([{ pointer: "", message: 'expected "a" or integer', keyword: "anyOf" }]);
  });

  it("a tag property that is true or false in some variant, and a condition on a property that is true", () => {
    const tagged = { oneOf: [object({ kind: { const: "a" } }, ["kind"]), { type: "object", properties: { kind: true } }, false] };
    expect(explain(tagged, { kind: "a" }).map((issue) => issue.pointer)).toEqual([""]);
    const conditional = { if: { properties: { kind: true } }, then: { required: ["size"] } };
    expect(explain(conditional, { kind: 1 })).toEqual([{ pointer: "/size", message: expect.stringContaining("required"), keyword: "required" }]);
  });
});
