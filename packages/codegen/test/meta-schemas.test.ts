// JSON Schema's meta-schemas are built in (packages/codegen/meta-schemas): a `$ref` to one resolves
// to the copy laid out by its URL, where it was left untyped as a remote ref (Swagger 2.0's schema
// refers to draft-04's definitions for half its properties; AsyncAPI's payloads to draft-07).
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile, renderFile } from "../src/generate/plan.ts";
import { builtInMetaSchemaPath, META_SCHEMA_FOLDER } from "../src/input/metaSchemas.ts";
import { isUntypedProperty } from "../src/model/summary.ts";
import type { ObjectType } from "../src/model/types.ts";
import { typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const metaSchemaFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? metaSchemaFiles(join(folder, entry.name)) : entry.name.endsWith(".json") ? [join(folder, entry.name)] : []));

describe("the built-in meta-schemas", () => {
  const files = metaSchemaFiles(META_SCHEMA_FOLDER);

  it("are the five dialects' meta-schemas and their vocabularies", () => {
    expect(files.map((file) => relative(META_SCHEMA_FOLDER, file)).filter((file) => file.endsWith("schema.json")).sort()).toEqual([
      "draft-04/schema.json",
      "draft-06/schema.json",
      "draft-07/schema.json",
      "draft/2019-09/schema.json",
      "draft/2020-12/schema.json",
    ]);
    expect(files.length).toBe(5 + 6 + 8);
  });

  it("each lie where their own $id's URL says, so the URL alone finds them", () => {
    for (const file of files) {
      const json = JSON.parse(readFileSync(file, "utf8")) as { $id?: string; id?: string };
      const id = (json.$id ?? json.id)!.replace(/#$/, "");
      const expected = `json-schema.org/${relative(META_SCHEMA_FOLDER, file).split("\\").join("/").replace(/\.json$/, "")}`;
      expect(id.replace(/^https?:\/\//, ""), file).toBe(expected);
      expect(builtInMetaSchemaPath(id), id).toBe(file);
    }
  });

  it("are found over http and https alike, and nothing else is", () => {
    expect(builtInMetaSchemaPath("https://json-schema.org/draft-07/schema")).toBe(join(META_SCHEMA_FOLDER, "draft-07/schema.json"));
    expect(builtInMetaSchemaPath("http://json-schema.org/draft/2020-12/meta/core")).toBe(join(META_SCHEMA_FOLDER, "draft/2020-12/meta/core.json"));
    for (const other of [
      "https://json-schema.org/draft-07/links",
      "https://json-schema.org/draft-07/schema.json",
      "https://json-schema.org/",
      "https://json-schema.org/draft-07/schema?x=1",
      "https://example.com/draft-07/schema",
      "https://json-schema.org/../../package",
      "file:///draft-07/schema",
      "urn:draft-07:schema",
    ]) {
      expect(builtInMetaSchemaPath(other), other).toBeUndefined();
    }
  });
});

const dir = tempDir("clone-codegen-meta-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = (value: unknown) => JSON.stringify(value, null, 2);
writeTree(dir, {
  // A tool whose input is a schema, as configuration files and protocol messages carry them.
  "tool.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Tool",
    type: "object",
    required: ["name", "input"],
    properties: {
      name: { type: "string" },
      input: { $ref: "http://json-schema.org/draft-07/schema#" },
      limit: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveInteger" },
    },
  }),
  "tool-2020.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Tool",
    type: "object",
    properties: { input: { $ref: "https://json-schema.org/draft/2020-12/schema" } },
  }),
  // The input's own file with the URL's $id wins over the built-in copy.
  "own/tool.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    properties: { input: { $ref: "http://json-schema.org/draft-07/schema#" } },
  }),
  "own/draft-07.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "http://json-schema.org/draft-07/schema#", type: "string" }),
  // A file further out in the schemas' tree (a folder beside the input's) answers an absolute `$id`
  // the tool does not know, but not a meta-schema's URL: the built-in copy is the schema that URL names.
  "tree/schemas/tool.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    properties: { input: { $ref: "http://json-schema.org/draft-07/schema#" }, count: { $ref: "https://example.com/shared/count.json" } },
  }),
  "tree/vendor/draft-07.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "http://json-schema.org/draft-07/schema#", type: "string" }),
  "tree/vendor/count.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "https://example.com/shared/count.json", type: "integer", minimum: 0 }),
});

describe("a $ref to a meta-schema", () => {
  it("is typed: the meta-schema's types, no fallback", () => {
    const model = modelOfFile(join(dir, "tool.json"));
    expect(model.fallbacks).toEqual([]);
    const tool = typeNamed(model, "Tool") as ObjectType;
    const input = tool.properties.find((property) => property.name === "input")!;
    expect(isUntypedProperty(model, input)).toBe(false);
    expect(input.type.kind).not.toBe("unknown");
  });

  it("is bundled into one document that validates as the meta-schema says", () => {
    const [file] = renderFile(join(dir, "tool.json"), "json-schema");
    expect(file!.contents).not.toContain("x-clone-remote-ref");
    expect(file!.contents).toContain('"x-clone-bundled-from": "http://json-schema.org/draft-07/schema#"');
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const verdicts = [
      { name: "t", input: { type: "object", properties: { a: { type: "string", minLength: 1 } } } },
      { name: "t", input: true, limit: 3 },
      { name: "t", input: { type: 5 } },
      { name: "t", input: { properties: { a: { minLength: -1 } } } },
      { name: "t", input: {}, limit: -1 },
    ].map((instance) => validate(instance));
    expect(verdicts).toEqual([true, true, false, false, false]);
  });

  it("to 2020-12's reaches its vocabularies, and a nested schema is checked against the whole meta-schema", () => {
    const model = modelOfFile(join(dir, "tool-2020.json"));
    expect(model.fallbacks).toEqual([]);
    const [file] = renderFile(join(dir, "tool-2020.json"), "json-schema");
    expect(file!.contents).not.toContain("x-clone-remote-ref");
    expect(file!.contents).not.toContain("x-clone-dynamic-scope-ref");
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const verdicts = [
      { input: { type: "object", properties: { a: { minLength: 1 } }, unevaluatedProperties: false } },
      { input: { properties: { a: { minLength: -1 } } } },
      { input: { items: { items: { type: "nothing" } } } },
      { input: { $defs: { a: { required: "x" } } } },
    ].map((instance) => validate(instance));
    expect(verdicts).toEqual([true, false, false, false]);
  });

  it("is the input's own file when one beside it has that $id", () => {
    const [file] = renderFile(join(dir, "own/tool.json"), "json-schema");
    expect(file!.contents).toContain('"x-clone-bundled-from": "draft-07.json#"');
  });

  // Found when the search of the schemas' tree for an absolute `$id` (OpenLineage's facets, references.test)
  // first answered every URL: this file's own tree holds own/draft-07.json, which then answered tool.json's
  // ref to the draft-07 meta-schema ("is bundled into one document…" above).
  it("is the built-in copy, not a file elsewhere in the schemas' tree with that $id; another URL is the tree's file", () => {
    const input = join(dir, "tree/schemas/tool.json");
    expect(modelOfFile(input).fallbacks).toEqual([]);
    const [file] = renderFile(input, "json-schema");
    expect(file!.contents).toContain('"x-clone-bundled-from": "http://json-schema.org/draft-07/schema#"');
    expect(file!.contents).not.toContain("vendor/draft-07.json");
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    // As the meta-schema says (an object or a boolean; the vendored copy would take only a string), and as count.json says.
    const verdicts = [{ input: { type: "string" }, count: 2 }, { input: true }, { input: "a string" }, { input: { type: 5 } }, { count: -1 }, { count: "2" }].map((instance) => validate(instance));
    expect(verdicts).toEqual([true, true, false, false, false, false]);
  });
});
