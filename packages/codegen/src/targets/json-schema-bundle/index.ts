// The JSON Schema bundle target: one JSON Schema 2020-12 document per model, written from the model for
// tools other than ours (AJV in strict mode, quicktype, datamodel-code-generator). Unlike the
// json-schema target, which re-emits the input document (where TypeBox repeats a shared shape inline
// at every use), every named type of the model is one `$defs` entry and every use of it a `$ref`; each
// entry has a `title` (its type name), its description and examples. A tag union of string tags, each
// an object variant's own constant, carries an OpenAPI-style `discriminator` object. Only standard
// keywords (and `discriminator`, which AJV knows) are written.
import { GENERATED_MARKER } from "../../generate/marker.ts";
import type { JsonValue } from "../../json/types.ts";
import { examplesByType } from "../../model/examples.ts";
import type { Family } from "../../model/schemaFacts.ts";
import { documentation } from "../../model/schemaModel.ts";
import { typelessFamilyOf } from "../../model/typeless.ts";
import type { Annotations, Assertion, NamedType, ObjectType, SchemaModel, TagUnion, TypeRef, UnionType } from "../../model/types.ts";
import { pascalCase } from "../../naming/words.ts";
import type { GeneratedFile, Target } from "../target.ts";

type Schema = { [keyword: string]: JsonValue };

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

export const jsonSchemaBundleTarget: Target = {
  name: "json-schema-bundle",
  description: "a JSON Schema 2020-12 bundle for other tools: every named type one $defs entry with title, description and examples",
  render(models, options) {
    return models.map((model): GeneratedFile => {
      const path = options.fileNames?.[model.name] ?? `${pascalCase(model.name)}.bundle.schema.json`;
      return { path, contents: `${JSON.stringify(bundleOf(model, path), null, 2)}\n` };
    });
  },
};

/** The bundle document of `model`, published as `fileName` beside the document's own `$id`. */
export function bundleOf(model: SchemaModel, fileName: string): Schema {
  const source = model.source.document;
  const examples = examplesByType(model);
  const $id = bundleId(source.$id, fileName);
  return {
    $schema: DRAFT_2020_12,
    ...($id === undefined ? {} : { $id }),
    $comment: GENERATED_MARKER,
    title: typeof source.title === "string" ? source.title : model.name,
    ...(typeof source.description === "string" ? { description: source.description } : {}),
    ...(model.root ? { $ref: refTo(model.root.name) } : {}),
    $defs: Object.fromEntries(model.types.map((type) => [type.name, translateNamedType(type, examples.get(type.name) ?? [], model.typesByName)])),
  };
}

/** The bundle's own `$id`: its file name beside the document's `$id`, when that is an absolute URI. */
function bundleId(documentId: JsonValue | undefined, fileName: string): string | undefined {
  if (typeof documentId !== "string" || !URL.canParse(documentId)) return undefined;
  return new URL(fileName, documentId).href;
}

const refTo = (name: string): string => `#/$defs/${encodeURIComponent(name).replaceAll("~", "~0")}`;

function annotationsSchema(annotations: Annotations): Schema {
  const text = documentation(annotations);
  return {
    ...(text === undefined ? {} : { description: text }),
    ...(annotations.deprecated === true ? { deprecated: true } : {}),
  };
}

function translateNamedType(type: NamedType, examples: readonly JsonValue[], types: ReadonlyMap<string, NamedType>): Schema {
  const heading: Schema = { title: type.name, ...annotationsSchema(type), ...(examples.length > 0 ? { examples: [...examples] } : {}) };
  switch (type.kind) {
    case "object":
      return { ...heading, ...(type.otherTypesPass ? lettingOtherTypesPass(translateObject(type, types), "object") : translateObject(type, types)) };
    case "union":
      return { ...heading, ...translateUnion(type, types) };
    case "enum": {
      const known: Schema = { type: type.valueType, enum: [...type.values] };
      return { ...heading, ...(type.otherValues ? { anyOf: [known, translateRef(type.otherValues, types)] } : known) };
    }
    case "alias":
      return { ...heading, ...translateRef(type.type, types) };
  }
}

function translateObject(type: ObjectType, types: ReadonlyMap<string, NamedType>): Schema {
  const required = type.properties.filter((property) => property.required).map((property) => property.name);
  const requiredWhen = type.requiredWhen.map(
    (rule): Schema => ({
      if: { properties: { [rule.property]: { const: rule.equals } }, required: [rule.property] },
      // The keys are declared again (as `true`: their schemas are in `properties`), for AJV's strictRequired.
      then: { properties: Object.fromEntries(rule.require.map((key) => [key, true])), required: [...rule.require] },
    }),
  );
  return {
    type: "object",
    properties: Object.fromEntries(
      type.properties.map((property) => [
        property.name,
        { ...translateRef(property.type, types), ...annotationsSchema(property), ...(property.default === undefined ? {} : { default: property.default }) },
      ]),
    ),
    ...(type.patternProperties.length > 0 ? { patternProperties: Object.fromEntries(type.patternProperties.map((entry) => [entry.pattern, translateRef(entry.type, types)])) } : {}),
    ...(required.length > 0 ? { required } : {}),
    ...(type.additionalProperties === false ? { additionalProperties: false } : type.additionalProperties.kind === "unknown" ? {} : { additionalProperties: translateRef(type.additionalProperties, types) }),
    ...(requiredWhen.length > 0 ? { allOf: requiredWhen } : {}),
  };
}

function translateUnion(type: UnionType, types: ReadonlyMap<string, NamedType>): Schema {
  const variants = type.variants.map((variant) => translateRef(variant.type, types));
  if (type.rule === "tag") {
    // Distinct tags make the variants exclusive, so `oneOf` says the same as `anyOf`, and it is what a
    // `discriminator` (OpenAPI, AJV) sits beside. A type whose tag is an enum is the variant of each
    // of its values (MCP's NumberSchema, `"type": {"enum": ["integer", "number"]}`): written once,
    // or every value of it would match two branches of the `oneOf` and none would be valid.
    const distinct = [...new Map(variants.map((variant) => [JSON.stringify(variant), variant])).values()];
    return { type: "object", oneOf: distinct, ...(discriminates(type, types) ? { discriminator: { propertyName: type.property } } : {}) };
  }
  return { [type.keyword]: variants };
}

/**
 * Whether a tag union can carry a `discriminator`: OpenAPI's and AJV's name each variant by a string
 * and find it in the variant's own `properties` (behind one `$ref`) as a required `const`. A tag that
 * is a number or a boolean (JSON-RPC error codes), or a variant that is itself a union (the variants
 * that share one tag value), has no such reading, and AJV refuses to compile the whole bundle over it;
 * such a union is the `oneOf` alone, which says the same.
 */
function discriminates(type: TagUnion, typesByName: ReadonlyMap<string, NamedType>): boolean {
  return type.variants.every((variant) => {
    if (typeof variant.tag !== "string" || variant.type.kind !== "named") return false;
    const target = typesByName.get(variant.type.name);
    const tag = target?.kind === "object" ? target.properties.find((property) => property.name === type.property) : undefined;
    return tag !== undefined && tag.required && tag.type.kind === "literal" && tag.type.value === variant.tag;
  });
}

/** The schema of a reference: a `$ref` for a named type, the keywords themselves for the rest. */
export function translateRef(ref: TypeRef, types: ReadonlyMap<string, NamedType>): Schema {
  const family = typelessFamilyOf(ref);
  return family === undefined ? translateTypedRef(ref, types) : lettingOtherTypesPass(translateTypedRef(ref, types), family);
}

/**
 * A schema that named no type (Typeless: its keywords are about one JSON type, and every value of
 * another type passes it) is its keywords' type or any value not of that type: written with `type`
 * alone, the bundle refused what the document accepts (cfn-lint's IAM policy: `"*"` for Principal's
 * AWS, whose `items` beside a `$ref` to constants apply to arrays only). Spelled with `anyOf` and
 * `not`, as AJV in strict mode wants the type beside each keyword.
 */
function lettingOtherTypesPass(schema: Schema, family: Family): Schema {
  return { anyOf: [schema, { not: { type: family } }] };
}

function translateTypedRef(ref: TypeRef, types: ReadonlyMap<string, NamedType>): Schema {
  switch (ref.kind) {
    case "named":
      return { $ref: refTo(ref.name) };
    case "string":
    case "integer":
    case "number":
      return { type: ref.kind, ...definedOnly(ref.constraints) };
    case "boolean":
    case "null":
      return { type: ref.kind };
    case "literal":
      return { ...jsonTypeOf(ref.value), const: ref.value };
    case "array":
      return { type: "array", items: translateRef(ref.items, types), ...definedOnly(ref.constraints) };
    case "tuple":
      return {
        type: "array",
        prefixItems: ref.prefixItems.map((item) => translateRef(item, types)),
        items: ref.rest === false ? false : translateRef(ref.rest, types),
        ...definedOnly(ref.constraints),
      };
    case "record":
      return { type: "object", additionalProperties: translateRef(ref.values, types) };
    case "unknown":
      return {};
    case "nullable":
      return { anyOf: [translateRef(ref.type, types), { type: "null" }] };
    case "constrained": {
      // AJV in strict mode wants the JSON type an assertion's keywords apply to (`minProperties`,
      // `dependentSchemas`: object) stated where they are, and does not look through a `$ref`: a
      // named base of one JSON type says it beside (the same values either way).
      const base = translateRef(ref.type, types);
      const jsonType = base.type === undefined ? singleJsonType(ref.type, types) : undefined;
      const stated = typeof base.type === "string" ? base.type : jsonType;
      const assertions = stated === undefined ? ref.assertions : ref.assertions.filter((assertion) => !passesEveryValueOf(assertion, stated));
      // Where no type is stated (a base that lets other types pass), a keyword of one type says it
      // inside a part other types pass (the same values as the keyword alone, which AJV strict refuses).
      const allOf = assertions.map((assertion) => {
        const schema = translateAssertion(assertion, types);
        const family = assertionFamily(assertion);
        return stated === undefined && family !== undefined ? lettingOtherTypesPass({ type: family, ...schema }, family) : schema;
      });
      if (allOf.length === 0) return { ...(jsonType === undefined ? {} : { type: jsonType }), ...base };
      return { ...(jsonType === undefined ? {} : { type: jsonType }), ...base, allOf };
    }
  }
}

/**
 * Whether an assertion passes every value of the JSON type stated beside it, so that it can be left
 * out, as AJV strict refuses another type inside that one: a part that named no type and is about
 * another type (IAM's AWS: `items` beside a constant), or an `if` of another plain type with no
 * `else` (IAM's Principal: `if: {type: string}` on its object side).
 */
function passesEveryValueOf(assertion: Assertion, stated: string): boolean {
  if (assertion.kind === "allOf") {
    const family = typelessFamilyOf(assertion.type);
    return family !== undefined && family !== familyOfType(stated);
  }
  if (assertion.kind === "conditional" && assertion.else === undefined) {
    const condition = assertion.if;
    const plain = (condition.kind === "string" || condition.kind === "integer" || condition.kind === "number") && Object.values(condition.constraints).every((value) => value === undefined) && !condition.otherTypesPass;
    return (plain || condition.kind === "boolean" || condition.kind === "null") && familyOfType(condition.kind) !== familyOfType(stated);
  }
  return false;
}

/** The JSON type an assertion's keyword is about, where it is about one (other values pass it). */
function assertionFamily(assertion: Assertion): Family | undefined {
  switch (assertion.kind) {
    case "propertyNames":
    case "propertyCount":
    case "dependentRequired":
    case "dependentSchema":
      return "object";
    case "contains":
      return "array";
    default:
      return undefined;
  }
}

function familyOfType(jsonType: string): string {
  return jsonType === "integer" ? "number" : jsonType;
}

function translateAssertion(assertion: Assertion, types: ReadonlyMap<string, NamedType>): Schema {
  switch (assertion.kind) {
    case "not":
      return { not: translateRef(assertion.type, types) };
    case "allOf":
      return translateRef(assertion.type, types);
    case "conditional":
      return {
        if: translateRef(assertion.if, types),
        ...(assertion.then ? { then: translateRef(assertion.then, types) } : {}),
        ...(assertion.else ? { else: translateRef(assertion.else, types) } : {}),
      };
    case "contains":
      return { contains: translateRef(assertion.type, types), minContains: assertion.min, ...(assertion.max === undefined ? {} : { maxContains: assertion.max }) };
    case "propertyNames":
      return { propertyNames: translateRef(assertion.type, types) };
    case "propertyCount":
      return { ...(assertion.min === undefined ? {} : { minProperties: assertion.min }), ...(assertion.max === undefined ? {} : { maxProperties: assertion.max }) };
    case "dependentRequired":
      return { dependentRequired: { [assertion.property]: [...assertion.require] } };
    case "dependentSchema":
      return { dependentSchemas: { [assertion.property]: translateRef(assertion.type, types) } };
  }
}

/** The one JSON type every value of a named type has, through aliases; none for a union or an open enum. */
function singleJsonType(ref: TypeRef, types: ReadonlyMap<string, NamedType>): string | undefined {
  if (ref.kind !== "named") return undefined;
  const type = types.get(ref.name);
  switch (type?.kind) {
    case "object":
      return type.otherTypesPass ? undefined : "object";
    case "enum":
      return type.otherValues === undefined ? type.valueType : undefined;
    case "alias": {
      const schema = translateRef(type.type, types);
      return typeof schema.type === "string" ? schema.type : singleJsonType(type.type, types);
    }
    default:
      return undefined;
  }
}

function jsonTypeOf(value: Exclude<JsonValue, null>): Schema {
  if (Array.isArray(value)) return { type: "array" };
  if (typeof value === "object") return { type: "object" };
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number" };
  return { type: typeof value };
}

function definedOnly(constraints: object): Schema {
  return Object.fromEntries(Object.entries(constraints).filter(([, value]) => value !== undefined)) as Schema;
}
