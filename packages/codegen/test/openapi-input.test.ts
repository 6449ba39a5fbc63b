// An OpenAPI 3 document as `gen --input`: its named schemas (`components/schemas`) are the model's
// definitions, read in the dialect of the document's OpenAPI version, and every message names a place
// as the file spells it. Before, such a document was read as a JSON Schema whose root keywords are all
// annotations: gen wrote files of no type at all and said "0 types".
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { EnumType, ObjectType, UnionType } from "../src/model/types.ts";
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
  "bad.json": json({ openapi: "3.1.0", info: { title: "Bad", version: "1" }, components: { schemas: { Pet: { type: "object", properties: { id: { type: "integr" } } } } } }),
  "remote.json": json({ openapi: "3.1.0", info: { title: "Remote", version: "1" }, components: { schemas: { Pet: { type: "object", properties: { owner: { $ref: "https://example.com/owner.json" } } } } } }),
  // A JSON Schema that refers to an OpenAPI file's component: that file is read as it is written.
  "uses-pets.json": json({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Listing: { type: "object", properties: { pet: { $ref: "pets-3.0.json#/components/schemas/Owner" } } } } }),
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

  it("names a refused keyword value by the file's own pointer", async () => {
    const result = await runCli(["gen", "--input", join(dir, "bad.json"), "--target", "swift", "--out", join(dir, "out-bad")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("bad.json#/components/schemas/Pet/properties/id/type");
  });

  it("names a warning's place, and a strict refusal's, by the file's own pointer", async () => {
    const warned = await runCli(["gen", "--input", join(dir, "remote.json"), "--target", "swift", "--out", join(dir, "out-remote")]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^warning: .*remote\.json#\/components\/schemas\/Pet\/properties\/owner: \$ref "https:\/\/example\.com\/owner\.json" is remote/m);
    const strict = await runCli(["gen", "--input", join(dir, "remote.json"), "--target", "swift", "--out", join(dir, "out-remote-strict"), "--strict"]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain("remote.json#/components/schemas/Pet/properties/owner: strict mode:");
  });

  it("reads a file another schema refers to as it is written", () => {
    const model = modelOfFile(join(dir, "uses-pets.json"), "UsesPets");
    const listing = typeNamed(model, "Listing") as ObjectType;
    expect(listing.properties[0]!.type).toEqual({ kind: "named", name: "Owner" });
    expect((typeNamed(model, "Owner") as ObjectType).properties.map((property) => property.name)).toEqual(["name", "pets"]);
  });

  it("leaves a JSON Schema with a `$schema` alone, whatever its other keys", () => {
    const model = modelOfFile(join(dir, "schema-with-openapi-key.json"), "Plain");
    expect(model.source.definitionsInFile).toBeUndefined();
    expect((model.root && typeNamed(model, model.root.name)) as ObjectType).toMatchObject({ kind: "object" });
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
