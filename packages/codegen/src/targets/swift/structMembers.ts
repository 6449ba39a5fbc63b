// The Swift names of an object's stored properties, decided once per object (the struct and the
// protocols of its bases must agree on them). Wire names become lowerCamel members; two wire names
// that give the same member, or a member named like one the struct keeps for itself, get a number
// (`sessionId`, `sessionId2`), in schema order, so no valid schema is refused for its names.
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
  const properties = new Map<string, string>();
  for (const property of type.properties) properties.set(property.name, claimUnique(propertyName(spelledMemberName(property.name)), taken));
  const patterns =
    type.patternProperties.length === 1
      ? [claimUnique(PATTERN_PROPERTIES_MEMBER, taken)]
      : type.patternProperties.map((_, index) => claimUnique(`${PATTERN_PROPERTIES_MEMBER}${index + 1}`, taken));
  const additional = type.additionalProperties === false ? undefined : claimUnique(ADDITIONAL_PROPERTIES_MEMBER, taken);
  const members = { properties, patterns, additional };
  cache.set(type, members);
  return members;
}
