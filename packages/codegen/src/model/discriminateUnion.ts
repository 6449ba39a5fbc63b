// How a union's variants are told apart: the documented rules and their precedence. The decisions
// here are pure (over facts read from the variants' schemas); translateUnion.ts applies them, and
// selectVariant.ts is the executable statement of each rule for a value.
//
// Precedence, for the variants of one `anyOf` / `oneOf` (a `type` list is the union of its types):
// 0. A variant that names no type, only keywords of one (`properties` without `type: "object"`),
//    lets every value of the other types through: such values may reach several variants, so no rule
//    below holds and the union is `firstMatch` over its variants (ordered as rule 5 says), nulls among them
//    (typed targets read that variant as its keywords' type, as they read a Typeless type).
//    `null` variants make the union nullable (`T | null`); `false` variants are dropped (they match
//    nothing), and so are those `not` of everything makes refuse every value (schemaFacts'
//    refusesEveryValue), and for `anyOf` a variant identical to an earlier one (the same schema once
//    normalized); a union of constants only is an enum (values of several JSON types: a union by JSON type
//    of one enum per type).
// 1. JSON type: variants whose JSON types do not overlap (integer and number counting as one) are told
//    apart by the value's type (`jsonType`). Where several variants share a type, they form one
//    variant of that type, a union of their own decided by the rules below (only those of that type);
//    a variant of several types is split into its part of each type.
// 2. Among objects, a tag: a property each variant requires with constant values (string, number or
//    boolean; `const` or `enum`, or a string `pattern` that spells them: constantValues), told apart by that value (`tag`). A value several variants share
//    selects a union of those variants, decided by the rules below; a property with a value that
//    every tagged variant allows is no tag, since it tells none apart. An OpenAPI `discriminator` names
//    the property to use. When only some variants are tagged, they form one tagged union and that
//    union is one variant among the untagged ones, decided by 3 and 4; under a `oneOf` the author
//    wrote with a tag value several variants share, the union is `firstMatch` instead (nested, two
//    matches sharing the value hid an untagged one).
// 3. Among objects, the keys present: each variant's required keys beyond those every variant
//    requires (`keyPresence`, open objects too: a value may have several candidates, and belongs to
//    the first it validates against; more specific variants come first). Variants requiring the same
//    keys form one variant, a `firstMatch` union of their own; under a `oneOf` the author wrote such
//    a group makes the whole union `firstMatch` instead, unless the groups exclude each other (closed
//    variants, each group requiring a key the others do not declare): a value holding one group's
//    keys may match another group's variants too, and nested, two matches inside the group hid the
//    one outside.
// 4. Among strings, numbers or booleans: constants and one unconstrained-by-value variant make an open
//    enum (known values, or any other value of that type); otherwise `firstMatch`.
// 5. What remains is `firstMatch`, JSON Schema's own semantics: the first variant the value validates
//    against. An object variant goes before an open one whose keys it has and more (declared or
//    required; under rule 0 too, a variant naming no type being the object it describes), a variant taking
//    objects of any other keys after the other object variants, and for `anyOf` a variant that
//    accepts every value goes last.
import { frozenStableKey, stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { FAMILIES, type Family } from "./schemaFacts.ts";

/** What the rules need to know of a variant. */
export interface VariantFacts {
  /** The JSON type families its values can have (one naming no type: those its keywords are about). */
  readonly families: ReadonlySet<Family>;
  /** Whether it accepts null, when its keywords decide it (schemaFacts' acceptsNull; false when null is not among its families). */
  readonly acceptsNull: boolean | undefined;
  /** It names no type, so values of every other family pass it too (schemaFacts' passesOtherTypes). */
  readonly othersPass: boolean;
  /** Keys it requires (for a union: those every one of its variants requires). */
  readonly required: readonly string[];
  /** Properties it declares, in order (candidates for a tag). */
  readonly properties: readonly string[];
  /** It refuses every key it does not declare (`additionalProperties: false`, no patterns): what keyGroupsExcludeEachOther asks. */
  readonly closed: boolean;
  /**
   * An object holding none of the keys it declares passes it, whatever other keys it has: an object
   * with no rule but its properties', or a union with such a member. Tried early, it takes the
   * objects meant for the variants after it (what firstMatchOrder asks).
   */
  readonly takesObjectsOfOtherKeys: boolean;
  /** The constant values it allows at `property`, when it requires the property and pins it to scalars. */
  tagValues(property: string): readonly TagValue[] | undefined;
  /** The one scalar it pins a property it declares to (`const`, or an `enum` of one value), required or not: what names a first-match variant (translateUnion's firstMatchNames). */
  pinnedValue?(property: string): TagValue | undefined;
  /**
   * The one scalar that names it at a property it declares: its pinnedValue, else the one string the
   * property's `pattern` spells (`^PowerShell@2$`) where the property names no type. Such a pattern
   * lets values of other types through, so it tags nothing (tagValues, pinnedValue), but the variant
   * is about that string: what names a first-match variant (translateUnion's tellingNames).
   */
  namingValue?(property: string): TagValue | undefined;
  /** The values it pins a property it declares to (`const` / `enum`), required or not; undefined where it pins none. */
  pinnedValues?(property: string): readonly JsonValue[] | undefined;
  /** The values it is pinned to (`const` / `enum`), when it is. */
  readonly constants?: readonly JsonValue[];
}

export type TagValue = string | number | boolean;

export function acceptsEveryType(facts: VariantFacts): boolean {
  return FAMILIES.every((family) => facts.families.has(family));
}

/** A tag: the property and, per value (in order of first appearance), the variants that hold it. */
export interface TagDecision {
  readonly property: string;
  readonly groups: readonly { readonly value: TagValue; readonly members: readonly number[] }[];
  /** Variants with no constant at the property (empty for a full tag). */
  readonly untagged: readonly number[];
}

/**
 * The best tag property: every variant tagged beats some, then more sets of variants told apart by
 * its values, then fewer values shared by several variants, then fewer values (a value per variant
 * over many values selecting the same variant), then the first declared. At least two distinct values, held by at
 * least two variants, and no value that all of them allow. `annotated` (an OpenAPI discriminator) is the only candidate when given.
 */
export function findTag(variants: readonly VariantFacts[], annotated?: string): TagDecision | undefined {
  const candidates = annotated !== undefined ? [annotated] : [...new Set(variants.flatMap((variant) => variant.properties))];
  let best: { decision: TagDecision; score: readonly number[] } | undefined;
  for (const property of candidates) {
    const values = variants.map((variant) => variant.tagValues(property));
    const tagged = values.flatMap((value, index) => (value === undefined ? [] : [index]));
    if (tagged.length < 2) continue;
    const groups = new Map<string, { value: TagValue; members: number[] }>();
    for (const index of tagged) {
      for (const value of values[index]!) {
        const key = stableKey(value);
        const group = groups.get(key) ?? { value, members: [] };
        if (!group.members.includes(index)) group.members.push(index);
        groups.set(key, group);
      }
    }
    if (groups.size < 2) continue;
    // A value every tagged variant allows tells none of them apart: its group would be these same
    // variants, decided again by the same rules, without end.
    if ([...groups.values()].some((group) => group.members.length === tagged.length)) continue;
    const untagged = values.flatMap((value, index) => (value === undefined ? [index] : []));
    const shared = [...groups.values()].filter((group) => group.members.length > 1).length;
    // How many sets of variants its values tell apart: a value more that selects the same variants
    // as another is one more case of them, not a finer tag (CVSS's 101 base scores against its 5
    // severities, each pinned per variant).
    const apart = new Set([...groups.values()].map((group) => group.members.join(","))).size;
    const score = [untagged.length === 0 ? 1 : 0, apart, -shared, -groups.size];
    if (!best || compareScores(score, best.score) > 0) best = { decision: { property, groups: [...groups.values()], untagged }, score };
  }
  return best?.decision;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Variants grouped by JSON type family, in order of first appearance; every variant has exactly one family here. */
export function familyGroups(families: readonly Family[]): { readonly family: Family; readonly members: readonly number[] }[] {
  const groups = new Map<Family, number[]>();
  families.forEach((family, index) => groups.set(family, [...(groups.get(family) ?? []), index]));
  return [...groups].map(([family, members]) => ({ family, members }));
}

/** Key-presence groups: each variant's keys beyond those all require, most specific first; undefined when keys tell nothing apart. */
export function keyGroups(required: readonly (readonly string[])[]): { readonly keys: readonly string[]; readonly members: readonly number[] }[] | undefined {
  const common = required.reduce<readonly string[]>((acc, keys) => acc.filter((key) => keys.includes(key)), required[0] ?? []);
  const groups = new Map<string, { keys: string[]; members: number[] }>();
  required.forEach((keys, index) => {
    const own = keys.filter((key) => !common.includes(key));
    const id = JSON.stringify([...own].sort());
    const group = groups.get(id) ?? { keys: own, members: [] };
    group.members.push(index);
    groups.set(id, group);
  });
  if (groups.size < 2) return undefined;
  // More keys first (stable): a variant whose keys include another's is tried before it.
  return [...groups.values()].sort((a, b) => b.keys.length - a.keys.length);
}

/**
 * Whether no value can match variants of two of these groups, so that a group of several variants
 * may be a union of its own under a `oneOf` (rule 3): every variant is closed, and of any two groups
 * one requires a key no variant of the other declares. (Otherwise a value that two variants of a
 * group and one of another match fails the inner `oneOf`, and the outer one counts one match.)
 */
export function keyGroupsExcludeEachOther(groups: readonly { readonly keys: readonly string[]; readonly members: readonly number[] }[], variants: readonly VariantFacts[]): boolean {
  if (groups.every((group) => group.members.length === 1)) return true;
  if (!variants.every((variant) => variant.closed)) return false;
  const declared = groups.map((group) => new Set(group.members.flatMap((member) => variants[member]!.properties)));
  const keyNoneDeclares = (keys: readonly string[], by: ReadonlySet<string>) => keys.some((key) => !by.has(key));
  return groups.every((group, index) => groups.every((other, at) => at <= index || keyNoneDeclares(other.keys, declared[index]!) || keyNoneDeclares(group.keys, declared[at]!)));
}

/**
 * Whether no object that two variants of a `oneOf` both match as written passes either one's closed
 * form (the variant with the keywords beside the union, closed over what they evaluate by
 * `unevaluatedProperties: false`; translateAssertions' closedFormsKeepCount): one of them takes no
 * object at all, or both forms are closed and each requires a key the other does not declare, so an
 * object both match holds a key each refuses.
 */
export function closedFormsRefuseObjectsOfBoth(a: VariantFacts, b: VariantFacts): boolean {
  const takesObjects = (facts: VariantFacts) => facts.othersPass || facts.families.has("object");
  if (!takesObjects(a) || !takesObjects(b)) return true;
  const requiresKeyRefusedBy = (requiring: VariantFacts, refusing: VariantFacts) => requiring.required.some((key) => !refusing.properties.includes(key));
  return a.closed && b.closed && requiresKeyRefusedBy(a, b) && requiresKeyRefusedBy(b, a);
}

/**
 * Whether key-presence variants with these keys, in this order, keep the rule's order: no variant
 * after one whose keys are a subset of its own (the more specific is tried first), no two with the
 * same keys (validateModel checks the same of every such union).
 */
export function keyPresenceOrderHolds(keys: readonly (readonly string[])[]): boolean {
  return keys.every((own, index) => !keys.slice(0, index).some((earlier) => earlier.every((key) => own.includes(key))));
}

/**
 * The order `firstMatch` tries variants in: as written, except that an object variant goes before an
 * open one whose keys it has and more (moreSpecificObject), object variants that take objects of any
 * other keys go after the other object variants, and, for `anyOf`, a variant accepting every value
 * goes last. Tried as written, A2A's `anyOf [TaskIdParams, GetTaskPushNotificationConfigParams]`
 * decoded every value as the first, the second's key kept as an unknown one, and ACP's root
 * `anyOf [ClientRequest, ClientResponse, …]`, whose responses include one requiring no key, decoded
 * every request after it as that response (both found by a sweep). What only the finished model's
 * types tell (an `anyOf` variant taking every value of a later one, and more) is ordered once the
 * model is whole: narrowerVariantsFirst.
 */
export function firstMatchOrder(variants: readonly VariantFacts[], keyword: "anyOf" | "oneOf"): number[] {
  const order: number[] = [];
  for (const index of variants.keys()) {
    const before = order.findIndex((earlier) => moreSpecificObject(variants[index]!, variants[earlier]!));
    if (before < 0) order.push(index);
    else order.splice(before, 0, index);
  }
  // Whatever else it takes (ACP's responses include nulls): reordered, a value two variants take is
  // decoded as another of them, which anyOf allows and oneOf never sees.
  const takesOtherObjects = (index: number) => variants[index]!.families.has("object") && variants[index]!.takesObjectsOfOtherKeys;
  const objectsFirst = [...order.filter((index) => !takesOtherObjects(index)), ...order.filter(takesOtherObjects)];
  if (keyword === "oneOf") return objectsFirst;
  return [...objectsFirst.filter((index) => !acceptsEveryType(variants[index]!)), ...objectsFirst.filter((index) => acceptsEveryType(variants[index]!))];
}

/**
 * Whether object variant `b` is to be tried before `a`: `a` is open (it takes keys it does not
 * declare), requires no key `b` does not, and declares no property `b` does not, where `b` declares
 * or requires more. Every value `b` would take has keys `a` takes too, so tried first, `a` would take
 * them all. A variant naming no type is the object its keywords describe here, as typed targets read
 * it: JSON Feed's item, a `oneOf` of content_html alone (`not: {required: [content_text]}`), content_text
 * alone and both, beside properties and no `type`, decoded an item holding both as the first.
 */
function moreSpecificObject(b: VariantFacts, a: VariantFacts): boolean {
  const objects = (facts: VariantFacts) => facts.families.size === 1 && facts.families.has("object");
  if (!objects(a) || !objects(b) || a.closed) return false;
  if (!a.required.every((key) => b.required.includes(key)) || !a.properties.every((key) => b.properties.includes(key))) return false;
  if (!a.properties.every((key) => pinsAllowEvery(a, b, key))) return false;
  return b.properties.length > a.properties.length || b.required.length > a.required.length;
}

/**
 * Whether `a`'s rule for `key` allows every value `b`'s does, as far as constants tell: `a` pins it
 * to none (any value, for this question), or to values among which are all `b` pins it to. Else `a`
 * takes none of b's values that differ there, and every decoder checks constants, so `a` goes first
 * as written: pre-commit's `local_repo` (`repo: {enum: ["local"]}`) was tried after `uri_repo`,
 * which declares one more key and keeps "local" out of `repo` by a pattern the Swift decoder does not
 * check, so Swift decoded every local repo as a URI repo.
 */
function pinsAllowEvery(a: VariantFacts, b: VariantFacts, key: string): boolean {
  const allowed = a.pinnedValues?.(key);
  if (allowed === undefined) return true;
  const allowedKeys = new Set(allowed.map((value) => frozenStableKey(value)));
  return b.pinnedValues?.(key)?.every((value) => allowedKeys.has(frozenStableKey(value))) ?? false;
}
