// A union → a serializer that validates with its variants by the union's rule: the tag property's
// value (`_TaggedUnion`), the JSON type (`_JsonTypeUnion`), the keys present (`_KeyPresenceUnion`)
// or the first variant that validates (`_FirstMatchUnion`). `_variants` pairs each variant's selector
// with its field, in union order. Tag and JSON-type variants exclude each other (validateModel checks
// it), so dispatching is JSON Schema's verdict; for the other two, support.py tries every variant and
// applies the union's keyword (`oneOf`: exactly one validates, `anyOf`: at least one), and a value
// several variants take gets the result of the one an OpenAPI discriminator names (`_preference`).
import { descriptionWithParts } from "../../model/schemaModel.ts";
import type { FirstMatchUnion, KeyPresenceUnion, UnionType, UnionVariant } from "../../model/types.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { serializerName } from "./naming.ts";
import { atom, layout, pyString, pyValue, tuple, type PyExpr } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

export function translateUnion(type: UnionType, context: SerializerModuleContext): string[] {
  const lines = translateUnionClass(type, context);
  return [lines[0]!, ...classBody(typeDocstring(type, context.source), lines.slice(1))];
}

/** The class line, then its attributes (before the docstring goes in). */
function translateUnionClass(type: UnionType, context: SerializerModuleContext): string[] {
  const keyword = layout("_keyword = ", atom(pyString(type.keyword)), "", 4);
  switch (type.rule) {
    case "tag":
      return [unionHeader(type, "_TaggedUnion"), ...layout("_discriminator = ", atom(pyString(type.property)), "", 4), ...variantLines(type.variants, (variant) => pyValue(variant.tag, context.integerSpellings), context)];
    case "jsonType":
      return [unionHeader(type, "_JsonTypeUnion"), ...variantLines(type.variants, (variant) => atom(pyString(variant.jsonType)), context)];
    case "keyPresence":
      return [unionHeader(type, "_KeyPresenceUnion"), ...keyword, ...preferenceLines(type), ...variantLines(type.variants, (variant) => tuple(variant.keys.map((key) => atom(pyString(key)))), context)];
    case "firstMatch":
      return [unionHeader(type, "_FirstMatchUnion"), ...keyword, ...preferenceLines(type), ...variantLines(type.variants, (variant) => atom(pyString(variant.name)), context)];
  }
}

/** `_preference`: an OpenAPI discriminator's property, and each string with the index of the variant it names (types.ts, VariantPreference). */
function preferenceLines(type: KeyPresenceUnion | FirstMatchUnion): string[] {
  const preference = type.preference;
  if (preference === undefined) return [];
  const cases = preference.cases.map(({ value, variant }) => tuple([atom(pyString(value)), atom(String(type.variants.findIndex((each) => each.name === variant)))]));
  return layout("_preference = ", tuple([atom(pyString(preference.property)), tuple(cases)]), "", 4);
}

function unionHeader(type: UnionType, base: string): string {
  return `class ${serializerName(type.name)}(${base}):`;
}

/** `_variants`: each variant's selector with its field. */
function variantLines<V extends UnionVariant>(variants: readonly V[], selector: (variant: V) => PyExpr, context: SerializerModuleContext): string[] {
  // What the schema says of a variant (UnionVariant.description, and of its items or values) is its field's help_text, as a property's is.
  const field = (variant: V) => {
    const helpText = descriptionWithParts(variant.description, variant.type);
    return translateField(variant.type, helpText === undefined ? {} : { helpText }, context);
  };
  return layout("_variants = ", tuple(variants.map((variant) => tuple([selector(variant), field(variant)]))), "", 4);
}
