// References across files and to the network, end to end: local files are read relative to the input
// (and bundled into one self-contained document for the json-schema target), a remote ref is never
// fetched but reported as a fallback, and `--strict` refuses it with exit 2.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { neighbourIdCandidates } from "../src/input/bundle.ts";
import { CodegenError, genWarnings, modelWarnings, ModelValidator, renderFile, requireNoWarnings } from "../src/index.ts";
import type { ObjectType } from "../src/model/types.ts";
import { sourceFragment } from "../src/model/schemaModel.ts";
import { runCli } from "./helpers/cli.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";
import { REPO_ROOT, tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-refs-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (value: unknown) => JSON.stringify(value, null, 2);
writeTree(dir, {
  "main.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Main",
    definitions: {
      Order: {
        type: "object",
        properties: {
          item: { $ref: "other.json#/definitions/Item" },
          price: { $ref: "./dir/price.json" },
          extra: { $ref: "https://example.com/schemas/extra.json#/definitions/Extra" },
        },
        required: ["item", "price"],
        additionalProperties: false,
      },
      // Two definitions named Item: the other file's one is named after its file too when it is brought in.
      Item: { type: "string" },
    },
  }),
  "other.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    definitions: {
      Item: { type: "object", properties: { sku: { $ref: "#/definitions/Sku" } }, required: ["sku"] },
      Sku: { type: "string", pattern: "^[A-Z]{3}$" },
      Unused: { type: "integer" },
    },
  }),
  "dir/price.json": json({ $schema: "http://json-schema.org/draft-04/schema#", type: "number", minimum: 0, exclusiveMinimum: true }),
  "missing.json": json({ definitions: { A: { $ref: "nowhere.json" } } }),
  // A place the other file does not have (CSAF 2.0's aggregator schema names the provider schema's
  // #/definitions/url_t, which that file files under $defs): named as written, with the file.
  "missing-place.json": json({ definitions: { A: { $ref: "has-defs.json#/definitions/url_t" } } }),
  "has-defs.json": json({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { url_t: { type: "string" } }, properties: { b: { $ref: "#/definitions/url_t" } } }),
  "missing-place-inside.json": json({ definitions: { A: { $ref: "has-defs.json" } } }),
  // Places to warn about inside another file: a remote ref (CSAF's provider schema refers to the CSAF
  // schema's publisher remotely) and a default its schema refuses, in the file's root and a definition.
  "warns-inside.json": json({ type: "object", properties: { a: { $ref: "warned.json" }, b: { $ref: "warned.json#/definitions/D" } } }),
  "warned.json": json({ type: "object", properties: { x: { $ref: "https://example.test/x.json" } }, definitions: { D: { type: "object", properties: { z: { type: "string", default: 5 } } } } }),
  // The 2020-12 meta-schema's shape: a root and the files it joins by `$id`, each with the same
  // `$dynamicAnchor`, its `$dynamicRef`s meaning whatever the root is.
  "meta/main.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/meta/main",
    $dynamicAnchor: "node",
    type: "object",
    allOf: [{ $ref: "part" }],
    properties: { name: { type: "string" } },
  }),
  "meta/part": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/meta/part",
    $dynamicAnchor: "node",
    type: "object",
    properties: { child: { $dynamicRef: "#node" } },
  }),
  // Files named by their `$id`'s last segment plus `.json`, as the meta-schemas' repository lays them
  // out: `$ref: "meta/core"` names meta/core.json.
  "by-id/schema.json": json({
    $schema: "https://json-schema.org/draft/2019-09/schema",
    $id: "https://example.test/by-id/schema",
    allOf: [{ $ref: "meta/core" }],
    properties: { limit: { $ref: "meta/core#/$defs/count" } },
  }),
  "by-id/meta/core.json": json({
    $schema: "https://json-schema.org/draft/2019-09/schema",
    $id: "https://example.test/by-id/meta/core",
    type: "object",
    properties: { name: { type: "string" } },
    $defs: { count: { type: "integer", minimum: 0 } },
  }),
  // A ref that climbs out of the folder of the input's `$id` to a file on disk there (STAC's extension
  // schemas refer to `../../item-spec/json-schema/item.json` from their own `$id`).
  "climb/a/b/root.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://example.test/climb/a/b/root.json",
    type: "object",
    properties: { near: { $ref: "sibling.json" }, far: { $ref: "../../c/other.json" }, elsewhere: { $ref: "https://other.example.test/c/other.json" } },
  }),
  "climb/a/b/sibling.json": json({ $id: "https://example.test/climb/a/b/sibling.json", type: "string" }),
  "climb/c/other.json": json({ $id: "https://example.test/climb/c/other.json", title: "Other", type: "object", properties: { id: { type: "integer" } } }),
  // A definition named as its file, beside one of the input's of that name (STAC's collection and
  // catalog.json's `catalog`): named after its file too, it was `catalog-catalog`.
  "stem/main.json": json({ definitions: { catalog: { $ref: "catalog.json#/definitions/catalog" } }, $ref: "#/definitions/catalog" }),
  "stem/catalog.json": json({ definitions: { catalog: { type: "string" } } }),
  // Files laid flat beside each other, whose `$id`s say another layout (kubernetes-json-schema's
  // *-strict folders: deployment-apps-v1.json is https://kubernetes.io/api/deployment/apps/v1 and
  // refers to /api/_definitions.json, the `$id` of _definitions.json beside it).
  "flat/deployment-apps-v1.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/api/deployment/apps/v1",
    type: "object",
    properties: {
      spec: { $ref: "/api/_definitions.json#/$defs/Spec" },
      kind: { const: "Deployment" },
      revision: { $ref: "/api/revision.json" },
      label: { $ref: "/api/étiquette.json" },
    },
  }),
  "flat/_definitions.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/api/_definitions.json",
    $defs: { Spec: { type: "object", properties: { replicas: { type: "integer", minimum: 0 } }, required: ["replicas"] } },
  }),
  // A schema whose `$id` is one folder below the core's `$id`, referring to the core by it (JSON:API's
  // request schemas, json-api/json-api _schemas/1.0, laid out so here: schema_create_resource.json is
  // .../v1.0/draft/create/resource, schema.json beside it .../v1.0/draft). The core's place under the
  // input's `$id` is `..`: a folder on disk, not a file.
  "up/schema_create_resource.json": json({
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://example.test/spec/v1.0/draft/create/resource",
    type: "object",
    properties: { meta: { $ref: "https://example.test/spec/v1.0/draft#/definitions/meta" } },
  }),
  "up/schema.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "https://example.test/spec/v1.0/draft", definitions: { meta: { type: "object", required: ["total"], properties: { total: { type: "integer" } } } } }),
  // A neighbour with another `$id` is no match, and a file that is not JSON is passed over.
  "flat/other.json": json({ $id: "https://example.test/api/other.json", type: "string" }),
  "flat/notes.json": "not JSON",
  // Recorded data beside the schemas: an array of records (no root `$id`, though each record's is a
  // URL), and an object of records whose ids are no URIs of their own (each resolves to a file: URI).
  "flat/records.json": json([{ id: "https://example.test/api/_definitions.json" }, { $id: "https://example.test/api/records/1" }]),
  "flat/log.json": json({ records: [{ id: "x1" }, { id: "./x2" }, { id: "file:///x3" }, { $id: "x4" }] }),
  // An `$id` past ASCII (the folder's texts are scanned as bytes, and the value decoded as UTF-8).
  "flat/label.json": json({ $id: "https://example.test/api/étiquette.json", type: "string", maxLength: 3 }),
  // An `$id` written with JSON's escapes (`\/`) names the same URI.
  "flat/revision.json": String.raw`{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https:\/\/example.test\/api\/revision.json", "type": "integer"}`,
  // One file of nested resources (JSON-Schema-Test-Suite's "unevaluatedProperties with $dynamicRef"):
  // a `$dynamicRef` in the nested resource, bookended there, means the root resource's anchor.
  "nested-dynamic.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/dynamic/derived",
    $ref: "./base",
    $defs: {
      extension: { $dynamicAnchor: "extra", properties: { bar: { type: "string" } } },
      base: { $id: "./base", properties: { foo: { type: "string" } }, $dynamicRef: "#extra", unevaluatedProperties: false, $defs: { none: { $dynamicAnchor: "extra" } } },
    },
  }),
  // A `$dynamicRef` whose anchor two nested resources declare and the root does not: the branch
  // evaluation takes decides which one it means (JSON-Schema-Test-Suite draft2020-12 dynamicRef.json,
  // "after leaving a dynamic scope" and "multiple dynamic paths").
  "scoped-dynamic.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/scoped/main",
    if: { properties: { kind: { const: "numbers" } }, required: ["kind"] },
    then: { $ref: "numberList" },
    else: { $ref: "nullList" },
    $defs: {
      list: { $id: "list", properties: { items: { type: "array", items: { $dynamicRef: "#item" } } }, $defs: { bookend: { $dynamicAnchor: "item", type: "string" } } },
      numberList: { $id: "numberList", $ref: "list", $defs: { item: { $dynamicAnchor: "item", type: "number" } } },
      nullList: { $id: "nullList", $ref: "list", $defs: { item: { $dynamicAnchor: "item", type: "null" } } },
    },
  }),
  // Two nested resources with one `$id` (goreleaser's schema has File and Hook both at .../config/t):
  // a plain pointer inside the first must not resolve into the second.
  "duplicate-id.json": json({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/duplicate/root",
    type: "object",
    properties: { file: { $ref: "#/$defs/File" }, hook: { $ref: "#/$defs/Hook" } },
    $defs: {
      File: { $id: "t", type: "object", properties: { info: { $ref: "#/$defs/Info" } }, $defs: { Info: { type: "string" } } },
      Hook: { $id: "t", type: "object", properties: { cmd: { type: "string" } } },
    },
  }),
});

/** Runs the CLI in process, collecting what it prints. */


// Found on the 2020-12 meta-schema (schema.json and meta/*): every vocabulary file brought in kept its
// `$dynamicAnchor: "meta"`, so the bundle named several schemas "#meta" and AJV refused to compile it.
describe("files joined by $id, each with the root's $dynamicAnchor", () => {
  it("the bundle keeps the root's anchor only, and its $dynamicRefs mean the root, as they did across the files", () => {
    const [file] = renderFile(join(dir, "meta/main.json"), "json-schema");
    expect(file!.contents.match(/"\$dynamicAnchor"/g)).toHaveLength(1);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const verdicts = [{ name: "a", child: { name: "b", child: {} } }, { child: { name: 1 } }, { child: { child: { name: false } } }, { child: 3 }].map((instance) => validate(instance));
    expect(verdicts).toEqual([true, false, false, false]);
    const model = modelOfFile(join(dir, "meta/main.json"));
    expect((typeNamed(model, "Part") as ObjectType).properties.find((p) => p.name === "child")!.type).toEqual({ kind: "named", name: model.root!.name });
  });
});

// Found on kubernetes-json-schema's *-strict folders (v1.37.0-local-strict, as the kubernetes-validate
// package ships them): each resource's `$ref`s name `/api/_definitions.json`, which is the `$id` of the
// file beside it but not its relative place under the resource's own `$id`: read as remote, the
// Deployment was 60% untyped.
describe("a file beside the input whose own $id is what a ref names", () => {
  it("is read and bundled, whatever place its $id gives it", () => {
    const model = modelOfFile(join(dir, "flat/deployment-apps-v1.json"));
    expect(model.fallbacks).toEqual([]);
    const [file] = renderFile(join(dir, "flat/deployment-apps-v1.json"), "json-schema");
    expect(file!.contents).not.toContain("x-clone-remote-ref");
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([{ spec: { replicas: 2 }, revision: 3, label: "abc" }, { spec: {} }, { spec: { replicas: -1 } }, { kind: "Pod" }, { revision: "3" }, { label: "abcd" }].map((instance) => validate(instance))).toEqual([true, false, false, false, false, false]);
  });
});

describe("a ref to the `$id` of the folder above the input's own `$id`", () => {
  it("is the file beside the input with that $id, not the folder on disk at that place", () => {
    const model = modelOfFile(join(dir, "up/schema_create_resource.json"));
    expect(model.fallbacks).toEqual([]);
    const [file] = renderFile(join(dir, "up/schema_create_resource.json"), "json-schema");
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([{ meta: { total: 2 } }, { meta: {} }, { meta: { total: "2" } }].map((instance) => validate(instance))).toEqual([true, false, false]);
  });
});

// A folder of recorded data beside a schema with a remote `$ref` (60 files of 20,000 records, each with
// an `id`): every record's `id` was resolved and kept as a candidate, and gen took 17 s on a
// one-property schema. Only an object's text can have a root `$id`, and only an `$id` with a scheme of
// its own (not file:) can name the resources looked for beside the input (a ref's file: URI is read from
// its path).
describe("the $ids of the files beside the input that could name what a ref names", () => {
  it("are those of object texts with a scheme of their own, not file:", () => {
    const uris = [...neighbourIdCandidates(join(dir, "flat"), "remote").keys()].sort();
    expect(uris).toEqual([
      "https://example.test/api/_definitions.json",
      "https://example.test/api/deployment/apps/v1",
      "https://example.test/api/other.json",
      "https://example.test/api/revision.json",
      "https://example.test/api/%C3%A9tiquette.json",
    ].sort());
  });
});

// The tree search (schemaTreeFolders) lists the folders beside the input's folder's parent; for an input
// in a temp folder those are other processes' temp folders, which may be gone by the time they are read
// (the fresh-clone CI of 8949121: case-files.test's gen died with "ENOENT: no such file or directory,
// scandir '/tmp/clone-conformance-drf-…'", a folder another run had just removed) or closed to this user.
describe("a folder of the schemas' tree that is gone or unreadable when it is searched", () => {
  it("holds no candidates, and is no error", () => {
    const gone = join(dir, "removed-before-it-was-read");
    expect(neighbourIdCandidates(gone, "remote").size).toBe(0);
    expect(neighbourIdCandidates(gone, "file").size).toBe(0);
  });
});

// Found by a sweep of STAC: a relative ref climbing out of the folder of the input's `$id` was read as
// remote and left untyped, though the file sits at that place on disk.
describe("a ref that climbs out of the folder of the input's $id", () => {
  it("a definition named as its file beside the input's of that name is numbered, not named after its file twice", () => {
    const [file] = renderFile(join(dir, "stem/main.json"), "json-schema");
    expect(Object.keys((JSON.parse(file!.contents) as { definitions: object }).definitions)).toEqual(["catalog", "catalog_2"]);
  });

  it("names the file at that place on disk; a URL of another server stays remote", () => {
    const model = modelOfFile(join(dir, "climb/a/b/root.json"));
    expect(model.fallbacks.map((fallback) => fallback.pointer)).toEqual(["/properties/elsewhere"]);
    const root = typeNamed(model, model.root!.name) as ObjectType;
    expect(root.properties.map((property) => [property.name, property.type.kind])).toEqual([
      ["near", "named"],
      ["far", "named"],
      ["elsewhere", "unknown"],
    ]);
  });
});

// Found on the 2019-09 meta-schema laid out as its repository names the files (schema.json,
// meta/core.json…, joined by `$ref: "meta/core"` under the root's `$id`): every ref was read as remote
// and left untyped, since only the extensionless neighbour was looked for.
describe("files named by their $id plus the extension the input's own file has", () => {
  it("are read as the refs' neighbours and bundled", () => {
    const model = modelOfFile(join(dir, "by-id/schema.json"));
    expect(model.fallbacks).toEqual([]);
    const [file] = renderFile(join(dir, "by-id/schema.json"), "json-schema");
    expect(file!.contents).not.toContain("x-clone-remote-ref");
    const validate = new Ajv2019({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([{ name: "a", limit: 1 }, { name: 1 }, { limit: -1 }, 3].map((instance) => validate(instance))).toEqual([true, false, false, false]);
  });
});

// Found by JSON-Schema-Test-Suite (draft2020-12 unevaluatedProperties #21, unevaluatedItems #19): the
// bundle made refs plain pointers and dropped the nested `$id`s, but left the `$dynamicRef`, which then
// named nothing: gen refused a valid schema ("points outside this document").
describe("a $dynamicRef inside a nested resource", () => {
  it("becomes the pointer it resolves to from the root, the root resource's anchor, and validates as the suite says", () => {
    const [file] = renderFile(join(dir, "nested-dynamic.json"), "json-schema");
    expect(file!.contents).not.toContain("$dynamicRef");
    expect(file!.contents).not.toContain("$dynamicAnchor");
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([{ foo: "a", bar: "b" }, { foo: "a", bar: 1 }, { foo: "a", baz: 1 }].map((instance) => validate(instance))).toEqual([true, false, false]);
    const model = modelOfFile(join(dir, "nested-dynamic.json"));
    expect((typeNamed(model, "Base") as ObjectType).properties.map((p) => p.name)).toEqual(["bar", "foo"]);
  });
});

// Found by JSON-Schema-Test-Suite (draft2020-12 dynamicRef.json): such a `$dynamicRef` was read as its
// static target, the bookend, on every path: a list of numbers or of nulls, as the path taken asks,
// was refused as not strings. One pointer cannot say what it means: it is left untyped, as a fallback.
describe("a $dynamicRef whose target depends on the path taken to it", () => {
  it("is left untyped with a fallback naming it, and accepts what each path accepts", () => {
    const model = modelOfFile(join(dir, "scoped-dynamic.json"));
    expect(model.fallbacks.filter((fallback) => fallback.kind === "dynamic-scope").map((fallback) => fallback.pointer)).toEqual(["/$defs/list/properties/items/items/$dynamicRef"]);
    const [file] = renderFile(join(dir, "scoped-dynamic.json"), "json-schema");
    expect(file!.contents).not.toContain("$dynamicRef");
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const valid = [{ kind: "numbers", items: [1, 2] }, { kind: "nulls", items: [null] }, { items: [null] }];
    expect(valid.map((instance) => validate(instance))).toEqual([true, true, true]);
  });
});

describe("local file references", () => {
  const model = modelOfFile(join(dir, "main.json"));

  it("resolve relative to the input: a definition of another file, and a whole file in a folder", () => {
    const order = typeNamed(model, "Order") as ObjectType;
    expect(order.properties.map((p) => [p.name, p.type])).toEqual([
      ["item", { kind: "named", name: "OtherItem" }],
      ["price", { kind: "named", name: "Price" }],
      ["extra", { kind: "unknown" }],
    ]);
    // The other file's refs inside it follow it; what nothing refers to stays out.
    expect((typeNamed(model, "OtherItem") as ObjectType).properties[0]!.type).toEqual({ kind: "named", name: "Sku" });
    // Found by a sweep of CycloneDX: a type brought in from another file was said to be generated
    // from `#/definitions/Item_2`, a place neither file has; it is the other file's place.
    expect(sourceFragment(model.source, typeNamed(model, "OtherItem"))).toBe("other.json#/definitions/Item");
    expect(sourceFragment(model.source, typeNamed(model, "Order"))).toBe("#/definitions/Order");
    expect(typeNamed(model, "Sku")).toMatchObject({ kind: "alias", type: { kind: "string", constraints: { pattern: "^[A-Z]{3}$" } } });
    expect(model.types.map((type) => type.name)).not.toContain("Unused");
    // The draft-04 file's boolean exclusiveMinimum, read in the draft-07 input.
    expect(typeNamed(model, "Price")).toMatchObject({ kind: "alias", type: { kind: "number", constraints: { exclusiveMinimum: 0 } } });
  });

  it("a remote ref is never fetched: untyped, with a fallback naming the pointer and the URL", () => {
    expect(model.fallbacks).toEqual([
      { kind: "remote-ref", pointer: "/definitions/Order/properties/extra", reason: expect.stringContaining('"https://example.com/schemas/extra.json#/definitions/Extra" is remote and is not fetched') },
    ]);
    // And says how to have it read (a sweep of CycloneDX left jsf-0.82 out, and read only "remote").
    expect(model.fallbacks.map((fallback) => fallback.reason)).toEqual([
      expect.stringMatching(/left untyped; a file of that schema in the input's folder or the schemas' folders around it \(one level up and down, short of the home, temp or root folder\), its `\$id` that URL, is read instead$/),
    ]);
  });

  it("the json-schema target writes one self-contained document that validates the same", () => {
    const [file] = renderFile(join(dir, "main.json"), "json-schema");
    const document = JSON.parse(file!.contents) as { definitions: Record<string, unknown> };
    expect(file!.contents).not.toMatch(/"\$ref": "(?!#)/);
    expect(Object.keys(document.definitions)).toEqual(["Order", "Item", "other-Item", "price", "Sku"]);
    // AJV compiles it with no other file at hand, and judges as the three files together do.
    const validate = new Ajv({ strict: false }).compile({ ...document, $ref: "#/definitions/Order" });
    const verdicts = [
      { item: { sku: "ABC" }, price: 1 },
      { item: { sku: "abc" }, price: 1 },
      { item: { sku: "ABC" }, price: 0 },
      { item: "ABC", price: 1 },
      { item: { sku: "ABC" }, price: 1, extra: [1, { any: "thing" }] },
    ].map((instance) => validate(instance));
    expect(verdicts).toEqual([true, false, false, false, true]);
  });

  it("a ref to a local file that does not exist is an error naming the pointer and the file", () => {
    expect(() => modelOfFile(join(dir, "missing.json"))).toThrow(/missing\.json#\/definitions\/A\/\$ref: \$ref "nowhere\.json" does not resolve: no file .*nowhere\.json/);
  });

  it("a warning at a place inside another file names that file and the place in it", () => {
    // Not the bundle's places (#/definitions/warned/properties/x), which neither file has.
    const model = modelOfFile(join(dir, "warns-inside.json"));
    const places = genWarnings(model, []).map(({ location, pointer }) => `${location ?? "(input)"}#${pointer}`);
    expect(places).toEqual(["warned.json#/properties/x", "warned.json#/definitions/D/properties/z/default"]);
    expect(modelWarnings(model)).toHaveLength(2);
    let refused: unknown;
    try {
      requireNoWarnings(model, genWarnings(model, []));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CodegenError);
    expect((refused as Error).message).toMatch(/^warned\.json#\/properties\/x: strict mode: .* \(and 1 more warning, at warned\.json#\/definitions\/D\/properties\/z\/default\)$/);
  });

  it("a ref to a place another file does not have is an error naming the ref as written and that file", () => {
    // Not the bundle's pointer (#/definitions/has-defs/definitions/url_t), which neither file has.
    expect(() => modelOfFile(join(dir, "missing-place.json"))).toThrow(/missing-place\.json#\/definitions\/A\/\$ref: \$ref "has-defs\.json#\/definitions\/url_t" does not resolve: has-defs\.json has nothing at #\/definitions\/url_t$/);
    // Written inside the other file: named at its place there.
    expect(() => modelOfFile(join(dir, "missing-place-inside.json"))).toThrow(/has-defs\.json#\/properties\/b\/\$ref: \$ref "#\/definitions\/url_t" does not resolve: has-defs\.json has nothing at #\/definitions\/url_t$/);
  });
});

// Found on SchemaStore's goreleaser schema: the index kept the later of two schemas with one `$id`,
// so `#/$defs/Info` inside the first resolved into the second and was reported as a ref that "does not
// resolve", naming a pointer written nowhere in the file.
describe("two schemas with one $id", () => {
  it("are refused, naming both places (JSON Schema says to raise an error; AJV does)", () => {
    expect(() => modelOfFile(join(dir, "duplicate-id.json"))).toThrow(
      /duplicate-id\.json#\/\$defs\/Hook\/\$id: \$id "https:\/\/example\.test\/duplicate\/t" names a second schema: \/\$defs\/File has it too/,
    );
  });
});

// Found on flagd's flags.json (open-feature/flagd-schemas, Apache-2.0): its root has `$id:
// "https://flagd.dev/schema/v0/flags.json"` and its definition flagdImport `$id:
// "https://flagd.dev/schema/v0/flags.json#flagdImport"`, the same URI with a name after the `#`. In
// draft-06/07 that names a place of the resource it sits in (as `$id: "#flagdImport"` would), as AJV
// reads it; gen refused the file as two schemas with one `$id`.
describe("an $id spelling its own resource's URI with a name after the #", () => {
  const file = join(dir, "id-naming-an-anchor.json");
  writeTree(dir, {
    "id-naming-an-anchor.json": json({
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "https://example.test/flags.json",
      type: "object",
      properties: { plain: { $ref: "#/definitions/base" }, importing: { $ref: "#importing" } },
      definitions: {
        base: { type: "object", properties: { flags: { type: "string" } } },
        importing: { $id: "https://example.test/flags.json#importing", allOf: [{ $ref: "#/definitions/base" }, { required: ["flags"] }] },
      },
    }),
  });

  it("names an anchor there, not a second schema", () => {
    const [file_] = renderFile(file, "json-schema");
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file_!.contents) as object);
    const instances = [{ importing: { flags: "a" } }, { importing: {} }, { importing: { flags: 1 } }, { plain: {} }, { plain: { flags: 1 } }];
    expect(instances.map((instance) => validate(instance))).toEqual([true, false, false, true, false]);
    // The input itself, as AJV reads it, agrees.
    const original = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(file, "utf8")) as object);
    expect(instances.map((instance) => original(instance))).toEqual([true, false, false, true, false]);
  });
});

describe("fallbacks through gen", () => {
  it("warns with the pointer and reason, and ends with the summary; exit 0", async () => {
    const out = join(dir, "out-warn");
    const result = await runCli(["gen", "--input", join(dir, "main.json"), "--target", "swift", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^warning: .*main\.json#\/definitions\/Order\/properties\/extra: \$ref "https:\/\/example\.com\/schemas\/extra\.json#\/definitions\/Extra" is remote/m);
    // Order (3 properties, extra untyped) and Item2 (1): 4 properties, 1 left untyped.
    expect(result.stdout).toMatch(/^gen: Main: \d+ types, 4 properties, 1 left untyped \(25\.0%\), 1 fallback$/m);
  });

  it("--strict turns the warning into an error: exit 2, nothing written", async () => {
    const out = join(dir, "out-strict");
    const result = await runCli(["gen", "--input", join(dir, "main.json"), "--target", "json-schema", "--out", out, "--strict"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/main\.json#\/definitions\/Order\/properties\/extra: strict mode: \$ref "https:\/\/example\.com\/schemas\/extra\.json#\/definitions\/Extra" is remote/);
    expect(() => readFileSync(join(out, "Main.schema.json"))).toThrow();
  });
});

// Found on Backstage's catalog schemas (Entity.schema.json with `$id: "Entity"`, EntityMeta.schema.json
// with `$id: "EntityMeta"`, the first referring to the second as `$ref: "EntityMeta"`): a relative `$id`
// resolves against the file's own URL, so the ref names file:…/EntityMeta, which no file is, and gen
// stopped with exit 2. The file beside the input whose `$id` resolves to that URI is what it names.
describe("a file beside the input whose relative $id is what a ref names", () => {
  const folder = join(dir, "relative-ids");
  writeTree(folder, {
    "Entity.schema.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "Entity", type: "object", properties: { metadata: { $ref: "EntityMeta" }, kind: { $ref: "EntityMeta#/definitions/kind" } }, required: ["metadata"] }),
    "EntityMeta.schema.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "EntityMeta", type: "object", properties: { name: { type: "string", minLength: 1 } }, required: ["name"], definitions: { kind: { enum: ["Component", "API"] } } }),
    "Other.schema.json": json({ $schema: "http://json-schema.org/draft-07/schema#", $id: "Other", $ref: "Missing" }),
  });

  it("is read and bundled", () => {
    const model = modelOfFile(join(folder, "Entity.schema.json"));
    expect(model.fallbacks).toEqual([]);
    const [file] = renderFile(join(folder, "Entity.schema.json"), "json-schema");
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([{ metadata: { name: "a" }, kind: "API" }, { metadata: {} }, { metadata: { name: "" } }, { metadata: { name: "a" }, kind: "Pod" }, {}].map((instance) => validate(instance))).toEqual([true, false, false, false, false]);
  });

  it("and a relative ref no file answers still stops gen, naming both places it looked", () => {
    expect(() => modelOfFile(join(folder, "Other.schema.json"))).toThrow(/\$ref "Missing" does not resolve: no file .*relative-ids\/Missing, and no file beside the input has that \$id/);
  });
});

// Found on Backstage's catalog schemas as the repository lays them out (packages/catalog-model/src/schema:
// kinds/Component.v1alpha1.schema.json, `$id: "ComponentV1alpha1"`, is `allOf: [{$ref: "Entity"}, …]`, the
// `$id` of Entity.schema.json in the folder above, which refers to `common#relation`, an anchor of
// shared/common.schema.json, `$id: "common"`; Apache-2.0, shapes cut down). Backstage hands every file to
// AJV by its `$id`, a space of names the folders play no part in; gen looked in the input's folder only
// and stopped with exit 2 on any kind.
describe("a file elsewhere in the schema tree whose relative $id is what a ref names", () => {
  const folder = join(dir, "relative-ids-in-a-tree");
  const draft07 = "http://json-schema.org/draft-07/schema#";
  const files = {
    "schema/Entity.schema.json": { $schema: draft07, $id: "Entity", type: "object", required: ["kind", "metadata"], properties: { kind: { type: "string" }, metadata: { $ref: "EntityMeta" }, relations: { type: "array", items: { $ref: "common#relation" } } } },
    "schema/EntityMeta.schema.json": { $schema: draft07, $id: "EntityMeta", type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } },
    "schema/shared/common.schema.json": { $schema: draft07, $id: "common", definitions: { reference: { $id: "#reference", type: "object", required: ["name"], properties: { name: { type: "string" } } }, relation: { $id: "#relation", type: "object", required: ["target"], properties: { target: { $ref: "#reference" } } } } },
    "schema/kinds/Component.v1alpha1.schema.json": { $schema: draft07, $id: "ComponentV1alpha1", allOf: [{ $ref: "Entity" }, { type: "object", required: ["spec"], properties: { kind: { enum: ["Component"] }, spec: { type: "object", required: ["owner"], properties: { owner: { type: "string" } } } } }] },
  };
  // Backstage's catalog-info.schema.json, beside Entity.schema.json, lists every kind by its file; a
  // copy of the envelope in a folder beside the tree, of another shape, is no part of it.
  const catalog = { $schema: draft07, oneOf: [{ $ref: "kinds/Component.v1alpha1.schema.json" }] };
  const decoy = { $schema: draft07, $id: "Entity", type: "object", required: ["kind"], properties: { kind: { type: "integer" } } };
  writeTree(folder, { ...Object.fromEntries(Object.entries(files).map(([path, schema]) => [path, json(schema)])), "schema/catalog-info.schema.json": json(catalog), "a-copy/Entity.schema.json": json(decoy) });
  const instances = [
    { kind: "Component", metadata: { name: "a" }, spec: { owner: "me" }, relations: [{ target: { name: "b" } }] },
    { kind: "Component", metadata: { name: "a" }, spec: { owner: "me" } },
    { kind: "Component", metadata: { name: "" }, spec: { owner: "me" } },
    { kind: "API", metadata: { name: "a" }, spec: { owner: "me" } },
    { kind: "Component", metadata: { name: "a" }, spec: { owner: "me" }, relations: [{ target: {} }] },
    { kind: "Component", metadata: { name: "a" }, spec: {} },
  ];

  const authors = new Ajv({ strict: false, schemas: Object.values(files) }).getSchema("ComponentV1alpha1")!;

  it.each(["schema/kinds/Component.v1alpha1.schema.json", "schema/catalog-info.schema.json"])("is read and bundled from %s, its verdicts those of AJV given every file by its $id", (path) => {
    const input = join(folder, path);
    expect(modelOfFile(input).fallbacks).toEqual([]);
    const [file] = renderFile(input, "json-schema");
    const bundled = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect(instances.map((instance) => authors(instance))).toEqual([true, true, false, false, false, false]);
    expect(instances.map((instance) => bundled(instance))).toEqual(instances.map((instance) => authors(instance)));
  });

  it("and from the envelope, whose shared definitions sit in a folder below it", () => {
    const model = modelOfFile(join(folder, "schema/Entity.schema.json"));
    expect(model.fallbacks).toEqual([]);
    expect(typeNamed(model, "Relation").kind).toBe("object");
  });
});

// Found by sweep AS on OpenLineage's spec (OpenLineage/OpenLineage spec/facets/SchemaDatasetFacet.json,
// `$id` https://openlineage.io/spec/facets/1-0-0/SchemaDatasetFacet.json, is `allOf: [{$ref:
// "https://openlineage.io/spec/1-0-2/OpenLineage.json#/$defs/DatasetFacet"}, …]`, the `$id` of
// spec/OpenLineage.json in the folder above; Apache-2.0, shapes cut down): an absolute `$id` names its
// schema wherever the file sits, and gen looked for it in the input's folder only, leaving the facet's
// base untyped (a fallback) and its `_producer` unchecked.
describe("a file elsewhere in the schema tree whose absolute $id is what a ref names", () => {
  const folder = join(dir, "absolute-ids-in-a-tree");
  const draft2020 = "https://json-schema.org/draft/2020-12/schema";
  const core = { $schema: draft2020, $id: "https://openlineage.io/spec/1-0-2/OpenLineage.json", $defs: { DatasetFacet: { type: "object", properties: { _producer: { type: "string", format: "uri" } }, required: ["_producer"] } }, $ref: "#/$defs/DatasetFacet" };
  const facet = {
    $schema: draft2020,
    $id: "https://openlineage.io/spec/facets/1-0-0/SchemaDatasetFacet.json",
    $defs: { SchemaDatasetFacet: { allOf: [{ $ref: "https://openlineage.io/spec/1-0-2/OpenLineage.json#/$defs/DatasetFacet" }, { type: "object", properties: { fields: { type: "array", items: { type: "string" } } } }], type: "object" } },
    type: "object",
    properties: { schema: { $ref: "#/$defs/SchemaDatasetFacet" } },
  };
  writeTree(folder, { "spec/OpenLineage.json": json(core), "spec/facets/SchemaDatasetFacet.json": json(facet) });
  const instances = [{ schema: { _producer: "p", fields: ["a"] } }, { schema: { fields: ["a"] } }, { schema: { _producer: 1 } }, { schema: { _producer: "p", fields: [1] } }, {}];

  it("is read and bundled, its verdicts those of AJV given both files by their $id", () => {
    const input = join(folder, "spec/facets/SchemaDatasetFacet.json");
    expect(modelOfFile(input).fallbacks).toEqual([]);
    const authors = new Ajv2020({ strict: false, schemas: [core] }).compile(facet);
    const [file] = renderFile(input, "json-schema");
    const bundled = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect(instances.map((instance) => authors(instance))).toEqual([true, false, false, false, true]);
    expect(instances.map((instance) => bundled(instance))).toEqual(instances.map((instance) => authors(instance)));
  });
});

// The tree search read every folder beside the input's parent: for an input directly in the temp folder
// (or in a home folder, or one folder below either) those were every other process's temp folder (or
// every project of the user), read for every remote `$ref`. The walk stops short of the system's temp
// folder, the user's home and what holds them (the root): neither they nor the folders in them beside
// the input's are searched. The temp folder is os.tmpdir(), read from TMPDIR when asked, so the test
// makes a folder of its own the temp folder. Controls: a folder inside the input's is searched, and
// the same tree with the temp folder elsewhere is searched one level up as before.
describe("the schemas' tree stops short of the temp folder and the home folder", () => {
  const draft2020 = "https://json-schema.org/draft/2020-12/schema";
  const count = { $schema: draft2020, $id: "https://example.com/shared/count.json", type: "integer" };
  const input = { $schema: draft2020, type: "object", properties: { count: { $ref: "https://example.com/shared/count.json" } } };
  const temp = join(dir, "stands-for-tmpdir");
  writeTree(temp, {
    "direct/input.json": json(input),
    "direct/other-process/count.json": json(count),
    "project/input.json": json(input),
    "project/inside/count.json": json(count),
    "neighbour/input.json": json(input),
    "another-project/count.json": json(count),
  });
  /** The pointers gen leaves untyped for the input at `path`, with `tempFolder` as the system's temp folder. */
  function fallbacksWithTempFolder(path: string, tempFolder: string): string[] {
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tempFolder;
    try {
      return modelOfFile(path).fallbacks.map((fallback) => fallback.pointer);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  }

  it("does not read a folder beside an input that sits directly in the temp folder", () => {
    expect(fallbacksWithTempFolder(join(temp, "direct/input.json"), join(temp, "direct"))).toEqual(["/properties/count"]);
  });

  it("does not read a folder beside the input's when the folder above is the temp folder", () => {
    expect(fallbacksWithTempFolder(join(temp, "neighbour/input.json"), temp)).toEqual(["/properties/count"]);
  });

  it("reads a folder inside the input's, and one beside it where the temp folder is elsewhere (controls)", () => {
    expect(fallbacksWithTempFolder(join(temp, "project/input.json"), temp)).toEqual([]);
    expect(fallbacksWithTempFolder(join(temp, "neighbour/input.json"), join(dir, "a-temp-folder-elsewhere"))).toEqual([]);
  });
});

// Found on Airbyte's connectors (source-github's source_github/schemas/reviews.json, `$ref: "user_graphql.json"`,
// a file of schemas/shared/; MIT, shapes cut down): the Airbyte CDK reads a stream schema's refs from the shared
// folder, and no file has an `$id`, so gen stopped with exit 2 on every stream that shares a shape.
describe("a relative ref naming no file and no $id, answered by the file of that name in the schema tree", () => {
  const folder = join(dir, "namesake-in-a-tree");
  const user = { type: ["null", "object"], properties: { login: { type: ["null", "string"] }, id: { type: ["null", "integer"] } } };
  writeTree(folder, {
    "schemas/reviews.json": json({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", required: ["id"], properties: { id: { type: "integer" }, user: { $ref: "user.json" } } }),
    "schemas/shared/user.json": json(user),
  });
  const instances = [{ id: 1, user: { login: "a", id: 2 } }, { id: 1, user: null }, { id: 1 }, { id: 1, user: { login: 3 } }, { id: 1, user: "a" }, { user: null }];

  it("is read and bundled, its verdicts those of the schema with the shared file written in", () => {
    const input = join(folder, "schemas/reviews.json");
    expect(modelOfFile(input).fallbacks).toEqual([]);
    const [file] = renderFile(input, "json-schema");
    const bundled = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    const writtenIn = new Ajv({ strict: false }).compile({ type: "object", required: ["id"], properties: { id: { type: "integer" }, user } });
    expect(instances.map((instance) => writtenIn(instance))).toEqual([true, true, true, false, false, false]);
    expect(instances.map((instance) => bundled(instance))).toEqual(instances.map((instance) => writtenIn(instance)));
  });

  // A guess at what the author's loader does (the Airbyte CDK's schemas/shared/): said at the ref, and refused by --strict.
  it("is warned of at the ref, naming the file read", async () => {
    const input = join(folder, "schemas/reviews.json");
    expect(modelWarnings(modelOfFile(input))).toEqual([
      { pointer: "/properties/user/$ref", reason: expect.stringMatching(/^\$ref "user\.json" names no file \(user\.json\) and no \$id: read as shared\/user\.json, /) },
    ]);
    const out = tempDir("namesake-strict");
    const strict = await runCli(["gen", "--input", input, "--target", "json-schema", "--out", out, "--strict"]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/reviews\.json#\/properties\/user\/\$ref: strict mode: \$ref "user\.json" names no file/);
  });
});

// Found on CDEvents' schemas (schemas/buildfinished.json, `$id` https://cdevents.dev/…/schema/build-finished-event,
// refers to `links/embeddedlinksarray`, the `$id` of schemas/links/embeddedlinksarray.json): the input's file
// is not named after its `$id`, so the ref's place on disk had no extension, and only the input's own folder
// was searched by `$id`: the links were read as remote and left untyped (--strict refused every event).
describe("a file in the folder a ref's URL points into, whose $id is what the ref names", () => {
  const folder = join(dir, "by-id-in-a-subfolder");
  writeTree(folder, {
    "event.json": json({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://example.test/schema/build-finished", type: "object", properties: { links: { $ref: "links/embedded" } } }),
    "links/embedded.json": json({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://example.test/schema/links/embedded", type: "array", items: { type: "string" } }),
    "links/decoy.json": json({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://example.test/schema/links/other", type: "integer" }),
  });

  it("is read and bundled", () => {
    const model = modelOfFile(join(folder, "event.json"));
    expect(model.fallbacks).toEqual([]);
    const [file] = renderFile(join(folder, "event.json"), "json-schema");
    expect(file!.contents).not.toContain("x-clone-remote-ref");
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([{ links: ["a"] }, { links: { not: "an array" } }, { links: [1] }].map((instance) => validate(instance))).toEqual([true, false, false]);
  });
});

// Found by a sweep (a draft-04 input referring to a 2020-12 file whose `$ref` has `required` beside it):
// the bundle is a draft-04 document, whose letter ignores a `$ref`'s siblings, so Python's jsonschema
// took the 2020-12 file's rules as nothing; the conformance run tolerated it as the named limitation
// python-validators-ignore-ref-siblings, hiding 41 of 200 verdicts. The `$ref` now joins an `allOf`.
describe("a later draft's $ref beside rules, bundled into an earlier draft's input", () => {
  const folder = join(dir, "mixed-dialects");
  writeTree(folder, {
    "root.json": json({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { child: { $ref: "child.json" } }, required: ["child"] }),
    "child.json": json({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", $ref: "base.json", properties: { x: { type: "integer" } }, required: ["x"] }),
    "base.json": json({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { name: { type: "string" } }, required: ["name"] }),
  });

  it("is a $ref alone in an allOf beside the rules, which apply however a validator reads $ref", () => {
    const [file] = renderFile(join(folder, "root.json"), "json-schema");
    const document = JSON.parse(file!.contents) as object;
    const refsWithSiblings: string[] = [];
    const visit = (value: unknown, pointer: string): void => {
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${pointer}/${index}`));
      if (typeof value !== "object" || value === null) return;
      if ("$ref" in value && Object.keys(value).some((key) => !["$ref", "description", "title", "x-clone-bundled-from"].includes(key))) refsWithSiblings.push(pointer);
      for (const [key, child] of Object.entries(value)) visit(child, `${pointer}/${key}`);
    };
    visit(document, "");
    expect(refsWithSiblings).toEqual([]);
    // A draft-04 document: AJV (draft-07 here) reads it whole, its meta-schema aside.
    const validate = new Ajv({ strict: false, validateSchema: false }).compile(document);
    expect([{ child: { name: "a", x: 1 } }, { child: { name: "a" } }, { child: { x: 1 } }, { child: { name: "a", x: "1" } }].map((instance) => validate(instance))).toEqual([true, false, false, false]);
  });
});

// Found on AWS Step Functions' asl-validator schemas (choice.json files its rules in plain objects of
// its own under `definitions`, referred to as `#/definitions/ChoiceRules/DataTest/…`), which no keyword
// enters: a ref in such a schema was never bundled. In the input, a ref there to another file was left
// for the model, and gen refused the schema, saying to read it from disk (it was); in another file, the
// group was hoisted whole, its `#/definitions/p` then naming the input's p. The fixtures are written by
// hand (test/fixtures/schema-groups).
describe("schemas filed in a group under definitions, named by a pointer into it", () => {
  const groups = join(REPO_ROOT, "packages/codegen/test/fixtures/schema-groups");
  type Bundle = { properties: Record<string, { $ref?: string }>; definitions: Record<string, Record<string, unknown>> };

  /** The json-schema target of `folder`'s root.json through gen, which must exit 0. */
  async function bundleOf(folder: string): Promise<Bundle> {
    const out = join(dir, `out-groups-${folder}`);
    const result = await runCli(["gen", "--input", join(groups, folder, "root.json"), "--target", "json-schema", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return JSON.parse(readFileSync(join(out, "Root.schema.json"), "utf8")) as Bundle;
  }

  /**
   * AJV's verdicts on the input as its files mean it, each added by an `$id` of its own place (the
   * bundle plays no part), beside its verdicts on the bundle.
   */
  function verdictsOfFilesAndBundle(folder: string, bundle: Bundle, instances: readonly unknown[]): { files: boolean[]; bundle: boolean[] } {
    const base = `https://example.test/schema-groups/${folder}/`;
    const ajv = new Ajv({ strict: false });
    for (const file of readdirSync(join(groups, folder)).filter((name) => name.endsWith(".json") && name !== "root.json")) {
      ajv.addSchema({ ...(JSON.parse(readFileSync(join(groups, folder, file), "utf8")) as object), $id: base + file });
    }
    const files = ajv.compile({ ...(JSON.parse(readFileSync(join(groups, folder, "root.json"), "utf8")) as object), $id: `${base}root.json` });
    const bundled = new Ajv({ strict: false }).compile(bundle);
    return { files: instances.map((instance) => files(instance)), bundle: instances.map((instance) => bundled(instance)) };
  }

  /** The schema a plain pointer (`#/a/b`, no escapes) names in `bundle`. */
  const named = (bundle: Bundle, ref: string) => ref.slice(2).split("/").reduce<unknown>((value, token) => (value as Record<string, unknown> | undefined)?.[token], bundle) as { properties: Record<string, { $ref: string }> } & Record<string, unknown>;

  const leafInstances = [{ rule: { path: "abc" } }, { rule: { path: 1 } }, { rule: {} }];

  it("in the input: the group's ref to another file is bundled in place", async () => {
    const bundle = await bundleOf("group-in-the-input");
    const leaf = (bundle.definitions.Group as { Leaf: { properties: { path: { $ref: string } } } }).Leaf;
    expect(bundle.properties.rule!.$ref).toBe("#/definitions/Group/Leaf");
    expect(leaf.properties.path.$ref).toBe("#/definitions/p");
    expect(bundle.definitions.p).toMatchObject({ type: "string" });
    expect(verdictsOfFilesAndBundle("group-in-the-input", bundle, leafInstances)).toEqual({ files: [true, false, true], bundle: [true, false, true] });
  });

  it("in a file the input reads: the schema in the group is a definition of its own, its refs bundled", async () => {
    const bundle = await bundleOf("group-in-a-file-read");
    expect(bundle.properties.rule!.$ref).toBe("#/definitions/Leaf");
    expect(bundle.definitions.Leaf).toMatchObject({ properties: { path: { $ref: "#/definitions/p" } }, "x-clone-bundled-from": "groups.json#/definitions/Group/Leaf" });
    expect(bundle.definitions.p).toMatchObject({ type: "string" });
    expect(verdictsOfFilesAndBundle("group-in-a-file-read", bundle, leafInstances)).toEqual({ files: [true, false, true], bundle: [true, false, true] });
  });

  it("in another file beside a definition the input has too: its pointer keeps naming its own file's, as the files judge", async () => {
    const bundle = await bundleOf("group-beside-another-definition");
    const inner = named(bundle, bundle.properties.rule!.$ref!);
    expect(named(bundle, inner.properties.path!.$ref)).toMatchObject({ type: "string", "x-clone-bundled-from": "rules.json#/definitions/p" });
    expect(bundle.definitions.p).toEqual({ type: "integer" });
    expect(verdictsOfFilesAndBundle("group-beside-another-definition", bundle, leafInstances)).toEqual({ files: [true, false, true], bundle: [true, false, true] });
    // What Swift (and every target) is generated from: the path is a string.
    const model = modelOfFile(join(groups, "group-beside-another-definition/root.json"));
    const path = (typeNamed(model, "Inner") as ObjectType).properties.find((property) => property.name === "path")!;
    expect(path.type.kind).toBe("named");
    expect(typeNamed(model, (path.type as { name: string }).name)).toMatchObject({ kind: "alias", type: { kind: "string" } });
  });

  // A ref to the map of definitions itself is walked by keywords already (each entry): walked again
  // from the file as written, as a group, a definition named as a keyword (`items`) was bundled
  // again and the map's copy replaced the other entries' bundled copies.
  it("a ref to the definitions map beside a group leaves each definition bundled", () => {
    const folder = join(dir, "groups-and-the-map");
    writeTree(folder, {
      "root.json": json({ type: "object", properties: { all: { $ref: "#/definitions" }, leaf: { $ref: "#/definitions/Group/Leaf" } }, definitions: { x: { $ref: "other.json#/definitions/y" }, items: { $ref: "other.json#/definitions/y" }, Group: { Leaf: { $ref: "other.json#/definitions/y" } } } }),
      "other.json": json({ definitions: { y: { type: "string" } } }),
    });
    const [file] = renderFile(join(folder, "root.json"), "json-schema");
    const bundle = JSON.parse(file!.contents) as Bundle;
    expect([bundle.definitions.x, bundle.definitions.items, (bundle.definitions.Group as { Leaf: unknown }).Leaf]).toEqual([{ $ref: "#/definitions/y" }, { $ref: "#/definitions/y" }, { $ref: "#/definitions/y" }]);
  });

  // Every reader of a document's schemas walks these too (walkDocumentSchemas): the check of keyword
  // values passed over them, so a value AJV refuses reached every target.
  it("a keyword value no rule allows in a schema of a group is refused at its pointer, as a definition's: in the input, and in a file read", async () => {
    const folder = join(dir, "group-keyword-values");
    const leaf = { type: "array", minItems: true };
    writeTree(folder, {
      "in-the-input.json": json({ type: "object", properties: { rule: { $ref: "#/definitions/Group/Leaf" } }, definitions: { Group: { Leaf: leaf } } }),
      "in-a-file-read.json": json({ type: "object", properties: { rule: { $ref: "groups.json#/definitions/Group/Leaf" } } }),
      "groups.json": json({ definitions: { Group: { Leaf: leaf } } }),
      "in-a-definition.json": json({ type: "object", properties: { rule: { $ref: "#/definitions/Leaf" } }, definitions: { Leaf: leaf } }),
    });
    const refusal = async (input: string) => {
      const result = await runCli(["gen", "--input", join(folder, input), "--target", "json-schema", "--out", join(dir, `out-${input}`)]);
      return { status: result.status, stderr: result.stderr.replace(folder, "<folder>") };
    };
    const because = "minItems: must be a non-negative integer";
    expect(await refusal("in-a-definition.json")).toEqual({ status: 2, stderr: `error: <folder>/in-a-definition.json#/definitions/Leaf/${because}` });
    expect(await refusal("in-the-input.json")).toEqual({ status: 2, stderr: `error: <folder>/in-the-input.json#/definitions/Group/Leaf/${because}` });
    expect(await refusal("in-a-file-read.json")).toEqual({ status: 2, stderr: `error: groups.json#/definitions/Group/Leaf/${because}` });
  });

  it("the model reads AJV's own keywords in a schema of a group (nullable beside a type takes null)", () => {
    const model = modelOf({ type: "object", properties: { rule: { $ref: "#/definitions/Group/Leaf" } }, definitions: { Group: { Leaf: { type: "string", nullable: true } } } }, "Nullable");
    const validator = new ModelValidator(model);
    expect([null, "a", 1].map((rule) => validator.validatesNamed("Nullable", { rule }))).toEqual([true, true, false]);
  });

  it("a discriminator mapping in a schema of a group that none of its variants allows is warned of at its entry", () => {
    const cat = { type: "object", properties: { kind: { const: "cat" } } };
    const pets = { oneOf: [{ $ref: "#/definitions/Cat" }], discriminator: { propertyName: "kind", mapping: { dog: "#/definitions/Cat" } } };
    const model = modelOf({ type: "object", properties: { pet: { $ref: "#/definitions/Group/Pets" } }, definitions: { Cat: cat, Group: { Pets: pets } } }, "Mapped");
    expect(modelWarnings(model).map((warning) => warning.pointer)).toEqual(["/definitions/Group/Pets/discriminator/mapping/dog"]);
  });

  it("a $ref key in data (const, enum, default, examples, a keyword of the author's no ref names) is left as written", async () => {
    const folder = join(groups, "data-beside-groups");
    const bundle = await bundleOf("data-beside-groups");
    const input = JSON.parse(readFileSync(join(folder, "root.json"), "utf8")) as Bundle;
    const rules = JSON.parse(readFileSync(join(folder, "rules.json"), "utf8")) as Bundle;
    const leafOf = (document: Bundle) => (document.definitions.Group as { Leaf: { properties: Record<string, Record<string, unknown>>; "x-note": unknown } }).Leaf;
    // The schemas in the groups are bundled (each ref a pointer into the bundle)…
    expect(leafOf(bundle).properties.path).toEqual({ $ref: "#/definitions/paths-p" });
    const inner = named(bundle, bundle.properties.remote!.$ref!);
    expect(inner.properties.path).toEqual({ $ref: "#/definitions/rules-p" });
    // …and the data in and beside them is as written.
    expect(bundle.properties.tag).toEqual(input.properties.tag);
    expect(bundle.properties.kind).toEqual(input.properties.kind);
    expect(leafOf(bundle).properties.note).toEqual(leafOf(input).properties.note);
    expect(leafOf(bundle)["x-note"]).toEqual(leafOf(input)["x-note"]);
    expect(inner.properties.tag).toEqual((rules.definitions.Group as { Inner: { properties: Record<string, unknown> } }).Inner.properties.tag);
    const tag = { $ref: "#/definitions/p" };
    const instances = [{ remote: { path: "a", tag } }, { remote: { path: "a", tag: { $ref: "#/definitions/rules-p" } } }, { local: { path: "a" }, tag: { $ref: "paths.json#/definitions/p" }, kind: tag }, { local: { path: 1 } }];
    expect(verdictsOfFilesAndBundle("data-beside-groups", bundle, instances)).toEqual({ files: [true, false, true, false], bundle: [true, false, true, false] });
  });
});
