// A draft-03 document (`$schema: http://json-schema.org/draft-03/schema#`, draft-zyp-json-schema-03)
// was refused with exit 2 ("unsupported dialect"), though draft-03 schemas are still about (older
// config and API schemas). It is now read, as the file is read, as the draft-04 document that judges
// every value as it does (input/draft03.ts), one minimal document per keyword draft-03 reads otherwise
// than draft-04 below. The verdicts are stated by hand; each is held to the json-schema target's output
// (AJV) and to Python's jsonschema Draft3Validator on the draft-03 document as written (its format
// checker on). Controls: a keyword only later drafts define rules nothing in draft-03 (and is said),
// and a later dialect's `required: true` is still refused (draft-03-optional-property.test.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import { renderFile } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { modelOfFile } from "../src/generate/plan.ts";
import { codegenErrorOf } from "./helpers/model.ts";
import { REPO_ROOT, runCli, tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-draft-03-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DRAFT_03 = "http://json-schema.org/draft-03/schema#";
type Schema = { [keyword: string]: JsonValue };

/** A draft-03 document of `schema`, written to a file of its own. */
function draft03File(name: string, schema: Schema, declared = DRAFT_03): string {
  writeTree(dir, {
    [`${name}.json`]: JSON.stringify({ $schema: declared, ...schema }),
  });
  return join(dir, `${name}.json`);
}

/** Each keyword's minimal document, and values with the verdict draft-03 gives each (stated by hand). */
const CASES: Readonly<
  Record<
    string,
    {
      readonly schema: Schema;
      readonly verdicts: readonly [JsonValue, boolean][];
      readonly notByDraft3Validator?: string;
    }
  >
> = {
  "required: true on a property": {
    schema: {
      type: "object",
      properties: {
        a: { type: "string", required: true },
        b: { required: false },
      },
    },
    verdicts: [
      [{ a: "x" }, true],
      [{ a: "x", b: 1 }, true],
      [{}, false],
      [{ b: 1 }, false],
      [{ a: 1 }, false],
    ],
  },
  "extends, one schema": {
    schema: { extends: { type: "string" }, maxLength: 3 },
    verdicts: [
      ["ab", true],
      ["abcd", false],
      [5, false],
    ],
  },
  "extends, a list": {
    schema: { extends: [{ minimum: 2 }, { maximum: 4 }] },
    verdicts: [
      [3, true],
      [1, false],
      [5, false],
      ["x", true],
    ],
  },
  "disallow, a type name": {
    schema: { disallow: "string" },
    verdicts: [
      [1, true],
      [null, true],
      ["a", false],
    ],
  },
  "disallow, names and schemas": {
    schema: { disallow: ["string", { type: "integer", minimum: 3 }] },
    verdicts: [
      [2, true],
      [null, true],
      [5, false],
      ["a", false],
    ],
  },
  "disallow any": {
    schema: { disallow: "any" },
    verdicts: [
      [1, false],
      [null, false],
      [{}, false],
    ],
  },
  divisibleBy: {
    schema: { divisibleBy: 3 },
    verdicts: [
      [9, true],
      [10, false],
      ["a", true],
    ],
  },
  "type, names and schemas": {
    schema: { type: ["null", { type: "string", minLength: 2 }] },
    verdicts: [
      [null, true],
      ["ab", true],
      ["a", false],
      [1, false],
    ],
  },
  "type, an empty list (no value)": {
    schema: { type: [] },
    verdicts: [
      [1, false],
      [null, false],
    ],
  },
  "disallow, an empty list (nothing disallowed)": {
    schema: { disallow: [] },
    verdicts: [
      [1, true],
      [null, true],
    ],
  },
  "type any": {
    schema: { type: "any" },
    verdicts: [
      [1, true],
      [null, true],
      ["a", true],
      [[], true],
    ],
  },
  "dependencies, one property name": {
    schema: { dependencies: { a: "b" } },
    verdicts: [
      [{ a: 1 }, false],
      [{ a: 1, b: 2 }, true],
      [{ b: 1 }, true],
    ],
  },
  "format ip-address (draft-04's ipv4)": {
    schema: { type: "string", format: "ip-address" },
    verdicts: [
      ["192.168.0.1", true],
      ["example.com", false],
    ],
  },
  "format host-name (draft-04's hostname)": {
    schema: { type: "string", format: "host-name" },
    verdicts: [
      ["a.example.com", true],
      ["a_b!", false],
    ],
    notByDraft3Validator: "its host-name checker needs the fqdn package, which the server's venv does not hold: it passes every string",
  },
  "format time (hh:mm:ss)": {
    schema: { type: "string", format: "time" },
    verdicts: [
      ["12:30:00", true],
      ["23:59:59", true],
      ["12:30:00Z", false],
      ["25:00:00", false],
    ],
  },
  "format phone (no later draft names it: an annotation)": {
    schema: { type: "string", format: "phone" },
    verdicts: [
      ["not a phone", true],
      [1, false],
    ],
  },
  "allOf, a later draft's keyword (rules nothing in draft-03)": {
    schema: { type: "string", allOf: [{ minLength: 3 }] },
    verdicts: [
      ["a", true],
      [1, false],
    ],
  },
  "a $ref into a schema the reading moves (an extends, a type list's schema)": {
    schema: {
      type: "object",
      properties: {
        a: { extends: { type: "string", minLength: 2 } },
        b: { $ref: "#/properties/a/extends" },
        c: { type: ["null", { type: "integer", minimum: 3 }] },
        d: { $ref: "#/properties/c/type/1" },
      },
    },
    verdicts: [
      [{ b: "ab", d: 3 }, true],
      [{ b: "a" }, false],
      [{ d: 2 }, false],
      [{ d: null }, false],
    ],
  },
};

const addFormats = ajvFormats.default;

/**
 * The verdicts of AJV on the json-schema target's output of `path`, which declares draft-04. Every
 * keyword these outputs write means the same in draft-07 (none writes a draft-04 boolean bound), so
 * AJV's draft-07 reads it without its `$schema`.
 */
function ajvVerdicts(path: string, values: readonly JsonValue[]): boolean[] {
  const [file] = renderFile(path, "json-schema");
  const { $schema, ...output } = JSON.parse(file!.contents) as Schema;
  expect($schema).toBe("http://json-schema.org/draft-04/schema#");
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(output);
  return values.map((value) => validate(value));
}

const PYTHON = join(REPO_ROOT, "apps/server/.venv/bin/python");

/** Python's jsonschema Draft3Validator's verdicts (format checker on) on each document as written and its values. */
function draft3ValidatorVerdicts(cases: readonly { schema: Schema; values: readonly JsonValue[] }[]): boolean[][] {
  const script = [
    "import json, sys",
    "from jsonschema import Draft3Validator",
    "cases = json.load(sys.stdin)",
    "print(json.dumps([[Draft3Validator(c['schema'], format_checker=Draft3Validator.FORMAT_CHECKER).is_valid(v) for v in c['values']] for c in cases]))",
  ].join("\n");
  const result = spawnSync(PYTHON, ["-c", script], {
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as boolean[][];
}

describe("a draft-03 document", () => {
  it("is judged by the json-schema target's output (AJV) as draft-03 judges it, keyword by keyword", () => {
    for (const [name, { schema, verdicts }] of Object.entries(CASES)) {
      const path = draft03File(name.replace(/\W+/g, "-"), schema);
      expect(ajvVerdicts(path, verdicts.map(([value]) => value)), name).toEqual(verdicts.map(([, valid]) => valid));
      // Draft-03's own spellings are no fault of the document: no keyword of it is said to be read otherwise than written.
      const { keywordsWithoutEffect = [], keywordsReadAsMeant = [] } = modelOfFile(path).source;
      if (!name.includes("later draft")) expect([...keywordsWithoutEffect, ...keywordsReadAsMeant], name).toEqual([]);
    }
  });

  it.skipIf(!existsSync(PYTHON))("has the verdicts stated here by Python's jsonschema Draft3Validator, on the document as written", () => {
    const judged = Object.values(CASES).filter(({ notByDraft3Validator }) => notByDraft3Validator === undefined);
    const cases = judged.map(({ schema, verdicts }) => ({
      schema: { $schema: DRAFT_03, ...schema },
      values: verdicts.map(([value]) => value),
    }));
    expect(draft3ValidatorVerdicts(cases)).toEqual(judged.map(({ verdicts }) => verdicts.map(([, valid]) => valid)));
  });

  it("is read whether its $schema ends in # or not, and gen exits 0 on it", () => {
    const path = draft03File("cli", CASES["required: true on a property"]!.schema, "http://json-schema.org/draft-03/schema");
    const result = runCli(["gen", "--input", path, "--target", "json-schema", "--out", join(dir, "cli-out")]);
    expect(result.status, result.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "cli-out", "Cli.schema.json"), "utf8")) as Schema;
    expect(written.required).toEqual(["a"]);
    // And `gen --help` says so.
    expect(runCli(["gen", "--help"]).stdout.replace(/\s+/g, " ")).toContain("(draft-03, read as the draft-04 it means, to 2020-12;");
  });

  it("makes a property `required: true` names non-optional in Swift and required in DRF", () => {
    const path = draft03File("person", {
      type: "object",
      properties: {
        name: { type: "string", required: true },
        nick: { type: "string" },
      },
    });
    const swift = renderFile(path, "swift").find((file) => file.path === "PersonModels.swift")!.contents;
    expect(swift).toContain("public var name: String\n");
    expect(swift).toContain("public var nick: String?\n");
    const drf = renderFile(path, "python-drf")[0]!.contents;
    expect(drf).toMatch(/\n {4}name = _String\(\)\n/);
    expect(drf).toMatch(/\n {4}nick = _String\(required=False\)\n/);
  });

  it("reads a file it refers to that declares no dialect as draft-03, as a draft-03 validator goes on judging in it", () => {
    const item = { type: "object", properties: { id: { type: "integer", required: true }, tags: { type: ["string", { type: "array", items: { type: "string" } }] } } };
    writeTree(dir, { "item.json": JSON.stringify(item) });
    const main = draft03File("main", { type: "object", properties: { item: { $ref: "item.json" } } });
    const values: JsonValue[] = [{ item: { id: 1, tags: ["a"] } }, { item: { id: 1, tags: "a" } }, { item: { tags: "a" } }, { item: { id: 1, tags: 5 } }];
    expect(ajvVerdicts(main, values)).toEqual([true, true, false, false]);
    // Control: a draft-07 input's undeclared file is read as draft-07's, where `required: true` is refused.
    writeTree(dir, { "later.json": JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", properties: { item: { $ref: "item.json" } } }) });
    expect(codegenErrorOf(() => modelOfFile(join(dir, "later.json"))).pointer).toBe("/properties/id/required");
  });

  it("names the places of its warnings and refusals as the file writes them, not as its draft-04 reading does", () => {
    // A schema the model types as a JSON value (a `not` only), in an `extends`: read at /properties/a/allOf/0/…
    const warned = draft03File("warned", {
      type: "object",
      properties: {
        a: {
          type: "object",
          extends: { properties: { b: { disallow: ["string", "null"] } } },
        },
      },
    });
    const warnings = genWarnings(modelOfFile(warned), []).map(({ pointer }) => pointer);
    expect(warnings).toContain("/properties/a/extends/properties/b");
    expect(warnings.filter((pointer) => pointer.includes("allOf"))).toEqual([]);
    // A later draft's keyword, which rules nothing here, is said where it is written.
    const later = genWarnings(modelOfFile(draft03File("later", CASES["allOf, a later draft's keyword (rules nothing in draft-03)"]!.schema)), []);
    expect(later.map(({ pointer, reason }) => [pointer, reason])).toEqual([["/allOf", "`allOf` is a keyword of later drafts, not of this document's draft-03: it rules nothing here"]]);
    // A value its keyword gives no meaning to, in the second schema an `extends` lists.
    const refused = codegenErrorOf(() =>
      modelOfFile(
        draft03File("refused", {
          properties: {
            a: { extends: [{ type: "string" }, { pattern: "(" }] },
          },
        }),
      ),
    );
    expect(refused.pointer).toBe("/properties/a/extends/1/pattern");
  });

  it("names a later draft's keyword it drops beside its draft-03 counterpart where that keyword is written", () => {
    // The drop was said at `/divisibleBy` (`/disallow`): the dropped keyword's place was read back
    // through the move of its counterpart, which the document as read holds at the same place.
    const dropped = (name: string, schema: Schema) => genWarnings(modelOfFile(draft03File(name, schema)), []).filter(({ reason }) => reason.includes("rules nothing here"));
    const beside = dropped("divisible-beside-multiple", { type: "integer", divisibleBy: 2, multipleOf: 3 });
    expect(beside.map(({ pointer }) => pointer)).toEqual(["/multipleOf"]);
    expect(beside[0]!.reason).toContain("`multipleOf` is a keyword of later drafts");
    expect(dropped("disallow-beside-not", { disallow: "string", not: { type: "number" } }).map(({ pointer }) => pointer)).toEqual(["/not"]);
    // Inside a moved place too (an `extends`), and the verdicts are draft-03's: `divisibleBy` rules, `multipleOf` nothing.
    expect(dropped("extends-beside", { extends: { divisibleBy: 2, multipleOf: 3 } }).map(({ pointer }) => pointer)).toEqual(["/extends/multipleOf"]);
    expect(ajvVerdicts(draft03File("divisible-beside-multiple", { type: "integer", divisibleBy: 2, multipleOf: 3 }), [4, 3, 6])).toEqual([true, false, true]);
  });

  it("names a warning's place in another draft-03 file of the bundle as that file writes it", () => {
    // The second file's places were named as its draft-04 reading has them (`item-03.json#/allOf/0/…`),
    // a place the file does not have: only the input's moves were read back.
    writeTree(dir, { "item-03.json": JSON.stringify({ $schema: DRAFT_03, type: "object", extends: { properties: { b: { disallow: ["string", "null"] } } } }) });
    const main = draft03File("bundle-main", { type: "object", properties: { item: { $ref: "item-03.json" } } });
    const warnings = genWarnings(modelOfFile(main), []).filter(({ location }) => location !== undefined);
    expect(warnings.map(({ location, pointer }) => [location?.replace(/^.*[\\/]/, ""), pointer])).toContainEqual(["item-03.json", "/extends/properties/b"]);
    expect(warnings.filter(({ pointer }) => pointer.includes("allOf"))).toEqual([]);
  });

  it("says a later draft's keyword another draft-03 file of the bundle writes rules nothing, in that file", () => {
    // Only the input's drops were said: `multipleOf` in a file it refers to ruled nothing, silently.
    writeTree(dir, { "counted-03.json": JSON.stringify({ $schema: DRAFT_03, type: "object", properties: { n: { type: "integer", multipleOf: 3 } } }) });
    const main = draft03File("counted-main", { type: "object", properties: { counted: { $ref: "counted-03.json" } } });
    const warnings = genWarnings(modelOfFile(main), []).filter(({ reason }) => reason.includes("rules nothing here"));
    expect(warnings.map(({ location, pointer }) => [location?.replace(/^.*[\\/]/, ""), pointer])).toEqual([["counted-03.json", "/properties/n/multipleOf"]]);
    // As draft-03 judges it: 4 is a valid `n`.
    expect(ajvVerdicts(main, [{ counted: { n: 4 } }, { counted: { n: "4" } }])).toEqual([true, false]);
  });

  it("is named as draft-03 by the breaking report, which names its places as the file writes them", () => {
    // The report said `dialect: draft-04` and `at new #/properties/a/anyOf/1/properties/b`, the draft-04
    // reading's place, which the file does not have (its `type` list's second entry).
    const version = (name: string, b: Schema) => draft03File(name, { type: "object", properties: { a: { type: ["integer", { type: "object", properties: { b } }] } } });
    const old = version("breaking-old", { type: "string" });
    const current = version("breaking-new", { type: "string", required: true });
    const text = runCli(["breaking", "--against", old, "--input", current]);
    expect(text.stdout).toContain("property-became-required");
    expect(text.stdout).toContain("at old #/properties/a/type/1/properties/b, new #/properties/a/type/1/properties/b\n");
    const json = JSON.parse(runCli(["breaking", "--against", old, "--input", current, "--format", "json"]).stdout) as { old: { dialect: string }; new: { dialect: string } };
    expect([json.old.dialect, json.new.dialect]).toEqual(["draft-03", "draft-03"]);
  });
});
