// Reads a JSON Schema file; a syntax error names the file, line and column.
import { readFileSync } from "node:fs";
import { CodegenError } from "../errors.ts";
import { toSourceDocument, type SourceDocument } from "./document.ts";

export function readSchemaFile(path: string): SourceDocument {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CodegenError("", `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, path);
  }
  return toSourceDocument(parseJsonText(text, path), path);
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
