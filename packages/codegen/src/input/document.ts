// A JSON Schema document as the model builder receives it, whatever it was made from.
import { CodegenError } from "../errors.ts";
import type { SourceDocument } from "../model/types.ts";
import type { JsonValue } from "../json/types.ts";

export type { SourceDocument };

const DRAFT_07 = /json-schema\.org\/draft-0[4-7]\/schema/;
const DRAFT_2020 = /json-schema\.org\/draft\/20(19-09|20-12)\/schema/;

/** Checks the document's outer shape and records its dialect and where its definitions are. */
export function toSourceDocument(json: unknown, origin: string): SourceDocument {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new CodegenError("", "a JSON Schema document must be a JSON object", origin);
  }
  const document = json as { [key: string]: JsonValue };
  const declared = document.$schema;
  if (declared !== undefined && typeof declared !== "string") {
    throw new CodegenError("/$schema", "must be a string", origin);
  }
  let dialect: SourceDocument["dialect"];
  if (declared === undefined || DRAFT_07.test(declared)) dialect = "draft-07";
  else if (DRAFT_2020.test(declared)) dialect = "2020-12";
  else throw new CodegenError("/$schema", `unsupported dialect "${declared}" (draft-07 and 2020-12 are supported)`, origin);
  if ("definitions" in document && "$defs" in document) {
    throw new CodegenError("", 'has both "definitions" and "$defs"; use one', origin);
  }
  const definitionsKey = "$defs" in document ? "$defs" : "definitions";
  const definitions = document[definitionsKey];
  if (definitions !== undefined && (typeof definitions !== "object" || definitions === null || Array.isArray(definitions))) {
    throw new CodegenError(`/${definitionsKey}`, "must be an object of named schemas", origin);
  }
  return { origin, dialect, definitionsKey, document };
}
