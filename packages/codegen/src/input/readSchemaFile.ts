// Reads a JSON Schema file, and every local file its `$ref`s name, into one self-contained document
// (bundle.ts); a syntax error names the file, line and column.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CodegenError } from "../errors.ts";
import { longIntegerLiteralsOf, longIntegersOf } from "../json/integerSpellings.ts";
import { checkNestingDepth } from "../json/nestingDepth.ts";
import { lineAndColumn, syntaxErrorOffset } from "../json/syntaxError.ts";
import type { JsonValue } from "../json/types.ts";
import { bundledLocation, bundleReferences, type FileDocument } from "./bundle.ts";
import { pointerInFile } from "../model/schemaModel.ts";
import type { KeywordWithoutEffect } from "../model/types.ts";
import { dialectOf, expectDocumentObject, readInItsDialect, sourceDocumentOf, type DocumentInItsDialect, type SourceDocument } from "./document.ts";
import { apiDescriptionAsSchema, schemaObjectDialect } from "./apiDescription.ts";
import { DRAFT_03_SCHEMA } from "./draft03.ts";
import { isYamlFile, parseYamlText } from "./yamlText.ts";

/** `location` names the document in errors and generated headers (default: `path` as given). */
export function readSchemaFile(path: string, location: string = path): SourceDocument {
  const read: FileDocument[] = [];
  // A file a draft-03 input refers to that declares no dialect is draft-03's too, as every draft-03
  // validator reads it (Draft3Validator resolves a reference and goes on judging in draft-03): read
  // as draft-07, its `required: true` was refused. Other inputs' files keep the reading they have.
  let undeclaredIn: string | undefined;
  const readNoting = (file: string, named: string, isInput = false) => {
    const document = readFileDocument(file, named, isInput, undeclaredIn);
    read.push(document);
    return document;
  };
  const main = readNoting(path, location, true);
  if (main.draft03 !== undefined) undeclaredIn = DRAFT_03_SCHEMA;
  // Each file's keyword values were checked as it was read (readFileDocument).
  const { schema, refsReadByName, idsOfTwoFiles } = bundleReferences(main, readNoting);
  const readAsMeant = [...(main.apiDescription?.keywordsReadAsMeant ?? []), ...(main.draft03?.keywordsReadAsMeant ?? []), ...droppedInOtherFiles(main, read), ...refsReadByName, ...idsOfTwoFiles];
  const readings = { ...main.apiDescription, ...main.draft03, ...(readAsMeant.length > 0 ? { keywordsReadAsMeant: readAsMeant } : {}) };
  // The literals of every file read as one: two files may spell one double differently.
  const source = sourceDocumentOf(schema, main.dialect, location, longIntegersOf(read.flatMap((document) => document.longIntegerLiterals)), readings);
  const filesReadFromDraft03 = read.filter((document) => document !== main && document.draft03?.readFromDraft03 !== undefined).map((document) => [bundledLocation(document), document.draft03!.readFromDraft03!.placesAsWritten] as const);
  return filesReadFromDraft03.length === 0 ? source : { ...source, filesReadFromDraft03: Object.fromEntries(filesReadFromDraft03) };
}

/**
 * The keywords each other draft-03 file of the bundle drops as ruling nothing in draft-03 (input/draft03.ts),
 * each in its file: said of the input's only, a `multipleOf` in a file it refers to ruled nothing silently.
 */
function droppedInOtherFiles(main: FileDocument, read: readonly FileDocument[]): KeywordWithoutEffect[] {
  return read.filter((document) => document !== main).flatMap((document) => (document.draft03?.keywordsReadAsMeant ?? []).map((keyword) => ({ ...keyword, location: bundledLocation(document) })));
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * One file, parsed and checked. The input itself may be an API description (OpenAPI, AsyncAPI), read
 * as the JSON Schema document of its named schemas and payloads (apiDescriptionAsSchema); a file its
 * refs name is read as it is written, as those refs address it (`api.json#/components/schemas/Pet`).
 */
function readFileDocument(path: string, location: string, isInput: boolean, undeclaredIn?: string): FileDocument {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CodegenError("", `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, location);
  }
  const absolute = resolve(path);
  return { path: absolute, location, uri: pathToFileURL(absolute).href, ...documentOfText(text, path, location, isInput, undeclaredIn) };
}

/**
 * The text of the schema file at `path` (YAML by its name, else JSON) parsed and checked: its JSON, read
 * as a JSON Schema document (an API description `isInput`'s named schemas and payloads), and its dialect.
 * `undeclaredIn`: the `$schema` a file that declares none is read in (a draft-03 input's files).
 */
function documentOfText(text: string, path: string, location: string, isInput: boolean, undeclaredIn?: string): Omit<FileDocument, "path" | "location" | "uri"> {
  const yaml = isYamlFile(path);
  const parsed = yaml ? parseYamlText(text, location) : parseJsonText(text, location);
  checkNestingDepth(parsed as JsonValue, location);
  const written = expectDocumentObject(parsed, location);
  const api = isInput ? apiDescriptionAsSchema(written, location) : undefined;
  const { document: json = written, ...apiDescription } = api ?? {};
  // A file a ref names is read as written, in the dialect of its Schema Objects when it is an API description.
  const schemaObjects = isInput ? undefined : schemaObjectDialect(written);
  const declared = schemaObjects ?? (json.$schema === undefined ? undeclaredIn : undefined);
  const declaredBy = declared === undefined ? json : { $schema: declared };
  let read: DocumentInItsDialect;
  try {
    read = readInItsDialect(json, location, declaredBy);
  } catch (error) {
    throw api === undefined ? error : inFile(error, sourceDocumentOf(json, dialectOf(declaredBy, location), location, undefined, apiDescription));
  }
  return {
    json: read.document,
    dialect: read.dialect,
    // A YAML number past a double is read as the double: the literal scan knows JSON's syntax only.
    longIntegerLiterals: yaml ? [] : longIntegerLiteralsOf(text),
    ...(api !== undefined ? { apiDescription } : {}),
    ...(read.draft03 !== undefined ? { draft03: read.draft03 } : {}),
  };
}

/**
 * A schema file's text read as `readSchemaFile` reads the file at `path` (a git revision's, for
 * `breaking --against REV`), without the files its refs name: they may differ at that revision.
 */
export function readSchemaText(text: string, path: string, location: string): SourceDocument {
  const { json, dialect, longIntegerLiterals, apiDescription, draft03 } = documentOfText(text, path, location, true);
  return sourceDocumentOf(json, dialect, location, longIntegersOf(longIntegerLiterals), { ...apiDescription, ...draft03 });
}

/** `error`, when it is about `source`'s file, naming the place as the file spells it (pointerInFile). */
export function inFile(error: unknown, source: SourceDocument): unknown {
  if (!(error instanceof CodegenError) || error.location !== source.location || source.definitionsInFile === undefined) return error;
  return error.withPointersRespelled((pointer) => pointerInFile(source, pointer));
}

/**
 * `text` parsed; a syntax error names the line and column where the text stops being JSON. A byte
 * order mark before it is read past: editors on Windows write one, and RFC 8259 (section 8.1) lets a
 * parser ignore it, where JSON.parse refuses it as an unexpected token.
 */
export function parseJsonText(withMark: string, location: string): unknown {
  const text = withMark.charCodeAt(0) === BYTE_ORDER_MARK ? withMark.slice(1) : withMark;
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around a token it cannot take ("Unexpected token '}', "{"a": }" is not
    // valid JSON", several lines of it at times) or names an offset: the line and column say where.
    const message = (error as Error).message.replace(/, ".*" is not valid JSON$/s, "").replace(/ at position \d+$/, "").replace(/ in JSON$/, "");
    const offset = syntaxErrorOffset(text);
    const where = offset === undefined ? "" : ` at ${lineAndColumn(text, offset)}`;
    throw new CodegenError("", `invalid JSON${where}: ${message}`, location);
  }
}
