// `anyOf` / `oneOf` / `enum` → a nullable wrapper, a string enum (closed, or open to other strings),
// or a named union whose variants discriminateUnion.ts has shown can be told apart.
import { childPointer, CodegenError } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { inlineTypeName, variantNameFromValue } from "../naming/typeNames.ts";
import { constantString, discriminateUnion, schemaJsonType, type Discrimination } from "./discriminateUnion.ts";
import { isAnnotation } from "./keywords.ts";
import type { LiftOptions, ModelBuilderContext, Schema } from "./modelBuilderContext.ts";
import { annotationsOf, enumShapeKey, literal, openStringEnum } from "./schemaFacts.ts";
import type {
  Annotations,
  EnumType,
  JsonTypeUnion,
  KeyPresenceUnion,
  NamedTypeRef,
  StringTypeRef,
  TagUnion,
  TypeRef,
  UnionType,
  UnionVariant,
} from "./types.ts";

export function translateEnum(context: ModelBuilderContext, schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
  const values = schema.enum;
  const at = childPointer(pointer, "enum");
  if (!Array.isArray(values) || values.length === 0) throw new CodegenError(at, "enum must be a non-empty array");
  const nonNull = values.filter((value) => value !== null);
  let type: TypeRef;
  if (nonNull.length === 1) type = literal(nonNull[0]!, at);
  else if (nonNull.every((value): value is string => typeof value === "string")) {
    type = liftEnum(context, { values: nonNull }, { pointer, nameHint, options, annotations: annotationsOf(schema) });
  } else throw new CodegenError(at, "an enum of several non-string values is not supported");
  return nonNull.length < values.length ? { kind: "nullable", type } : type;
}

interface EnumValues {
  readonly values: readonly string[];
  readonly otherValues?: StringTypeRef;
}

function liftEnum(context: ModelBuilderContext, { values, otherValues }: EnumValues, place: EnumPlace): TypeRef {
  const { pointer, nameHint, options, annotations } = place;
  if (new Set(values).size !== values.length) throw new CodegenError(pointer, "enum values must be distinct");
  const build = (): EnumType => ({
    kind: "enum",
    name: nameHint,
    pointer,
    valueType: "string",
    values,
    ...(otherValues ? { otherValues } : {}),
    ...annotations,
  });
  return context.liftShape(enumShapeKey(values, otherValues), pointer, nameHint, options, build);
}

export function translateUnion(context: ModelBuilderContext, schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
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

  const place: UnionPlace = { pointer, nameHint, options, keyword, annotations: annotationsOf(schema) };
  const strings = nonNull.map((entry) => constantString(entry.schema));
  if (strings.every((value): value is string => value !== undefined)) return wrap(liftEnum(context, { values: strings }, place));
  const openEnum = openStringEnum(
    nonNull.map((entry) => entry.schema),
    pointer,
  );
  if (openEnum) return wrap(liftEnum(context, openEnum, place));

  const annotation = discriminatorAnnotation(schema.discriminator, childPointer(pointer, "discriminator"));
  return wrap(liftDiscriminatedUnion(context, nonNull, place, annotation));
}

interface UnionEntry {
  readonly at: string;
  readonly schema: Schema;
}

/** Where an enum is being lifted, and the documentation it carries. */
interface EnumPlace {
  readonly pointer: string;
  readonly nameHint: string;
  readonly options: LiftOptions;
  readonly annotations: Annotations;
}

/** Where a union is being lifted: an enum's place, and the keyword that wrote it. */
interface UnionPlace extends EnumPlace {
  readonly keyword: UnionType["keyword"];
}

/**
 * Lifts a union whose variants one rule of discriminateUnion tells apart. Failing that, a union of
 * scalars and several objects (`string | {type: "text"…} | {type: "image"…}`) is split in two: a
 * union by JSON type whose `object` variant is itself the union of the objects, told apart by their tag.
 */
function liftDiscriminatedUnion(context: ModelBuilderContext, entries: readonly UnionEntry[], place: UnionPlace, annotation: string | undefined): NamedTypeRef {
  const shapes = entries.map((entry) => context.followRef(entry.schema, entry.at));
  const decision = discriminateUnion(
    shapes.map((schema) => ({ schema })),
    annotation,
  );
  if (decision.ok) return liftUnion(context, entries, decision, place);
  const objects = entries.filter((_, index) => schemaJsonType(shapes[index]!) === "object");
  const scalars = entries.filter((_, index) => schemaJsonType(shapes[index]!) !== "object");
  const byType = discriminateUnion([...scalars.map((entry) => ({ schema: context.followRef(entry.schema, entry.at) })), { schema: { type: "object" } }]);
  if (objects.length < 2 || scalars.length === 0 || !byType.ok) throw new CodegenError(place.pointer, decision.reason);
  const objectsName = inlineTypeName(place.nameHint, { kind: "variant", variantName: variantNameFromValue("object") });
  const objectsPlace: UnionPlace = { pointer: place.pointer, nameHint: objectsName, options: {}, keyword: place.keyword, annotations: {} };
  const objectUnion = liftDiscriminatedUnion(context, objects, objectsPlace, annotation);
  const objectsEntry: UnionEntry = { at: place.pointer, schema: {} };
  const resolved = new Map<UnionEntry, TypeRef>([[objectsEntry, objectUnion]]);
  return liftUnion(context, [...scalars, objectsEntry], byType, place, resolved);
}

type Decided = Discrimination & { readonly ok: true };

/** Variant i's selector as text, which names the variant ("session.started" → "SessionStarted"). */
function selectorLabel(decision: Decided, index: number): string {
  switch (decision.rule) {
    case "tag":
      return decision.tags[index]!;
    case "jsonType":
      return decision.jsonTypes[index]!;
    case "keyPresence":
      return decision.keys[index]!.join("-");
  }
}

/** A union's rule and its variants with their selectors: what the union means, apart from where it was written. */
type RuleAndVariants = Pick<TagUnion, "rule" | "property" | "variants"> | Pick<JsonTypeUnion, "rule" | "variants"> | Pick<KeyPresenceUnion, "rule" | "variants">;

/** The union's rule with each variant's selector, in the form of the contract. */
function withSelectors(decision: Decided, variants: readonly UnionVariant[]): RuleAndVariants {
  switch (decision.rule) {
    case "tag":
      return { rule: "tag", property: decision.property, variants: variants.map((variant, i) => ({ ...variant, tag: decision.tags[i]! })) };
    case "jsonType":
      return { rule: "jsonType", variants: variants.map((variant, i) => ({ ...variant, jsonType: decision.jsonTypes[i]! })) };
    case "keyPresence":
      return { rule: "keyPresence", variants: variants.map((variant, i) => ({ ...variant, keys: decision.keys[i]! })) };
  }
}

function liftUnion(
  context: ModelBuilderContext,
  entries: readonly UnionEntry[],
  decision: Decided,
  place: UnionPlace,
  resolved: ReadonlyMap<UnionEntry, TypeRef> = new Map(),
): NamedTypeRef {
  const { pointer, nameHint, options } = place;
  const labels = entries.map((_, index) => selectorLabel(decision, index));
  const variantNames = labels.map((label) => variantNameFromValue(label));
  const variants: UnionVariant[] = entries.map((entry, index) => {
    const name = variantNames[index]!;
    const first = variantNames.indexOf(name);
    if (first !== index) {
      throw new CodegenError(entry.at, `name collision: variants "${labels[first]}" and "${labels[index]}" both become "${name}"`);
    }
    const type = resolved.get(entry) ?? context.translate(entry.schema, entry.at, inlineTypeName(nameHint, { kind: "variant", variantName: name }));
    return { name, type };
  });
  const selected = withSelectors(decision, variants);
  // Unions are shared by what they mean (their rule and variants), so the document root `oneOf` of
  // `$ref`s and a definition inlining the same variants (TypeBox writes `anyOf`) are one type. Every
  // rule chosen here makes the variants exclusive, so `oneOf` and `anyOf` mean the same and the
  // keyword is left out of the identity (the first one named keeps its own).
  const shape = `union:${stableKey(selected)}`;
  const build = (): UnionType => ({ kind: "union", name: nameHint, pointer, keyword: place.keyword, ...selected, ...place.annotations });
  return context.liftShape(shape, pointer, nameHint, options, build);
}

function discriminatorAnnotation(value: JsonValue | undefined, pointer: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.propertyName === "string") return value.propertyName;
  throw new CodegenError(pointer, 'must be a property name or {"propertyName": …}');
}
