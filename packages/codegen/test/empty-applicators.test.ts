// An `allOf`, `anyOf` or `oneOf` that lists no schema. The meta-schemas refuse it (`minItems: 1`), but
// JSON Schema's definitions give it a meaning: every value passes all of none, and none passes one, or
// exactly one, of none. Cohere's OpenAPI description writes `oneOf: []`, and gen refused the whole
// description ("must be a non-empty list of schemas"). Taken as it reads, as the input check takes
// other values the meta-schema is only stricter about, read as the one schema of that meaning, and
// said at its pointer. The verdicts below are stated by hand.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { runCli } from "./helpers/cli.ts";
import { draft07, modelOf } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-empty-applicators-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOOL = {
  type: "object",
  properties: { name: { type: "string", allOf: [] }, params: { oneOf: [] }, other: { anyOf: [] } },
  required: ["name"],
};
const document = draft07({ Tool: TOOL });
const VALUES: readonly JsonValue[] = [{ name: "a" }, { name: 1 }, { name: "a", params: 1 }, { name: "a", params: {} }, { name: "a", params: null }, { name: "a", other: "x" }];
const VERDICTS = [true, false, false, false, false, false];

describe("an applicator listing no schema", () => {
  it("is read as JSON Schema defines it: allOf asks nothing, anyOf and oneOf take no value", () => {
    const validator = new ModelValidator(modelOf(document));
    expect(VALUES.map((value) => validator.validatesNamed("Tool", value))).toEqual(VERDICTS);
  });

  it("is said at its pointer", () => {
    const warnings = genWarnings(modelOf(document), []).map(({ pointer, reason }) => [pointer, reason]);
    expect(warnings).toEqual([
      ["/definitions/Tool/properties/name/allOf", "`allOf: []` lists no schema, which the meta-schema refuses (it asks for one at least): every value passes all of none, so it asks nothing; read as `allOf: [{}]`"],
      ["/definitions/Tool/properties/params/oneOf", expect.stringMatching(/^`oneOf: \[\]` lists no schema, .*no value passes exactly one of none, so no value is valid here; read as `oneOf: \[\{"not":\{\}\}\]`$/)],
      ["/definitions/Tool/properties/other/anyOf", expect.stringMatching(/^`anyOf: \[\]` lists no schema, .*no value passes one of none, so no value is valid here; read as `anyOf: \[\{"not":\{\}\}\]`$/)],
    ]);
  });

  it("is written by the json-schema target as a document AJV compiles, with the same verdicts", async () => {
    writeTree(dir, { "tool.json": JSON.stringify({ ...document, $ref: "#/definitions/Tool" }) });
    const result = await runCli(["gen", "--input", join(dir, "tool.json"), "--target", "json-schema", "--out", join(dir, "out")]);
    expect(result.status, result.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "out", "Tool.schema.json"), "utf8")) as Record<string, unknown>;
    // AJV as strict as it is by default, checking the document against its meta-schema.
    const validate = new Ajv({ strictTypes: false }).compile(written);
    expect(VALUES.map((value) => validate(value))).toEqual(VERDICTS);
  });
});
