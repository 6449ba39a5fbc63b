// Every construct of issue 8 on a minimal schema of its own: what the model makes of it (expected
// values written by hand from the schema, never read back from the builder), and that every target
// renders it. No valid JSON Schema is refused.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { assertionsIn, describeAssertion, describeNamedType, describeTypeRef, PLAIN_WORDS } from "../src/model/describeAssertion.ts";
import { selectVariant } from "../src/model/selectVariant.ts";
import { isUntypedProperty, modelWarnings, summarizeModel } from "../src/model/summary.ts";
import { uninhabitedTypes } from "../src/model/uninhabitedTypes.ts";
import type { Assertion, EnumType, KeyPresenceUnion, NamedType, ObjectType, SchemaModel, TagUnion, TypeRef, UnionType } from "../src/model/types.ts";
import { buildModel } from "../src/model/buildModel.ts";
import { toSourceDocument } from "../src/input/document.ts";
import { targets } from "../src/targets/index.ts";
import { codegenErrorOf, draft07, modelOf, typeNamed } from "./helpers/model.ts";

const str: TypeRef = { kind: "string", constraints: {} };
const int: TypeRef = { kind: "integer", constraints: {} };
const named = (name: string): TypeRef => ({ kind: "named", name });
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, ...extra });

function object(model: SchemaModel, name: string): ObjectType {
  const type = typeNamed(model, name);
  expect(type.kind).toBe("object");
  return type as ObjectType;
}

function union(model: SchemaModel, name: string): UnionType {
  const type = typeNamed(model, name);
  expect(type.kind).toBe("union");
  return type as UnionType;
}

function propertyType(model: SchemaModel, owner: string, property: string): TypeRef {
  const found = object(model, owner).properties.find((candidate) => candidate.name === property);
  if (!found) throw new Error(`${owner} has no property ${property}`);
  return found.type;
}

function assertionsOf(type: TypeRef): readonly Assertion[] {
  expect(type.kind).toBe("constrained");
  return (type as Extract<TypeRef, { kind: "constrained" }>).assertions;
}

/** Every target renders the model without an error (the check each construct below ends with). */
function rendersEverywhere(model: SchemaModel): void {
  for (const target of targets) expect(target.render([model], {}).length, target.name).toBeGreaterThan(0);
}

describe("allOf and $ref with siblings", () => {
  // Found by a sweep of AsyncAPI, whose schema object narrows the draft-07 meta-schema's: its `items`
  // kept the meta-schema's union as the type and its own as a rule beside it, and `not`, allOf of the
  // base and itself, was a copy of itself.
  it("an allOf part another part implies goes: a union of wider variants, a reference to a wider definition", () => {
    const union2 = (ref: string) => ({ anyOf: [{ $ref: ref }, { type: "array", minItems: 1, items: { $ref: ref } }] });
    const model = modelOf(
      draft07({
        Base: obj({ items: union2("#/definitions/Base"), not: { $ref: "#/definitions/Base" } }),
        Ext: { allOf: [{ $ref: "#/definitions/Base" }, { properties: { items: union2("#/definitions/Ext"), not: { $ref: "#/definitions/Ext" }, discriminator: { type: "string" } } }] },
        // A union with a variant the other part's lacks is not implied: both stay.
        Loose: { allOf: [{ $ref: "#/definitions/Base" }, { properties: { items: { anyOf: [{ $ref: "#/definitions/Ext" }, { type: "string" }] } } }] },
      }),
    );
    expect(propertyType(model, "Ext", "not")).toEqual(named("Ext"));
    const items = propertyType(model, "Ext", "items");
    expect(items.kind).toBe("named");
    const variants = union(model, (items as { name: string }).name).variants.map((variant) => variant.type);
    expect(variants).toEqual([named("Ext"), { kind: "array", items: named("Ext"), constraints: { minItems: 1 } }]);
    expect(propertyType(model, "Loose", "items").kind).toBe("constrained");
    rendersEverywhere(model);
  });

  const model = modelOf(
    draft07({
      ProtocolMessage: obj({ seq: { type: "integer" }, type: { type: "string" } }, { required: ["seq", "type"] }),
      Request: { allOf: [{ $ref: "#/definitions/ProtocolMessage" }, obj({ type: { enum: ["request"] }, command: { type: "string" } }, { required: ["command"] })] },
      AttachRequest: { allOf: [{ $ref: "#/definitions/Request" }, obj({ command: { enum: ["attach"] } })], description: "Attach." },
    }),
  );

  it("merges the parts into one object, bases' properties first, a narrowed property taking the narrower type", () => {
    const attach = object(model, "AttachRequest");
    expect(attach.properties.map((p) => [p.name, p.type, p.required])).toEqual([
      ["seq", int, true],
      ["type", { kind: "literal", value: "request" }, true],
      ["command", { kind: "literal", value: "attach" }, true],
    ]);
    expect(attach.description).toBe("Attach.");
    expect(attach.additionalProperties).toEqual({ kind: "unknown" });
  });

  it("records each $ref'd object definition as a base", () => {
    expect(object(model, "AttachRequest").bases).toEqual([named("Request")]);
    expect(object(model, "Request").bases).toEqual([named("ProtocolMessage")]);
    expect(object(model, "ProtocolMessage").bases).toEqual([]);
    rendersEverywhere(model);
  });

  it("keeps what does not merge as an allOf assertion (two patterns), never dropping it", () => {
    const two = modelOf(draft07({ Code: { allOf: [{ type: "string", pattern: "^a" }, { pattern: "b$" }] } }));
    const code = typeNamed(two, "Code");
    expect(code.kind).toBe("alias");
    // The second pattern is kept as an assertion the validators enforce, on the first's string type.
    expect((code as Extract<NamedType, { kind: "alias" }>).type).toEqual({
      kind: "constrained",
      type: { kind: "string", constraints: { pattern: "^a" } },
      // The part names no type: alone it lets other values through, which on a string changes nothing.
      assertions: [{ kind: "allOf", type: { kind: "string", constraints: { pattern: "b$" }, otherTypesPass: true }, pointer: "/definitions/Code/allOf/1" }],
    });
    rendersEverywhere(two);
  });

  it("parts with patterns and a closed extra-key rule each stay an assertion of their own (found by random schemas: the pair, kept as allOf, was merged again without end)", () => {
    const model = modelOf(draft07({ Tagged: { allOf: [{ patternProperties: { "^x-": { type: "string" } } }, { additionalProperties: false, patternProperties: { "^x-": { type: "integer" } } }] } }));
    const tagged = typeNamed(model, "Tagged") as Extract<NamedType, { kind: "alias" }>;
    const parts = assertionsOf(tagged.type).map((assertion) => {
      if (assertion.kind !== "allOf" || assertion.type.kind !== "named") throw new Error(`expected an allOf assertion of a named type, got ${JSON.stringify(assertion)}`);
      const part = object(model, assertion.type.name);
      return { patterns: part.patternProperties.map((pattern) => [pattern.pattern, pattern.type.kind]), additional: part.additionalProperties };
    });
    expect(parts).toEqual([
      { patterns: [["^x-", "string"]], additional: { kind: "unknown" } },
      { patterns: [["^x-", "integer"]], additional: false },
    ]);
    rendersEverywhere(model);
  });

  it("a closed part with another part's extra properties keeps both as assertions", () => {
    const closed = modelOf(draft07({ C: { allOf: [obj({ a: { type: "string" } }, { additionalProperties: false }), obj({ b: { type: "string" } })] } }));
    const c = object(closed, "C");
    // Key b meets the first part's `additionalProperties: false`: it can never be present.
    expect(c.properties.map((p) => p.name)).toEqual(["a", "b"]);
    expect(c.additionalProperties).toBe(false);
    const b = c.properties[1]!.type;
    expect(b.kind).toBe("constrained");
    rendersEverywhere(closed);
  });

  it("reads $ref with sibling keywords as allOf of the two (AJV's semantics in every draft)", () => {
    const siblings = modelOf(draft07({ Name: { type: "string", minLength: 1 }, Short: { $ref: "#/definitions/Name", maxLength: 3 } }));
    expect(typeNamed(siblings, "Short")).toMatchObject({ kind: "alias", type: { kind: "string", constraints: { minLength: 1, maxLength: 3 } } });
    // A $ref with only annotations beside it stays a reference.
    const documented = modelOf(draft07({ Name: { type: "string" }, Label: { $ref: "#/definitions/Name", description: "A label." } }));
    expect(typeNamed(documented, "Label")).toMatchObject({ kind: "alias", type: named("Name"), description: "A label." });
    rendersEverywhere(siblings);
  });

  it("read as draft-07 and earlier say (refSiblings: \"ignore\"), keywords beside a $ref are dropped; 2019-09 on they apply whatever the option", () => {
    const schema = { Name: { type: "string", minLength: 1 }, Short: { $ref: "#/definitions/Name", maxLength: 3, description: "Short." } };
    const ignored = buildModel(toSourceDocument(draft07(schema), "test:siblings"), { refSiblings: "ignore" });
    expect(typeNamed(ignored, "Short")).toMatchObject({ kind: "alias", type: named("Name"), description: "Short." });
    const later = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Name: { type: "string", minLength: 1 }, Short: { $ref: "#/$defs/Name", maxLength: 3 } } };
    const applied = buildModel(toSourceDocument(later, "test:siblings-2020"), { refSiblings: "ignore" });
    expect(typeNamed(applied, "Short")).toMatchObject({ kind: "alias", type: { kind: "string", constraints: { minLength: 1, maxLength: 3 } } });
  });

  it("a merged $ref to a definition that only refers follows it to the rules it names (found by GitHub's workflow schema: a pattern's rule merged with branches → globs lost minItems)", () => {
    const chained = modelOf(
      draft07({
        Globs: { type: "array", items: { type: "string" }, minItems: 1 },
        Branch: { $ref: "#/definitions/Globs", description: "Branch globs." },
        Short: { $ref: "#/definitions/Branch", maxItems: 3 },
      }),
    );
    expect(typeNamed(chained, "Short")).toMatchObject({ kind: "alias", type: { kind: "array", items: str, constraints: { minItems: 1, maxItems: 3 } } });
    rendersEverywhere(chained);
  });

  it("a `type` beside a $ref that only restates the target's type keeps the reference (found by renovate.json: `\"type\": \"object\", \"$ref\": \"#\"` made 25 copies of the root)", () => {
    const recursive = modelOf({
      $schema: "http://json-schema.org/draft-04/schema#",
      type: "object",
      properties: { name: { type: "string" }, a: { type: "object", description: "A.", $ref: "#" }, b: { type: "object", $ref: "#" } },
    });
    expect(recursive.types.map((type) => type.name)).toEqual(["Test"]);
    expect(propertyType(recursive, "Test", "a")).toEqual(named("Test"));
    expect(propertyType(recursive, "Test", "b")).toEqual(named("Test"));
    // `number` holds every integer; a narrower or another type is a rule of its own and still merges.
    const counts = modelOf(draft07({ Count: { type: "integer", minimum: 0 }, Total: { type: "number", $ref: "#/definitions/Count" }, Either: { type: "string", $ref: "#/definitions/Count" } }));
    expect(typeNamed(counts, "Total")).toMatchObject({ kind: "alias", type: named("Count") });
    expect(typeNamed(counts, "Either")).not.toMatchObject({ kind: "alias", type: named("Count") });
    rendersEverywhere(recursive);
  });

  it("keywords of a type that a `type` beside a $ref excludes add no rule either: the reference stays (found by renovate-schema.json: `\"type\": \"object\", \"$ref\": \"#\", \"items\": {…}` made three more copies of the root)", () => {
    const recursive = modelOf({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: { name: { type: "string" }, tasks: { type: "object", $ref: "#", items: { type: "string" }, minItems: 1, maxLength: 3 } },
    });
    expect(recursive.types.map((type) => type.name)).toEqual(["Test"]);
    expect(propertyType(recursive, "Test", "tasks")).toEqual(named("Test"));
    // An object keyword beside an object type is a rule: it still merges.
    const closed = modelOf(draft07({ Base: obj({ a: { type: "string" } }), Narrow: { type: "object", $ref: "#/definitions/Base", maxProperties: 1 } }));
    expect(typeNamed(closed, "Narrow")).not.toMatchObject({ kind: "alias", type: named("Base") });
    rendersEverywhere(recursive);
  });

  it("a `not` beside a $ref that excludes only types the target never has keeps the reference (found by OSCAL: `allOf: [{$ref: responsible-party}, {not: {type: string}}]` made a second ResponsibleParty)", () => {
    const model = modelOf(
      draft07({
        Party: obj({ id: { type: "string" } }),
        Count: { type: "integer" },
        Holder: obj({
          parties: { type: "object", additionalProperties: { allOf: [{ $ref: "#/definitions/Party" }, { not: { type: "string" } }] } },
          either: { allOf: [{ $ref: "#/definitions/Party" }, { type: "object", not: { type: ["string", "null"] } }] },
          // A number holds every integer, so excluding numbers excludes the target's values: a rule of its own.
          count: { allOf: [{ $ref: "#/definitions/Count" }, { not: { type: "number" } }] },
          // A `not` with more than a type is a rule of its own.
          short: { allOf: [{ $ref: "#/definitions/Party" }, { not: { type: "string", required: ["id"] } }] },
        }),
      }),
    );
    expect(propertyType(model, "Holder", "parties")).toMatchObject({ kind: "record", values: named("Party") });
    expect(propertyType(model, "Holder", "either")).toEqual(named("Party"));
    expect(propertyType(model, "Holder", "count")).not.toEqual(named("Count"));
    expect(propertyType(model, "Holder", "short")).not.toEqual(named("Party"));
    rendersEverywhere(model);
  });

  it("parts that no value satisfies together are no type at all; a union drops variants its siblings exclude", () => {
    const model = modelOf(
      draft07({
        Never: { allOf: [{ type: "string" }, { type: "integer" }] },
        Text: { type: "string", anyOf: [{ type: "string", maxLength: 3 }, { type: "object" }] },
      }),
    );
    expect(typeNamed(model, "Never")).toMatchObject({ kind: "alias", type: { kind: "constrained", type: { kind: "unknown" }, assertions: [{ kind: "not", type: { kind: "unknown" } }] } });
    expect(typeNamed(model, "Text")).toMatchObject({ kind: "alias", type: { kind: "string", constraints: { maxLength: 3 } } });
  });

  it("a definition merged into one listed before it names its own inline parts (found on GitLab CI's job: allOf of job_template and a rule)", () => {
    // Job comes first and merges Template with a rule beside; Template's oneOf variants and its
    // property's object were lifted while Job was translated, named JobDelayed, JobOther and
    // JobDelayedArtifacts, and Template's union then held Job's names.
    const template = obj(
      { when: { type: "string" }, artifacts: obj({ paths: { type: "array", items: { type: "string" } } }) },
      { oneOf: [{ properties: { when: { enum: ["delayed"] } }, required: ["when"], title: "Delayed" }, { properties: { when: { not: { enum: ["delayed"] } } }, title: "Other" }] },
    );
    const model = modelOf(draft07({ Job: { allOf: [{ $ref: "#/definitions/Template" }, { anyOf: [{ required: ["script"] }, { required: ["extends"] }] }] }, Template: template }));
    expect(union(model, "Template").variants.map((variant) => variant.type)).toEqual([named("TemplateDelayed"), named("TemplateOther")]);
    // `artifacts` is written beside Template's union: named after it, not after its first variant.
    expect(propertyType(model, "TemplateDelayed", "artifacts")).toEqual(named("TemplateArtifacts"));
    // Job's value is Template's union, its variants Template's types, with Job's rule beside it.
    expect(model.types.map((type) => type.name).filter((name) => /^Job(Delayed|Other)/.test(name))).toEqual([]);
    // The definitions are still listed as the document lists them.
    expect(model.types.filter((type) => type.definitionName !== undefined).map((type) => type.name)).toEqual(["Job", "Template"]);
    rendersEverywhere(model);
  });

  it("a $ref to a definition that is part of itself is an error with its pointer", () => {
    const error = codegenErrorOf(() => modelOf(draft07({ A: { allOf: [{ $ref: "#/definitions/A" }, obj({ x: { type: "string" } })] } })));
    expect(error.pointer).toBe("/definitions/A/allOf/0/$ref");
    expect(error.reason).toContain("is part of itself");
  });
});

describe("unions beyond a tag", () => {
  const tagged = (property: string, value: unknown, extra: Record<string, unknown> = {}) =>
    obj({ [property]: { const: value }, ...extra }, { required: [property, ...Object.keys(extra)] });

  it("first-match variants of one JSON type are named after what tells each apart (found on Azure Functions' bindings, OpenAPI Overlay's actions, a source map's sections: Object, Object2…)", () => {
    const names = (schema: Record<string, unknown>) => union(modelOf(draft07({ U: schema })), "U").variants.map((variant) => variant.name);
    // Variants that name no type are first-match; each pins `type` to a constant of its own.
    const pinned = { properties: { path: { type: "string" } }, oneOf: [{ properties: { type: { enum: ["blobTrigger"] }, direction: { enum: ["in"] } } }, { properties: { type: { enum: ["blob"] } } }] };
    expect(names(pinned)).toEqual(["BlobTrigger", "Blob"]);
    // Each alone requires a key.
    const required = { properties: { target: { type: "string" } }, oneOf: [{ properties: { update: {} }, required: ["update"] }, { properties: { copy: { type: "string" } }, required: ["copy"] }, { properties: { remove: { type: "boolean" } }, required: ["remove"] }] };
    expect(names(required)).toEqual(["Update", "Copy", "Remove"]);
    // Each alone declares a key.
    const declared = { oneOf: [{ additionalProperties: false, properties: { url: { type: "string" } } }, { additionalProperties: false, properties: { map: { type: "object" } } }] };
    expect(names(declared)).toEqual(["Url", "Map"]);
    // One declaring three keys of its own is named after the first (sweep S, Travis' job env: Object, Object2).
    const declaredMore = { oneOf: [{ additionalProperties: false, properties: { global: {} } }, { additionalProperties: false, properties: { matrix: {}, jobs: {}, secure: {} } }] };
    expect(names(declaredMore)).toEqual(["Global", "Matrix"]);
    // Where nothing tells every one apart (two pin `type` to "sql"), they keep their type's name, numbered.
    const shared = { oneOf: [{ properties: { type: { enum: ["sqlTrigger"] }, table: { type: "string" } } }, { properties: { type: { enum: ["sql"] } } }, { properties: { type: { const: "sql" }, direction: { const: "out" } } }] };
    expect(names(shared)).toEqual(["Object", "Object2", "Object3"]);
    // Constants that tell all but a catch-all apart name theirs; the catch-all keeps its type's name
    // (sweep T, CityJSON's city objects by `type` beside any "+Extension" type: Object to Object33).
    const beside = { oneOf: [{ allOf: [{ properties: { id: { type: "string" } } }, { properties: { type: { enum: ["Building"] } }, required: ["type"] }] }, { allOf: [{ properties: { id: { type: "string" } } }, { properties: { type: { enum: ["Road"] } }, required: ["type"] }] }, { type: "object", properties: { type: { type: "string", pattern: "^\\+" } }, required: ["type"] }] };
    expect(names(beside)).toEqual(["Building", "Road", "Object"]);
  });

  it("a key-presence case requiring more than two keys is named after the first no other case requires (found on Ethereum's execution-apis: UMaxFeePerGasMaxPriorityFeePerGasChainId)", () => {
    const requiring = (required: string[]) => obj(Object.fromEntries(required.map((key) => [key, { type: "string" }])), { required });
    const u = union(
      modelOf(draft07({ U: { anyOf: [requiring(["nonce", "maxFeePerGas", "maxPriorityFeePerGas", "chainId"]), requiring(["nonce", "gasPrice", "chainId", "accessList"]), requiring(["nonce", "gasPrice"]), requiring(["nonce", "chainId", "gasPrice", "to"])] } })),
      "U",
    );
    expect(u.rule).toBe("keyPresence");
    // Beside the key every case requires (nonce), three cases require three keys: each is named after
    // the first of them no other case requires (maxFeePerGas, accessList, to); a case of one key keeps it.
    expect(u.variants.map((variant) => variant.name)).toEqual(["MaxFeePerGas", "AccessList", "To", "GasPrice"]);
  });

  it("a variant named after a key a property beside the union declares leaves that property's type its name (found on Read the Docs' build: ReadthedocsBuildTools2)", () => {
    // anyOf [{required: [tools]}, {required: [commands]}] beside properties tools (an object) and
    // commands: the variants were Build + Tools and Build + Commands, the names the two properties'
    // types take, so tools' type was numbered (BuildTools2).
    const tools = obj({ python: { enum: ["3.12", "latest"] } }, { additionalProperties: false });
    const model = modelOf(draft07({ Build: obj({ os: { type: "string" }, tools, commands: { type: "array", items: { type: "string" } } }, { required: ["os"], anyOf: [{ required: ["tools"] }, { required: ["commands"] }], additionalProperties: false }) }));
    const build = union(model, "Build");
    expect(build.variants.map((variant) => [variant.name, variant.type])).toEqual([
      ["Tools", named("BuildWithTools")],
      ["Commands", named("BuildWithCommands")],
    ]);
    expect(propertyType(model, "BuildWithTools", "tools")).toEqual(named("BuildTools"));
    expect(model.types.map((type) => type.name)).not.toContain("BuildTools2");
    // One variant's name is a property's: every variant of the union is "with" its name, the one
    // named after a key that is only required too (drone's volumes: VolumesItemWithHost, VolumesItemWithPath).
    const requiredOnly = modelOf(draft07({ Build: obj({ tools }, { anyOf: [{ required: ["tools"] }, { required: ["path"] }] }) }));
    expect(union(requiredOnly, "Build").variants.map((variant) => variant.type)).toEqual([named("BuildWithTools"), named("BuildWithPath")]);
    rendersEverywhere(model);
  });

  it("a variant keeps its plain name when the property beside the union that could take it gets no type of that name (found on the registry sweep: MediaWithSchema beside a `schema` that is a record)", () => {
    // oneOf [{required: [schema]}, {required: [content]}] beside properties schema and content: the
    // variants were "with" their names because the properties could take Media + Schema and Media +
    // Content, though neither does: an object of no declared keys is a record, a $ref its definition's.
    const content = { type: "object", additionalProperties: { type: "string" } };
    const variants = (model: SchemaModel) => union(model, "Media").variants.map((variant) => [variant.name, variant.type]);
    const record = modelOf(draft07({ Media: obj({ schema: { type: "object" }, content }, { oneOf: [{ required: ["schema"] }, { required: ["content"] }] }) }));
    expect(variants(record)).toEqual([
      ["Schema", named("MediaSchema")],
      ["Content", named("MediaContent")],
    ]);
    const reference = modelOf(draft07({ Media: obj({ schema: { $ref: "#/definitions/Shape" }, content }, { oneOf: [{ required: ["schema"] }, { required: ["content"] }] }), Shape: obj({ format: { type: "string" } }) }));
    expect(variants(reference)).toEqual([
      ["Schema", named("MediaSchema")],
      ["Content", named("MediaContent")],
    ]);
    expect(propertyType(reference, "MediaSchema", "schema")).toEqual(named("Shape"));
    // Control: where the property's own type takes the plain name (an object of its own keys), the
    // variants stay "with" theirs, each of them.
    const taken = modelOf(draft07({ Media: obj({ schema: obj({ format: { type: "string" } }), content }, { oneOf: [{ required: ["schema"] }, { required: ["content"] }] }) }));
    expect(variants(taken)).toEqual([
      ["Schema", named("MediaWithSchema")],
      ["Content", named("MediaWithContent")],
    ]);
    expect(propertyType(taken, "MediaWithSchema", "schema")).toEqual(named("MediaSchema"));
    for (const model of [record, reference, taken]) rendersEverywhere(model);
  });

  it("a variant that is only a $ref to a schema filed elsewhere is named as that schema is (found on Ethereum's execution-apis: MaxFeePerGasMaxPriorityFeePerGasGasPriceChainIdAccessListYParity)", () => {
    const signed = (version: string, required: string[]) => ({ title: `Signed ${version} Transaction`, type: "object", properties: Object.fromEntries(required.map((key) => [key, { type: "string" }])), required });
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $ref: "#/components/schemas/TransactionSigned",
      components: {
        schemas: {
          Signed1559: signed("1559", ["type", "maxFeePerGas", "gasPrice", "chainId"]),
          SignedLegacy: signed("Legacy", ["type", "gasPrice", "v"]),
          TransactionSigned: { oneOf: [{ $ref: "#/components/schemas/Signed1559" }, { $ref: "#/components/schemas/SignedLegacy" }] },
        },
      },
    });
    // Under its author's key, as its type is.
    expect(union(model, "TransactionSigned").variants.map((variant) => [variant.name, variant.type])).toEqual([
      ["Signed1559", named("Signed1559")],
      ["SignedLegacy", named("SignedLegacy")],
    ]);
    // Under no key of its author's: its title.
    const titled = modelOf(draft07({ U: { oneOf: [{ $ref: "#/properties/a" }, { $ref: "#/properties/b" }] } }, { properties: { a: signed("1559", ["maxFeePerGas"]), b: signed("Legacy", ["v"]) } }));
    expect(union(titled, "U").variants.map((variant) => variant.name)).toEqual(["Signed1559Transaction", "SignedLegacyTransaction"]);
    // A definition keeps its own name, whatever its title.
    const keyed = (key: string, title?: string) => ({ ...(title ? { title } : {}), type: "object", properties: { [key]: { type: "string" } }, required: [key] });
    const own = modelOf(draft07({ U: { oneOf: [{ $ref: "#/definitions/A" }, { $ref: "#/definitions/B" }] }, A: keyed("a", "Alpha thing"), B: keyed("b") }));
    expect(union(own, "U").variants.map((variant) => variant.name)).toEqual(["A", "B"]);
  });

  it("a tag of non-string constants (integers, booleans)", () => {
    const model = modelOf(draft07({ Level: { oneOf: [tagged("v", 1, { a: { type: "string" } }), tagged("v", 2, { b: { type: "string" } })] } }));
    const level = union(model, "Level") as TagUnion;
    expect(level.rule).toBe("tag");
    expect(level.property).toBe("v");
    expect(level.variants.map((v) => [v.name, v.tag])).toEqual([
      ["V1", 1],
      ["V2", 2],
    ]);
    // A2A's errors, told apart by negative JSON-RPC codes: a number's sign and point stay in the name.
    const signed = modelOf(draft07({ Code: { anyOf: [tagged("code", -1, { a: { type: "string" } }), tagged("code", 1, { b: { type: "string" } }), tagged("code", 1.5, { c: { type: "string" } }), tagged("code", 15, { d: { type: "string" } })] } }));
    expect((union(signed, "Code") as TagUnion).variants.map((v) => [v.name, v.tag])).toEqual([
      ["VMinus1", -1],
      ["V1", 1],
      ["V1Point5", 1.5],
      ["V15", 15],
    ]);
    rendersEverywhere(signed);
    const flag = modelOf(draft07({ Flag: { anyOf: [tagged("on", true), tagged("on", false, { why: { type: "string" } })] } }));
    expect((union(flag, "Flag") as TagUnion).variants.map((v) => v.tag)).toEqual([true, false]);
    rendersEverywhere(model);
    rendersEverywhere(flag);
  });

  // Found by sweep AF on Pulumi's package meta-schema (pulumi/pulumi pkg/codegen/schema/pulumi.json,
  // Apache-2.0): its typeSpec's "Primitive Type" variant, `type: {enum: [boolean, integer, number,
  // string]}`, was `TypeSpecByTypeBoolean`, under `.integer` and `.string` too.
  it("a variant whose tag takes several values is named by its title, not by its first value", () => {
    const primitive = { title: "Primitive Type", type: "object", properties: { type: { type: "string", enum: ["boolean", "integer", "string"] } }, required: ["type"] };
    const array = { title: "Array Type", type: "object", properties: { type: { const: "array" }, items: { $ref: "#/definitions/TypeSpec" } }, required: ["type", "items"] };
    const model = modelOf(draft07({ TypeSpec: { oneOf: [primitive, array] } }));
    const spec = union(model, "TypeSpec") as TagUnion;
    expect(spec.variants.map((v) => [v.tag, v.type])).toEqual([
      ["boolean", { kind: "named", name: "TypeSpecPrimitiveType" }],
      ["integer", { kind: "named", name: "TypeSpecPrimitiveType" }],
      ["string", { kind: "named", name: "TypeSpecPrimitiveType" }],
      // A variant of one value is still named after it.
      ["array", { kind: "named", name: "TypeSpecArray" }],
    ]);
    rendersEverywhere(model);
  });

  // Found by sweep Q on GeoJSON: `crs`, written beside the `oneOf` of geometries, was "GeojsonPointCrs".
  it("a property written beside a union is named after the union, not the first variant it is distributed into", () => {
    const model = modelOf(draft07({ Shape: { ...obj({ meta: obj({ n: { type: "string" } }) }), oneOf: [tagged("kind", "a"), tagged("kind", "b")] } }));
    expect(typeNamed(model, "ShapeMeta")).toMatchObject({ kind: "object", pointer: "/definitions/Shape/properties/meta" });
    expect(model.types.map((type) => type.name)).not.toContain("ShapeAMeta");
    expect(propertyType(model, "ShapeB", "meta")).toEqual(named("ShapeMeta"));
    rendersEverywhere(model);
  });

  // Found by sweep Q: the cases of `if: true, then: {const: "then"}, else: {const: "else"}` were gathered
  // into the enum ["then", "else"], the else case's `not: true` dropped, and DRF and Swift took "else".
  it("a constant variant with an assertion beside it is no plain constant: the union keeps the rule", () => {
    const model = modelOf(draft07({ U: { oneOf: [{ const: "a" }, { const: "b", not: { type: "string" } }] } }));
    const type = typeNamed(model, "U");
    expect(type.kind).toBe("union");
    const rules = (type as UnionType).variants.flatMap((v) => (v.type.kind === "constrained" ? v.type.assertions.map((a) => a.kind) : []));
    expect(rules).toEqual(["not"]);
    rendersEverywhere(model);
    // With `not: true` beside it (merged from its allOf) the variant refuses every value and is no case: "b" is not taken.
    const dropped = modelOf(draft07({ U: { oneOf: [{ const: "a" }, { allOf: [{ not: true }, { const: "b" }] }] } }));
    expect(typeNamed(dropped, "U")).toMatchObject({ kind: "alias", type: { kind: "literal", value: "a" } });
    rendersEverywhere(dropped);
  });

  it("a tag value two variants share selects a union of those two, told apart otherwise", () => {
    const model = modelOf(
      draft07({
        Field: {
          anyOf: [
            tagged("type", "string", { enum: { type: "array" } }),
            tagged("type", "string"),
            obj({ type: { enum: ["number", "integer"] } }, { required: ["type"] }),
          ],
        },
      }),
    );
    const field = union(model, "Field") as TagUnion;
    expect(field.variants.map((v) => [v.name, v.tag, v.type])).toEqual([
      ["String", "string", named("FieldString")],
      ["Number", "number", named("FieldNumber")],
      ["Integer", "integer", named("FieldNumber")],
    ]);
    const strings = union(model, "FieldString") as KeyPresenceUnion;
    expect(strings.rule).toBe("keyPresence");
    expect(strings.variants.map((v) => v.keys)).toEqual([["enum"], []]);
    // Both number and integer select the same object.
    expect(object(model, "FieldNumber").properties.map((p) => p.name)).toEqual(["type"]);
    rendersEverywhere(model);
  });

  // Found in OpenAPI 3.1's schema: grouping by a value every variant allows gave the same variants
  // again, and the builder recursed until the stack ran out.
  it("a property with a value every variant allows is no tag: the keys present tell them apart", () => {
    const kinds = { enum: ["a", "b"] };
    const model = modelOf(
      draft07({
        Both: { oneOf: [obj({ kind: kinds, x: { type: "string" } }, { required: ["kind", "x"] }), obj({ kind: kinds, y: { type: "string" } }, { required: ["kind", "y"] })] },
        Overlap: { oneOf: [obj({ kind: { enum: ["a", "b"] }, x: { type: "string" } }, { required: ["kind", "x"] }), obj({ kind: { enum: ["a", "c"] }, y: { type: "string" } }, { required: ["kind", "y"] })] },
      }),
    );
    for (const name of ["Both", "Overlap"]) {
      const both = union(model, name) as KeyPresenceUnion;
      expect(both.rule, name).toBe("keyPresence");
      expect(both.variants.map((v) => v.keys)).toEqual([["x"], ["y"]]);
    }
    rendersEverywhere(model);
  });

  it("tagged variants mixed with untagged ones: the tagged union is one variant among the rest", () => {
    const model = modelOf(draft07({ Item: { anyOf: [tagged("kind", "a"), tagged("kind", "b"), obj({ ref: { type: "string" } }, { required: ["ref"] })] } }));
    const item = union(model, "Item") as KeyPresenceUnion;
    expect(item.rule).toBe("keyPresence");
    expect(item.variants.map((v) => [v.name, v.keys])).toEqual([
      ["ByKind", ["kind"]],
      ["Ref", ["ref"]],
    ]);
    const byKind = union(model, "ItemByKind") as TagUnion;
    expect(byKind).toMatchObject({ rule: "tag", property: "kind" });
    expect(byKind.variants.map((v) => v.tag)).toEqual(["a", "b"]);
    rendersEverywhere(model);
  });

  // TypeBox writes a definition used inside another by value, not by $ref (Claude Code's tool inputs):
  // a variant that is an inline copy of a definition is named after it (Swift's `.globInput(GlobInput)`,
  // not `.object2`), unless several definitions have that shape.
  it("a variant that is an inline copy of one definition is named after it; a shape several definitions share is not", () => {
    const glob = obj({ pattern: { type: "string" }, path: { type: "string" } }, { required: ["pattern"] });
    const grep = obj({ pattern: { type: "string" }, glob: { type: "string" } }, { required: ["pattern"] });
    const model = modelOf(draft07({ GlobInput: glob, GrepInput: grep, Input: { anyOf: [glob, grep] } }));
    // Both require `pattern`, so no key tells them apart: they are tried in turn.
    expect(union(model, "Input").variants.map((v) => [v.name, v.type])).toEqual([
      ["GlobInput", named("GlobInput")],
      ["GrepInput", named("GrepInput")],
    ]);
    rendersEverywhere(model);
    // A second definition of Glob's shape (FindInput) leaves that shape no single name.
    const shared = modelOf(draft07({ GlobInput: glob, FindInput: glob, GrepInput: grep, Input: { anyOf: [glob, grep] } }));
    expect(union(shared, "Input").variants.map((v) => v.name)).toEqual(["Object", "GrepInput"]);
    rendersEverywhere(model);
  });

  // MCP 2025-03-26 writes its JSON-RPC batches twice: as definitions (JSONRPCBatchRequest, an array of
  // requests or notifications) and, by value, as variants of JSONRPCMessage met first. An array is no
  // type of its own, so the copy was named for its place: `.array` / `.array2`, and the definition,
  // translated later, took the copy's item type (`JSONRPCBatchRequest = [JSONRPCMessageArrayArrayItem]`).
  it("a variant that is an inline copy of an array definition is named after it, and so are its items", () => {
    const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
    const batch = (...names: string[]) => ({ type: "array", items: { anyOf: names.map(ref) } });
    const rpc = (required: string[]) => obj(Object.fromEntries(required.map((key) => [key, {}])), { required: ["jsonrpc", ...required] });
    const model = modelOf(
      draft07({
        Message: { anyOf: [ref("Request"), batch("Request", "Notification"), batch("Response", "Error")] },
        BatchRequest: { description: "A JSON-RPC batch request.", ...batch("Request", "Notification") },
        BatchResponse: batch("Response", "Error"),
        Request: rpc(["id", "method"]),
        Notification: rpc(["method"]),
        Response: rpc(["id", "result"]),
        Error: rpc(["id", "error"]),
      }),
    );
    const arrays = model.types.find((type) => type.kind === "union" && type.variants.some((variant) => variant.name === "BatchRequest"));
    expect(arrays?.kind === "union" ? arrays.variants.map((v) => [v.name, v.type]) : undefined).toEqual([
      ["BatchRequest", { kind: "array", items: named("BatchRequestItem"), constraints: {} }],
      ["BatchResponse", { kind: "array", items: named("BatchResponseItem"), constraints: {} }],
    ]);
    expect(typeNamed(model, "BatchRequest")).toMatchObject({ kind: "alias", type: { kind: "array", items: named("BatchRequestItem") } });
    rendersEverywhere(model);
  });

  // The Agent Client Protocol's root is an anyOf of references to its message unions, and its
  // responses (ClientResponse, AgentResponse) include null: the null joined the root's, and the rest of
  // each reference, split off without its name, was named for its JSON type (`.object`, `.object2`).
  it("a variant referring to a nullable definition keeps the definition's name once its null joins the union's", () => {
    const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
    const keyed = (key: string) => obj({ [key]: { type: "string" } }, { required: [key] });
    const model = modelOf(
      draft07(
        {
          X: keyed("x"),
          Y: keyed("y"),
          Z: keyed("z"),
          W: keyed("w"),
          ClientResponse: { anyOf: [{ type: "null" }, ref("X"), ref("Y")] },
          AgentResponse: { anyOf: [ref("Z"), { type: "null" }, ref("W")] },
        },
        { title: "Message", anyOf: [ref("ClientResponse"), ref("AgentResponse")] },
      ),
    );
    const root = model.types.find((type) => type.kind === "union" && type.pointer === "");
    expect(root?.kind === "union" ? root.variants.map((v) => v.name) : undefined).toEqual(["ClientResponse", "AgentResponse"]);
    rendersEverywhere(model);
  });

  // A2A's A2AError is an anyOf of its error definitions, each tagged by a constant `code`: named by
  // value, Swift's cases were `.vMinus32700(JSONParseError)`; a number names a case only when no
  // definition does.
  it("a number tag names its case after the one definition that holds it, else after the value", () => {
    const error = (code: number) => obj({ code: { const: code, type: "integer" }, message: { type: "string" } }, { required: ["code", "message"] });
    const model = modelOf(
      draft07({
        JSONParseError: error(-32700),
        InvalidRequestError: error(-32600),
        A2AError: { anyOf: [{ $ref: "#/definitions/JSONParseError" }, { $ref: "#/definitions/InvalidRequestError" }, error(-32001)] },
      }),
    );
    const errors = union(model, "A2AError") as TagUnion;
    expect(errors.rule).toBe("tag");
    expect(errors.variants.map((v) => [v.name, v.tag])).toEqual([
      ["JSONParseError", -32700],
      ["InvalidRequestError", -32600],
      ["VMinus32001", -32001],
    ]);
    rendersEverywhere(model);
  });

  // MCP 2025-11-25's sampling content is one content block or a list of them, written as an anyOf of
  // the blocks' references and an array of SamplingMessageContentBlock, itself an anyOf of the same
  // references: the object side was a union of its own (CreateMessageResultContentObject), a copy of
  // SamplingMessageContentBlock under another name.
  it("the variants of one JSON type that are exactly a union definition's references are that definition", () => {
    const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
    const keyed = (key: string) => obj({ [key]: { type: "string" } }, { required: [key] });
    const model = modelOf(
      draft07({
        Content: { anyOf: [ref("Text"), ref("Image"), { type: "array", items: ref("Block") }] },
        Mixed: { anyOf: [ref("Image"), ref("Text"), { type: "string" }] },
        Block: { anyOf: [ref("Text"), ref("Image")] },
        Text: keyed("text"),
        Image: keyed("data"),
      }),
    );
    expect(union(model, "Content").variants.map((v) => [v.name, v.type])).toEqual([
      ["Object", named("Block")],
      ["Array", { kind: "array", items: named("Block"), constraints: {} }],
    ]);
    // Another order is another union (the first match differs): not Block.
    expect(union(model, "Mixed").variants.map((v) => v.type)).not.toContainEqual(named("Block"));
    rendersEverywhere(model);
  });

  it("open objects told apart by their required keys (JSON-RPC request, notification, response, error), most specific first", () => {
    const rpc = (required: string[]) => obj(Object.fromEntries(required.map((key) => [key, {}])), { required: ["jsonrpc", ...required] });
    const model = modelOf(
      draft07({
        Request: rpc(["id", "method"]),
        Notification: rpc(["method"]),
        Response: rpc(["id", "result"]),
        Error: rpc(["id", "error"]),
        Message: { anyOf: ["Request", "Notification", "Response", "Error"].map((name) => ({ $ref: `#/definitions/${name}` })) },
      }),
    );
    const message = union(model, "Message") as KeyPresenceUnion;
    expect(message.rule).toBe("keyPresence");
    expect(message.variants.map((v) => [v.name, v.keys])).toEqual([
      ["Request", ["id", "method"]],
      ["Response", ["id", "result"]],
      ["Error", ["id", "error"]],
      ["Notification", ["method"]],
    ]);
    // A notification carrying a stray `id` is a candidate for Request too; it belongs to the first
    // candidate it validates against.
    const value = { jsonrpc: "2.0", method: "ping", id: null };
    expect(selectVariant(message, value)!.name).toBe("Request");
    expect(selectVariant(message, value, (variant) => variant.name !== "Request")!.name).toBe("Notification");
    rendersEverywhere(model);
  });

  it("an inline variant is named by its title when the title reads as a name, not by its keys or its position (found on ACP's envelope: .idMethod / .id / .method, and .array / .array2)", () => {
    const rpc = (title: string, required: string[]) => ({ title, ...obj(Object.fromEntries(required.map((key) => [key, {}])), { required }) });
    const model = modelOf(
      draft07({
        Message: { anyOf: [rpc("Request", ["id", "method"]), rpc("Response", ["id", "result"]), rpc("The notification, sent without an id.", ["method"])] },
        Batch: { anyOf: [{ title: "Agent batch call", type: "array", items: { type: "string" } }, { title: "AgentBatchResponse", type: "array", items: { type: "integer" } }] },
      }),
    );
    const message = union(model, "Message") as KeyPresenceUnion;
    // A title that is a sentence names nothing: that variant keeps the name of its keys.
    expect(message.variants.map((v) => v.name)).toEqual(["Request", "Response", "Method"]);
    expect(message.variants.map((v) => v.type)).toEqual([named("MessageRequest"), named("MessageResponse"), named("MessageMethod")]);
    expect(union(model, "Batch").variants.map((v) => v.name)).toEqual(["AgentBatchCall", "AgentBatchResponse"]);
    rendersEverywhere(model);
  });

  // Found on SchemaStore's template.json (39 disagreements: DRF and the model took `{"pattern": ""}`, which
  // every form matches). Nested, the variants needing no key were a oneOf of their own: a value three of them
  // match failed it, so the outer oneOf counted the one other match. The case file
  // draft7/one-of-variants-needing-the-same-keys.json judges the reading.
  it("under a oneOf the author wrote, variants needing the same keys are no union of their own: first match over all", () => {
    const model = modelOf(
      draft07({
        Form: {
          ...obj({ identifier: { type: "string" } }),
          oneOf: [{ properties: { identifier: { enum: ["a"] } } }, { properties: { identifier: { enum: ["b"] } } }, { required: ["pattern"], properties: { identifier: { enum: ["replace"] }, pattern: { type: "string" } } }],
        },
        AnyForm: {
          ...obj({ identifier: { type: "string" } }),
          anyOf: [{ properties: { identifier: { enum: ["a"] } } }, { properties: { identifier: { enum: ["b"] } } }, { required: ["pattern"], properties: { identifier: { enum: ["replace"] }, pattern: { type: "string" } } }],
        },
      }),
    );
    const form = union(model, "Form");
    expect([form.rule, form.keyword, form.variants.length]).toEqual(["firstMatch", "oneOf", 3]);
    // Under anyOf any match will do: the groups by keys stay.
    const anyForm = union(model, "AnyForm") as KeyPresenceUnion;
    expect([anyForm.rule, anyForm.variants.map((variant) => variant.keys)]).toEqual(["keyPresence", [["pattern"], []]]);
    rendersEverywhere(model);
  });

  // Found on SchemaStore's Minecraft schemas: `type: ["number", "object"]` beside a reference to an
  // anyOf of objects that name no type (each a case of a key) made a union of one number per case.
  it("variants of one type are one where the first match decides (anyOf), not where every match counts (oneOf)", () => {
    const typelessCase = (value: string, key: string) => ({ properties: { kind: { const: value }, [key]: { type: "string" } }, required: ["kind", key] });
    const model = modelOf(
      draft07({
        AnyCases: { anyOf: [typelessCase("a", "x"), typelessCase("b", "y")] },
        OneCases: { oneOf: [typelessCase("a", "x"), typelessCase("b", "y")] },
        Holder: obj({ any: { type: ["number", "object"], $ref: "#/definitions/AnyCases" }, one: { type: ["number", "object"], $ref: "#/definitions/OneCases" } }),
      }),
    );
    const numberPart = (property: string) => {
      const type = propertyType(model, "Holder", property);
      const named = type.kind === "named" ? typeNamed(model, type.name) : undefined;
      const variants = named?.kind === "union" ? named.variants : [];
      return (variants as readonly { name: string; type: TypeRef }[]).find((variant) => variant.name === "Number")!.type;
    };
    // Any number matches both cases: anyOf takes it (one number), oneOf refuses it (two matches).
    expect(numberPart("any")).toEqual({ kind: "number", constraints: {} });
    const one = numberPart("one");
    expect(one.kind === "named" && union(model, one.name).variants).toHaveLength(2);
    rendersEverywhere(model);
  });

  it("under a oneOf the author wrote, a tag value two variants share beside untagged variants makes the union first match", () => {
    const tagged = (value: string, key: string) => obj({ k: { const: value }, [key]: { type: "string" } }, { required: ["k"] });
    const model = modelOf(draft07({ Shared: { oneOf: [tagged("a", "x"), tagged("a", "y"), tagged("b", "w"), obj({ z: { type: "integer" } })] }, Distinct: { oneOf: [tagged("a", "x"), tagged("b", "w"), obj({ z: { type: "integer" } })] } }));
    const shared = union(model, "Shared");
    expect([shared.rule, shared.variants.length]).toEqual(["firstMatch", 4]);
    // A value has one tag: with no value shared, the tagged union stays one variant among the others.
    expect(union(model, "Distinct").variants).toHaveLength(2);
    rendersEverywhere(model);
  });

  it("under a oneOf, closed variants whose groups each require a key the others do not declare keep their groups (Claude Code's tool inputs but the open ones)", () => {
    const closed = (properties: Record<string, unknown>, required: string[]) => obj(properties, { required, additionalProperties: false });
    const model = modelOf(
      draft07({
        Input: { oneOf: [closed({ path: { type: "string" }, line: { type: "integer" } }, ["path"]), closed({ path: { type: "string" }, text: { type: "string" } }, ["path", "text"]), closed({ path: { type: "string" } }, ["path"]), closed({ query: { type: "string" } }, ["query"])] },
      }),
    );
    const input = union(model, "Input") as KeyPresenceUnion;
    expect([input.rule, input.keyword, input.variants.map((variant) => variant.keys)]).toEqual(["keyPresence", "oneOf", [["path", "text"], ["path"], ["query"]]]);
    rendersEverywhere(model);
  });

  it("what nothing else tells apart is first match, JSON Schema's own semantics; for anyOf a catch-all goes last", () => {
    const model = modelOf(draft07({ Loose: { anyOf: [{}, obj({ a: { type: "string" } }), obj({ a: { type: "integer" } })] } }));
    const loose = union(model, "Loose");
    expect(loose.rule).toBe("firstMatch");
    expect(loose.variants.map((v) => v.type.kind)).toEqual(["named", "named", "unknown"]);
    rendersEverywhere(model);
  });

  // Found by a sweep of agent protocols: A2A's `anyOf [TaskIdParams, GetTaskPushNotificationConfigParams]`
  // decoded every value as the first, which takes the second's extra key as an unknown one; the
  // Claude Code session models tried an open object before the tools' inputs, so no input was typed.
  it("first match tries an object variant before an open one whose keys it has and more", () => {
    const open = (properties: Record<string, unknown>) => ({ type: "object", properties, required: ["id"] });
    const model = modelOf(
      draft07({
        Params: { anyOf: [open({ id: { type: "string" } }), open({ id: { type: "string" }, configId: { type: "string" } })] },
        Exactly: { oneOf: [{ type: "object" }, open({ id: { type: "string" } })] },
        Closed: { anyOf: [obj({ id: { type: "string" } }, { required: ["id"], additionalProperties: false }), open({ id: { type: "string" }, configId: { type: "string" } })] },
      }),
    );
    const keysOf = (name: string) => union(model, name).variants.map((variant) => (variant.type.kind === "named" ? object(model, variant.type.name).properties.map((property) => property.name) : variant.type.kind));
    expect(keysOf("Params")).toEqual([["id", "configId"], ["id"]]);
    expect(keysOf("Exactly")).toEqual([["id"], "record"]);
    // A closed variant takes no key it does not declare: as written.
    expect(keysOf("Closed")).toEqual([["id"], ["id", "configId"]]);
    rendersEverywhere(model);
  });

  // Found by a sweep of JSON Feed: an item is content_html alone (`not: {required: [content_text]}`),
  // content_text alone, or both, beside the properties and no `type`; Swift, which does not check the
  // `not`, decoded an item holding both as the first.
  it("first match tries a variant requiring more of the same keys first, a variant naming no type too", () => {
    const content = { html: { type: "string" }, text: { type: "string" } };
    const without = (key: string) => ({ not: { required: [key] } });
    const written = [{ required: ["html"], ...without("text") }, { required: ["text"], ...without("html") }, { required: ["html", "text"] }];
    const model = modelOf(draft07({ Item: { properties: content, oneOf: written }, Typed: { type: "object", properties: content, anyOf: [{ required: ["html"] }, { required: ["html", "text"] }] } }));
    const requiredOf = (name: string) =>
      union(model, name).variants.map(({ type }) => {
        const core = type.kind === "constrained" ? type.type : type;
        return core.kind === "named" ? object(model, core.name).properties.filter((property) => property.required).map((property) => property.name) : core.kind;
      });
    expect(union(model, "Item").rule).toBe("firstMatch");
    expect(requiredOf("Item")).toEqual([["html", "text"], ["html"], ["text"]]);
    expect(requiredOf("Typed")).toEqual([["html", "text"], ["html"]]);
    rendersEverywhere(model);
  });

  // Found by a sweep of repository configurations: ansible-meta's GalaxyInfoModel has an `else` with no
  // `if` beside an `allOf` of conditionals; JSON Schema ignores it, and the docs read "… and must also be any value".
  it("an else or then with no if beside it is no rule", () => {
    const conditional = { if: { properties: { b: { const: true } } }, then: { required: ["a"] } };
    const properties = { a: { type: "string" }, b: { type: "boolean" } };
    const model = modelOf(
      draft07({
        Galaxy: { ...obj(properties), allOf: [conditional], else: { required: ["zzz"] } },
        Alone: { ...obj(properties), then: { required: ["zzz"] } },
      }),
    );
    const galaxy = typeNamed(model, "Galaxy");
    expect(galaxy.kind).toBe("alias");
    expect(assertionsOf((galaxy as Extract<NamedType, { kind: "alias" }>).type).map((assertion) => assertion.kind)).toEqual(["conditional"]);
    expect(typeNamed(model, "Alone").kind).toBe("object");
    rendersEverywhere(model);
  });

  // Found by a sweep of repository configurations: pre-commit's `repos` items are `anyOf [meta_repo,
  // local_repo, uri_repo]`, where `repo` is "meta", "local", or a string a pattern keeps from both;
  // uri_repo declares one more key, was tried first, and Swift (which checks no pattern) decoded every
  // local repo as a URI repo.
  it("first match keeps a variant first that pins a key to constants the later one does not", () => {
    const hooks = { type: "array", items: { type: "string" } };
    const uri = { repo: { type: "string", pattern: "^(?!local$)" }, rev: { type: "string" }, hooks };
    const model = modelOf(
      draft07({
        Repo: { anyOf: [obj({ repo: { enum: ["local"] }, hooks }), obj(uri)] },
        // The first allows every value the later one pins: the later one, declaring more, is tried first.
        Among: { anyOf: [obj({ repo: { enum: ["local", "meta"] }, hooks }), obj({ ...uri, repo: { const: "local" } })] },
        // The later one pins a value the first does not allow: as written.
        Wider: { anyOf: [obj({ repo: { const: "local" }, hooks }), obj({ ...uri, repo: { enum: ["local", "meta"] } })] },
      }),
    );
    const keysOf = (name: string) => union(model, name).variants.map((variant) => (variant.type.kind === "named" ? object(model, variant.type.name).properties.map((property) => property.name) : variant.type.kind));
    expect(union(model, "Repo").rule).toBe("firstMatch");
    expect(keysOf("Repo")).toEqual([["repo", "hooks"], ["repo", "rev", "hooks"]]);
    expect(keysOf("Among")).toEqual([["repo", "rev", "hooks"], ["repo", "hooks"]]);
    expect(keysOf("Wider")).toEqual([["repo", "hooks"], ["repo", "rev", "hooks"]]);
    rendersEverywhere(model);
  });

  // Found by a sweep of agent protocols: ACP's root `anyOf [ClientResponse, ClientRequest, …]`, whose
  // responses include an open one requiring no key (and a null), decoded every request as that response.
  it("first match tries a variant taking objects of any other keys after the other object variants", () => {
    const requiring = (key: string) => ({ type: "object", properties: { [key]: { type: "string" } }, required: [key] });
    const model = modelOf(
      draft07({
        Responses: { anyOf: [requiring("content"), { type: "object", properties: { exitCode: { type: ["integer", "null"] } } }, { type: "null" }] },
        Requests: { anyOf: [requiring("cwd"), requiring("path")] },
        Message: { anyOf: [{ $ref: "#/definitions/Responses" }, { $ref: "#/definitions/Requests" }] },
        // A variant refusing other keys, or ruling on how many there are, does not take every other object: as written.
        Written: { anyOf: [{ type: "object", properties: { a: { type: "string" } }, additionalProperties: false }, { type: "object", properties: { b: { type: "string" } }, minProperties: 2 }] },
      }),
    );
    // Message is MessageValue or null: the null is the responses'.
    const message = union(model, "MessageValue");
    expect(message.rule).toBe("firstMatch");
    expect(message.variants.map((variant) => (variant.type.kind === "named" ? variant.type.name : variant.type.kind))).toEqual(["Requests", "ResponsesValue"]);
    const keysOf = (name: string) =>
      union(model, name).variants.map(({ type }) => {
        const core = type.kind === "constrained" ? type.type : type;
        return core.kind === "named" ? object(model, core.name).properties.map((property) => property.name) : core.kind;
      });
    expect(keysOf("Written")).toEqual([["a"], ["b"]]);
    rendersEverywhere(model);
  });

  it("a variant of several types split by type keeps no part a variant lacks (found by Biome's configuration schema: ImportGroup's object part kept SourceMatcher, a union of strings, as a variant no value satisfies)", () => {
    // Group's object part is Matcher restricted to objects: Strings, itself a union of strings beside
    // `type: "object"`, has no value there, so the object part is Pattern alone, not a first-match union
    // holding a variant the conformance generator could never fill.
    const model = modelOf(
      draft07({
        Group: { anyOf: [{ $ref: "#/definitions/Matcher" }, { type: "array", items: { $ref: "#/definitions/Matcher" } }] },
        Matcher: { anyOf: [{ $ref: "#/definitions/Pattern" }, { $ref: "#/definitions/Strings" }] },
        Pattern: obj({ kind: { type: "string" } }),
        Strings: { anyOf: [{ type: "string", enum: [":A:"] }, { type: "integer" }] },
      }),
    );
    const group = union(model, "Group");
    expect(group.rule).toBe("jsonType");
    expect(group.variants.map((variant) => [variant.name, variant.type])).toEqual([
      ["Object", named("Pattern")],
      ["String", { kind: "literal", value: ":A:" }],
      ["Number", int],
      ["Array", { kind: "array", items: named("Matcher"), constraints: {} }],
    ]);
    expect(model.types.map((type) => type.name)).not.toContain("GroupObject");
    rendersEverywhere(model);
  });

  it("strings of known values next to a pattern are an open enum", () => {
    const model = modelOf(draft07({ Tool: { anyOf: [{ enum: ["Bash", "Read"] }, { type: "string", pattern: "^mcp__" }] } }));
    expect(typeNamed(model, "Tool")).toEqual({
      kind: "enum",
      name: "Tool",
      pointer: "/definitions/Tool",
      definitionName: "Tool",
      valueType: "string",
      values: ["Bash", "Read"],
      otherValues: { kind: "string", constraints: { pattern: "^mcp__" } },
    });
    rendersEverywhere(model);
  });

  it("keywords beside the union apply to every variant (tsconfig's target: a string, known or matching a pattern)", () => {
    const model = modelOf(draft07({ Target: { type: "string", anyOf: [{ enum: ["ES5", "ES6"] }, { pattern: "^[Ee][Ss]\\d+$" }] } }));
    expect(typeNamed(model, "Target")).toMatchObject({ kind: "enum", values: ["ES5", "ES6"], otherValues: { kind: "string", constraints: { pattern: "^[Ee][Ss]\\d+$" } } });
    rendersEverywhere(model);
  });

  it("an OpenAPI discriminator names the tag property", () => {
    const variant = (tag: string) => obj({ kind: { const: tag }, also: { const: `x${tag}` } }, { required: ["kind", "also"] });
    const model = modelOf(draft07({ U: { discriminator: { propertyName: "also" }, oneOf: [variant("a"), variant("b")] } }));
    expect(union(model, "U")).toMatchObject({ rule: "tag", property: "also" });
  });
});

describe("validation-only keywords become assertions", () => {
  it("not, if/then/else, propertyNames, property counts and dependencies (draft-07)", () => {
    const model = modelOf(
      draft07({
        Word: { type: "string", not: { const: "" } },
        Shape: {
          ...obj({ kind: { type: "string" }, radius: { type: "number" }, side: { type: "number" } }),
          if: { properties: { kind: { const: "circle" } } },
          then: { required: ["radius"] },
          else: { required: ["side"] },
          propertyNames: { maxLength: 8 },
          minProperties: 1,
          maxProperties: 3,
          dependencies: { radius: ["kind"], side: { required: ["kind"] } },
        },
      }),
    );
    const word = typeNamed(model, "Word") as Extract<NamedType, { kind: "alias" }>;
    expect(word.type).toEqual({ kind: "constrained", type: str, assertions: [{ kind: "not", type: { kind: "literal", value: "" }, pointer: "/definitions/Word/not" }] });
    const shape = typeNamed(model, "Shape") as Extract<NamedType, { kind: "alias" }>;
    expect(shape.type).toMatchObject({ kind: "constrained", type: named("ShapeValue") });
    expect(assertionsOf(shape.type).map((assertion) => [assertion.kind, assertion.pointer])).toEqual([
      ["conditional", "/definitions/Shape/if"],
      ["propertyNames", "/definitions/Shape/propertyNames"],
      ["propertyCount", "/definitions/Shape/minProperties"],
      ["dependentRequired", "/definitions/Shape/dependencies/radius"],
      ["dependentSchema", "/definitions/Shape/dependencies/side"],
    ]);
    const [conditional, names, count, required] = assertionsOf(shape.type);
    expect(conditional).toMatchObject({ then: expect.anything(), else: expect.anything() });
    expect(names).toMatchObject({ type: { kind: "string", constraints: { maxLength: 8 } } });
    expect(count).toMatchObject({ min: 1, max: 3 });
    expect(required).toMatchObject({ property: "radius", require: ["kind"] });
    expect(object(model, "ShapeValue").properties.map((p) => p.name)).toEqual(["kind", "radius", "side"]);
    rendersEverywhere(model);
  });

  // Found by a sweep of OSCAL: each root, one key, `additionalProperties: false` and `maxProperties: 1`,
  // was a struct and an alias carrying a rule no value can break.
  it("a property count the keys already imply is no rule: a minimum the required keys meet, a maximum a closed object cannot pass", () => {
    const closedOne = { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false };
    const model = modelOf(
      draft07({
        Implied: { ...closedOne, minProperties: 1, maxProperties: 1 },
        TooFew: { ...closedOne, minProperties: 2 },
        OpenMax: { type: "object", properties: { a: { type: "string" } }, maxProperties: 1 },
        PatternMax: { ...closedOne, patternProperties: { "^x": {} }, maxProperties: 1 },
      }),
    );
    expect(typeNamed(model, "Implied").kind).toBe("object");
    expect(assertionsOf((typeNamed(model, "TooFew") as Extract<NamedType, { kind: "alias" }>).type)).toEqual([expect.objectContaining({ kind: "propertyCount", min: 2 })]);
    for (const name of ["OpenMax", "PatternMax"]) {
      expect(assertionsOf((typeNamed(model, name) as Extract<NamedType, { kind: "alias" }>).type), name).toEqual([expect.objectContaining({ kind: "propertyCount", max: 1 })]);
    }
    rendersEverywhere(model);
  });

  // Found by sweep Q on OpenAPI 3.2's meta-schema: its ten `*-or-reference` definitions were each the
  // open JSON value with a rules-only fallback (22% of its properties untyped, 13% since). The case file
  // draft7/conditional-alone-is-its-two-cases.json judges the reading.
  it("an if/then/else and nothing else is the union of its two cases (OpenAPI's parameter-or-reference)", () => {
    const model = modelOf(
      draft07({
        Reference: obj({ $ref: { type: "string" } }, { required: ["$ref"], additionalProperties: false }),
        Parameter: obj({ name: { type: "string" }, in: { type: "string" } }, { required: ["name", "in"], additionalProperties: false }),
        ParameterOrReference: { if: { type: "object", required: ["$ref"] }, then: { $ref: "#/definitions/Reference" }, else: { $ref: "#/definitions/Parameter" } },
      }),
    );
    expect(model.fallbacks).toEqual([]);
    const either = union(model, "ParameterOrReference") as KeyPresenceUnion;
    expect(either.rule).toBe("keyPresence");
    expect(either.variants.map((variant) => variant.keys)).toEqual([["name", "in"], ["$ref"]]);
    rendersEverywhere(model);
  });

  // Found by sweep Q on GitHub's issue forms: one conditional per `type` of a form element, side by side
  // in an allOf, were BodyIf, BodyThen, BodyAllOfIf, BodyAllOfThen, BodyAllOfIf2, ... BodyAllOfThen4.
  it("conditionals that each test one property for a constant are named after the constant, not numbered", () => {
    const when = (value: string, key: string) => ({ if: { properties: { type: { const: value } } }, then: { properties: { [key]: obj({ [`${key}Text`]: { type: "string" } }) }, required: [key] } });
    // No `type: "object"` anywhere, so a value of another type passes every `if` and every branch: no union of cases (see below).
    const model = modelOf(draft07({ Body: { properties: { type: { enum: ["markdown", "input", "dropdown"] } }, allOf: [when("markdown", "a"), when("input", "b"), { if: { properties: { type: { enum: ["dropdown"] } }, required: ["type"] }, then: { required: ["c"] } }] } }));
    const names = model.types.map((type) => type.name);
    for (const name of ["BodyMarkdownIf", "BodyMarkdownThen", "BodyMarkdownThenA", "BodyInputIf", "BodyInputThen", "BodyInputThenB", "BodyDropdownIf"]) expect(names).toContain(name);
    expect(names.filter((name) => /AllOf|\d$/.test(name))).toEqual([]);
    rendersEverywhere(model);
  });

  // 38 of 584 SchemaStore schemas write a variant per value of a key this way (Yippee-ki-JSON: 6
  // properties typed before, 178 since). The keys each `then` declared were undeclared keys of the
  // open JSON value in every typed target, and the rule a doc comment.
  describe("conditionals that all test one required key's constant are the union of its cases", () => {
    const when = (test: Record<string, unknown>, then: Record<string, unknown>, otherwise?: Record<string, unknown>) => ({ if: { properties: { kind: test } }, then, ...(otherwise ? { else: otherwise } : {}) });

    it("a key of listed values: a tag union with a case per value, values selecting the same branches sharing one", () => {
      const model = modelOf(
        draft07({
          Step: {
            ...obj({ kind: { enum: ["shell", "http", "noop", "wait"] }, name: { type: "string" } }, { required: ["kind"] }),
            allOf: [when({ const: "shell" }, obj({ command: { type: "string" } }, { required: ["command"] })), { ...when({ enum: ["http"] }, obj({ url: { type: "string" } })), if: { properties: { kind: { enum: ["http"] } }, required: ["kind"] } }],
          },
        }),
      );
      expect(model.fallbacks).toEqual([]);
      const step = union(model, "Step") as TagUnion;
      expect(step.rule).toBe("tag");
      expect(step.property).toBe("kind");
      expect(step.variants.map((variant) => variant.tag)).toEqual(["shell", "http", "noop", "wait"]);
      const typeOf = (tag: string) => (step.variants.find((variant) => variant.tag === tag)!.type as { name: string }).name;
      const shell = object(model, typeOf("shell"));
      expect(shell.properties.map((property) => [property.name, property.required])).toEqual([["kind", true], ["name", false], ["command", true]]);
      expect(shell.properties[2]!.type).toEqual(str);
      expect(object(model, typeOf("http")).properties.map((property) => property.name)).toEqual(["kind", "name", "url"]);
      expect(typeOf("noop")).toBe(typeOf("wait"));
      expect(object(model, typeOf("noop")).properties.map((property) => property.name)).toEqual(["kind", "name"]);
      rendersEverywhere(model);
    });

    // Found by sweep AI on ODCS 3.0.2: servers of `type: postgres` and `type: postgresql` each select a
    // conditional of their own whose `then` is the same `{$ref}`; they were two identical structs.
    it("values selecting the same schemas in conditionals of their own share one case", () => {
      const model = modelOf(
        draft07({
          Server: { type: "object", properties: { host: { type: "string" } } },
          Other: { type: "object", properties: { port: { type: "integer" } } },
          Step: {
            ...obj({ kind: { enum: ["postgres", "postgresql", "other"] } }, { required: ["kind"] }),
            allOf: [
              when({ const: "postgres" }, { $ref: "#/definitions/Server" }),
              when({ const: "other" }, { $ref: "#/definitions/Other" }),
              when({ const: "postgresql" }, { $ref: "#/definitions/Server" }),
            ],
          },
        }),
      );
      const step = union(model, "Step") as TagUnion;
      const typeOf = (tag: string) => (step.variants.find((variant) => variant.tag === tag)!.type as { name: string }).name;
      expect(step.variants.map((variant) => variant.tag)).toEqual(["postgres", "postgresql", "other"]);
      expect(typeOf("postgres")).toBe(typeOf("postgresql"));
      expect(object(model, typeOf("postgres")).properties.map((property) => property.name)).toEqual(["kind", "host"]);
      expect(typeOf("other")).not.toBe(typeOf("postgres"));
      rendersEverywhere(model);
    });

    // Found by a sweep of CycloneDX: jsf's publicKey holds `kty` to `{$ref: keyType}`; its EC, RSA and
    // OKP branches stayed conditionals, their keys reachable only as JSON values.
    it("a key whose rule is a reference to its values: the same tag union", () => {
      const model = modelOf(
        draft07({
          KeyType: { type: "string", enum: ["EC", "RSA"] },
          Kind: { $ref: "#/definitions/KeyType" },
          Key: {
            ...obj({ kty: { $ref: "#/definitions/Kind", description: "Through two references." } }, { required: ["kty"] }),
            allOf: [
              { if: { properties: { kty: { const: "EC" } } }, then: obj({ crv: { type: "string" } }, { required: ["crv"] }) },
              { if: { properties: { kty: { const: "RSA" } } }, then: obj({ n: { type: "string" } }, { required: ["n"] }) },
            ],
          },
        }),
      );
      const key = union(model, "Key") as TagUnion;
      expect(key.rule).toBe("tag");
      expect(key.variants.map((variant) => variant.tag)).toEqual(["EC", "RSA"]);
      const ec = object(model, (key.variants[0]!.type as { name: string }).name);
      expect(ec.properties.map((property) => [property.name, property.required])).toEqual([["kty", true], ["crv", true]]);
      rendersEverywhere(model);
    });

    it("a key of any string: a case per value tested and one for the rest, `else` branches in the rest", () => {
      const model = modelOf(
        draft07({
          Trigger: {
            ...obj({ kind: { type: "string" } }, { required: ["kind"] }),
            if: { properties: { kind: { const: "push" } } },
            then: obj({ branches: { type: "array", items: { type: "string" } } }),
            else: obj({ schedule: { type: "string" } }, { required: ["schedule"] }),
          },
        }),
      );
      expect(model.fallbacks).toEqual([]);
      const declaring = (key: string) => model.types.filter((type): type is ObjectType => type.kind === "object" && type.properties.some((property) => property.name === key));
      expect(declaring("branches").map((type) => type.properties.map((property) => property.name))).toEqual([["kind", "branches"]]);
      expect(declaring("schedule").map((type) => type.properties.map((property) => [property.name, property.required]))).toEqual([[["kind", true], ["schedule", true]]]);
      expect(union(model, "Trigger").variants).toHaveLength(2);
      rendersEverywhere(model);
    });

    it("a key not required: an object without it is a case too, with the `then` of each `if` that does not require the key", () => {
      const model = modelOf(
        draft07({
          Job: {
            ...obj({ kind: { enum: ["a", "b"] } }),
            allOf: [when({ const: "a" }, obj({ x: { type: "string" } }, { required: ["x"] })), { if: { properties: { kind: { const: "b" } }, required: ["kind"] }, then: obj({ y: { type: "integer" } }) }],
          },
        }),
      );
      expect(model.fallbacks).toEqual([]);
      const declaring = (key: string) => model.types.filter((type): type is ObjectType => type.kind === "object" && type.properties.some((property) => property.name === key)).map((type) => type.properties.map((property) => `${property.name}${property.required ? "" : "?"}`));
      // `a` and the absent key (whose first `if` passes) both take the first then; only `b` takes the second.
      expect(declaring("x")).toEqual([["kind", "x"], ["kind?", "x"]]);
      expect(declaring("y")).toEqual([["kind", "y?"]]);
      rendersEverywhere(model);
    });

    it("a branch that is itself a conditional typing keys splits too (found on SchemaStore's 0d5725c0be98: else-if chains)", () => {
      const model = modelOf(draft07({ Chain: { ...obj({ kind: { enum: ["a", "b"] } }, { required: ["kind"] }), ...when({ const: "a" }, { if: { required: ["x"] }, then: obj({ x: { type: "string" } }) }) } }));
      expect((union(model, "Chain") as TagUnion).variants.map((variant) => variant.tag)).toEqual(["a", "b"]);
      rendersEverywhere(model);
    });

    // 0d4c9e3f76ee in the SchemaStore sweep (a `type` per value of `provider`, each `then` of type
    // object, the object naming none): 2 properties typed before, 184 since.
    it("an object naming no type whose conditionals refuse every other value: split as one of type object", () => {
      const model = modelOf(
        draft07({
          Typeless: { properties: { kind: { enum: ["a", "b"] }, name: { type: "string" } }, required: ["kind"], allOf: [when({ const: "a" }, obj({ x: { type: "string" } }, { required: ["x"] })), when({ const: "b" }, obj({ y: { type: "integer" } }))] },
          // The `if` requires the key, so another value takes the `else`, which is of type object.
          ByElse: { properties: { kind: { enum: ["a", "b"] } }, if: { properties: { kind: { const: "a" } }, required: ["kind"] }, then: { properties: { x: { type: "string" } } }, else: obj({ y: { type: "integer" } }) },
        }),
      );
      expect(model.fallbacks).toEqual([]);
      const typeless = union(model, "Typeless") as TagUnion;
      expect(typeless.rule).toBe("tag");
      expect(typeless.variants.map((variant) => variant.tag)).toEqual(["a", "b"]);
      const a = object(model, (typeless.variants[0]!.type as { name: string }).name);
      expect(a.properties.map((property) => [property.name, property.required])).toEqual([["kind", true], ["name", false], ["x", true]]);
      expect(typeNamed(model, "ByElse").kind).toBe("union");
      // No case of either lets other values pass (Typeless): they are refused.
      const casesOf = (name: string): ObjectType[] => {
        const type = typeNamed(model, name);
        if (type.kind === "object") return [type];
        if (type.kind !== "union") return [];
        return (type.variants as readonly { type: TypeRef }[]).flatMap((variant) => ("name" in variant.type ? casesOf(variant.type.name as string) : []));
      };
      const cases = [...casesOf("Typeless"), ...casesOf("ByElse")];
      expect(cases.length).toBeGreaterThanOrEqual(4);
      expect(cases.filter((type) => type.otherTypesPass).map((type) => type.name)).toEqual([]);
      rendersEverywhere(model);
    });

    // 0d5725c0be98 in the SchemaStore sweep (a base's `type`, narrowed by a variant to one value):
    // the key's rule was an allOf of the two, and the object was left with its conditionals (17
    // properties typed, 490 since).
    it("a key whose rule merged from several parts (an allOf): the values every part lists, of the types every part names", () => {
      const model = modelOf(
        draft07({
          Base: obj({ kind: { type: "string", enum: ["image", "host", "disk"] }, name: { type: "string" } }, { required: ["kind"] }),
          Host: {
            allOf: [
              { $ref: "#/definitions/Base" },
              { properties: { kind: { enum: ["host", "disk", 7] } } },
              when({ const: "image" }, obj({ image: { type: "string" } }, { required: ["image"] })),
              when({ const: "host" }, obj({ address: { type: "string" } }, { required: ["address"] })),
            ],
          },
        }),
      );
      expect(model.fallbacks).toEqual([]);
      const host = union(model, "Host") as TagUnion;
      expect([host.rule, host.variants.map((variant) => variant.tag)]).toEqual(["tag", ["host", "disk"]]);
      const declared = (tag: string) => object(model, (host.variants.find((variant) => variant.tag === tag)!.type as { name: string }).name).properties.map((property) => `${property.name}${property.required ? "" : "?"}`);
      expect(declared("host")).toEqual(["kind", "name?", "address"]);
      expect(declared("disk")).toEqual(["kind", "name?"]);
      rendersEverywhere(model);
    });

    it("not split: a value of another type passing every `if`, a test of more than constants, branches that only require, an untyped key of any value", () => {
      const cases = {
        // Another value passes the `if` and its `then` (only about objects): the object's cases would not hold it.
        NoObjectType: { properties: { kind: { enum: ["a", "b"] } }, required: ["kind"], ...when({ const: "a" }, { properties: { x: { type: "string" } } }) },
        // Another value passes this `if` (`properties` only): the `else`, of type object, is not its branch.
        ElseOfObjects: { properties: { kind: { enum: ["a", "b"] } }, ...when({ const: "a" }, { properties: { x: { type: "string" } } }, obj({ y: { type: "string" } })) },
        MoreThanConstants: { ...obj({ kind: { type: "string" } }, { required: ["kind"] }), ...when({ const: "a", minLength: 1 }, obj({ x: { type: "string" } })) },
        OnlyRequires: { ...obj({ kind: { enum: ["a", "b"] }, x: { type: "string" } }, { required: ["kind"] }), ...when({ const: "a" }, { required: ["x"] }) },
        UntypedKey: { ...obj({}, { required: ["kind"] }), ...when({ const: "a" }, obj({ x: { type: "string" } })) },
      };
      const model = modelOf(draft07(cases));
      for (const name of Object.keys(cases)) expect(typeNamed(model, name).kind, name).not.toBe("union");
      expect(model.fallbacks).toEqual([]);
      rendersEverywhere(model);
    });
  });

  // Found by the LSP sweep on SchemaStore's chrome-manifest.json (#/definitions/command, cut down):
  // every `commands` entry was an open map of JSON values, with no warning, although every value is
  // one of two closed objects of the same keys. The conformance test object-typed-by-its-branches
  // judges the same constructs in every runtime.
  describe("an object that declares no key of its own, typed by its conditional's then and else", () => {
    const branch = (keyPattern: string) => ({ properties: { description: { type: "string" }, global: { type: "boolean" }, key: { type: "string", pattern: keyPattern } }, additionalProperties: false });
    const ifGlobal = { if: { properties: { global: { const: true } }, required: ["global"] } };
    /** The object a definition's type is, through the alias of its conditional. */
    const shapeOf = (model: SchemaModel, name: string): { object: ObjectType; assertions: readonly Assertion[] } => {
      const alias = typeNamed(model, name) as Extract<NamedType, { kind: "alias" }>;
      expect(alias.kind, name).toBe("alias");
      const constrained = alias.type as Extract<TypeRef, { kind: "constrained" }>;
      expect(constrained.type.kind, name).toBe("named");
      return { object: object(model, (constrained.type as { name: string }).name), assertions: assertionsOf(constrained) };
    };
    const keysOf = (type: ObjectType) => type.properties.map((property) => [property.name, property.type, property.required]);

    it("branches of the same keys: one closed object of those keys, the pattern each writes left to the conditional, which stays", () => {
      const model = modelOf(draft07({ Command: { type: "object", ...ifGlobal, then: branch("^Ctrl\\+Shift\\+[0-9]$"), else: branch("^(Ctrl|Alt)\\+[A-Z]$") } }));
      const { object: command, assertions } = shapeOf(model, "Command");
      expect(keysOf(command)).toEqual([
        ["description", str, false],
        ["global", { kind: "boolean" }, false],
        ["key", str, false],
      ]);
      expect(command.additionalProperties).toBe(false);
      expect(assertions.map((assertion) => assertion.kind)).toEqual(["conditional"]);
      expect(model.fallbacks).toEqual([]);
      expect(summarizeModel(model).untypedProperties).toBe(0);
      rendersEverywhere(model);
    });

    it("branches that differ: each key of the type either branch's rule for it gives, open where one branch is", () => {
      const model = modelOf(
        draft07({
          Either: {
            type: "object",
            if: { properties: { kind: { const: "n" } }, required: ["kind"] },
            then: { properties: { kind: { type: "string" }, n: { type: "integer" } }, required: ["n"], additionalProperties: false },
            else: { properties: { n: { type: "string" }, note: { type: "string" } }, required: ["n"] },
          },
        }),
      );
      const { object: either } = shapeOf(model, "Either");
      const [kind, n, note] = either.properties;
      expect([kind?.name, kind?.type, kind?.required]).toEqual(["kind", { kind: "unknown" }, false]);
      // Required by both branches; an integer or a string.
      expect([n?.name, n?.required]).toEqual(["n", true]);
      const numberOrText = union(model, (n!.type as { name: string }).name);
      expect(numberOrText.variants.map((variant) => variant.type)).toEqual([int, str]);
      // The closed `then` refuses it, so it is the `else`'s.
      expect([note?.name, note?.type, note?.required]).toEqual(["note", str, false]);
      expect(either.properties).toHaveLength(3);
      expect(either.additionalProperties).toEqual({ kind: "unknown" });
      rendersEverywhere(model);
    });

    it("unchanged: an object declaring keys of its own beside them, and a conditional without an else", () => {
      const model = modelOf(
        draft07({
          OwnKeys: { ...obj({ own: { type: "integer" } }), ...ifGlobal, then: branch("^a"), else: branch("^b") },
          ThenOnly: { type: "object", ...ifGlobal, then: branch("^a") },
        }),
      );
      expect(keysOf(shapeOf(model, "OwnKeys").object)).toEqual([["own", int, false]]);
      expect((typeNamed(model, "ThenOnly") as Extract<NamedType, { kind: "alias" }>).type).toEqual(expect.objectContaining({ type: { kind: "record", values: { kind: "unknown" } } }));
      expect(model.fallbacks).toEqual([]);
      rendersEverywhere(model);
    });

    it("branches that declare keys but join into no one object (patterns of one only): a map of JSON values, with a warning", () => {
      const model = modelOf(
        draft07({
          Patterned: { type: "object", ...ifGlobal, then: { ...branch("^a"), patternProperties: { "^x-": { type: "integer" } } }, else: branch("^b") },
        }),
      );
      expect((typeNamed(model, "Patterned") as Extract<NamedType, { kind: "alias" }>).type).toEqual(expect.objectContaining({ type: { kind: "record", values: { kind: "unknown" } } }));
      expect(modelWarnings(model).map((warning) => [warning.pointer, warning.reason.includes("declared only in its if/then/else branches")])).toEqual([["/definitions/Patterned", true]]);
    });
  });

  // Found by sweep T on CycloneDX 1.6's jsf publicKey (an allOf of three if/then on kty): Swift's doc
  // comment read "- must also be any value that if it is PublicKeyOkpIf, then it must be …" for the
  // second and third, the conditionals that could not merge with the first.
  // Found by a sweep of CRDs: External Secrets' `data[].generatorRef` and `dataFrom[].generatorRef` have
  // one shape, so one type, which carried the first's "Deprecated: not implemented in .data[]".
  it("a type places share by shape documents none of them where they say different things; each property keeps its own", () => {
    const ref = (description: string, key = "kind") => ({ description, ...obj({ [key]: { type: "string" } }, { required: [key] }) });
    const model = modelOf(
      draft07({
        Holder: obj({ data: ref("Deprecated here."), dataFrom: ref("Points to a generator."), again: ref("Deprecated here.") }),
        Alike: obj({ one: ref("Same words.", "name"), two: ref("Same words.", "name") }),
      }),
    );
    const holder = object(model, "Holder");
    const shared = holder.properties[0]!.type as { name: string };
    expect(holder.properties.map((property) => [(property.type as { name: string }).name, property.description])).toEqual([
      [shared.name, "Deprecated here."],
      [shared.name, "Points to a generator."],
      [shared.name, "Deprecated here."],
    ]);
    expect(typeNamed(model, shared.name).description).toBeUndefined();
    // Places that say the same keep it on the type.
    const alike = object(model, "Alike").properties[0]!.type as { name: string };
    expect(typeNamed(model, alike.name).description).toBe("Same words.");
    rendersEverywhere(model);
  });

  // Found by a sweep of STAC: `datetime: {type: ["string", "null"], not: {type: "null"}}` is a string,
  // and its `not null` was kept twice, each listed among the rules Swift "does not check" on a String.
  it("a `not` of a bare type the value's type never holds is no rule", () => {
    const model = modelOf(
      draft07({
        NotNull: { type: ["string", "null"], not: { type: "null" } },
        NotShort: { type: "string", not: { type: "string", maxLength: 2 } },
        NotNumber: { type: "integer", not: { type: "number" } },
      }),
    );
    expect((typeNamed(model, "NotNull") as Extract<NamedType, { kind: "alias" }>).type).toEqual(str);
    // A `not` with bounds, or of a family the type holds, is a rule still.
    expect(assertionsOf((typeNamed(model, "NotShort") as Extract<NamedType, { kind: "alias" }>).type)).toHaveLength(1);
    expect(assertionsOf((typeNamed(model, "NotNumber") as Extract<NamedType, { kind: "alias" }>).type)).toHaveLength(1);
    rendersEverywhere(model);
  });

  // Found by a sweep of CycloneDX: the run's filter named "conditional at /definitions/publicKey/if",
  // where the file writes it at /definitions/publicKey/allOf/0/if.
  it("a rule merged in from an allOf part is at the place the part writes it", () => {
    const model = modelOf(draft07({ Key: { ...obj({ kty: { type: "string" } }), allOf: [{ not: { required: ["x", "y"] } }, { propertyNames: { maxLength: 3 } }] } }));
    const key = (typeNamed(model, "Key") as Extract<NamedType, { kind: "alias" }>).type;
    expect(assertionsOf(key).map((assertion) => assertion.pointer)).toEqual(["/definitions/Key/allOf/0/not", "/definitions/Key/allOf/1/propertyNames"]);
  });

  it("conditionals side by side in an allOf are told as the rules they are, not as 'any value that …'", () => {
    const when = (value: string, key: string) => ({ if: { properties: { kty: { const: value } } }, then: { required: [key] } });
    const model = modelOf(draft07({ Key: { ...obj({ kty: { enum: ["EC", "RSA", "OKP"] } }, { required: ["kty"] }), allOf: [when("EC", "crv"), when("RSA", "n"), when("OKP", "x")] } }));
    const key = (typeNamed(model, "Key") as Extract<NamedType, { kind: "alias" }>).type;
    const told = assertionsIn(key).map((assertion) => describeAssertion(assertion));
    expect(told).toEqual([
      expect.stringMatching(/^if it is \w+, then it must be \w+$/),
      expect.stringMatching(/^if it is \w+, then it must be \w+$/),
      expect.stringMatching(/^if it is \w+, then it must be \w+$/),
    ]);
  });

  // A type made only to check a rule is no Swift type; the rule tells its shape in words instead.
  it("tells a named type in words: an object's keys, an enum's values, a union's variants", () => {
    const base = { pointer: "/definitions/X", bases: [], patternProperties: [], requiredWhen: [] } as const;
    const key = (name: string, type: TypeRef, required: boolean) => ({ name, type, required, pointer: `/definitions/X/properties/${name}` });
    const object = (properties: ObjectType["properties"], additionalProperties: ObjectType["additionalProperties"] = { kind: "unknown" }): ObjectType => ({ kind: "object", name: "X", properties, additionalProperties, ...base });
    const kinds: EnumType = { kind: "enum", name: "Kind", pointer: "/definitions/Kind", valueType: "string", values: ["a", "b"] };
    const spell = (name: string) => (name === "Kind" ? describeNamedType(kinds) : name);
    expect(describeNamedType(object([key("a", { kind: "unknown" }, true), key("b", { kind: "unknown" }, true)]))).toBe('an object with "a" and "b"');
    // An optional key says something only when typed; a key's own rules are told, but those that are
    // sets of rules (a conditional); a key no value may have is absent (STAC's `collection: {not: {}}`).
    const conditional: Assertion = { kind: "conditional", if: named("A"), then: named("B"), pointer: "/c" };
    const limited: TypeRef = { kind: "constrained", type: str, assertions: [{ kind: "not", type: { kind: "literal", value: "x" }, pointer: "/p" }, conditional] };
    const absent: TypeRef = { kind: "constrained", type: { kind: "unknown" }, assertions: [{ kind: "not", type: { kind: "unknown" }, pointer: "/n" }] };
    expect(describeNamedType(object([key("n", limited, true), key("o", { kind: "unknown" }, false), key("p", int, false), key("q", absent, false)]))).toBe(
      'an object with "n": a string that must not be "x", "p" (if present): an integer and no "q"',
    );
    // Items with commas of their own are told apart by semicolons.
    expect(describeNamedType(object([key("kind", named("Kind"), true), key("p", int, true)], false), { ...PLAIN_WORDS, name: spell })).toBe('an object with "kind": one of "a", "b"; "p": an integer; and no other keys');
    expect(describeNamedType(object([], false))).toBe("an empty object");
    expect(describeNamedType({ ...kinds, values: ["only"] })).toBe('"only"');
    const union: UnionType = { kind: "union", name: "U", pointer: "/definitions/U", keyword: "anyOf", rule: "firstMatch", variants: [{ type: str }, { type: named("Other") }] } as unknown as UnionType;
    expect(describeNamedType(union)).toBe("a string or Other");
    // After a rule, the next alternative is set apart, so it is not read as part of the rule (found
    // by a sweep of GitHub workflows: "must not be RefNot or null", where null is allowed).
    const notX: TypeRef = { kind: "constrained", type: named("Push"), assertions: [{ kind: "not", type: named("RefNot"), pointer: "/n" }] };
    expect(describeTypeRef({ kind: "nullable", type: notX })).toBe("null, or Push that must not be RefNot");
    expect(describeTypeRef({ kind: "nullable", type: str })).toBe("a string or null");
    expect(describeNamedType({ ...union, variants: [{ type: notX }, { type: named("Other") }] } as unknown as UnionType)).toBe("Push that must not be RefNot; or Other");
  });

  it("contains with minContains / maxContains, dependentRequired and dependentSchemas (2019-09)", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $defs: {
        Tags: { type: "array", items: { type: "string" }, contains: { const: "main" }, minContains: 1, maxContains: 2 },
        Card: { ...obj({ number: { type: "string" }, billing: { type: "string" } }), dependentRequired: { number: ["billing"] }, dependentSchemas: { billing: { required: ["number"] } } },
      },
    });
    const tags = (typeNamed(model, "Tags") as Extract<NamedType, { kind: "alias" }>).type;
    expect(assertionsOf(tags)).toEqual([{ kind: "contains", type: { kind: "literal", value: "main" }, min: 1, max: 2, pointer: "/$defs/Tags/contains" }]);
    const card = (typeNamed(model, "Card") as Extract<NamedType, { kind: "alias" }>).type;
    expect(assertionsOf(card).map((a) => a.kind)).toEqual(["dependentRequired", "dependentSchema"]);
    rendersEverywhere(model);
  });

  // Found by a construct sweep: `else: {not: {required: ["n"]}}` warned that the value was left untyped.
  it("an assertion's schema only adds rules to the value typed beside it: an open core there is no fallback", () => {
    const model = modelOf(draft07({ K: { ...obj({ kind: { enum: ["a", "b"] }, n: { type: "integer" } }), if: { properties: { kind: { const: "a" } }, required: ["kind"] }, then: { required: ["n"] }, else: { not: { required: ["n"] } }, dependencies: { n: { not: { required: ["kind"] } } } } }));
    expect(model.fallbacks).toEqual([]);
    // A value constrained only by such rules is still a place left untyped, and reported.
    expect(modelOf(draft07({ U: { not: { type: "string" } } })).fallbacks).toEqual([expect.objectContaining({ kind: "rules-only", pointer: "/definitions/U" })]);
  });

  it("unevaluatedProperties that reduces to additionalProperties does; one that does not is a fallback", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Base: obj({ id: { type: "string" } }),
        Closed: { allOf: [{ $ref: "#/$defs/Base" }, obj({ name: { type: "string" } })], unevaluatedProperties: false },
        Conditional: { ...obj({ a: { type: "string" } }), if: { required: ["a"] }, then: obj({ b: { type: "string" } }), unevaluatedProperties: false },
        Dependent: { ...obj({ a: { type: "string" }, b: { type: "string" } }), dependentSchemas: { a: obj({ c: { type: "string" } }), b: obj({ d: { type: "string" } }) }, unevaluatedProperties: false },
        Crowded: { type: "object", dependentSchemas: Object.fromEntries(["a", "b", "c", "d", "e"].map((key) => [key, obj({ [`${key}2`]: { type: "string" } })])), unevaluatedProperties: false },
        // contains beside a conditional joins each case the split makes, where what it evaluates is seen.
        Counted: { type: "array", contains: { type: "string" }, if: { minItems: 2 }, then: { prefixItems: [{ type: "integer" }] }, unevaluatedItems: false },
      },
    });
    const closed = object(model, "Closed");
    expect(closed.properties.map((p) => p.name)).toEqual(["id", "name"]);
    expect(closed.additionalProperties).toBe(false);
    // A conditional is the oneOf of its cases, each closed over what it evaluates: with a, then's b too.
    const conditional = union(model, "Conditional");
    expect(conditional.keyword).toBe("oneOf");
    // (The else case carries `not: if` as an assertion around its object.)
    const objectOf = (type: TypeRef): string => (type.kind === "constrained" ? objectOf(type.type) : (type as { name: string }).name);
    const cases = conditional.variants.map((variant) => object(model, objectOf(variant.type)));
    expect(cases.map((type) => [type.properties.map((p) => p.name), type.additionalProperties])).toEqual([
      [["a", "b"], false],
      [["a"], false],
    ]);
    // Two dependentSchemas entries are the four cases of their keys' presence, each closed over what it evaluates.
    const casesOf = (name: string): ObjectType[] => union(model, name).variants.flatMap((variant) => (typeNamed(model, objectOf(variant.type)).kind === "union" ? casesOf(objectOf(variant.type)) : [object(model, objectOf(variant.type))]));
    expect(casesOf("Dependent").map((type) => [type.properties.filter((p) => p.required).map((p) => p.name), type.properties.map((p) => p.name), type.additionalProperties])).toEqual([
      [["a", "b"], ["a", "b", "c", "d"], false],
      [["a"], ["a", "b", "c"], false],
      [["b"], ["a", "b", "d"], false],
      [[], ["a", "b"], false],
    ]);
    // Five would be 32 cases, not written out: reported.
    expect(model.fallbacks).toEqual([{ kind: "unevaluated-beyond-reach", pointer: "/$defs/Crowded/unevaluatedProperties", reason: expect.stringContaining("not enforced by typed and DRF targets") }]);
  });

  it("unevaluatedProperties beside an anyOf counts what every matching variant evaluates: each set of variants together is a variant", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        A: obj({ a: { type: "string" } }, { required: ["a"] }),
        B: obj({ b: { type: "integer" } }, { required: ["b"] }),
        Either: { properties: { id: { type: "string" } }, anyOf: [{ $ref: "#/$defs/A" }, { $ref: "#/$defs/B" }], unevaluatedProperties: false },
      },
    });
    const either = union(model, "Either");
    expect(either.keyword).toBe("anyOf");
    // {a, b} matches both, which together evaluate both keys: the two taken together come first.
    const variants = either.variants.map((variant) => object(model, (variant.type as { name: string }).name));
    expect(variants.map((variant) => variant.properties.map((p) => p.name))).toEqual([["id", "a", "b"], ["id", "a"], ["id", "b"]]);
    expect(variants.map((variant) => variant.additionalProperties)).toEqual([false, false, false]);
    expect(model.fallbacks).toEqual([]);
    rendersEverywhere(model);
    // Beyond four variants the sets are not written out: each is closed alone, and that is reported.
    const wide = modelOf({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { W: { anyOf: ["a", "b", "c", "d", "e"].map((key) => obj({ [key]: { type: "string" } }, { required: [key] })), unevaluatedProperties: false } } });
    expect(union(wide, "W").variants).toHaveLength(5);
    expect(wide.fallbacks).toEqual([expect.objectContaining({ kind: "unevaluated-beyond-reach", pointer: "/$defs/W/unevaluatedProperties" })]);
  });

  it("unevaluatedProperties beside a oneOf closes each variant over its own and the sibling properties, not over none", () => {
    // The Dev Container spec's root: oneOf of container shapes (each an allOf of definitions) beside unevaluatedProperties: false.
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $defs: {
        Shape: {
          properties: { name: { type: "string" } },
          oneOf: [obj({ image: { type: "string" } }, { required: ["image"] }), { allOf: [{ $ref: "#/$defs/Compose" }] }],
          unevaluatedProperties: false,
        },
        Compose: obj({ service: { type: "string" }, files: { type: "array", items: { type: "string" } } }, { required: ["service"] }),
      },
    });
    // Shape is the union itself: each closed variant requires a key the other refuses, so a value both
    // match as written passes neither closed, and the union's own count is oneOf's (no assertion keeps it).
    const shape = union(model, "Shape");
    expect(shape.keyword).toBe("oneOf");
    const variants = shape.variants.map((variant) => object(model, (variant.type as { name: string }).name));
    expect(variants.map((variant) => variant.properties.map((p) => [p.name, p.type.kind]))).toEqual([
      [["name", "string"], ["image", "string"]],
      [["name", "string"], ["service", "string"], ["files", "array"]],
    ]);
    expect(variants.map((variant) => variant.additionalProperties)).toEqual([false, false]);
    expect(model.fallbacks).toEqual([]);
    rendersEverywhere(model);
  });

  // The Dev Container spec's root, reduced: a oneOf of `image` and `build` beside `name` and
  // unevaluatedProperties: false. Its distributed union (name and image, closed; name and build,
  // closed) already refuses a value both variants match as written, so the oneOf kept beside it as an
  // assertion restated it: a second union of open variants (RootOneOf) and Root "RootValue that must
  // also be RootOneOf", in every target's output.
  it("a oneOf whose closed variants each refuse a key the other requires keeps no count of its variants as written", () => {
    const keyed = (key: string) => obj({ [key]: { type: "string" } }, { required: [key] });
    const closedBeside = (variants: unknown[], unevaluatedProperties: unknown = false) => ({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { name: { type: "string" } },
      oneOf: variants,
      unevaluatedProperties,
    });
    const model = modelOf(closedBeside([keyed("image"), keyed("build")]), "Root");
    expect(model.types.map((type) => type.name)).toEqual(["RootImage", "RootBuild", "Root"]);
    const root = union(model, "Root");
    expect(root).toMatchObject({ keyword: "oneOf", rule: "keyPresence" });
    expect(root.variants.map((variant) => object(model, (variant.type as { name: string }).name).properties.map((p) => p.name))).toEqual([
      ["name", "image"],
      ["name", "build"],
    ]);
    expect(root.variants.map((variant) => object(model, (variant.type as { name: string }).name).additionalProperties)).toEqual([false, false]);
    expect(model.types.flatMap((type) => (type.kind === "alias" ? assertionsIn(type.type) : []))).toEqual([]);
    rendersEverywhere(model);
    // Two variants are told apart, as each two must be, also by one taking no object (a value other
    // than an object passes a closed form as it passes the variant: the union's own count holds
    // there, "abc" matching both strings), or by a tag they both pin: `c` tells neither `kind` apart.
    const tagged = (kind: string, a: string) => obj({ kind: { const: kind }, a: { type: a } }, { required: ["kind", "a"] });
    for (const variants of [
      [keyed("image"), { type: "string", minLength: 2 }, keyed("build"), { type: "string", maxLength: 4 }],
      [tagged("x", "integer"), tagged("y", "string"), obj({ c: { type: "boolean" } }, { required: ["c"] })],
    ]) {
      const { type: _object, ...besideAnyType } = closedBeside(variants);
      const apart = modelOf(besideAnyType, "Root");
      expect(typeNamed(apart, "Root").kind, JSON.stringify(variants)).toBe("union");
      expect(apart.types.flatMap((type) => (type.kind === "alias" ? assertionsIn(type.type) : []))).toEqual([]);
    }
    // Where the closed forms do not say it, the count is kept. The second variant's closed form
    // declares the first's key: {image, build} matches both as written, and passes the second closed.
    const wider = obj({ image: { type: "string" }, build: { type: "string" } }, { required: ["build"] });
    // A variant evaluating every key is no closed form: {image, build} passes it.
    const open = { ...keyed("build"), unevaluatedProperties: true };
    // Keys left unevaluated must be strings, not absent: {image: 1, build: "b"} passes the first
    // closed form (build a string) and matches the second as written, failing it closed (image).
    const keptFor = [closedBeside([keyed("image"), wider]), closedBeside([keyed("image"), open]), closedBeside([keyed("image"), keyed("build")], { type: "string" })];
    for (const document of keptFor) {
      const kept = modelOf(document, "Root");
      const alias = typeNamed(kept, "Root");
      expect(alias.kind).toBe("alias");
      expect(assertionsOf((alias as Extract<NamedType, { kind: "alias" }>).type).map((assertion) => [assertion.kind, assertion.pointer])).toEqual([["allOf", "/oneOf"]]);
    }
  });
});

describe("patternProperties, enums, constants, null, type lists, tuples", () => {
  it("rules of a family none of the listed values is of rule nothing out beside them: no assertion (found by sweep X on SchemaStore's Yippee-ki-JSON: a string enum with `additionalItems: false` was an allOf of an open array)", () => {
    const model = modelOf(
      draft07({
        Unit: { type: "string", enum: ["NANOS", "MILLIS"], additionalItems: false },
        Name: { const: "jsonParse", minItems: 1, properties: { a: { type: "string" } } },
        Mixed: { enum: ["a", ["b"]], minItems: 1 },
        Short: { enum: ["a", "bb"], maxLength: 1, minItems: 1 },
      }),
    );
    expect(typeNamed(model, "Unit")).toMatchObject({ kind: "enum", values: ["NANOS", "MILLIS"] });
    expect(typeNamed(model, "Name")).toMatchObject({ kind: "alias", type: { kind: "literal", value: "jsonParse" } });
    // An array among the values keeps the array rule; a string rule the values fail still filters them.
    expect(assertionsOf((typeNamed(model, "Mixed") as Extract<NamedType, { kind: "alias" }>).type)).toMatchObject([{ kind: "allOf", type: { kind: "array", constraints: { minItems: 1 } } }]);
    expect(typeNamed(model, "Short")).toMatchObject({ kind: "alias", type: { kind: "literal", value: "a" } });
    rendersEverywhere(model);
  });

  it("patternProperties are typed extra-key maps, next to properties and additionalProperties", () => {
    const model = modelOf(draft07({ Pkg: { ...obj({ name: { type: "string" } }), patternProperties: { "^x-": { type: "integer" }, "^_": { type: "boolean" } }, additionalProperties: false } }));
    const pkg = object(model, "Pkg");
    expect(pkg.patternProperties).toEqual([
      { pattern: "^x-", type: int, pointer: "/definitions/Pkg/patternProperties/^x-" },
      { pattern: "^_", type: { kind: "boolean" }, pointer: "/definitions/Pkg/patternProperties/^_" },
    ]);
    expect(pkg.additionalProperties).toBe(false);
    // One match-everything pattern alone is a record.
    const map = modelOf(draft07({ Env: { type: "object", patternProperties: { ".*": { type: "string" } } } }));
    expect(typeNamed(map, "Env")).toMatchObject({ kind: "alias", type: { kind: "record", values: str } });
    rendersEverywhere(model);
  });

  // A struct held the pattern's typed map and a second map of other keys no key ever reaches.
  it("a pattern that matches every key beside properties leaves no key to additionalProperties; one that misses some keys does", () => {
    const model = modelOf(
      draft07({
        Every: { ...obj({ name: { type: "string" } }), patternProperties: { ".*": { type: "integer" } } },
        Empty: { ...obj({ name: { type: "string" } }), patternProperties: { "": { type: "integer" } }, additionalProperties: { type: "string" } },
        // "" and a key holding a line terminator match neither: they are other keys.
        NonEmpty: { ...obj({ name: { type: "string" } }), patternProperties: { "^.+$": { type: "integer" } } },
        OneLine: { ...obj({ name: { type: "string" } }), patternProperties: { "^.*$": { type: "integer" } } },
      }),
    );
    expect(object(model, "Every")).toMatchObject({ patternProperties: [{ pattern: ".*", type: int }], additionalProperties: false });
    expect(object(model, "Empty")).toMatchObject({ patternProperties: [{ pattern: "", type: int }], additionalProperties: false });
    expect(object(model, "NonEmpty").additionalProperties).toEqual({ kind: "unknown" });
    expect(object(model, "OneLine").additionalProperties).toEqual({ kind: "unknown" });
    rendersEverywhere(model);
  });

  it("^(.*)$ (TypeBox's record) matches no key holding a line terminator: a record only when additionalProperties is the same rule", () => {
    const model = modelOf(
      draft07({
        Typed: { type: "object", patternProperties: { "^(.*)$": { type: "string" } } },
        Closed: { type: "object", patternProperties: { "^.*$": { type: "string" } }, additionalProperties: false },
        Same: { type: "object", patternProperties: { "^(.*)$": { type: "string" } }, additionalProperties: { type: "string" } },
        Open: { type: "object", patternProperties: { "^(.*)$": { description: "any value" } } },
      }),
    );
    // A key with a line feed matches no pattern: any value (Typed) or none (Closed) is its rule.
    expect(object(model, "Typed")).toMatchObject({ patternProperties: [{ pattern: "^(.*)$", type: str }], additionalProperties: { kind: "unknown" } });
    expect(object(model, "Closed")).toMatchObject({ patternProperties: [{ pattern: "^.*$", type: str }], additionalProperties: false });
    // Every key takes the one rule.
    expect(typeNamed(model, "Same")).toMatchObject({ kind: "alias", type: { kind: "record", values: str } });
    expect(typeNamed(model, "Open")).toMatchObject({ kind: "alias", type: { kind: "record", values: { kind: "unknown" } } });
    rendersEverywhere(model);
  });

  it("integer, number and boolean enums, a non-string const, and mixed-type enums", () => {
    const model = modelOf(
      draft07({
        Level: { enum: [1, 2, 3] },
        Ratio: { enum: [0.5, 1] },
        Yes: { enum: [true, false] },
        Version: { const: 2 },
        Origin: { const: { x: 0, y: 0 } },
        Mixed: { enum: ["auto", 0, 1, null] },
      }),
    );
    expect(typeNamed(model, "Level")).toMatchObject({ kind: "enum", valueType: "integer", values: [1, 2, 3] });
    expect(typeNamed(model, "Ratio")).toMatchObject({ kind: "enum", valueType: "number", values: [0.5, 1] });
    expect(typeNamed(model, "Yes")).toMatchObject({ kind: "alias", type: { kind: "boolean" } });
    expect(typeNamed(model, "Version")).toMatchObject({ kind: "alias", type: { kind: "literal", value: 2 } });
    expect(typeNamed(model, "Origin")).toMatchObject({ kind: "alias", type: { kind: "literal", value: { x: 0, y: 0 } } });
    expect(typeNamed(model, "Mixed")).toMatchObject({ kind: "alias", type: { kind: "nullable", type: named("MixedValue") } });
    const mixed = union(model, "MixedValue");
    expect(mixed.rule).toBe("jsonType");
    expect(mixed.variants.map((v) => [v.name, v.type])).toEqual([
      ["String", { kind: "literal", value: "auto" }],
      ["Integer", named("MixedInteger")],
    ]);
    expect(typeNamed(model, "MixedInteger")).toMatchObject({ kind: "enum", valueType: "integer", values: [0, 1] });
    rendersEverywhere(model);
  });

  it("constants beside a string's length and pattern or a number's bounds are the ones that pass them, with no rule left to check; a format or multipleOf stays a rule (Azure Pipelines' task: 228 constants under each of 228 patterns were 228 variants each)", () => {
    const model = modelOf(
      draft07({
        Task: obj({ task: { anyOf: [{ enum: ["A@1"] }, { enum: ["B@2"] }, { enum: ["C@3"] }], pattern: "^B@" } }),
        Short: { enum: ["a", "bb", "ccc", 7], maxLength: 2 },
        Small: { enum: [1, 5, 10, "x"], exclusiveMaximum: 10, minimum: 5 },
        // A format is not checked here, nor a multipleOf (validators compute it in floating point each their own way): the rule stays beside the constants.
        Mail: { enum: ["a@b.c", "nope"], format: "email" },
        Tenths: { enum: [0.3, 0.5], multipleOf: 0.1 },
      }),
    );
    expect(propertyType(model, "Task", "task")).toEqual({ kind: "literal", value: "B@2" });
    expect(union(model, "Short").variants.map((v) => v.type)).toEqual([named("ShortString"), { kind: "literal", value: 7 }]);
    expect(typeNamed(model, "ShortString")).toMatchObject({ kind: "enum", values: ["a", "bb"] });
    expect(union(model, "Small").variants.map((v) => v.type)).toEqual([{ kind: "literal", value: 5 }, { kind: "literal", value: "x" }]);
    expect(typeNamed(model, "Mail")).toMatchObject({ kind: "alias", type: { kind: "constrained" } });
    expect(typeNamed(model, "Tenths")).toMatchObject({ kind: "alias", type: { kind: "constrained" } });
    rendersEverywhere(model);
  });

  it("a schema that only allows null, and type lists", () => {
    const model = modelOf(draft07({ Nothing: { type: "null" }, Id: { type: ["string", "integer"] }, Maybe: { type: ["string", "null"], minLength: 1 }, Any: { type: ["array", "boolean", "integer", "null", "number", "object", "string"] } }));
    expect(typeNamed(model, "Nothing")).toMatchObject({ kind: "alias", type: { kind: "null" } });
    expect(union(model, "Id")).toMatchObject({ rule: "jsonType", variants: [{ jsonType: "string" }, { jsonType: "integer" }] });
    expect(typeNamed(model, "Maybe")).toMatchObject({ kind: "alias", type: { kind: "nullable", type: { kind: "string", constraints: { minLength: 1 } } } });
    expect(typeNamed(model, "Any")).toMatchObject({ kind: "alias", type: { kind: "unknown" } });
    rendersEverywhere(model);
  });

  it("a schema naming no type is read as its keywords' type, marked as letting values of the other types through", () => {
    const model = modelOf(draft07({ Loose: obj({ name: { minLength: 1 }, size: { minimum: 0 }, tags: { items: { type: "string" } } }, { type: undefined }), Strict: obj({ name: { type: "string" } }) }));
    expect(typeNamed(model, "Loose")).toMatchObject({ kind: "object", otherTypesPass: true });
    expect(typeNamed(model, "Strict")).not.toHaveProperty("otherTypesPass");
    expect(propertyType(model, "Loose", "name")).toEqual({ kind: "string", constraints: { minLength: 1 }, otherTypesPass: true });
    expect(propertyType(model, "Loose", "size")).toEqual({ kind: "number", constraints: { minimum: 0 }, otherTypesPass: true });
    expect(propertyType(model, "Loose", "tags")).toEqual({ kind: "array", items: str, constraints: {}, otherTypesPass: true });
    expect(propertyType(model, "Strict", "name")).toEqual(str);
    rendersEverywhere(model);
  });

  it("a type list of integer and number is the one type number (found by random schemas: it recursed until the stack overflowed)", () => {
    const model = modelOf(draft07({ Amount: { type: ["integer", "number"], minimum: 0 }, AmountOrName: { type: ["number", "integer", "string"] }, Nested: obj({ a: { type: ["integer", "number"] } }) }));
    expect(typeNamed(model, "Amount")).toMatchObject({ kind: "alias", type: { kind: "number", constraints: { minimum: 0 } } });
    expect(union(model, "AmountOrName")).toMatchObject({ rule: "jsonType", variants: [{ jsonType: "number", type: { kind: "number" } }, { jsonType: "string", type: { kind: "string" } }] });
    expect(propertyType(model, "Nested", "a")).toEqual({ kind: "number", constraints: {} });
    rendersEverywhere(model);
  });

  it("tuples: items as a list with additionalItems, prefixItems with items, items: false", () => {
    const older = modelOf(draft07({ Pair: { type: "array", items: [{ type: "string" }, { type: "integer" }], additionalItems: false }, Empty: { type: "array", items: false } }));
    expect(typeNamed(older, "Pair")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [str, int], rest: false } });
    expect(typeNamed(older, "Empty")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [], rest: false } });
    const modern = modelOf({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Point: { type: "array", prefixItems: [{ type: "number" }, { type: "number" }], items: { type: "string" } } } });
    expect(typeNamed(modern, "Point")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [{ kind: "number" }, { kind: "number" }], rest: str } });
    rendersEverywhere(older);
    rendersEverywhere(modern);
  });

  // Found by sweep (serde's and pydantic's tuples, oxlint's rule options: `prefixItems` of two with
  // `minItems: 2, maxItems: 2` and no `items`): the rest was any value, so Swift declared
  // `JSONTuple2<Int, String, JSONValue>`, DRF a `rest=_Unknown()` and the docs "then any value…", for
  // items the bound forbids.
  it("a tuple whose maxItems is no longer than its prefix admits nothing after it, whatever the rest's rule", () => {
    const modern = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Pair: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], minItems: 2, maxItems: 2 },
        Shorter: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: { type: "string" }, maxItems: 1 },
        Longer: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: { type: "string" }, maxItems: 3 },
      },
    });
    expect(typeNamed(modern, "Pair")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [str, int], rest: false, constraints: { minItems: 2, maxItems: 2 } } });
    expect(typeNamed(modern, "Shorter")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [str, int], rest: false, constraints: { maxItems: 1 } } });
    expect(typeNamed(modern, "Longer")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [str, int], rest: str } });
    const older = modelOf(draft07({ Pair: { type: "array", items: [{ type: "string" }, { type: "integer" }], maxItems: 2 } }));
    expect(typeNamed(older, "Pair")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [str, int], rest: false } });
    rendersEverywhere(modern);
    rendersEverywhere(older);
  });

  // Found by JSON-Schema-Test-Suite (draft2020-12 unevaluatedItems "with anyOf" / "with oneOf"): two
  // tuples were kept apart as a conflict, so `unevaluatedItems: false` closed the array after the
  // shorter one and ["foo", "bar"] had no type at index 1.
  it("tuples in allOf parts merge position by position; the rest stays unsaid where one side says none", () => {
    const modern = modelOf({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { T: { type: "array", prefixItems: [{ const: "foo" }], allOf: [{ prefixItems: [true, { type: "integer" }] }], unevaluatedItems: false } } });
    expect(typeNamed(modern, "T")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [{ kind: "literal", value: "foo" }, int], rest: false } });
    const older = modelOf(draft07({ T: { type: "array", items: [{ type: "string" }], additionalItems: { type: "integer" }, allOf: [{ items: [{ maxLength: 2 }, { minimum: 0 }, { type: "number" }] }] } }));
    expect(typeNamed(older, "T")).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItems: [{ kind: "string", constraints: { maxLength: 2 } }, { kind: "integer", constraints: { minimum: 0 } }, int], rest: int } });
    rendersEverywhere(modern);
    rendersEverywhere(older);
  });
});

describe("conditionals in several parts beside unevaluatedProperties", () => {
  /** One part per scheme type: if `type` is `value`, `key` is required (OpenAPI 3.1's security scheme). */
  const typed = (value: string, key: string) => ({ if: { properties: { type: { const: value } }, required: ["type"] }, then: { properties: { [key]: { type: "string" } }, required: [key] } });

  it("each part's conditional splits in the branches of the one before, and a case whose discriminating constants contradict is no type (OpenAPI 3.1's security scheme; the case file conditionals-in-several-parts-beside-unevaluated.json judges the readings)", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Scheme: {
          type: "object",
          properties: { type: { enum: ["apiKey", "http", "oauth2", "mutualTLS"] } },
          required: ["type"],
          allOf: [typed("apiKey", "name"), typed("http", "scheme"), typed("oauth2", "flows")],
          unevaluatedProperties: false,
        },
      },
    });
    // Kept, the cases "apiKey and http" and the like were objects whose required type admits no value.
    expect(uninhabitedTypes(model).map((found) => found.type.name)).toEqual([]);
    const requiredKeys = model.types.flatMap((type) => (type.kind === "object" ? [type.properties.filter((property) => property.required).map((property) => property.name).sort().join(",")] : []));
    for (const keys of ["name,type", "scheme,type", "flows,type", "type"]) expect(requiredKeys).toContain(keys);
  });

  it("a case whose discriminating constant its own enum excludes is no type either (the constants read as constantValues reads them: const within enum, of a declared type)", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Scheme: {
          type: "object",
          properties: { type: { type: "string" } },
          required: ["type"],
          // A constant outside the enum beside it, in one part: no value has it.
          allOf: [{ if: { properties: { type: { const: "oauth", enum: ["apiKey", "http"] } }, required: ["type"] }, then: { properties: { name: { type: "string" } }, required: ["name"] } }, typed("http", "scheme")],
          unevaluatedProperties: false,
        },
      },
    });
    // Read as its const alone, that case was an object whose required `type` no value satisfies.
    expect(uninhabitedTypes(model).map((found) => found.type.name)).toEqual([]);
  });

  it("the cases the model splits in the cases of another conditional are one union, each case with the rules of those around it (was name | other(scheme | other(flows | other(…))))", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Scheme: {
          type: "object",
          properties: { type: { enum: ["apiKey", "http", "oauth2", "openIdConnect"] } },
          required: ["type"],
          allOf: [typed("apiKey", "name"), typed("http", "scheme"), typed("oauth2", "flows"), typed("openIdConnect", "openIdConnectUrl")],
          unevaluatedProperties: false,
        },
      },
    });
    const scheme = union(model, "Scheme") as KeyPresenceUnion;
    expect(scheme.rule).toBe("keyPresence");
    // Each case is named after the `type` its `if` tests (conditionalCaseNames), not the key its `then` requires.
    expect(scheme.variants.map((variant) => [variant.name, variant.keys])).toEqual([
      ["ApiKey", ["name"]],
      ["Http", ["scheme"]],
      ["Oauth2", ["flows"]],
      ["OpenIdConnect", ["openIdConnectUrl"]],
      ["Other", []],
    ]);
    // Each case is an object, named after the union; the unions it was nested in are gone.
    expect(model.types.filter((type) => type.kind === "union").map((type) => type.name)).toEqual(["Scheme"]);
    const cores = scheme.variants.map((variant) => (variant.type.kind === "constrained" ? variant.type.type : variant.type));
    expect(cores).toEqual(["SchemeApiKey", "SchemeHttp", "SchemeOauth2", "SchemeOpenIdConnect", "SchemeOther"].map(named));
    // A lifted case keeps the `not` of each conditional it is the else of: an oauth2 scheme is
    // neither apiKey nor http (nor openIdConnect, the then it is not).
    expect(assertionsOf(scheme.variants[2]!.type).map((assertion) => assertion.kind)).toEqual(["not", "not", "not"]);
    expect(assertionsOf(scheme.variants[4]!.type).map((assertion) => assertion.kind)).toEqual(["not", "not", "not", "not"]);
    expect(selectVariant(scheme, { type: "oauth2", flows: "{}" })?.name).toBe("Oauth2");
    expect(selectVariant(scheme, { type: "openIdConnect", openIdConnectUrl: "u" })?.name).toBe("OpenIdConnect");
    rendersEverywhere(model);
  });

  it("dependentSchemas' cases (a's presence, then b's in each) are one union too, a lifted case named after the keys of both", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Dependent: {
          type: "object",
          properties: { a: { type: "string" }, b: { type: "string" } },
          dependentSchemas: { a: obj({ a2: { type: "integer" } }, { required: ["a2"] }), b: obj({ b2: { type: "integer" } }) },
          unevaluatedProperties: false,
        },
      },
    });
    const dependent = union(model, "Dependent") as KeyPresenceUnion;
    expect(dependent.variants.map((variant) => [variant.name, variant.keys])).toEqual([
      ["AA2B", ["a", "a2", "b"]],
      ["AA2", ["a", "a2"]],
      ["B", ["b"]],
      ["Other", []],
    ]);
    expect(model.types.filter((type) => type.kind === "union").map((type) => type.name)).toEqual(["Dependent"]);
    expect(selectVariant(dependent, { a: "x", a2: 1, b: "y" })?.name).toBe("AA2B");
    expect(selectVariant(dependent, { b: "y", b2: 2 })?.name).toBe("B");
    rendersEverywhere(model);
  });

  it("a union the author wrote inside another is not lifted into it: only the model's own cases of a conditional are, whose variants exclude each other", () => {
    // oneOf [a, oneOf [b, c]] accepts {a, b, c} (a matches, the inner oneOf does not: both of its
    // variants do); flat, three variants would match it and the oneOf would refuse it.
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Nested: { type: "object", properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } }, oneOf: [{ required: ["a"] }, { oneOf: [{ required: ["b"] }, { required: ["c"] }] }] },
      },
    });
    const nested = union(model, "Nested") as KeyPresenceUnion;
    expect(nested.variants.map((variant) => [variant.keys, variant.type])).toEqual([
      // Named after the key it requires, which the object declares as a string: no type takes NestedA,
      // so no variant is "with" its name (variantTypeName, plainNamesOfVariants).
      [["a"], named("NestedA")],
      [[], named("NestedOther")],
    ]);
    expect(union(model, "NestedOther").variants.map((variant) => variant.name)).toEqual(["B", "C"]);
    rendersEverywhere(model);
  });
});

describe("recursion", () => {
  // Found by a sweep of AsyncAPI, whose schema object (like the draft-07 meta-schema) is objects or
  // booleans: its `items`, anyOf [a $ref to it, an array], made a second object type of its properties.
  it("a $ref to a definition of objects and booleans, split by type, is that definition's object part", () => {
    const model = modelOf(
      draft07({
        Schema: { type: ["object", "boolean"], properties: { title: { type: "string" }, items: { anyOf: [{ $ref: "#/definitions/Schema" }, { type: "array", items: { type: "string" } }] } } },
      }),
    );
    const schema = union(model, "Schema");
    const objectPart = schema.variants.find((variant) => variant.name === "Object")!.type;
    expect(objectPart.kind).toBe("named");
    const items = object(model, (objectPart as { name: string }).name).properties.find((property) => property.name === "items")!.type;
    const itemsUnion = union(model, (items as { name: string }).name);
    expect(itemsUnion.variants.map((variant) => variant.type)).toContainEqual(objectPart);
    expect(model.types.filter((type) => type.kind === "object").map((type) => type.name)).toEqual([(objectPart as { name: string }).name]);
    rendersEverywhere(model);
  });

  it("a self-referencing definition (a tree) is a recursive type", () => {
    const model = modelOf(draft07({ Tree: obj({ value: { type: "string" }, children: { type: "array", items: { $ref: "#/definitions/Tree" } } }, { required: ["value"] }) }));
    expect(propertyType(model, "Tree", "children")).toEqual({ kind: "array", items: named("Tree"), constraints: {} });
    rendersEverywhere(model);
  });

  it("a conditional a definition writes is named after it wherever it is first met (found on Minecraft's loot tables: NumberProviderMinecraftUniformThenMinMinecraftBinomialIf)", () => {
    // The second conditional is first met inside the first's branch, through a reference narrowed
    // beside it; its rule types were named for that path (ProviderUniformThenMinBinomialIf).
    const branch = (value: string, then: Record<string, unknown>) => ({ if: { properties: { type: { const: value } } }, then: { properties: then } });
    const model = modelOf(
      draft07({
        Provider: {
          properties: { type: { type: "string", enum: ["uniform", "binomial"] } },
          allOf: [branch("uniform", { min: { type: ["number", "object"], $ref: "#/definitions/Provider" } }), branch("binomial", { n: { type: ["integer", "object"], $ref: "#/definitions/Provider" } })],
        },
      }),
    );
    const names = model.types.map((type) => type.name);
    expect(names).toEqual(expect.arrayContaining(["ProviderUniformIf", "ProviderUniformThen", "ProviderBinomialIf", "ProviderBinomialThen", "ProviderBinomialThenN"]));
    expect(names.filter((name) => name.includes("ThenMinBinomial"))).toEqual([]);
    rendersEverywhere(model);
  });

  it("recursion through definitions (A → B → A)", () => {
    const model = modelOf(draft07({ A: obj({ b: { $ref: "#/definitions/B" } }), B: obj({ a: { $ref: "#/definitions/A" } }) }));
    expect(propertyType(model, "A", "b")).toEqual(named("B"));
    expect(propertyType(model, "B", "a")).toEqual(named("A"));
    rendersEverywhere(model);
  });

  it("recursion through a $ref with siblings, where no object is lifted to name it (found by random schemas: it recursed until the stack overflowed)", () => {
    // Tree's items are a Tree of at most 3 items: the merged schema (Tree's keywords and maxItems)
    // holds the same items again, so the recursion is the merged schema itself, which gets a name.
    const model = modelOf({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Tree: { type: "array", items: { $ref: "#/$defs/Tree", maxItems: 3 } } } });
    expect(typeNamed(model, "Tree")).toMatchObject({ kind: "alias", type: { kind: "array", items: named("TreeItem") } });
    expect(typeNamed(model, "TreeItem")).toMatchObject({ kind: "alias", type: { kind: "array", items: named("TreeItem"), constraints: { maxItems: 3 } } });
    rendersEverywhere(model);
    // An object met again while it is lifted, where the merged schema has rules around it
    // (dependencies), refers to an alias of the whole, so each level keeps them: never an alias of
    // itself, nor the object without them (found by random schemas judged by every runtime).
    const ruled = modelOf(draft07({ Node: { properties: { next: { type: ["object"], $ref: "#/definitions/Node" } }, dependencies: { next: ["id"] } } }));
    expect(propertyType(ruled, "NodeNext", "next")).toEqual(named("NodeNext2"));
    expect(typeNamed(ruled, "NodeNext2")).toMatchObject({ kind: "alias", type: { kind: "constrained", type: named("NodeNext"), assertions: [{ kind: "dependentRequired", property: "next", require: ["id"] }] } });
    rendersEverywhere(ruled);
  });

  it("recursion through keywords given to a union's variants, one of which refers back to the union (found by random schemas: it recursed until the stack overflowed)", () => {
    // D2's `unevaluatedProperties` goes to each variant of the union its dependentSchemas make, one of
    // them a reference to D3, whose oneOf refers back to D2: each level is a new merged schema, with
    // the same content from the second level on.
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        D2: { unevaluatedProperties: false, dependentSchemas: { a: { anyOf: [{ $ref: "#/$defs/D3" }, { enum: [0.5] }] } } },
        D3: { oneOf: [{ $ref: "#/$defs/D2", description: "ref with siblings" }, { not: { const: [] } }] },
      },
    });
    expect(model.types.some((type) => type.definitionName === "D2")).toBe(true);
    rendersEverywhere(model);
  });

  it("recursion into a schema that is not a definition, met while a part of it lifted at the same place is built: the part keeps a name of its own (found on AsyncAPI 3.0's embedded Avro schema by the sweep: the union was its own object variant)", () => {
    // Shape is a union of JSON types whose object variant is a tagged union lifted at the same
    // pointer; Record's fields refer back to Shape while that tagged union is being built.
    const model = modelOf(
      draft07({
        Doc: {
          type: "object",
          properties: { shape: { $ref: "#/definitions/Doc/definitions/shape" } },
          definitions: {
            shape: { oneOf: [{ type: "string" }, { $ref: "#/definitions/Doc/definitions/primitive" }, { $ref: "#/definitions/Doc/definitions/record" }] },
            primitive: obj({ type: { enum: ["int", "long"] } }, { required: ["type"] }),
            record: obj({ type: { const: "record" }, fields: { type: "array", items: { $ref: "#/definitions/Doc/definitions/shape" } } }, { required: ["type", "fields"] }),
          },
        },
      }),
    );
    const shape = union(model, "Shape");
    expect(shape.rule).toBe("jsonType");
    const objectVariant = shape.variants.find((variant) => "jsonType" in variant && variant.jsonType === "object")!;
    expect(objectVariant.type).not.toEqual(named("Shape"));
    const tagged = union(model, (objectVariant.type as { name: string }).name) as TagUnion;
    expect(tagged.rule).toBe("tag");
    expect(tagged.variants.map((variant) => variant.tag)).toEqual(["int", "long", "record"]);
    // The recursion still names the whole union.
    const record = object(model, (tagged.variants[2]!.type as { name: string }).name);
    expect(record.properties.find((property) => property.name === "fields")!.type).toMatchObject({ kind: "array", items: named("Shape") });
    rendersEverywhere(model);
  });

  it("$ref: \"#\" is the document itself (the meta-schema's recursion), the root a type named after the model", () => {
    const model = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", type: ["object", "boolean"], properties: { not: { $ref: "#" }, items: { anyOf: [{ $ref: "#" }, { type: "array", items: { $ref: "#" } }] } } }, "Meta");
    expect(model.root).toEqual(named("Meta"));
    const meta = union(model, "Meta");
    expect(meta.variants.map((v) => [v.name, v.type])).toEqual([
      ["Object", named("MetaObject")],
      ["Boolean", { kind: "boolean" }],
    ]);
    expect(propertyType(model, "MetaObject", "not")).toEqual(named("Meta"));
    // `items`: the document (an object or a boolean) or an array of it, told apart by JSON type.
    const items = union(model, (propertyType(model, "MetaObject", "items") as { name: string }).name);
    expect(items.variants.map((v) => [v.name, v.type])).toEqual([
      ["Object", named("MetaObject")],
      ["Boolean", { kind: "boolean" }],
      ["Array", { kind: "array", items: named("Meta"), constraints: {} }],
    ]);
    rendersEverywhere(model);
  });

  it("an alias cycle stays an error naming its pointer", () => {
    const error = codegenErrorOf(() => modelOf(draft07({ A: { $ref: "#/definitions/B" }, B: { anyOf: [{ $ref: "#/definitions/A" }, { type: "null" }] } })));
    expect(error.pointer).toBe("/definitions/A");
    expect(error.reason).toContain("alias cycle A → B → A");
  });
});

describe("dialects, annotations and the document", () => {
  // Found on a Kubernetes CRD's `{"type": "array", "nullable": true}` (sweep M): AJV took null there,
  // the model and every target refused it.
  it("nullable: true beside a type takes null too, as AJV reads OpenAPI's keyword in every dialect", () => {
    const model = modelOf(
      draft07({
        Pod: obj({
          tolerations: { type: "array", items: { type: "string" }, nullable: true },
          port: { type: ["integer", "string"], nullable: true },
          name: { type: "string", nullable: false },
          already: { type: ["string", "null"], nullable: true },
        }),
      }),
    );
    expect(propertyType(model, "Pod", "tolerations")).toEqual({ kind: "nullable", type: { kind: "array", items: str, constraints: {} } });
    expect(propertyType(model, "Pod", "port").kind).toBe("nullable");
    expect(propertyType(model, "Pod", "name")).toEqual(str);
    expect(propertyType(model, "Pod", "already")).toEqual({ kind: "nullable", type: str });
    rendersEverywhere(model);
  });

  // OpenAPI writes `{nullable: true, allOf: [{$ref}]}`; AJV refuses to compile `nullable` without a
  // `type` ("nullable" cannot be used without "type"), and the json-schema target wrote it through.
  it("nullable is not written out, so AJV compiles the json-schema target's document", () => {
    const model = modelOf(
      draft07({
        User: obj({ id: { type: "integer" } }, { required: ["id"] }),
        Repo: obj({ owner: { nullable: true, allOf: [{ $ref: "#/definitions/User" }] }, name: { type: ["string", "null"], nullable: false } }),
      }),
    );
    const [file] = targets.find((target) => target.name === "json-schema")!.render([model], {});
    expect(file!.contents).not.toContain('"nullable"');
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect(validate({})).toBe(true);
    // Without a `type` it takes null too, as its author meant, where OpenAPI 3.0.3's letter gives it no
    // effect: gen says so, at the keyword (Hugging Face TGI's OpenAPI document writes it ten times,
    // GitHub's 135: its responses carry null there, `commit.author`; found by sweeps of OpenAPI documents).
    const validateRepo = new Ajv({ strict: false }).addSchema(JSON.parse(file!.contents) as object, "document").compile({ $ref: "document#/definitions/Repo" });
    expect([{ owner: { id: 1 } }, { owner: null }, { owner: {} }, { owner: 1 }].map((value) => validateRepo(value))).toEqual([true, true, false, false]);
    expect(modelWarnings(model)).toEqual([{ pointer: "/definitions/Repo/properties/owner/nullable", reason: expect.stringContaining("`nullable: true` without a `type` beside it: null is taken too") }]);
    // Nothing but annotations beside it: it takes null already, and nothing is said.
    expect(modelWarnings(modelOf(draft07({ Note: obj({ text: { nullable: true, description: "any" } }) })))).toEqual([]);
  });

  // OpenAI's OpenAPI description writes a stream chunk's `finish_reason` as {type: string, enum: [stop, …],
  // nullable: true}: null in every chunk but the last, which OpenAPI 3.0.3's letter (and AJV) refuse,
  // so every output refused 3,500 of 5,000 recorded chunks (found by sweep AB). Read as its author meant.
  it("nullable beside an enum or a const without null takes null too, and is named", () => {
    const model = modelOf(
      draft07({
        Choice: obj({
          finishReason: { type: "string", enum: ["stop", "length"], nullable: true },
          role: { type: "string", enum: ["assistant", null], nullable: true },
          kind: { type: "string", const: "chunk", nullable: true },
          name: { type: "string", nullable: true },
        }),
      }),
    );
    expect(modelWarnings(model).map(({ pointer, reason }) => [pointer, reason])).toEqual([
      ["/definitions/Choice/properties/finishReason/nullable", "`nullable: true` beside an `enum` that does not list null: null is taken too, as its author meant (OpenAPI 3.0.3's letter keeps the values as listed)"],
      ["/definitions/Choice/properties/kind/nullable", "`nullable: true` beside a `const` that does not list null: null is taken too, as its author meant (OpenAPI 3.0.3's letter keeps the values as listed)"],
    ]);
    // What every output reads: null and the listed values, nothing else.
    const [file] = targets.find((target) => target.name === "json-schema")!.render([model], {});
    const validate = new Ajv({ strict: false }).addSchema(JSON.parse(file!.contents) as object, "document").compile({ $ref: "document#/definitions/Choice" });
    const values = [{ finishReason: null }, { kind: null }, { role: null }, { name: null }, { finishReason: "stop" }, { finishReason: "other" }, { kind: "chunk" }, { kind: "other" }];
    expect(values.map((value) => validate(value))).toEqual([true, true, true, true, true, false, true, false]);
  });

  // A keyword only other dialects define rules nothing, as the document's dialect says, so every
  // output leaves it unchecked: gen said nothing of it. OpenAI's OpenAPI 3.1 description keeps 2019-09's
  // `$recursiveRef: "#"` as a variant of CompoundFilter's filters, which Swift and DRF took as any value
  // (found by sweep AB); a draft-07 document writing 2019-09's `unevaluatedProperties` is the other way round.
  it("a keyword only other dialects define is named, at the keyword, as ruling nothing", () => {
    const later = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { filters: { type: "array", items: { oneOf: [{ type: "string" }, { $recursiveRef: "#" }] } }, pair: { prefixItems: [{ type: "string" }], additionalItems: false } },
      dependencies: { filters: ["pair"] },
    });
    expect(modelWarnings(later).map(({ pointer, reason }) => [pointer, reason])).toEqual([
      ["/dependencies", "`dependencies` is a keyword of draft-04 to draft-07, not of this document's 2020-12: it rules nothing here"],
      ["/properties/filters/items/oneOf/1/$recursiveRef", "`$recursiveRef` is a keyword of 2019-09 only, not of this document's 2020-12: it rules nothing here"],
      ["/properties/pair/additionalItems", "`additionalItems` is a keyword of draft-04 to 2019-09, not of this document's 2020-12: it rules nothing here"],
    ]);
    const earlier = modelOf(draft07({ Closed: obj({ a: { type: "string" } }, { unevaluatedProperties: false }) }));
    expect(modelWarnings(earlier).map(({ pointer }) => pointer)).toEqual(["/definitions/Closed/unevaluatedProperties"]);
    // What the dialect defines, or what the toolkit reads before its draft (`const` in draft-04), is no such keyword.
    const own = modelOf({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { a: { const: 1 } }, dependencies: { a: ["b"] } });
    expect(modelWarnings(own)).toEqual([]);
  });

  // Found by sweep AB: the keyword was named as ruling nothing, but the json-schema target wrote it
  // through, and AJV reads `dependencies` (and 2019-09's `$recursiveRef`) in a 2020-12 document: a Node
  // client refused {"a": 0} that Swift and the serializers, as the model, accept.
  it("a keyword only other dialects define is not written out, so AJV on the json-schema target's document reads as the model does", () => {
    const model = modelOf({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { a: { type: "integer" }, b: { type: "integer" } }, dependencies: { a: ["b"] } });
    const [file] = targets.find((target) => target.name === "json-schema")!.render([model], {});
    expect(file!.contents).not.toContain('"dependencies"');
    // In draft-07, which defines it, it stays and rules.
    const own = modelOf(draft07({}, { type: "object", properties: { a: { type: "integer" }, b: { type: "integer" } }, dependencies: { a: ["b"] } }));
    const [ownFile] = targets.find((target) => target.name === "json-schema")!.render([own], {});
    expect(new Ajv({ strict: false }).compile(JSON.parse(ownFile!.contents) as object)({ a: 0 })).toBe(false);
  });

  // AJV refuses a document whose `$async` schema another refers to ("async schema in sync schema"),
  // and the json-schema target wrote it through.
  it("$async is not written out, so AJV compiles the json-schema target's document and validates in step", () => {
    const model = modelOf(draft07({ Name: { $async: true, type: "string" }, Person: obj({ name: { $ref: "#/definitions/Name" } }) }, { $async: true, $ref: "#/definitions/Person" }));
    const [file] = targets.find((target) => target.name === "json-schema")!.render([model], {});
    expect(file!.contents).not.toContain('"$async"');
    const validate = new Ajv({ strict: false }).compile(JSON.parse(file!.contents) as object);
    expect([validate({ name: "a" }), validate({ name: 1 })]).toEqual([true, false]);
  });

  it("draft-04: id, and boolean exclusiveMinimum / exclusiveMaximum", () => {
    const model = modelOf({
      $schema: "http://json-schema.org/draft-04/schema#",
      id: "http://example.com/root.json",
      definitions: {
        Positive: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false },
        Item: { id: "#item", type: "string" },
        Ref: obj({ item: { $ref: "http://example.com/root.json#item" }, also: { $ref: "#item" } }),
      },
    });
    expect(typeNamed(model, "Positive")).toMatchObject({ kind: "alias", type: { kind: "number", constraints: { exclusiveMinimum: 0, maximum: 10 } } });
    expect(propertyType(model, "Ref", "item")).toEqual(named("Item"));
    expect(propertyType(model, "Ref", "also")).toEqual(named("Item"));
  });

  it("a referenced schema filed outside the definitions is named for the key or the place it is filed under, wherever it is first used", () => {
    // Containers other than the root's definitions: an unknown keyword's (OpenAPI-style
    // components), a definition holding more (nbformat's misc), a nested definitions container.
    const pet = obj({ name: { type: "string" } }, { required: ["name"] });
    const text = { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
    const model = modelOf(
      draft07(
        { misc: { multiline_string: text }, Holder: { type: "object", $defs: { Owner: obj({ id: { type: "integer" } }) } } },
        {
          type: "object",
          properties: {
            pet: { $ref: "#/components/schemas/Pet" },
            text: { $ref: "#/definitions/misc/multiline_string" },
            owner: { $ref: "#/definitions/Holder/$defs/Owner" },
            first: { $ref: "#/properties/pets/items" },
            pets: { type: "array", items: { type: "object", properties: { n: { type: "number" } } } },
          },
          components: { schemas: { Pet: pet } },
        },
      ),
      "Doc",
    );
    expect(propertyType(model, "Doc", "pet")).toEqual(named("Pet"));
    expect(propertyType(model, "Doc", "text")).toEqual(named("MultilineString"));
    expect(propertyType(model, "Doc", "owner")).toEqual(named("Owner"));
    // A place reached through properties and items is named as the schema holding it names it, not
    // for its first use: `first` came first, and Doc's pets were [DocFirst].
    expect(propertyType(model, "Doc", "first")).toEqual(named("DocPetsItem"));
    expect(propertyType(model, "Doc", "pets")).toEqual({ kind: "array", items: named("DocPetsItem"), constraints: {} });
  });

  it("a root property another place refers to is named as the root's (found on ESLint's config: overrides refer to #/properties/…)", () => {
    const options = obj({ sourceType: { enum: ["script", "module"] } });
    const model = modelOf(
      { $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { overrides: { type: "array", items: obj({ parserOptions: { $ref: "#/properties/parserOptions" }, env: { $ref: "#/definitions/Env/properties/flags" } }) }, parserOptions: options }, definitions: { Env: obj({ flags: obj({ node: { type: "boolean" } }) }) } },
      "Eslintrc",
    );
    expect(propertyType(model, "Eslintrc", "parserOptions")).toEqual(named("EslintrcParserOptions"));
    expect(propertyType(model, "EslintrcOverridesItem", "parserOptions")).toEqual(named("EslintrcParserOptions"));
    expect(propertyType(model, "EslintrcOverridesItem", "env")).toEqual(named("EnvFlags"));
    rendersEverywhere(model);
  });

  it("an entry of a definitions container inside a property is named for that property too (found on TSLint's config: each rule files its options there)", () => {
    const options = (values: string[]) => ({ type: "array", items: { enum: values }, minItems: 1 });
    const rule = (name: string, values: string[]) => ({
      definitions: { options: options(values) },
      type: "object",
      properties: { options: { $ref: `#/definitions/rules/properties/${name}/definitions/options` }, first: { $ref: `#/definitions/rules/properties/${name}/definitions/options/items` } },
    });
    const model = modelOf(draft07({ rules: obj({ align: rule("align", ["members", "statements"]), ban: rule("ban", ["eval", "with"]) }), Holder: { type: "object", $defs: { Owner: obj({ id: { type: "integer" } }) }, properties: { owner: { $ref: "#/definitions/Holder/$defs/Owner" } } } }));
    // Named for the key alone, both were OptionsItem and OptionsItem2.
    expect(propertyType(model, "RulesAlign", "first")).toEqual(named("RulesAlignOptionsItem"));
    expect(propertyType(model, "RulesBan", "first")).toEqual(named("RulesBanOptionsItem"));
    expect(propertyType(model, "RulesBan", "options")).toMatchObject({ kind: "array", items: named("RulesBanOptionsItem") });
    // A definition's own container still names its entries by their keys.
    expect(propertyType(model, "Holder", "owner")).toEqual(named("Owner"));
    rendersEverywhere(model);
  });

  it("$id-addressed refs inside a bundle (2020-12)", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://example.com/bundle",
      $defs: {
        Info: { $id: "https://example.com/info.json", type: "object", properties: { title: { $ref: "#/$defs/Title" } }, $defs: { Title: { type: "string", maxLength: 9 } } },
        Doc: obj({ info: { $ref: "info.json" }, title: { $ref: "https://example.com/info.json#/$defs/Title" } }),
      },
    });
    expect(propertyType(model, "Doc", "info")).toEqual(named("Info"));
    expect(propertyType(model, "Info", "title")).toEqual({ kind: "string", constraints: { maxLength: 9 } });
    expect(propertyType(model, "Doc", "title")).toEqual({ kind: "string", constraints: { maxLength: 9 } });
  });

  it("$dynamicRef / $recursiveRef are read as references to their static target (2020-12, 2019-09 meta-schemas)", () => {
    const dynamic = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: { Node: { $dynamicAnchor: "node", type: "object", properties: { next: { $dynamicRef: "#node" } } } },
    });
    expect(propertyType(dynamic, "Node", "next")).toEqual(named("Node"));
    const recursive = modelOf({ $schema: "https://json-schema.org/draft/2019-09/schema", $recursiveAnchor: true, type: "object", properties: { child: { $recursiveRef: "#" } } }, "Tree");
    expect(propertyType(recursive, "Tree", "child")).toEqual(named("Tree"));
  });

  it("unknown keywords are annotations, never errors (DAP's _enum, x-…, markdownDescription, errorMessage)", () => {
    const model = modelOf(draft07({ Reason: { type: "string", _enum: ["step", "pause"], enumDescriptions: ["a", "b"], "x-internal": true, markdownDescription: "Why **it** stopped.", errorMessage: "bad" } }));
    expect(typeNamed(model, "Reason")).toEqual({ kind: "alias", name: "Reason", pointer: "/definitions/Reason", definitionName: "Reason", type: str, description: "Why **it** stopped." });
  });

  it("the document itself may be the type, beside its definitions; or there may be no root", () => {
    const rooted = modelOf({ ...obj({ version: { $ref: "#/definitions/Version" } }, { required: ["version"] }), definitions: { Version: { type: "integer" } } }, "Notebook");
    expect(rooted.root).toEqual(named("Notebook"));
    expect(object(rooted, "Notebook").properties[0]).toMatchObject({ name: "version", type: named("Version"), required: true });
    // Only definitions (DAP declares `type: "object"` beside them, MCP nothing): no root.
    expect(modelOf({ type: "object", definitions: { A: { type: "string" } } }).root).toBeUndefined();
    expect(modelOf({ definitions: { A: { type: "string" } } }).root).toBeUndefined();
  });

  // Found on Lottie's schema, which files its definitions in groups ($defs/constants/fill-rule): each
  // group was a type of any value (Constants = JSONValue), its members were named and shared by shape
  // where a reference first met them (FillRule and TrimMultipleShapes, with the same values, became one
  // type), and warnings inside them named places that do not exist (the walk of origins never entered them).
  it("a definition that is a group of definitions is its members, each a definition at its place", () => {
    const rule = (first: string, second: string) => ({ type: "integer", oneOf: [{ title: first, const: 1 }, { title: second, const: 2 }] });
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { rule: { $ref: "#/$defs/constants/fill-rule" }, multiple: { $ref: "#/$defs/constants/trim-multiple-shapes" }, key: { $ref: "#/$defs/keyframes/base" } },
      $defs: {
        constants: { description: "Enumerations", "fill-rule": rule("Non Zero", "Even Odd"), "trim-multiple-shapes": rule("Individually", "Simultaneously") },
        keyframes: { base: { type: "object", allOf: [{ properties: { t: { type: "number" } } }, { if: { not: { required: ["t"] } }, then: { properties: { h: { not: { const: 0 } } } } }] } },
        Plain: { type: "string" },
      },
    }, "Grouped");
    const definitions = model.types.filter((type) => type.definitionName !== undefined).map((type) => [type.definitionName, type.name, type.pointer]);
    expect(definitions).toEqual(expect.arrayContaining([
      ["constants/fill-rule", "FillRule", "/$defs/constants/fill-rule"],
      ["constants/trim-multiple-shapes", "TrimMultipleShapes", "/$defs/constants/trim-multiple-shapes"],
      ["keyframes/base", "Base", "/$defs/keyframes/base"],
      ["Plain", "Plain", "/$defs/Plain"],
    ]));
    expect(model.types.map((type) => type.name)).not.toContain("Constants");
    expect([propertyType(model, "Grouped", "rule"), propertyType(model, "Grouped", "multiple")]).toEqual([named("FillRule"), named("TrimMultipleShapes")]);
    expect(model.fallbacks.map((fallback) => fallback.pointer)).toEqual(["/$defs/keyframes/base/allOf/1/then/properties/h"]);
    rendersEverywhere(model);
  });

  // Found on CDEvents' glossary entries (schemas/_defs/*.json: `$id`, a definition in prose and
  // `examples`, nothing else): gen made no type at all, and the conformance run judged nothing, the
  // examples neither.
  it("a document of neither definitions nor rules is any value, the model's name the open JSON value", () => {
    for (const document of [{}, { description: "any value", examples: ["a string", 42] }, { $schema: "http://json-schema.org/draft-07/schema#", title: "Any", definitions: {} }]) {
      const model = modelOf(document, "Glossary");
      expect(model.root).toEqual(named("Glossary"));
      expect(typeNamed(model, "Glossary")).toMatchObject({ kind: "alias", type: { kind: "unknown" } });
    }
  });

  it("the document's own type, when a definition has the model's name, is the model's Document (found on Helmfile: a definition helmfile, the root was Helmfile2)", () => {
    const model = modelOf({ ...obj({ helmfiles: { type: "array", items: { $ref: "#/definitions/helmfile" } }, environments: obj({ name: { type: "string" } }) }), definitions: { helmfile: obj({ path: { type: "string" } }) } }, "Helmfile");
    expect(model.root).toEqual(named("HelmfileDocument"));
    expect(propertyType(model, "HelmfileDocument", "environments")).toEqual(named("HelmfileDocumentEnvironments"));
    expect(propertyType(model, "HelmfileDocument", "helmfiles")).toEqual({ kind: "array", items: named("Helmfile"), constraints: {} });
    // A root that refers to itself is named so too.
    const recursive = modelOf({ ...obj({ next: { $ref: "#" }, item: { $ref: "#/definitions/Item" } }), definitions: { Item: obj({ n: { type: "integer" } }) } }, "Item");
    expect(recursive.root).toEqual(named("ItemDocument"));
    expect(propertyType(recursive, "ItemDocument", "next")).toEqual(named("ItemDocument"));
    rendersEverywhere(model);
  });

  it("a root object that is more than its object (null too, rules beside it) is the model's name, its object ModelValue (found on Prometheus' rules file: the root was PrometheusRules2)", () => {
    const nullable = modelOf({ type: ["object", "null"], properties: { groups: { type: "array", items: { type: "string" } } } }, "Rules");
    expect(nullable.root).toEqual(named("Rules"));
    expect(typeNamed(nullable, "Rules")).toMatchObject({ kind: "alias", type: { kind: "nullable", type: named("RulesValue") } });
    expect(typeNamed(nullable, "RulesValue").kind).toBe("object");
    expect(nullable.types.map((type) => type.name)).not.toContain("Rules2");
    // A `not` of two required keys (not both) stays a rule (one key's is a property no value satisfies: key-forbidden-by-not-required.test).
    const withRule = modelOf({ ...obj({ a: { type: "string" } }), not: { required: ["a", "b"] } }, "Doc");
    expect(withRule.root).toEqual(named("Doc"));
    expect(withRule.types.map((type) => type.name).sort()).toEqual(["Doc", "DocNot", "DocValue"]);
    rendersEverywhere(nullable);
    rendersEverywhere(withRule);
  });

  it("names that would collide are numbered, never refused", () => {
    const model = modelOf(draft07({ "cron-job": obj({}), CronJob: obj({}), A: obj({ b: obj({ x: { type: "string" } }) }), AB: obj({ y: { type: "integer" } }) }));
    expect(model.types.filter((t) => t.definitionName !== undefined).map((t) => [t.definitionName, t.name])).toEqual([
      ["cron-job", "CronJob"],
      ["CronJob", "CronJob2"],
      ["A", "A"],
      ["AB", "AB"],
    ]);
    expect(propertyType(model, "A", "b")).toEqual(named("AB2"));
  });
});

describe("fallbacks and the untyped count", () => {
  // Found by a sweep of agent protocols: ACP's terminal requests are four definitions of the same two
  // keys, grouped by key into one first-match union, where every value decoded as the first.
  it("warns of an anyOf variant taking exactly the values of an earlier one, not of a oneOf's", () => {
    const request = { type: "object", properties: { sessionId: { type: "string" }, terminalId: { type: "string" } }, required: ["sessionId", "terminalId"] };
    const refs = (...names: string[]) => names.map((name) => ({ $ref: `#/definitions/${name}` }));
    const model = modelOf(
      draft07({
        Output: request,
        Kill: { ...request, description: "Kills the terminal." },
        // One more rule tells it apart: reachable.
        Release: { ...request, additionalProperties: false },
        Requests: { anyOf: refs("Output", "Kill", "Release") },
        Exactly: { oneOf: refs("Output", "Kill") },
      }),
    );
    const warnings = modelWarnings(model).filter((warning) => warning.reason.includes("no value decodes as"));
    expect(warnings.map((warning) => [warning.pointer, warning.reason])).toEqual([
      ["/definitions/Requests", "variant Kill of Requests takes exactly the values variant Output takes (the same properties and rules), and variants are tried in order: no value decodes as Kill"],
    ]);
    rendersEverywhere(model);
  });

  // Found by sweeps of GitHub workflows (`runs-on`: ["self-hosted", …any] before ["self-hosted",
  // "linux" | "macos", …]) and Vega-Lite (any string before its ColorScheme names): the later variant
  // took no value, and nothing warned.
  it("tries an anyOf variant that takes every value of a later one, and more, after it", () => {
    const model = modelOf(
      draft07({
        Version: { anyOf: [{ type: "number" }, { type: "integer" }] },
        Scheme: { anyOf: [{ type: "string" }, { $ref: "#/definitions/Names" }, { type: "string", pattern: "^x" }] },
        Names: { enum: ["a", "b"] },
        RunsOn: { type: "array", anyOf: [{ items: [{ const: "self-hosted" }] }, { items: [{ const: "self-hosted" }, { enum: ["linux", "macos"] }] }] },
        Listed: { anyOf: [{ type: "array", items: { type: "string" } }, { type: "array", items: { $ref: "#/definitions/Names" } }] },
        // Neither takes every value of the other: the order written.
        Apart: { anyOf: [{ type: "string", pattern: "^x" }, { type: "string", maxLength: 3 }] },
      }),
    );
    const order = (name: string) => (typeNamed(model, name) as UnionType).variants.map((variant) => variant.name);
    expect(order("Version")).toEqual(["Integer", "Number"]);
    expect(order("Scheme")).toEqual(["Known", "String2", "String"]);
    expect(order("RunsOn")).toEqual(["Array2", "Array"]);
    expect(order("Listed")).toEqual(["Array2", "Array"]);
    expect(order("Apart")).toEqual(["String", "String2"]);
    expect(modelWarnings(model).filter((warning) => warning.reason.includes("no value decodes as"))).toEqual([]);
    rendersEverywhere(model);
  });

  it("a value only rules describe is a fallback naming its pointer and why; a plain {} is not", () => {
    const model = modelOf(draft07({ A: obj({ anything: {}, notNull: { not: { type: "null" } } }) }));
    expect(model.fallbacks).toEqual([{ kind: "rules-only", pointer: "/definitions/A/properties/notNull", reason: expect.stringContaining("(not)") }]);
  });

  // Claude Code's tool_use: `allOf` of if-name-then-input parts on a typed object. Each part only adds
  // rules to the object, so none is a place left untyped; an `allOf` of such parts with no type
  // anywhere still is, once, where the value is.
  it("an allOf part that only adds if/then rules to a typed object is no fallback; on an untyped value the value is one", () => {
    const ifThen = { if: obj({ name: { const: "Bash" } }), then: { required: ["input"] } };
    const typed = modelOf(draft07({ Call: obj({ name: { type: "string" }, input: { type: "object" } }, { allOf: [ifThen, { ...ifThen }] }) }));
    expect(typed.fallbacks).toEqual([]);
    const call = typeNamed(typed, "Call");
    expect(call.kind).toBe("alias");
    // The rules stay, for validators: one part merged as the object's conditional, the other left over.
    expect(assertionsOf((call as Extract<NamedType, { kind: "alias" }>).type).map((assertion) => assertion.kind)).toEqual(["conditional", "allOf"]);
    const untyped = modelOf(draft07({ A: obj({ rules: { allOf: [ifThen, { not: { type: "null" } }] } }) }));
    expect(untyped.fallbacks.map((fallback) => fallback.pointer)).toEqual(["/definitions/A/properties/rules"]);
  });

  it("an untyped property: the open JSON value, through nullable, constraints, aliases, arrays and records", () => {
    const model = modelOf(
      draft07({
        Json: {},
        A: obj({
          plain: {},
          list: { type: "array" },
          map: { type: "object" },
          aliased: { $ref: "#/definitions/Json" },
          maybe: { type: ["array", "null"] },
          text: { type: "string" },
          union: { type: ["string", "integer"] },
          record: { type: "object", additionalProperties: { type: "string" } },
        }),
      }),
    );
    const a = object(model, "A");
    expect(a.properties.filter((p) => isUntypedProperty(model, p)).map((p) => p.name)).toEqual(["plain", "list", "map", "aliased", "maybe"]);
    expect(summarizeModel(model)).toEqual({ types: 3, properties: 8, untypedProperties: 5, fallbacks: 0 });
  });

  // Found by sweep R (OpenVEX, OSV): every property of the value typed, yet 25% reported untyped, from
  // the types made only to check a rule (the `then`'s `j`, which restates the value's own key).
  it("the summary counts the properties of what a value is decoded into, not of the types that only check a rule", () => {
    const model = modelOf(
      draft07({ R: obj({ s: { enum: ["a", "b"] }, j: { type: "string" } }, { if: obj({ s: { const: "a" } }), then: { required: ["j"] }, not: obj({ j: { const: "x" } }, { required: ["j"] }) }) }),
    );
    const checkOnly = model.types.filter((type) => type.kind === "object" && type.definitionName === undefined && type.properties.some((property) => property.name === "j" || property.name === "s"));
    expect(checkOnly.length).toBeGreaterThan(0);
    expect(checkOnly.some((type) => type.kind === "object" && type.properties.some((property) => isUntypedProperty(model, property)))).toBe(true);
    expect(summarizeModel(model)).toMatchObject({ properties: 2, untypedProperties: 0 });
  });

  // Sweep R: a property a schema forbids (`false`, `not: {}`) counted as untyped, though typed
  // languages hold it as absent (Swift's JSONAbsent), while `{}` beside it is the open value.
  it("the summary counts a property no value fits as typed, and one any value fits as untyped", () => {
    const model = modelOf(draft07({ R: obj({ gone: false, removed: { not: {} }, short: { type: "string", minLength: 2, maxLength: 1 }, any: {} }) }));
    const properties = (typeNamed(model, "R") as Extract<NamedType, { kind: "object" }>).properties;
    expect(properties.filter((property) => isUntypedProperty(model, property)).map((property) => property.name)).toEqual(["any"]);
    expect(summarizeModel(model)).toMatchObject({ properties: 4, untypedProperties: 1 });
  });
});

describe("enum values stay distinct and typed", () => {
  it("an enum filtered by its type keeps only values of that type", () => {
    const model = modelOf(draft07({ E: { type: "string", enum: ["a", 1, "b", "a"] } }));
    expect((typeNamed(model, "E") as EnumType).values).toEqual(["a", "b"]);
  });
});

// Found by JSON Schema's own test suite (test/cases): each reading below gave DRF (and the model's
// validator) another verdict than the specification's.
describe("readings the specification's test suite checked", () => {
  const alias = (model: SchemaModel, name: string): TypeRef => {
    const type = typeNamed(model, name);
    expect(type.kind).toBe("alias");
    return (type as Extract<NamedType, { kind: "alias" }>).type;
  };

  it("keywords of maps only, with no type, make a map that lets other JSON values through", () => {
    const model = modelOf(draft07({ M: { additionalProperties: { type: "integer" } }, C: { minProperties: 1 } }));
    expect(alias(model, "M")).toEqual({ kind: "record", values: int, otherTypesPass: true });
    expect(alias(model, "C")).toEqual({ kind: "constrained", type: { kind: "record", values: { kind: "unknown" }, otherTypesPass: true }, assertions: [expect.objectContaining({ kind: "propertyCount", min: 1 })] });
    // With a type named, other values fail.
    expect(alias(modelOf(draft07({ M: { type: "object", additionalProperties: { type: "integer" } } })), "M")).toEqual({ kind: "record", values: int });
  });

  it("keywords of several types, with no type, make a union of every JSON type, only theirs constrained", () => {
    const model = modelOf(draft07({ U: { maxLength: 2, minimum: 2 } }));
    // Null, as everywhere, is the nullable around the rest.
    expect(alias(model, "U")).toEqual({ kind: "nullable", type: named("UValue") });
    const variants = union(model, "UValue").variants.map((variant) => [variant.name, variant.type]);
    expect(variants).toEqual([
      ["Boolean", { kind: "boolean" }],
      ["Number", { kind: "number", constraints: { minimum: 2 } }],
      ["String", { kind: "string", constraints: { maxLength: 2 } }],
      ["Array", expect.objectContaining({ kind: "array", items: { kind: "unknown" } })],
      ["Object", expect.objectContaining({ kind: "record", values: { kind: "unknown" } })],
    ]);
  });

  // Found by Swagger 2.0's schema: its vendorExtension, `{"additionalProperties": true, "additionalItems":
  // true}`, was read as a union of every JSON type, object and array typed, which the conformance run
  // could not tell takes every value (it searched for an invalid instance until it gave up).
  it("a keyword whose subschema takes every value constrains nothing and implies no type", () => {
    const model = modelOf(
      draft07({
        Extension: { description: "Any value.", additionalProperties: true, additionalItems: true },
        Open: { additionalProperties: {}, items: true, propertyNames: { description: "any name" } },
        Loose: { additionalProperties: true, maxLength: 2 },
      }),
    );
    expect(alias(model, "Extension")).toEqual({ kind: "unknown" });
    expect(alias(model, "Open")).toEqual({ kind: "unknown" });
    // Beside a keyword that does constrain, only that keyword's type is read (other values pass it).
    expect(alias(model, "Loose")).toEqual({ kind: "string", constraints: { maxLength: 2 }, otherTypesPass: true });
    // `properties` names members worth typing even when their schemas take everything.
    expect(typeNamed(modelOf(draft07({ P: { properties: { a: {} } } })), "P")).toMatchObject({ kind: "object", otherTypesPass: true });
    rendersEverywhere(model);
  });

  it("every JSON type listed beside a keyword of one keeps that keyword (it is not any value)", () => {
    const model = modelOf(draft07({ T: { type: ["null", "boolean", "integer", "number", "string", "array", "object"], maxLength: 2 } }));
    expect(alias(model, "T")).toEqual({ kind: "nullable", type: named("TValue") });
    const strings = union(model, "TValue").variants.find((variant) => variant.name === "String");
    expect(strings?.type).toEqual({ kind: "string", constraints: { maxLength: 2 } });
    // Without such a keyword, the list is any value.
    expect(alias(modelOf(draft07({ T: { type: ["null", "boolean", "integer", "number", "string", "array", "object"] } })), "T")).toEqual({ kind: "unknown" });
  });

  it("if, then and else in different allOf parts stay apart: a then answers only its own schema's if", () => {
    const model = modelOf(draft07({ C: { allOf: [{ if: { exclusiveMaximum: 0 } }, { then: { minimum: -10 } }, { else: { multipleOf: 2 } }] } }));
    const conditionals = JSON.stringify(model.types).match(/"kind":"conditional"/g) ?? [];
    // No conditional pairs the first part's if with the second's then or the third's else.
    for (const type of model.types) {
      for (const assertion of type.kind === "alias" && type.type.kind === "constrained" ? type.type.assertions : []) {
        if (assertion.kind === "conditional") expect(assertion.then === undefined || assertion.else === undefined).toBe(true);
      }
    }
    expect(conditionals.length).toBeLessThanOrEqual(1);
  });

  it("$recursiveRef in a draft-07 document is no keyword there: an annotation, not a reference", () => {
    const model = modelOf(draft07({ Tree: { type: "object", additionalProperties: { $recursiveRef: "#" } } }));
    expect(alias(model, "Tree")).toEqual({ kind: "record", values: { kind: "unknown" } });
  });

  it("a union variant naming no type lets other values through: the union is first match over its variants as written", () => {
    const circle = { properties: { kind: { const: "circle" }, r: { type: "number" } }, required: ["kind", "r"] };
    const square = { properties: { kind: { const: "square" }, side: { type: "number" } }, required: ["kind", "side"] };
    const model = modelOf(draft07({ Data: { type: "object", properties: { type: { type: "string" } }, required: ["type"] }, Item: { oneOf: [{ $ref: "#/definitions/Data" }, { type: "null" }, { properties: { ref: { type: "string" } } }] }, Shape: { anyOf: [circle, square] } }));
    // Null reaches both the null variant and the one naming no type, so it is a variant, not a nullable around the rest.
    const item = union(model, "Item");
    expect(item.rule).toBe("firstMatch");
    expect(item.variants.map((variant) => variant.type.kind)).toEqual(["named", "null", "named"]);
    expect(typeNamed(model, (item.variants[2]!.type as { name: string }).name)).toMatchObject({ kind: "object", otherTypesPass: true });
    // A tag among variants naming no type would refuse the numbers both let through.
    const shape = union(model, "Shape");
    expect(shape.rule).toBe("firstMatch");
    expect(shape.variants.every((variant) => (typeNamed(model, (variant.type as { name: string }).name) as { otherTypesPass?: true }).otherTypesPass)).toBe(true);
    // `type` beside the union reaches each variant: typed objects, told apart by their tag.
    const typed = modelOf(draft07({ Shape: { type: "object", anyOf: [circle, square] } }));
    expect(union(typed, "Shape")).toMatchObject({ rule: "tag", property: "kind" });
    for (const variant of union(typed, "Shape").variants) expect(typeNamed(typed, (variant.type as { name: string }).name)).not.toHaveProperty("otherTypesPass");
  });

  it("a document whose root is a remote $ref has that root, untyped and reported, not nothing", () => {
    const model = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", $ref: "https://example.com/other.json" }, "Remote");
    expect(model.root).toEqual(named("Remote"));
    expect(alias(model, "Remote")).toEqual({ kind: "unknown" });
    expect(model.fallbacks).toEqual([{ kind: "remote-ref", pointer: "", reason: expect.stringContaining("https://example.com/other.json") }]);
  });
});

describe("a pattern that is ECMA-262 only without the u flag", () => {
  // The input takes `^[\w\:]+$` (an identity escape inside a class, common in AWS's resource
  // schemas); the model read it as matching nothing, so a required key it names had no type.
  const model = modelOf(draft07({ Tags: { type: "object", required: ["a:b"], patternProperties: { "^[\\w\\:]+$": { type: "integer" } } } }));

  it("matches keys as written without the flag", () => {
    expect(propertyType(model, "Tags", "a:b")).toEqual(int);
    rendersEverywhere(model);
  });
});

describe("a string pattern that spells out its strings is those constants", () => {
  // Cut down from Azure Pipelines' schema: `steps` items are an anyOf of ~250 objects, each narrowing
  // `task` (a string where the anyOf's host declares it) by a pattern such as `^CmdLine@2$`. Read as a
  // rule only, the union was first match, and a CmdLine@2 step decoded as the first variant (PowerShell)
  // whose other keys it fit.
  const inputs = (keys: Record<string, unknown>) => ({ type: "object", additionalProperties: false, properties: keys });
  const model = modelOf(
    draft07({
      Task: {
        ...obj({ task: { type: "string" }, inputs: { type: "object" } }, { required: ["task"] }),
        anyOf: [
          { properties: { task: { pattern: "^PowerShell@2$" }, inputs: inputs({ script: { type: "string" }, pwsh: { type: "boolean" } }) } },
          { properties: { task: { pattern: "^CmdLine@2$" }, inputs: inputs({ script: { type: "string" } }) } },
          // Alternatives and an optional part: a small set of strings, one variant for each.
          { properties: { task: { pattern: "^(?:push|pull)$" }, inputs: inputs({ ref: { type: "string" } }) } },
          { properties: { task: { pattern: "^Copy\\.Files@2s?$" }, inputs: inputs({ from: { type: "string" } }) } },
        ],
      },
      ParameterType: { anyOf: ["boolean", "string", "stringList"].map((name) => ({ type: "string", pattern: `^${name}$` })) },
      Nullable: { type: ["string", "null"], pattern: "^v1\\.0$" },
      // The pattern's strings meet the other rules: maxLength leaves one, or none.
      Short: { type: "string", pattern: "^(?:ab|abcd)$", maxLength: 3 },
      None: { type: "string", pattern: "^abcd$", maxLength: 3 },
      // A value of another type passes a pattern: with no `type` it is no constant.
      Typeless: { pattern: "^a$" },
      // What may match more than it writes out stays a string with its pattern.
      Classes: { type: "string", pattern: "^[ab]$" },
      Unanchored: { type: "string", pattern: "^a" },
      Repeated: { type: "string", pattern: "^a+$" },
    }),
  );

  it("a union of objects told apart by such patterns is a tag union on that key", () => {
    const task = union(model, "Task") as TagUnion;
    expect(task.rule).toBe("tag");
    expect(task.property).toBe("task");
    expect(task.variants.map((variant) => variant.tag)).toEqual(["PowerShell@2", "CmdLine@2", "push", "pull", "Copy.Files@2", "Copy.Files@2s"]);
    const inputsOf = (tag: string) => {
      const variant = object(model, (task.variants.find((candidate) => candidate.tag === tag)!.type as { name: string }).name);
      const inputsType = variant.properties.find((property) => property.name === "inputs")!.type as { name: string };
      return object(model, inputsType.name).properties.map((property) => property.name);
    };
    expect(inputsOf("PowerShell@2")).toEqual(["script", "pwsh"]);
    expect(inputsOf("CmdLine@2")).toEqual(["script"]);
    expect(inputsOf("pull")).toEqual(["ref"]);
    expect(inputsOf("Copy.Files@2s")).toEqual(["from"]);
    rendersEverywhere(model);
  });

  it("alone, such a string is its constants, null beside them where the type lists it", () => {
    expect(typeNamed(model, "Nullable")).toMatchObject({ kind: "alias", type: { kind: "nullable", type: { kind: "literal", value: "v1.0" } } });
    expect(typeNamed(model, "Short")).toMatchObject({ kind: "alias", type: { kind: "literal", value: "ab" } });
    expect(uninhabitedTypes(model).map((found) => found.type.name)).toEqual(["None"]);
  });

  // Azure Pipelines' template parameter `type`: an anyOf of 16 strings, each `pattern: "^boolean$"` and
  // so on, was one case of any string in Swift.
  it("a union of such strings is one enum of their constants", () => {
    expect(typeNamed(model, "ParameterType")).toMatchObject({ kind: "enum", valueType: "string", values: ["boolean", "string", "stringList"] });
  });

  it("the python-drf module's pattern table still holds each pattern, which the Python validators read the document's through", () => {
    const [module] = targets.find((target) => target.name === "python-drf")!.render([model], {});
    const table = module!.contents.slice(module!.contents.indexOf("JSON_SCHEMA_PATTERNS = "));
    for (const pattern of ["^PowerShell@2$", "^(?:push|pull)$", "^(?:ab|abcd)$", "^boolean$"]) expect(table).toContain(`${JSON.stringify(pattern)}: ${JSON.stringify(pattern.replace(/\$$/, "\\Z"))}`);
  });

  it("a pattern with no type, or one that may match more than it writes out, stays a rule on a string", () => {
    expect(typeNamed(model, "Typeless")).toMatchObject({ kind: "alias", type: { kind: "string", constraints: { pattern: "^a$" }, otherTypesPass: true } });
    for (const [name, pattern] of [
      ["Classes", "^[ab]$"],
      ["Unanchored", "^a"],
      ["Repeated", "^a+$"],
    ]) {
      expect(typeNamed(model, name!)).toMatchObject({ kind: "alias", type: { kind: "string", constraints: { pattern } } });
    }
  });
});

// Found by a sweep of public schemas: a variant no value fits was a case of its own (cspell's
// `anyOf: [SemVersionPredicate, {not: {}}]`, a Swift case of JSONAbsent no value decodes into), and
// a variant written twice was a one-case union (Angular's prerender builder, `anyOf: [{}, {}]`
// beside its properties, with a warning that its second variant was unreachable, refused under
// --strict). Expected types written by hand from the schemas.
describe("union variants that add no case", () => {
  const pattern: TypeRef = { kind: "string", constraints: { pattern: "^v" } };

  it("a variant that refuses every value (`not: {}`, `not: true`, `not` of every type, `false`) is dropped", () => {
    const model = modelOf(
      draft07({
        R: obj({
          notEmpty: { anyOf: [{ type: "string", pattern: "^v" }, { not: {} }] },
          notTrue: { oneOf: [{ not: true }, { type: "string", pattern: "^v" }] },
          notEveryType: { anyOf: [{ type: "string", pattern: "^v" }, { type: "integer", not: { type: ["string", "number", "boolean", "null", "object", "array"] } }] },
          two: { anyOf: [{ type: "string" }, { not: {} }, { type: "integer" }, false] },
        }),
        // A definition left one variant is that variant.
        D: { anyOf: [{ not: {} }, { type: "string", pattern: "^v" }] },
      }),
    );
    expect(propertyType(model, "R", "notEmpty")).toEqual(pattern);
    expect(propertyType(model, "R", "notTrue")).toEqual(pattern);
    expect(propertyType(model, "R", "notEveryType")).toEqual(pattern);
    const two = propertyType(model, "R", "two");
    expect(two.kind).toBe("named");
    const variants = (typeNamed(model, (two as Extract<TypeRef, { kind: "named" }>).name) as UnionType).variants.map((variant) => variant.type);
    expect(variants).toEqual([str, int]);
    expect(typeNamed(model, "D")).toMatchObject({ kind: "alias", type: pattern });
    expect(modelWarnings(model)).toEqual([]);
    rendersEverywhere(model);
  });

  it("an anyOf variant identical to an earlier one is one variant; under oneOf both stay", () => {
    const routes = { routes: { type: "array", items: { type: "string" } }, routesFile: { type: "string" } };
    const model = modelOf(
      draft07({
        Prerender: { title: "Prerender", type: "object", properties: routes, additionalProperties: false, anyOf: [{}, {}] },
        Twice: { anyOf: [{ $ref: "#/definitions/Code" }, { type: "integer" }, { $ref: "#/definitions/Code" }] },
        Code: { type: "string", minLength: 2 },
        // A value of one matches both: oneOf refuses it, so the variants stay as written.
        Exactly: { oneOf: [{ type: "string" }, { type: "string" }, { type: "integer" }] },
      }),
    );
    expect(object(model, "Prerender").properties.map((property) => property.name)).toEqual(["routes", "routesFile"]);
    expect(union(model, "Twice").variants.map((variant) => variant.type)).toEqual([named("Code"), int]);
    expect(union(model, "Exactly").variants.length).toBeGreaterThan(1);
    expect(modelWarnings(model)).toEqual([]);
    rendersEverywhere(model);
  });
});
