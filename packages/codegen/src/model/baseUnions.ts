// A `$ref` to an OpenAPI discriminated base (discriminatorMappings.ts, discriminatedBases: `Pet`
// declares `petType`, `Cat` and `Dog` are each `allOf: [{$ref: Pet}, {…}]`, as springdoc, Swashbuckle
// and Azure write polymorphism) stands for a union: the base's extensions, narrower first, then the
// base itself, last, as the catch-all. Each extension is a subset of the base (its allOf holds the
// base), so the union, `anyOf`, takes exactly the values the base takes: JSON Schema's acceptance is
// unchanged, and a typed target decodes a Cat as a Cat where it decoded a Pet with Cat's keys as extra
// ones. The discriminator is the union's preference (types.ts, VariantPreference). The builder gives
// that union to every place a `$ref` to the base is written, except an `allOf` part (an extension's
// own base); validateModel checks what the union relies on (checkBaseUnion).
import { narrowerFirstOrder } from "./narrowerVariantsFirst.ts";
import { preferenceOf, type DiscriminatorMapping } from "./translateUnion.ts";
import type { NamedType, ObjectType, TypeRef, UnionVariant } from "./types.ts";

/** A definition's type, and the key it is filed under (what a discriminator's implicit mapping names it by). */
export interface DefinitionType {
  readonly typeName: string;
  readonly definitionName: string;
}

/** The object type `name` is, through aliases and the rules around one; never through null (a nullable Cat takes null, which its base may refuse). */
function objectBehind(typesByName: ReadonlyMap<string, NamedType>, name: string, seen: ReadonlySet<string> = new Set()): ObjectType | undefined {
  const type = typesByName.get(name);
  if (type?.kind === "object") return type;
  if (type?.kind !== "alias" || seen.has(name)) return undefined;
  let core: TypeRef = type.type;
  while (core.kind === "constrained") core = core.type;
  return core.kind === "named" ? objectBehind(typesByName, core.name, new Set([...seen, name])) : undefined;
}

/**
 * Whether the object type behind `name` is built on the one behind `base` (its `bases`, transitively),
 * not being that object itself: then it takes no value the base does not. (An extension that adds
 * nothing, `allOf: [{$ref: Pet}]` alone, is the base's own object: it would take every value first.)
 */
export function extendsType(typesByName: ReadonlyMap<string, NamedType>, name: string, base: string): boolean {
  const wider = objectBehind(typesByName, base);
  const start = objectBehind(typesByName, name);
  if (wider === undefined || start === undefined || start === wider) return false;
  const seen = new Set<string>([start.name]);
  for (let pending: ObjectType[] = [start]; pending.length > 0; ) {
    const next: ObjectType[] = [];
    for (const object of pending) {
      for (const { name: baseName } of object.bases) {
        if (baseName === wider.name) return true;
        const held = typesByName.get(baseName);
        if (seen.has(baseName) || held?.kind !== "object") continue;
        seen.add(baseName);
        next.push(held);
      }
    }
    pending = next;
  }
  return false;
}

export interface BaseUnionParts {
  /** The union's name (typeNames.ts, baseUnionName, claimed). */
  readonly name: string;
  readonly base: DefinitionType & { readonly pointer: string };
  /** The definitions extending the base, in document order. */
  readonly extensions: readonly DefinitionType[];
  /** The discriminator's property and explicit mapping (translateUnion.ts, discriminatorOf). */
  readonly property: string;
  readonly mapping: DiscriminatorMapping | undefined;
  /** The string the implicit mapping names a definition by (discriminatorMappings.ts, implicitDiscriminatorValue). */
  readonly implicitValue: (key: string) => string;
}

/**
 * The type a reference to a discriminated base stands for: the union of the extensions that are
 * object types built on the base (extendsType), each after those built on it, then the base; the
 * alias of the base where none is. A string naming an extension that is the base's own object (Azure's
 * system-assigned identity, its discriminator value its one difference) names the base.
 */
export function baseUnionType(typesByName: ReadonlyMap<string, NamedType>, { name, base, extensions, property, mapping, implicitValue }: BaseUnionParts): NamedType {
  const built = extensions.filter((extension) => extendsType(typesByName, extension.typeName, base.typeName));
  const baseRef = { kind: "named", name: base.typeName } as const;
  if (built.length === 0) return { kind: "alias", name, pointer: base.pointer, type: baseRef };
  const order = narrowerFirstOrder(built.length, (wider, narrower) => extendsType(typesByName, built[narrower]!.typeName, built[wider]!.typeName));
  const members = [...order.map((index) => built[index]!), base];
  const variants: UnionVariant[] = members.map(({ typeName }) => ({ name: typeName, type: { kind: "named", name: typeName } }));
  const baseObject = objectBehind(typesByName, base.typeName);
  const sameAsBase = extensions.filter((extension) => baseObject !== undefined && objectBehind(typesByName, extension.typeName) === baseObject);
  const named = members.map(({ typeName, definitionName }) => ({ name: typeName, definitions: [definitionName, ...(typeName === base.typeName ? sameAsBase.map((extension) => extension.definitionName) : [])] }));
  const preference = preferenceOf(property, mapping, named, implicitValue);
  return { kind: "union", rule: "firstMatch", keyword: "anyOf", name, pointer: base.pointer, variants, base: base.typeName, ...(preference !== undefined ? { preference } : {}) };
}
