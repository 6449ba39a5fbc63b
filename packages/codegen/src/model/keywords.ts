// Which JSON Schema keywords the model understands. Anything else stops the build with an error that
// names the keyword and its pointer: a construct we silently ignored would be a rule some target
// silently fails to enforce.

/** Keywords that carry no validation meaning for the model (documentation and bookkeeping). */
export const ANNOTATION_KEYWORDS = new Set([
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "default",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "contentEncoding",
  "contentMediaType",
]);

/** Keywords the model translates. */
export const MODELLED_KEYWORDS = new Set([
  "type",
  "const",
  "enum",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "discriminator",
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "items",
  "if",
  "then",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
]);

/** Documentation, bookkeeping and extension (`x-…`, annotations by convention) keywords. */
export function isAnnotation(keyword: string): boolean {
  return ANNOTATION_KEYWORDS.has(keyword) || keyword.startsWith("x-");
}

export function isKnownKeyword(keyword: string): boolean {
  return isAnnotation(keyword) || MODELLED_KEYWORDS.has(keyword);
}

/** Patterns that mean "any key": a `patternProperties` with one of these is a record. */
export const MATCH_ANY_KEY_PATTERNS = new Set(["^(.*)$", "^.*$", ".*", "^(.*)", ""]);
