// A definition that is nothing but a `$ref` to another file's root (OpenTelemetry's configuration
// schema lists `$defs: {Propagator: {$ref: propagator.yaml}, Resource: {$ref: resource.yaml}}`) is
// that file's schema. The bundle hoisted the file under a key of its own, named from the file, so one
// type had two definitions: the author's, an alias, and the file's, numbered beside it (Swift's
// `typealias Propagator = Propagator2`; found by sweep AC on opentelemetry-configuration).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const DRAFT = "https://json-schema.org/draft/2020-12/schema";
const dir = tempDir("clone-codegen-definition-naming-a-file-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const main = {
  $schema: DRAFT,
  type: "object",
  properties: {
    propagator: { $ref: "#/$defs/Propagator" },
    // The same file named directly: the same type.
    fallback: { $ref: "propagator.json" },
    limits: { $ref: "#/$defs/Limits" },
  },
  $defs: {
    Propagator: { $ref: "propagator.json" },
    Limits: { type: "object", properties: { count: { type: "integer", minimum: 0 } }, additionalProperties: false },
  },
};
const propagator = {
  $schema: DRAFT,
  type: "object",
  additionalProperties: false,
  properties: {
    composite: { type: "array", minItems: 1, items: { $ref: "#/$defs/TextMap" } },
    filter: { $ref: "common.json#/$defs/IncludeExclude" },
  },
  $defs: { TextMap: { type: "object", properties: { baggage: { type: ["object", "null"], additionalProperties: false } }, minProperties: 1, maxProperties: 1 } },
};
const common = { $defs: { IncludeExclude: { type: "object", properties: { included: { type: "array", items: { type: "string" } } }, additionalProperties: false } } };

writeTree(dir, { "main.json": JSON.stringify(main), "propagator.json": JSON.stringify(propagator), "common.json": JSON.stringify(common) });

describe("a definition that only names another file's root", () => {
  const model = modelOfFile(join(dir, "main.json"));

  it("is that file's type, under the definition's name, and the only type of it", () => {
    const named = model.types.find((type) => type.name === "Propagator");
    expect(named?.kind).toBe("object");
    expect(named?.kind === "object" ? named.properties.map((property) => property.name) : []).toEqual(["composite", "filter"]);
    // No second type of the file's keys, and no name numbered beside another.
    const ofTheFile = model.types.filter((type) => type.kind === "object" && type.properties.map((property) => property.name).join() === "composite,filter");
    expect(ofTheFile.map((type) => type.name)).toEqual(["Propagator"]);
    expect(model.types.map((type) => type.name).filter((name) => /\d$/.test(name))).toEqual([]);
  });

  it("judges values as the files do, read by AJV as they are written", () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ ...propagator, $id: "https://example.test/propagator.json" });
    ajv.addSchema({ ...common, $id: "https://example.test/common.json" });
    const original = ajv.compile({ ...main, $id: "https://example.test/main.json" });
    const [file] = renderFile(join(dir, "main.json"), "json-schema");
    const bundled = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const values = [
      { propagator: { composite: [{ baggage: null }] }, fallback: { filter: { included: ["a"] } }, limits: { count: 1 } },
      { propagator: { composite: [{}] } },
      { propagator: { composite: [{ baggage: {}, other: {} }] } },
      { fallback: { extra: 1 } },
      { propagator: { filter: { included: [1] } } },
      { limits: { count: -1 } },
    ];
    const verdicts = values.map((value) => original(value));
    expect(verdicts).toEqual([true, false, false, false, false, false]);
    expect(values.map((value) => bundled(value))).toEqual(verdicts);
  });
});
