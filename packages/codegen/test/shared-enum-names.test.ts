// An inline enum several places share (written again at each, or written otherwise with the same
// values) was named for the first place alone: glTF's sampler held `wrapT: SamplerWrapS` (found by
// sweep AC). It is named for every place (sharedTypeName: their leading words in common, then their
// trailing ones); an enum of one place keeps its place's name.
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
});
