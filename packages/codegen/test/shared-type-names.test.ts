// An inline type several places share (written again at each, or written otherwise with the same
// values or structure) was named for the first place alone: glTF's sampler held `wrapT: SamplerWrapS`
// (found by sweep AC), a line `endPoint: LineStartPoint`. It is named for every place (sharedTypeName:
// their leading words in common, then their trailing ones), an enum, an object or a union alike, and
// the parts an object or a union named after itself follow it; a type of one place keeps its place's name.
import { describe, expect, it } from "vitest";
import type { ObjectType } from "../src/model/types.ts";
import { sharedTypeName } from "../src/naming/typeNames.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const wrap = { anyOf: [{ const: 33071 }, { const: 33648 }, { const: 10497 }, { type: "integer" }] };
const model = modelOf(
  draft07({
    Sampler: {
      type: "object",
      properties: {
        wrapS: wrap,
        wrapT: wrap,
        // The same values written two ways: one enum by its structure.
        magFilter: { enum: [9728, 9729] },
        minFilter: { anyOf: [{ const: 9728 }, { const: 9729 }] },
        mode: { enum: ["clamp", "mirror"] },
        swizzle: { enum: ["r", "g", "b"] },
      },
    },
    // A place of another parent: no name fits both, so the first place's stays.
    Texture: { type: "object", properties: { channel: { enum: ["r", "g", "b"] } } },
  }),
  "Gltf",
);
const typesOf = (object: string) => Object.fromEntries((typeNamed(model, object) as ObjectType).properties.map((p) => [p.name, p.type.kind === "named" ? p.type.name : p.type.kind]));

describe("an inline enum several places share", () => {
  it("is named for every place", () => {
    expect(typesOf("Sampler")).toEqual({ wrapS: "SamplerWrap", wrapT: "SamplerWrap", magFilter: "SamplerFilter", minFilter: "SamplerFilter", mode: "SamplerMode", swizzle: "SamplerSwizzle" });
    expect(typesOf("Texture")).toEqual({ channel: "SamplerSwizzle" });
    expect(typeNamed(model, "SamplerWrap")).toMatchObject({ kind: "enum", values: [33071, 33648, 10497], otherValues: { kind: "integer" } });
    expect(model.types.map((type) => type.name)).not.toContain("SamplerWrapS");
  });

  it("takes the places' leading words in common, then their trailing ones", () => {
    expect(sharedTypeName(["SamplerWrapS", "SamplerWrapT"])).toBe("SamplerWrap");
    expect(sharedTypeName(["SamplerMagFilter", "SamplerMinFilter"])).toBe("SamplerFilter");
    expect(sharedTypeName(["CronJobSessionTarget", "CronAddParamsSessionTarget"])).toBe("CronSessionTarget");
    expect(sharedTypeName(["HTTPServerMode", "HTTPClientMode"])).toBe("HTTPMode");
    expect(sharedTypeName(["SamplerMode", "SamplerModeT"])).toBe("SamplerMode");
    // No parent in common, one place, or one name: nothing to name.
    expect(sharedTypeName(["SamplerSwizzle", "TextureChannel"])).toBeUndefined();
    expect(sharedTypeName(["SamplerMode"])).toBeUndefined();
    expect(sharedTypeName(["SamplerMode", "SamplerMode"])).toBeUndefined();
  });

  it("reads a number as one word with the one before it, and says nothing with a parent's name and the model's own words", () => {
    expect(sharedTypeName(["TestPresetsV3ItemOutput", "TestPresetsV2ItemOutput"])).toBe("TestPresetsItemOutput");
    // In common: a parent's name alone, or with the model's `Item` (an array's items).
    expect(sharedTypeName(["BetaCitationsDeltaCitation", "BetaResponseTextBlockCitationsItem"])).toBeUndefined();
    expect(sharedTypeName(["InstallationCreatedRepositoriesItem", "InstallationRepositoriesAddedRepositoriesAddedItem"])).toBeUndefined();
    expect(sharedTypeName(["ConfigurePresetsV1ItemArchitectureObject", "ConfigurePresetsV1ItemToolsetObject"])).toBeUndefined();
    // An author's word before it names the type.
    expect(sharedTypeName(["InstallationCreatedRepositoriesItem", "InstallationDeletedRepositoriesItem"])).toBe("InstallationRepositoriesItem");
  });
});

describe("an inline object or union several places share", () => {
  const point = { type: "object", required: ["x"], properties: { x: { type: "number" }, unit: { enum: ["mm", "in"] }, label: { type: "object", properties: { text: { type: "string" } } } } };
  const range = { anyOf: [{ type: "string" }, { type: "object", properties: { from: { type: "integer" } } }] };
  const lines = modelOf(
    draft07({
      Line: { type: "object", properties: { startPoint: point, endPoint: point, startRange: range, endRange: range } },
      // Places of two parents: no name fits both, so the first place's stays.
      A: { type: "object", properties: { startPoint: { type: "object", properties: { y: { type: "number" } } } } },
      B: { type: "object", properties: { endPoint: { type: "object", properties: { y: { type: "number" } } } } },
    }),
    "Lines",
  );
  const typesIn = (object: string) => Object.fromEntries((typeNamed(lines, object) as ObjectType).properties.map((p) => [p.name, p.type.kind === "named" ? p.type.name : p.type.kind]));

  it("is named for every place, and the parts it named after itself follow it", () => {
    expect(typesIn("Line")).toEqual({ startPoint: "LinePoint", endPoint: "LinePoint", startRange: "LineRange", endRange: "LineRange" });
    expect(typesIn("LinePoint")).toEqual({ x: "number", unit: "LinePointUnit", label: "LinePointLabel" });
    expect(typeNamed(lines, "LineRange")).toMatchObject({ kind: "union", variants: [{ name: "String" }, { name: "Object", type: { kind: "named", name: "LineRangeObject" } }] });
    expect(typesIn("A")).toEqual({ startPoint: "AStartPoint" });
    expect(typesIn("B")).toEqual({ endPoint: "AStartPoint" });
    expect(lines.types.map((type) => type.name).filter((name) => name.startsWith("LineStart"))).toEqual([]);
  });
});
