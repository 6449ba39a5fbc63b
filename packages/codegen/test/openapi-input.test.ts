// An OpenAPI 3 document as `gen --input`: its named schemas (`components/schemas`) are the model's
// definitions, read in the dialect of the document's OpenAPI version, and every message names a place
// as the file spells it. Before, such a document was read as a JSON Schema whose root keywords are all
// annotations: gen wrote files of no type at all and said "0 types".
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { genWarnings } from "../src/generate/warnings.ts";
import { selectVariant } from "../src/model/selectVariant.ts";
import { modelWarnings } from "../src/model/summary.ts";
import { sourceFragment } from "../src/model/schemaModel.ts";
import type { EnumType, NamedType, ObjectType, UnionType } from "../src/model/types.ts";
import { runCli } from "./helpers/cli.ts";
import { typeNamed } from "./helpers/model.ts";
import { REPO_ROOT, tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-openapi-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (value: unknown) => JSON.stringify(value, null, 2);
const petSchemas = {
  Pet: {
    type: "object",
    required: ["id", "name", "kind"],
    properties: {
      id: { type: "integer", format: "int64", minimum: 0, exclusiveMinimum: true },
      name: { type: "string", example: "Rex" },
      tag: { type: "string", nullable: true },
      kind: { $ref: "#/components/schemas/Kind" },
      owner: { $ref: "#/components/schemas/Owner" },
      // A literal that looks like a ref is data, never rewritten.
      note: { type: "object", enum: [{ $ref: "#/components/schemas/Owner" }] },
    },
  },
  Kind: { type: "string", enum: ["dog", "cat"] },
  Owner: { type: "object", properties: { name: { type: "string" }, pets: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } },
  Event: {
    oneOf: [{ $ref: "#/components/schemas/Adopted" }, { $ref: "#/components/schemas/Returned" }],
    discriminator: { propertyName: "type" },
  },
  Adopted: { type: "object", required: ["type"], properties: { type: { type: "string", enum: ["adopted"] }, pet: { $ref: "#/components/schemas/Pet/properties/id" } } },
  Returned: { type: "object", required: ["type"], properties: { type: { type: "string", enum: ["returned"] } } },
};

/** Payloads written inline in operations, and in the parts operations share. */
const inlineApi = {
  openapi: "3.1.0",
  info: { title: "Inline", version: "1" },
  paths: {
    "/pets": {
      get: {
        operationId: "listPets",
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } },
          default: { description: "error", content: { "application/problem+json": { schema: { type: "object", required: ["title"], properties: { title: { type: "string" } } } } } },
        },
      },
      post: {
        requestBody: {
          content: {
            "application/xml": { schema: { type: "string" } },
            "application/json; charset=utf-8": { schema: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } } },
          },
        },
        // A schema that only refers to a named one names its type already; a shared response is read where it is written.
        responses: { "201": { description: "made", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } }, "404": { $ref: "#/components/responses/NotFound" } },
      },
    },
    "/pets/{petId}": {
      parameters: [{ name: "petId", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
      get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { seen: { type: "string", format: "date-time" } } } } } } } },
    },
  },
  components: {
    schemas: { Pet: { type: "object", required: ["id"], properties: { id: { type: "integer" } } }, ListPetsResponse200: { type: "string" } },
    responses: { NotFound: { description: "nf", content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" } } } } } } },
    requestBodies: { NewOwner: { content: { "application/json": { schema: { type: "object", properties: { owner: { type: "string" } } } } } } },
  },
};

writeTree(dir, {
  "pets-3.0.json": json({ openapi: "3.0.3", info: { title: "Pets", version: "1" }, paths: {}, components: { schemas: petSchemas } }),
  "pets-3.1.json": json({
    openapi: "3.1.0",
    info: { title: "Pets", version: "1" },
    paths: {},
    components: { schemas: { Pet: { type: "object", required: ["id"], properties: { id: { type: "integer", exclusiveMinimum: 0 }, tag: { type: ["string", "null"] } } } } },
  }),
  "swagger.json": json({
    swagger: "2.0",
    info: { title: "Pets", version: "1" },
    paths: {},
    definitions: {
      Pet: { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 0, exclusiveMinimum: true }, owner: { $ref: "#/definitions/Owner" } } },
      Owner: { type: "object", properties: { name: { type: "string" } } },
    },
  }),
  "bad.json": json({ openapi: "3.1.0", info: { title: "Bad", version: "1" }, components: { schemas: { Pet: { type: "object", properties: { id: { type: "integr" }, name: { minLength: -1 } } } } } }),
  "remote.json": json({ openapi: "3.1.0", info: { title: "Remote", version: "1" }, components: { schemas: { Pet: { type: "object", properties: { owner: { $ref: "https://example.com/owner.json" } } } } } }),
  // A JSON Schema that refers to an OpenAPI file's component: that file is read as it is written.
  "uses-pets.json": json({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Listing: { type: "object", properties: { pet: { $ref: "pets-3.0.json#/components/schemas/Owner" } } } } }),
  "inline-3.1.json": json(inlineApi),
  // The same with an operation whose payload has a wrong keyword value.
  "inline-broken.json": json({ ...inlineApi, paths: { ...inlineApi.paths, "/broken": { get: { operationId: "broken", responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { type: "integr" } } } } } } } } } }),
  "inline-swagger.json": json({
    swagger: "2.0",
    info: { title: "Inline", version: "1" },
    paths: {
      "/pets": {
        post: {
          operationId: "addPet",
          parameters: [
            { name: "limit", in: "query", type: "integer" },
            { name: "body", in: "body", schema: { type: "object", required: ["name"], properties: { name: { type: "string" } } } },
          ],
          // A download (`type: file`) is no JSON value, nor `file` a JSON type.
          responses: { "200": { description: "ok", schema: { type: "array", items: { $ref: "#/definitions/Pet" } } }, "400": { $ref: "#/responses/Bad" }, "202": { description: "file", schema: { type: "file" } } },
        },
      },
    },
    responses: { Bad: { description: "bad", schema: { type: "object", properties: { why: { type: "string" } } } } },
    definitions: { Pet: { type: "object", properties: { id: { type: "integer" } } } },
  }),
  // Operations outside `paths`: 3.1's webhooks and components' path items, and callbacks (an
  // operation's, one inside a callback's, and components'), each with an inline payload and an example.
  "hooks-3.1.json": json({
    openapi: "3.1.0",
    info: { title: "Hooks", version: "1" },
    paths: {
      "/subscribe": {
        post: {
          operationId: "subscribe",
          responses: { "200": { description: "ok" } },
          callbacks: {
            onEvent: {
              "{$request.body#/url}": {
                parameters: [{ name: "attempt", in: "header", schema: { type: "integer" }, example: 1 }],
                post: {
                  requestBody: { content: { "application/json": { schema: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } }, example: { kind: "x" } } } },
                  responses: { "200": { description: "ok" } },
                  callbacks: { onAck: { "{$request.body#/ack}": { put: { responses: { "204": { description: "acked", content: { "application/json": { schema: { type: "object", properties: { id: { type: "integer" } } } } } } } } } } },
                },
              },
            },
          },
        },
      },
    },
    webhooks: {
      newPet: { post: { requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, example: { name: 5 } } } }, responses: { "200": { description: "ok" } } } },
      petSold: { post: { operationId: "petSold", requestBody: { content: { "application/json": { schema: { type: "object", properties: { price: { type: "number" } } } } } }, responses: { "200": { description: "ok" } } } },
    },
    components: {
      schemas: { Pet: { type: "object", required: ["name"], properties: { name: { type: "string" } } } },
      pathItems: { Ping: { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "boolean" } } } } } } } },
      callbacks: { Done: { "{$request.body#/done}": { post: { requestBody: { content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } }, responses: { "200": { description: "ok" } } } } } },
    },
  }),
  // Swagger 2.0's response examples, by media type: an operation's and a shared response's.
  "swagger-examples.json": json({
    swagger: "2.0",
    info: { title: "Examples", version: "1" },
    paths: {
      "/pets": {
        get: {
          responses: {
            "200": { description: "ok", schema: { type: "array", items: { $ref: "#/definitions/Pet" } }, examples: { "application/json": [{ id: 1 }], "text/plain": "1" } },
            "204": { description: "none", examples: { "application/json": {} } },
            "404": { $ref: "#/responses/NotFound" },
          },
        },
      },
    },
    responses: { NotFound: { description: "nf", schema: { $ref: "#/definitions/Pet" }, examples: { "application/problem+json": { id: "x" } } } },
    definitions: { Pet: { type: "object", properties: { id: { type: "integer" } } } },
  }),
  // OpenAPI 3.2's streams: each item of a sequential media type by its itemSchema.
  "streams-3.2.json": json({
    openapi: "3.2.0",
    info: { title: "Streams", version: "1" },
    paths: {
      "/events": {
        get: {
          operationId: "streamEvents",
          responses: {
            "200": {
              description: "events",
              content: {
                "text/event-stream": {
                  itemSchema: { type: "object", required: ["data"], properties: { event: { type: "string" }, data: { type: "string" }, id: { type: "string" }, retry: { type: "integer", minimum: 0 } } },
                },
              },
            },
          },
        },
      },
      "/logs": {
        post: {
          operationId: "uploadLogs",
          requestBody: { content: { "application/jsonl": { itemSchema: { $ref: "#/components/schemas/Line" } } } },
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { stored: { type: "integer" } } } }, "application/x-ndjson": { itemSchema: { type: "object", properties: { line: { type: "integer" } } } } } } },
        },
      },
    },
    components: { schemas: { Line: { type: "object", required: ["level"], properties: { level: { type: "integer" } } } } },
  }),
  "schema-with-openapi-key.json": json({ $schema: "http://json-schema.org/draft-07/schema#", openapi: "3.0.0", type: "object", properties: { a: { type: "string" } } }),
});

describe("an OpenAPI 3 document as input", () => {
  it("types every named schema of 3.0, read as draft-04 with OpenAPI's nullable", () => {
    const model = modelOfFile(join(dir, "pets-3.0.json"), "Pets");
    expect(model.source.dialect).toBe("draft-04");
    expect([...model.typesByName.keys()].sort()).toEqual(["Adopted", "Event", "Kind", "Owner", "Pet", "Returned"]);
    const pet = typeNamed(model, "Pet") as ObjectType;
    expect(pet.properties.map((property) => property.name)).toEqual(["id", "name", "tag", "kind", "owner", "note"]);
    expect(pet.properties.find((property) => property.name === "kind")!.type).toEqual({ kind: "named", name: "Kind" });
    expect(pet.properties.find((property) => property.name === "owner")!.type).toEqual({ kind: "named", name: "Owner" });
    expect(pet.properties.find((property) => property.name === "tag")!.type.kind).toBe("nullable");
    expect((typeNamed(model, "Kind") as EnumType).values).toEqual(["dog", "cat"]);
    const event = typeNamed(model, "Event") as UnionType;
    expect(event.rule).toBe("tag");
    // The draft-04 reading: the boolean exclusiveMinimum makes the minimum exclusive.
    expect(pet.properties[0]!.type).toEqual({ kind: "integer", constraints: { exclusiveMinimum: 0, format: "int64" } });
    // OpenAPI's one `example` is the schema's example, as JSON Schema's `examples` lists them.
    expect(pet.properties.find((property) => property.name === "name")!.examples).toEqual(["Rex"]);
    // The enum's literal is data: its `$ref` string is as the file wrote it.
    const definitions = model.source.document.definitions as Record<string, { properties: Record<string, { enum?: unknown[] }> }>;
    expect(definitions.Pet!.properties.note!.enum).toEqual([{ $ref: "#/components/schemas/Owner" }]);
  });

  it("reads 3.1 as 2020-12", () => {
    const model = modelOfFile(join(dir, "pets-3.1.json"), "Pets");
    expect(model.source.dialect).toBe("2020-12");
    expect(model.source.definitionsKey).toBe("$defs");
    const pet = typeNamed(model, "Pet") as ObjectType;
    expect(pet.properties.find((property) => property.name === "tag")!.type).toEqual({ kind: "nullable", type: { kind: "string", constraints: {} } });
  });

  it("reads Swagger 2.0's definitions as draft-04, where draft-07 refused its boolean exclusiveMinimum", () => {
    const model = modelOfFile(join(dir, "swagger.json"), "Swagger");
    expect(model.source.dialect).toBe("draft-04");
    expect(model.source.definitionsInFile).toBeUndefined();
    const pet = typeNamed(model, "Pet") as ObjectType;
    expect(pet.properties[0]!.type).toEqual({ kind: "integer", constraints: { exclusiveMinimum: 0 } });
    expect(pet.properties[1]!.type).toEqual({ kind: "named", name: "Owner" });
  });

  it("generates typed Swift, not an empty file", async () => {
    const out = join(dir, "out-swift");
    const result = await runCli(["gen", "--input", join(dir, "pets-3.0.json"), "--target", "swift", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/gen: Pets30: 6 types, /);
    const swift = readFileSync(join(out, "Pets30Models.swift"), "utf8");
    expect(swift).toMatch(/public struct Pet: /);
    expect(swift).toMatch(/public var owner: Owner\?/);
    expect(swift).toMatch(/public enum Event: /);
  });

  it("names a refused keyword value by the file's own pointer, and every other place with it", async () => {
    const result = await runCli(["gen", "--input", join(dir, "bad.json"), "--target", "swift", "--out", join(dir, "out-bad")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("bad.json#/components/schemas/Pet/properties/id/type");
    // Found by a sweep of OpenAPI documents (Hugging Face TGI's): the others read /definitions/….
    expect(result.stderr).toContain("(and 1 more: /components/schemas/Pet/properties/name/minLength)");
  });

  // Found by sweeps of OpenAPI documents: Hugging Face TGI's 3.0.3 document writes 3.1's numeric
  // exclusiveMinimum, and OpenAI's 3.1 one keeps 3.0's `exclusiveMinimum: true` (7 places): each was
  // refused whole (exit 2), though what its author meant is plain. Each is read as the other version
  // means it, with a warning at the place (and `--strict` refuses it, as a plain JSON Schema's is).
  // A `nullable: true` with no `type` is read as null or the schema's rules, which move into an `anyOf`
  // beside `{type: null}`: the types under it were remarked as generated from `…/owner/anyOf/1`, a place
  // the file does not have.
  it("names a type under a nullable of no type by the file's place", () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "Owned", version: "1" },
      components: { schemas: { Repo: { type: "object", properties: { owner: { nullable: true, allOf: [{ type: "object", required: ["login"], properties: { login: { type: "string" }, site: { nullable: true, properties: { url: { type: "string" } } } } }] } } } } },
    };
    writeTree(dir, { "owned.json": json(document) });
    const model = modelOfFile(join(dir, "owned.json"), "Owned");
    const placeOf = (name: string) => sourceFragment(model.source, typeNamed(model, name) as NamedType);
    expect(placeOf("RepoOwner")).toBe("#/components/schemas/Repo/properties/owner");
    // A place moved inside another one: both steps out.
    expect(model.types.filter((type) => type.kind === "object").map((type) => sourceFragment(model.source, type)).sort()).toEqual([
      "#/components/schemas/Repo",
      "#/components/schemas/Repo/properties/owner",
      "#/components/schemas/Repo/properties/owner/allOf/0/properties/site",
    ]);
  });

  it("names a place under an anyOf written beside a nullable of no type by the file's place, in warnings made before the rules moved too", () => {
    // The second variant of an anyOf the author wrote beside `nullable: true` is `…/anyOf/1` in the file:
    // its warnings (a bound in 3.1's form, a nullable beside an enum) were named without that `/anyOf/1`.
    const document = {
      openapi: "3.0.3",
      info: { title: "Either", version: "1" },
      components: {
        schemas: {
          Count: { nullable: true, anyOf: [{ type: "string", enum: ["none"] }, { type: "integer", exclusiveMinimum: 0 }] },
          Label: { nullable: true, anyOf: [{ type: "integer" }, { type: "string", enum: ["b"], nullable: true }] },
          Owner: { nullable: true, anyOf: [{ type: "string" }, { type: "object", required: ["login"], properties: { login: { type: "string" } } }] },
        },
      },
    };
    writeTree(dir, { "either.json": json(document) });
    const model = modelOfFile(join(dir, "either.json"), "Either");
    const places = genWarnings(model, []).map((warning) => warning.pointer);
    expect(places.sort()).toEqual(["/components/schemas/Count/anyOf/1", "/components/schemas/Count/nullable", "/components/schemas/Label/anyOf/1/nullable", "/components/schemas/Label/nullable", "/components/schemas/Owner/nullable"]);
    // A type the model lifts from there too.
    const objects = model.types.filter((type) => type.kind === "object").map((type) => sourceFragment(model.source, type));
    expect(objects).toEqual(["#/components/schemas/Owner/anyOf/1"]);
  });

  // Found by fuzz AB too (random OpenAPI 3.0 documents, seed 62041): a nullable of no type under the
  // author's second variant, and a type's place there.
  it("names a place under an anyOf written beside a nullable of no type by the file's place: the vector of random documents", () => {
    const node = { nullable: true, anyOf: [{ type: "string" }, { type: "object", properties: { next: { nullable: true, allOf: [{ $ref: "#/components/schemas/Node" }] }, tag: { type: "object", properties: { name: { type: "string" } } } } }] };
    const document = { openapi: "3.0.3", info: { title: "Nodes", version: "1" }, components: { schemas: { Node: node } } };
    writeTree(dir, { "nodes.json": json(document) });
    const model = modelOfFile(join(dir, "nodes.json"), "Nodes");
    expect(genWarnings(model, []).map(({ pointer }) => pointer).filter((pointer) => pointer.endsWith("/nullable")).sort()).toEqual([
      "/components/schemas/Node/anyOf/1/properties/next/nullable",
      "/components/schemas/Node/nullable",
    ]);
    expect(model.types.filter((type) => type.kind === "object").map((type) => sourceFragment(model.source, type)).sort()).toEqual([
      "#/components/schemas/Node/anyOf/1",
      "#/components/schemas/Node/anyOf/1/properties/tag",
    ]);
  });

  // Found by fuzz AB (random OpenAPI documents, seeds 62003 and 62012): an `example` is read as
  // `examples: [example]`, and the warning of one its schema refuses named `…/examples/0`, a place the
  // file does not have, in both versions; under a nullable of no type too (both moves undone).
  it("names an example its schema refuses by the file's `example`", () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "Sampled", version: "1" },
      components: {
        schemas: {
          Count: { type: "integer", example: "three" },
          Owner: { type: "object", properties: { login: { nullable: true, enum: ["a"], example: "b" }, tags: { type: "array", items: { type: "string" }, example: [1] } } },
        },
      },
    };
    writeTree(dir, { "sampled-3.0.json": json(document), "sampled-3.1.json": json({ ...document, openapi: "3.1.0" }) });
    for (const file of ["sampled-3.0.json", "sampled-3.1.json"]) {
      const model = modelOfFile(join(dir, file), "Sampled");
      const refused = genWarnings(model, []).filter(({ reason }) => reason.includes("does not satisfy its own schema"));
      expect(refused.map(({ pointer }) => pointer).sort()).toEqual(["/components/schemas/Count/example", "/components/schemas/Owner/properties/login/example", "/components/schemas/Owner/properties/tags/example"]);
    }
  });

  describe("an exclusive bound written as the other OpenAPI 3 version writes it", () => {
    const numberIn30 = { openapi: "3.0.3", info: { title: "Bound", version: "1" }, components: { schemas: { Count: { type: "integer", exclusiveMinimum: 0 }, Ratio: { type: "number", minimum: 0.5, exclusiveMaximum: 1 } } } };
    const booleanIn31 = {
      openapi: "3.1.0",
      info: { title: "Flags", version: "1" },
      components: {
        schemas: {
          Sampling: {
            type: "object",
            properties: {
              temperature: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 2, exclusiveMaximum: false },
              topP: { type: "number", exclusiveMaximum: true },
              seed: { type: "integer", exclusiveMinimum: 3 },
            },
          },
        },
      },
    };
    writeTree(dir, { "number-3.0.json": json(numberIn30), "boolean-3.1.json": json(booleanIn31) });

    it("is read in 3.0 as 3.1 means it: the number is the bound, exclusive", () => {
      const model = modelOfFile(join(dir, "number-3.0.json"), "Bound");
      expect(model.source.dialect).toBe("draft-04");
      expect(typeNamed(model, "Count")).toMatchObject({ kind: "alias", type: { kind: "integer", constraints: { exclusiveMinimum: 0 } } });
      expect(typeNamed(model, "Ratio")).toMatchObject({ kind: "alias", type: { kind: "number", constraints: { minimum: 0.5, exclusiveMaximum: 1 } } });
      expect(model.source.keywordsReadAsMeant?.map(({ pointer }) => pointer)).toEqual(["/definitions/Count", "/definitions/Ratio"]);
    });

    it("is read in 3.1 as 3.0 means it: true makes the bound beside it exclusive, false and a lone true rule nothing", () => {
      const model = modelOfFile(join(dir, "boolean-3.1.json"), "Flags");
      expect(model.source.dialect).toBe("2020-12");
      const sampling = typeNamed(model, "Sampling") as ObjectType;
      expect(sampling.properties.map((property) => [property.name, property.type])).toEqual([
        ["temperature", { kind: "number", constraints: { exclusiveMinimum: 0, maximum: 2 } }],
        ["topP", { kind: "number", constraints: {} }],
        ["seed", { kind: "integer", constraints: { exclusiveMinimum: 3 } }],
      ]);
    });

    it("is warned of at the file's pointer, naming what was read; --strict refuses it", async () => {
      const result = await runCli(["gen", "--input", join(dir, "boolean-3.1.json"), "--target", "json-schema", "--name", "Flags", "--out", join(dir, "out-flags")]);
      expect(result.status).toBe(0);
      const warnings = result.stderr.split("\n").filter((line) => line.startsWith("warning: "));
      expect(warnings).toEqual([
        `warning: ${join(dir, "boolean-3.1.json")}#/components/schemas/Sampling/properties/temperature: bounds written as OpenAPI 3.0 writes them (\`minimum: 0\`, \`exclusiveMinimum: true\`, \`maximum: 2\`, \`exclusiveMaximum: false\`), a form this version's dialect gives no meaning to: read as OpenAPI 3.0 means them (\`exclusiveMinimum: 0\`, \`maximum: 2\`)`,
        `warning: ${join(dir, "boolean-3.1.json")}#/components/schemas/Sampling/properties/topP: bounds written as OpenAPI 3.0 writes them (\`exclusiveMaximum: true\`), a form this version's dialect gives no meaning to: read as OpenAPI 3.0 means them (no bound)`,
      ]);
      // What every runtime is given: 2020-12's own form.
      const written = JSON.parse(readFileSync(join(dir, "out-flags", "Flags.schema.json"), "utf8"));
      expect(written.$defs.Sampling.properties.temperature).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 2 });
      const strict = await runCli(["gen", "--input", join(dir, "number-3.0.json"), "--target", "swift", "--out", join(dir, "out-bound"), "--strict"]);
      expect(strict.status).toBe(2);
      expect(strict.stderr).toContain("number-3.0.json#/components/schemas/Count: strict mode:");
    });
  });

  it("names a warning's place, and a strict refusal's, by the file's own pointer", async () => {
    const warned = await runCli(["gen", "--input", join(dir, "remote.json"), "--target", "swift", "--out", join(dir, "out-remote")]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^warning: .*remote\.json#\/components\/schemas\/Pet\/properties\/owner: \$ref "https:\/\/example\.com\/owner\.json" is remote/m);
    const strict = await runCli(["gen", "--input", join(dir, "remote.json"), "--target", "swift", "--out", join(dir, "out-remote-strict"), "--strict"]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain("remote.json#/components/schemas/Pet/properties/owner: strict mode:");
  });

  // Found by a sweep of OpenAPI documents: the json-schema target's document mapped to #/components/schemas/…, a place it does not have.
  it("moves a discriminator's mapping by reference with the schemas, and keeps a mapping by name", () => {
    const pet = { type: "object", required: ["kind"], properties: { kind: { type: "string" } } };
    const document = {
      openapi: "3.0.3",
      info: { title: "Mapped", version: "1" },
      components: {
        schemas: {
          Pet: { oneOf: [{ $ref: "#/components/schemas/Dog" }, { $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "kind", mapping: { dog: "#/components/schemas/Dog", cat: "Cat" } } },
          Dog: pet,
          Cat: pet,
        },
      },
    };
    const path = join(dir, "mapped.json");
    writeTree(dir, { "mapped.json": json(document) });
    const discriminator = (modelOfFile(path, "Mapped").source.document.definitions as Record<string, { discriminator?: unknown }>).Pet!.discriminator;
    expect(discriminator).toEqual({ propertyName: "kind", mapping: { dog: "#/definitions/Dog", cat: "Cat" } });
  });

  // Found by sweep AD on Stripe's description: an expandable field names the component it expands to in
  // an extension, kept as an annotation, whose reference named a place the json-schema target's
  // document does not have (fastjsonschema refused it: "Unresolvable ref: components").
  it("moves the references inside a Schema Object's extensions with the schemas, and keeps other values", () => {
    const file = { $ref: "#/components/schemas/File" };
    const document = {
      openapi: "3.0.0",
      info: { title: "Expandable", version: "1" },
      components: {
        schemas: {
          Branding: { type: "object", properties: { icon: { anyOf: [{ type: "string" }, file], "x-expansionResources": { oneOf: [file] }, "x-note": "#/components/schemas/File", example: file } } },
          File: { type: "object" },
        },
      },
    };
    const path = join(dir, "expandable.json");
    writeTree(dir, { "expandable.json": json(document) });
    const icon = (modelOfFile(path, "Expandable").source.document.definitions as Record<string, { properties: Record<string, Record<string, unknown>> }>).Branding!.properties.icon!;
    expect(icon["x-expansionResources"]).toEqual({ oneOf: [{ $ref: "#/definitions/File" }] });
    // A string that only spells a place, and a value (data a `$ref` key is part of), stay as written.
    expect(icon["x-note"]).toBe("#/components/schemas/File");
    expect(icon.examples).toEqual([{ $ref: "#/components/schemas/File" }]);
  });

  it("reads a file another schema refers to as it is written", () => {
    const model = modelOfFile(join(dir, "uses-pets.json"), "UsesPets");
    const listing = typeNamed(model, "Listing") as ObjectType;
    expect(listing.properties[0]!.type).toEqual({ kind: "named", name: "Owner" });
    expect((typeNamed(model, "Owner") as ObjectType).properties.map((property) => property.name)).toEqual(["name", "pets"]);
  });

  // In the dialect of its Schema Objects (3.0's is draft-04's), not the draft-07 of a document that
  // names none: Pet's `exclusiveMinimum: true` reached the draft-07 bundle as written, which AJV refuses.
  it("reads the schemas of an API description another schema refers to in its Schema Object's dialect", () => {
    const definitions = modelOfFile(join(dir, "uses-pets.json"), "UsesPets").source.document.definitions as Record<string, { properties: Record<string, unknown> }>;
    expect(definitions.Pet!.properties.id).toEqual({ type: "integer", format: "int64", exclusiveMinimum: 0 });
  });

  it("leaves a JSON Schema with a `$schema` alone, whatever its other keys", () => {
    const model = modelOfFile(join(dir, "schema-with-openapi-key.json"), "Plain");
    expect(model.source.definitionsInFile).toBeUndefined();
    expect((model.root && typeNamed(model, model.root.name)) as ObjectType).toMatchObject({ kind: "object" });
  });

  it("types the JSON payloads operations write inline, each named after its operation and status", () => {
    const model = modelOfFile(join(dir, "inline-3.1.json"), "Inline");
    const definitions = model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName);
    // The component keeps its name; the payload of that name takes the next one. No parameter, no XML
    // body, no payload that only refers to Pet.
    expect(definitions.sort()).toEqual(["GetPetsPetIdResponse200", "ListPetsResponse200", "ListPetsResponse200Payload", "ListPetsResponseDefault", "NewOwnerRequestBody", "NotFoundResponse", "Pet", "PostPetsRequestBody"]);
    expect(typeNamed(model, "ListPetsResponse200Payload")).toMatchObject({ kind: "alias", type: { kind: "array", items: { kind: "named", name: "Pet" } } });
    expect((typeNamed(model, "PostPetsRequestBody") as ObjectType).properties.map((property) => [property.name, property.required])).toEqual([["name", true]]);
    expect(model.source.definitionsInFile?.places.PostPetsRequestBody).toBe("/paths/~1pets/post/requestBody/content/application~1json; charset=utf-8/schema");
  });

  it("types the payloads of webhooks, callbacks and components' path items too, and keeps the examples beside their schemas", () => {
    const model = modelOfFile(join(dir, "hooks-3.1.json"), "Hooks");
    const definitions = model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName);
    // Named by the operation's name (or the webhook's, path item's or callback's, and the method), never by a callback's runtime expression.
    expect(definitions.sort()).toEqual(["DonePostRequestBody", "Pet", "PetSoldRequestBody", "PingGetResponse200", "SubscribeOnEventPostOnAckPutResponse204", "SubscribeOnEventPostRequestBody"]);
    expect(model.source.definitionsInFile?.places.SubscribeOnEventPostRequestBody).toBe("/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/post/requestBody/content/application~1json/schema");
    const { found } = model.source.examplesBesideSchemas!;
    expect(found.map(({ pointer, schema }) => [pointer, "definition" in schema ? schema.definition : "inline"])).toEqual([
      ["/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/parameters/0/example", "inline"],
      ["/paths/~1subscribe/post/callbacks/onEvent/{$request.body#~1url}/post/requestBody/content/application~1json/example", "SubscribeOnEventPostRequestBody"],
      ["/webhooks/newPet/post/requestBody/content/application~1json/example", "Pet"],
    ]);
  });

  it("types each item of a stream (3.2's itemSchema of a sequential media type), beside the JSON payload", () => {
    const model = modelOfFile(join(dir, "streams-3.2.json"), "Streams");
    const definitions = model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName);
    // An itemSchema that only refers to Line is that type already.
    expect(definitions.sort()).toEqual(["Line", "StreamEventsResponse200Item", "UploadLogsResponse200", "UploadLogsResponse200Item"]);
    expect((typeNamed(model, "StreamEventsResponse200Item") as ObjectType).properties.map((property) => [property.name, property.required])).toEqual([["event", false], ["data", true], ["id", false], ["retry", false]]);
    expect(model.source.definitionsInFile?.places.UploadLogsResponse200Item).toBe("/paths/~1logs/post/responses/200/content/application~1x-ndjson/itemSchema");
  });

  it("reads Swagger 2.0's body parameters and responses, and its shared ones", () => {
    const model = modelOfFile(join(dir, "inline-swagger.json"), "Inline");
    const definitions = model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName);
    expect(definitions.sort()).toEqual(["AddPetRequestBody", "AddPetResponse200", "BadResponse", "Pet"]);
    expect((typeNamed(model, "AddPetRequestBody") as ObjectType).properties.map((property) => property.name)).toEqual(["name"]);
  });

  it("keeps Swagger 2.0's response examples of JSON media types beside the response's schema", () => {
    const model = modelOfFile(join(dir, "swagger-examples.json"), "Examples");
    const { found, notJudged } = model.source.examplesBesideSchemas!;
    expect(found.map(({ pointer, value, schema }) => [pointer, value, "definition" in schema ? schema.definition : "inline"])).toEqual([
      ["/paths/~1pets/get/responses/200/examples/application~1json", [{ id: 1 }], "GetPetsResponse200"],
      ["/responses/NotFound/examples/application~1problem+json", { id: "x" }, "Pet"],
    ]);
    expect(notJudged.map(({ pointer, reason }) => [pointer, reason.replace(/ \(.*/, "")])).toEqual([
      ["/paths/~1pets/get/responses/200/examples/text~1plain", "its media type is not JSON"],
      ["/paths/~1pets/get/responses/204/examples/application~1json", "no schema beside it"],
    ]);
  });

  it("names an inline payload's place by the file's pointer, in a refusal and in the generated code", async () => {
    const refused = await runCli(["gen", "--input", join(dir, "inline-broken.json"), "--target", "swift", "--out", join(dir, "out-inline-broken")]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("inline-broken.json#/paths/~1broken/get/responses/200/content/application~1json/schema/items/type: must be a JSON type name");
    const out = join(dir, "out-inline");
    const made = await runCli(["gen", "--input", join(dir, "inline-3.1.json"), "--target", "swift", "--out", out]);
    expect(made.status).toBe(0);
    const swift = readFileSync(join(out, "Inline31Models.swift"), "utf8");
    expect(swift).toContain("/// - Remark: Generated from `#/paths/~1pets/get/responses/default/content/application~1problem+json/schema`.\npublic struct ListPetsResponseDefault: ");
    expect(swift).toContain("/// - Remark: Generated from `#/components/schemas/Pet`.\npublic struct Pet: ");
  });

  it("types every component schema of the recording server's own OpenAPI document", () => {
    const path = join(REPO_ROOT, "apps/server/openapi.json");
    const names = Object.keys((JSON.parse(readFileSync(path, "utf8")) as { components: { schemas: object } }).components.schemas);
    expect(names.length).toBeGreaterThan(10);
    const model = modelOfFile(path, "RecordingApi");
    for (const name of names) expect(model.typesByName.has(name), name).toBe(true);
    expect(model.fallbacks).toEqual([]);
  });
});

/**
 * OpenAPI's commonest polymorphism (springdoc's): `Cat` and `Dog` each `allOf` a `Pet` that declares
 * `petType` as any string, so no variant pins it and the union is first match (or key presence) of
 * open objects, and a discriminator names the one meant. The union records the discriminator's strings
 * as a preference (types.ts, VariantPreference): the explicit mapping's, then the implicit (a component
 * schema's name, unless the mapping lists that string: OpenAPI 3.1.1, "Options for Mapping Values to
 * Schemas"). Expected values written from the documents by hand.
 */
describe("an OpenAPI discriminator beside variants that do not pin its property", () => {
  const pet = { type: "object", required: ["petType", "name"], properties: { petType: { type: "string" }, name: { type: "string" } } };
  const extending = (properties: Record<string, unknown>) => ({ allOf: [{ $ref: "#/components/schemas/Pet" }, { type: "object", properties }] });
  const mapped = { propertyName: "petType", mapping: { Cat: "#/components/schemas/Cat", Dog: "#/components/schemas/Dog" } };
  const pets = (openapi: string, schemas: Record<string, unknown>) => ({
    openapi,
    info: { title: "Pets", version: "1" },
    paths: {},
    components: { schemas: { Pet: pet, Cat: extending({ huntingSkill: { type: "string" } }), Dog: extending({ packSize: { type: "integer" } }), ...schemas } },
  });
  const modelOfDocument = (file: string, document: object) => {
    writeTree(dir, { [file]: json(document) });
    return modelOfFile(join(dir, file), "Pets");
  };
  /** A validator every variant passes: a value all of them match, as an open object matches each. */
  const everyVariantMatches = () => true;
  const both = { petType: "Dog", name: "Rex", packSize: 3 };

  it("reads the mapping's strings, and tries the variant the value names first (oneOf and anyOf, first match)", () => {
    const refs = [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }];
    const model = modelOfDocument("pets-mapped.json", pets("3.0.3", { AnyPet: { oneOf: refs, discriminator: mapped }, SomePet: { anyOf: refs, discriminator: mapped } }));
    for (const name of ["AnyPet", "SomePet"]) {
      const union = typeNamed(model, name) as UnionType;
      expect(union).toMatchObject({ rule: "firstMatch", variants: [{ name: "Cat" }, { name: "Dog" }] });
      expect(union).toMatchObject({ preference: { property: "petType", cases: [{ value: "Cat", variant: "Cat" }, { value: "Dog", variant: "Dog" }] } });
      expect(selectVariant(union, both, everyVariantMatches)?.name).toBe("Dog");
      // The union's order, unchanged: a string it does not list, no string, and a named variant the value does not match.
      expect(selectVariant(union, { ...both, petType: "Bird" }, everyVariantMatches)?.name).toBe("Cat");
      expect(selectVariant(union, { ...both, petType: 3 }, everyVariantMatches)?.name).toBe("Cat");
      expect(selectVariant(union, both, (variant) => variant.name !== "Dog")?.name).toBe("Cat");
    }
  });

  it("names a variant by reference, by a component's name, and implicitly by its component's name (3.1)", () => {
    const zoo = {
      anyOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }, { $ref: "#/components/schemas/sea_lion" }, { type: "object", required: ["name"], properties: { name: { type: "string" }, rock: { type: "boolean" } } }],
      // `Dog` is listed, for Cat: the implicit mapping does not give it to Dog; `far` names no schema here, and the inline variant no string.
      discriminator: { propertyName: "petType", mapping: { dog: "#/components/schemas/Dog", kitty: "Cat", Dog: "#/components/schemas/Cat", far: "https://example.com/monster.json" } },
    };
    const model = modelOfDocument("pets-implicit.json", pets("3.1.0", { sea_lion: extending({ fins: { type: "integer" } }), Zoo: zoo }));
    const union = typeNamed(model, "ZooPetType") as UnionType;
    expect(union).toMatchObject({ rule: "firstMatch", variants: [{ name: "Cat" }, { name: "Dog" }, { name: "SeaLion" }] });
    expect(union).toMatchObject({
      preference: {
        property: "petType",
        cases: [
          { value: "dog", variant: "Dog" },
          { value: "kitty", variant: "Cat" },
          { value: "Dog", variant: "Cat" },
          { value: "Cat", variant: "Cat" },
          { value: "sea_lion", variant: "SeaLion" },
        ],
      },
    });
    expect(selectVariant(union, { ...both, petType: "sea_lion" }, everyVariantMatches)?.name).toBe("SeaLion");
    expect(selectVariant(union, { ...both, petType: "dog" }, everyVariantMatches)?.name).toBe("Dog");
    expect(selectVariant(union, both, everyVariantMatches)?.name).toBe("Cat");
  });

  it("prefers among the candidates of a key-presence union, by the implicit mapping alone", () => {
    const hunter = { type: "object", required: ["petType", "huntingSkill"], properties: { petType: { type: "string" }, huntingSkill: { type: "string" } } };
    const herder = { type: "object", required: ["petType", "packSize"], properties: { petType: { type: "string" }, packSize: { type: "integer" } } };
    const worker = { anyOf: [{ $ref: "#/components/schemas/Hunter" }, { $ref: "#/components/schemas/Herder" }], discriminator: { propertyName: "petType" } };
    const model = modelOfDocument("pets-keys.json", pets("3.0.3", { Hunter: hunter, Herder: herder, Worker: worker }));
    const union = typeNamed(model, "Worker") as UnionType;
    expect(union).toMatchObject({ rule: "keyPresence", variants: [{ name: "Hunter" }, { name: "Herder" }] });
    expect(union).toMatchObject({ preference: { property: "petType", cases: [{ value: "Hunter", variant: "Hunter" }, { value: "Herder", variant: "Herder" }] } });
    const value = { petType: "Herder", huntingSkill: "stalk", packSize: 3 };
    expect(selectVariant(union, value, everyVariantMatches)?.name).toBe("Herder");
    // Not a candidate (its keys are absent): the candidates' order.
    expect(selectVariant(union, { petType: "Herder", huntingSkill: "stalk" }, everyVariantMatches)?.name).toBe("Hunter");
  });
});

// A discriminator's mapping is read by no validator: `{kind: "cat"}` is a Cat only if Cat's own
// keywords take it, and the union's variants are its oneOf's. Before, gen said nothing of a mapping
// that contradicts them.
describe("a discriminator mapping no variant allows", () => {
  const animal = (kind: unknown) => ({ type: "object", required: ["kind"], properties: { kind } });
  const ofSchemas = (openapi: string, schemas: object) => ({ openapi, info: { title: "Mapped", version: "1" }, paths: {}, components: { schemas } });
  const mapped30 = ofSchemas("3.0.3", {
    Pet: {
      oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }, { $ref: "#/components/schemas/HoundRef" }],
      // cat: Cat pins kind to "Cat"; Dog (by name) allows "Dog"; hound: Hound is the variant HoundRef only refers to; bird: Bird is no
      // variant; fish: a name no schema has (perhaps a file), not followed.
      discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", Dog: "Dog", hound: "#/components/schemas/Hound", bird: "#/components/schemas/Bird", fish: "Fish" } },
    },
    HoundRef: { $ref: "#/components/schemas/Hound", description: "A hound." },
    Hound: animal({ type: "string", enum: ["hound"] }),
    Cat: animal({ type: "string", enum: ["Cat"] }),
    Dog: animal({ type: "string", enum: ["Dog", "Hound"] }),
    Bird: animal({ type: "string", enum: ["bird"] }),
  });
  // 3.1, inheritance by allOf: no oneOf beside the discriminator, so only what each mapped schema allows counts.
  const inherited31 = ofSchemas("3.1.0", {
    Pet: { type: "object", required: ["kind"], properties: { kind: { type: "string" } }, discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog", gone: "#/components/schemas/Gone" } } },
    Cat: { allOf: [{ $ref: "#/components/schemas/Pet" }, { properties: { kind: { const: "Cat" } } }] },
    // Any string: "dog" is one.
    Dog: { allOf: [{ $ref: "#/components/schemas/Pet" }, { properties: { kind: { type: "string", pattern: "^[a-z]+$" } } }] },
  });
  writeTree(dir, { "mapped-3.0.json": json(mapped30), "inherited-3.1.json": json(inherited31) });

  it("warns at each mapping entry whose schema refuses its value, or that is no variant (3.0)", () => {
    const warnings = modelWarnings(modelOfFile(join(dir, "mapped-3.0.json"), "Mapped"));
    expect(warnings.map((warning) => warning.pointer)).toEqual(["/definitions/Pet/discriminator/mapping/cat", "/definitions/Pet/discriminator/mapping/bird"]);
    expect(warnings[0]!.reason).toBe('maps "cat" to #/components/schemas/Cat, whose "kind" is "Cat": a value whose "kind" is "cat" is no Cat under JSON Schema (validators ignore the mapping)');
    expect(warnings[1]!.reason).toContain("to #/components/schemas/Bird, which is none of the oneOf variants beside it");
  });

  it("reads what a schema composed by allOf allows, and warns of a mapping to no place (3.1)", () => {
    const warnings = modelWarnings(modelOfFile(join(dir, "inherited-3.1.json"), "Inherited"));
    expect(warnings.map((warning) => [warning.pointer, warning.reason.replace(/,.*/, "")])).toEqual([
      ["/$defs/Pet/discriminator/mapping/cat", 'maps "cat" to #/components/schemas/Cat'],
      ["/$defs/Pet/discriminator/mapping/gone", 'maps "gone" to #/components/schemas/Gone'],
    ]);
    expect(warnings[1]!.reason).toContain("which is no place of the document");
  });

  // A discriminator property that is an array or a map takes no string, so refuses every mapping
  // value; its rules (contains, propertyNames) were said after a semicolon, the words' end-of-sentence
  // form, mid-sentence ("whose "kind" is an array of strings; it must contain …: a value whose …").
  // They are in parentheses now, which the rest of the sentence cannot read as part of.
  it("says a constrained array or map mid-sentence, its rules in parentheses", () => {
    const containers = ofSchemas("3.1.0", {
      Pet: { oneOf: [{ $ref: "#/components/schemas/Listed" }, { $ref: "#/components/schemas/Keyed" }], discriminator: { propertyName: "kind", mapping: { listed: "#/components/schemas/Listed", keyed: "#/components/schemas/Keyed" } } },
      Listed: animal({ type: "array", items: { type: "string" }, contains: { const: "listed" } }),
      Keyed: animal({ type: "object", additionalProperties: { type: "string" }, propertyNames: { pattern: "^[a-z]+$" } }),
    });
    writeTree(dir, { "containers-3.1.json": json(containers) });
    const reasons = modelWarnings(modelOfFile(join(dir, "containers-3.1.json"), "Containers")).map((warning) => warning.reason);
    expect(reasons).toEqual([
      'maps "listed" to #/components/schemas/Listed, whose "kind" is an array of strings (which must contain at least 1 item(s) that are "listed"): a value whose "kind" is "listed" is no Listed under JSON Schema (validators ignore the mapping)',
      'maps "keyed" to #/components/schemas/Keyed, whose "kind" is an object whose values are strings (every key must be a string matching `^[a-z]+$`): a value whose "kind" is "keyed" is no Keyed under JSON Schema (validators ignore the mapping)',
    ]);
  });

  it("is a gen warning by the file's pointer, and --strict refuses it", async () => {
    const warned = await runCli(["gen", "--input", join(dir, "mapped-3.0.json"), "--target", "swift", "--out", join(dir, "out-mapped")]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^warning: .*mapped-3\.0\.json#\/components\/schemas\/Pet\/discriminator\/mapping\/cat: maps "cat"/m);
    const strict = await runCli(["gen", "--input", join(dir, "mapped-3.0.json"), "--target", "swift", "--out", join(dir, "out-mapped-strict"), "--strict"]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain("mapped-3.0.json#/components/schemas/Pet/discriminator/mapping/cat: strict mode: maps");
  });
});

// Real descriptions keep most of their data outside their schemas: a media type's examples, a
// parameter's, a header's. Before, the reading dropped them, and the conformance run judged only a
// Schema Object's own `example`.
describe("example values beside schemas", () => {
  const model = modelOfFile(join(REPO_ROOT, "packages/codegen/test/fixtures/openapi-examples-3.0.yaml"), "Owners");
  const { found, notJudged } = model.source.examplesBesideSchemas!;
  const operation = "/paths/~1owners~1{id}";
  const ownerBody = "/components/requestBodies/OwnerBody/content";

  it("keeps each with the definition its schema is, or the schema itself, where every part of the document writes one", () => {
    expect(found.map(({ pointer, referredTo, schema }) => [pointer, referredTo, "definition" in schema ? schema.definition : "inline"])).toEqual([
      [`${operation}/parameters/0/example`, undefined, "inline"],
      // A parameter of `content`: its JSON media type's.
      [`${operation}/put/parameters/0/content/application~1json/example`, undefined, "Owner"],
      // The inline payload typed as a definition; a second JSON media type's inline schema is none.
      [`${operation}/put/responses/200/content/application~1json/example`, undefined, "PutOwnerResponse200"],
      [`${operation}/put/responses/200/content/application~1vnd.owner+json/examples/empty/value`, undefined, "inline"],
      [`/components/headers/Count/example`, undefined, "inline"],
      // The request body and header an operation refers to are read once, where components keeps them.
      [`${ownerBody}/application~1json/examples/ann`, "/components/examples/Ann/value", "Owner"],
      [`${ownerBody}/application~1json/examples/nobody`, "/components/examples/Nobody/value", "Owner"],
    ]);
    expect(found.map(({ value }) => value)).toEqual([0, { name: "Ann" }, { name: null }, {}, 3, { name: "Ann" }, { name: "" }]);
    expect(found[0]).toMatchObject({ schemaPointer: `${operation}/parameters/0/schema`, schema: { inline: { type: "integer", minimum: 1 } } });
    // An inline schema refers to the named ones where the document read as JSON Schema has them.
    expect(found[3]!.schema).toEqual({ inline: { type: "object", required: ["owner"], properties: { owner: { $ref: "#/definitions/Owner" } } } });
  });

  it("names each it cannot judge, with why", () => {
    expect(notJudged.map(({ pointer, reason }) => [pointer, reason.replace(/ \(.*/, "")])).toEqual([
      [`${operation}/put/responses/200/content/*~1*/example`, "its media type is not JSON"],
      [`${ownerBody}/application~1json/examples/far`, "an externalValue, which is not fetched"],
      [`${ownerBody}/application~1json/examples/lost`, "a $ref to no Example Object of this document"],
      [`${ownerBody}/application~1json/examples/elsewhere`, "a $ref to no Example Object of this document"],
      [`${ownerBody}/application~1json/examples/untold`, "an Example Object of no value"],
      [`${ownerBody}/application~1x-www-form-urlencoded/example`, "its media type is not JSON"],
    ]);
  });

  it("types nothing more for them", () => {
    expect(model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName)).toEqual(["Owner", "PutOwnerResponse200"]);
  });
});
