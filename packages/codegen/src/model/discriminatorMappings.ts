// An OpenAPI discriminator names the property whose string tells a union's variants apart, and its
// `mapping` names, per value of that property, the schema a value holding it is
// (`cat: "#/components/schemas/Cat"`, or a component's name: `cat: Cat`). It is read here once
// (readDiscriminator), for the union's preference (translateUnion) and for the warnings below.
//
// JSON Schema validators ignore the mapping, and so does every output: a value is a Cat by Cat's own
// keywords alone, and the union's variants are those its `oneOf`/`anyOf` lists. A mapping to a schema
// that refuses its own value at that property (Cat pins `kind` to "Cat", the mapping says "cat"), or
// to a schema that is none of the variants beside it, tells its reader what no validator or decoder
// does: gen warns at the mapping entry (and `--strict` refuses it).
//
// A discriminator on a base with no `oneOf`/`anyOf` of its own (discriminatedBases) is how springdoc
// (Jackson's `@JsonSubTypes`), Swashbuckle and Azure's descriptions write polymorphism: `Pet` declares
// `petType`, and `Cat` and `Dog` are each `allOf: [{$ref: Pet}, {…}]`. A validator checks a value
// referred to as a Pet against Pet's schema alone; every Cat is a Pet, so where the model reads a
// `$ref` to such a base it gives the place a union of the base's extensions and, last, the base itself
// (baseUnions.ts), which takes exactly the values the base takes, and the discriminator is its
// preference. A mapping there to a schema that does not extend the base names no variant: warned too.
import { childPointer } from "../errors.ts";
import { isJsonObject } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { documentSchemas, pointerTokens, splitFragment, valueAt } from "../jsonSchema/references.ts";
import type { Dialect } from "../jsonSchema/vocabulary.ts";
import { definitionEntries } from "./definitionEntries.ts";
import { describeNamedType, describeNestedTypeRef, PLAIN_WORDS } from "./describeAssertion.ts";
import { isPureRef } from "./normalizeSchema.ts";
import { acceptedBy } from "./schemaFacts.ts";
import { pointerInFile, typeNamed } from "./schemaModel.ts";
import type { ModelWarning } from "./summary.ts";
import type { NamedType, SchemaModel, TypeRef } from "./types.ts";

type JsonObject = { readonly [key: string]: JsonValue };

/** OpenAPI's pattern of a component's key: a mapping value that fits it is read as a component's name (3.1.1 recommends so where it could be either). */
const COMPONENT_NAME = /^[a-zA-Z0-9.\-_]+$/;

/**
 * Azure's AutoRest extension naming the string a subtype's discriminator property holds, written on
 * the subtype's schema (`x-ms-discriminator-value: "Microsoft.Compute/virtualMachines"`) where
 * OpenAPI's implicit mapping would name it by its component's key: every Azure REST description
 * writes polymorphism so (Swagger 2's discriminator has no mapping). It is that subtype's string in
 * the implicit mapping, in place of its key, as AutoRest and the SDKs it generates read it
 * (implicitDiscriminatorValue). Like the discriminator, an annotation: acceptance never changes.
 */
export const X_MS_DISCRIMINATOR_VALUE = "x-ms-discriminator-value";

/**
 * The string a discriminator's implicit mapping names the definition filed under `key` by: its
 * X_MS_DISCRIMINATOR_VALUE where its schema writes one, else the key (OpenAPI's reading).
 */
export function implicitDiscriminatorValue(key: string, schema: JsonValue | undefined): string {
  const written = isJsonObject(schema) ? schema[X_MS_DISCRIMINATOR_VALUE] : undefined;
  return typeof written === "string" ? written : key;
}

/** A discriminator as written: its property, and its mapping's entries in the order written (none without a mapping). */
export interface WrittenDiscriminator {
  readonly propertyName: string;
  readonly mapping: readonly WrittenMappingEntry[];
}

export interface WrittenMappingEntry {
  /** The property's string. */
  readonly value: string;
  /** The schema it names, as written (`Cat`, `#/components/schemas/Cat`). */
  readonly written: string;
  /** A component's name (a definition's key), or a reference. */
  readonly target: { readonly kind: "component"; readonly name: string } | { readonly kind: "reference"; readonly ref: string };
}

/**
 * The discriminator beside a union, OpenAPI 3's object or Swagger 2's property name (a string, with
 * no mapping); undefined where there is none. An entry whose target is no string names nothing.
 */
export function readDiscriminator(schema: JsonObject): WrittenDiscriminator | undefined {
  const value = schema.discriminator;
  if (typeof value === "string") return { propertyName: value, mapping: [] };
  if (!isJsonObject(value) || typeof value.propertyName !== "string") return undefined;
  const mapping: WrittenMappingEntry[] = [];
  if (isJsonObject(value.mapping)) {
    for (const [entry, written] of Object.entries(value.mapping)) {
      if (typeof written !== "string") continue;
      mapping.push({ value: entry, written, target: COMPONENT_NAME.test(written) ? { kind: "component", name: written } : { kind: "reference", ref: written } });
    }
  }
  return { propertyName: value.propertyName, mapping };
}

/** Each mapping entry of a discriminator that no variant it names allows, with why. */
export function unmetDiscriminatorMappings(model: SchemaModel): ModelWarning[] {
  const { document, definitionsKey } = model.source;
  const warnings: ModelWarning[] = [];
  const bases = discriminatedBases(document, definitionsKey, model.source.dialect);
  for (const [tokens, schema] of documentSchemas(document, model.source.dialect)) {
    const discriminator = readDiscriminator(schema);
    if (discriminator === undefined || discriminator.mapping.length === 0) continue;
    const property = discriminator.propertyName;
    const variants = variantsBeside(schema, document, model.source.dialect);
    const hierarchy = bases.get(childPointer("", ...tokens));
    for (const { value, written, target } of discriminator.mapping) {
      const targetPointer = mappedPointer(target, document, definitionsKey);
      // A mapping into another file is not followed (nor is a $ref there, after bundling, spelled the same).
      if (targetPointer === undefined) continue;
      // Named as the file spells the place (an OpenAPI file's `#/components/schemas/Cat`), or by the name written.
      const named = written.startsWith("#") ? `#${pointerInFile(model.source, targetPointer)}` : written;
      const why = whyUnmet(model, { property, value, target: named, targetPointer, variants, hierarchy });
      if (why !== undefined) warnings.push({ pointer: childPointer("", ...tokens, "discriminator", "mapping", value), reason: `${why} (validators ignore the mapping)` });
    }
  }
  return warnings;
}

interface MappingEntry {
  readonly property: string;
  readonly value: string;
  /** As the file spells it, and the place in the document it names. */
  readonly target: string;
  readonly targetPointer: string;
  /** The variants beside the discriminator, by keyword, each the places its `$ref` leads to (none: an inline variant). */
  readonly variants: { readonly keyword: "oneOf" | "anyOf"; readonly places: readonly (readonly string[])[] } | undefined;
  /** A base of no variants (discriminatedBases): where it is, and the definitions extending it. */
  readonly hierarchy: DiscriminatedBase | undefined;
}

function whyUnmet(model: SchemaModel, { property, value, target, targetPointer, variants, hierarchy }: MappingEntry): string | undefined {
  const mapsTo = `maps ${JSON.stringify(value)} to ${target}`;
  if (variants !== undefined && !variants.places.some((places) => places.includes(targetPointer))) {
    return `${mapsTo}, which is none of the ${variants.keyword} variants beside it: a value whose ${JSON.stringify(property)} is ${JSON.stringify(value)} is still checked against those variants alone`;
  }
  if (hierarchy !== undefined && targetPointer !== hierarchy.pointer && !hierarchy.extensions.includes(targetPointer) && valueAt(model.source.document, pointerTokens(targetPointer)!) !== undefined) {
    return `${mapsTo}, which does not extend #${pointerInFile(model.source, hierarchy.pointer)} (its allOf holds no $ref to it): a value whose ${JSON.stringify(property)} is ${JSON.stringify(value)} is still read as that schema or one that extends it`;
  }
  if (valueAt(model.source.document, pointerTokens(targetPointer)!) === undefined) return `${mapsTo}, which is no place of the document`;
  const type = model.types.find((candidate) => candidate.pointer === targetPointer);
  if (type === undefined) return undefined;
  const object = objectBehind(model, type);
  const declared = object?.properties.find((each) => each.name === property);
  if (declared === undefined || takesString(model, declared.type, value) !== false) return undefined;
  const integers = model.source.integerSpellings;
  // Words follow it (": a value whose …"): a map's or an array's rules are said in parentheses, not after a semicolon that would end the sentence.
  const takes = describeNestedTypeRef(declared.type, { name: (name) => (typeNamed(model, name).kind === "enum" ? describeNamedType(typeNamed(model, name), { ...PLAIN_WORDS, integers }) : name), integers });
  return `${mapsTo}, whose ${JSON.stringify(property)} is ${takes}: a value whose ${JSON.stringify(property)} is ${JSON.stringify(value)} is no ${type.name} under JSON Schema`;
}

/** The object type `type` is, through aliases of it (and the nullability or rules around one). */
function objectBehind(model: SchemaModel, type: NamedType): Extract<NamedType, { kind: "object" }> | undefined {
  if (type.kind === "object") return type;
  if (type.kind !== "alias") return undefined;
  let ref = type.type;
  while (ref.kind === "nullable" || ref.kind === "constrained") ref = ref.type;
  return ref.kind === "named" ? objectBehind(model, typeNamed(model, ref.name)) : undefined;
}

/** Whether a value of `ref` may be the string `value`: false only where that is certain (a constant, an enum, a string's bounds or pattern, an array or a map). */
function takesString(model: SchemaModel, ref: TypeRef, value: string): boolean | undefined {
  switch (ref.kind) {
    case "array":
    case "tuple":
    case "record":
      return false;
    case "literal":
      return ref.value === value;
    case "string":
      return acceptedBy(ref, value);
    case "nullable":
      return takesString(model, ref.type, value);
    case "constrained":
      // Its rules may refuse more; a value its type refuses they never let through.
      return takesString(model, ref.type, value) === false ? false : undefined;
    case "named": {
      const type = typeNamed(model, ref.name);
      if (type.kind === "alias") return takesString(model, type.type, value);
      if (type.kind !== "enum") return undefined;
      if (type.values.includes(value)) return true;
      return type.otherValues === undefined ? false : acceptedBy(type.otherValues, value);
    }
    default:
      return undefined;
  }
}

/**
 * The place a mapping entry names: a component's, the definition of that name (none: it may be a
 * relative reference, `Cat.json`), or a reference's into this document (`#/$defs/Cat`, where the
 * description's `#/components/schemas/Cat` moved); undefined for a reference into another file.
 */
function mappedPointer(target: WrittenMappingEntry["target"], document: JsonObject, definitionsKey: string): string | undefined {
  if (target.kind === "component") return valueAt(document, [definitionsKey, target.name]) === undefined ? undefined : childPointer("", definitionsKey, target.name);
  return localPlace(target.ref);
}

/** The place in this document a reference names (`#/$defs/Cat`: `/$defs/Cat`); undefined for one into another file. */
function localPlace(ref: string): string | undefined {
  const [file, fragment] = splitFragment(ref);
  const tokens = file === "" ? pointerTokens(fragment) : undefined;
  return tokens === undefined ? undefined : childPointer("", ...tokens);
}

/** How many `$ref`s of nothing else a variant is followed through (a longer chain is taken as a cycle). */
const VARIANT_REF_HOPS = 8;

/**
 * The `oneOf` (else `anyOf`) variants of `schema`, each the places its `$ref` leads to, through
 * schemas that are a `$ref` and nothing else that validates (`CatRef: {$ref: Cat}`: a Cat); undefined
 * where it has neither keyword.
 */
function variantsBeside(schema: JsonObject, document: JsonObject, dialect: Dialect): MappingEntry["variants"] {
  const keyword = Array.isArray(schema.oneOf) ? "oneOf" : Array.isArray(schema.anyOf) ? "anyOf" : undefined;
  if (keyword === undefined) return undefined;
  const places = (schema[keyword] as JsonValue[]).map((variant) => {
    const passed: string[] = [];
    for (let at: JsonValue | undefined = variant; passed.length < VARIANT_REF_HOPS && isJsonObject(at) && typeof at.$ref === "string" && (passed.length === 0 || isPureRef(at, dialect)); ) {
      const place = localPlace(at.$ref);
      if (place === undefined) break;
      passed.push(place);
      at = valueAt(document, pointerTokens(place)!);
    }
    return passed;
  });
  return { keyword, places };
}


/**
 * A definition declaring a discriminator beside no `oneOf`/`anyOf` of its own, or extending one that
 * does, and the definitions extending it: each whose `allOf` holds a `$ref` to it, or to one extending
 * it (Lion allOf Cat allOf Pet), in document order. An extension that others extend in turn inherits
 * its base's discriminator (a Cat may be a Lion, named so by Pet's `petType`, as Jackson reads a field
 * of the class Cat), unless it declares one of its own.
 */
export interface DiscriminatedBase {
  readonly pointer: string;
  readonly discriminator: WrittenDiscriminator;
  /** The definition whose discriminator it is: this one's own place, or the base it inherits it from. */
  readonly declaredAt: string;
  readonly extensions: readonly string[];
}

/** Each discriminated base of the document that some definition extends, by its place. */
export function discriminatedBases(document: JsonObject, definitionsKey: string, dialect: Dialect): ReadonlyMap<string, DiscriminatedBase> {
  const definitions = definitionEntries(document, definitionsKey, dialect);
  // Each definition's place by the places its allOf refers to.
  const extendedBy = new Map<string, string[]>();
  for (const { pointer, schema } of definitions) {
    if (!isJsonObject(schema) || !Array.isArray(schema.allOf)) continue;
    for (const part of schema.allOf) {
      const place = isJsonObject(part) && typeof part.$ref === "string" ? localPlace(part.$ref) : undefined;
      if (place !== undefined && place !== pointer) extendedBy.set(place, [...(extendedBy.get(place) ?? []), pointer]);
    }
  }
  /** The definitions extending the one at `pointer`, at any depth, in document order. */
  const extending = (pointer: string): string[] => {
    const reached = new Set<string>();
    for (let pending = [pointer]; pending.length > 0; ) {
      const next = pending.flatMap((place) => extendedBy.get(place) ?? []).filter((place) => place !== pointer && !reached.has(place));
      for (const place of next) reached.add(place);
      pending = next;
    }
    return definitions.map((entry) => entry.pointer).filter((place) => reached.has(place));
  };
  const declared = new Map<string, DiscriminatedBase>();
  for (const { pointer, schema } of definitions) {
    const discriminator = isJsonObject(schema) && !Array.isArray(schema.oneOf) && !Array.isArray(schema.anyOf) ? readDiscriminator(schema) : undefined;
    const extensions = discriminator === undefined ? [] : extending(pointer);
    if (extensions.length > 0) declared.set(pointer, { pointer, discriminator: discriminator!, declaredAt: pointer, extensions });
  }
  const bases = new Map(declared);
  for (const base of declared.values()) {
    for (const pointer of base.extensions) {
      if (bases.has(pointer) || hasUnionOrDiscriminator(definitions.find((entry) => entry.pointer === pointer)?.schema)) continue;
      const extensions = extending(pointer);
      if (extensions.length > 0) bases.set(pointer, { pointer, discriminator: base.discriminator, declaredAt: base.pointer, extensions });
    }
  }
  return bases;
}

/** Whether a definition writes a discriminator or a union of its own (then it is no inheriting base). */
const hasUnionOrDiscriminator = (schema: JsonValue | undefined): boolean =>
  isJsonObject(schema) && (schema.discriminator !== undefined || Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf));
