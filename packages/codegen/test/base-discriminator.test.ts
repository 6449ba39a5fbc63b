// An OpenAPI discriminator on a base of no oneOf/anyOf (springdoc's, Swashbuckle's, Azure's way):
// `Pet` declares `petType`, `Cat` and `Dog` are each `allOf: [{$ref: Pet}, {…}]`. Before, a `$ref` to
// Pet was the type Pet, and a Cat in a list of pets decoded as a Pet, its own keys extra ones. Now the
// model gives each place a `$ref` to the base is written (an allOf part aside) the union of the base's
// extensions, narrower first, and the base last (model/baseUnions.ts), which takes exactly what the
// base takes, with the discriminator as its preference. Expected values written from the documents by hand.
import { join } from "node:path";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { JsonValue } from "../src/json/types.ts";
import { ModelValidator } from "../src/model/modelValidator.ts";
import { createSchemaModel } from "../src/model/schemaModel.ts";
import { selectVariant } from "../src/model/selectVariant.ts";
import { modelWarnings } from "../src/model/summary.ts";
import type { FirstMatchUnion, NamedType, ObjectType, SchemaModel } from "../src/model/types.ts";
import { validateModel } from "../src/model/validateModel.ts";
import { codegenErrorOf, typeNamed } from "./helpers/model.ts";
import { REPO_ROOT, tempDir, writeTree } from "./helpers/workspace.ts";

const FIXTURE = join(REPO_ROOT, "packages/codegen/test/fixtures/openapi-base-discriminator.yaml");
const dir = tempDir("clone-codegen-base-discriminator-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pet = { type: "object", required: ["petType", "name"], properties: { petType: { type: "string" }, name: { type: "string" } }, discriminator: { propertyName: "petType" } };
const extending = (base: string, required: string, type: object) => ({ allOf: [ref(base), { type: "object", required: [required], properties: { [required]: type } }] });
const cat = extending("Pet", "huntingSkill", { type: "string" });
const dog = extending("Pet", "packSize", { type: "integer" });
const owner = { type: "object", properties: { pet: ref("Pet") } };

function modelOfDocument(file: string, schemas: Record<string, unknown>, openapi = "3.0.3"): SchemaModel {
  writeTree(dir, { [file]: JSON.stringify({ openapi, info: { title: "Pets", version: "1" }, paths: {}, components: { schemas } }) });
  return modelOfFile(join(dir, file), "Pets");
}

/** The variant of the union `name` that a decoder gives `value` (the model's own reading of each variant). */
function chosenVariant(model: SchemaModel, name: string, value: JsonValue): string | undefined {
  const validator = new ModelValidator(model);
  return selectVariant(typeNamed(model, name) as FirstMatchUnion, value, (variant, candidate) => validator.validates(variant.type, candidate))?.name;
}

const propertyType = (model: SchemaModel, object: string, property: string) => (typeNamed(model, object) as ObjectType).properties.find((each) => each.name === property)!.type;

describe("a $ref to a discriminated base, three levels deep, with an explicit mapping", () => {
  const model = modelOfFile(FIXTURE, "Pets");
  const union = typeNamed(model, "AnyPet") as FirstMatchUnion;

  it("is the union of the base's extensions, narrower first, and the base last, an anyOf", () => {
    expect(union).toMatchObject({ kind: "union", rule: "firstMatch", keyword: "anyOf", base: "Pet", pointer: "/definitions/Pet" });
    // Lion extends Cat: before it, though written after it.
    expect(union.variants).toEqual([
      { name: "Lion", type: { kind: "named", name: "Lion" } },
      { name: "Cat", type: { kind: "named", name: "Cat" } },
      { name: "Dog", type: { kind: "named", name: "Dog" } },
      { name: "Pet", type: { kind: "named", name: "Pet" } },
    ]);
  });

  it("prefers the explicit mapping's strings, then each component's own name", () => {
    expect(union.preference).toEqual({
      property: "petType",
      cases: [
        { value: "cat", variant: "Cat" },
        { value: "lion", variant: "Lion" },
        { value: "Lion", variant: "Lion" },
        { value: "Cat", variant: "Cat" },
        { value: "Dog", variant: "Dog" },
        { value: "Pet", variant: "Pet" },
      ],
    });
  });

  it("is every place a $ref to the base is written, and no extension's allOf part", () => {
    expect(propertyType(model, "Owner", "pets")).toEqual({ kind: "array", items: { kind: "named", name: "AnyPet" }, constraints: {} });
    expect(propertyType(model, "Owner", "favourite")).toEqual({ kind: "named", name: "AnyPet" });
    expect((typeNamed(model, "Cat") as ObjectType).bases).toEqual([{ kind: "named", name: "Pet" }]);
    expect((typeNamed(model, "Lion") as ObjectType).bases).toEqual([{ kind: "named", name: "Cat" }]);
    expect(typeNamed(model, "Pet").kind).toBe("object");
  });

  it("takes exactly the values the base takes, each as the variant it names or the first it matches", () => {
    const validator = new ModelValidator(model);
    const values: JsonValue[] = [
      { petType: "Cat", name: "Tom", huntingSkill: "lazy" },
      { petType: "lion", name: "Leo", huntingSkill: "aggressive", prideSize: 4 },
      { petType: "Dog", name: "Rex", packSize: 3 },
      { petType: "Fish", name: "Nemo" },
      { petType: "Cat", name: "Tom" },
      { petType: "Cat", name: "Tom", huntingSkill: "sleepy" },
      { petType: "Dog" },
      { name: "Rex", packSize: 3 },
      "Rex",
    ];
    expect(values.map((value) => validator.validates({ kind: "named", name: "AnyPet" }, value))).toEqual([true, true, true, true, true, true, false, false, false]);
    for (const value of values) expect(validator.validates({ kind: "named", name: "AnyPet" }, value)).toBe(validator.validates({ kind: "named", name: "Pet" }, value));
    const chosen = (value: JsonValue) => selectVariant(union, value, (variant, candidate) => validator.validates(variant.type, candidate))?.name;
    expect(values.slice(0, 6).map(chosen)).toEqual(["Cat", "Lion", "Dog", "Pet", "Pet", "Pet"]);
    // A Lion that says it is a Cat is a Cat, as named; one that names no variant is the first it matches, a Lion.
    expect(chosen({ petType: "Cat", name: "Leo", huntingSkill: "lazy", prideSize: 2 })).toBe("Cat");
    expect(chosen({ petType: "Bird", name: "Leo", huntingSkill: "lazy", prideSize: 2 })).toBe("Lion");
  });
});

describe("which bases and references it applies to", () => {
  it("gives a base no extension extends, and one with a oneOf of its own, what they were", () => {
    const model = modelOfDocument("alone.json", { Pet: pet, Owner: owner });
    expect(model.types.map((type) => type.name)).not.toContain("AnyPet");
    expect(propertyType(model, "Owner", "pet")).toEqual({ kind: "named", name: "Pet" });
    const union = { oneOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "petType" } };
    const own = modelOfDocument("own-union.json", { Pet: union, Cat: { ...pet, discriminator: undefined }, Dog: extending("Cat", "packSize", { type: "integer" }), Owner: owner });
    expect(own.types.map((type) => type.name)).not.toContain("AnyPet");
    expect(propertyType(own, "Owner", "pet")).toEqual({ kind: "named", name: "Pet" });
    // Nothing refers to the base but its extensions: no union is made.
    expect(modelOfDocument("unreferenced.json", { Pet: pet, Cat: cat }).types.map((type) => type.name)).toEqual(["Pet", "Cat"]);
  });

  it("gives a $ref to an extension that others extend the union of its own extensions, by the discriminator it inherits", () => {
    // Lion allOf Cat allOf Pet; a field of the class Cat may hold a Lion (Jackson reads Pet's petType there too).
    const mapped = { ...pet, discriminator: { propertyName: "petType", mapping: { cat: ref("Cat").$ref, lion: "Lion", dog: "Dog" } } };
    const lion = extending("Cat", "prideSize", { type: "integer" });
    const keeper = { type: "object", properties: { cat: ref("Cat"), pet: ref("Pet"), dog: ref("Dog") } };
    const model = modelOfDocument("inherited.json", { Pet: mapped, Cat: cat, Lion: lion, Dog: dog, Keeper: keeper });
    expect(propertyType(model, "Keeper", "cat")).toEqual({ kind: "named", name: "AnyCat" });
    expect(propertyType(model, "Keeper", "pet")).toEqual({ kind: "named", name: "AnyPet" });
    // Dog, which nothing extends, stays itself.
    expect(propertyType(model, "Keeper", "dog")).toEqual({ kind: "named", name: "Dog" });
    const union = typeNamed(model, "AnyCat") as FirstMatchUnion;
    expect(union).toMatchObject({ kind: "union", rule: "firstMatch", keyword: "anyOf", base: "Cat" });
    expect(union.variants.map((variant) => variant.name)).toEqual(["Lion", "Cat"]);
    // Pet's mapping, where it names Cat's extensions or Cat; its entry for Dog names no variant here.
    expect(union.preference).toEqual({
      property: "petType",
      cases: [
        { value: "cat", variant: "Cat" },
        { value: "lion", variant: "Lion" },
        { value: "Lion", variant: "Lion" },
        { value: "Cat", variant: "Cat" },
      ],
    });
    const validator = new ModelValidator(model);
    const values: JsonValue[] = [{ petType: "Lion", name: "Leo", huntingSkill: "lazy", prideSize: 2 }, { petType: "Cat", name: "Tom", huntingSkill: "lazy" }, { petType: "Cat", name: "Tom" }, { petType: "Dog", name: "Rex", packSize: 1 }];
    expect(values.map((value) => validator.validates({ kind: "named", name: "AnyCat" }, value))).toEqual([true, true, false, false]);
    for (const value of values) expect(validator.validates({ kind: "named", name: "AnyCat" }, value)).toBe(validator.validates({ kind: "named", name: "Cat" }, value));
    expect(chosenVariant(model, "AnyCat", { petType: "lion", name: "Leo", huntingSkill: "lazy", prideSize: 2 })).toBe("Lion");
    expect(chosenVariant(model, "AnyCat", { petType: "cat", name: "Leo", huntingSkill: "lazy", prideSize: 2 })).toBe("Cat");
    // A definition writing a discriminator or a union of its own is read by it, not by its base's.
    const own = modelOfDocument("inherited-own.json", { Pet: mapped, Cat: { ...cat, discriminator: { propertyName: "kind" } }, Lion: lion, Dog: dog, Keeper: keeper });
    expect((typeNamed(own, "AnyCat") as FirstMatchUnion).preference?.property).toBe("kind");
  });

  it("reads Swagger 2's discriminator, a property name, by the implicit mapping", () => {
    writeTree(dir, { "swagger.json": JSON.stringify({ swagger: "2.0", info: { title: "Pets", version: "1" }, paths: {}, definitions: { Pet: { ...pet, discriminator: "petType" }, Cat: extending("Pet", "huntingSkill", { type: "string" }), Owner: owner } }).replaceAll("#/components/schemas/", "#/definitions/") });
    const model = modelOfFile(join(dir, "swagger.json"), "Pets");
    expect(typeNamed(model, "AnyPet")).toMatchObject({ base: "Pet", variants: [{ name: "Cat" }, { name: "Pet" }], preference: { property: "petType", cases: [{ value: "Cat", variant: "Cat" }, { value: "Pet", variant: "Pet" }] } });
    expect(propertyType(model, "Owner", "pet")).toEqual({ kind: "named", name: "AnyPet" });
  });

  it("is numbered where a definition has its name, and reads an extension that adds nothing as the base (a variant, it would take every value first)", () => {
    const model = modelOfDocument("clash.json", { Pet: pet, Cat: cat, Same: { allOf: [ref("Pet")] }, AnyPet: { type: "string" }, Owner: owner }, "3.1.0");
    expect(typeNamed(model, "AnyPet")).toMatchObject({ kind: "alias", definitionName: "AnyPet" });
    const union = typeNamed(model, "AnyPet2") as FirstMatchUnion;
    expect(union).toMatchObject({ kind: "union", base: "Pet", variants: [{ name: "Cat" }, { name: "Pet" }] });
    expect(union.preference?.cases).toEqual([
      { value: "Cat", variant: "Cat" },
      { value: "Pet", variant: "Pet" },
      { value: "Same", variant: "Pet" },
    ]);
    expect(propertyType(model, "Owner", "pet")).toEqual({ kind: "named", name: "AnyPet2" });
    expect(typeNamed(model, "Same")).toMatchObject({ kind: "alias", type: { kind: "named", name: "Pet" } });
  });

  it("is a reference to the base beside documentation, written as a $ref's siblings (3.1) or an allOf of it alone (3.0, nullable too)", () => {
    const described31 = { type: "object", properties: { pet: { $ref: "#/components/schemas/Pet", description: "The pet." } } };
    expect(propertyType(modelOfDocument("described-3.1.json", { Pet: pet, Cat: cat, Owner: described31 }, "3.1.0"), "Owner", "pet")).toEqual({ kind: "named", name: "AnyPet" });
    const wrapped30 = { type: "object", properties: { pet: { allOf: [ref("Pet")], description: "The pet." }, maybe: { allOf: [ref("Pet")], nullable: true } } };
    const model = modelOfDocument("wrapped-3.0.json", { Pet: pet, Cat: cat, Owner: wrapped30 });
    expect(propertyType(model, "Owner", "pet")).toEqual({ kind: "named", name: "AnyPet" });
    expect(propertyType(model, "Owner", "maybe")).toEqual({ kind: "nullable", type: { kind: "named", name: "AnyPet" } });
  });

  it("warns of a mapping to a schema that does not extend the base, not of one to the base or an extension", () => {
    const mapped = { ...pet, discriminator: { propertyName: "petType", mapping: { cat: ref("Cat").$ref, pet: "Pet", owner: ref("Owner").$ref, dog: "Dog" } } };
    const warnings = modelWarnings(modelOfDocument("mapped.json", { Pet: mapped, Cat: cat, Dog: dog, Owner: owner }));
    expect(warnings.map((warning) => warning.pointer)).toEqual(["/definitions/Pet/discriminator/mapping/owner"]);
    expect(warnings[0]!.reason).toBe('maps "owner" to #/components/schemas/Owner, which does not extend #/components/schemas/Pet (its allOf holds no $ref to it): a value whose "petType" is "owner" is still read as that schema or one that extends it (validators ignore the mapping)');
  });
});

// Azure OpenAI's chat extensions (fixtures/azure-openai: source and licence there), as Azure writes
// polymorphism: the base declares `type` (a closed enum) and a mapping, each extension its own
// `parameters`. Before, `data_sources` was a list of the base, each extension's parameters extra keys.
describe("a real description of that style: Azure OpenAI's chat extensions", () => {
  const model = modelOfFile(join(REPO_ROOT, "packages/codegen/test/fixtures/azure-openai/chat-extensions.json"), "ChatExtensions");
  const union = typeNamed(model, "AnyAzureChatExtensionConfiguration") as FirstMatchUnion;

  it("types data_sources as the union of the two extensions and the base, preferring the mapping's strings", () => {
    expect(propertyType(model, "CreateChatCompletionRequest", "data_sources")).toMatchObject({ kind: "array", items: { kind: "named", name: "AnyAzureChatExtensionConfiguration" } });
    expect(union.variants.map((variant) => variant.name)).toEqual(["AzureSearchChatExtensionConfiguration", "AzureCosmosDbChatExtensionConfiguration", "AzureChatExtensionConfiguration"]);
    expect(union.preference?.cases.slice(0, 2)).toEqual([
      { value: "azure_search", variant: "AzureSearchChatExtensionConfiguration" },
      { value: "azure_cosmos_db", variant: "AzureCosmosDbChatExtensionConfiguration" },
    ]);
  });

  it("reads an Azure Search entry as one, and one without its parameters as the base", () => {
    const validator = new ModelValidator(model);
    const chosen = (value: JsonValue) => selectVariant(union, value, (variant, candidate) => validator.validates(variant.type, candidate))?.name;
    const search = { type: "azure_search", parameters: { endpoint: "https://search.example.com", index_name: "docs", authentication: { type: "system_assigned_managed_identity" } } };
    expect(chosen(search)).toBe("AzureSearchChatExtensionConfiguration");
    expect(chosen({ type: "azure_cosmos_db" })).toBe("AzureChatExtensionConfiguration");
    expect(validator.validates({ kind: "named", name: "AnyAzureChatExtensionConfiguration" }, { type: "elasticsearch" })).toBe(false);
  });
});

// Azure's descriptions (Swagger 2, AutoRest) give a subtype its discriminator string with
// `x-ms-discriminator-value` on the subtype, not in a mapping. Cat and Dog both take any Pet (their
// own keys optional): before, a value naming "Microsoft.Dog" matched no case and the first variant, Cat, took it.
describe("Azure's x-ms-discriminator-value", () => {
  const open = (base: string, property: string, value: string) => ({ allOf: [ref(base), { type: "object", properties: { [property]: { type: "string" } } }], "x-ms-discriminator-value": value });
  const dogValue = { petType: "Microsoft.Dog", name: "Rex" };

  it("is the subtype's string in a base's union, in place of its name, and picks it among variants that all match", () => {
    const definitions = { Pet: { ...pet, discriminator: "petType" }, Cat: open("Pet", "huntingSkill", "Microsoft.Cat"), Dog: open("Pet", "packSize", "Microsoft.Dog"), Owner: owner };
    writeTree(dir, { "azure.json": JSON.stringify({ swagger: "2.0", info: { title: "Pets", version: "1" }, paths: {}, definitions }).replaceAll("#/components/schemas/", "#/definitions/") });
    const model = modelOfFile(join(dir, "azure.json"), "Pets");
    expect(typeNamed(model, "AnyPet")).toMatchObject({ variants: [{ name: "Cat" }, { name: "Dog" }, { name: "Pet" }] });
    expect((typeNamed(model, "AnyPet") as FirstMatchUnion).preference).toEqual({
      property: "petType",
      cases: [
        { value: "Microsoft.Cat", variant: "Cat" },
        { value: "Microsoft.Dog", variant: "Dog" },
        { value: "Pet", variant: "Pet" },
      ],
    });
    const validator = new ModelValidator(model);
    expect(validator.validates({ kind: "named", name: "Cat" }, dogValue)).toBe(true);
    expect(chosenVariant(model, "AnyPet", dogValue)).toBe("Dog");
    expect(chosenVariant(model, "AnyPet", { ...dogValue, petType: "Microsoft.Cat" })).toBe("Cat");
  });

  it("is the variant's string beside an anyOf with a discriminator, after the mapping's (both variants match)", () => {
    const pets = { anyOf: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "petType", mapping: { cat: "Cat" } } };
    const model = modelOfDocument("azure-oneof.json", { Pet: pet, Cat: open("Pet", "huntingSkill", "Microsoft.Cat"), Dog: open("Pet", "packSize", "Microsoft.Dog"), Pets: pets });
    const union = typeNamed(model, "Pets") as FirstMatchUnion;
    expect(union.preference?.cases).toEqual([
      { value: "cat", variant: "Cat" },
      { value: "Microsoft.Cat", variant: "Cat" },
      { value: "Microsoft.Dog", variant: "Dog" },
    ]);
    expect(chosenVariant(model, "Pets", dogValue)).toBe("Dog");
  });
});

describe("validateModel on a discriminated base's union", () => {
  const model = modelOfFile(FIXTURE, "Pets");
  const withUnion = (change: (union: FirstMatchUnion) => FirstMatchUnion): SchemaModel => {
    const types = model.types.map((type): NamedType => (type.name === "AnyPet" ? change(type as FirstMatchUnion) : type));
    const { typesByName: _index, ...parts } = model;
    return createSchemaModel({ ...parts, types });
  };

  it("accepts the built model", () => {
    expect(() => validateModel(withUnion((union) => union))).not.toThrow();
  });

  it("refuses a union whose last variant is not the base, or of a variant not built on it, or a oneOf", () => {
    const baseFirst = codegenErrorOf(() => validateModel(withUnion((union) => ({ ...union, variants: [...union.variants].reverse() }))));
    expect(baseFirst.message).toContain("union AnyPet of the base Pet: its last variant must be the base");
    const stranger = codegenErrorOf(() => validateModel(withUnion((union) => ({ ...union, variants: [{ name: "Owner", type: { kind: "named", name: "Owner" } }, ...union.variants] }))));
    expect(stranger.message).toContain("its variant Owner is no object type built on the base");
    // The base itself, under another name: it takes every value, and would leave the others none.
    const itself = codegenErrorOf(() => validateModel(withUnion((union) => ({ ...union, variants: [{ name: "Itself", type: { kind: "named", name: "Pet" } }, ...union.variants] }))));
    expect(itself.message).toContain("its variant Itself is no object type built on the base");
    const oneOf = codegenErrorOf(() => validateModel(withUnion((union) => ({ ...union, keyword: "oneOf" }))));
    expect(oneOf.message).toContain("must be an anyOf");
  });
});
