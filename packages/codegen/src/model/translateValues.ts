// A fixed set of values (`const`, `enum`, or a union of constants) → the narrowest type that says
// exactly that: a literal, an enum of strings, integers or numbers, `boolean` for both booleans,
// `null`; values of several JSON types become a union by JSON type of one such type per type.
import { jsonTypeOfValue } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { inlineTypeName, variantNameFromValue } from "../naming/typeNames.ts";
import { liftEnum, liftUnion, type LiftPlace } from "./liftTypes.ts";
import type { ModelBuilderContext } from "./modelBuilderContext.ts";
import { familyOf, type Family } from "./schemaFacts.ts";
import type { JsonTypeVariant, TypeRef, UnionVariant } from "./types.ts";
import { neverType } from "./neverType.ts";

/** `values` are distinct; `place` is where the set was written. */
export function translateValues(context: ModelBuilderContext, values: readonly JsonValue[], place: LiftPlace, keyword: "oneOf" | "anyOf" = "anyOf"): TypeRef {
  const nonNull = values.filter((value) => value !== null);
  const nullable = nonNull.length < values.length;
  const wrap = (type: TypeRef): TypeRef => (nullable ? { kind: "nullable", type } : type);
  if (nonNull.length === 0) return nullable ? { kind: "null" } : neverType(place.pointer);
  const byFamily = new Map<Family, JsonValue[]>();
  for (const value of nonNull) {
    const family = familyOf(jsonTypeOfValue(value));
    byFamily.set(family, [...(byFamily.get(family) ?? []), value]);
  }
  if (byFamily.size === 1) {
    const [family, members] = [...byFamily][0]!;
    return wrap(valuesOfOneFamily(context, family, members, place, keyword));
  }
  const variants: JsonTypeVariant[] = [...byFamily].map(([family, members]) => {
    const jsonType = family === "number" && members.every((value) => Number.isInteger(value)) ? "integer" : family;
    const name = variantNameFromValue(jsonType);
    const inner: LiftPlace = { pointer: place.pointer, nameHint: inlineTypeName(place.nameHint, { kind: "variant", variantName: name }), options: {}, annotations: {} };
    return { name, jsonType, type: valuesOfOneFamily(context, family, members, inner, keyword) };
  });
  return wrap(liftUnion(context, { rule: "jsonType", variants }, keyword, place));
}

function valuesOfOneFamily(context: ModelBuilderContext, family: Family, values: readonly JsonValue[], place: LiftPlace, keyword: "oneOf" | "anyOf"): TypeRef {
  if (values.length === 1) return { kind: "literal", value: values[0] as Exclude<JsonValue, null> };
  switch (family) {
    case "string":
      return liftEnum(context, { valueType: "string", values: values as string[] }, place);
    case "number":
      return liftEnum(context, { valueType: values.every((value) => Number.isInteger(value)) ? "integer" : "number", values: values as number[] }, place);
    case "boolean":
      return { kind: "boolean" };
    default: {
      // Several constant objects or arrays: told apart by which one the value equals.
      const variants: UnionVariant[] = values.map((value, index) => ({ name: `Value${index + 1}`, type: { kind: "literal", value: value as Exclude<JsonValue, null> } }));
      return liftUnion(context, { rule: "firstMatch", variants }, keyword, place);
    }
  }
}
