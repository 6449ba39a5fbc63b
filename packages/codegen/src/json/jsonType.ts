// The JSON Schema type of a JSON value: the one rule every package uses to classify a value (the
// model for constants, the conformance run for instances).
import type { JsonType } from "../model/types.ts";
import type { JsonObject, JsonValue } from "./types.ts";

/** The JSON Schema type of a value; an integral number is "integer" (JSON has one number type). */
export function jsonTypeOfValue(value: JsonValue): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as "boolean" | "string" | "object";
}

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
