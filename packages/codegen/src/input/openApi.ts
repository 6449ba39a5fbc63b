// An OpenAPI (or Swagger 2.0) document as a JSON Schema document: its named schemas
// (`components/schemas`, Swagger's `definitions`) become the definitions, so `gen --input
// openapi.json` types them as it types any document's definitions. So do the JSON payloads its
// operations write inline (a request body, a response), each named after its operation
// (`ListPetsResponse200`), as swift-openapi-generator names them. Parameters are no JSON values on the
// wire (a path, a query string, a header), and are not read.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { forEachSubschema } from "../jsonSchema/vocabulary.ts";
import { valueAt } from "../jsonSchema/references.ts";
import { setOwn } from "../json/ownEntries.ts";
import { pascalCase } from "../naming/words.ts";
import type { DefinitionsInFile } from "../model/types.ts";
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
  /** Where an operation, and the document's shared parts of operations, write their payloads' schemas. */
  readonly payloads: PayloadPlaces;
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
  { versionKey: "swagger", version: /^2\.0$/, $schema: "http://json-schema.org/draft-04/schema#", definitionsKey: "definitions", schemasAt: ["definitions"], payloads: swaggerPayloads() },
  { versionKey: "openapi", version: /^3\.0(\.|$)/, $schema: "http://json-schema.org/draft-04/schema#", definitionsKey: "definitions", schemasAt: ["components", "schemas"], payloads: contentPayloads() },
  // 3.1 and later minor versions (3.2 keeps 3.1's Schema Object).
  { versionKey: "openapi", version: /^3\.[1-9][0-9]*(\.|$)/, $schema: "https://json-schema.org/draft/2020-12/schema", definitionsKey: "$defs", schemasAt: ["components", "schemas"], payloads: contentPayloads() },
];

const JSON_SCHEMA_DIALECT = /^https?:\/\/json-schema\.org\//;

/** An API description read as JSON Schema: the document, and where the file keeps what it holds as definitions. */
export interface OpenApiAsSchema {
  readonly document: JsonObject;
  /** Absent where the file keeps every definition where the document does (a Swagger document of no inline payload). */
  readonly definitionsInFile?: DefinitionsInFile;
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
  if (schemas !== undefined && !isObject(schemas)) throw new CodegenError(schemasPointer, "must be an object of named schemas", location);
  const declared = document.jsonSchemaDialect;
  const $schema = layout.versionKey === "openapi" && typeof declared === "string" && JSON_SCHEMA_DIALECT.test(declared) ? declared : layout.$schema;
  const definitionsPointer = `/${layout.definitionsKey}`;
  const asDefinition = (schema: JsonValue) => (schemasPointer === definitionsPointer ? schema : withRefsMoved(schema, `#${schemasPointer}/`, `#${definitionsPointer}/`));
  const definitions: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas ?? {})) setOwn(definitions, name, asDefinition(schema));
  // A payload takes its operation's name or, where a named schema has that already, the name with
  // `Payload` after it (then a number: a name may end in a status code).
  const places: Record<string, string> = {};
  for (const payload of inlinePayloads(document, layout.payloads)) {
    let name = payload.name;
    for (let count = 1; Object.hasOwn(definitions, name); count++) name = `${payload.name}Payload${count === 1 ? "" : count}`;
    setOwn(definitions, name, asDefinition(payload.schema));
    setOwn(places, name, payload.pointer);
  }
  const moved = schemasPointer !== definitionsPointer || Object.keys(places).length > 0;
  return {
    document: { $schema, [layout.definitionsKey]: definitions },
    ...(moved ? { definitionsInFile: { container: schemasPointer, places } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// Payloads written inline

/** A schema an operation writes in place: the definition name it gets, and its pointer in the file. */
interface InlinePayload {
  readonly name: string;
  readonly pointer: string;
  readonly schema: JsonValue;
}

type FoundPayload = (name: string, pointer: string, schema: JsonValue) => void;

/** How one version writes payloads: in an operation (`name` is the operation's), and in the parts operations share. */
interface PayloadPlaces {
  readonly ofOperation: (operation: JsonObject, name: string, pointer: string, found: FoundPayload) => void;
  readonly ofSharedParts: (document: JsonObject, found: FoundPayload) => void;
}

const OPERATION_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A media type whose payloads are JSON: `application/json`, a `+json` suffix, or any type at all. */
const JSON_MEDIA_TYPE = /^(?:application\/(?:[\w.!#$&^-]+\+)?json|\*\/\*)\s*(?:;|$)/i;

/**
 * Every inline payload schema of the document's operations, in the file's order, then those of the
 * parts operations share. A schema that only refers to another (`{$ref: …}`) is left out: it names its
 * type already. An operation is named by its `operationId`, else by its method and path (`GetPetsPetId`).
 */
function inlinePayloads(document: JsonObject, places: PayloadPlaces): InlinePayload[] {
  const payloads: InlinePayload[] = [];
  const found: FoundPayload = (name, pointer, schema) => {
    if (isObject(schema) && !isOnlyRef(schema)) payloads.push({ name: pascalCase(name), pointer, schema });
  };
  for (const [path, item] of objectEntries(document.paths)) {
    if (!isObject(item)) continue;
    for (const method of OPERATION_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const name = typeof operation.operationId === "string" && operation.operationId.trim() !== "" ? operation.operationId : `${method} ${path}`;
      places.ofOperation(operation, name, childPointer("", "paths", path, method), found);
    }
  }
  places.ofSharedParts(document, found);
  return payloads;
}

/** OpenAPI 3: `requestBody` and `responses` hold `content` by media type; `components` holds shared ones. */
function contentPayloads(): PayloadPlaces {
  const ofContent = (holder: JsonValue | undefined, name: string, pointer: string, found: FoundPayload) => {
    if (!isObject(holder)) return;
    const json = objectEntries(holder.content).find(([mediaType, media]) => JSON_MEDIA_TYPE.test(mediaType) && isObject(media) && media.schema !== undefined);
    if (json) found(name, childPointer(pointer, "content", json[0], "schema"), (json[1] as JsonObject).schema!);
  };
  return {
    ofOperation(operation, name, pointer, found) {
      ofContent(operation.requestBody, `${name} request body`, childPointer(pointer, "requestBody"), found);
      for (const [status, response] of objectEntries(operation.responses)) ofContent(response, `${name} response ${status}`, childPointer(pointer, "responses", status), found);
    },
    ofSharedParts(document, found) {
      const components = isObject(document.components) ? document.components : {};
      for (const [name, body] of objectEntries(components.requestBodies)) ofContent(body, `${name} request body`, childPointer("", "components", "requestBodies", name), found);
      for (const [name, response] of objectEntries(components.responses)) ofContent(response, `${name} response`, childPointer("", "components", "responses", name), found);
    },
  };
}

/**
 * Swagger 2.0: the `body` parameter's `schema`, and each response's; the document's own `parameters`
 * and `responses` are shared. A response of `type: file` is a download, no JSON value (and `file` no
 * JSON type).
 */
function swaggerPayloads(): PayloadPlaces {
  const ofBodyParameter = (parameter: JsonValue, name: string, pointer: string, found: FoundPayload) => {
    if (isObject(parameter) && parameter.in === "body") found(name, childPointer(pointer, "schema"), parameter.schema ?? {});
  };
  const ofResponse = (response: JsonValue, name: string, pointer: string, found: FoundPayload) => {
    if (isObject(response) && response.schema !== undefined && !(isObject(response.schema) && response.schema.type === "file")) found(name, childPointer(pointer, "schema"), response.schema);
  };
  return {
    ofOperation(operation, name, pointer, found) {
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      parameters.forEach((parameter, index) => ofBodyParameter(parameter, `${name} request body`, childPointer(pointer, "parameters", String(index)), found));
      for (const [status, response] of objectEntries(operation.responses)) ofResponse(response, `${name} response ${status}`, childPointer(pointer, "responses", status), found);
    },
    ofSharedParts(document, found) {
      for (const [name, parameter] of objectEntries(document.parameters)) ofBodyParameter(parameter, `${name} request body`, childPointer("", "parameters", name), found);
      for (const [name, response] of objectEntries(document.responses)) ofResponse(response, `${name} response`, childPointer("", "responses", name), found);
    },
  };
}

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const isOnlyRef = (schema: JsonObject) => typeof schema.$ref === "string" && Object.keys(schema).every((key) => key === "$ref" || key === "description" || key === "summary");
/** The members of `value` when it is an object, else none. */
const objectEntries = (value: JsonValue | undefined): [string, JsonValue][] => (isObject(value) ? Object.entries(value) : []);

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
