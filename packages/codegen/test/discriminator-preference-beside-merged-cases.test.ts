// Swift tries first the case an OpenAPI discriminator names (the union's preference), and a union's
// variants Swift decodes alike share one case (casesDecodedApart: `{type: string}` and `{type: string,
// maxLength: 3}` are both `case string(String)`). The Swift target looked a preferred variant's case up
// by the variant's position among all variants, in the list of cases, which is shorter once two
// variants share one: beside two strings before them, "cat" (mapped to Cat) was tried as Dog, and
// "dog" as nothing, so `{petType: "cat"}`, which both open objects take, decoded as Dog where the
// schema's discriminator says Cat (the conformance run with Swift: 4 disagreements of 80 valid and
// invalid instances of Pet, "decoded the value into case dog; the model's rule picks variant Cat").
// The case is now the one holding the variant the model names. Control: the union without the
// strings, where each variant is its own case.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const animals = {
  Cat: { required: ["petType"], properties: { petType: { type: "string" }, name: { type: "string" } } },
  Dog: { required: ["petType"], properties: { petType: { type: "string" }, bark: { type: "string" } } },
};
const discriminator = { propertyName: "petType", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } };
const pets = [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }];
const documentOf = (variants: unknown[]) => ({ openapi: "3.1.0", info: { title: "Pets", version: "1" }, paths: {}, components: { schemas: { Pet: { anyOf: variants, discriminator }, ...animals } } });

/** Each string of Pet's preference, with the payload its case matches first. */
function preferredPayloads(document: unknown): Record<string, string> {
  const dir = tempDir("clone-codegen-preference-");
  writeTree(dir, { "pets.json": JSON.stringify(document) });
  const swift = renderFile(join(dir, "pets.json"), "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
  const pet = swift.slice(swift.indexOf("public enum Pet"));
  const preferred = pet.slice(0, pet.indexOf("default:"));
  return Object.fromEntries([...preferred.matchAll(/case "(\w+)":\n\s*if let payload = matchVariant\((\w+)\.self/g)].map(([, value, payload]) => [value, payload]));
}

// The mapping's strings, then the component schemas' own names (OpenAPI's implicit mapping).
const meant = { cat: "Cat", dog: "Dog", Cat: "Cat", Dog: "Dog" };

describe("a discriminator's preference in Swift", () => {
  it("tries the case holding the variant the discriminator names, where two strings before it share one case", () => {
    expect(preferredPayloads(documentOf([{ type: "string" }, { type: "string", maxLength: 3 }, ...pets]))).toEqual(meant);
  });

  it("and where each variant is its own case (control)", () => {
    expect(preferredPayloads(documentOf(pets))).toEqual(meant);
  });
});
