// Small, pure readings of one schema object: its annotations, constraints, constants and the
// identity under which a lifted type is shared.
import { childPointer, CodegenError } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { constantString } from "./discriminateUnion.ts";
import type { Schema } from "./modelBuilderContext.ts";
import type { Annotations, ArrayConstraints, NumberConstraints, StringConstraints, StringTypeRef, TypeRef } from "./types.ts";

/**
 * The identity under which a lifted schema is shared, so that an inline copy of a definition (TypeBox
 * inlines by value) becomes a reference to it. Undefined for schemas that are never lifted. The
 * copy's own annotations are left out: a field that describes the definition it holds ("the state
 * when the connection opened") still holds that definition, and the description is the field's.
 */
export function liftedShapeKey(schema: Schema, pointer: string): string | undefined {
  const isObject = schema.type === "object" || (schema.type === undefined && "properties" in schema);
  if (isObject) return `object:${stableKey(withoutOwnAnnotations(schema))}`;
  const values = stringEnumValues(schema);
  if (values !== undefined) return enumShapeKey(values);
  const variants = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(variants) || !variants.every(isSchemaObject)) return undefined;
  const open = openStringEnum(variants, pointer);
  return open === undefined ? undefined : enumShapeKey(open.values, open.otherValues);
}

/** The schema without its top-level documentation keywords (nested schemas keep theirs). */
function withoutOwnAnnotations(schema: Schema): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([keyword]) => !DOCUMENTATION_KEYWORDS.has(keyword)));
}

const DOCUMENTATION_KEYWORDS = new Set(["title", "description", "examples", "deprecated", "$comment"]);

/** The identity of an enum: its values, and what else it accepts when it is open. */
export function enumShapeKey(values: readonly string[], otherValues?: TypeRef): string {
  return otherValues === undefined ? `enum:${JSON.stringify(values)}` : `enum:${stableKey({ values, otherValues })}`;
}

function isSchemaObject(value: JsonValue): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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

/**
 * `anyOf: [{const: "a"}, …, {type: "string", …}]`: named strings next to any other string (an open
 * string enum). Exactly one variant is a plain string; every other is a string constant.
 */
export function openStringEnum(variants: readonly Schema[], pointer: string): { values: string[]; otherValues: StringTypeRef } | undefined {
  const plain = variants.filter((variant) => variant.type === "string" && !("const" in variant) && !("enum" in variant));
  if (plain.length !== 1) return undefined;
  const values = variants.filter((variant) => variant !== plain[0]).map((variant) => constantString(variant));
  if (!values.every((value): value is string => value !== undefined)) return undefined;
  return { values, otherValues: { kind: "string", constraints: stringConstraints(plain[0]!, pointer) } };
}

/** The documentation keywords of a schema; a keyword with a value of the wrong kind is left out, never an error. */
export function annotationsOf(schema: Schema): Annotations {
  const { title, description, examples, deprecated } = schema;
  return {
    ...(typeof title === "string" ? { title } : {}),
    ...(typeof description === "string" ? { description } : {}),
    ...(Array.isArray(examples) ? { examples } : {}),
    ...(typeof deprecated === "boolean" ? { deprecated } : {}),
  };
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
