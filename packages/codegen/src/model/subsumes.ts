// Whether every value one schema accepts another accepts too, read from the schemas' structure only
// where that is certain: the same schema (through references), an `allOf` part or a `$ref` of the
// narrower one, an `anyOf` variant, an array of narrower items. Anything else is "not known", never
// a guess: the normalizer drops an `allOf` part only when another part implies it (impliedParts).
import type { JsonValue } from "../json/types.ts";
import { isValidationKeyword, type Dialect } from "../jsonSchema/vocabulary.ts";
import { declaredTypes } from "./schemaFacts.ts";
import type { Schema } from "./modelBuilderContext.ts";

export interface SubsumptionHost {
  readonly dialect: Dialect;
  /**
   * The identity of a schema's own rules, its annotations left out (they accept nothing less): equal
   * for two schemas exactly when their validation keywords are spelled alike. A definition's merged
   * copy holds its rules without its title (the normalizer keeps documentation apart): compared
   * whole, flagd's titled `flagsMap` was not its own copy, so `allOf: [{$ref: flagsMap}, {oneOf:
   * [array, {$ref: flagsMap}]}]` kept both (a copy of the map, checked against the map twice)
   * instead of naming the map.
   */
  rulesKey(schema: Schema): string;
  /** What a schema that is only a reference names (followed through references of references); the schema itself otherwise. */
  followRefs(schema: JsonValue | undefined): JsonValue | undefined;
  /** What the `$ref` of a schema with other keywords beside it names, followed; undefined when it has none or it does not resolve here. */
  refTarget(schema: Schema): JsonValue | undefined;
}

/** How deep the structure is read before "not known": a recursion the two schemas share ends here. */
const MOST_STEPS = 12;

/** Whether every value `narrower` accepts, `wider` accepts too (false: not known). */
export function subsumes(host: SubsumptionHost, wider: JsonValue | undefined, narrower: JsonValue | undefined, steps = 0): boolean {
  if (steps > MOST_STEPS || wider === undefined || narrower === undefined) return false;
  const a = host.followRefs(wider);
  const b = host.followRefs(narrower);
  if (a === b || a === true || b === false) return true;
  if (!isSchemaObject(a) || !isSchemaObject(b)) return false;
  if (host.rulesKey(a) === host.rulesKey(b)) return true;
  const next = steps + 1;
  // A narrower that is a conjunction is within each of its parts.
  if (Array.isArray(b.allOf) && b.allOf.some((part) => subsumes(host, a, part, next))) return true;
  const ref = host.refTarget(b);
  if (ref !== undefined && subsumes(host, a, ref, next)) return true;
  const anyOf = unionAlone(host.dialect, a);
  if (anyOf !== undefined) {
    const narrowerAnyOf = unionAlone(host.dialect, b);
    if (narrowerAnyOf !== undefined && narrowerAnyOf.every((variant) => subsumes(host, a, variant, next))) return true;
    return anyOf.some((variant) => subsumes(host, variant, b, next));
  }
  return arrayOfWiderItems(host, a, b, next);
}

/** The variants of a schema that is an `anyOf` and nothing else (annotations aside). */
function unionAlone(dialect: Dialect, schema: Schema): readonly JsonValue[] | undefined {
  if (!Array.isArray(schema.anyOf)) return undefined;
  return Object.keys(schema).every((keyword) => keyword === "anyOf" || !isValidationKeyword(keyword, dialect)) ? schema.anyOf : undefined;
}

/** The array keywords arrayOfWiderItems compares; a wider schema with any other rule is not read. */
const ARRAY_RULES: ReadonlySet<string> = new Set(["type", "items", "minItems", "maxItems", "uniqueItems"]);

/**
 * `wider` is an array of items X (with bounds on its length, perhaps unique), and `narrower` an array
 * of one type whose items X takes, bounded at least as tightly (the draft-07 meta-schema's
 * schemaArray, `minItems: 1` of schemas, and AsyncAPI's, of its own schemas).
 */
function arrayOfWiderItems(host: SubsumptionHost, wider: Schema, narrower: Schema, steps: number): boolean {
  if (!Object.keys(wider).every((keyword) => ARRAY_RULES.has(keyword) || !isValidationKeyword(keyword, host.dialect))) return false;
  const widerTypes = declaredTypes(wider);
  const narrowerTypes = declaredTypes(narrower);
  if (widerTypes?.length !== 1 || widerTypes[0] !== "array" || narrowerTypes?.length !== 1 || narrowerTypes[0] !== "array") return false;
  // A list of schemas (draft 2019-09 and before: a tuple) is no one rule for every item.
  if (Array.isArray(wider.items) || Array.isArray(narrower.items)) return false;
  const atLeast = (keyword: "minItems" | "maxItems", tighter: (mine: number, theirs: number) => boolean) => {
    const bound = wider[keyword];
    if (typeof bound !== "number") return true;
    const own = narrower[keyword];
    return typeof own === "number" && tighter(own, bound);
  };
  if (!atLeast("minItems", (own, bound) => own >= bound) || !atLeast("maxItems", (own, bound) => own <= bound)) return false;
  if (wider.uniqueItems === true && narrower.uniqueItems !== true) return false;
  return wider.items === undefined || subsumes(host, wider.items, narrower.items ?? true, steps);
}

/** The object keywords restatesDeclaredKeys reads; a part with any other rule is not read. */
const OBJECT_RULES: ReadonlySet<string> = new Set(["type", "properties", "required"]);

/**
 * Whether `part` only restates keys `target` declares: its rules are an object's declared keys
 * (perhaps its type and required keys), and `target`, an object, declares each of those keys with a
 * schema within the part's and requires every key the part requires, so every value of `target` passes
 * `part`. Renovate's `major`, `pin`…: `$ref: "#"`, the whole config, beside an `allOf` part restating
 * 150 of the config's own properties, each by the same `$ref`. A key `target` does not declare is
 * not read: it may take any value there.
 */
export function restatesDeclaredKeys(host: SubsumptionHost, part: Schema, target: JsonValue | undefined): boolean {
  if (!isSchemaObject(part.properties) || !isSchemaObject(target) || !isSchemaObject(target.properties)) return false;
  if (!Object.keys(part).every((keyword) => OBJECT_RULES.has(keyword) || !isValidationKeyword(keyword, host.dialect))) return false;
  const partTypes = declaredTypes(part);
  const targetTypes = declaredTypes(target);
  if (partTypes !== undefined && (partTypes.length !== 1 || partTypes[0] !== "object" || targetTypes?.length !== 1 || targetTypes[0] !== "object")) return false;
  const targetRequired = Array.isArray(target.required) ? target.required : [];
  if (Array.isArray(part.required) && !part.required.every((key) => targetRequired.includes(key))) return false;
  const partProperties = part.properties;
  const targetProperties = target.properties;
  return Object.keys(partProperties).every((key) => Object.hasOwn(targetProperties, key) && subsumes(host, partProperties[key], targetProperties[key]));
}

function isSchemaObject(value: JsonValue | undefined): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The `allOf` parts that another part implies, among those `droppable` allows: merged, AsyncAPI's
 * schema object (which narrows the draft-07 meta-schema's `items`, `anyOf [schema, array of
 * schema]`, to `anyOf [its own schema, array of them]`) kept the first union as the type, since two
 * cannot be one keyword, and the narrower one as a rule beside it; and `allOf [{$ref: base},
 * {$ref: ext}]`, ext being base and more, was a copy of ext. Of several parts alike the first stays.
 */
export function impliedParts(host: SubsumptionHost, parts: readonly (JsonValue | undefined)[], droppable: (index: number) => boolean): Set<number> {
  const implied = new Set<number>();
  parts.forEach((part, index) => {
    if (part === undefined || !droppable(index)) return;
    const within = (other: JsonValue | undefined, at: number) => at !== index && !implied.has(at) && subsumes(host, part, other) && (at < index || !subsumes(host, other, part));
    if (parts.some(within)) implied.add(index);
  });
  return implied;
}

/** Whether a schema is an `anyOf` and nothing else (annotations aside): what impliedParts may drop. */
export function isUnionAlone(dialect: Dialect, schema: Schema): boolean {
  return unionAlone(dialect, schema) !== undefined;
}
