// Small, pure readings of one schema object: its annotations, constraints, constants and the
// identity under which a lifted type is shared.
import { childPointer, CodegenError } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { constantString } from "./discriminateUnion.ts";
import type { Schema } from "./translationContext.ts";
import type { ArrayConstraints, NumberConstraints, StringConstraints, TypeRef } from "./types.ts";

/**
 * The identity under which a lifted schema is shared, so that an inline copy of a definition (TypeBox
 * inlines by value) becomes a reference to it. Undefined for schemas that are never lifted.
 */
export function liftedShapeKey(schema: Schema): string | undefined {
  const isObject = schema.type === "object" || (schema.type === undefined && "properties" in schema);
  if (isObject) return `object:${stableKey(schema)}`;
  const values = stringEnumValues(schema);
  return values === undefined ? undefined : enumShapeKey(values);
}

export function enumShapeKey(values: readonly string[]): string {
  return `enum:${JSON.stringify(values)}`;
}

/** The values of a closed string set written as `enum` or as `anyOf`/`oneOf` of string constants. */
function stringEnumValues(schema: Schema): string[] | undefined {
  const candidates = Array.isArray(schema.enum)
    ? schema.enum
    : Array.isArray(schema.anyOf ?? schema.oneOf)
      ? ((schema.anyOf ?? schema.oneOf) as JsonValue[]).map((variant) => constantString(variant as Schema) ?? null)
      : undefined;
  if (!candidates || candidates.length < 2) return undefined;
  return candidates.every((value): value is string => typeof value === "string") ? candidates : undefined;
}

export function descriptionOf(schema: Schema): { description?: string } {
  const text = typeof schema.description === "string" ? schema.description : typeof schema.title === "string" ? schema.title : undefined;
  return text === undefined ? {} : { description: text };
}

export function literal(value: JsonValue | undefined, pointer: string): TypeRef {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "literal", value };
  throw new CodegenError(pointer, `a constant of ${value === null ? "null" : "this kind"} is not supported (string, number or boolean)`);
}

export function requiredList(value: JsonValue | undefined, pointer: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((key): key is string => typeof key === "string")) {
    throw new CodegenError(pointer, "must be an array of property names");
  }
  return value;
}

function pickNumbers<K extends string>(schema: Schema, keys: readonly K[], pointer: string): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const value = schema[key];
    if (value === undefined) continue;
    if (typeof value !== "number") throw new CodegenError(childPointer(pointer, key), `must be a number (draft-04 boolean forms are not supported)`);
    out[key] = value;
  }
  return out;
}

export function stringConstraints(schema: Schema, pointer: string): StringConstraints {
  const out: { -readonly [K in keyof StringConstraints]: StringConstraints[K] } = pickNumbers(schema, ["minLength", "maxLength"], pointer);
  if (typeof schema.pattern === "string") out.pattern = schema.pattern;
  if (typeof schema.format === "string") out.format = schema.format;
  return out;
}

export function numberConstraints(schema: Schema, pointer: string): NumberConstraints {
  return pickNumbers(schema, ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"], pointer);
}

export function arrayConstraints(schema: Schema, pointer: string): ArrayConstraints {
  const out: { -readonly [K in keyof ArrayConstraints]: ArrayConstraints[K] } = pickNumbers(schema, ["minItems", "maxItems"], pointer);
  if (schema.uniqueItems === true) out.uniqueItems = true;
  return out;
}
