// Reads a JSON Schema file, and every local file its `$ref`s name, into one self-contained document
// (bundle.ts); a syntax error names the file, line and column.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CodegenError } from "../errors.ts";
import { bundleReferences, type FileDocument } from "./bundle.ts";
import { dialectOf, expectDocumentObject, toSourceDocument, type SourceDocument } from "./document.ts";

/** `location` names the document in errors and generated headers (default: `path` as given). */
export function readSchemaFile(path: string, location: string = path): SourceDocument {
  const main = readFileDocument(path, location);
  return toSourceDocument(bundleReferences(main, readFileDocument), location);
}

function readFileDocument(path: string, location: string): FileDocument {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CodegenError("", `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, location);
  }
  const json = expectDocumentObject(parseJsonText(text, location), location);
  const absolute = resolve(path);
  return { path: absolute, location, uri: pathToFileURL(absolute).href, json, dialect: dialectOf(json, location) };
}

export function parseJsonText(text: string, location: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? "" : ` at ${lineAndColumn(text, Number(position))}`;
    throw new CodegenError("", `invalid JSON${where}: ${message}`, location);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}
