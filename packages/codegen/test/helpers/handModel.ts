// Hand-built models, for shapes buildModel does not produce (yet) or must never produce: each type
// sits at `/definitions/<Name>` and the document declares exactly the definitions the types claim.
import { createSchemaModel } from "../../src/model/schemaModel.ts";
import type { NamedType, ObjectType, Property, SchemaModel, TypeRef, UnionType } from "../../src/model/types.ts";

export const str: TypeRef = { kind: "string", constraints: {} };
export const named = (name: string): TypeRef => ({ kind: "named", name });

/** A required property of `owner`. */
export function property(owner: string, name: string, type: TypeRef): Property {
  return { name, type, required: true, pointer: `/definitions/${owner}/properties/${name}` };
}

/** A closed object definition with required properties. */
export function handObject(name: string, properties: Record<string, TypeRef>, extra: Partial<ObjectType> = {}): ObjectType {
  return {
    kind: "object",
    name,
    pointer: `/definitions/${name}`,
    definitionName: name,
    properties: Object.entries(properties).map(([key, type]) => property(name, key, type)),
    bases: [],
    patternProperties: [],
    additionalProperties: false,
    requiredWhen: [],
    ...extra,
  };
}

/** The parts of a union of any rule beside its identity (distributed, so each rule keeps its own fields). */
export type UnionParts<U = UnionType> = U extends UnionType ? Omit<U, "kind" | "name" | "pointer" | "keyword" | "definitionName"> : never;

/** A `oneOf` union definition. */
export function handUnion(name: string, parts: UnionParts): UnionType {
  return { kind: "union", name, pointer: `/definitions/${name}`, definitionName: name, keyword: "oneOf", ...parts };
}

export function handModel(types: readonly NamedType[], extra: Partial<SchemaModel> = {}): SchemaModel {
  const definitions = Object.fromEntries(types.flatMap((type) => (type.definitionName === undefined ? [] : [[type.definitionName, {}]])));
  return createSchemaModel({
    name: "Hand",
    source: { location: "hand.schema.json", dialect: "draft-07", definitionsKey: "definitions", integerSpellings: new Map(), integersRoundedTogether: new Map(), document: { definitions } },
    types,
    constants: [],
    fallbacks: [],
    ...extra,
  });
}
