// What every validator of a document (AJV here, jsonschema and fastjsonschema in the Python
// harness, which receives these as arguments) needs to agree on about references: the URI the
// document is known by, and the references to documents that are not here (remote URLs), which all
// of them treat as the empty schema (any value), as the model leaves them untyped.
import { dialectsDefiningOnlyElsewhere, documentSchemas, isValidationKeyword, KEYWORDS_READ_BEFORE_THEIR_DRAFT, subschemaFormsOf, type SourceDocument } from "@clone/codegen";
import { isJsonObject, setOwnKey, type JsonObject, type JsonValue } from "../json.ts";

/** Where a document with no `$id` of its own is rooted. Not fetched: nothing is. */
export const DOCUMENT_BASE = "https://clone.invalid/document.json";

function idKeyword(dialect: SourceDocument["dialect"]): "id" | "$id" {
  return dialect === "draft-04" ? "id" : "$id";
}

/** The document's own absolute URI (its `$id`, or draft-04 `id`, without a fragment), else DOCUMENT_BASE. */
export function documentBaseUri(document: JsonObject, dialect: SourceDocument["dialect"]): string {
  const id = document[idKeyword(dialect)];
  if (typeof id === "string") {
    const withoutFragment = id.replace(/#.*$/, "");
    if (/^[a-z][a-z0-9+.-]*:/i.test(withoutFragment)) return withoutFragment;
  }
  return DOCUMENT_BASE;
}

/**
 * Absolute URIs (without fragment) the document's `$ref`s reach that are neither the document nor a
 * resource embedded in it (a schema with its own absolute `$id`). Relative `$ref`s are resolved
 * against the base of the schema they sit in.
 */
export function remoteReferences(document: JsonObject, dialect: SourceDocument["dialect"]): string[] {
  const key = idKeyword(dialect);
  const local = new Set<string>();
  const reached = new Set<string>();
  const walk = (value: JsonValue, base: string): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, base));
    if (!isJsonObject(value)) return;
    let here = base;
    const id = value[key];
    if (typeof id === "string" && !id.startsWith("#")) {
      here = resolveUri(id, base).replace(/#.*$/, "");
      local.add(here);
    }
    const ref = value.$ref;
    if (typeof ref === "string" && !ref.startsWith("#")) reached.add(resolveUri(ref, here).replace(/#.*$/, ""));
    for (const [name, child] of Object.entries(value)) {
      // Data keywords hold values, not schemas: a `$ref` inside an example is not a reference.
      if (name !== "const" && name !== "enum" && name !== "examples" && name !== "default") walk(child, here);
    }
  };
  const base = documentBaseUri(document, dialect);
  local.add(base);
  walk(document, base);
  return [...reached].filter((uri) => !local.has(uri)).sort();
}

/**
 * The document as AJV must be given it to read its identifiers as the specification does. AJV takes
 * for an identifier every `$id` (draft-04 `id`) it finds, wherever (json-schema-traverse's `allKeys`),
 * and refused the whole document where two name one schema ("reference … resolves to more than one
 * schema"). So AJV gets the document without:
 * - the JSON-pointer fragments of `$id`s: `"$id": "#/properties/http"`, as schema generators write one
 *   on every property, sometimes the same one twice. A fragment that is a JSON pointer names a place
 *   by where it lies, never by an `$id`: the model and the Python validators read it so (a plain-name
 *   fragment, `#name`, is an anchor and stays);
 * - the `$id` members of values that are no schemas, under keywords no dialect reads: an OpenAPI
 *   `example` of a resource holds its `"id"`, which draft-04 spells its identifier (Blockfrost's and
 *   Ideal Postcodes' API descriptions give two examples the same one);
 * - the validation keywords of other dialects than the document's: AJV reads `dependencies` and
 *   `$recursiveRef` in a 2020-12 document, which 2020-12 does not define, and so refused what the
 *   model, the Python engines and the json-schema target's document (without them) accept.
 * A schema is every one of the document (documentSchemas, the one walk): one a pointer names inside a
 * group of the author's under `definitions` too, whose `$id` or `#name` a `$ref` may name as the model
 * reads it. The document itself when nothing is taken out.
 */
export function asAjvReadsIt(document: JsonObject, dialect: SourceDocument["dialect"]): JsonObject {
  const key = idKeyword(dialect);
  const schemas = new Set<JsonValue>(documentSchemas(document, dialect).map(([, schema]) => schema));
  const asRead = (value: JsonValue): JsonValue => {
    if (Array.isArray(value)) {
      const items = value.map(asRead);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (!isJsonObject(value)) return value;
    const isSchema = schemas.has(value);
    let out: JsonObject | undefined;
    for (const [member, child] of Object.entries(value)) {
      if (member === key && typeof child === "string") {
        // A schema's identifier, but for a JSON-pointer fragment; a value's `$id` member is none.
        const kept = isSchema && /#\//.test(child) ? child.replace(/#.*$/, "") : isSchema ? child : "";
        if (kept === child) continue;
        out ??= { ...value };
        if (kept === "") delete out[member];
        else out[member] = kept;
        continue;
      }
      if (isSchema && dialectsDefiningOnlyElsewhere(member, dialect) !== undefined) {
        delete (out ??= { ...value })[member];
        continue;
      }
      // A schema's keywords that hold values (`const`, `enum`) keep them as written.
      if (isSchema && subschemaFormsOf(member) === undefined && (isValidationKeyword(member, dialect) || Object.hasOwn(KEYWORDS_READ_BEFORE_THEIR_DRAFT, member))) continue;
      const read = asRead(child);
      if (read !== child) setOwnKey((out ??= { ...value }), member, read);
    }
    return out ?? value;
  };
  return asRead(document) as JsonObject;
}

function resolveUri(reference: string, base: string): string {
  try {
    return new URL(reference, base).href;
  } catch {
    return reference;
  }
}
