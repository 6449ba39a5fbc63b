// How to tell a union's variants apart. The model only accepts unions a decoder can dispatch without
// guessing; this decides which of the three rules applies, or explains why none does.
import type { JsonType, UnionDiscriminator } from "./types.ts";

type Schema = Record<string, unknown>;

/** A variant as the analysis sees it: its schema with a top-level `$ref` already followed. */
export interface VariantShape {
  readonly schema: Schema;
}

export type Discrimination =
  | { readonly ok: true; readonly discriminator: UnionDiscriminator; readonly keys: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Tries, in order: a common tag property (an explicit `discriminator` annotation wins), distinct JSON
 * types, then a required key unique to each closed object variant. `keys[i]` is variant i's tag value,
 * JSON type or required key.
 */
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
    const keys = variants.map(({ schema }) =>
      required(schema).includes(property) ? constantString(properties(schema)[property]) : undefined,
    );
    if (keys.every((key): key is string => key !== undefined) && new Set(keys).size === keys.length) {
      return { ok: true, discriminator: { kind: "property", property }, keys };
    }
  }
  return undefined;
}

/** The JSON type a variant accepts, when it accepts exactly one. `integer` counts as `number`. */
export function jsonTypeOf(schema: Schema): JsonType | undefined {
  if (typeof schema.type === "string") return schema.type as JsonType;
  if ("const" in schema) return constJsonType(schema.const);
  if (Array.isArray(schema.enum)) {
    const types = new Set(schema.enum.map(constJsonType));
    return types.size === 1 ? [...types][0] : undefined;
  }
  if ("properties" in schema || "patternProperties" in schema) return "object";
  if ("items" in schema) return "array";
  return undefined;
}

function constJsonType(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as JsonType;
}

function distinctJsonTypes(variants: readonly VariantShape[]): Discrimination | undefined {
  const keys = variants.map(({ schema }) => jsonTypeOf(schema));
  if (!keys.every((key): key is JsonType => key !== undefined)) return undefined;
  const families = keys.map((key) => (key === "integer" ? "number" : key));
  if (new Set(families).size !== families.length) return undefined;
  return { ok: true, discriminator: { kind: "jsonType" }, keys };
}

function uniqueRequiredKeys(variants: readonly VariantShape[]): Discrimination | undefined {
  const closedObjects = variants.every(({ schema }) => jsonTypeOf(schema) === "object" && schema.additionalProperties === false);
  if (!closedObjects) return undefined;
  const keys: string[] = [];
  for (const [index, { schema }] of variants.entries()) {
    const others = variants.filter((_, other) => other !== index);
    const own = required(schema).find((key) => others.every((other) => !(key in properties(other.schema))));
    if (own === undefined) return undefined;
    keys.push(own);
  }
  return { ok: true, discriminator: { kind: "requiredKey" }, keys };
}
