// Bad input stops the build with an error naming the document, the JSON pointer and the reason.
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
  it("an unsupported construct names its keyword and pointer", () => {
    const error = buildError(draft07({ A: object({ x: { not: { type: "string" } } }) }));
    expect(error.location).toBe("test.schema.json");
    expect(error.pointer).toBe("/definitions/A/properties/x/not");
    expect(error.message).toBe('test.schema.json#/definitions/A/properties/x/not: unsupported keyword "not": the model cannot represent it');
  });

  it("a conditional rule the model cannot express is refused, not ignored", () => {
    const error = buildError(draft07({ A: object({ x: { type: "string" } }, { if: { properties: { x: { minLength: 2 } } }, then: { required: ["x"] } }) }));
    expect(error.pointer).toBe("/definitions/A/if");
    expect(error.reason).toMatch(/only "if"/);
  });

  it("two definitions that rename to the same type name collide", () => {
    const error = buildError(draft07({ "cron-job": object({}), CronJob: object({}) }));
    expect(error.pointer).toBe("/definitions/CronJob");
    expect(error.reason).toBe('name collision: definition "CronJob" here and the type at /definitions/cron-job both become "CronJob"');
  });

  it("an inline type whose derived name is taken by a definition collides", () => {
    const error = buildError(draft07({ A: object({ b: object({ x: { type: "string" } }) }), AB: object({ y: { type: "integer" } }) }));
    expect(error.pointer).toBe("/definitions/A/properties/b");
    expect(error.reason).toMatch(/name collision: inline type here and the type at \/definitions\/AB both become "AB"/);
  });

  it("union variants whose tags rename to the same name collide", () => {
    const variant = (tag: string) => object({ kind: { const: tag, type: "string" } }, { required: ["kind"] });
    const error = buildError(draft07({ U: { anyOf: [variant("a.b"), variant("a_b")] } }));
    expect(error.pointer).toBe("/definitions/U/anyOf/1");
    expect(error.reason).toMatch(/name collision: variants "a.b" and "a_b" both become "AB"/);
  });

  it("a $ref that does not resolve", () => {
    const error = buildError(draft07({ A: object({ b: { $ref: "#/definitions/Missing" } }) }));
    expect(error.pointer).toBe("/definitions/A/properties/b/$ref");
    expect(error.reason).toBe('$ref "#/definitions/Missing" does not resolve: no definition "Missing"');
  });

  it("a $ref to another document", () => {
    const error = buildError(draft07({ A: object({ b: { $ref: "other.json#/definitions/B" } }) }));
    expect(error.reason).toMatch(/points outside this document/);
  });

  it("a union whose variants cannot be told apart", () => {
    const error = buildError(draft07({ U: { anyOf: [object({ a: { type: "string" } }), object({ a: { type: "integer" } })] } }));
    expect(error.pointer).toBe("/definitions/U");
    expect(error.reason).toMatch(/^union variants cannot be told apart/);
  });

  it("a discriminator annotation that does not hold", () => {
    const variant = (tag: string) => object({ kind: { const: tag, type: "string" } }, { required: ["kind"] });
    const error = buildError(draft07({ U: { discriminator: "type", anyOf: [variant("a"), variant("b")] } }));
    expect(error.reason).toMatch(/discriminator "type" is not a required string constant/);
  });

  it("a required key that is not declared", () => {
    const error = buildError(draft07({ A: object({ a: { type: "string" } }, { required: ["b"] }) }));
    expect(error.pointer).toBe("/definitions/A/required");
  });

  it("an unknown dialect", () => {
    const error = buildError({ $schema: "http://json-schema.org/draft-03/schema#", definitions: {} });
    expect(error.pointer).toBe("/$schema");
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
