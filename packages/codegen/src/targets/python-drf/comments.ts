// Schema descriptions in Python: a property's as `#` comment lines (each right-trimmed, an empty one a
// bare `#`, so that no line leaves trailing whitespace for ruff to flag); a named type's as its class
// docstring.
import { documentation } from "../../model/schemaModel.ts";
import type { NamedType } from "../../model/types.ts";

export function commentLines(description: string | undefined, indent = 0): string[] {
  if (!description) return [];
  const pad = " ".repeat(indent);
  return description
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .map((line) => (line === "" ? `${pad}#` : `${pad}# ${line}`));
}

/** What a named type's class says about itself: the schema's description, or where the schema defines it. */
export function typeDocstring(type: NamedType): string {
  return documentation(type) ?? `${type.name}, as defined at ${type.pointer || "the root"} of the schema.`;
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
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeDocstring(line.trimEnd()));
  const last = lines.length - 1;
  if (lines[last]!.endsWith('"')) lines[last] = `${lines[last]!.slice(0, -1)}\\"`;
  if (lines.length === 1) return [`${pad}"""${lines[0]}"""`];
  return [`${pad}"""${lines[0]}`, ...lines.slice(1).map((line) => (line === "" ? "" : `${pad}${line}`)), `${pad}"""`];
}

function escapeDocstring(line: string): string {
  let out = "";
  for (const ch of line.replaceAll("\\", "\\\\").replaceAll('"""', '\\"\\"\\"')) {
    const code = ch.codePointAt(0)!;
    out += code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, "0")}` : ch;
  }
  return out;
}
