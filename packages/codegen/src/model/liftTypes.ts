// Lifting enums and unions into named types: one place that builds them, so a type of the same
// meaning is named once wherever it is written (a definition's union inlined elsewhere by TypeBox is
// the same type).
import type { LiftOptions, ModelBuilderContext } from "./modelBuilderContext.ts";
import { enumShapeKey } from "./schemaFacts.ts";
import type { Annotations, EnumType, FirstMatchUnion, JsonTypeUnion, KeyPresenceUnion, NamedTypeRef, NumberTypeRef, StringTypeRef, TagUnion, UnionType } from "./types.ts";

/** Where a type is being lifted, and the documentation it carries. */
export interface LiftPlace {
  readonly pointer: string;
  readonly nameHint: string;
  readonly options: LiftOptions;
  readonly annotations: Annotations;
}

export interface EnumValues {
  readonly valueType: EnumType["valueType"];
  readonly values: readonly (string | number | boolean)[];
  readonly otherValues?: StringTypeRef | NumberTypeRef;
}

export function liftEnum(context: ModelBuilderContext, { valueType, values, otherValues }: EnumValues, place: LiftPlace): NamedTypeRef {
  return context.liftShape(enumShapeKey(context.keys, valueType, values, otherValues), place.pointer, place.nameHint, place.options, (name): EnumType => ({
    kind: "enum",
    name,
    pointer: place.pointer,
    valueType,
    values,
    ...(otherValues ? { otherValues } : {}),
    ...place.annotations,
  }));
}

/** A union's rule and its variants with their selectors: what the union means, apart from where it was written. */
export type RuleAndVariants =
  | Pick<TagUnion, "rule" | "property" | "variants">
  | Pick<JsonTypeUnion, "rule" | "variants">
  | Pick<KeyPresenceUnion, "rule" | "variants" | "preference">
  | Pick<FirstMatchUnion, "rule" | "variants" | "preference">;

export function liftUnion(context: ModelBuilderContext, selected: RuleAndVariants, keyword: UnionType["keyword"], place: LiftPlace): NamedTypeRef {
  // Unions are shared by what they mean (their rule and variants), so the document root `oneOf` of
  // `$ref`s and a definition inlining the same variants (TypeBox writes `anyOf`) are one type. A tag or
  // a JSON type makes variants exclusive, so there `oneOf` and `anyOf` mean the same and the keyword
  // is left out of the identity (the first one named keeps its own); keys and first match do not.
  const exclusive = selected.rule === "tag" || selected.rule === "jsonType";
  // What the schema says of its variants is no part of what it means, as its own documentation is
  // not: places alike but for that are one type, which keeps only what they all say (buildModel's
  // forgetDocumentationOfOnePlace).
  const meaning = { ...selected, variants: selected.variants.map(({ description: _description, ...variant }) => variant) };
  const shape = `union:${context.keys.of(exclusive ? meaning : { keyword, selected: meaning })}`;
  return context.liftShape(shape, place.pointer, place.nameHint, place.options, (name) => ({ kind: "union", name, pointer: place.pointer, keyword, ...selected, ...place.annotations }) as UnionType);
}
