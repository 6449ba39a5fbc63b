// The JSON Schema bundles (json-schema-bundle target) are read cleanly by other tools: AJV in strict
// mode compiles each and judges every conformance vector as our own validators do, every `$defs` entry
// is titled, described and exemplified by examples its own schema accepts, shared shapes appear once
// (by `$ref`), and quicktype-core generates from each with no numbered or colour-prefixed duplicate
// names. (datamodel-code-generator is run on them by apps/server/recording/test_bundle_models.py.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype, type JSONSchema } from "quicktype-core";
import { describe, expect, it } from "vitest";
import { formats, schemaFamilies, validatorsByName } from "@clone/schema";
import { buildModel, documentFromFamily, toSourceDocument } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { bundleOf, DRAFT_2020_12 as DRAFT_2020_12_URI, jsonSchemaBundleTarget } from "../src/targets/json-schema-bundle/index.ts";
import { quicktypeWrapper } from "../../../scripts/bench/quicktype.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";
import config from "../../../clone-codegen.config.ts";

type Schema = { [keyword: string]: JsonValue };
const FIXTURES = join(REPO_ROOT, "packages/schema/fixtures");
const bundleOutput = config.outputs.find((output) => output.target === jsonSchemaBundleTarget.name)!;

/**
 * AJV as a third party would set it up: strict, with discriminator support and ajv-formats. For
 * verdicts, `date-time` is the toolkit's rule (RFC 3339 without leap seconds, which no runtime we
 * target represents); ajv-formats' own accepts `23:59:60`.
 */
const addFormats = ajvFormats.default;

function newStrictAjv(options: { toolkitDateTime?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
  addFormats(ajv);
  if (options.toolkitDateTime) ajv.addFormat("date-time", formats["date-time"]);
  return ajv;
}

/** Every vector under fixtures/<name>/: the instance and whether it must validate. */
function vectorsOf(name: string): { file: string; instance: JsonValue; valid: boolean }[] {
  return (["valid", "invalid"] as const).flatMap((kind) => {
    const folder = join(FIXTURES, name, kind);
    return readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .map((file) => {
        const json = JSON.parse(readFileSync(join(folder, file), "utf8")) as { instance?: JsonValue };
        return { file: `${name}/${kind}/${file}`, instance: kind === "valid" ? (json as JsonValue) : json.instance!, valid: kind === "valid" };
      });
  });
}

class OfflineStore extends JSONSchemaStore {
  async fetch(): Promise<JSONSchema | undefined> {
    return undefined;
  }
}

/** The type names quicktype's TypeScript output declares. */
async function quicktypeTypeNames(bundle: Schema): Promise<string[]> {
  const input = new JSONSchemaInput(new OfflineStore());
  await input.addSource({ name: "AllDefinitions", schema: JSON.stringify(quicktypeWrapper(bundle)) });
  const inputData = new InputData();
  inputData.addInput(input);
  const result = await quicktype({ inputData, lang: "typescript", rendererOptions: { "just-types": "true" } });
  return result.lines.flatMap((line) => /^export (?:interface|enum|type) (\w+)/.exec(line)?.[1] ?? []);
}

/** The bundle of `document`, compiled by AJV strict, judging each case as AJV (not strict) judges the document itself. */
function judge(document: Schema, cases: readonly [JsonValue, boolean][]): Schema {
  const bundle = bundleOf(buildModel(toSourceDocument(document, "t.json")), "t.bundle.json");
  const validate = newStrictAjv().compile(bundle);
  const original = new Ajv2020({ strict: false }).compile(document);
  for (const [instance, valid] of cases) {
    expect(original(instance), `input document: ${JSON.stringify(instance)}`).toBe(valid);
    expect(validate(instance), `bundle: ${JSON.stringify(instance)}: ${JSON.stringify(validate.errors)}`).toBe(valid);
  }
  return bundle;
}

// quicktype gives a second type of one name a number or one of these prefixes.
const QUICKTYPE_COLLISION_PREFIXES = /^(Purple|Fluffy|Tentacled|Sticky|Indigo|Indecent|Hilarious|Ambitious|Cunning|Magenta|Frisky|Mischievous|Braggadocious)[A-Z]/;

describe("json-schema-bundle", () => {
  // A relative `$id` (SchemaStore's) or a URN (OCPP's) once made the bundle's own `$id` throw: it is left out instead.
  it("gives the bundle an $id only beside an absolute one", () => {
    const model = (id: string) => buildModel(toSourceDocument({ $id: id, title: "T", type: "object", properties: { a: { type: "string" } } }, "t.json"));
    expect(bundleOf(model("package.json"), "t.bundle.json").$id).toBeUndefined();
    // An absolute URI with no path to resolve a file name against (OCPP 2.0.1's $id) threw "Invalid URL".
    expect(bundleOf(model("urn:OCPP:Cp:2:2020:3:BootNotificationRequest"), "t.bundle.json").$id).toBeUndefined();
    expect(bundleOf(model("https://example.com/schemas/t.json"), "t.bundle.json").$id).toBe("https://example.com/schemas/t.bundle.json");
  });

  // Tag unions beyond the project's own: AJV (strict, with `discriminator`) refused the whole bundle
  // over a number tag (A2A's JSON-RPC error codes) or a variant that is itself a union (the variants
  // sharing one tag: devcontainer-feature's options, MCP's PrimitiveSchemaDefinition), and a type whose
  // tag is an enum was written once per value, so its values matched two `oneOf` branches (MCP's
  // NumberSchema). Each bundle must compile and judge as the input document does.
  describe("tag unions other tools can read", () => {
    const variant = (tag: JsonValue, extra: Schema = {}, required: string[] = []): Schema => ({
      type: "object",
      properties: { kind: { const: tag }, ...extra },
      required: ["kind", ...required],
      additionalProperties: false,
    });

    it("tags that are numbers: the oneOf alone", () => {
      const bundle = judge({ $schema: DRAFT_2020_12_URI, oneOf: [variant(1, { a: { type: "string" } }), variant(2, { b: { type: "string" } })] }, [
        [{ kind: 1, a: "x" }, true],
        [{ kind: 2, b: "x" }, true],
        [{ kind: 2, a: "x" }, false],
        [{ kind: 3 }, false],
      ]);
      expect(JSON.stringify(bundle)).not.toContain('"discriminator"');
    });

    it("variants that share a tag: the oneOf alone", () => {
      const document: Schema = {
        $schema: DRAFT_2020_12_URI,
        anyOf: [variant("flag", { default: { type: "boolean" } }), variant("text", { enum: { type: "array", items: { type: "string" } } }, ["enum"]), variant("text", { proposals: { type: "array" } })],
      };
      judge(document, [
        [{ kind: "flag", default: true }, true],
        [{ kind: "text", enum: ["a"] }, true],
        [{ kind: "text", proposals: [] }, true],
        [{ kind: "text", enum: ["a"], proposals: [] }, false],
        [{ kind: "flag", enum: [] }, false],
      ]);
    });

    it("a type whose tag is an enum: one branch, however many values it has", () => {
      const document: Schema = {
        $schema: DRAFT_2020_12_URI,
        anyOf: [
          { type: "object", properties: { kind: { enum: ["integer", "number"] }, minimum: { type: "number" } }, required: ["kind"] },
          { type: "object", properties: { kind: { const: "string" }, minLength: { type: "integer" } }, required: ["kind"] },
        ],
      };
      judge(document, [
        [{ kind: "number", minimum: 1 }, true],
        [{ kind: "integer" }, true],
        [{ kind: "string", minLength: 2 }, true],
        [{ kind: "boolean" }, false],
      ]);
    });

    // Not a tag union, but the same reader: AJV strict wants an object keyword's type stated beside it
    // and does not look through a `$ref` (JSON Feed's author, `minProperties: 1` beside `allOf: [$ref]`).
    it("object keywords beside a referenced object say its type there", () => {
      const document: Schema = {
        $schema: DRAFT_2020_12_URI,
        $defs: { person: { type: "object", properties: { name: { type: "string" }, url: { type: "string" } } } },
        type: "object",
        properties: {
          author: { allOf: [{ $ref: "#/$defs/person" }], minProperties: 1 },
          owner: { $ref: "#/$defs/person", dependentRequired: { url: ["name"] } },
        },
      };
      judge(document, [
        [{ author: { name: "a" } }, true],
        [{ author: {} }, false],
        [{ owner: { url: "u" } }, false],
        [{ owner: { url: "u", name: "n" } }, true],
      ]);
    });

    // A schema naming no type (Typeless) lets every value of another type through; the bundle wrote its
    // keywords' type and refused them (found on cfn-lint's IAM policy by the sweep: Principal's AWS,
    // `items` beside a `$ref` to constants and `type: [string, array]`, made the bundle refuse "*").
    it("a schema naming no type lets the values of other types through", () => {
      const document: Schema = {
        $schema: DRAFT_2020_12_URI,
        $defs: {
          arn: { anyOf: [{ const: "*" }, { pattern: "^[0-9]{12}$" }] },
          timings: { required: ["send"], properties: { send: { type: "number" } } },
          counted: { minProperties: 1, dependentRequired: { a: ["b"] } },
        },
        type: "object",
        properties: {
          aws: { $ref: "#/$defs/arn", items: { $ref: "#/$defs/arn", type: "string" }, type: ["string", "array"] },
          timings: { $ref: "#/$defs/timings" },
          counted: { $ref: "#/$defs/counted" },
          long: { maxLength: 2 },
        },
      };
      judge(document, [
        [{ aws: "*" }, true],
        [{ aws: ["*", "123456789012"] }, true],
        [{ aws: "x" }, false],
        [{ aws: ["x"] }, false],
        [{ timings: 5 }, true],
        [{ timings: {} }, false],
        [{ timings: { send: 1 } }, true],
        [{ counted: "s" }, true],
        [{ counted: {} }, false],
        [{ counted: { a: 1 } }, false],
        [{ long: 123 }, true],
        [{ long: "abc" }, false],
      ]);
    });

    // IAM's Principal again: its `if: {type: string}` reached the object side too, where it never holds,
    // and AJV strict refused the whole bundle over a string type inside an object one.
    it("a conditional on another plain type, which never holds, is left out where a type is stated", () => {
      const document: Schema = {
        $schema: DRAFT_2020_12_URI,
        type: "object",
        properties: { principal: { type: ["object", "string"], if: { type: "string" }, then: { const: "*" }, properties: { aws: { type: "string" } } } },
      };
      judge(document, [
        [{ principal: "*" }, true],
        [{ principal: "x" }, false],
        [{ principal: { aws: "a" } }, true],
        [{ principal: { aws: 1 } }, false],
      ]);
    });

    it("string tags, each a variant's own constant, still carry a discriminator", () => {
      const bundle = judge({ $schema: DRAFT_2020_12_URI, oneOf: [variant("a", { x: { type: "string" } }), variant("b")] }, [
        [{ kind: "a", x: "1" }, true],
        [{ kind: "b" }, true],
        [{ kind: "c" }, false],
      ]);
      expect(JSON.stringify(bundle)).toContain('"discriminator"');
    });
  });

  // AJV strict refuses a pattern that matches a declared key ("property $ref matches pattern
  // ^\$ref$ (use allowMatchingProperties)"), whatever declared it. The sweep found it on OpenAPI 3.0's
  // Reference, which requires `$ref` and types it by a pattern alone (the model declares such a
  // key), and on two of test/corpus/external's bundles (nbformat's `^.*$` beside declared timings,
  // package.json's `^[^.0-9]+$` beside `require`/`import`). A declared key holds to the pattern's
  // rule too, so the bundle must say that without the pattern matching it.
  describe("patterns beside declared keys", () => {
    // OpenAPI 3.0's schema (https://spec.openapis.org/oas/3.0/schema/2021-09-28, Apache-2.0), its Reference.
    it("a required key typed by a pattern alone: the pattern is not written again", () => {
      const bundle = judge({ $schema: DRAFT_2020_12_URI, type: "object", required: ["$ref"], patternProperties: { "^\\$ref$": { type: "string" } } }, [
        [{ $ref: "#/x" }, true],
        [{}, false],
        [{ $ref: 1 }, false],
        [{ $ref: "#/x", other: 1 }, true],
      ]);
      expect(JSON.stringify(bundle)).not.toContain("patternProperties");
    });

    it("a declared key a pattern also matches holds to both rules", () => {
      judge(
        {
          $schema: DRAFT_2020_12_URI,
          type: "object",
          properties: { name: { type: "string" }, "x-id": { type: "string" }, a: { type: "integer", minimum: 0 }, aa: { type: "string" } },
          patternProperties: { "^x-": { type: "string", minLength: 2 }, "^(?:a|b)$": { type: "integer", maximum: 9 }, "^(.)\\1": { type: "string", maxLength: 1 } },
          additionalProperties: false,
        },
        [
          [{ name: "n", "x-id": "ab" }, true],
          [{ "x-id": "a" }, false],
          [{ "x-other": "ab" }, true],
          [{ "x-other": "a" }, false],
          [{ other: "ab" }, false],
          [{ a: 5, b: 3 }, true],
          [{ a: 10 }, false],
          [{ a: -1 }, false],
          [{ b: 10 }, false],
          [{ c: 1 }, false],
          // A backreference keeps its group's number in the pattern written without `aa`.
          [{ aa: "x", bb: "y" }, true],
          [{ aa: "xy" }, false],
          [{ bb: "xy" }, false],
          [{ ab: "x" }, false],
        ],
      );
    });

    it("an object of patterns alone writes no empty properties", () => {
      const bundle = judge({ $schema: DRAFT_2020_12_URI, type: "object", patternProperties: { "^x-": { type: "string" } }, additionalProperties: false }, [
        [{ "x-a": "s" }, true],
        [{ "x-a": 1 }, false],
        [{ a: "s" }, false],
      ]);
      expect(JSON.stringify(bundle)).not.toContain('"properties"');
    });
  });

  // A format no validator here defines (VS Code's `html-selector`, OpenAPI tools' `uint8`) is the
  // author's: the bundle keeps it, and names it in its `$comment` so a reader can declare it to AJV,
  // which in strict mode refuses to compile an unknown format.
  it("keeps formats ajv-formats does not define and names them in its $comment", () => {
    const document: Schema = {
      $schema: DRAFT_2020_12_URI,
      type: "object",
      properties: { sel: { type: "string", format: "html-selector" }, n: { type: "integer", format: "uint8" }, at: { type: "string", format: "date-time" }, list: { type: "array", items: { type: "string", format: "media-range" } } },
    };
    const bundle = bundleOf(buildModel(toSourceDocument(document, "t.json")), "t.bundle.json");
    expect(bundle.$comment).toMatch(/: html-selector, media-range, uint8\.$/);
    expect(JSON.stringify(bundle)).toContain('"format":"html-selector"');
    expect(() => newStrictAjv().compile(bundle)).toThrow(/unknown format "(html-selector|media-range|uint8)"/);
    const ajv = newStrictAjv();
    for (const name of ["html-selector", "media-range", "uint8"]) ajv.addFormat(name, true);
    expect(ajv.compile(bundle)({ sel: "div > p", n: 3, at: "2024-01-01T00:00:00Z", list: ["text/*"] })).toBe(true);
  });

  it("is configured for every family the targets render", () => {
    expect(bundleOutput.families?.map((family) => family.name)).toEqual(schemaFamilies.map((family) => family.name));
  });

  for (const family of schemaFamilies) {
    const model = buildModel(documentFromFamily(family), { name: family.name });
    const [file] = jsonSchemaBundleTarget.render([model], bundleOutput.options ?? {});
    const bundle = JSON.parse(file!.contents) as Schema;
    const defs = bundle.$defs as { [name: string]: Schema };

    describe(family.name, () => {
      it("is the committed file", () => {
        expect(readFileSync(join(REPO_ROOT, bundleOutput.outDir, file!.path), "utf8")).toBe(file!.contents);
      });

      it("has an $id, a title and a description, and only standard keywords (AJV strict compiles it)", () => {
        expect(bundle.$id).toMatch(/^https:\/\/.+\.json$/);
        expect(bundle.title).toEqual(family.title);
        expect(bundle.description).toEqual(family.description);
        expect(() => newStrictAjv().compile(bundle)).not.toThrow();
        expect(JSON.stringify(bundle)).not.toMatch(/"x-[a-z-]+":/);
      });

      it("gives every named type a $defs entry with title, description and at least one example", () => {
        expect(Object.keys(defs)).toEqual(model.types.map((type) => type.name));
        for (const [name, schema] of Object.entries(defs)) {
          expect(schema.title, name).toBe(name);
          expect(typeof schema.description === "string" && schema.description.length > 0, `${name} has a description`).toBe(true);
          expect(Array.isArray(schema.examples) && schema.examples.length > 0, `${name} has an example`).toBe(true);
        }
      });

      it("every example validates against its own definition (AJV strict)", () => {
        const ajv = newStrictAjv();
        ajv.addSchema(bundle);
        let checked = 0;
        for (const [name, schema] of Object.entries(defs)) {
          const validate = ajv.getSchema(`${bundle.$id as string}#/$defs/${name}`)!;
          for (const example of schema.examples as JsonValue[]) {
            expect(validate(example), `${name} example ${JSON.stringify(example)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
            checked += 1;
          }
        }
        expect(checked).toBeGreaterThanOrEqual(Object.keys(defs).length);
      });

      it("refers to shared shapes: no object schema is written inline outside $defs", () => {
        const inline: string[] = [];
        const visit = (value: JsonValue, pointer: string, isDefinition: boolean): void => {
          if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${pointer}/${index}`, false));
          if (typeof value !== "object" || value === null) return;
          if (!isDefinition && value.type === "object" && value.properties !== undefined && !pointer.includes("/then")) inline.push(pointer);
          for (const [key, child] of Object.entries(value)) {
            if (key === "examples") continue;
            if (key === "$defs") for (const [name, definition] of Object.entries(child as Schema)) visit(definition, `/$defs/${name}`, true);
            else visit(child, `${pointer}/${key}`, false);
          }
        };
        visit(bundle, "", false);
        expect(inline).toEqual([]);
      });

      it("AJV strict judges every conformance vector as our validators do", () => {
        const ajv = newStrictAjv({ toolkitDateTime: true });
        ajv.addSchema(bundle);
        const names = readdirSync(FIXTURES).filter((name) => model.typesByName.get(name) !== undefined);
        expect(names.length).toBeGreaterThan(0);
        let judged = 0;
        for (const name of names) {
          const validate = ajv.getSchema(`${bundle.$id as string}#/$defs/${name}`)!;
          const ours = validatorsByName[name]!;
          for (const vector of vectorsOf(name)) {
            const verdict = validate(vector.instance);
            expect(verdict, `${vector.file}: ${ajv.errorsText(validate.errors)}`).toBe(vector.valid);
            expect(ours(vector.instance), vector.file).toBe(vector.valid);
            judged += 1;
          }
        }
        expect(judged).toBeGreaterThan(names.length);
      });

      it("quicktype-core generates from it with no numbered or prefixed duplicate names", async () => {
        const names = await quicktypeTypeNames(bundle);
        for (const type of model.types.filter((type) => type.kind === "object")) expect(names).toContain(type.name);
        expect(names.filter((name) => /\d$/.test(name) || QUICKTYPE_COLLISION_PREFIXES.test(name))).toEqual([]);
      }, 60_000);
    });
  }
});
