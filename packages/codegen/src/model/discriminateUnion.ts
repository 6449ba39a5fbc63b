// How to tell a union's variants apart. The model only accepts unions a decoder can dispatch without
// guessing; this decides which rule applies, or explains why none does.
//
// Precedence (the first that holds wins):
// 1. `tag`: a property every variant requires with a distinct string constant (an explicit
//    `discriminator` annotation names the property, and then nothing else is tried);
// 2. `jsonType`: every variant accepts exactly one JSON type, and no two the same (integer and
//    number counting as one);
// 3. `keyPresence`: every variant is a closed object with a required key no other variant declares
//    (one key per variant).
// The contract's `firstMatch` rule is not chosen here yet: a union none of these fits is refused.
import { jsonTypeOfValue } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import type { JsonType } from "./types.ts";

type Schema = Record<string, unknown>;

/** A variant as the analysis sees it: its schema with a top-level `$ref` already followed. */
export interface VariantShape {
  readonly schema: Schema;
}

/** Which rule tells the variants apart, with variant i's selector at index i. */
export type Discrimination =
  | { readonly ok: true; readonly rule: "tag"; readonly property: string; readonly tags: readonly string[] }
  | { readonly ok: true; readonly rule: "jsonType"; readonly jsonTypes: readonly JsonType[] }
  | { readonly ok: true; readonly rule: "keyPresence"; readonly keys: readonly (readonly string[])[] }
  | { readonly ok: false; readonly reason: string };

export function discriminateUnion(variants: readonly VariantShape[], annotated?: string): Discrimination {
  const tagged = findTagProperty(variants, annotated);
  if (tagged) return tagged;
  if (annotated !== undefined) {
    return { ok: false, reason: `discriminator "${annotated}" is not a required string constant with a distinct value in every variant` };
  }
  const byType = distinctJsonTypes(variants);
  if (byType) return byType;
  const byKey = uniqueRequiredKeys(variants);
  if (byKey) return byKey;
  return {
    ok: false,
    reason:
      "union variants cannot be told apart: they share no required constant property, their JSON types overlap, " +
      "and not every variant is a closed object with a required key of its own",
  };
}

function properties(schema: Schema): Record<string, Schema> {
  return (schema.properties ?? {}) as Record<string, Schema>;
}

function required(schema: Schema): string[] {
  return (schema.required ?? []) as string[];
}

/** The string a property schema pins its value to, if it does (`const`, or a one-value `enum`). */
export function constantString(schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.const === "string") return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && typeof schema.enum[0] === "string") return schema.enum[0];
  return undefined;
}

function findTagProperty(variants: readonly VariantShape[], annotated?: string): Discrimination | undefined {
  const first = variants[0];
  if (!first) return undefined;
  const candidates = annotated !== undefined ? [annotated] : Object.keys(properties(first.schema));
  for (const property of candidates) {
    const tags = variants.map(({ schema }) =>
      required(schema).includes(property) ? constantString(properties(schema)[property]) : undefined,
    );
    if (tags.every((tag): tag is string => tag !== undefined) && new Set(tags).size === tags.length) {
      return { ok: true, rule: "tag", property, tags };
    }
  }
  return undefined;
}

/** The one JSON type a schema accepts, when it accepts exactly one (read from `type`, a constant or its keywords). */
export function schemaJsonType(schema: Schema): JsonType | undefined {
  if (typeof schema.type === "string") return schema.type as JsonType;
  if ("const" in schema) return jsonTypeOfValue(schema.const as JsonValue);
  if (Array.isArray(schema.enum)) {
    const types = new Set((schema.enum as JsonValue[]).map(jsonTypeOfValue));
    return types.size === 1 ? [...types][0] : undefined;
  }
  if ("properties" in schema || "patternProperties" in schema) return "object";
  if ("items" in schema) return "array";
  return undefined;
}

function distinctJsonTypes(variants: readonly VariantShape[]): Discrimination | undefined {
  const jsonTypes = variants.map(({ schema }) => schemaJsonType(schema));
  if (!jsonTypes.every((jsonType): jsonType is JsonType => jsonType !== undefined)) return undefined;
  const families = jsonTypes.map((jsonType) => (jsonType === "integer" ? "number" : jsonType));
  if (new Set(families).size !== families.length) return undefined;
  return { ok: true, rule: "jsonType", jsonTypes };
}

function uniqueRequiredKeys(variants: readonly VariantShape[]): Discrimination | undefined {
  const closedObjects = variants.every(({ schema }) => schemaJsonType(schema) === "object" && schema.additionalProperties === false);
  if (!closedObjects) return undefined;
  const keys: string[][] = [];
  for (const [index, { schema }] of variants.entries()) {
    const others = variants.filter((_, other) => other !== index);
    const own = required(schema).find((key) => others.every((other) => !(key in properties(other.schema))));
    if (own === undefined) return undefined;
    keys.push([own]);
  }
  return { ok: true, rule: "keyPresence", keys };
}
