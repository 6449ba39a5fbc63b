// `anyOf` / `oneOf` / `enum` → a nullable wrapper, a string enum, an open string, or a named union
// whose variants discriminateUnion.ts has shown can be told apart.
import { childPointer, CodegenError } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { inlineTypeName, variantNameFromValue } from "../naming/typeNames.ts";
import { constantString, discriminateUnion, jsonTypeOf } from "./discriminateUnion.ts";
import { isAnnotation } from "./keywords.ts";
import { descriptionOf, enumShapeKey, literal, stringConstraints } from "./schemaFacts.ts";
import type { LiftOptions, Schema, TranslationContext } from "./translationContext.ts";
import type { JsonType, NamedTypeRef, TypeRef, UnionDiscriminator, UnionType, UnionVariant } from "./types.ts";

export function translateEnum(context: TranslationContext, schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
  const values = schema.enum;
  const at = childPointer(pointer, "enum");
  if (!Array.isArray(values) || values.length === 0) throw new CodegenError(at, "enum must be a non-empty array");
  const nonNull = values.filter((value) => value !== null);
  let type: TypeRef;
  if (nonNull.length === 1) type = literal(nonNull[0]!, at);
  else if (nonNull.every((value): value is string => typeof value === "string")) type = liftEnum(context, nonNull, pointer, nameHint, options);
  else throw new CodegenError(at, "an enum of several non-string values is not supported");
  return nonNull.length < values.length ? { kind: "nullable", type } : type;
}

function liftEnum(context: TranslationContext, values: string[], pointer: string, nameHint: string, options: LiftOptions): TypeRef {
  if (new Set(values).size !== values.length) throw new CodegenError(pointer, "enum values must be distinct");
  return context.liftShape(enumShapeKey(values), pointer, nameHint, options, () => ({ kind: "enum", name: nameHint, pointer, origin: "inline", values }));
}

export function translateUnion(context: TranslationContext, schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
  const keyword = "anyOf" in schema ? "anyOf" : "oneOf";
  const others = Object.keys(schema).filter((key) => key !== keyword && key !== "discriminator" && !isAnnotation(key) && key !== "type");
  if ("anyOf" in schema && "oneOf" in schema) throw new CodegenError(pointer, "anyOf and oneOf together are not supported");
  if (others.length > 0) {
    throw new CodegenError(pointer, `${keyword} next to ${others.map((key) => `"${key}"`).join(", ")} is not supported`);
  }
  const raw = schema[keyword];
  if (!Array.isArray(raw) || raw.length === 0) throw new CodegenError(childPointer(pointer, keyword), "must be a non-empty array");
  const entries = raw.map((variant, index) => {
    const at = childPointer(pointer, keyword, index);
    return { at, schema: context.expectSchema(variant, at) };
  });
  const isNull = (variant: Schema) => variant.type === "null" || (variant.const === null && "const" in variant);
  const nonNull = entries.filter((entry) => !isNull(entry.schema));
  const wrap = (type: TypeRef): TypeRef => (nonNull.length < entries.length ? { kind: "nullable", type } : type);
  if (nonNull.length === 0) throw new CodegenError(pointer, "a union of only null is not supported");
  if (nonNull.length === 1) return wrap(context.translate(nonNull[0]!.schema, nonNull[0]!.at, nameHint, options));

  const strings = nonNull.map((entry) => constantString(entry.schema));
  if (strings.every((value): value is string => value !== undefined)) return wrap(liftEnum(context, strings, pointer, nameHint, options));
  const openString = asOpenString(nonNull.map((entry) => entry.schema), pointer);
  if (openString) return wrap(openString);

  const annotation = discriminatorAnnotation(schema.discriminator, childPointer(pointer, "discriminator"));
  return wrap(liftDiscriminatedUnion(context, nonNull, { pointer, nameHint, options, annotation, ...descriptionOf(schema) }));
}

interface UnionEntry {
  readonly at: string;
  readonly schema: Schema;
}

interface UnionPlace {
  readonly pointer: string;
  readonly nameHint: string;
  readonly options: LiftOptions;
  readonly annotation: string | undefined;
  readonly description?: string;
}

/**
 * Lifts a union whose variants one rule of discriminateUnion tells apart. Failing that, a union of
 * scalars and several objects (`string | {type: "text"…} | {type: "image"…}`) is split in two: a
 * union by JSON type whose `object` variant is itself the union of the objects, told apart by their tag.
 */
function liftDiscriminatedUnion(context: TranslationContext, entries: readonly UnionEntry[], place: UnionPlace): NamedTypeRef {
  const shapes = entries.map((entry) => context.followRef(entry.schema, entry.at));
  const decision = discriminateUnion(
    shapes.map((schema) => ({ schema })),
    place.annotation,
  );
  if (decision.ok) return liftUnion(context, entries, decision.discriminator, decision.keys, place);
  const objects = entries.filter((_, index) => jsonTypeOf(shapes[index]!) === "object");
  const scalars = entries.filter((_, index) => jsonTypeOf(shapes[index]!) !== "object");
  const byType = discriminateUnion([...scalars.map((entry) => ({ schema: context.followRef(entry.schema, entry.at) })), { schema: { type: "object" } }]);
  if (objects.length < 2 || scalars.length === 0 || !byType.ok) throw new CodegenError(place.pointer, decision.reason);
  const objectsName = inlineTypeName(place.nameHint, { kind: "variant", variantName: variantNameFromValue("object") });
  const objectUnion = liftDiscriminatedUnion(context, objects, { pointer: place.pointer, nameHint: objectsName, options: {}, annotation: place.annotation });
  const objectsEntry: UnionEntry = { at: place.pointer, schema: {} };
  const resolved = new Map<UnionEntry, TypeRef>([[objectsEntry, objectUnion]]);
  return liftUnion(context, [...scalars, objectsEntry], byType.discriminator, byType.keys, place, resolved);
}

function liftUnion(
  context: TranslationContext,
  entries: readonly UnionEntry[],
  discriminator: UnionDiscriminator,
  keys: readonly string[],
  place: UnionPlace,
  resolved: ReadonlyMap<UnionEntry, TypeRef> = new Map(),
): NamedTypeRef {
  const { pointer, nameHint, options } = place;
  const variantNames = keys.map((key) => variantNameFromValue(key));
  const variants: UnionVariant[] = entries.map((entry, index) => {
    const key = keys[index]!;
    const name = variantNames[index]!;
    if (variantNames.indexOf(name) !== index) {
      throw new CodegenError(entry.at, `name collision: variants "${keys[variantNames.indexOf(name)]}" and "${key}" both become "${name}"`);
    }
    const type = resolved.get(entry) ?? context.translate(entry.schema, entry.at, inlineTypeName(nameHint, { kind: "variant", variantName: name }));
    const match =
      discriminator.kind === "property" ? { tag: key } : discriminator.kind === "jsonType" ? { jsonType: key as JsonType } : { requiredKey: key };
    return { name, type, ...match };
  });
  const description = place.description === undefined ? {} : { description: place.description };
  const union: Omit<UnionType, "name"> = { kind: "union", pointer, origin: "inline", discriminator, variants, ...description };
  // Unions are shared by what they mean (their discriminator and variant types), so the document root
  // `oneOf` of `$ref`s and a definition inlining the same variants are one type.
  const shape = `union:${stableKey({ discriminator, variants })}`;
  return context.liftShape(shape, pointer, nameHint, options, () => ({ ...union, name: nameHint }));
}

/** `anyOf: [{const: "a"}, …, {type: "string"}]`: any string, some of them named. */
function asOpenString(variants: Schema[], pointer: string): TypeRef | undefined {
  const plain = variants.filter((variant) => variant.type === "string" && !("const" in variant) && !("enum" in variant));
  if (plain.length !== 1) return undefined;
  const known = variants.filter((variant) => variant !== plain[0]).map((variant) => constantString(variant));
  if (!known.every((value): value is string => value !== undefined)) return undefined;
  return { kind: "string", constraints: stringConstraints(plain[0]!, pointer), knownValues: known };
}

function discriminatorAnnotation(value: JsonValue | undefined, pointer: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.propertyName === "string") return value.propertyName;
  throw new CodegenError(pointer, 'must be a property name or {"propertyName": …}');
}
