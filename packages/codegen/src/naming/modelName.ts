// The model name of a JSON Schema file when the user gives none (`--name`): the file's own name, as
// quicktype and similar tools do, so the same file gives the same identifiers wherever it came from.
// The name prefixes generated identifiers (the Swift `<Name>Definitions` registry, constants) and
// names default output files.
import { basename } from "node:path";
import { pascalCase } from "./words.ts";

/** A schema file's name without its extension (and a `.schema` before it): "events.schema.json" → "events", "api.yaml" → "api". */
export function schemaFileStem(path: string): string {
  return basename(path).replace(/(\.schema)?\.(json|ya?ml)$/i, "");
}

/** "events.schema.json" → "Events", "openclaw-protocol.schema.json" → "OpenclawProtocol", "api.yaml" → "Api". */
export function modelNameOfFile(path: string): string {
  const name = pascalCase(schemaFileStem(path));
  if (name === "") return "Schema";
  return /^[0-9]/.test(name) ? `Schema${name}` : name;
}
