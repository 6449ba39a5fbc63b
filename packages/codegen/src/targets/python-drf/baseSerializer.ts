// The root union's base serializer: the properties every variant declares identically (shared.ts)
// are written once, in `<Root>BaseSerializer`, and each variant's class inherits them instead of
// repeating them. Hoisting needs at least two variants and one shared property; otherwise there is no
// base and every variant stands alone.
import { CodegenError } from "../../errors.ts";
import type { ObjectType, Property, RequiredWhen, SchemaModel, UnionType } from "../../model/types.ts";
import { baseTypeName, serializerName } from "./naming.ts";
import { requiredWhenKey, sharedVariantFields, type SharedFields } from "./shared.ts";

export interface BaseSerializer {
  readonly className: string;
  readonly root: UnionType;
  readonly shared: SharedFields;
}

export function findBaseSerializer(model: SchemaModel, root: UnionType): BaseSerializer | undefined {
  const shared = sharedVariantFields(model, root);
  if (!shared || shared.variants.length < 2 || shared.properties.length === 0) return undefined;
  const className = serializerName(baseTypeName(root.name));
  if (model.types.some((type) => type.name === baseTypeName(root.name))) {
    throw new CodegenError(
      root.pointer,
      `python-drf: the base serializer name ${className} collides with type ${baseTypeName(root.name)}`,
      model.source.location,
    );
  }
  return { className, root, shared };
}

export function isBaseVariant(base: BaseSerializer | undefined, typeName: string): boolean {
  return base?.shared.variants.some((variant) => variant.name === typeName) ?? false;
}

/** The names of the properties a variant inherits; empty without a base. */
export function sharedPropertyNames(base: BaseSerializer | undefined): Set<string> {
  return new Set(base?.shared.properties.map((property) => property.name) ?? []);
}

export interface OwnFields {
  /** The base the object's class inherits from, if it is one of its variants. */
  readonly inherits: BaseSerializer | undefined;
  readonly properties: readonly Property[];
  readonly requiredWhen: readonly RequiredWhen[];
}

/** What an object's own class declares: everything, less what it inherits from the base. */
export function ownFields(type: ObjectType, base: BaseSerializer | undefined): OwnFields {
  const inherits = isBaseVariant(base, type.name) ? base : undefined;
  const inheritedNames = sharedPropertyNames(inherits);
  const inheritedRules = new Set((inherits?.shared.requiredWhen ?? []).map(requiredWhenKey));
  return {
    inherits,
    properties: type.properties.filter((property) => !inheritedNames.has(property.name)),
    requiredWhen: type.requiredWhen.filter((rule) => !inheritedRules.has(requiredWhenKey(rule))),
  };
}
