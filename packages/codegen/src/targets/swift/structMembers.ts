// The Swift names of an object's stored properties, decided once per object (the struct and the
// protocols of its bases must agree on them). Wire names become lowerCamel members; two wire names
// that give the same member, or a member named like one the struct keeps for itself, get a number
// (`sessionId`, `sessionId2`), in schema order after a key spelled as its member, which keeps it, so
// no valid schema is refused for its names.
import type { ObjectType } from "../../model/types.ts";
import { ADDITIONAL_PROPERTIES_MEMBER, claimUnique, PATTERN_PROPERTIES_MEMBER, propertyName, spelledMemberName } from "./naming.ts";

export interface StructMembers {
  /** Wire name → unescaped Swift member name, for every declared property. */
  readonly properties: ReadonlyMap<string, string>;
  /** One member per pattern, in schema order. */
  readonly patterns: readonly string[];
  /** The member keeping undeclared keys, when the object keeps them. */
  readonly additional: string | undefined;
}

const cache = new WeakMap<ObjectType, StructMembers>();

export function structMembers(type: ObjectType): StructMembers {
  const cached = cache.get(type);
  if (cached) return cached;
  const taken = new Set<string>();
  const wanted = type.properties.map((property) => [property.name, propertyName(spelledMemberName(property.name))] as const);
  // A key spelled as its member takes it before a key that only becomes it: "type" keeps `type`
  // beside "Type" (`type2`), "hugepages2Mi" keeps its name beside "hugepages-2Mi" (found by a sweep
  // of CRDs, where the exact key came second and was numbered).
  const named = new Map<string, string>();
  for (const [wireName, member] of wanted) if (wireName === member && !taken.has(member)) named.set(wireName, claimUnique(member, taken));
  const properties = new Map<string, string>();
  for (const [wireName, member] of wanted) properties.set(wireName, named.get(wireName) ?? claimUnique(member, taken));
  const patterns =
    type.patternProperties.length === 1
      ? [claimUnique(PATTERN_PROPERTIES_MEMBER, taken)]
      : type.patternProperties.map((_, index) => claimUnique(`${PATTERN_PROPERTIES_MEMBER}${index + 1}`, taken));
  const additional = type.additionalProperties === false ? undefined : claimUnique(ADDITIONAL_PROPERTIES_MEMBER, taken);
  const members = { properties, patterns, additional };
  cache.set(type, members);
  return members;
}
