// A `type` list (`type: ["object", "null"]`) is the union of the schema restricted to each type, and
// each part carries every rule of the schema (`minProperties`, `not`, `if`…): the whole stated them all
// again, so each rule was in the model twice and every target told it twice. Found by sweep AS on
// OpenTelemetry's configuration schema (open-telemetry/opentelemetry-configuration
// schema/logger_provider.json, Apache-2.0), whose processors and exporters are `type: ["object",
// "null"]` with `minProperties: 1, maxProperties: 1`: Swift's comment listed "must have exactly 1
// property" twice and the docs read "that must have exactly 1 property that must have exactly 1
// property". Controls: a rule beside all seven types (no part is made) stays the whole's, once; the
// rendered JSON Schema judges every value as AJV does on the document.
import { Ajv2020 } from "ajv/dist/2020.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import type { AliasType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const draft2020 = "https://json-schema.org/draft/2020-12/schema";

/** How many times the alias `name` states a rule of kind `kind`, at any depth of its type. */
function timesStated(document: Record<string, unknown>, name: string, kind: string): number {
  const alias = typeNamed(modelOf(document, "Rules"), name) as AliasType;
  return JSON.stringify(alias.type).split(`"kind":"${kind}"`).length - 1;
}

const definitions = {
  OneKey: { type: ["object", "null"], minProperties: 1, maxProperties: 1, properties: { batch: { type: "object" } } },
  NotX: { type: ["string", "null"], not: { const: "x" } },
  DependsOnA: { type: ["object", "null"], dependentRequired: { a: ["b"] } },
  ShortKeys: { type: ["object", "null"], propertyNames: { maxLength: 3 } },
  AnyButX: { type: ["string", "number", "integer", "boolean", "null", "array", "object"], not: { const: "x" } },
};
const document = { $schema: draft2020, $defs: definitions };

describe("a type list's rules", () => {
  const cases: [string, string][] = [
    ["OneKey", "propertyCount"],
    ["NotX", "not"],
    ["DependsOnA", "dependentRequired"],
    ["ShortKeys", "propertyNames"],
    ["AnyButX", "not"],
  ];
  for (const [name, kind] of cases) {
    it(`are stated once: ${name}'s ${kind}`, () => {
      expect(timesStated(document, name, kind)).toBe(1);
    });
  }

  it("are told once in Swift's comment and the docs (OpenTelemetry's one-key processor)", () => {
    const dir = tempDir("clone-codegen-type-list-rules-");
    writeTree(dir, { "doc.json": JSON.stringify({ $schema: draft2020, $defs: { Processor: definitions.OneKey } }) });
    const [swift] = renderFile(join(dir, "doc.json"), "swift").filter((file) => file.path.endsWith("Models.swift"));
    const [docs] = renderFile(join(dir, "doc.json"), "docs").filter((file) => file.path.endsWith(".md") && !file.path.endsWith("README.md"));
    expect(swift!.contents.split("must have exactly 1 property").length - 1).toBe(1);
    expect(docs!.contents.split("must have exactly 1 property").length - 1).toBe(1);
  });

  it("judge every value as the document does (the json-schema target against AJV on the document)", () => {
    const dir = tempDir("clone-codegen-type-list-rules-");
    writeTree(dir, { "doc.json": JSON.stringify(document) });
    const [file] = renderFile(join(dir, "doc.json"), "json-schema");
    const rendered = JSON.parse(file!.contents) as { $defs: Record<string, object> };
    const instances = [null, "x", "y", 1, {}, { batch: {} }, { batch: {}, other: 1 }, { a: 1 }, { a: 1, b: 2 }, { long: 1 }, ["x"]];
    for (const name of Object.keys(definitions)) {
      const original = new Ajv2020({ strict: false }).compile({ ...document, $ref: `#/$defs/${name}` });
      const fromTarget = new Ajv2020({ strict: false }).compile({ ...rendered, $ref: `#/$defs/${name}` });
      expect(instances.map((instance) => fromTarget(instance)), name).toEqual(instances.map((instance) => original(instance)));
    }
  });
});
