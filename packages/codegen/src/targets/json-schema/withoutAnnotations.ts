// A document without the documentation keywords below its root, for an output that must stay equal
// to a golden file written without them (dist/protocol.schema.json and seed 001). Everything that
// validates is kept; the root's own title and description stay, as the golden file has them.
import type { JsonValue } from "../../json/types.ts";
import { DATA, NAMED_SCHEMAS } from "./canonicalSchema.ts";

/** What documents a schema and nothing else: the keywords the docs and the bundle carry. */
const DOCUMENTATION_KEYWORDS = new Set(["title", "description", "examples", "deprecated"]);

export function documentWithoutAnnotations(document: { readonly [key: string]: JsonValue }): { [key: string]: JsonValue } {
  const { title, description } = document;
  const stripped = schemaWithoutAnnotations(document) as { [key: string]: JsonValue };
  return { ...stripped, ...(title === undefined ? {} : { title }), ...(description === undefined ? {} : { description }) };
}

function schemaWithoutAnnotations(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(schemaWithoutAnnotations);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, JsonValue> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (DOCUMENTATION_KEYWORDS.has(keyword)) continue;
    if (DATA.has(keyword) || keyword.startsWith("x-")) out[keyword] = value;
    else if (NAMED_SCHEMAS.has(keyword) && typeof value === "object" && value !== null && !Array.isArray(value)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, schemaWithoutAnnotations(child)]));
    } else out[keyword] = schemaWithoutAnnotations(value);
  }
  return out;
}
