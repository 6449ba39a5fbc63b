// The breaking report names each place as the version's file writes it, through the same place map
// gen's warnings use (placeInFile), whatever reading moved the place. It applied only the maps its
// ReportedVersion copied (an OpenAPI file's `/components/schemas`, a draft-03 file's moved places): a
// change under an OpenAPI property written `nullable: true` without a `type` was named
// `…/owner/anyOf/1/properties/name` (the `anyOf` the model's reading moves the rules into, which the file
// does not have), and a change inside a schema another file holds was named `#/definitions/Pet/…` of the
// bundle, a place of neither file. Found by task AV2 (checking each place map against `breaking`).
// Expectations are hand-written places of the files below; controls: a place no reading moved is
// named as it is, and the JSON report keeps the pointers of the document as read beside them.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../src/breaking/compare.ts";
import { formatReport } from "../src/breaking/report.ts";
import { readSchemaFile } from "../src/input/readSchemaFile.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("breaking-places-as-written");

/** The `at …` lines of the text report comparing the two files. */
function placesReported(old: string, current: string): string[] {
  const report = compareDocuments(readSchemaFile(join(dir, old)), readSchemaFile(join(dir, current)));
  return formatReport(report).split("\n").filter((line) => line.startsWith("  at "));
}

/** An OpenAPI 3.0 document whose `Pet.owner` is `nullable: true` without a `type`, its `name` at most `maxLength` characters. */
function nullableOwner(maxLength: number) {
  return {
    openapi: "3.0.3",
    info: { title: "Pets", version: "1" },
    paths: {},
    components: { schemas: { Pet: { type: "object", properties: { owner: { nullable: true, properties: { name: { type: "string", maxLength } } }, tag: { type: "string", maxLength } } } } },
  };
}

describe("the breaking report's places", () => {
  writeTree(dir, { "nullable-old.json": JSON.stringify(nullableOwner(10)), "nullable-new.json": JSON.stringify(nullableOwner(5)) });

  it("name a change under rules moved beside null as the OpenAPI file writes it", () => {
    expect(placesReported("nullable-old.json", "nullable-new.json")).toEqual([
      "  at old #/components/schemas/Pet/properties/owner/properties/name, new #/components/schemas/Pet/properties/owner/properties/name",
      // Control: no reading moved `tag`.
      "  at old #/components/schemas/Pet/properties/tag, new #/components/schemas/Pet/properties/tag",
    ]);
  });

  it("name a change inside a schema another file holds by that file and its place", () => {
    for (const [version, maxLength] of [["v1", 10], ["v2", 5]] as const) {
      writeTree(join(dir, version), {
        "main.json": JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { pet: { $ref: "pet.json#/definitions/Pet" } } }),
        "pet.json": JSON.stringify({ definitions: { Pet: { type: "object", properties: { name: { type: "string", maxLength } } } } }),
      });
    }
    expect(placesReported("v1/main.json", "v2/main.json")).toEqual(["  at old pet.json#/definitions/Pet/properties/name, new pet.json#/definitions/Pet/properties/name"]);
  });

  it("are the JSON report's too, beside the pointers of the document as read", () => {
    const report = compareDocuments(readSchemaFile(join(dir, "nullable-old.json")), readSchemaFile(join(dir, "nullable-new.json")));
    const owner = report.findings.find((finding) => finding.location.endsWith("name"))!;
    expect(owner.placesInFile.new).toEqual({ pointer: "/components/schemas/Pet/properties/owner/properties/name" });
  });
});
