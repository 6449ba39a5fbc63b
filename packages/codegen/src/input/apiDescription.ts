// An API description (OpenAPI 3, Swagger 2.0, AsyncAPI 2 and 3) as a JSON Schema document: its named
// schemas (`components/schemas`, Swagger's `definitions`) become the definitions, so `gen --input
// openapi.json` types them as it types any document's definitions. So do the JSON payloads it writes
// inline (a request body, a response, a message), each named after what carries it
// (`ListPetsResponse200`, as swift-openapi-generator names them; `UserSignedUpPayload`, and its
// AsyncAPI message's `UserSignedUpHeaders`: an object of header values). An operation's parameters and
// response headers are no JSON values on the wire (a path, a query string, a header), but a client
// still builds them: each one's schema is a named place (NAMED_PLACES_KEYWORD), named after what
// carries it (`ListPetsParamSort`, `ListPetsResponse200HeaderXRateLimit`; `components/parameters` and
// `components/headers` by their keys), which the model types as it types a place: an inline enum, an
// object (`style: deepObject`) or a union gets a type of that name, a plain `type: string` none.
// Swagger 2.0's non-body parameters and headers are read so too: their schema keywords sit on the
// parameter beside its own (`required: true`, `in`, `collectionFormat`), and the schema is those the
// specification names as JSON Schema's (SWAGGER_PARAMETER_SCHEMA_KEYWORDS). OpenAPI 3's example
// values beside a schema (a media type's, a parameter's) are kept for the conformance run to judge
// against it.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { convertBounds, EXCLUSIVE_BOUND_KEYWORDS, writesExclusiveBoundOf } from "../jsonSchema/dialects.ts";
import { editSchemas, type Dialect } from "../jsonSchema/vocabulary.ts";
import { documentSchemas, pointerTokens, splitFragment, valueAt, type Tokens } from "../jsonSchema/references.ts";
import { JSON_NUMBER_SOURCE } from "../json/jsonNumber.ts";
import { setOwn } from "../json/ownEntries.ts";
import { pascalCase } from "../naming/words.ts";
import type { ExampleBesideSchema, ExamplesBesideSchemas } from "../model/types.ts";
import { dialectOf, DRAFT_04_SCHEMA, type ApiDescriptionReadings } from "./document.ts";
import { NAMED_PLACES_KEYWORD } from "../jsonSchema/bundleKeywords.ts";

type JsonObject = { [key: string]: JsonValue };

interface ApiLayout {
  /** The root key naming the version (`openapi`, `swagger`, `asyncapi`), and the versions of this layout. */
  readonly versionKey: string;
  readonly version: RegExp;
  /** The JSON Schema dialect its Schema Objects are read in. */
  readonly $schema: string;
  readonly definitionsKey: "definitions" | "$defs";
  /** Where the document files its named schemas. */
  readonly schemasAt: readonly string[];
  /** Every payload schema the document writes in place, in the file's order. */
  readonly payloads: (document: JsonObject, found: FoundPayload) => void;
  /** Every schema the document writes outside its schemas and payloads that a client builds a value of (OpenAPI 3's parameters and headers): NAMED_PLACES_KEYWORD. */
  readonly namedPlaces?: (document: JsonObject, found: FoundPayload) => void;
  /** Its Schema Object's `example` is one example value: JSON Schema's `examples: [value]`, which the model reads. */
  readonly singleExample: boolean;
  /**
   * The other version whose exclusive bounds documents of this one carry over, and the dialect that
   * writes them: OpenAPI 3.1 descriptions converted from 3.0 keep its boolean `exclusiveMinimum`
   * (OpenAI's), and 3.0 ones write 3.1's number (Hugging Face TGI's). Their own dialect gives that
   * form no meaning, so plain JSON Schema refuses it; here it is read as the other version meant it,
   * with a warning (`--strict` refuses it).
   */
  readonly boundsCarriedOverFrom?: { readonly version: string; readonly dialect: Dialect };
  /** Every example value the document writes beside a schema, outside it (OpenAPI 3's media types, parameters and headers). */
  readonly examplesBesideSchemas?: (document: JsonObject, found: FoundExamples) => void;
  /** The layout's own spellings in one Schema Object, as the JSON Schema they mean (a copy; undefined where it writes none). */
  readonly ownSpellings?: (schema: JsonObject) => JsonObject | undefined;
}

/**
 * Each version's layout, and the dialect of its Schema Object. Swagger 2.0's is draft-04's, and 3.0's
 * "an extended subset" of JSON Schema's Wright draft 00 (draft-05, an editorial release of draft-04):
 * boolean `exclusiveMinimum`, `$ref` siblings ignored, 3.0's `nullable` beside a `type`. 3.1's is
 * 2020-12, or the JSON Schema dialect the document names in `jsonSchemaDialect`; OpenAPI's own dialect
 * URI (`…/oas/3.1/dialect/base`) adds only annotations (`discriminator`, `xml`, `example`), so 2020-12
 * reads it, and is named, as validators know no meta-schema at that URI. AsyncAPI's Schema Object is
 * draft-07's with annotations of its own (`discriminator`, `externalDocs`, `deprecated`), and so is
 * OpenRPC's (1.x: "JSON Schema Draft 7"). Google's API Discovery documents (`discoveryVersion: v1`)
 * file theirs under `schemas`, in a dialect of draft-03's spelling that draft-04 reads once
 * discoverySpellings has rewritten it. Another version is not one of these layouts: the document is
 * read as the JSON Schema it is.
 */
const API_LAYOUTS: readonly ApiLayout[] = [
  { versionKey: "swagger", version: /^2\.0$/, $schema: DRAFT_04_SCHEMA, definitionsKey: "definitions", schemasAt: ["definitions"], payloads: swaggerPayloads, namedPlaces: swaggerParameterSchemas, singleExample: true, examplesBesideSchemas: swaggerExamples },
  { versionKey: "openapi", version: /^3\.0(\.|$)/, $schema: DRAFT_04_SCHEMA, definitionsKey: "definitions", schemasAt: ["components", "schemas"], payloads: openApi3Payloads, namedPlaces: openApi3ParameterSchemas, singleExample: true, examplesBesideSchemas: openApi3Examples, boundsCarriedOverFrom: { version: "OpenAPI 3.1", dialect: "2020-12" } },
  // 3.1 and later minor versions (3.2 keeps 3.1's Schema Object).
  { versionKey: "openapi", version: /^3\.[1-9][0-9]*(\.|$)/, $schema: "https://json-schema.org/draft/2020-12/schema", definitionsKey: "$defs", schemasAt: ["components", "schemas"], payloads: openApi3Payloads, namedPlaces: openApi3ParameterSchemas, singleExample: true, examplesBesideSchemas: openApi3Examples, boundsCarriedOverFrom: { version: "OpenAPI 3.0", dialect: "draft-04" } },
  { versionKey: "asyncapi", version: /^2\.[0-9]+(\.|$)/, $schema: "http://json-schema.org/draft-07/schema#", definitionsKey: "definitions", schemasAt: ["components", "schemas"], payloads: asyncApi2Payloads, singleExample: false, examplesBesideSchemas: asyncApi2Examples },
  { versionKey: "asyncapi", version: /^3\.[0-9]+(\.|$)/, $schema: "http://json-schema.org/draft-07/schema#", definitionsKey: "definitions", schemasAt: ["components", "schemas"], payloads: asyncApi3Payloads, singleExample: false, examplesBesideSchemas: asyncApi3Examples },
  { versionKey: "openrpc", version: /^1\.[0-9]+(\.|$)/, $schema: "http://json-schema.org/draft-07/schema#", definitionsKey: "definitions", schemasAt: ["components", "schemas"], payloads: openRpcPayloads, singleExample: false, examplesBesideSchemas: openRpcExamples },
  { versionKey: "discoveryVersion", version: /^v1$/, $schema: DRAFT_04_SCHEMA, definitionsKey: "definitions", schemasAt: ["schemas"], payloads: discoveryPayloads, singleExample: false, ownSpellings: discoverySpellings },
];

const JSON_SCHEMA_DIALECT = /^https?:\/\/json-schema\.org\//;

/**
 * An API description read as JSON Schema: the document, where the file keeps what it holds as
 * definitions (absent where the file keeps each where the document does: a Swagger document of no
 * inline payload), and its example values beside schemas (absent where it writes none).
 */
export interface ApiDescriptionAsSchema extends ApiDescriptionReadings {
  readonly document: JsonObject;
}

/** The layout of an API description (its version key, and no `$schema` of its own), else undefined. */
function layoutOf(document: JsonObject): ApiLayout | undefined {
  if (document.$schema !== undefined) return undefined;
  return API_LAYOUTS.find(({ versionKey, version }) => typeof document[versionKey] === "string" && version.test(document[versionKey]));
}

/** The `$schema` of the dialect `layout`'s Schema Objects are read in: OpenAPI 3.1's `jsonSchemaDialect` when it names JSON Schema's. */
function schemaObjectDialectOf(document: JsonObject, layout: ApiLayout): string {
  const declared = document.jsonSchemaDialect;
  return layout.versionKey === "openapi" && typeof declared === "string" && JSON_SCHEMA_DIALECT.test(declared) ? declared : layout.$schema;
}

/**
 * The `$schema` of the dialect an API description's Schema Objects are read in, for a file a `$ref`
 * names, which is read as it is written (not as apiDescriptionAsSchema makes it): its schemas are
 * that dialect's (OpenAPI 3.0's boolean `exclusiveMinimum` is draft-04's), not the draft-07 an
 * undeclared document is read as. Undefined for a document of no layout above.
 */
export function schemaObjectDialect(document: JsonObject): string | undefined {
  const layout = layoutOf(document);
  return layout === undefined ? undefined : schemaObjectDialectOf(document, layout);
}

/**
 * `document` as a JSON Schema document when it is an API description of a layout above (its version
 * key, and no `$schema` of its own), else undefined. Every `$ref` to a named schema
 * (`#/components/schemas/Pet`) becomes the same definition's (`#/$defs/Pet`); only schema places are
 * rewritten, never a value inside `enum`, `const` or an example.
 */
export function apiDescriptionAsSchema(document: JsonObject, location: string): ApiDescriptionAsSchema | undefined {
  const layout = layoutOf(document);
  if (layout === undefined) return undefined;
  const schemasPointer = childPointer("", ...layout.schemasAt);
  const schemas = valueAt(document, layout.schemasAt);
  if (schemas !== undefined && !isObject(schemas)) throw new CodegenError(schemasPointer, "must be an object of named schemas", location);
  const $schema = schemaObjectDialectOf(document, layout);
  const definitionsPointer = `/${layout.definitionsKey}`;
  const refsFrom = schemasPointer === definitionsPointer ? undefined : { from: `#${schemasPointer}/`, to: `#${definitionsPointer}/` };
  const carriedOver = layout.boundsCarriedOverFrom;
  const readAs = dialectOf({ $schema }, location);
  const boundsRead = carriedOver === undefined ? undefined : { ...carriedOver, into: readAs, read: new Map<JsonObject, string>() };
  const examplesWrittenSingly = new Set<JsonObject>();
  const asDefinition = (schema: JsonValue) => asJsonSchema(schema, { ownSpellings: layout.ownSpellings, refs: refsFrom, singleExample: layout.singleExample ? examplesWrittenSingly : undefined, boundsRead });
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
  // An example beside a payload is judged by its definition; one beside a parameter by its schema, inline.
  const payloadAt = new Map(Object.entries(places).map(([name, pointer]) => [pointer, name]));
  // A parameter's or a header's schema is named after what carries it as a payload is, among them.
  const namedPlaces: JsonObject = {};
  for (const place of inlinePayloads(document, layout.namedPlaces)) {
    let name = place.name;
    for (let count = 2; Object.hasOwn(definitions, name) || Object.hasOwn(namedPlaces, name); count++) name = `${place.name}${count}`;
    setOwn(namedPlaces, name, asDefinition(place.schema));
    setOwn(places, name, place.pointer);
  }
  const moved = schemasPointer !== definitionsPointer || Object.keys(places).length > 0;

  const examples = layout.examplesBesideSchemas === undefined ? undefined : examplesBesideSchemas(document, layout.examplesBesideSchemas, (schema, pointer) => {
    const payload = payloadAt.get(pointer);
    if (payload !== undefined) return { definition: payload };
    const named = namedSchemaReferredTo(schema, layout.schemasAt);
    return named !== undefined && Object.hasOwn(definitions, named) ? { definition: named } : { inline: asDefinition(schema) };
  });
  const asSchema: JsonObject = { $schema, [layout.definitionsKey]: definitions };
  if (Object.keys(namedPlaces).length > 0) asSchema[NAMED_PLACES_KEYWORD] = namedPlaces;
  const keywordsReadAsMeant = boundsRead === undefined ? [] : placesOf(boundsRead.read, asSchema, readAs).map(([pointer, schema]) => ({ pointer, reason: boundsRead.read.get(schema)! }));
  const singleExamplesAt = placesOf(examplesWrittenSingly, asSchema, readAs).map(([pointer]) => pointer);
  return {
    document: asSchema,
    ...(moved ? { definitionsInFile: { container: schemasPointer, places } } : {}),
    ...(examples !== undefined ? { examplesBesideSchemas: examples } : {}),
    ...(keywordsReadAsMeant.length > 0 ? { keywordsReadAsMeant } : {}),
    ...(singleExamplesAt.length > 0 ? { examplesWrittenSingly: singleExamplesAt } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// Payloads written inline

/** A schema the document writes in place: the definition name it gets, and its pointer in the file. */
interface InlinePayload {
  readonly name: string;
  readonly pointer: string;
  readonly schema: JsonValue;
}

/** Reports one payload: `name` is in words (`listPets response 200`), spelled as a type name once found. */
type FoundPayload = (name: string, pointer: string, schema: JsonValue) => void;

/** Every inline payload schema `find` finds in the document (a layout's payloads, or its named places). One that only refers to another (`{$ref: …}`) names its type already. */
function inlinePayloads(document: JsonObject, find: ApiLayout["payloads"] | undefined): InlinePayload[] {
  const payloads: InlinePayload[] = [];
  find?.(document, (name, pointer, schema) => {
    if (isObject(schema) && !isOnlyRef(schema)) payloads.push({ name: pascalCase(name), pointer, schema });
  });
  return payloads;
}

// OpenAPI and Swagger: payloads of operations, each named by its `operationId`, else by its method and
// path (`GetPetsPetId`), and of the parts operations share.

const OPERATION_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** How an operation of a Path Item without an `operationId` is named, by its method. */
type OperationNaming = (method: string) => string;

/**
 * Every Path Item Object of the document, with how its operations without an `operationId` are
 * named: those of `paths` by the method and path (`get /pets`), OpenAPI 3.1's `webhooks` and
 * `components/pathItems` by their name and the method (`newPet post`), the callbacks of every
 * operation by the operation's name, the callback's and the method (`subscribe onEvent post`: the
 * callback's runtime expression is no name), and `components/callbacks` by the callback's. A Path
 * Item that is a `$ref` is read where it is written, not followed.
 */
function forEachPathItem(document: JsonObject, visit: (item: JsonObject, naming: OperationNaming, pointer: string) => void): void {
  const components = isObject(document.components) ? document.components : {};
  const ofCallbacks = (callbacks: JsonValue | undefined, prefix: string, pointer: string) => {
    for (const [callback, expressions] of objectEntries(callbacks)) {
      for (const [expression, item] of objectEntries(isObject(expressions) && expressions.$ref === undefined ? expressions : undefined)) {
        ofItem(item, (method) => `${prefix}${callback} ${method}`, childPointer(pointer, callback, expression));
      }
    }
  };
  const ofItem = (item: JsonValue, naming: OperationNaming, pointer: string) => {
    if (!isObject(item)) return;
    visit(item, naming, pointer);
    for (const method of OPERATION_METHODS) {
      const operation = item[method];
      if (isObject(operation)) ofCallbacks(operation.callbacks, `${operationName(operation, method, naming)} `, childPointer(pointer, method, "callbacks"));
    }
  };
  for (const [path, item] of objectEntries(document.paths)) ofItem(item, (method) => `${method} ${path}`, childPointer("", "paths", path));
  for (const [webhook, item] of objectEntries(document.webhooks)) ofItem(item, (method) => `${webhook} ${method}`, childPointer("", "webhooks", webhook));
  for (const [name, item] of objectEntries(components.pathItems)) ofItem(item, (method) => `${name} ${method}`, childPointer("", "components", "pathItems", name));
  ofCallbacks(components.callbacks, "", childPointer("", "components", "callbacks"));
}

function operationName(operation: JsonObject, method: string, naming: OperationNaming): string {
  return typeof operation.operationId === "string" && operation.operationId.trim() !== "" ? operation.operationId : naming(method);
}

function forEachOperation(document: JsonObject, visit: (operation: JsonObject, name: string, pointer: string) => void): void {
  forEachPathItem(document, (item, naming, itemPointer) => {
    for (const method of OPERATION_METHODS) {
      const operation = item[method];
      if (isObject(operation)) visit(operation, operationName(operation, method, naming), childPointer(itemPointer, method));
    }
  });
}

/** A JSON media type: `application/json`, or one of a `+json` suffix (`application/problem+json`, `application/*+json`, `*\/*+json`). */
const JSON_MEDIA_TYPE = /^(?:application|\*)\/(?:[\w.!#$&^*-]+\+)?json\s*(?:;|$)/i;
/** Any media type at all (`*\/*`): its payloads may be JSON. */
const ANY_MEDIA_TYPE = /^\*\/\*\s*(?:;|$)/;

/**
 * A sequential media type (OpenAPI 3.2's registry): JSON Lines, JSON text sequences, newline-delimited
 * JSON, and Server-Sent Events, each event read as an object of its fields. Its `itemSchema` is each
 * item's schema: one JSON value of the stream.
 */
const SEQUENTIAL_MEDIA_TYPE = /^(?:application\/(?:jsonl|x-ndjson|json-seq)|text\/event-stream)\s*(?:;|$)/i;

/**
 * OpenAPI 3: `requestBody` and `responses` hold `content` by media type, read from its first JSON one
 * (or any type's), and a stream's item (3.2's `itemSchema`) from its first sequential one;
 * `components` holds shared ones.
 */
function openApi3Payloads(document: JsonObject, found: FoundPayload): void {
  const ofContent = (holder: JsonValue | undefined, name: string, pointer: string) => {
    if (!isObject(holder)) return;
    const json = objectEntries(holder.content).find(([mediaType, media]) => (JSON_MEDIA_TYPE.test(mediaType) || ANY_MEDIA_TYPE.test(mediaType)) && isObject(media) && media.schema !== undefined);
    if (json) found(name, childPointer(pointer, "content", json[0], "schema"), (json[1] as JsonObject).schema!);
    const stream = objectEntries(holder.content).find(([mediaType, media]) => SEQUENTIAL_MEDIA_TYPE.test(mediaType) && isObject(media) && media.itemSchema !== undefined);
    if (stream) found(`${name} item`, childPointer(pointer, "content", stream[0], "itemSchema"), (stream[1] as JsonObject).itemSchema!);
  };
  forEachOperation(document, (operation, name, pointer) => {
    ofContent(operation.requestBody, `${name} request body`, childPointer(pointer, "requestBody"));
    for (const [status, response] of objectEntries(operation.responses)) ofContent(response, `${name} response ${status}`, childPointer(pointer, "responses", status));
  });
  const components = isObject(document.components) ? document.components : {};
  for (const [name, body] of objectEntries(components.requestBodies)) ofContent(body, `${name} request body`, childPointer("", "components", "requestBodies", name));
  for (const [name, response] of objectEntries(components.responses)) ofContent(response, `${name} response`, childPointer("", "components", "responses", name));
}

/**
 * Where a parameter's or a header's schema is, and what it is: `undefined` for one that has none a
 * client builds a JSON-typed value of.
 */
type ParameterSchemaReading = (parameter: JsonObject, pointer: string) => { readonly pointer: string; readonly schema: JsonValue } | undefined;

/**
 * The schema of each parameter and response header a document writes (ParameterSchemaReading says
 * where a version keeps it), named `<operation> param <name>` (path-level ones `<path> param <name>`),
 * `<operation> response <status> header <name>`, and the document's shared ones (`sharedAt`: OpenAPI
 * 3's `components/parameters` and `components/headers`, Swagger 2.0's `parameters`) by their keys. A
 * parameter or header that is a `$ref` is read where it is written: one type for every operation that
 * refers to it.
 */
function parameterSchemas(document: JsonObject, found: FoundPayload, schemaOf: ParameterSchemaReading, sharedAt: readonly (readonly string[])[]): void {
  const ofParameter = (parameter: JsonValue, name: string, pointer: string) => {
    if (!isObject(parameter) || parameter.$ref !== undefined) return;
    const read = schemaOf(parameter, pointer);
    if (read !== undefined) found(name, read.pointer, read.schema);
  };
  const ofParameters = (parameters: JsonValue | undefined, prefix: string, pointer: string) => {
    if (!Array.isArray(parameters)) return;
    parameters.forEach((parameter, index) => {
      if (isObject(parameter) && typeof parameter.name === "string") ofParameter(parameter, `${prefix} param ${parameter.name}`, childPointer(pointer, String(index)));
    });
  };
  forEachPathItem(document, (item, naming, pointer) => ofParameters(item.parameters, naming(""), childPointer(pointer, "parameters")));
  forEachOperation(document, (operation, name, pointer) => {
    ofParameters(operation.parameters, name, childPointer(pointer, "parameters"));
    for (const [status, response] of objectEntries(operation.responses)) {
      if (!isObject(response) || response.$ref !== undefined) continue;
      for (const [header, value] of objectEntries(response.headers)) ofParameter(value, `${name} response ${status} header ${header}`, childPointer(pointer, "responses", status, "headers", header));
    }
  });
  for (const at of sharedAt) {
    for (const [key, value] of objectEntries(valueAt(document, at))) ofParameter(value, key, childPointer("", ...at, key));
  }
}

function openApi3ParameterSchemas(document: JsonObject, found: FoundPayload): void {
  parameterSchemas(document, found, openApi3ParameterSchema, [["components", "parameters"], ["components", "headers"]]);
}

function swaggerParameterSchemas(document: JsonObject, found: FoundPayload): void {
  parameterSchemas(document, found, swaggerParameterSchema, [["parameters"]]);
}

/** OpenAPI 3: a parameter's or header's `schema`, or its `content`'s first media type's. */
function openApi3ParameterSchema(parameter: JsonObject, pointer: string): ReturnType<ParameterSchemaReading> {
  if (parameter.schema !== undefined) return { pointer: childPointer(pointer, "schema"), schema: parameter.schema };
  const media = objectEntries(parameter.content).find(([, value]) => isObject(value) && value.schema !== undefined);
  return media === undefined ? undefined : { pointer: childPointer(pointer, "content", media[0], "schema"), schema: (media[1] as JsonObject).schema! };
}

/**
 * The keywords of Swagger 2.0's Parameter and Header Objects that are JSON Schema's (the specification
 * lists them: its "subset of JSON Schema"), beside the parameter's own (`name`, `in`, `required`,
 * `allowEmptyValue`, `collectionFormat`), which mean something else there: `required: true` is no list
 * of keys. `items` is an Items Object of the same keywords, read as a schema.
 */
const SWAGGER_PARAMETER_SCHEMA_KEYWORDS = [
  "type", "format", "items", "default", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
  "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "description",
] as const;

/**
 * Swagger 2.0: a non-body parameter's or a header's schema is written on it, beside its own keywords:
 * it is those of SWAGGER_PARAMETER_SCHEMA_KEYWORDS and its vendor keys (`x-…`, annotations), at the
 * parameter's own pointer, so a place inside (`items`) keeps its pointer in the file. A `body`
 * parameter is a payload (swaggerPayloads); a `type: file` one is an upload, no JSON value.
 */
function swaggerParameterSchema(parameter: JsonObject, pointer: string): ReturnType<ParameterSchemaReading> {
  if (parameter.in === "body" || parameter.type === "file") return undefined;
  const schema: JsonObject = {};
  for (const [key, value] of Object.entries(parameter)) {
    if ((SWAGGER_PARAMETER_SCHEMA_KEYWORDS as readonly string[]).includes(key) || key.startsWith("x-")) setOwn(schema, key, value);
  }
  return { pointer, schema };
}

// Google's API Discovery: each method of `methods` and of every resource's (`resources`, nested at any
// depth) names its request body and its response, `{$ref: "Operation"}` nearly always: one written in
// place is named after the method's `id` (`acmedns.acmeChallengeSets.get` → `AcmednsAcmeChallengeSetsGetResponse`).

function discoveryPayloads(document: JsonObject, found: FoundPayload): void {
  const ofResources = (holder: JsonObject, pointer: string) => {
    for (const [name, method] of objectEntries(holder.methods)) {
      if (!isObject(method)) continue;
      const methodName = typeof method.id === "string" && method.id.trim() !== "" ? method.id : name;
      const methodPointer = childPointer(pointer, "methods", name);
      for (const part of ["request", "response"] as const) {
        if (method[part] !== undefined) found(`${methodName} ${part}`, childPointer(methodPointer, part), method[part]);
      }
    }
    for (const [name, resource] of objectEntries(holder.resources)) if (isObject(resource)) ofResources(resource, childPointer(pointer, "resources", name));
  };
  ofResources(document, "");
}

/**
 * A Discovery Schema Object as the draft-04 schema it means, or undefined where it writes nothing of
 * Discovery's own: its `$ref` is a bare schema name (`Operation`), which refers to
 * `#/definitions/Operation`; its `id` is the schema's name, no URI (read as draft-04's `id`, it would
 * move the base every `$ref` inside it resolves against, to a document that is not there), so it is
 * dropped; draft-03's `type: "any"` (google.rpc.Status's `details`, `{additionalProperties: {type:
 * any}}`) is any value, which is no `type` at all; and Discovery's own meta-schema (discovery/v1's
 * JsonSchema) writes `default`, `minimum` and `maximum` as strings, so a boolean's `default: "true"`
 * or an integer's `minimum: "0"` is the value the string spells (one it does not spell exactly, or an
 * integer past a double's, stays as written). Discovery's annotations stay as written
 * (`enumDescriptions`, `annotations.required`: the methods that require a field, not the schema).
 */
function discoverySpellings(schema: JsonObject): JsonObject | undefined {
  let out: JsonObject | undefined;
  const edit = () => (out ??= { ...schema });
  if (typeof schema.$ref === "string" && !/[#/:]/.test(schema.$ref)) edit().$ref = childPointer("#/definitions", schema.$ref);
  if (typeof schema.id === "string") delete edit().id;
  if (schema.type === "any") delete edit().type;
  for (const keyword of DISCOVERY_STRING_VALUES) {
    const value = valueSpelled(schema[keyword], schema.type, keyword === "default");
    if (value !== undefined) edit()[keyword] = value;
  }
  return out;
}

/** The keywords Discovery's meta-schema writes as strings whatever the schema's type. */
const DISCOVERY_STRING_VALUES = ["default", "minimum", "maximum"] as const;

/** A string that is one JSON number and nothing else. */
const WHOLE_JSON_NUMBER = new RegExp(`^${JSON_NUMBER_SOURCE}$`);

/** The boolean or number `written` spells exactly for a schema of `type` (a boolean only where `booleans`), else undefined. */
function valueSpelled(written: JsonValue | undefined, type: JsonValue | undefined, booleans: boolean): boolean | number | undefined {
  if (typeof written !== "string") return undefined;
  if (type === "boolean") return booleans && (written === "true" || written === "false") ? written === "true" : undefined;
  if (type !== "integer" && type !== "number") return undefined;
  if (!WHOLE_JSON_NUMBER.test(written)) return undefined;
  const value = Number(written);
  return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value)) ? value : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Example values beside a schema

/**
 * Reports, for one example value beside a schema: `found` when there is one to judge (`referredTo`:
 * where it is, when a `$ref` brought it), else `notJudged` with why.
 */
interface FoundExamples {
  found(pointer: string, value: JsonValue, schema: JsonValue, schemaPointer: string, referredTo?: string): void;
  notJudged(pointer: string, reason: string): void;
}

/** Why an example value is not judged (ExamplesBesideSchemas.notJudged), one sentence per kind, so that a run can count them by it. */
const NOT_JUDGED = {
  notJson: "its media type is not JSON (only application/json and +json types are judged)",
  externalValue: "an externalValue, which is not fetched",
  refNotHere: "a $ref to no Example Object of this document (another file's is not read)",
  noValue: "an Example Object of no value",
  noSchema: "no schema beside it",
  notJsonSchema: "its schema is of a format not read as JSON Schema (Avro, RAML, Protobuf)",
} as const;

/** How many `$ref`s an Example Object is followed through (one that refers on past it is taken as a cycle). */
const EXAMPLE_REF_HOPS = 8;

/** The example values beside schemas the layout finds, each with its schema as `schemaOf` reads it; undefined where there are none. */
function examplesBesideSchemas(
  document: JsonObject,
  find: (document: JsonObject, found: FoundExamples) => void,
  schemaOf: (schema: JsonValue, pointer: string) => ExampleBesideSchema["schema"],
): ExamplesBesideSchemas | undefined {
  const found: ExampleBesideSchema[] = [];
  const notJudged: { pointer: string; reason: string }[] = [];
  find(document, {
    found: (pointer, value, schema, schemaPointer, referredTo) => found.push({ pointer, ...(referredTo !== undefined ? { referredTo } : {}), value, schemaPointer, schema: schemaOf(schema, schemaPointer) }),
    notJudged: (pointer, reason) => notJudged.push({ pointer, reason }),
  });
  return found.length + notJudged.length === 0 ? undefined : { found, notJudged };
}

/**
 * OpenAPI 3 writes most of its real data outside its schemas: a media type's `example` and
 * `examples` (Example Objects, each its `value`, or a `$ref` to one in `components/examples`), and a
 * parameter's and a header's, each beside the `schema` it is a value of (or, a parameter's or
 * header's of `content`, its media type's). In the operations of `paths` and in `components`
 * (`requestBodies`, `responses`, `parameters`, `headers`); a part that is a `$ref` is read where it is
 * written. Only a JSON media type's examples are values of its schema: another's (XML, a form) are
 * the text on the wire, and not judged.
 */
function openApi3Examples(document: JsonObject, found: FoundExamples): void {
  const examplesOf = (holder: JsonObject, pointer: string, judge: (pointer: string, value: JsonValue, referredTo?: string) => void) => {
    if (Object.hasOwn(holder, "example")) judge(childPointer(pointer, "example"), holder.example!);
    for (const [name, written] of objectEntries(holder.examples)) {
      const at = childPointer(pointer, "examples", name);
      const example = exampleValue(document, written);
      if ("reason" in example) found.notJudged(at, example.reason);
      else if (example.referredTo === undefined) judge(childPointer(at, "value"), example.value);
      else judge(at, example.value, example.referredTo);
    }
  };
  const besideSchema = (holder: JsonObject, pointer: string) =>
    examplesOf(holder, pointer, (at, value, referredTo) => {
      if (holder.schema === undefined) found.notJudged(at, NOT_JUDGED.noSchema);
      else found.found(at, value, holder.schema, childPointer(pointer, "schema"), referredTo);
    });
  const ofContent = (content: JsonValue | undefined, pointer: string) => {
    for (const [mediaType, media] of objectEntries(content)) {
      if (!isObject(media)) continue;
      const at = childPointer(pointer, mediaType);
      if (JSON_MEDIA_TYPE.test(mediaType)) besideSchema(media, at);
      else examplesOf(media, at, (notJson) => found.notJudged(notJson, NOT_JUDGED.notJson));
    }
  };
  // A parameter or a header: its `schema`'s values, or its `content`'s.
  const ofParameter = (parameter: JsonValue, pointer: string) => {
    if (!isObject(parameter) || parameter.$ref !== undefined) return;
    if (parameter.content !== undefined) ofContent(parameter.content, childPointer(pointer, "content"));
    else besideSchema(parameter, pointer);
  };
  const ofParameters = (parameters: JsonValue | undefined, pointer: string) => {
    if (Array.isArray(parameters)) parameters.forEach((parameter, index) => ofParameter(parameter, childPointer(pointer, String(index))));
  };
  const ofBody = (body: JsonValue | undefined, pointer: string) => {
    if (isObject(body) && body.$ref === undefined) ofContent(body.content, childPointer(pointer, "content"));
  };
  const ofResponse = (response: JsonValue, pointer: string) => {
    if (!isObject(response) || response.$ref !== undefined) return;
    ofContent(response.content, childPointer(pointer, "content"));
    for (const [name, header] of objectEntries(response.headers)) ofParameter(header, childPointer(pointer, "headers", name));
  };
  forEachPathItem(document, (item, _naming, pointer) => ofParameters(item.parameters, childPointer(pointer, "parameters")));
  forEachOperation(document, (operation, _name, pointer) => {
    ofParameters(operation.parameters, childPointer(pointer, "parameters"));
    ofBody(operation.requestBody, childPointer(pointer, "requestBody"));
    for (const [status, response] of objectEntries(operation.responses)) ofResponse(response, childPointer(pointer, "responses", status));
  });
  const components = isObject(document.components) ? document.components : {};
  const componentPointer = (kind: string, name: string) => childPointer("", "components", kind, name);
  for (const [name, parameter] of objectEntries(components.parameters)) ofParameter(parameter, componentPointer("parameters", name));
  for (const [name, header] of objectEntries(components.headers)) ofParameter(header, componentPointer("headers", name));
  for (const [name, body] of objectEntries(components.requestBodies)) ofBody(body, componentPointer("requestBodies", name));
  for (const [name, response] of objectEntries(components.responses)) ofResponse(response, componentPointer("responses", name));
}

/** An Example Object's `value`, through `$ref`s into this document (`referredTo`: the value's own pointer then), or why there is none to judge. */
function exampleValue(document: JsonObject, written: JsonValue): { readonly value: JsonValue; readonly referredTo?: string } | { readonly reason: string } {
  let example: JsonValue | undefined = written;
  let referredTo: string | undefined;
  for (let hops = 0; isObject(example) && typeof example.$ref === "string"; hops++) {
    const [file, fragment] = splitFragment(example.$ref);
    const tokens = file === "" && hops < EXAMPLE_REF_HOPS ? pointerTokens(fragment) : undefined;
    if (tokens === undefined) return { reason: NOT_JUDGED.refNotHere };
    referredTo = childPointer("", ...tokens);
    example = valueAt(document, tokens);
  }
  if (!isObject(example)) return { reason: referredTo === undefined ? NOT_JUDGED.noValue : NOT_JUDGED.refNotHere };
  if (Object.hasOwn(example, "value")) return { value: example.value!, ...(referredTo !== undefined ? { referredTo: childPointer(referredTo, "value") } : {}) };
  return { reason: example.externalValue !== undefined ? NOT_JUDGED.externalValue : NOT_JUDGED.noValue };
}

/**
 * The name of the named schema `schema` only refers to (`{$ref: "#/components/schemas/Pet"}`:
 * "Pet"), if it is one: not a place inside a named schema, nor one of another file.
 */
function namedSchemaReferredTo(schema: JsonValue, schemasAt: readonly string[]): string | undefined {
  if (!isObject(schema) || !isOnlyRef(schema)) return undefined;
  const [file, fragment] = splitFragment(schema.$ref as string);
  const tokens = file === "" ? pointerTokens(fragment) : undefined;
  if (tokens === undefined || tokens.length !== schemasAt.length + 1 || schemasAt.some((token, index) => tokens[index] !== token)) return undefined;
  return tokens.at(-1);
}

/**
 * Swagger 2.0: the `body` parameter's `schema`, and each response's; the document's own `parameters`
 * and `responses` are shared. A response of `type: file` is a download, no JSON value (and `file` no
 * JSON type).
 */
function swaggerPayloads(document: JsonObject, found: FoundPayload): void {
  const ofBodyParameter = (parameter: JsonValue, name: string, pointer: string) => {
    if (isObject(parameter) && parameter.in === "body") found(name, childPointer(pointer, "schema"), parameter.schema ?? {});
  };
  const ofResponse = (response: JsonValue, name: string, pointer: string) => {
    if (isObject(response) && response.schema !== undefined && !(isObject(response.schema) && response.schema.type === "file")) found(name, childPointer(pointer, "schema"), response.schema);
  };
  forEachOperation(document, (operation, name, pointer) => {
    const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
    parameters.forEach((parameter, index) => ofBodyParameter(parameter, `${name} request body`, childPointer(pointer, "parameters", String(index))));
    for (const [status, response] of objectEntries(operation.responses)) ofResponse(response, `${name} response ${status}`, childPointer(pointer, "responses", status));
  });
  for (const [name, parameter] of objectEntries(document.parameters)) ofBodyParameter(parameter, `${name} request body`, childPointer("", "parameters", name));
  for (const [name, response] of objectEntries(document.responses)) ofResponse(response, `${name} response`, childPointer("", "responses", name));
}

/**
 * Swagger 2.0 writes a response's examples by media type (`examples: {"application/json": {…}}`),
 * each a value of the response's `schema`; the document's own `responses` are shared. A JSON media
 * type's only (another's is the text on the wire).
 */
function swaggerExamples(document: JsonObject, found: FoundExamples): void {
  const ofResponse = (response: JsonValue, pointer: string) => {
    if (!isObject(response) || response.$ref !== undefined) return;
    for (const [mediaType, value] of objectEntries(response.examples)) {
      const at = childPointer(pointer, "examples", mediaType);
      if (!JSON_MEDIA_TYPE.test(mediaType)) found.notJudged(at, NOT_JUDGED.notJson);
      else if (response.schema === undefined) found.notJudged(at, NOT_JUDGED.noSchema);
      else found.found(at, value, response.schema, childPointer(pointer, "schema"));
    }
  };
  forEachOperation(document, (operation, _name, pointer) => {
    for (const [status, response] of objectEntries(operation.responses)) ofResponse(response, childPointer(pointer, "responses", status));
  });
  for (const [name, response] of objectEntries(document.responses)) ofResponse(response, childPointer("", "responses", name));
}

// AsyncAPI: each message's payload and headers, named `<message> payload` and `<message> headers`.

/**
 * A `schemaFormat` whose schema is AsyncAPI's Schema Object or JSON Schema (absent: AsyncAPI's). Any
 * other (Avro, RAML, Protobuf) is no JSON Schema, and its message is not read.
 */
const JSON_SCHEMA_FORMAT = /^application\/(?:vnd\.aai\.asyncapi(?:\+json|\+yaml)?|schema\+json|schema\+yaml)\s*(?:;|$)/i;

/** A message's payload's or headers' schema and its pointer, when of a format read as JSON Schema; else why not. */
type MessageSchema = { readonly schema: JsonValue; readonly pointer: string } | { readonly reason: keyof typeof NOT_JUDGED } | undefined;

/**
 * A message's payload or headers (an object of the application's header values), when it is a schema
 * of a format read as JSON Schema: 3.x may wrap either as `{schemaFormat, schema}`; a message's own
 * `schemaFormat` is its payload's. Undefined where the message has none.
 */
function messageSchema(message: JsonObject, pointer: string, role: "payload" | "headers"): MessageSchema {
  const formatOf = (format: JsonValue | undefined) => format === undefined || (typeof format === "string" && JSON_SCHEMA_FORMAT.test(format));
  const schema = message[role];
  if (schema === undefined) return undefined;
  if (!formatOf(role === "payload" ? message.schemaFormat : undefined)) return { reason: "notJsonSchema" };
  if (isObject(schema) && typeof schema.schemaFormat === "string" && isObject(schema.schema)) {
    return formatOf(schema.schemaFormat) ? { schema: schema.schema, pointer: childPointer(pointer, role, "schema") } : { reason: "notJsonSchema" };
  }
  return { schema, pointer: childPointer(pointer, role) };
}

const MESSAGE_ROLES = ["payload", "headers"] as const;

/** A message's payload and headers, typed as its payload is (`UserSignedUpPayload`, `UserSignedUpHeaders`). */
function messageSchemas(message: JsonObject, pointer: string, name: string, found: FoundPayload): void {
  for (const role of MESSAGE_ROLES) {
    const read = messageSchema(message, pointer, role);
    if (read !== undefined && "schema" in read) found(`${name} ${role}`, read.pointer, read.schema);
  }
}

/**
 * A message's `examples` (each an object of a `payload` and `headers` value, and a name), each value
 * judged against its schema where the message has one of a format read as JSON Schema.
 */
function messageExamples(message: JsonObject, pointer: string, found: FoundExamples): void {
  if (!Array.isArray(message.examples)) return;
  message.examples.forEach((example, index) => {
    if (!isObject(example)) return;
    for (const role of MESSAGE_ROLES) {
      if (!Object.hasOwn(example, role)) continue;
      const at = childPointer(pointer, "examples", String(index), role);
      const read = messageSchema(message, pointer, role);
      if (read === undefined) found.notJudged(at, NOT_JUDGED.noSchema);
      else if ("reason" in read) found.notJudged(at, NOT_JUDGED[read.reason]);
      else found.found(at, example[role]!, read.schema, read.pointer);
    }
  });
}

/** Visits one message of the document: where it is written, and the name its payload and headers take. */
type MessageVisit = (message: JsonObject, pointer: string, name: string) => void;

/**
 * AsyncAPI 2: a channel's `publish` and `subscribe` carry a message, or `oneOf` several; it is named
 * by its `name`, else its `messageId`, else its operation's (the channel and action when that has no
 * `operationId`). `components/messages` are named by their keys. A message that is a `$ref` is read
 * where it is written.
 */
function forEachAsyncApi2Message(document: JsonObject, visit: MessageVisit): void {
  for (const [channel, item] of objectEntries(document.channels)) {
    if (!isObject(item)) continue;
    for (const action of ["publish", "subscribe"] as const) {
      const operation = item[action];
      if (!isObject(operation) || !isObject(operation.message)) continue;
      const operationName = typeof operation.operationId === "string" ? operation.operationId : `${channel} ${action}`;
      const pointer = childPointer("", "channels", channel, action, "message");
      const messages = Array.isArray(operation.message.oneOf) ? operation.message.oneOf.map((message, index) => [message, childPointer(pointer, "oneOf", String(index)), `${operationName} message ${index + 1}`] as const) : [[operation.message, pointer, `${operationName} message`] as const];
      for (const [message, at, fallbackName] of messages) {
        if (!isObject(message)) continue;
        visit(message, at, typeof message.name === "string" ? message.name : typeof message.messageId === "string" ? message.messageId : fallbackName);
      }
    }
  }
  forEachComponentMessage(document, visit);
}

/** AsyncAPI 3: a channel's `messages` by their ids (the keys), and `components/messages`. */
function forEachAsyncApi3Message(document: JsonObject, visit: MessageVisit): void {
  for (const [channel, item] of objectEntries(document.channels)) {
    if (!isObject(item)) continue;
    for (const [key, message] of objectEntries(item.messages)) if (isObject(message)) visit(message, childPointer("", "channels", channel, "messages", key), key);
  }
  forEachComponentMessage(document, visit);
}

function forEachComponentMessage(document: JsonObject, visit: MessageVisit): void {
  const components = isObject(document.components) ? document.components : {};
  for (const [key, message] of objectEntries(components.messages)) if (isObject(message)) visit(message, childPointer("", "components", "messages", key), key);
}

function asyncApi2Payloads(document: JsonObject, found: FoundPayload): void {
  forEachAsyncApi2Message(document, (message, pointer, name) => messageSchemas(message, pointer, name, found));
}

function asyncApi3Payloads(document: JsonObject, found: FoundPayload): void {
  forEachAsyncApi3Message(document, (message, pointer, name) => messageSchemas(message, pointer, name, found));
}

function asyncApi2Examples(document: JsonObject, found: FoundExamples): void {
  forEachAsyncApi2Message(document, (message, pointer) => messageExamples(message, pointer, found));
}

function asyncApi3Examples(document: JsonObject, found: FoundExamples): void {
  forEachAsyncApi3Message(document, (message, pointer) => messageExamples(message, pointer, found));
}

// OpenRPC (a JSON-RPC API: the Ethereum execution APIs, Polkadot's): each method's params and result
// are Content Descriptors (a name and the `schema` of its value), written in the method or as a `$ref`
// to `components/contentDescriptors`; a method's examples pair values with them.

/**
 * An object as written, or the one of this document its `$ref` names, with its own pointer (a Content
 * Descriptor of `components/contentDescriptors`, an Example Pairing of `components/examplePairings`);
 * undefined for anything else.
 */
function writtenOrReferredTo(document: JsonObject, written: JsonValue | undefined, pointer: string): { readonly object: JsonObject; readonly pointer: string } | undefined {
  if (!isObject(written)) return undefined;
  if (typeof written.$ref !== "string") return { object: written, pointer };
  const [file, fragment] = splitFragment(written.$ref);
  const tokens = file === "" ? pointerTokens(fragment) : undefined;
  const found = tokens === undefined ? undefined : valueAt(document, tokens);
  return isObject(found) && typeof found.$ref !== "string" ? { object: found, pointer: childPointer("", ...tokens!) } : undefined;
}

/** Each method written in `methods` (a `$ref` to one is not followed), its name (`name`, else its place), and its params and result as Content Descriptors. */
function forEachMethod(document: JsonObject, visit: (method: JsonObject, name: string, pointer: string) => void): void {
  if (!Array.isArray(document.methods)) return;
  document.methods.forEach((method, index) => {
    if (!isObject(method) || typeof method.$ref === "string") return;
    visit(method, typeof method.name === "string" && method.name.trim() !== "" ? method.name : `method ${index + 1}`, childPointer("", "methods", String(index)));
  });
}

/** A method's params (each with its name and place), in order, and its result: the Content Descriptors they are. */
function methodDescriptors(document: JsonObject, method: JsonObject, pointer: string) {
  const params = (Array.isArray(method.params) ? method.params : []).map((param, index) => writtenOrReferredTo(document, param, childPointer(pointer, "params", String(index))));
  return { params, result: writtenOrReferredTo(document, method.result, childPointer(pointer, "result")) };
}

/**
 * OpenRPC: each method's params, `<method> param <name>` (`EthGetBalanceParamAddress`), and its result,
 * `<method> result`; a descriptor of `components/contentDescriptors` by its key. A descriptor a method
 * refers to is read once, where it is written.
 */
function openRpcPayloads(document: JsonObject, found: FoundPayload): void {
  const ofDescriptor = (written: JsonValue | undefined, name: string, pointer: string) => {
    if (isObject(written) && typeof written.$ref !== "string" && written.schema !== undefined) found(name, childPointer(pointer, "schema"), written.schema);
  };
  forEachMethod(document, (method, name, pointer) => {
    const params = Array.isArray(method.params) ? method.params : [];
    params.forEach((param, index) => ofDescriptor(param, `${name} param ${isObject(param) && typeof param.name === "string" ? param.name : index + 1}`, childPointer(pointer, "params", String(index))));
    ofDescriptor(method.result, `${name} result`, childPointer(pointer, "result"));
  });
  const components = isObject(document.components) ? document.components : {};
  for (const [key, descriptor] of objectEntries(components.contentDescriptors)) ofDescriptor(descriptor, key, childPointer("", "components", "contentDescriptors", key));
}

/**
 * OpenRPC's examples: a method's Example Pairings, each a `params` list of Example Objects (the
 * method's params' values, in their order) and a `result` one, each its `value` or a `$ref` to one in
 * `components/examples`; a Pairing may itself be a `$ref` to `components/examplePairings`.
 */
function openRpcExamples(document: JsonObject, found: FoundExamples): void {
  const judge = (written: JsonValue, at: string, descriptor: ReturnType<typeof writtenOrReferredTo>) => {
    const example = exampleValue(document, written);
    const schema = descriptor?.object.schema;
    if ("reason" in example) found.notJudged(at, example.reason);
    else if (schema === undefined) found.notJudged(at, NOT_JUDGED.noSchema);
    else {
      const schemaPointer = childPointer(descriptor!.pointer, "schema");
      if (example.referredTo === undefined) found.found(childPointer(at, "value"), example.value, schema, schemaPointer);
      else found.found(at, example.value, schema, schemaPointer, example.referredTo);
    }
  };
  forEachMethod(document, (method, _name, pointer) => {
    if (!Array.isArray(method.examples)) return;
    const descriptors = methodDescriptors(document, method, pointer);
    method.examples.forEach((written, index) => {
      const pairing = writtenOrReferredTo(document, written, childPointer(pointer, "examples", String(index)));
      if (pairing === undefined) return;
      const { object: values, pointer: at } = pairing;
      if (Array.isArray(values.params)) values.params.forEach((param, position) => judge(param, childPointer(at, "params", String(position)), descriptors.params[position]));
      if (values.result !== undefined) judge(values.result, childPointer(at, "result"), descriptors.result);
    });
  });
}

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const isOnlyRef = (schema: JsonObject) => typeof schema.$ref === "string" && Object.keys(schema).every((key) => key === "$ref" || key === "description" || key === "summary");
/** The members of `value` when it is an object, else none. */
const objectEntries = (value: JsonValue | undefined): [string, JsonValue][] => (isObject(value) ? Object.entries(value) : []);

/**
 * A Discriminator Object whose `mapping` refers to named schemas by reference (`dog:
 * "#/components/schemas/Dog"`), each moved as `$ref`s are; undefined where none needs it. A mapping
 * value may also be a schema's name, which stays. Left as written, the json-schema target's document
 * mapped to places it does not have (found by a sweep of OpenAPI documents).
 */
function discriminatorWithMappingMoved(discriminator: JsonValue | undefined, refs: { readonly from: string; readonly to: string }): JsonObject | undefined {
  if (!isObject(discriminator) || !isObject(discriminator.mapping)) return undefined;
  const mapping = discriminator.mapping;
  if (!Object.values(mapping).some((target) => typeof target === "string" && target.startsWith(refs.from))) return undefined;
  const moved: JsonObject = {};
  for (const [value, target] of Object.entries(mapping)) setOwn(moved, value, typeof target === "string" && target.startsWith(refs.from) ? `${refs.to}${target.slice(refs.from.length)}` : target);
  return { ...discriminator, mapping: moved };
}

/**
 * The Specification Extensions (`x-…`) of a Schema Object whose values hold references to named schemas
 * (Stripe's expandable fields: `x-expansionResources: {oneOf: [{$ref: "#/components/schemas/file"}]}`),
 * each moved as `$ref`s are; undefined where none needs it. An extension is kept as an annotation: left
 * as written, the json-schema target's document referred to places it does not have, and a tool that
 * follows every `$ref` of a document (fastjsonschema, for its messages) refused it (found by sweep AD).
 */
function extensionsWithReferencesMoved(schema: JsonObject, refs: { readonly from: string; readonly to: string }): JsonObject | undefined {
  let moved: JsonObject | undefined;
  for (const [keyword, value] of Object.entries(schema)) {
    if (!keyword.startsWith("x-")) continue;
    const edited = withReferencesMoved(value, refs);
    if (edited !== value) setOwn((moved ??= {}), keyword, edited);
  }
  return moved;
}

/** `value` with each `$ref` inside it, at any depth, that starts with `refs.from` starting with `refs.to` instead (a copy where one moves). */
function withReferencesMoved(value: JsonValue, refs: { readonly from: string; readonly to: string }): JsonValue {
  if (Array.isArray(value)) {
    const items = value.map((item) => withReferencesMoved(item, refs));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isObject(value)) return value;
  let out: JsonObject | undefined;
  for (const [key, child] of Object.entries(value)) {
    const edited = key === "$ref" && typeof child === "string" && child.startsWith(refs.from) ? `${refs.to}${child.slice(refs.from.length)}` : withReferencesMoved(child, refs);
    if (edited !== child) setOwn((out ??= { ...value }), key, edited);
  }
  return out ?? value;
}

/** How asJsonSchema rewrites a Schema Object of the layout. */
interface SchemaObjectReading {
  /** The layout's own spellings, rewritten first (ApiLayout.ownSpellings). */
  readonly ownSpellings: ApiLayout["ownSpellings"];
  /** The pointer prefix of the file's named schemas, and the definitions' it becomes; undefined where they are one. */
  readonly refs: { readonly from: string; readonly to: string } | undefined;
  /** Where the layout writes one `example`: each schema whose `example` is read as `examples: [example]` is added to it. */
  readonly singleExample: Set<JsonObject> | undefined;
  /** Exclusive bounds in another version's form, read `into` the document's dialect: each schema so rewritten, with what was read. */
  readonly boundsRead: (ApiLayout["boundsCarriedOverFrom"] & { readonly into: Dialect; readonly read: Map<JsonObject, string> }) | undefined;
}

/**
 * A Schema Object of the description as the JSON Schema it means (copied where it changes): each
 * `$ref` that starts with `refs.from` starting with `refs.to` instead, and, where `singleExample`, an
 * `example` beside no `examples` written as `examples: [example]`.
 */
function asJsonSchema(schema: JsonValue, { ownSpellings, refs, singleExample, boundsRead }: SchemaObjectReading): JsonValue {
  if (ownSpellings === undefined && refs === undefined && !singleExample && boundsRead === undefined) return schema;
  return editSchemas(schema, (written) => {
    const spelled = ownSpellings?.(written);
    const each = spelled ?? written;
    let out: JsonObject | undefined = spelled;
    let exampleWrittenSingly = false;
    if (refs !== undefined && typeof each.$ref === "string" && each.$ref.startsWith(refs.from)) out = { ...each, $ref: `${refs.to}${each.$ref.slice(refs.from.length)}` };
    const discriminator = refs === undefined ? undefined : discriminatorWithMappingMoved(each.discriminator, refs);
    if (discriminator !== undefined) out = { ...(out ?? each), discriminator };
    const extensions = refs === undefined ? undefined : extensionsWithReferencesMoved(each, refs);
    if (extensions !== undefined) out = { ...(out ?? each), ...extensions };
    if (singleExample !== undefined && Object.hasOwn(each, "example") && !Object.hasOwn(each, "examples")) {
      out = { ...(out ?? each), examples: [each.example!] };
      delete out.example;
      exampleWrittenSingly = true;
    }
    if (boundsRead !== undefined && writesExclusiveBoundOf(each, boundsRead.dialect)) {
      const written = out ?? each;
      out = convertBounds(written, boundsRead.dialect, boundsRead.into);
      boundsRead.read.set(out, `bounds written as ${boundsRead.version} writes them (${boundsSpelled(written)}), a form this version's dialect gives no meaning to: read as ${boundsRead.version} means them (${boundsSpelled(out) || "no bound"})`);
    }
    if (exampleWrittenSingly) singleExample!.add(out!);
    return out;
  });
}

/** `schema`'s bounds as written (`minimum: 0, exclusiveMinimum: true`), for a message. */
function boundsSpelled(schema: JsonObject): string {
  return EXCLUSIVE_BOUND_KEYWORDS.filter((keyword) => Object.hasOwn(schema, keyword))
    .map((keyword) => `\`${keyword}: ${JSON.stringify(schema[keyword])}\``)
    .join(", ");
}

/** The pointer of each schema of `document` that `schemas` holds, with the schema, in the document's order. */
function placesOf(schemas: { has(schema: JsonObject): boolean; readonly size: number }, document: JsonObject, dialect: Dialect): [string, JsonObject][] {
  if (schemas.size === 0) return [];
  // A named place is no schema of the document's walk: each is walked from where it sits.
  const walks: [Tokens, JsonValue][] = [[[], document], ...objectEntries(document[NAMED_PLACES_KEYWORD]).map(([name, place]): [Tokens, JsonValue] => [[NAMED_PLACES_KEYWORD, name], place])];
  return walks.flatMap(([at, walked]) => documentSchemas(walked, dialect).flatMap(([tokens, schema]): [string, JsonObject][] => (schemas.has(schema) ? [[childPointer("", ...at, ...tokens), schema]] : [])));
}
