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

// Places of no parent in common that end in the same words naming the type were left the first
// place's name: DAP's (test/corpus/external/dap.json) loaded-source event held `reason:
// ModuleEventBodyReason`, Claude Code's session schema an image block's `media_type:
// ToolResultContentItemObjectImageSourceMediaType`, MCP's ping request `params: JSONRPCRequestParams`
// (found by task AV). They are named for those words. Controls: words that name only the model's kind
// of the type (`…ObjectType`, a schema's `type`; `…ObjectOtherItems`), one word (`AStartPoint`,
// `BEndPoint`), and parents one name numbered apart (`Queue`, `Queue2`) leave the first place's name.
describe("an inline type places of no parent in common share", () => {
  it("is named for the words every place ends in, where they name more than its kind", () => {
    expect(sharedTypeName(["ModuleEventBodyReason", "LoadedSourceEventBodyReason"])).toBe("EventBodyReason");
    expect(sharedTypeName(["ImageBlockSourceMediaType", "ToolResultContentItemObjectImageSourceMediaType"])).toBe("SourceMediaType");
    expect(sharedTypeName(["JSONRPCRequestParams", "ListRootsRequestParams", "PingRequestParams"])).toBe("RequestParams");
    expect(sharedTypeName(["MqttServerIntervalObjectAdditionalProperties", "AnySchemaObjectAdditionalProperties"])).toBe("AdditionalProperties");
  });

  it("keeps the first place's name where those words name only its kind, are one, or the parents are one name numbered", () => {
    expect(sharedTypeName(["ValidationObjectType", "SchemaObjectType"])).toBeUndefined();
    expect(sharedTypeName(["MqttServerObjectOtherItems", "AnySchemaObjectOtherItems"])).toBeUndefined();
    expect(sharedTypeName(["AStartPoint", "BEndPoint"])).toBeUndefined();
    expect(sharedTypeName(["QueueDeduplicationScope", "Queue2DeduplicationScope"])).toBeUndefined();
  });

  // OpenAPI 3.1's meta-schema (the X-or-reference unions' `$ref` variants): a word that joins two
  // names an author wrote does not begin the type's name (`OrReferenceRef` read as nothing).
  it("does not begin the name with a joining word", () => {
    expect(sharedTypeName(["PathItemOrReferenceRef", "ParameterOrReferenceRef"])).toBe("ReferenceRef");
  });
});

// OpenAPI 3.1's meta-schema: a header's variant requiring no key of its own, at `HeaderOther` and at
// the header-or-reference union's `HeaderOrReferenceOtherOtherOther`. `Other` is the model's name for
// such a variant, yet it still tells these places apart from the header's other parts, so the type
// is `HeaderOther` (counting it among the model's kind words named it after its first place instead).
describe("a type places of one parent share, ending in the name of a variant requiring no key", () => {
  it("is named by the parent and that name", () => {
    expect(sharedTypeName(["HeaderOrReferenceOtherOtherOther", "HeaderOther"])).toBe("HeaderOther");
    expect(sharedTypeName(["ParameterOrReferenceInWithContentOther", "ParameterContentOther"])).toBe("ParameterContentOther");
  });

  it("names the type in the model, at every place", () => {
    const reason = { enum: ["new", "changed", "removed"] };
    const events = modelOf(
      draft07({
        ModuleEvent: { type: "object", properties: { body: { type: "object", properties: { reason, module: { type: "string" } } } } },
        LoadedSourceEvent: { type: "object", properties: { body: { type: "object", properties: { reason, source: { type: "string" } } } } },
      }),
      "Events",
    );
    const reasonOf = (event: string) => {
      const body = (typeNamed(events, event) as ObjectType).properties.find((p) => p.name === "body")!.type;
      const bodyType = typeNamed(events, (body as { name: string }).name) as ObjectType;
      const type = bodyType.properties.find((p) => p.name === "reason")!.type;
      return type.kind === "named" ? type.name : type.kind;
    };
    expect([reasonOf("ModuleEvent"), reasonOf("LoadedSourceEvent")]).toEqual(["EventBodyReason", "EventBodyReason"]);
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
