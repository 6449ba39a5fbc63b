// Bad input stops the build with an error naming the document, the JSON pointer and the reason. Bad
// means not a valid JSON Schema (or a reference that does not resolve): every valid construct builds
// (model-constructs.test.ts).
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CodegenError } from "../src/index.ts";
import { codegenErrorOf, draft07, modelOf } from "./helpers/model.ts";
import { runCli, tempDir, writeTree } from "./helpers/workspace.ts";

function buildError(document: Record<string, unknown>): CodegenError {
  return codegenErrorOf(() => modelOf(document));
}

const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: "object",
  properties,
  additionalProperties: false,
  ...extra,
});

describe("bad input", () => {
  it("a $ref that does not resolve", () => {
    const error = buildError(draft07({ A: object({ b: { $ref: "#/definitions/Missing" } }) }));
    expect(error.pointer).toBe("/definitions/A/properties/b/$ref");
    expect(error.reason).toBe('$ref "#/definitions/Missing" does not resolve: no definition "Missing"');
  });

  // Found by sweep Q: AWS Step Functions' schema (cfn-lint) has `$ref: "#/"`, which AJV reads as the
  // document and Python's jsonschema refuses; the error said only that it does not resolve.
  it("a $ref ending in '/' says its last token is the empty key and what the author likely meant", () => {
    const error = buildError(draft07({ A: object({ b: { $ref: "#/" } }) }));
    expect(error.pointer).toBe("/definitions/A/properties/b/$ref");
    expect(error.reason).toBe('$ref "#/" does not resolve: its last token is the empty key "" (a trailing "/"); "#" names the whole document');
    const nested = buildError(draft07({ A: object({ c: { $ref: "#/definitions/A/" } }) }));
    expect(nested.reason).toBe('$ref "#/definitions/A/" does not resolve: its last token is the empty key "" (a trailing "/"); "#/definitions/A" names the schema before it');
  });

  // A document built in memory has no files read with it; the message said to read "the file" from
  // disk even when gen had (a ref the bundler did not reach), and showed the toolkit's own base URI.
  it("a $ref to another document", () => {
    const error = buildError(draft07({ A: object({ b: { $ref: "other.json#/definitions/B" } }) }));
    expect(error.reason).toBe(
      '$ref "other.json#/definitions/B" names a schema in another document, which was not read with this one: the local files a schema\'s refs name are read (and bundled) with it only when gen reads the schema from its own file, not from memory or a git revision',
    );
  });

  it("a draft-02 document (draft-03 is read: draft-03-read-as-draft-04.test.ts)", () => {
    const error = buildError({ $schema: "http://json-schema.org/draft-02/schema#", definitions: {} });
    expect(error.pointer).toBe("/$schema");
  });

  it("a keyword of the wrong kind names its pointer", () => {
    const error = buildError(draft07({ A: object({ x: { type: "string", minLength: "3" } }) }));
    expect(error.pointer).toBe("/definitions/A/properties/x/minLength");
    expect(error.reason).toBe("must be a non-negative integer");
    expect(buildError(draft07({ A: object({}, { required: "x" }) })).pointer).toBe("/definitions/A/required");
  });

  // Each a value its keyword gives no meaning to, which gen had skipped or half-read (exit 0, targets
  // that disagree, or code that fails at run time): [what, schema of definition A, pointer below it, reason].
  const meaningless: [string, Record<string, unknown>, string, RegExp][] = [
    ["a type name no JSON type has", { type: "objec" }, "/type", /JSON type name .* not "objec"/],
    ["an empty type list", { type: [] }, "/type", /must not be an empty list/],
    ["an enum that is no list", { enum: 5 }, "/enum", /must be a list of values/],
    ["a pattern no regex engine compiles", { type: "string", pattern: "(" }, "/pattern", /pattern "\(" is not an ECMA-262 regular expression/],
    // pydantic writes a model's regex as Python's `re` takes it: refused (JSON Schema's patterns are ECMA-262, and AJV refuses it), saying how ECMA-262 spells it.
    ["Python's named group", { type: "string", pattern: "^(?P<major>\\d+)\\.(?P<minor>\\d+)$" }, "/pattern", /\(Invalid group\): `\(\?P<major>` is Python's spelling of a named group, which ECMA-262 \(JSON Schema's patterns\) writes `\(\?<major>`$/],
    ["Python's backreference to a named group", { type: "string", pattern: "^(?<q>['\"])[a-z]*(?P=q)$" }, "/pattern", /`\(\?P=q\)` is Python's spelling of a backreference to a named group, which ECMA-262 \(JSON Schema's patterns\) writes `\\k<q>`$/],
    ["a patternProperties key that is no regular expression", { type: "object", patternProperties: { "[": { type: "string" } } }, "/patternProperties/[", /pattern "\[" is not/],
    ["a negative length", { type: "string", minLength: -1 }, "/minLength", /non-negative integer/],
    ["a fractional item count", { type: "array", maxItems: 1.5 }, "/maxItems", /non-negative integer/],
    ["multipleOf 0", { type: "integer", multipleOf: 0 }, "/multipleOf", /greater than 0/],
    ["a $ref that is no string", { $ref: 5 }, "/$ref", /must be a string/],
    ["allOf that is no list", { allOf: {} }, "/allOf", /must be a list of schemas/],
    ["anyOf holding a number", { anyOf: [{ type: "string" }, 3] }, "/anyOf/1", /must be a schema/],
    ["a property that is no schema", { type: "object", properties: { a: 5 } }, "/properties/a", /must be a schema/],
    ["uniqueItems that is no flag", { type: "array", uniqueItems: "yes" }, "/uniqueItems", /true or false/],
    ["draft-04's boolean exclusiveMinimum in draft-07", { type: "number", minimum: 1, exclusiveMinimum: true }, "/exclusiveMinimum", /number in draft-07/],
    ["a dependency that is neither a schema nor names", { type: "object", dependencies: { a: 5 } }, "/dependencies/a", /must be a schema/],
    ["a dependency list holding a number", { type: "object", dependencies: { a: ["b", 1] } }, "/dependencies/a", /list of property names/],
    ["draft-03's required: true on a property", { type: "object", properties: { a: { type: "string", required: true } } }, "/properties/a/required", /list of property names .*draft-03's/],
    ["draft-03's type any", { type: "any" }, "/type", /not "any" \(draft-03's "any" is no `type`/],
  ];
  for (const [what, schema, below, reason] of meaningless) {
    it(`refused, naming its pointer: ${what}`, () => {
      const error = buildError(draft07({ A: schema }));
      expect(error.pointer).toBe(`/definitions/A${below}`);
      expect(error.reason).toMatch(reason);
    });
  }

  it("items as a list in 2020-12 (prefixItems there) is refused; before 2020-12 it is a tuple", () => {
    const tuple = { type: "array", items: [{ type: "string" }] };
    const error = buildError({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { A: tuple } });
    expect([error.pointer, error.reason]).toEqual(["/$defs/A/items", expect.stringMatching(/prefixItems/)]);
    expect(() => modelOf(draft07({ A: tuple }))).not.toThrow();
  });

  it("draft-04's boolean exclusiveMinimum is read in draft-04", () => {
    expect(() => modelOf({ $schema: "http://json-schema.org/draft-04/schema#", definitions: { A: { type: "number", minimum: 1, exclusiveMinimum: true } } })).not.toThrow();
  });

  it("a later draft's numeric exclusiveMinimum in a document declaring draft-04 is refused, saying which $schema it needs (SchemaStore's datahub-ingestion)", () => {
    const error = buildError({ $schema: "http://json-schema.org/draft-04/schema#", definitions: { A: { type: "integer", exclusiveMinimum: 0 } } });
    expect([error.pointer, error.reason]).toEqual(["/definitions/A/exclusiveMinimum", expect.stringMatching(/boolean in draft-04 .*declares a later dialect \(JSON Schema.s `\$schema`/)]);
  });

  it("a value only stricter than its meaning in the meta-schema is taken as it reads", () => {
    const lenient = [{ type: ["string", "string"] }, { type: "object", required: [] }, { type: "object", required: ["a", "a"] }, { type: "string", pattern: "^[\\w-.]+$" }, { enum: [] }];
    for (const schema of lenient) expect(() => modelOf(draft07({ A: schema })), JSON.stringify(schema)).not.toThrow();
  });

  it("annotation keywords are never checked (JSON Schema ignores them)", () => {
    expect(() => modelOf(draft07({ A: { type: "string", examples: "x", title: 5, deprecated: "no", "x-type": "objec" } }))).not.toThrow();
    // prefixItems is no keyword of draft-07: an annotation there, whatever its value.
    expect(() => modelOf(draft07({ A: { type: "array", prefixItems: 5 } }))).not.toThrow();
  });

  // Found by a sweep of pyproject's schemas: SchemaStore's cibuildwheel (draft-07) files a
  // description string beside its schemas in `$defs`, and gen refused the whole pyproject schema.
  it("$defs before 2019-09 is the author's own folder: its schemas are read, anything else ignored; from 2019-09 on, each must be a schema", () => {
    const folder = { description: "Python versions.", Version: { type: "string" } };
    const draft07Model = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", $defs: folder, type: "object", properties: { v: { $ref: "#/$defs/Version" } } });
    expect(draft07Model.types.map((type) => type.name)).toContain("Version");
    expect(draft07Model.types.map((type) => type.name)).not.toContain("Description");
    const error = buildError({ $schema: "https://json-schema.org/draft/2019-09/schema", $defs: folder });
    expect([error.pointer, error.reason]).toEqual(["/$defs/description", "must be a schema (an object or a boolean)"]);
    // `definitions` is every dialect's keyword.
    expect(buildError({ $schema: "http://json-schema.org/draft-07/schema#", definitions: folder }).pointer).toBe("/definitions/description");
  });

  it("every place that breaks a rule is counted, the first named in full", () => {
    const error = buildError(draft07({ A: { type: "objec" }, B: { enum: 1 }, C: { minLength: -2 } }));
    expect(error.pointer).toBe("/definitions/A/type");
    expect(error.reason).toMatch(/\(and 2 more: \/definitions\/B\/enum, \/definitions\/C\/minLength\)$/);
  });
});

describe("bad input through the CLI", () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeTree(dir, {
    "broken.json": '{\n  "definitions": {\n    "A": { "type": "object",, }\n  }\n}\n',
    "unresolved.json": JSON.stringify(draft07({ A: { $ref: "#/definitions/Nope" } })),
    // V8 names no offset for a value it cannot start: the line and column are found by reading.
    "missing-value.json": '{\n  "definitions": {\n    "A": { "type": }\n  }\n}\n',
    "cut-short.json": '{\n  "definitions": {\n',
    "with-mark.json": `\ufeff${JSON.stringify(draft07({ A: { type: "string" } }))}`,
    "broken-with-mark.json": '\ufeff{ "definitions": , }',
    "main.json": JSON.stringify(draft07({ A: { $ref: "parts.json#/definitions/Part" } })),
    "parts.json": JSON.stringify(draft07({ Part: { type: "strin" } }), null, 2),
  });

  it("invalid JSON: exit 2, file, line and column, nothing written", () => {
    const out = join(dir, "out-broken");
    const result = runCli(["gen", "--input", join(dir, "broken.json"), "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.json: invalid JSON at line 3, column \d+/);
    expect(result.stdout).toBe("");
  });

  it("a byte order mark before the JSON is read past (RFC 8259 lets a parser ignore it; editors on Windows write one); after it, columns count from the text", () => {
    const out = join(dir, "out-with-mark");
    const result = runCli(["gen", "--input", join(dir, "with-mark.json"), "--target", "json-schema", "--out", out]);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
    const broken = runCli(["gen", "--input", join(dir, "broken-with-mark.json"), "--target", "json-schema", "--out", join(dir, "out-broken-mark")]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken-with-mark\.json: invalid JSON at line 1, column 18: \S/);
  });

  it("invalid JSON where V8 names no offset: the line and column still", () => {
    const missingValue = runCli(["gen", "--input", join(dir, "missing-value.json"), "--target", "json-schema", "--out", join(dir, "out-missing")]);
    expect(missingValue.status).toBe(2);
    expect(missingValue.stderr).toMatch(/missing-value\.json: invalid JSON at line 3, column 20: \S/);
    const cutShort = runCli(["gen", "--input", join(dir, "cut-short.json"), "--target", "json-schema", "--out", join(dir, "out-cut")]);
    expect(cutShort.stderr).toMatch(/cut-short\.json: invalid JSON at line 3, column 1: \S/);
  });

  it("a meaningless keyword value in a file a $ref reads names that file and the pointer in it", () => {
    const result = runCli(["gen", "--input", join(dir, "main.json"), "--target", "json-schema", "--out", join(dir, "out-parts")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/parts\.json#\/definitions\/Part\/type: must be a JSON type name .* not "strin"/);
  });

  it("an unresolved $ref: exit 2 with the pointer", () => {
    const result = runCli(["gen", "--input", join(dir, "unresolved.json"), "--target", "json-schema", "--out", join(dir, "out")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unresolved.json#/definitions/A/$ref: $ref \"#/definitions/Nope\" does not resolve");
  });

  it("an unknown target or a missing option is a usage error (exit 2)", () => {
    expect(runCli(["gen", "--input", "x.json", "--target", "cobol", "--out", dir]).status).toBe(2);
    expect(runCli(["gen", "--input", join(dir, "unresolved.json")]).status).toBe(2);
    expect(runCli(["frobnicate"]).status).toBe(2);
  });
});
