// An OpenAPI 3.x document as a JSON Schema document: its named schemas (`components/schemas`) become
// the definitions, so `gen --input openapi.json` types them as it types any document's definitions.
// The rest of an OpenAPI document (paths, parameters, the schemas written inline in them) holds no
// named type, and is not read.
import { CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { forEachSubschema } from "../jsonSchema/vocabulary.ts";
import { setOwn } from "../json/ownEntries.ts";
import { setAt } from "./bundle.ts";

type JsonObject = { [key: string]: JsonValue };

/** Where an OpenAPI document files its named schemas. */
const COMPONENT_SCHEMAS = "/components/schemas";

/**
 * The dialect each OpenAPI version's Schema Object is read in: 3.0's is "an extended subset" of
 * JSON Schema's Wright draft 00 (draft-05, an editorial release of draft-04: boolean
 * `exclusiveMinimum`, `$ref` siblings ignored, `nullable` beside a `type`); 3.1's is 2020-12, or the
 * JSON Schema dialect the document names in `jsonSchemaDialect`. OpenAPI's own dialect URI
 * (`…/oas/3.1/dialect/base`) adds only annotations (`discriminator`, `xml`, `example`), so 2020-12
 * reads it, and is named, as validators know no meta-schema at that URI.
 */
const SCHEMA_OBJECT_DIALECTS: readonly { readonly version: RegExp; readonly $schema: string; readonly definitionsKey: "definitions" | "$defs" }[] = [
  { version: /^3\.0(\.|$)/, $schema: "http://json-schema.org/draft-04/schema#", definitionsKey: "definitions" },
  // 3.1 and later minor versions (3.2 keeps 3.1's Schema Object).
  { version: /^3\.([1-9][0-9]*)(\.|$)/, $schema: "https://json-schema.org/draft/2020-12/schema", definitionsKey: "$defs" },
];

const JSON_SCHEMA_DIALECT = /^https?:\/\/json-schema\.org\//;

/** An OpenAPI document read as JSON Schema: the document, and where the file keeps what it holds as definitions. */
export interface OpenApiAsSchema {
  readonly document: JsonObject;
  /** `/components/schemas` (SourceDocument.definitionsInFile). */
  readonly definitionsInFile: string;
}

/**
 * `document` as a JSON Schema document when it is an OpenAPI 3 document (an `openapi` version 3.x
 * and no `$schema` of its own), else undefined. Every `$ref` to a named schema
 * (`#/components/schemas/Pet`) becomes the same definition's (`#/$defs/Pet`); only schema places are
 * rewritten, never a value inside `enum`, `const` or an example.
 */
export function openApiAsSchema(document: JsonObject, location: string): OpenApiAsSchema | undefined {
  const version = document.openapi;
  if (typeof version !== "string" || document.$schema !== undefined) return undefined;
  // Another major version is not OpenAPI 3's layout: the document is read as the JSON Schema it is.
  const dialect = SCHEMA_OBJECT_DIALECTS.find((candidate) => candidate.version.test(version));
  if (dialect === undefined) return undefined;
  const components = document.components;
  const schemas = typeof components === "object" && components !== null && !Array.isArray(components) ? components.schemas : undefined;
  if (schemas !== undefined && (typeof schemas !== "object" || schemas === null || Array.isArray(schemas))) {
    throw new CodegenError("/components/schemas", "must be an object of named schemas", location);
  }
  const declared = document.jsonSchemaDialect;
  const $schema = typeof declared === "string" && JSON_SCHEMA_DIALECT.test(declared) ? declared : dialect.$schema;
  const definitions: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas ?? {})) {
    setOwn(definitions, name, withRefsMoved(schema, `#${COMPONENT_SCHEMAS}/`, `#/${dialect.definitionsKey}/`));
  }
  return { document: { $schema, [dialect.definitionsKey]: definitions }, definitionsInFile: COMPONENT_SCHEMAS };
}

/** `schema` with every `$ref` that starts with `from` starting with `to` instead (copied where it changes). */
function withRefsMoved(schema: JsonValue, from: string, to: string): JsonValue {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  let out: JsonObject | undefined;
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith(from)) (out = { ...schema }).$ref = `${to}${ref.slice(from.length)}`;
  forEachSubschema(schema, (child, keyword, inner) => {
    const moved = withRefsMoved(child, from, to);
    if (moved !== child) setAt((out ??= { ...schema }), schema, keyword, inner, moved);
  });
  return out ?? schema;
}
