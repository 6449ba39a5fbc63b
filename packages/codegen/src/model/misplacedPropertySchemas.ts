// A lint: a schema written as a keyword of its object's schema, beside `properties` rather than inside
// it, under a key the object's `required` lists and `properties` does not declare. JSON Schema ignores
// a keyword it does not define, so the key is required and may hold any value: almost certainly its
// author meant the schema as the property's. Found on Snakemake's workflow schema (a sweep):
// `"required": ["activate"]` with `"activate": {type: object, …}` written beside `properties`, so
// every output left `activate` untyped. Gen warns at the keyword, naming the likely fix; the reading
// stays JSON Schema's (the key untyped), as every validator reads it.
import { childPointer } from "../errors.ts";
import { isJsonObject } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { documentSchemas } from "../jsonSchema/references.ts";
import { DEFINITION_CONTAINERS, isValidationKeyword, REFERENCE_KEYWORDS, subschemaFormsOf, type Dialect } from "../jsonSchema/vocabulary.ts";
import { requiredList } from "./schemaFacts.ts";
import type { KeywordWithoutEffect, SourceDocument } from "./types.ts";

/** Keys of a schema that hold a value, not a schema, though it may look like one: never a misplaced property. */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set(["default", "examples", "example"]);

/** Each schema's key that `required` lists, `properties` does not declare, and the schema holds a schema under, as a keyword no dialect defines. */
export function misplacedPropertySchemas(source: SourceDocument): KeywordWithoutEffect[] {
  const warnings: KeywordWithoutEffect[] = [];
  for (const [tokens, schema] of documentSchemas(source.document, source.dialect)) {
    const declared = isJsonObject(schema.properties) ? schema.properties : {};
    for (const key of requiredList(schema.required)) {
      if (Object.hasOwn(declared, key) || !Object.hasOwn(schema, key) || !isUndefinedKeyword(key, source.dialect) || !looksLikeSchema(schema[key], source.dialect)) continue;
      const where = Object.hasOwn(schema, "properties") ? "beside `properties` (not inside it)" : "where no `properties` declares it";
      warnings.push({
        pointer: childPointer("", ...tokens, key),
        reason: `a schema written as \`${key}\` ${where} rules nothing, as no JSON Schema keyword has that name, yet \`required\` lists "${key}": it must be there and may be any value, so every output leaves it untyped. Did you mean \`properties.${key}\`?`,
      });
    }
  }
  return warnings;
}

/** A key no dialect reads as a keyword, a definition container, an annotation of JSON Schema's (`$`-keywords, values) or an extension (`x-…`). */
function isUndefinedKeyword(key: string, dialect: Dialect): boolean {
  if (key.startsWith("x-") || key.startsWith("$") || VALUE_KEYWORDS.has(key) || (DEFINITION_CONTAINERS as readonly string[]).includes(key)) return false;
  return subschemaFormsOf(key) === undefined && !isValidationKeyword(key, dialect) && !REFERENCE_KEYWORDS.includes(key);
}

/** An object that says something as a schema: one of its keys validates, or refers. */
function looksLikeSchema(value: JsonValue | undefined, dialect: Dialect): boolean {
  if (!isJsonObject(value)) return false;
  return Object.keys(value).some((key) => isValidationKeyword(key, dialect) || REFERENCE_KEYWORDS.includes(key));
}
