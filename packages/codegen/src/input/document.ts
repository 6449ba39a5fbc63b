// A JSON Schema document as the model builder receives it, whatever it was made from.
import { CodegenError } from "../errors.ts";
import type { SourceDocument } from "../model/types.ts";
import type { JsonValue } from "../json/types.ts";

export type { SourceDocument };

/** Each dialect by the `$schema` URIs that declare it (draft-05 was an editorial release of draft-04). */
const DIALECTS: readonly [RegExp, SourceDocument["dialect"]][] = [
  [/json-schema\.org\/draft-0[45]\/schema/, "draft-04"],
  [/json-schema\.org\/draft-06\/schema/, "draft-06"],
  [/json-schema\.org\/draft-07\/schema/, "draft-07"],
  [/json-schema\.org\/draft\/2019-09\/schema/, "2019-09"],
  [/json-schema\.org\/draft\/2020-12\/schema/, "2020-12"],
];

/** Checks the document's outer shape and records its dialect (draft-07 when undeclared) and where its definitions are. */
export function toSourceDocument(json: unknown, location: string): SourceDocument {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new CodegenError("", "a JSON Schema document must be a JSON object", location);
  }
  const document = json as { [key: string]: JsonValue };
  const declared = document.$schema;
  if (declared !== undefined && typeof declared !== "string") {
    throw new CodegenError("/$schema", "must be a string", location);
  }
  const dialect = declared === undefined ? "draft-07" : DIALECTS.find(([uri]) => uri.test(declared))?.[1];
  if (dialect === undefined) {
    throw new CodegenError("/$schema", `unsupported dialect "${declared}" (draft-04 to draft-07, 2019-09 and 2020-12 are supported)`, location);
  }
  if ("definitions" in document && "$defs" in document) {
    throw new CodegenError("", 'has both "definitions" and "$defs"; use one', location);
  }
  const definitionsKey = "$defs" in document ? "$defs" : "definitions";
  const definitions = document[definitionsKey];
  if (definitions !== undefined && (typeof definitions !== "object" || definitions === null || Array.isArray(definitions))) {
    throw new CodegenError(`/${definitionsKey}`, "must be an object of named schemas", location);
  }
  return { location, dialect, definitionsKey, document };
}
