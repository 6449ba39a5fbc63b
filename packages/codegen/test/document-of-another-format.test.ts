// A document gen types nothing of, whose root holds objects under keys no JSON Schema dialect defines,
// is most likely another format read as a schema of annotations only: gen says so at the root. A
// Pulumi package schema (pulumi/pulumi pkg/codegen/internal/test/testdata/dash-named-schema/schema.json,
// Apache-2.0, shortened) came out as one `JSONValue` and no word said why (found by sweep AF).
import { describe, expect, it } from "vitest";
import { modelWarnings } from "../src/index.ts";
import { modelOf } from "./helpers/model.ts";

const FOREIGN = "the document types nothing";

describe("a document of another format than JSON Schema", () => {
  it("warns at the root, naming the members no dialect defines", () => {
    const pulumi = modelOf({
      version: "0.0.1",
      name: "foo-bar",
      types: { "foo-bar:index:TopLevel": { type: "object", properties: { buzz: { type: "string" } } } },
      resources: { "foo-bar:submodule1:ModuleResource": { properties: { thing: { $ref: "#/types/foo-bar:index:TopLevel" } }, type: "object" } },
      keywords: ["a", "b"],
    });
    const warnings = modelWarnings(pulumi).filter((warning) => warning.reason.startsWith(FOREIGN));
    expect(warnings.map((warning) => warning.pointer)).toEqual([""]);
    // Objects only: a list or a string under an unknown key (`keywords`, `name`) is an annotation of any schema.
    expect(warnings[0]!.reason).toContain("`types`, `resources`, which no JSON Schema dialect defines");
  });

  it("says nothing of a schema that types something, nor of one of annotations and extensions only", () => {
    const quiet = [
      { title: "Anything", description: "any value", default: { a: 1 }, "x-vendor": { b: 2 }, $comment: "c" },
      { type: "object", settings: { a: 1 } },
      { definitions: { A: { type: "string" } }, settings: { a: 1 } },
    ];
    expect(quiet.map((document) => modelWarnings(modelOf(document)).filter((warning) => warning.reason.startsWith(FOREIGN)).length)).toEqual([0, 0, 0]);
  });
});
