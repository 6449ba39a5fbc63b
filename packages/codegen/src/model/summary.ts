// What a model leaves untyped, counted one way for everyone: the end-of-run summary of `gen`, the
// bench beside quicktype, and the tests; and what gen warns about (`--strict` refuses any of it).
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { documentSchemas } from "../jsonSchema/references.ts";
import { annotationValueWarnings } from "./annotationValues.ts";
import { ignoredEnumValueHints } from "./enumValueNotes.ts";
import { unmetDiscriminatorMappings } from "./discriminatorMappings.ts";
import { misplacedPropertySchemas } from "./misplacedPropertySchemas.ts";
import { admitsNoValue } from "./neverType.ts";
import { typeNamed, valueTypes } from "./schemaModel.ts";
import type { Property, SchemaModel, SourceDocument, TypeRef } from "./types.ts";
import { DEFINITION_CONTAINERS, isValidationKeyword, subschemaFormsOf } from "../jsonSchema/vocabulary.ts";
import { uninhabitedTypes } from "./uninhabitedTypes.ts";
import { describeUnreachable, unreachableVariants } from "./unreachableVariants.ts";


/**
 * A property is untyped when a typed language can hold its value only as the open JSON value: its
 * type, seen through `nullable`, `constrained` and aliases, is `unknown`, or an array or record whose
 * elements are untyped in the same sense. (A union, an object, an enum or a tuple is typed, whatever
 * its parts hold; so is a scalar; so is a place whose rules admit no value, which typed languages hold
 * as absent.) Whether the schema asked for any value (`{}`) or the model had to fall back does not
 * matter here: the fallbacks are listed apart.
 */
export function isUntypedProperty(model: SchemaModel, property: Property): boolean {
  return isOpenValue(model, property.type, new Set());
}

function isOpenValue(model: SchemaModel, type: TypeRef, seen: Set<string>): boolean {
  switch (type.kind) {
    case "unknown":
      return true;
    case "nullable":
      return isOpenValue(model, type.type, seen);
    case "constrained":
      // Rules no value passes make the place typed as absent, whatever they constrain.
      return !admitsNoValue(type) && isOpenValue(model, type.type, seen);
    case "array":
      return isOpenValue(model, type.items, seen);
    case "record":
      return isOpenValue(model, type.values, seen);
    case "named": {
      if (seen.has(type.name)) return false;
      seen.add(type.name);
      const named = typeNamed(model, type.name);
      return named.kind === "alias" && isOpenValue(model, named.type, seen);
    }
    default:
      return false;
  }
}

export interface ModelSummary {
  /** Named types in the model. */
  readonly types: number;
  /** Declared properties of every object type a value is decoded into (valueTypes: not those only checking a rule). */
  readonly properties: number;
  /** Of those, the ones isUntypedProperty counts. */
  readonly untypedProperties: number;
  /** Places left untyped although the schema says more (Fallback). */
  readonly fallbacks: number;
}

export function summarizeModel(model: SchemaModel): ModelSummary {
  const decodedInto = valueTypes(model);
  const properties = model.types.flatMap((type) => (type.kind === "object" && decodedInto.has(type) ? type.properties : []));
  return {
    types: model.types.length,
    properties: properties.length,
    untypedProperties: properties.filter((property) => isUntypedProperty(model, property)).length,
    fallbacks: model.fallbacks.length,
  };
}

/** The share of properties left untyped, in percent (0 for a model without properties). */
export function untypedShare(summary: ModelSummary): number {
  return summary.properties === 0 ? 0 : (100 * summary.untypedProperties) / summary.properties;
}

export function formatSummary(model: SchemaModel): string {
  const summary = summarizeModel(model);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${model.name}: ${plural(summary.types, "type")}, ${plural(summary.properties, "property").replace(/propertys$/, "properties")}, ${summary.untypedProperties} left untyped (${untypedShare(summary).toFixed(1)}%), ${plural(summary.fallbacks, "fallback")}`;
}

/** What gen warns about at a JSON pointer of the input. */
export interface ModelWarning {
  readonly pointer: string;
  readonly reason: string;
  /** The file `pointer` is in, where another than the input's (a schema the bundle brought in: genWarnings). */
  readonly location?: string;
  /** `pointer` names the place as the file writes it already (KeywordWithoutEffect's). */
  readonly placedAsWritten?: true;
}

/**
 * Every warning of a model, in order: its fallbacks (places left untyped), then the named types no
 * value satisfies, then the union variants no value decodes as, then the numbers that stand for
 * another integer than the document writes, then the keywords read as ruling nothing that their
 * author meant as a rule, then the `default` and `examples` values their own schema refuses, then
 * the schemas written as unknown keywords beside `properties` under keys `required` lists, then
 * the enum value names and descriptions that do not pair with the values (ignored), then
 * the discriminator mappings no variant they name allows, then a document typing nothing that looks
 * like another format.
 */
export function modelWarnings(model: SchemaModel): ModelWarning[] {
  const uninhabited = uninhabitedTypes(model).map(({ type, why }) => ({
    pointer: type.pointer,
    reason: `no JSON value satisfies ${type.name}: ${why}`,
  }));
  const unreachable = unreachableVariants(model).map((found) => ({ pointer: found.union.pointer, reason: describeUnreachable(found) }));
  return [
    ...model.fallbacks,
    ...uninhabited,
    ...unreachable,
    ...roundedIntegerWarnings(model.source),
    ...inexactConstantWarnings(model.source),
    ...(model.source.keywordsWithoutEffect ?? []),
    ...(model.source.keywordsReadAsMeant ?? []),
    ...annotationValueWarnings(model),
    ...misplacedPropertySchemas(model.source),
    ...ignoredEnumValueHints(model),
    ...unmetDiscriminatorMappings(model),
    ...documentOfAnotherFormat(model),
  ];
}

/**
 * A document gen types nothing of (its one type is the open JSON value, and it has no definition)
 * whose root holds objects under keys no JSON Schema dialect defines: most likely another format,
 * read as a schema of annotations only. Pulumi's package schema (`types`, `resources`) and, before
 * gen read their layout, Google's Discovery documents (`schemas`, `resources`) each came out as one
 * `JSONValue` and no word said why (found by sweep AF). Said once, at the root, naming those keys.
 */
function documentOfAnotherFormat(model: SchemaModel): ModelWarning[] {
  const [only, ...others] = model.types;
  if (only === undefined || others.length > 0 || only.kind !== "alias" || only.type.kind !== "unknown") return [];
  const { document, dialect } = model.source;
  const foreign = Object.keys(document).filter((key) => isForeignMember(key, document[key], dialect));
  if (foreign.length === 0) return [];
  const named = foreign.map((key) => `\`${key}\``).join(", ");
  return [{ pointer: "", reason: `the document types nothing (its root rules nothing and it has no definitions), yet it holds ${named}, which no JSON Schema dialect defines: is it another format than JSON Schema, or an API description of a layout gen does not read?` }];
}

/** A root member holding an object under a key that is no keyword, definition container, annotation (`default`, `$vocabulary`, a `$`-keyword) or extension (`x-…`). */
function isForeignMember(key: string, value: JsonValue | undefined, dialect: SourceDocument["dialect"]): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (key.startsWith("x-") || key.startsWith("$") || key === "default" || (DEFINITION_CONTAINERS as readonly string[]).includes(key)) return false;
  return subschemaFormsOf(key) === undefined && !isValidationKeyword(key, dialect);
}

/**
 * Each place of the document holding a number that several of its integer literals round to
 * (SourceDocument.integersRoundedTogether): once parsed they are one double, so every output writes
 * that double's digits, another integer than the one written there for all of them but one.
 */
function roundedIntegerWarnings(source: SourceDocument): ModelWarning[] {
  const rounded = source.integersRoundedTogether;
  if (rounded.size === 0) return [];
  const warnings: ModelWarning[] = [];
  const visit = (value: JsonValue, pointer: string): void => {
    if (typeof value === "number") {
      const integers = rounded.get(value);
      if (integers) warnings.push({ pointer, reason: `the integers ${integers.join(", ")} written in this document are one double, ${BigInt(value)}, once read: every output writes ${BigInt(value)} here` });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, childPointer(pointer, index)));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) visit(item, childPointer(pointer, key));
  };
  visit(source.document, "");
  return warnings;
}

/**
 * Each `const` or `enum` integer of the document that no double holds (its spelling, integerSpellings,
 * is another integer than the double JSON.parse read): what compares the parsed number (the model's
 * validator, AJV, and the generated Swift where no Int or UInt64 holds the values: swiftInteger)
 * takes every integer of that double for it, 12345678901234567891 for `const: 12345678901234567890`,
 * where the Python serializers, which write the spelling, and Swift's Int and UInt64 checks compare
 * the integer written. A bound is no such place: every
 * target that checks one holds it exactly (integerSwiftType), and a double's own digits are exact.
 */
function inexactConstantWarnings(source: SourceDocument): ModelWarning[] {
  const spellings = source.integerSpellings;
  if (spellings.size === 0) return [];
  const warnings: ModelWarning[] = [];
  const check = (value: JsonValue | undefined, pointer: string) => {
    const spelling = typeof value === "number" ? spellings.get(value) : undefined;
    if (spelling === undefined || BigInt(spelling) === BigInt(value as number)) return;
    const read = BigInt(value as number);
    const neighbour = [BigInt(spelling) + 1n, BigInt(spelling) - 1n].find((integer) => integer !== read && Number(integer) === value);
    const alike = [read, ...(neighbour === undefined ? [] : [neighbour])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(", ");
    warnings.push({
      pointer,
      reason: `the integer ${spelling} no double holds is read as ${read}: what compares numbers as doubles (AJV; the generated Swift where no Int or UInt64 holds every value of the enum) takes every integer read as that double for this one (${alike}); the Python serializers and the generated Swift's Int and UInt64 checks compare the integer written`,
    });
  };
  for (const [tokens, schema] of documentSchemas(source.document, source.dialect)) {
    const at = childPointer("", ...tokens);
    check(schema.const, childPointer(at, "const"));
    if (Array.isArray(schema.enum)) schema.enum.forEach((value, index) => check(value, childPointer(at, "enum", index)));
  }
  return warnings;
}

/**
 * Strict mode: every warning is an error (exit 2), reported at the first with the count of the rest.
 * `warnings`: the model's own by default; gen adds those of the targets that render it.
 */
export function requireNoWarnings(model: SchemaModel, warnings: readonly ModelWarning[] = modelWarnings(model)): void {
  const [first, ...rest] = warnings;
  if (!first) return;
  const place = (warning: ModelWarning) => `${warning.location === undefined ? "" : `${warning.location}#`}${warning.pointer || "/"}`;
  const more = rest.length === 0 ? "" : ` (and ${rest.length} more warning${rest.length === 1 ? "" : "s"}, at ${rest.map(place).join(", ")})`;
  throw new CodegenError(first.pointer, `strict mode: ${first.reason}${more}`, first.location ?? model.source.location);
}
