// An OpenAPI (or Swagger 2.0) document as a JSON Schema document: its named schemas
// (`components/schemas`, Swagger's `definitions`) become the definitions, so `gen --input
// openapi.json` types them as it types any document's definitions. The rest of such a document
// (paths, parameters, the schemas written inline in them) holds no named type, and is not read.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { forEachSubschema } from "../jsonSchema/vocabulary.ts";
import { valueAt } from "../jsonSchema/references.ts";
import { setOwn } from "../json/ownEntries.ts";
import { setAt } from "./bundle.ts";

type JsonObject = { [key: string]: JsonValue };

interface ApiLayout {
  /** The root key naming the version (`openapi`, `swagger`), and the versions of this layout. */
  readonly versionKey: string;
  readonly version: RegExp;
  /** The JSON Schema dialect its Schema Objects are read in. */
  readonly $schema: string;
  readonly definitionsKey: "definitions" | "$defs";
  /** Where the document files its named schemas. */
  readonly schemasAt: readonly string[];
}

/**
 * Each version's layout, and the dialect of its Schema Object. Swagger 2.0's is draft-04's, and 3.0's
 * "an extended subset" of JSON Schema's Wright draft 00 (draft-05, an editorial release of draft-04):
 * boolean `exclusiveMinimum`, `$ref` siblings ignored, 3.0's `nullable` beside a `type`. 3.1's is
 * 2020-12, or the JSON Schema dialect the document names in `jsonSchemaDialect`; OpenAPI's own dialect
 * URI (`…/oas/3.1/dialect/base`) adds only annotations (`discriminator`, `xml`, `example`), so 2020-12
 * reads it, and is named, as validators know no meta-schema at that URI. Another version is not one
 * of these layouts: the document is read as the JSON Schema it is.
 */
const API_LAYOUTS: readonly ApiLayout[] = [
  { versionKey: "swagger", version: /^2\.0$/, $schema: "http://json-schema.org/draft-04/schema#", definitionsKey: "definitions", schemasAt: ["definitions"] },
  { versionKey: "openapi", version: /^3\.0(\.|$)/, $schema: "http://json-schema.org/draft-04/schema#", definitionsKey: "definitions", schemasAt: ["components", "schemas"] },
  // 3.1 and later minor versions (3.2 keeps 3.1's Schema Object).
  { versionKey: "openapi", version: /^3\.[1-9][0-9]*(\.|$)/, $schema: "https://json-schema.org/draft/2020-12/schema", definitionsKey: "$defs", schemasAt: ["components", "schemas"] },
];

const JSON_SCHEMA_DIALECT = /^https?:\/\/json-schema\.org\//;

/** An API description read as JSON Schema: the document, and where the file keeps what it holds as definitions. */
export interface OpenApiAsSchema {
  readonly document: JsonObject;
  /** `/components/schemas` (SourceDocument.definitionsInFile); absent where the file keeps them as the document does. */
  readonly definitionsInFile?: string;
}

/**
 * `document` as a JSON Schema document when it is an OpenAPI 3 or Swagger 2.0 document (its version
 * key, and no `$schema` of its own), else undefined. Every `$ref` to a named schema
 * (`#/components/schemas/Pet`) becomes the same definition's (`#/$defs/Pet`); only schema places are
 * rewritten, never a value inside `enum`, `const` or an example.
 */
export function openApiAsSchema(document: JsonObject, location: string): OpenApiAsSchema | undefined {
  if (document.$schema !== undefined) return undefined;
  const layout = API_LAYOUTS.find(({ versionKey, version }) => typeof document[versionKey] === "string" && version.test(document[versionKey]));
  if (layout === undefined) return undefined;
  const schemasPointer = childPointer("", ...layout.schemasAt);
  const schemas = valueAt(document, layout.schemasAt);
  if (schemas !== undefined && (typeof schemas !== "object" || schemas === null || Array.isArray(schemas))) {
    throw new CodegenError(schemasPointer, "must be an object of named schemas", location);
  }
  const declared = document.jsonSchemaDialect;
  const $schema = layout.versionKey === "openapi" && typeof declared === "string" && JSON_SCHEMA_DIALECT.test(declared) ? declared : layout.$schema;
  const definitionsPointer = `/${layout.definitionsKey}`;
  const definitions: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas ?? {})) {
    setOwn(definitions, name, schemasPointer === definitionsPointer ? schema : withRefsMoved(schema, `#${schemasPointer}/`, `#${definitionsPointer}/`));
  }
  return {
    document: { $schema, [layout.definitionsKey]: definitions },
    ...(schemasPointer === definitionsPointer ? {} : { definitionsInFile: schemasPointer }),
  };
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
