// What a schema says of the values of keys matching a pattern (`patternProperties: {"^x": {type:
// string, description: "…"}}`) reaches the Swift comment of the map that keeps them and the docs' line
// on the pattern. The model's pattern kept only its pattern and type, so a description on a value whose
// type is not a named type (which carries its own) reached no output. Found by sweep AL on Deno's
// configuration schema (denoland/deno cli/schemas/config-file.v1.json, MIT): `tasks` is
// `{"^[A-Za-z][A-Za-z0-9_\-:]*$": {type: string, description: "Command to execute for this task
// name."}}`; in the regression corpus, nbformat's "Mimetypes with JSON output" and SchemaStore's
// package.json `typesVersions` maps said nothing either. Controls: a pattern whose value says nothing
// reads as before; a named type's description stays its own, not the pattern's.
import { describe, expect, it } from "vitest";
import type { ObjectType } from "../src/model/types.ts";
import { docsTarget } from "../src/targets/docs/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const model = modelOf(
  draft07({
    Tasks: {
      type: "object",
      properties: { name: { type: "string" } },
      patternProperties: {
        "^[a-z]+$": { type: "string", description: "Command to execute for this task name." },
        "^x-": { type: "integer" },
        "^job-": { $ref: "#/definitions/Job" },
      },
    },
    Job: { description: "A job.", type: "object", properties: { run: { type: "string" } } },
  }),
  "Patterns",
);

describe("what a schema says of the values of keys matching a pattern", () => {
  it("is the model pattern's description where the values' type does not document itself", () => {
    const tasks = typeNamed(model, "Tasks") as ObjectType;
    expect(tasks.patternProperties.map((pattern) => pattern.description)).toEqual(["Command to execute for this task name.", undefined, undefined]);
  });

  it("follows the Swift comment of the map that keeps them", () => {
    const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(swift).toMatch(/\/\/\/ Keys matching `\^\[a-z\]\+\$` \(and not declared above\), kept as they came\.\n {4}\/\/\/\n {4}\/\/\/ Command to execute for this task name\.\n {4}public var /);
    // Controls: nothing said, nothing added; the named type documents itself.
    expect(swift).toMatch(/\/\/\/ Keys matching `\^x-` \(and not declared above; [^\n]*\), kept as they came\.\n {4}public var /);
    expect(swift).toMatch(/\/\/\/ Keys matching `\^job-` \(and not declared above; [^\n]*\), kept as they came\.\n {4}public var /);
  });

  it("follows the docs' line on the pattern", () => {
    const docs = docsTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(docs).toContain("Keys matching `^[a-z]+$` hold a string. Command to execute for this task name.");
    expect(docs).toContain("Keys matching `^x-` hold an integer.\n");
    expect(docs).toContain("Keys matching `^job-` hold [Job](#job).\n");
  });
});
