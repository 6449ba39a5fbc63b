// The JSON Schema bundle target: one JSON Schema 2020-12 document per model, written from the model for
// tools other than ours (AJV in strict mode, quicktype, datamodel-code-generator). Unlike the
// json-schema target, which re-emits the input document (where TypeBox repeats a shared shape inline
// at every use), every named type of the model is one `$defs` entry and every use of it a `$ref`; each
// entry has a `title` (its type name), its description and examples. A tag union of string tags, each
// an object variant's own constant, carries an OpenAPI-style `discriminator` object. Only standard
// keywords (and `discriminator`, which AJV knows) are written.
import { GENERATED_MARKER } from "../../generate/marker.ts";
import { jsonTypeOfValue } from "../../json/jsonType.ts";
import { withExactIntegers } from "../../json/integerSpellings.ts";
import type { JsonValue } from "../../json/types.ts";
import { familyOf, type Family } from "../../model/schemaFacts.ts";
import { modelExamples } from "../modelExamples.ts";
import { documentation } from "../../model/schemaModel.ts";
import { assertionFamily, typelessFamilyOf } from "../../model/typeless.ts";
import type { Annotations, Assertion, JsonType, NamedType, ObjectType, SchemaModel, TagUnion, TypeRef, UnionType } from "../../model/types.ts";
import { pascalCase } from "../../naming/words.ts";
import { forEachRefInside, refsOfType } from "../../model/walk.ts";
import { FORMAT_RULES } from "@clone/schema/formats";
import { stableKey } from "../../json/stable.ts";
import { patternExcept } from "../../jsonSchema/literalPattern.ts";
import { ecmaRegExp } from "../../jsonSchema/pattern.ts";
import type { GeneratedFile, Target } from "../target.ts";

type Schema = { [keyword: string]: JsonValue };

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

export const jsonSchemaBundleTarget: Target = {
  name: "json-schema-bundle",
  description: "a JSON Schema 2020-12 bundle for other tools: every named type one $defs entry with title, description and examples",
  render(models, options) {
    return models.map((model): GeneratedFile => {
      const path = options.fileNames?.[model.name] ?? `${pascalCase(model.name)}.bundle.schema.json`;
      return { path, contents: `${withExactIntegers(JSON.stringify(bundleOf(model, path), null, 2), model.source.integerSpellings)}\n` };
    });
  },
};

/** The bundle document of `model`, published as `fileName` beside the document's own `$id`. */
export function bundleOf(model: SchemaModel, fileName: string): Schema {
  const source = model.source.document;
  const examples = modelExamples(model);
  const $id = bundleId(source.$id, fileName);
  return {
    $schema: DRAFT_2020_12,
    ...($id === undefined ? {} : { $id }),
    $comment: commentOf(model),
    title: typeof source.title === "string" ? source.title : model.name,
    ...(typeof source.description === "string" ? { description: source.description } : {}),
    ...(model.root ? { $ref: refTo(model.root.name) } : {}),
    $defs: Object.fromEntries(model.types.map((type) => [type.name, translateNamedType(type, examples.get(type.name) ?? [], model.typesByName)])),
  };
}

/**
 * The bundle's `$comment`: the generated-file marker, and the formats it keeps that neither the
 * toolkit nor ajv-formats defines (`html-selector`, `uint8`), named so a reader can tell a validator
 * of them. They are the author's words about a value (in 2020-12 an annotation unless the
 * format-assertion vocabulary is on), so the bundle keeps them; AJV in strict mode refuses to
 * compile a format it was not told of ("unknown format"), so the README says how to.
 */
function commentOf(model: SchemaModel): string {
  const unknown = formatsOf(model).filter((format) => !Object.hasOwn(FORMAT_RULES, format));
  if (unknown.length === 0) return GENERATED_MARKER;
  return `${GENERATED_MARKER} Formats kept as the input wrote them that ajv-formats does not define (declare each to a validator that asserts formats, e.g. ajv.addFormat(name, true)): ${unknown.join(", ")}.`;
}

/** Every `format` the model's strings and numbers carry, sorted, each once. */
function formatsOf(model: SchemaModel): string[] {
  const formats = new Set<string>();
  const visit = (ref: TypeRef): void => {
    if ((ref.kind === "string" || ref.kind === "integer" || ref.kind === "number") && ref.constraints.format !== undefined) formats.add(ref.constraints.format);
    forEachRefInside(ref, visit);
  };
  for (const type of model.types) for (const placed of refsOfType(type)) visit(placed.ref);
  return [...formats].sort();
}

/**
 * The bundle's own `$id`: its file name beside the document's `$id`, when that is an absolute URI a
 * file name resolves against. A URN (OCPP's urn:OCPP:Cp:2:2020:3:BootNotificationRequest) or any
 * other URI without a hierarchical path is absolute yet has no place beside it, so the bundle has no
 * `$id` there, as beside a relative one.
 */
function bundleId(documentId: JsonValue | undefined, fileName: string): string | undefined {
  if (typeof documentId !== "string" || !URL.canParse(documentId) || !URL.canParse(fileName, documentId)) return undefined;
  return new URL(fileName, documentId).href;
}

const refTo = (name: string): string => `#/$defs/${encodeURIComponent(name).replaceAll("~", "~0")}`;

// Each schema is one object whose keywords are written into it in order (as the spreads
// `{ ...a, ...b }` they replace would place them: a keyword written again keeps its first place), so
// no intermediate object is made and copied per keyword group.

/** Writes the description (or title) and `deprecated` of what `schema` describes. */
function annotate(schema: Schema, annotations: Annotations): Schema {
  const text = documentation(annotations);
  if (text !== undefined) schema.description = text;
  if (annotations.deprecated === true) schema.deprecated = true;
  return schema;
}

function translateNamedType(type: NamedType, examples: readonly JsonValue[], types: ReadonlyMap<string, NamedType>): Schema {
  const schema: Schema = { title: type.name };
  annotate(schema, type);
  if (examples.length > 0) schema.examples = [...examples];
  switch (type.kind) {
    case "object":
      return type.otherTypesPass ? writeLettingOtherTypesPass(schema, writeObject({}, type, types), "object") : writeObject(schema, type, types);
    case "union":
      return writeUnion(schema, type, types);
    case "enum": {
      const known: Schema = { type: type.valueType, enum: [...type.values] };
      if (type.otherValues) schema.anyOf = [known, translateRef(type.otherValues, types)];
      else {
        schema.type = known.type!;
        schema.enum = known.enum!;
      }
      return schema;
    }
    case "alias":
      return writeRef(schema, type.type, types);
  }
}

function writeObject(schema: Schema, type: ObjectType, types: ReadonlyMap<string, NamedType>): Schema {
  const required = type.properties.filter((property) => property.required).map((property) => property.name);
  const requiredWhen = type.requiredWhen.map(
    (rule): Schema => ({
      if: { properties: { [rule.property]: { const: rule.equals } }, required: [rule.property] },
      // The keys are declared again (as `true`: their schemas are in `properties`), for AJV's strictRequired.
      then: { properties: Object.fromEntries(rule.require.map((key) => [key, true])), required: [...rule.require] },
    }),
  );
  schema.type = "object";
  const patterns = patternsBesideDeclared(type, types);
  const properties = type.properties.map((property) => {
    const own = translateRef(property.type, types);
    // A declared key a pattern also matches holds to both rules: the pattern's is written here, as
    // the pattern is written without the key (below); a rule the property's own already is (a
    // required key only a pattern declared takes that pattern's rule as its type) is not repeated.
    const alsoRules = patterns.filter((pattern) => pattern.declaredKeys.includes(property.name) && stableKey(pattern.rule) !== stableKey(own)).map((pattern) => pattern.rule);
    const value = annotate(alsoRules.length === 0 ? own : withAllOf(own, alsoRules), property);
    if (property.default !== undefined) value.default = property.default;
    return [property.name, value] as const;
  });
  // An empty `properties` still says "an object type with no keys" to generators (quicktype); beside
  // patterns, which say what its keys are, it says nothing.
  if (properties.length > 0 || patterns.length === 0) schema.properties = Object.fromEntries(properties);
  const keptPatterns = patterns.flatMap((pattern) => (pattern.written === undefined ? [] : [[pattern.written, pattern.rule] as const]));
  if (keptPatterns.length > 0) schema.patternProperties = Object.fromEntries(keptPatterns);
  if (required.length > 0) schema.required = required;
  if (type.additionalProperties === false) schema.additionalProperties = false;
  else if (type.additionalProperties.kind !== "unknown") schema.additionalProperties = translateRef(type.additionalProperties, types);
  if (requiredWhen.length > 0) schema.allOf = requiredWhen;
  return schema;
}

/**
 * Each pattern of `type`'s keys, its rule, the declared keys it matches, and the pattern written
 * without them (undefined when it matches no other key). AJV in strict mode refuses a pattern that
 * matches a declared key ("property $ref matches pattern ^\\$ref$"), however the key came to be
 * declared: OpenAPI 3.0's Reference requires `$ref` and types it by the pattern `^\\$ref$` alone,
 * which the model declares as a property.
 */
function patternsBesideDeclared(type: ObjectType, types: ReadonlyMap<string, NamedType>) {
  const declared = type.properties.map((property) => property.name);
  return type.patternProperties.map((entry) => {
    const regex = ecmaRegExp(entry.pattern);
    const declaredKeys = declared.filter((key) => regex.test(key));
    return { rule: translateRef(entry.type, types), declaredKeys, written: patternExcept(entry.pattern, declaredKeys) };
  });
}

/** `schema` that must also satisfy each of `rules`: an `allOf` of them beside its own keywords. */
function withAllOf(schema: Schema, rules: readonly Schema[]): Schema {
  const own = Array.isArray(schema.allOf) ? schema.allOf : [];
  return { ...schema, allOf: [...own, ...rules] };
}

function writeUnion(schema: Schema, type: UnionType, types: ReadonlyMap<string, NamedType>): Schema {
  const variants = type.variants.map((variant) => translateRef(variant.type, types));
  if (type.rule === "tag") {
    // Distinct tags make the variants exclusive, so `oneOf` says the same as `anyOf`, and it is what a
    // `discriminator` (OpenAPI, AJV) sits beside. A type whose tag is an enum is the variant of each
    // of its values (MCP's NumberSchema, `"type": {"enum": ["integer", "number"]}`): written once,
    // or every value of it would match two branches of the `oneOf` and none would be valid.
    const distinct = [...new Map(variants.map((variant) => [JSON.stringify(variant), variant])).values()];
    schema.type = "object";
    schema.oneOf = distinct;
    if (discriminates(type, types)) schema.discriminator = { propertyName: type.property };
    return schema;
  }
  schema[type.keyword] = variants;
  return schema;
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
  return writeRef({}, ref, types);
}

/** translateRef's keywords, written into `schema` after the ones it has. */
function writeRef(schema: Schema, ref: TypeRef, types: ReadonlyMap<string, NamedType>): Schema {
  const family = typelessFamilyOf(ref);
  return family === undefined ? writeTypedRef(schema, ref, types) : writeLettingOtherTypesPass(schema, writeTypedRef({}, ref, types), family);
}

/**
 * A schema that named no type (Typeless: its keywords are about one JSON type, and every value of
 * another type passes it) is its keywords' type or any value not of that type: written with `type`
 * alone, the bundle refused what the document accepts (cfn-lint's IAM policy: `"*"` for Principal's
 * AWS, whose `items` beside a `$ref` to constants apply to arrays only). Spelled with `anyOf` and
 * `not`, as AJV in strict mode wants the type beside each keyword; written into `schema` after the
 * keywords it has.
 */
function writeLettingOtherTypesPass(schema: Schema, typed: Schema, family: Family): Schema {
  schema.anyOf = [typed, { not: { type: family } }];
  return schema;
}

/** writeRef's keywords for a reference that states its type. */
function writeTypedRef(schema: Schema, ref: TypeRef, types: ReadonlyMap<string, NamedType>): Schema {
  switch (ref.kind) {
    case "named":
      schema.$ref = refTo(ref.name);
      return schema;
    case "string":
    case "integer":
    case "number":
      schema.type = ref.kind;
      return writeDefined(schema, ref.constraints);
    case "boolean":
    case "null":
      schema.type = ref.kind;
      return schema;
    case "literal":
      schema.type = jsonTypeOfValue(ref.value);
      schema.const = ref.value;
      return schema;
    case "array":
      schema.type = "array";
      schema.items = translateRef(ref.items, types);
      return writeDefined(schema, ref.constraints);
    case "tuple":
      schema.type = "array";
      schema.prefixItems = ref.prefixItems.map((item) => translateRef(item, types));
      schema.items = ref.rest === false ? false : translateRef(ref.rest, types);
      return writeDefined(schema, ref.constraints);
    case "record":
      schema.type = "object";
      schema.additionalProperties = translateRef(ref.values, types);
      return schema;
    case "unknown":
      return schema;
    case "nullable":
      schema.anyOf = [translateRef(ref.type, types), { type: "null" }];
      return schema;
    case "constrained": {
      // AJV in strict mode wants the JSON type an assertion's keywords apply to (`minProperties`,
      // `dependentSchemas`: object) stated where they are, and does not look through a `$ref`: a
      // named base of one JSON type says it beside (the same values either way).
      const base = translateRef(ref.type, types);
      const jsonType = base.type === undefined ? singleJsonType(ref.type, types) : undefined;
      const stated = statedType(base) ?? jsonType;
      const assertions = stated === undefined ? ref.assertions : ref.assertions.filter((assertion) => !passesEveryValueOf(assertion, stated));
      if (jsonType !== undefined) schema.type = jsonType;
      for (const keyword of Object.keys(base)) schema[keyword] = base[keyword]!;
      if (assertions.length === 0) return schema;
      // Where no type is stated (a base that lets other types pass), a keyword of one type says it
      // inside a part other types pass (the same values as the keyword alone, which AJV strict refuses).
      schema.allOf = assertions.map((assertion) => {
        const written = translateAssertion(assertion, types);
        const family = assertionFamily(assertion);
        return stated === undefined && family !== undefined ? writeLettingOtherTypesPass({}, { type: family, ...written }, family) : written;
      });
      return schema;
    }
  }
}

/**
 * Whether an assertion passes every value of the JSON type stated beside it, so that it can be left
 * out, as AJV strict refuses another type inside that one: a part that named no type and is about
 * another type (IAM's AWS: `items` beside a constant), or an `if` of another plain type with no
 * `else` (IAM's Principal: `if: {type: string}` on its object side).
 */
function passesEveryValueOf(assertion: Assertion, stated: JsonType): boolean {
  if (assertion.kind === "allOf") {
    const family = typelessFamilyOf(assertion.type);
    return family !== undefined && family !== familyOf(stated);
  }
  if (assertion.kind === "conditional" && assertion.else === undefined) {
    const condition = assertion.if;
    const plain = (condition.kind === "string" || condition.kind === "integer" || condition.kind === "number") && Object.values(condition.constraints).every((value) => value === undefined) && !condition.otherTypesPass;
    return (plain || condition.kind === "boolean" || condition.kind === "null") && familyOf(condition.kind) !== familyOf(stated);
  }
  return false;
}

function translateAssertion(assertion: Assertion, types: ReadonlyMap<string, NamedType>): Schema {
  switch (assertion.kind) {
    case "not":
      return { not: translateRef(assertion.type, types) };
    case "allOf":
      return translateRef(assertion.type, types);
    case "conditional": {
      const schema: Schema = { if: translateRef(assertion.if, types) };
      if (assertion.then) schema.then = translateRef(assertion.then, types);
      if (assertion.else) schema.else = translateRef(assertion.else, types);
      return schema;
    }
    case "contains": {
      const schema: Schema = { contains: translateRef(assertion.type, types), minContains: assertion.min };
      if (assertion.max !== undefined) schema.maxContains = assertion.max;
      return schema;
    }
    case "propertyNames":
      return { propertyNames: translateRef(assertion.type, types) };
    case "propertyCount": {
      const schema: Schema = {};
      if (assertion.min !== undefined) schema.minProperties = assertion.min;
      if (assertion.max !== undefined) schema.maxProperties = assertion.max;
      return schema;
    }
    case "dependentRequired":
      return { dependentRequired: { [assertion.property]: [...assertion.require] } };
    case "dependentSchema":
      return { dependentSchemas: { [assertion.property]: translateRef(assertion.type, types) } };
  }
}

/** The one JSON type a schema this target wrote states (it writes `type` only as one JSON type name, or a list). */
function statedType(schema: Schema): JsonType | undefined {
  return typeof schema.type === "string" ? (schema.type as JsonType) : undefined;
}

/** The one JSON type every value of a named type has, through aliases; none for a union or an open enum. */
function singleJsonType(ref: TypeRef, types: ReadonlyMap<string, NamedType>): JsonType | undefined {
  if (ref.kind !== "named") return undefined;
  const type = types.get(ref.name);
  switch (type?.kind) {
    case "object":
      return type.otherTypesPass ? undefined : "object";
    case "enum":
      return type.otherValues === undefined ? type.valueType : undefined;
    case "alias":
      return statedJsonType(type.type, types) ?? singleJsonType(type.type, types);
    default:
      return undefined;
  }
}

/**
 * The one JSON type translateRef states for `ref` (the `type` it writes at the top), found without
 * writing the rest: an alias's whole schema, written to read its `type`, met the alias again inside
 * where its items refer back to it, and again, until the stack ran out.
 */
function statedJsonType(ref: TypeRef, types: ReadonlyMap<string, NamedType>): JsonType | undefined {
  // writeRef spells a schema that lets other types pass as an anyOf, with no type of its own.
  if (typelessFamilyOf(ref) !== undefined) return undefined;
  switch (ref.kind) {
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return ref.kind;
    case "literal":
      return jsonTypeOfValue(ref.value);
    case "array":
    case "tuple":
      return "array";
    case "record":
      return "object";
    case "constrained":
      return statedJsonType(ref.type, types) ?? singleJsonType(ref.type, types);
    case "named":
    case "unknown":
    case "nullable":
      return undefined;
  }
}

/** Writes the constraints that are set (the model leaves the others undefined). */
function writeDefined(schema: Schema, constraints: object): Schema {
  for (const [keyword, value] of Object.entries(constraints)) if (value !== undefined) schema[keyword] = value as JsonValue;
  return schema;
}
