// Schema descriptions in Python: a named type's as its class docstring (a property's is its field's
// `help_text`, translateField.ts).
import { documentation, documentationWithDeprecation, pointerInFile } from "../../model/schemaModel.ts";
import type { NamedType, SourceDocument } from "../../model/types.ts";
import { commentLines } from "../commentLines.ts";

/** What a named type's class says about itself: the schema's description, or where the schema defines it; and whether it is deprecated. */
export function typeDocstring(type: NamedType, source: SourceDocument): string {
  const description = documentation(type) ?? `${type.name}, as defined at ${type.pointer === "" ? "the root" : pointerInFile(source, type.pointer)} of the schema.`;
  return documentationWithDeprecation({ description, ...(type.deprecated === undefined ? {} : { deprecated: type.deprecated }), ...(type.deprecationMessage === undefined ? {} : { deprecationMessage: type.deprecationMessage }) })!;
}

/** A class body: the docstring, then (after the blank line ruff format puts there) the rest. */
export function classBody(docstring: string, lines: readonly string[]): string[] {
  return [...docstringLines(docstring), ...(lines.length > 0 ? ["", ...lines] : [])];
}

/**
 * A class docstring, indented into the class body: the schema's description, as `ruff format` writes
 * a docstring (one line, or the text on its own lines with the closing quotes below). Python and
 * schema generators (drf-spectacular) read it; without one, a class would show its base class's.
 */
export function docstringLines(text: string, indent = 4): string[] {
  const pad = " ".repeat(indent);
  const lines = commentLines(text).map(escapeDocstring);
  const last = lines.length - 1;
  if (lines[last]!.endsWith('"')) lines[last] = `${lines[last]!.slice(0, -1)}\\"`;
  if (lines.length === 1) return [`${pad}"""${lines[0]}"""`];
  return [`${pad}"""${lines[0]}`, ...lines.slice(1).map((line) => (line === "" ? "" : `${pad}${line}`)), `${pad}"""`];
}

function escapeDocstring(line: string): string {
  const escaped = line.replaceAll("\\", "\\\\").replaceAll('"""', '\\"\\"\\"');
  // A control character (one UTF-16 unit, never half of a pair) is spelled as its `\xNN` escape.
  return CONTROL.test(escaped) ? escaped.replace(CONTROLS, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`) : escaped;
}

const CONTROL = /[\x00-\x1f\x7f]/;
const CONTROLS = /[\x00-\x1f\x7f]/g;
