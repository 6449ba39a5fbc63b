// Every definition, every property, every enum value and every schema that becomes a named type carries a description,
// in every family (the rendered ones and every Claude Code session version): the documentation every
// output shows comes from here. A failure names each place by its JSON pointer.
import { Type } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { claudeCodeSessionFamilies, cloneEventsFamilyOf, CloneEventVariants, eventVariant, schemaFamilies, StringLiteralUnion } from "@clone/schema";
import { undocumentedPlaces } from "./undocumented.ts";

describe("descriptions", () => {
  const families = [...schemaFamilies, ...claudeCodeSessionFamilies];
  it("covers every family", () => expect(families.length).toBeGreaterThanOrEqual(5));

  for (const family of families) {
    it(`${family.name}: every definition, property and named shape is described`, () => {
      expect(Object.keys(family.definitions).length).toBeGreaterThan(0);
      const missing = undocumentedPlaces(family.definitions);
      expect(missing, `${family.name} lacks a description at:\n${missing.join("\n")}`).toEqual([]);
    });
  }

  it("names a field added without a description", () => {
    const variants = {
      ...CloneEventVariants,
      BadgeEarnedEvent: eventVariant("badge.earned", { badge: Type.String({ description: "The badge." }), level: Type.Integer() }, "A badge was earned."),
    };
    const missing = undocumentedPlaces(cloneEventsFamilyOf(variants).definitions);
    expect(missing).toContain("#/definitions/BadgeEarnedEvent/properties/level");
    expect(missing).not.toContain("#/definitions/BadgeEarnedEvent/properties/badge");
  });

  it("names an enum value without a description, and no value of an enum whose values all have one", () => {
    const definitions = {
      Level: StringLiteralUnion({ low: "Quiet.", high: "Loud." }, { description: "A level." }),
      Mode: Type.Union([Type.Literal("fast", { description: "Fast." }), Type.Literal("slow")], { description: "A mode." }),
    };
    expect(undocumentedPlaces(definitions)).toEqual(["#/definitions/Mode/anyOf/1"]);
  });

  it("names a definition, a nested object and a union variant without one", () => {
    const definitions = {
      Plain: Type.Object({ a: Type.String({ description: "A." }) }),
      Holder: Type.Object(
        {
          inner: Type.Object({ b: Type.String({ description: "B." }) }, { description: "Inner." }),
          list: Type.Array(Type.Object({ c: Type.String({ description: "C." }) }), { description: "List." }),
          either: Type.Union([Type.Object({ d: Type.String({ description: "D." }) }), Type.Null()], { description: "Either." }),
        },
        { description: "Holder." },
      ),
    };
    expect(undocumentedPlaces(definitions)).toEqual(["#/definitions/Plain", "#/definitions/Holder/properties/list/items", "#/definitions/Holder/properties/either/anyOf/0"]);
  });
});
