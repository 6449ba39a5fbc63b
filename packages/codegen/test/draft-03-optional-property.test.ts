// `required: false` on a property: draft-03's word that the property is optional, which every
// property is from draft-04 on unless its object lists it. Microsoft's Adaptive Cards schema (1.6, a
// draft-06 document) writes it on Media's `captionSources` and MediaSource's `mimeType`, and gen
// refused the whole schema, taking it for draft-03's `required: true`. It is read as no `required`,
// and said at its pointer; `required: true`, which asks the object for the key, is still refused.
// The verdicts below are stated by hand.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { afterAll, describe, expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { runCli } from "./helpers/cli.ts";
import { codegenErrorOf, modelOf } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-draft-03-optional-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MEDIA_SOURCE = {
  type: "object",
  properties: { mimeType: { type: "string", required: false }, url: { type: "string" } },
  required: ["url"],
  additionalProperties: false,
};
const document = { $schema: "http://json-schema.org/draft-06/schema#", definitions: { MediaSource: MEDIA_SOURCE } };
const VALUES: readonly JsonValue[] = [{ url: "a" }, { url: "a", mimeType: "video/mp4" }, { url: "a", mimeType: 1 }, { mimeType: "video/mp4" }, {}];
const VERDICTS = [true, true, false, false, false];

describe("a property's `required: false`", () => {
  it("is read as no `required`: the property is optional, its object's own list still holds", () => {
    const model = modelOf(document);
    const validator = new ModelValidator(model);
    expect(VALUES.map((value) => validator.validatesNamed("MediaSource", value))).toEqual(VERDICTS);
  });

  it("is said at its pointer", () => {
    const warnings = genWarnings(modelOf(document), []).map(({ pointer, reason }) => [pointer, reason]);
    expect(warnings).toEqual([["/definitions/MediaSource/properties/mimeType/required", expect.stringMatching(/^`required: false` is draft-03's word that the property is optional.*read as no `required`$/)]]);
  });

  it("is left out of the json-schema target's document, which AJV compiles with the same verdicts", async () => {
    writeTree(dir, { "media.json": JSON.stringify({ ...document, $ref: "#/definitions/MediaSource" }) });
    const result = await runCli(["gen", "--input", join(dir, "media.json"), "--target", "json-schema", "--out", join(dir, "out")]);
    expect(result.status, result.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "out", "Media.schema.json"), "utf8")) as Record<string, unknown>;
    // AJV as strict as it is by default, checking the document against its meta-schema (draft-06's).
    const validate = new Ajv({ strictTypes: false }).addMetaSchema(draft06MetaSchema).compile(written);
    expect(VALUES.map((value) => validate(value))).toEqual(VERDICTS);
  });

  it("is not `required: true`, which is still refused at its pointer", () => {
    const asksForTheKey = { ...document, definitions: { MediaSource: { ...MEDIA_SOURCE, properties: { ...MEDIA_SOURCE.properties, mimeType: { type: "string", required: true } } } } };
    const error = codegenErrorOf(() => modelOf(asksForTheKey));
    expect(error.pointer).toBe("/definitions/MediaSource/properties/mimeType/required");
    expect(error.message).toMatch(/`required: true` on a property is draft-03's/);
  });
});
