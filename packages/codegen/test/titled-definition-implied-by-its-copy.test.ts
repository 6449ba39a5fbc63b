// A `$ref` beside a union whose variant is that same reference (`{$ref: Map, oneOf: [{type: array},
// {$ref: Map}]}`: the array variant cannot pass, the other is the Map) is the Map, titled or not.
// Distributed into the variant, the sibling reference arrives as the definition's rules (merged, its
// title kept apart) beside the variant's reference; the normalizer drops the reference another part
// implies, and "the same schema" was compared with the annotations: a titled definition was not its
// own copy. Found by sweep AT in flagd's flag definitions (open-feature/flagd-schemas json/flags.json,
// Apache-2.0): `flagdImport`'s `flags`, `allOf: [{$ref: base}, {properties: {flags: {oneOf: [{$ref:
// flagsArray}, {$ref: flagsMap}]}}}]` beside base's `flags: {$ref: flagsMap}` (titled "Flags"), was a
// copy FlagdImportFlags checked twice against the map ("must also be an object", twice), not FlagsMap.
// Controls: the untitled definition (named the same before), and AJV's verdicts on the document.
import { Ajv } from "ajv";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import type { ObjectType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const map = { type: "object", additionalProperties: false, patternProperties: { "^.+$": { type: "string" } } };
const holder = { type: "object", properties: { flags: { $ref: "#/definitions/map", oneOf: [{ type: "array" }, { $ref: "#/definitions/map" }] } } };

function flagsType(document: Record<string, unknown>): unknown {
  return (typeNamed(modelOf(document, "Flags"), "Holder") as ObjectType).properties.find((property) => property.name === "flags")!.type;
}

describe("a reference beside a union of the same reference", () => {
  const documents = {
    titled: draft07({ map: { title: "Flags", description: "All flags.", ...map }, holder }, { $ref: "#/definitions/holder" }),
    untitled: draft07({ map, holder }, { $ref: "#/definitions/holder" }),
  };
  for (const [which, document] of Object.entries(documents)) {
    it(`is the definition's type (${which})`, () => {
      expect(flagsType(document)).toEqual({ kind: "named", name: "Map" });
    });
  }

  it("judges every value as the input does (the json-schema target against AJV on the document)", () => {
    const dir = tempDir("clone-codegen-titled-copy-");
    writeTree(dir, { "doc.json": JSON.stringify(documents.titled) });
    const [file] = renderFile(join(dir, "doc.json"), "json-schema");
    const rendered = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const original = new Ajv({ strict: false }).compile(documents.titled);
    const instances = [{ flags: { a: "x" } }, { flags: { a: 1 } }, { flags: ["x"] }, { flags: {} }, {}];
    expect(instances.map((value) => original(value))).toEqual([true, false, false, true, true]);
    expect(instances.map((value) => rendered(value))).toEqual(instances.map((value) => original(value)));
  });
});
