// A definition no value satisfies, with rules beside its object (STIX 2.1's incident: the `not` its
// core writes beside its properties; the `type` "incident" it requires, which that core refuses), is
// the alias Incident of the lifted object IncidentValue with those rules, both at the definition's
// pointer. gen warned of each, the one place twice in a run (found by sweep AC): once as IncidentValue
// (its required property), once as Incident (its rules). The place is warned of once, by the name its
// author gave, with what its object needs that admits no value; and gen's warnings are unique by
// place and reason wherever they come from.
import { describe, expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import { modelWarnings } from "../src/model/summary.ts";
import type { Target } from "../src/targets/target.ts";
import { draft07, modelOf } from "./helpers/model.ts";

// Its `not` of two keys (not both) is a rule beside the object (one key's is a property no value satisfies: key-forbidden-by-not-required.test).
const core = { type: "object", properties: { type: { type: "string", not: { enum: ["incident"] } } }, required: ["type"], not: { required: ["confidence", "severity"] } };
const model = modelOf(
  draft07({
    Core: core,
    Incident: { allOf: [{ $ref: "#/definitions/Core" }, { properties: { type: { enum: ["incident"] } } }] },
    // Control: rules beside an object that admits values, and an alias of no value without such a part.
    Note: { allOf: [{ $ref: "#/definitions/Core" }, { properties: { type: { enum: ["note"] } } }] },
    Nothing: { allOf: [{ type: "string" }, { type: "integer" }] },
  }),
  "Stix",
);

describe("a definition no value satisfies, with rules beside its object", () => {
  it("is warned of once, by its own name, with what its object needs", () => {
    expect(modelWarnings(model).map(({ pointer, reason }) => [pointer, reason])).toEqual([
      ["/definitions/Incident", 'no JSON value satisfies Incident: its required property "type" admits no value'],
      ["/definitions/Nothing", "no JSON value satisfies Nothing: its rules contradict, or what it must hold admits no value"],
    ]);
    expect(model.types.map((type) => type.name)).toContain("IncidentValue");
  });
});

// Found by sweep AS on Sigstore's TrustedRoot (sigstore/protobuf-specs gen/jsonschema/schemas/
// TrustedRoot.schema.json, Apache-2.0): protoc-gen-jsonschema writes each message field as a ref with
// `additionalProperties: false` beside it, which is read as a union of its own, its variants made again
// at the referenced variants' pointers; PublicKey's `oneOf` requires `raw_bytes` and `valid_for`, keys
// it does not declare (it declares rawBytes, validFor), and each variant was warned of twice at its
// place, once by the copy's name (HolderKeyRawBytes). Control: the property itself, a place of its own
// that admits no value, is still warned of.
describe("a variant no value satisfies, of a union read again beside a ref's siblings", () => {
  const copied = modelOf(
    {
      $schema: "http://json-schema.org/draft-04/schema#",
      definitions: {
        Holder: { type: "object", properties: { key: { $ref: "#/definitions/Key", additionalProperties: false } }, additionalProperties: false },
        Key: { type: "object", properties: { rawBytes: { type: "string" } }, additionalProperties: false, oneOf: [{ required: ["raw_bytes"] }, { required: ["valid_for"] }] },
      },
    },
    "Sigstore",
  );

  it("is warned of once at its place, by the name the union as written gives it", () => {
    const warnings = modelWarnings(copied).map(({ pointer, reason }) => [pointer, reason]);
    expect(warnings.filter(([pointer]) => pointer === "/definitions/Key/oneOf/0")).toEqual([["/definitions/Key/oneOf/0", 'no JSON value satisfies KeyRawBytes: its required property "raw_bytes" admits no value']]);
    expect(warnings.filter(([pointer]) => pointer === "/definitions/Key/oneOf/1")).toEqual([["/definitions/Key/oneOf/1", 'no JSON value satisfies KeyValidFor: its required property "valid_for" admits no value']]);
    expect(warnings.map(([pointer]) => pointer)).toEqual(expect.arrayContaining(["/definitions/Key", "/definitions/Holder/properties/key"]));
    expect(new Set(warnings.map(([pointer]) => pointer)).size).toBe(warnings.length);
  });
});

describe("gen's warnings", () => {
  it("are unique by place and reason, whichever reports them", () => {
    const repeating = { name: "repeating", description: "", render: () => [], warnings: () => [{ pointer: "/definitions/Core", reason: "said twice" }, { pointer: "/definitions/Core", reason: "said twice" }] } as Target;
    const warnings = genWarnings(model, [repeating]).map(({ pointer, reason }) => [pointer, reason]);
    expect(warnings.filter(([, reason]) => reason === "said twice")).toEqual([["/definitions/Core", "said twice"]]);
    expect(new Set(warnings.map((warning) => JSON.stringify(warning))).size).toBe(warnings.length);
  });
});
