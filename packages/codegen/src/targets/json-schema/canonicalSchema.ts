// Canonical key order for JSON Schema objects, so the emitted bytes depend only on the schema's
// meaning-bearing content, not on the order a builder or a hand-written file happened to use.
import type { JsonValue } from "../../json/types.ts";
import { compareCodePoints } from "../../json/stable.ts";
import { OPERATIONS_KEYWORD } from "../../model/operationsKeyword.ts";

/** Keywords in reading order: identity, then what a value is, its constraints, structure, composition. */
const KEYWORD_ORDER = [
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "multipleOf",
  "default",
  "examples",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "properties",
  "patternProperties",
  "additionalProperties",
  "required",
  "if",
  "then",
  "else",
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "discriminator",
  "definitions",
  "$defs",
];
const RANK = new Map(KEYWORD_ORDER.map((keyword, index) => [keyword, index]));

/** Keywords whose value maps user-chosen names to schemas: names keep their order, values are schemas. */
export const NAMED_SCHEMAS = new Set(["properties", "patternProperties", "definitions", "$defs", "mapping"]);
/** Keywords whose value is data, kept exactly as written. */
export const DATA = new Set(["const", "enum", "default", "examples", "required"]);

function compareKeywords(a: string, b: string): number {
  const rankA = RANK.get(a) ?? KEYWORD_ORDER.length;
  const rankB = RANK.get(b) ?? KEYWORD_ORDER.length;
  return rankA !== rankB ? rankA - rankB : compareCodePoints(a, b);
}

export function canonicalSchema(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(canonicalSchema);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(schema).sort(compareKeywords)) {
    const value = schema[key]!;
    if (key === OPERATIONS_KEYWORD) out[key] = canonicalOperations(value);
    else if (DATA.has(key) || key.startsWith("x-")) out[key] = value;
    else if (NAMED_SCHEMAS.has(key) && typeof value === "object" && value !== null && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, canonicalSchema(child)]));
    } else out[key] = canonicalSchema(value);
  }
  return out;
}

/** Keys of `x-clone-operations` and of its entries, in reading order (model/types.ts `Operations`). */
const OPERATION_KEYS = ["frames", "methods", "events", "errorCodes", "request", "response", "event", "params", "result", "payload"];
/** Keys whose value maps names the author chose (methods, events) to entries: the names keep their order. */
const OPERATION_NAME_MAPS = new Set(["methods", "events"]);

/**
 * `x-clone-operations` in canonical form: its own keys in a fixed order, method and event names in
 * the author's order, every schema canonical. Anything else in it is kept as data.
 */
function canonicalOperations(value: JsonValue): JsonValue {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const rank = (key: string) => (OPERATION_KEYS.includes(key) ? OPERATION_KEYS.indexOf(key) : OPERATION_KEYS.length);
  const entry = (fields: JsonValue): JsonValue => {
    if (typeof fields !== "object" || fields === null || Array.isArray(fields)) return fields;
    const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b) || compareCodePoints(a, b));
    return Object.fromEntries(keys.map((key) => [key, canonicalSchema(fields[key]!)]));
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || compareCodePoints(a, b));
  return Object.fromEntries(
    keys.map((key) => {
      const child = value[key]!;
      if (key === "frames") return [key, entry(child)];
      if (key === "errorCodes") return [key, canonicalSchema(child)];
      if (OPERATION_NAME_MAPS.has(key) && typeof child === "object" && child !== null && !Array.isArray(child)) {
        return [key, Object.fromEntries(Object.entries(child).map(([name, fields]) => [name, entry(fields)]))];
      }
      return [key, child];
    }),
  );
}
