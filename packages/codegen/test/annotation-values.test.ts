// A `default` or an item of `examples` is an annotation: JSON Schema does not check it against the
// schema it sits in, and real schemas give values their own schema refuses (SchemaStore's babelrc
// kind, a string with `"default": false`; CircleCI's config kind, a boolean with `"default": "true"`).
// gen said nothing of it. It now warns at the keyword's pointer, with where inside the value and what
// the schema asks there, and `--strict` refuses it as every other warning. No output uses such a
// value as a value: the generated Swift and DRF code fill in no default, the docs and the JSON Schema
// bundle show it as written.
//
// Which values each schema refuses is stated here by hand; AJV, judging every such value on the
// input document (as the conformance run does), is held to the same list.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DocumentValidators } from "../src/breaking/validators.ts";
import { documentSchemas, modelWarnings } from "../src/index.ts";
import { runCli } from "./helpers/cli.ts";
import { modelOf } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-annotation-values-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Settings",
  type: "object",
  properties: {
    // Refused by their own schema.
    moduleIds: { type: "string", default: false },
    enabled: { type: "boolean", default: "true" },
    server: { $ref: "#/definitions/Server" },
    limits: { type: "object", required: ["max"], properties: { max: { type: "integer" }, min: { type: "integer" } }, default: { min: 1 } },
    tags: { type: "array", items: { type: "string" }, examples: [["a"], ["b", 1]] },
    either: { oneOf: [{ type: "string", maxLength: 3 }, { type: "string", minLength: 2 }], default: "abc" },
    // Taken by their own schema.
    retries: { type: "integer", minimum: 0, default: 3 },
    maybe: { type: ["integer", "null"], default: null },
    short: { minLength: 2, default: 5 },
    textOrObject: { type: ["string", "object"], properties: { p: { type: "integer" } }, default: "s", examples: [{ p: 1 }, "t"] },
    kind: { oneOf: [{ type: "object", properties: { k: { const: "a" } }, required: ["k"] }, { type: "object", properties: { k: { const: "b" }, v: { type: "integer" } }, required: ["k"] }], default: { k: "b", v: 1 } },
    counts: { type: "object", additionalProperties: { type: "integer" }, default: { x: 1 } },
    tree: { $ref: "#/definitions/Tree", default: { children: [{ children: [] }] } },
    anything: { default: { any: [1, "two"] } },
  },
  definitions: {
    Server: { type: "object", properties: { port: { type: "integer", default: "8080" }, host: { type: "string", default: "localhost" } } },
    Level: { type: "string", enum: ["low", "high"], default: "medium" },
    Nullable: { type: ["object", "null"], properties: { q: { type: "string" } }, default: null },
    Tree: { type: "object", properties: { children: { type: "array", items: { $ref: "#/definitions/Tree" } } }, default: {} },
  },
};

/** The refused values, each at its pointer with what the warning says of it, by hand. */
const refused: Record<string, string> = {
  "/properties/moduleIds/default": "default false does not satisfy its own schema (must be a string)",
  "/properties/enabled/default": 'default "true" does not satisfy its own schema (must be a boolean)',
  "/definitions/Server/properties/port/default": 'default "8080" does not satisfy its own schema (must be an integer)',
  "/definitions/Level/default": 'default "medium" does not satisfy its own schema (must be one of "low", "high")',
  "/properties/limits/default": 'default {"min":1} does not satisfy its own schema (/max: is required)',
  "/properties/tags/examples/1": 'example ["b",1] does not satisfy its own schema (/1: must be a string)',
  "/properties/either/default": 'default "abc" does not satisfy its own schema (must match exactly one variant, matches several)',
};

writeTree(dir, { "settings.json": JSON.stringify(document) });
const input = join(dir, "settings.json");

/** gen's warnings of annotation values: pointer → reason. */
function annotationWarnings(stderr: string): Map<string, string> {
  return new Map([...stderr.matchAll(/^warning: .*settings\.json#(\S+): ((?:default|example) .*)$/gm)].map(([, pointer, reason]) => [pointer!, reason!]));
}

describe("a default or example its own schema refuses", () => {
  it("draws a warning naming the keyword's pointer, where in the value and why; a value the schema takes draws none", async () => {
    const result = await runCli(["gen", "--input", input, "--target", "json-schema", "--out", join(dir, "out")]);
    expect(result.status).toBe(0);
    const warnings = annotationWarnings(result.stderr);
    expect([...warnings.keys()].sort()).toEqual(Object.keys(refused).sort());
    for (const [pointer, words] of Object.entries(refused)) expect(warnings.get(pointer)).toBe(`${words}; kept as documentation only: no generated code uses it as a value`);
  });

  it("refuses what AJV refuses on the input document, value for value", () => {
    const model = modelOf(document);
    const ajv = new DocumentValidators(model.source);
    const refusedByAjv: string[] = [];
    let judged = 0;
    for (const [tokens, schema] of documentSchemas(document as never, "draft-07")) {
      const place = tokens.map((token) => `/${token}`).join("");
      const values: [string, unknown][] = Object.hasOwn(schema, "default") ? [[`${place}/default`, schema.default]] : [];
      if (Array.isArray(schema.examples)) schema.examples.forEach((value, index) => values.push([`${place}/examples/${index}`, value]));
      for (const [pointer, value] of values) {
        judged += 1;
        if (!ajv.at(place)(value)) refusedByAjv.push(pointer);
      }
    }
    // 17 defaults and 4 examples.
    expect(judged).toBe(21);
    expect(refusedByAjv.sort()).toEqual(Object.keys(refused).sort());
    expect(modelWarnings(model).filter((warning) => / does not satisfy its own schema /.test(warning.reason)).map((warning) => warning.pointer).sort()).toEqual(refusedByAjv);
  });

  it("--strict refuses it as every other warning: exit 2, at the first, counting the rest", async () => {
    const result = await runCli(["gen", "--input", input, "--target", "swift", "--out", join(dir, "strict"), "--strict"]);
    expect(result.status).toBe(2);
    const count = Object.keys(refused).length;
    expect(result.stderr).toMatch(new RegExp(`settings\\.json#/\\S+/default: strict mode: default .* does not satisfy its own schema .*\\(and ${count - 1} more warnings, at `));
    for (const pointer of Object.keys(refused)) expect(result.stderr).toContain(pointer);
  });

  it("reaches no generated code as a value: Swift and DRF fill in no default; the docs and the bundle show it as written", async () => {
    for (const target of ["swift", "python-drf", "docs", "json-schema-bundle"]) {
      expect((await runCli(["gen", "--input", input, "--target", target, "--out", join(dir, target)])).status).toBe(0);
    }
    const swift = readFileSync(join(dir, "swift", "SettingsModels.swift"), "utf8");
    expect(swift).toContain("moduleIds: String? = nil,");
    expect(swift).toContain("enabled: Bool? = nil,");
    expect(swift).toContain("port: Int? = nil,");
    expect(swift).not.toMatch(/"8080"|"true"|"medium"/);
    const drf = readFileSync(join(dir, "python-drf", "settings_serializers.py"), "utf8");
    expect(drf).toMatch(/^ {4}moduleIds = _String\(required=False\)$/m);
    expect(drf).toMatch(/^ {4}enabled = _Boolean\(required=False\)$/m);
    expect(drf).toMatch(/^ {4}port = _Integer\(required=False\)$/m);
    expect(drf).not.toMatch(/default=/);
    const docs = readFileSync(join(dir, "docs", "Settings.md"), "utf8");
    expect(docs).toMatch(/^\| `moduleIds` \| a string \| optional \| Default: `false`\. \|$/m);
    expect(docs).toMatch(/^\| `port` \| an integer \| optional \| Default: `"8080"`\. \|$/m);
    const bundle = JSON.parse(readFileSync(join(dir, "json-schema-bundle", "Settings.bundle.schema.json"), "utf8"));
    expect(bundle.$defs.Settings.properties.moduleIds).toEqual({ type: "string", default: false });
    expect(bundle.$defs.Server.properties.port).toEqual({ type: "integer", default: "8080" });
  });
});
