// An independent judge of witnesses: a plain AJV per document, set up here and not through the
// breaking module's validators, so a witness the module reports is checked by code it does not share.
// It shares one fact of the project: the toolkit's own `date-time` and `uri` rules (@clone/schema
// `formats`), which every validator here uses; ajv-formats' `uri` rejects "a:", an RFC 3986 URI with
// an empty path, which a corpus witness holds.
import { formats } from "@clone/schema";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import type { SourceDocument } from "../../src/model/types.ts";

type AjvInstance = InstanceType<typeof Ajv>;
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as unknown as (ajv: AjvInstance) => AjvInstance;

/** Whether AJV accepts `value` at the schema `pointer` points to in `source` ("" for the document). */
export function judge(source: SourceDocument): (pointer: string, value: unknown) => boolean {
  const ajv = (source.dialect === "2020-12" ? new Ajv2020({ strict: false, allowUnionTypes: true }) : new Ajv({ strict: false, allowUnionTypes: true })) as AjvInstance;
  addFormats(ajv);
  for (const [name, validate] of Object.entries(formats)) ajv.addFormat(name, { type: "string", validate });
  const { $id: _id, ...document } = source.document;
  ajv.addSchema(document, "judged");
  return (pointer, value) => {
    const validate = ajv.getSchema(`judged#${pointer.split("/").map((token) => encodeURIComponent(token)).join("/")}`);
    if (!validate) throw new Error(`no schema at ${pointer} in ${source.location}`);
    return validate(value) as boolean;
  };
}
