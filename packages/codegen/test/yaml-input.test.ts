// A schema file written in YAML is read as the JSON value it denotes (input/yamlText.ts): an OpenAPI
// document, a JSON Schema, and the YAML files their refs name. Before, every YAML file was refused as
// "invalid JSON at line 1". What YAML says and JSON cannot is refused, naming the line or the pointer.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { ObjectType } from "../src/model/types.ts";
import { runCli } from "./helpers/cli.ts";
import { typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-yaml-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeTree(dir, {
  "pets.yaml": [
    "openapi: 3.0.3",
    "info: {title: Pets, version: '1'}",
    "paths: {}",
    "components:",
    "  schemas:",
    "    Pet:",
    "      type: object",
    "      required: [id, name]",
    "      properties:",
    "        id: {type: integer, format: int64}",
    "        name: {type: string}",
    "        'on': {type: boolean}",
    "        owner: {$ref: '#/components/schemas/Owner'}",
    "        address: {$ref: './address.yml'}",
    "    Owner:",
    "      type: object",
    "      properties:",
    "        name: {type: string}",
    "",
  ].join("\n"),
  "address.yml": ["type: object", "required: [street]", "properties:", "  street: {type: string}", "  zip: {type: string, pattern: '^[0-9]{5}$'}", ""].join("\n"),
  "duplicate.yaml": "type: object\ntype: string\n",
  "spelled-twice.yaml": "type: object\nproperties:\n  1: {type: string}\n  '1': {type: integer}\n",
  "infinite.yaml": "type: object\nproperties:\n  x: {maximum: .inf}\n",
  "tagged.yaml": "type: !Ref Other\n",
  "collection-key.yaml": "properties:\n  ? [a, b]\n  : {type: string}\n",
  "two-documents.yaml": "type: string\n---\ntype: integer\n",
  "aliases.yaml": ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]", ""].join("\n"),
  "shop-v1.yaml": "openapi: 3.1.0\ninfo: {title: Shop, version: '1'}\ncomponents:\n  schemas:\n    Money:\n      type: object\n      properties:\n        currency: {enum: [EUR, USD, GBP]}\n",
  "shop-v2.yaml": "openapi: 3.1.0\ninfo: {title: Shop, version: '2'}\ncomponents:\n  schemas:\n    Money:\n      type: object\n      properties:\n        currency: {enum: [EUR, USD]}\n",
  "deep.yaml": `${"[".repeat(20000)}${"]".repeat(20000)}\n`,
});

describe("a YAML schema file", () => {
  it("is read as the JSON it denotes, with the YAML files its refs name", () => {
    const model = modelOfFile(join(dir, "pets.yaml"));
    expect(model.name).toBe("Pets");
    const pet = typeNamed(model, "Pet") as ObjectType;
    // YAML 1.2: `on` is a string (YAML 1.1 read it as true).
    expect(pet.properties.map((property) => property.name)).toEqual(["id", "name", "on", "owner", "address"]);
    expect(pet.properties.find((property) => property.name === "owner")!.type).toEqual({ kind: "named", name: "Owner" });
    const address = typeNamed(model, "Address") as ObjectType;
    expect(address.properties.map((property) => [property.name, property.required])).toEqual([
      ["street", true],
      ["zip", false],
    ]);
  });

  it("generates from the command line", async () => {
    const out = join(dir, "out");
    const result = await runCli(["gen", "--input", join(dir, "pets.yaml"), "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(join(out, "Pets.schema.json"), "utf8")) as { definitions: Record<string, unknown> };
    expect(Object.keys(written.definitions).sort()).toEqual(["Owner", "Pet", "address"]);
  });

  it.each([
    ["duplicate.yaml", "duplicate.yaml: invalid YAML at line 2, column 1: Map keys must be unique"],
    ["spelled-twice.yaml", 'spelled-twice.yaml#/properties/1: the key "1" is written twice'],
    ["infinite.yaml", "infinite.yaml#/properties/x/maximum: Infinity is no JSON number"],
    ["tagged.yaml", "tagged.yaml: invalid YAML at line 1, column 7: Unresolved tag: !Ref"],
    ["collection-key.yaml", "collection-key.yaml#/properties: a mapping key is a collection"],
    ["two-documents.yaml", "two-documents.yaml: invalid YAML at line 2, column 1: Source contains multiple documents"],
    ["aliases.yaml", "aliases.yaml: invalid YAML: Excessive alias count"],
    ["deep.yaml", "nests too deeply to read"],
  ])("refuses %s, naming where (exit 2)", async (file, message) => {
    const result = await runCli(["gen", "--input", join(dir, file), "--target", "swift", "--out", join(dir, "refused")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("is compared by `breaking`, which names a place as the file spells it", async () => {
    const result = await runCli(["breaking", "--against", join(dir, "shop-v1.yaml"), "--input", join(dir, "shop-v2.yaml")]);
    expect(result.stdout).toContain("enum-value-removed  Money › currency  (proven, breaks consumers)");
    expect(result.stdout).toContain("at old #/components/schemas/Money/properties/currency, new #/components/schemas/Money/properties/currency");
  });
});
