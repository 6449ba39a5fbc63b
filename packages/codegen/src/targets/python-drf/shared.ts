// Which properties every variant of a union declares identically: what the python-drf target hoists
// into one base serializer (the five base fields of every CloneEvent). Computed from the model alone.
import { stableKey } from "../../json/stable.ts";
import { typeNamed } from "../../model/schemaModel.ts";
import type { ObjectType, Property, RequiredWhen, SchemaModel, UnionType } from "../../model/types.ts";

export interface SharedFields {
  /** In the order the first variant declares them. */
  readonly properties: readonly Property[];
  /** Rules every variant has, over shared properties only. */
  readonly requiredWhen: readonly RequiredWhen[];
  /** The variants' object types, in union order. */
  readonly variants: readonly ObjectType[];
}

/** The object type of each variant, or undefined unless every variant is a named object type. */
export function variantObjects(model: SchemaModel, union: UnionType): ObjectType[] | undefined {
  const objects: ObjectType[] = [];
  for (const variant of union.variants) {
    if (variant.type.kind !== "named") return undefined;
    const type = typeNamed(model, variant.type.name);
    if (type.kind !== "object") return undefined;
    objects.push(type);
  }
  return objects;
}

/**
 * Properties present in every variant with the same type and requiredness (descriptions and pointers
 * may differ). Undefined when the union's variants are not all named objects.
 */
export function sharedVariantFields(model: SchemaModel, union: UnionType): SharedFields | undefined {
  const variants = variantObjects(model, union);
  if (!variants || variants.length === 0) return undefined;
  const key = (property: Property) => stableKey({ type: property.type, required: property.required });
  const [first, ...rest] = variants as [ObjectType, ...ObjectType[]];
  const properties = first.properties.filter((property) =>
    rest.every((variant) => variant.properties.some((other) => other.name === property.name && key(other) === key(property))),
  );
  const names = new Set(properties.map((property) => property.name));
  const requiredWhen = first.requiredWhen.filter(
    (rule) =>
      names.has(rule.property) &&
      rule.require.every((name) => names.has(name)) &&
      rest.every((variant) => variant.requiredWhen.some((other) => requiredWhenKey(other) === requiredWhenKey(rule))),
  );
  return { properties, requiredWhen, variants };
}

/** Identifies a rule by what it requires (not by where it was written), to match it across variants. */
export function requiredWhenKey(rule: RequiredWhen): string {
  return stableKey({ p: rule.property, e: rule.equals, r: rule.require });
}
