// `JSON_SCHEMA_PATTERNS`: every `pattern` the model's strings carry, as the schema writes it
// (ECMAScript), mapped to the Python `re` pattern with the same meaning (pythonPattern.ts). The string
// fields compile their pattern through it, and Python JSON Schema validators (jsonschema) use it too, so
// that each runtime reads a pattern one way: Python's own `$` also matches before a final newline.
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";
import { atom, dict, layout, pyString } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";

export const PATTERNS_TABLE = "JSON_SCHEMA_PATTERNS";

export function translatePatterns(model: SchemaModel): string[] {
  const patterns = [...new Set(model.types.flatMap((type) => refsOfType(type).flatMap(({ ref }) => refPatterns(ref))))];
  return [
    "# Each string `pattern` of the schema (ECMAScript) → the Python `re` pattern that means the same.",
    ...layout(`${PATTERNS_TABLE} = `, dict(patterns.map((pattern) => [atom(pyString(pattern)), atom(pyString(pythonPattern(pattern)))])), "", 0),
  ];
}

/** Every pattern a reference carries, at any depth inside it (the model's walk knows where references sit). */
function refPatterns(ref: TypeRef): string[] {
  const own = ref.kind === "string" && ref.constraints.pattern !== undefined ? [ref.constraints.pattern] : [];
  return [...own, ...refsInsideRef(ref).flatMap(refPatterns)];
}
