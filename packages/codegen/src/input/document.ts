// A JSON Schema document as the model builder receives it, whatever it was made from.
import { CodegenError } from "../errors.ts";
import type { SourceDocument } from "../model/types.ts";
import { NO_LONG_INTEGERS, type LongIntegers } from "../json/integerSpellings.ts";
import type { JsonValue } from "../json/types.ts";
import { checkKeywordValues } from "../jsonSchema/keywordValues.ts";
import type { Dialect } from "../jsonSchema/vocabulary.ts";
import { declaresDraft03, inDraft03File, readDraft03 } from "./draft03.ts";

export type { SourceDocument };

/** What reading a file as an API description (input/apiDescription.ts) keeps beside the JSON Schema document it makes of it. */
export type ApiDescriptionReadings = Pick<SourceDocument, "definitionsInFile" | "examplesBesideSchemas" | "keywordsReadAsMeant" | "examplesWrittenSingly">;

/** What reading a draft-03 file as draft-04 (input/draft03.ts) keeps beside the document it makes of it. */
export type Draft03Readings = Pick<SourceDocument, "keywordsReadAsMeant" | "readFromDraft03">;

/** Each dialect by the `$schema` URIs that declare it (draft-05 was an editorial release of draft-04). */
const DIALECTS: readonly [RegExp, Dialect][] = [
  [/json-schema\.org\/draft-0[45]\/schema/, "draft-04"],
  [/json-schema\.org\/draft-06\/schema/, "draft-06"],
  [/json-schema\.org\/draft-07\/schema/, "draft-07"],
  [/json-schema\.org\/draft\/2019-09\/schema/, "2019-09"],
  [/json-schema\.org\/draft\/2020-12\/schema/, "2020-12"],
];

/**
 * The dialect a document declares with `$schema`. Undeclared means draft-07 (readInItsDialect says when
 * it is draft-04's); a meta-schema of its own
 * (an OpenAPI dialect, a vendor's) is read as 2020-12 when the document uses `$defs`, else as draft-07.
 * Draft-03 is read as draft-04 before this is asked (readInItsDialect); earlier drafts are refused.
 */
export function dialectOf(document: { readonly [key: string]: JsonValue }, location: string): Dialect {
  const declared = document.$schema;
  if (declared !== undefined && typeof declared !== "string") throw new CodegenError("/$schema", "must be a string", location);
  if (declared === undefined) return "draft-07";
  const known = DIALECTS.find(([uri]) => uri.test(declared))?.[1];
  if (known) return known;
  if (/json-schema\.org\/draft-0[0-3]\/schema/.test(declared)) {
    throw new CodegenError("/$schema", `unsupported dialect "${declared}" (draft-03 to draft-07, 2019-09 and 2020-12 are supported)`, location);
  }
  return "$defs" in document ? "2020-12" : "draft-07";
}

/** What a document declaring draft-04 writes as its `$schema`. */
export const DRAFT_04_SCHEMA = "http://json-schema.org/draft-04/schema#";

/** A document and the dialect it is read in (readInItsDialect). */
export interface DocumentInItsDialect {
  readonly document: { [key: string]: JsonValue };
  readonly dialect: Dialect;
  /** Where the document declares draft-03: what its reading as draft-04 kept. */
  readonly draft03?: Draft03Readings;
}

/**
 * `document` with its dialect, every validating keyword's value checked in it (checkKeywordValues):
 * the one `declaredBy` (the document itself, or what stands for it) declares. A document that declares
 * none is draft-07's, or, where draft-07 refuses a value of it that draft-04 gives a meaning to,
 * draft-04's, the one dialect its author can have meant, and it then says so (`$schema`), so that
 * every output and every runtime given it reads it so. Such a document writes an exclusive bound as
 * draft-04's boolean beside the bound (an OpenAPI 3.0 schema written out alone: zod's
 * `target: "openapi-3.0"`, Swagger-era files), which no later draft reads. Where draft-04 refuses it
 * too, the refusal is draft-07's. A document declaring draft-03 is read as the draft-04 document that
 * judges every value as it does (readDraft03), and declares draft-04.
 */
export function readInItsDialect(document: { [key: string]: JsonValue }, location: string, declaredBy: { readonly [key: string]: JsonValue } = document): DocumentInItsDialect {
  if (declaresDraft03(declaredBy)) return readFromDraft03(document, location);
  const dialect = dialectOf(declaredBy, location);
  try {
    checkKeywordValues(document, dialect, location);
    return { document, dialect };
  } catch (refused) {
    if (declaredBy.$schema !== undefined) throw refused;
    try {
      checkKeywordValues(document, "draft-04", location);
    } catch {
      throw refused;
    }
    return { document: { $schema: DRAFT_04_SCHEMA, ...document }, dialect: "draft-04" };
  }
}

/** A draft-03 document read as draft-04 (readDraft03), its keyword values checked there, a refusal naming the file's places. */
function readFromDraft03(document: { [key: string]: JsonValue }, location: string): DocumentInItsDialect {
  const { document: read, placesAsWritten, keywordsReadAsMeant } = readDraft03(document);
  const declared = { $schema: DRAFT_04_SCHEMA, ...read };
  try {
    checkKeywordValues(declared, "draft-04", location);
  } catch (refused) {
    throw inDraft03File(refused, { placesAsWritten });
  }
  return { document: declared, dialect: "draft-04", draft03: { readFromDraft03: { placesAsWritten }, ...(keywordsReadAsMeant.length > 0 ? { keywordsReadAsMeant } : {}) } };
}

/**
 * Checks the document (its outer shape, and every validating keyword's value: readInItsDialect) and
 * records its dialect and where its definitions are.
 */
export function toSourceDocument(json: unknown, location: string): SourceDocument {
  const { document, dialect, draft03 } = readInItsDialect(expectDocumentObject(json, location), location);
  return sourceDocumentOf(document, dialect, location, undefined, draft03);
}

/**
 * The SourceDocument of a document whose keyword values are already checked: readSchemaFile checks
 * each file on its own, so a refusal names the file and the pointer where the value is written, not
 * its place in the bundle. `longIntegers`: those of the text it was read from (longIntegersOf).
 */
export function sourceDocumentOf(
  document: { [key: string]: JsonValue },
  dialect: Dialect,
  location: string,
  longIntegers: LongIntegers = NO_LONG_INTEGERS,
  { definitionsInFile, examplesBesideSchemas, keywordsReadAsMeant, examplesWrittenSingly, readFromDraft03 }: ApiDescriptionReadings & Draft03Readings = {},
): SourceDocument {
  // Both containers at once: the larger one holds the named definitions; a schema in the other is
  // still reachable by `$ref` (it becomes a type named where it is first used).
  const count = (key: string) => Object.keys((document[key] ?? {}) as object).length;
  const definitionsKey = "$defs" in document && (!("definitions" in document) || count("$defs") > count("definitions")) ? "$defs" : "definitions";
  const definitions = document[definitionsKey];
  if (definitions !== undefined && (typeof definitions !== "object" || definitions === null || Array.isArray(definitions))) {
    throw new CodegenError(`/${definitionsKey}`, "must be an object of named schemas", location);
  }
  return {
    location,
    dialect,
    definitionsKey,
    document,
    integerSpellings: longIntegers.spellings,
    integersRoundedTogether: longIntegers.roundedTogether,
    ...(definitionsInFile !== undefined ? { definitionsInFile } : {}),
    ...(examplesBesideSchemas !== undefined ? { examplesBesideSchemas } : {}),
    ...(keywordsReadAsMeant !== undefined ? { keywordsReadAsMeant } : {}),
    ...(examplesWrittenSingly !== undefined ? { examplesWrittenSingly } : {}),
    ...(readFromDraft03 !== undefined ? { readFromDraft03 } : {}),
  };
}

export function expectDocumentObject(json: unknown, location: string): { [key: string]: JsonValue } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new CodegenError("", "a JSON Schema document must be a JSON object", location);
  }
  return json as { [key: string]: JsonValue };
}
