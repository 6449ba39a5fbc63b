// `JSON_SCHEMA_PATTERNS`: every `pattern` of the schema (the model's strings', then the document's
// others), as the schema writes it (ECMAScript), mapped to the Python `re` pattern with the same
// meaning (pythonPattern.ts). The string fields compile their pattern through it, and Python JSON
// Schema validators (jsonschema) use it too, so that each runtime reads a pattern one way: Python's
// own `$` also matches before a final newline.
import { atom, dict, layout, pyString } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";

export const PATTERNS_TABLE = "JSON_SCHEMA_PATTERNS";

/** The table of the schema's patterns (stringRules.ts), each once, in the order the model, then the document, reaches them. */
export function translatePatterns(patterns: readonly string[]): string[] {
  return [
    "# Each string `pattern` of the schema (ECMAScript) → the Python `re` pattern that means the same.",
    ...layout(`${PATTERNS_TABLE} = `, dict(patterns.map((pattern) => [atom(pyString(pattern)), atom(pyString(pythonPattern(pattern)))])), "", 0),
  ];
}
