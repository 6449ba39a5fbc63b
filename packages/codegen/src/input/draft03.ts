// A draft-03 document (draft-zyp-json-schema-03) read as the draft-04 document that judges every value
// as it does, once, as the file is read: every step after this one (the keyword checks, the model,
// every target, the conformance run) meets draft-04 only. Draft-03 differs from draft-04 in a small,
// closed set of keywords, each read here (DRAFT_03_READINGS):
// - `required: true` on a property schema: the object holding the property lists its name in `required`;
//   `required: false` (its default) says nothing;
// - `extends` (a schema or a list of them, all of which apply): `allOf`;
// - `disallow` (a type name, a schema, or a list of them, none of which may match): `not` (of an `anyOf`);
// - `divisibleBy`: `multipleOf`;
// - `type` as a list mixing type names and schemas (a value matching any of them), and `"any"`: an
//   `anyOf` of the names' `type` and the schemas; `"any"` is no `type` at all;
// - `dependencies` whose value is one property name: a list of that name;
// - the formats draft-03 names that draft-04 spells or means otherwise (DRAFT_03_FORMATS).
// `$ref`, `id`, boolean `exclusiveMinimum` / `exclusiveMaximum`, `additionalItems` and tuple `items`
// are draft-04's already. A keyword only later drafts define (`allOf`, `multipleOf`, a `required`
// list, `const`) rules nothing in draft-03 (Python's jsonschema Draft3Validator ignores it): it is
// dropped, and gen says so at it.
//
// Where the reading moves a schema (`extends/0` is `allOf/0`), it keeps the pair of places
// (PlaceAsWritten), so that every message names the place as the file writes it (pointerInFile).
import { childPointer, CodegenError } from "../errors.ts";
import { isJsonObject } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { placeAsWritten } from "../model/schemaModel.ts";
import type { KeywordWithoutEffect, PlaceAsWritten } from "../model/types.ts";
import { validationKeywords } from "../jsonSchema/vocabulary.ts";

type SchemaObject = { [key: string]: JsonValue };
type Tokens = readonly (string | number)[];

/** What a document declaring draft-03 writes as its `$schema`. */
export const DRAFT_03_SCHEMA = "http://json-schema.org/draft-03/schema#";

/** The `$schema` URIs that declare draft-03 (with or without the `#`). */
const DRAFT_03_URI = /json-schema\.org\/draft-03\/schema/;

/** Whether `document` declares draft-03 with its `$schema`. */
export function declaresDraft03(document: { readonly [key: string]: JsonValue }): boolean {
  return typeof document.$schema === "string" && DRAFT_03_URI.test(document.$schema);
}

/** A draft-03 document as draft-04 reads it (readDraft03). */
export interface Draft03Reading {
  readonly document: SchemaObject;
  /** The places the reading moved, each once (a place below one of them is moved with it). */
  readonly placesAsWritten: readonly PlaceAsWritten[];
  /** The keywords the reading dropped as ruling nothing in draft-03, at their places in the file. */
  readonly keywordsReadAsMeant: readonly KeywordWithoutEffect[];
}

/**
 * The formats draft-03 names that draft-04 means otherwise: `host-name` and `ip-address` are draft-04's
 * `hostname` and `ipv4`; draft-03's `time` is `hh:mm:ss` (no fraction, no offset: section 5.23), which
 * no later draft's `time` is (RFC 3339's asks for an offset), so it is read as that pattern. The others
 * (`date`, `date-time`, `uri`, `email`, `regex`) are draft-04's too, and those no later draft names
 * (`utc-millisec`, `color`, `style`, `phone`) stay annotations.
 */
const DRAFT_03_FORMATS: Readonly<Record<string, { readonly format: string } | { readonly rule: SchemaObject }>> = {
  "host-name": { format: "hostname" },
  "ip-address": { format: "ipv4" },
  time: { rule: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$" } },
};

/** The keywords draft-03 defines as validating (section 5); every other keyword a later draft validates with rules nothing here. */
const DRAFT_03_KEYWORDS: ReadonlySet<string> = new Set([
  "$ref", "type", "properties", "patternProperties", "additionalProperties", "items", "additionalItems", "required", "dependencies",
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "pattern", "minLength",
  "maxLength", "enum", "format", "divisibleBy", "disallow", "extends",
]);

/** One schema of the draft-04 reading and the place in the file it stands for. */
interface ReadPart {
  readonly schema: JsonValue;
  readonly written: Tokens;
  /** A part made of type names alone (`{type: names}`), not a schema the file writes. */
  readonly names?: true;
}

/** A schema being read: what reading each of its keywords writes into the draft-04 schema. */
interface SchemaBeingRead {
  readonly out: SchemaObject;
  /** The schema's place in the file. */
  readonly written: Tokens;
  /** The schema's place in the document as read. */
  readonly readAt: Tokens;
  /** Schemas every value must match (`extends`, a format read as a rule): the `allOf`. */
  readonly allOf: ReadPart[];
  /** Schemas one of which a value must match (a `type` list of schemas): the `anyOf`. */
  readonly anyOf: ReadPart[];
  /** Whether the schema is a property's (`properties/<name>`), where `required` is read by the object. */
  readonly isProperty: boolean;
}
type KeywordReading = (value: JsonValue, keyword: string, schema: SchemaBeingRead, reader: Draft03Reader) => void;


/** A map of schemas (`properties`, `patternProperties`, `definitions`), each read in place. */
const schemaMap: KeywordReading = (value, keyword, schema, reader) => {
  const place = (tokens: Tokens, name: string) => [...tokens, keyword, name];
  schema.out[keyword] = isJsonObject(value)
    ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, reader.read(child, place(schema.written, name), place(schema.readAt, name), keyword === "properties")]))
    : value;
};

/** One schema, or a list of them (`items`), each read in place. */
const schemaOrList: KeywordReading = (value, keyword, schema, reader) => {
  const place = (tokens: Tokens, index?: number) => (index === undefined ? [...tokens, keyword] : [...tokens, keyword, index]);
  schema.out[keyword] = Array.isArray(value)
    ? value.map((child, index) => reader.read(child, place(schema.written, index), place(schema.readAt, index)))
    : reader.read(value, place(schema.written), place(schema.readAt));
};

/** The entries of a `type`, `disallow` or `extends` value at `written`: one of them, or each of a list. */
function entriesOf(value: JsonValue, written: Tokens): ReadPart[] {
  return Array.isArray(value) ? value.map((entry, index) => ({ schema: entry, written: [...written, index] })) : [{ schema: value, written }];
}

/**
 * The alternatives of a `type` or `disallow` value (type names and draft-03 schemas) as draft-04
 * schemas still to be read, one of which a value matches: the names as one `{type: names}` (at the place
 * of the first), each schema as it is. Undefined when `"any"` is among them: every value matches.
 */
function typeAlternatives(value: JsonValue, written: Tokens): ReadPart[] | undefined {
  const entries = entriesOf(value, written);
  if (entries.some(({ schema }) => schema === "any")) return undefined;
  const names = entries.filter(({ schema }) => typeof schema === "string");
  const schemas = entries.filter(({ schema }) => typeof schema !== "string");
  const named: ReadPart[] = names.length === 0 ? [] : [{ schema: { type: names.length === 1 ? names[0]!.schema : names.map(({ schema }) => schema) }, written: names[0]!.written, names: true }];
  return [...named, ...schemas];
}

/** How each keyword draft-03 reads otherwise than draft-04 is read, and each holding schemas (read in turn). */
const DRAFT_03_READINGS: Readonly<Record<string, KeywordReading>> = {
  properties: (value, keyword, schema, reader) => {
    schemaMap(value, keyword, schema, reader);
    if (!isJsonObject(value)) return;
    // A property that says `required: true` is a key its object requires.
    const required = Object.keys(value).filter((name) => isJsonObject(value[name]) && (value[name] as SchemaObject).required === true);
    if (required.length === 0) return;
    schema.out.required = required;
    required.forEach((name, index) => reader.moved([...schema.readAt, "required", index], [...schema.written, keyword, name, "required"]));
  },
  patternProperties: schemaMap,
  definitions: schemaMap,
  additionalProperties: schemaOrList,
  additionalItems: schemaOrList,
  items: schemaOrList,
  required: (value, keyword, schema, reader) => {
    if (value === false || (value === true && schema.isProperty)) return;
    reader.dropped(
      [...schema.written, keyword],
      value === true
        ? "`required: true` is draft-03's word that an object's property must be there, written on the property's schema in `properties`; here it is on no property, and rules nothing"
        : "`required` is draft-03's boolean on a property's schema (`required: true`); a list of names is draft-04's, and rules nothing in this draft-03 document",
    );
  },
  dependencies: (value, keyword, schema, reader) => {
    const place = (tokens: Tokens, name: string) => [...tokens, keyword, name];
    schema.out[keyword] = isJsonObject(value)
      ? Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, typeof entry === "string" ? [entry] : Array.isArray(entry) ? entry : reader.read(entry, place(schema.written, name), place(schema.readAt, name))]))
      : value;
  },
  extends: (value, keyword, schema, reader) => {
    for (const { schema: child, written } of entriesOf(value, [...schema.written, keyword])) {
      schema.allOf.push({ schema: reader.read(child, written, [...schema.readAt, "allOf", schema.allOf.length]), written });
    }
  },
  disallow: (value, keyword, schema, reader) => {
    const written = [...schema.written, keyword];
    const notAt = [...schema.readAt, "not"];
    const alternatives = typeAlternatives(value, written);
    if (alternatives?.length === 0) return; // `disallow: []` disallows nothing.
    reader.moved(notAt, alternatives?.length === 1 ? alternatives[0]!.written : written);
    if (alternatives === undefined) schema.out.not = {}; // `disallow: "any"`: no value is allowed.
    else if (alternatives.length === 1) schema.out.not = reader.read(alternatives[0]!.schema, alternatives[0]!.written, notAt);
    else schema.out.not = { anyOf: alternatives.map((part, index) => reader.read(part.schema, part.written, [...notAt, "anyOf", index])) };
  },
  // A reference into a place the reading moved (`#/properties/a/extends`) names it where it is read.
  $ref: (value, keyword, schema, reader) => {
    schema.out[keyword] = value;
    if (typeof value === "string" && value.startsWith("#/")) reader.localReferences.push(schema.out);
  },
  divisibleBy: (value, keyword, schema, reader) => {
    schema.out.multipleOf = value;
    reader.moved([...schema.readAt, "multipleOf"], [...schema.written, keyword]);
  },
  type: (value, keyword, schema, reader) => {
    const alternatives = typeAlternatives(value, [...schema.written, keyword]);
    if (alternatives === undefined) return;
    // `type: []` lists no type a value could be of: no value is valid (draft-04 refuses an empty list).
    if (alternatives.length === 0) schema.anyOf.push({ schema: { not: {} }, written: [...schema.written, keyword] });
    const [only] = alternatives;
    if (alternatives.length === 1 && only!.names) schema.out.type = (only!.schema as SchemaObject).type!;
    else for (const part of alternatives) schema.anyOf.push({ schema: reader.read(part.schema, part.written, [...schema.readAt, "anyOf", schema.anyOf.length]), written: part.written });
  },
  format: (value, keyword, schema) => {
    const reading = typeof value === "string" && Object.hasOwn(DRAFT_03_FORMATS, value) ? DRAFT_03_FORMATS[value]! : undefined;
    if (reading === undefined) schema.out[keyword] = value;
    else if ("format" in reading) schema.out[keyword] = reading.format;
    else schema.allOf.push({ schema: structuredClone(reading.rule), written: [...schema.written, keyword] });
  },
};

/** Reads a draft-03 document's schemas, noting the places it moves and the keywords it drops. */
class Draft03Reader {
  readonly placesAsWritten: PlaceAsWritten[] = [];
  readonly keywordsReadAsMeant: KeywordWithoutEffect[] = [];
  /** The schemas read whose `$ref` names a place of this document (`#/…`), to be named as read once every move is known. */
  readonly localReferences: SchemaObject[] = [];

  /** The schema at `written` in the file, which is at `readAt` in the document as read, as draft-04 reads it (a copy). */
  read(value: JsonValue, written: Tokens, readAt: Tokens, isProperty = false): JsonValue {
    if (!isJsonObject(value)) return value;
    const schema: SchemaBeingRead = { out: {}, written, readAt, allOf: [], anyOf: [], isProperty };
    for (const keyword of Object.keys(value)) {
      const reading = Object.hasOwn(DRAFT_03_READINGS, keyword) ? DRAFT_03_READINGS[keyword]! : undefined;
      if (reading !== undefined) reading(value[keyword]!, keyword, schema, this);
      else if (validationKeywords.includes(keyword) && !DRAFT_03_KEYWORDS.has(keyword)) this.dropped([...written, keyword], `\`${keyword}\` is a keyword of later drafts, not of this document's draft-03: it rules nothing here`);
      else schema.out[keyword] = value[keyword]!;
    }
    for (const keyword of ["allOf", "anyOf"] as const) {
      const parts = schema[keyword];
      if (parts.length === 0) continue;
      schema.out[keyword] = parts.map((part) => part.schema);
      parts.forEach((part, index) => this.moved([...readAt, keyword, index], part.written));
    }
    return schema.out;
  }

  /** `read` (a place of the document as read) is `written` in the file. */
  moved(read: Tokens, written: Tokens): void {
    const pointers = { read: childPointer("", ...read), written: childPointer("", ...written) };
    if (pointers.read !== pointers.written) this.placesAsWritten.push(pointers);
  }

  dropped(written: Tokens, reason: string): void {
    this.keywordsReadAsMeant.push({ pointer: childPointer("", ...written), reason, placedAsWritten: true });
  }
}

/**
 * `document`, which declares draft-03, as the draft-04 document that judges every value as it does
 * (see the head of this file), without its `$schema` (the reader declares draft-04: document.ts).
 */
export function readDraft03(document: SchemaObject): Draft03Reading {
  const reader = new Draft03Reader();
  const { $schema: _declared, ...read } = reader.read(document, [], []) as SchemaObject;
  for (const schema of reader.localReferences) schema.$ref = `#${placeAsRead((schema.$ref as string).slice(1), reader.placesAsWritten)}`;
  return {
    document: read,
    placesAsWritten: reader.placesAsWritten,
    keywordsReadAsMeant: reader.keywordsReadAsMeant,
  };
}

/** `pointer` (of the file) as the document as read has the place: the longest place the reading moved that holds it, respelled; unchanged where none does. */
function placeAsRead(pointer: string, places: readonly PlaceAsWritten[]): string {
  let best: PlaceAsWritten | undefined;
  for (const place of places) {
    const holds = pointer === place.written || pointer.startsWith(`${place.written}/`);
    if (holds && (best === undefined || place.written.length > best.written.length)) best = place;
  }
  return best === undefined ? pointer : `${best.read}${pointer.slice(best.written.length)}`;
}

/** A refusal of the document as read (its keyword values checked in draft-04) naming the places as the file writes them. */
export function inDraft03File(error: unknown, reading: Pick<Draft03Reading, "placesAsWritten">): unknown {
  return error instanceof CodegenError ? error.withPointersRespelled((pointer) => placeAsWritten(pointer, reading.placesAsWritten)) : error;
}
