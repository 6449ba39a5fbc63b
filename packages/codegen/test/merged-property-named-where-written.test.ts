// A property an `allOf` merges in from a `$ref` to another definition is named where it is written,
// as translating that definition names it, whichever definition is translated first. Types are shared
// by shape and named by the first place met, and definitions are translated in the order they are
// listed: flagd's flag definitions (open-feature/flagd-schemas json/flags.json, Apache-2.0; found by
// sweep AT) list `flagsArray`, whose items are `allOf: [{$ref: anyFlag}, {key}]`, before `flag` and
// `booleanVariants`, so `Flag.state` was a FlagsArrayItemBooleanFlagState and `BooleanVariants.variants`
// a FlagsArrayItemBooleanFlagVariants. Controls: the same schema with the definitions in the other
// order names them alike; a merge that narrows the property (a type of its own) keeps its place's name.
import { describe, expect, it } from "vitest";
import type { ObjectType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const flag = { type: "object", properties: { state: { type: "string", enum: ["ENABLED", "DISABLED", "ARCHIVED"] } }, required: ["state"] };
// As flagd writes a flag's variants: keys of one character or more, values of the flag's type.
const booleanVariants = { type: "object", properties: { variants: { type: "object", additionalProperties: false, patternProperties: { "^.{1,}$": { type: "boolean" } } } } };
const booleanFlag = { allOf: [{ $ref: "#/definitions/flag" }, { $ref: "#/definitions/booleanVariants" }] };
const stringFlag = { allOf: [{ $ref: "#/definitions/flag" }, { properties: { variants: { type: "object", additionalProperties: false, patternProperties: { "^.{1,}$": { type: "string" } } } } }] };
const anyFlag = { anyOf: [{ $ref: "#/definitions/booleanFlag" }, { $ref: "#/definitions/stringFlag" }] };
const flagsArray = { type: "array", items: { allOf: [{ $ref: "#/definitions/anyFlag" }, { properties: { key: { type: "string" } }, required: ["key"] }] } };

/** The type name (or kind) of each property of the object type `object`. */
function propertyTypes(model: ReturnType<typeof modelOf>, object: string): Record<string, string> {
  return Object.fromEntries((typeNamed(model, object) as ObjectType).properties.map((p) => [p.name, p.type.kind === "named" ? p.type.name : p.type.kind]));
}

describe("a property merged in from another definition", () => {
  const arrayFirst = modelOf(draft07({ flagsArray, flag, booleanVariants, anyFlag, booleanFlag, stringFlag }), "Flags");
  const arrayLast = modelOf(draft07({ flag, booleanVariants, anyFlag, booleanFlag, stringFlag, flagsArray }), "Flags");

  it("is named where it is written when a definition merging it is listed first", () => {
    expect(propertyTypes(arrayFirst, "Flag")).toEqual({ state: "FlagState" });
    expect(propertyTypes(arrayFirst, "BooleanVariants")).toEqual({ variants: "BooleanVariantsVariants" });
    expect(propertyTypes(arrayFirst, "BooleanFlag")).toEqual({ state: "FlagState", variants: "BooleanVariantsVariants" });
    expect(arrayFirst.types.map((type) => type.name).filter((name) => name.startsWith("FlagsArrayItem") && /State|Variants$/.test(name) && !name.includes("StringFlag"))).toEqual([]);
  });

  it("gets the names it gets with the definitions in the other order (control)", () => {
    const names = (model: ReturnType<typeof modelOf>) => [...model.types.map((type) => type.name)].sort();
    expect(names(arrayFirst)).toEqual(names(arrayLast));
    expect(propertyTypes(arrayLast, "Flag")).toEqual({ state: "FlagState" });
  });

  it("keeps its place's name where the merge narrows it (control: a type of its own)", () => {
    const narrowed = { type: "array", items: { allOf: [{ $ref: "#/definitions/flag" }, { properties: { state: { enum: ["ENABLED", "DISABLED"] } } }] } };
    const model = modelOf(draft07({ narrowed, flag }), "Flags");
    expect(propertyTypes(model, "Flag")).toEqual({ state: "FlagState" });
    const item = (typeNamed(model, "Narrowed") as { items?: { name?: string } }).items?.name ?? "NarrowedItem";
    const itemState = propertyTypes(model, item).state;
    expect(itemState).not.toBe("FlagState");
    expect(itemState).toMatch(/^NarrowedItem/);
  });
});
