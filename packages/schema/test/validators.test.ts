// Every definition of every schema family has its validator, derived from the family's definitions:
// adding an event type or a Gateway definition needs no edit to validators.ts.
import { Type } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import * as schema from "@clone/schema";
import { cloneEventsFamilyOf, CloneEventVariants, eventVariant, schemaFamilies, validators, validatorsByName, validatorsFor } from "@clone/schema";
// The Claude Code families' validators (one document per family) are built with it.
import { createDocumentValidators } from "../src/validate/ajv.ts";

describe("validators", () => {
  const definitions = schemaFamilies.flatMap((family) => Object.keys(family.definitions));

  it("exist for every definition of every family, by name and typed, and for nothing else", () => {
    expect(definitions.length).toBeGreaterThan(0);
    for (const name of definitions) {
      expect(validatorsByName[name], name).toBeDefined();
      expect(validatorsByName[name]!.schemaName).toBe(name);
      expect((validators as Record<string, unknown>)[`validate${name}`], name).toBe(validatorsByName[name]);
    }
    expect(Object.keys(validatorsByName).sort()).toEqual([...new Set(definitions)].sort());
  });

  it("the root unions are exported by name too", () => {
    expect(schema.validateCloneEvent).toBe(validatorsByName.CloneEvent);
    expect(schema.validateGatewayFrame).toBe(validatorsByName.GatewayFrame);
  });

  it("an event type added to the variants gets its validator from the family alone", () => {
    const family = cloneEventsFamilyOf({ ...CloneEventVariants, ClipboardCopiedEvent: eventVariant("clipboard.copied", { text: Type.String() }) });
    const added = validatorsFor(family.definitions);
    const event = { id: "e", session_id: "s", occurred_at: "2026-01-31T09:30:00Z", source: "desktop", type: "clipboard.copied", text: "hi" };
    expect(added.validateClipboardCopiedEvent!(event)).toBe(true);
    expect(added.validateCloneEvent!(event)).toBe(true);
  });
});

describe("an instance's keys are its own (found by random schemas: AJV read them through the prototype)", () => {
  // A schema may name a property after a member of Object.prototype; a parsed instance never has
  // such a key unless it is written in the JSON.
  const Inherited = Type.Object({ toString: Type.Optional(Type.Number()), valueOf: Type.String(), constructor: Type.Optional(Type.String()) });

  it("a property named toString or constructor is absent from {}, and valueOf is missing", () => {
    const validate = schema.createValidator("Inherited", Inherited);
    expect(validate({})).toBe(false);
    expect(validate.messages({})).toEqual(["/valueOf: is required"]);
    expect(validate(JSON.parse('{"valueOf": "v"}'))).toBe(true);
    expect(validate(JSON.parse('{"valueOf": "v", "toString": "x"}'))).toBe(false);
  });

  it("in a document's validators too", () => {
    const { Inherited: validate } = createDocumentValidators({ Inherited });
    expect(validate!({})).toBe(false);
    expect(validate!(JSON.parse('{"valueOf": "v"}'))).toBe(true);
  });
});

describe("const, enum and uniqueItems answer for any JSON instance (AJV's equality threw on a key named toString or valueOf, ajv#2624)", () => {
  it("uniqueItems: a 22-byte body is judged, not thrown on", () => {
    const validate = schema.createValidator("Unique", Type.Array(Type.Any(), { uniqueItems: true }));
    expect(validate(JSON.parse('[{}, {"toString": ""}]'))).toBe(true);
    expect(validate(JSON.parse('[{"valueOf": 0}, {"valueOf": 0}]'))).toBe(false);
    expect(validate(JSON.parse('[{"a": [1, {"b": null}]}, {"a": [1, {"b": null}]}]'))).toBe(false);
    expect(validate(JSON.parse('[{"a": 1, "b": 2}, {"b": 2, "a": 1}]'))).toBe(false);
    expect(validate(JSON.parse('[[1, 2], [2, 1]]'))).toBe(true);
  });

  it("const and enum of objects", () => {
    const constant = schema.createValidator("Constant", Type.Unsafe({ const: { kind: "a" } }));
    expect(constant(JSON.parse('{"kind": "a"}'))).toBe(true);
    expect(constant(JSON.parse('{"toString": "a"}'))).toBe(false);
    const listed = schema.createValidator("Listed", Type.Unsafe({ enum: [{}, { valueOf: 0 }] }));
    expect(listed(JSON.parse('{"valueOf": 0}'))).toBe(true);
    expect(listed(JSON.parse('{"valueOf": 1}'))).toBe(false);
  });
});
