// `JSON_SCHEMA_PATTERNS`: every `pattern` the model's strings carry, as the schema writes it
// (ECMAScript), mapped to the Python `re` pattern with the same meaning (pythonPattern.ts). The string
// fields compile their pattern through it, and Python JSON Schema validators (jsonschema) use it too, so
// that each runtime reads a pattern one way: Python's own `$` also matches before a final newline.
import type { NamedType, SchemaModel, TypeRef } from "../../model/types.ts";
import { atom, dict, layout, pyString } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";

export const PATTERNS_TABLE = "JSON_SCHEMA_PATTERNS";

export function translatePatterns(model: SchemaModel): string[] {
  const patterns = [...new Set(model.types.flatMap(typePatterns))];
  return [
    "# Each string `pattern` of the schema (ECMAScript) → the Python `re` pattern that means the same.",
    ...layout(`${PATTERNS_TABLE} = `, dict(patterns.map((pattern) => [atom(pyString(pattern)), atom(pyString(pythonPattern(pattern)))])), "", 0),
  ];
}

function typePatterns(type: NamedType): string[] {
  switch (type.kind) {
    case "object":
      return [
        ...type.properties.flatMap((property) => refPatterns(property.type)),
        ...(type.additionalProperties === false ? [] : refPatterns(type.additionalProperties)),
      ];
    case "union":
      return type.variants.flatMap((variant) => refPatterns(variant.type));
    case "alias":
      return refPatterns(type.type);
    case "enum":
      return [];
  }
}

function refPatterns(ref: TypeRef): string[] {
  switch (ref.kind) {
    case "string":
      return ref.constraints.pattern === undefined ? [] : [ref.constraints.pattern];
    case "array":
      return refPatterns(ref.items);
    case "record":
      return refPatterns(ref.values);
    case "nullable":
      return refPatterns(ref.type);
    default:
      return [];
  }
}
