// Bad input stops the build with an error naming the document, the JSON pointer and the reason. Bad
// means not a valid JSON Schema (or a reference that does not resolve): every valid construct builds
// (model-constructs.test.ts).
import { rmSync } from "node:fs";
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

  it("a $ref to another document", () => {
    const error = buildError(draft07({ A: object({ b: { $ref: "other.json#/definitions/B" } }) }));
    expect(error.reason).toMatch(/points outside this document/);
  });

  it("a draft-03 document (a dialect of another kind: required: true, extends)", () => {
    const error = buildError({ $schema: "http://json-schema.org/draft-03/schema#", definitions: {} });
    expect(error.pointer).toBe("/$schema");
  });

  it("a keyword of the wrong kind names its pointer", () => {
    const error = buildError(draft07({ A: object({ x: { type: "string", minLength: "3" } }) }));
    expect(error.pointer).toBe("/definitions/A/properties/x/minLength");
    expect(error.reason).toBe("must be a number");
    expect(buildError(draft07({ A: object({}, { required: "x" }) })).pointer).toBe("/definitions/A/required");
  });
});

describe("bad input through the CLI", () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeTree(dir, {
    "broken.json": '{\n  "definitions": {\n    "A": { "type": "object",, }\n  }\n}\n',
    "unresolved.json": JSON.stringify(draft07({ A: { $ref: "#/definitions/Nope" } })),
  });

  it("invalid JSON: exit 2, file, line and column, nothing written", () => {
    const out = join(dir, "out-broken");
    const result = runCli(["gen", "--input", join(dir, "broken.json"), "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.json#: invalid JSON at line 3, column \d+/);
    expect(result.stdout).toBe("");
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
