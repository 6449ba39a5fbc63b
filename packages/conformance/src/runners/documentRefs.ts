// What every validator of a document (AJV here, jsonschema and fastjsonschema in the Python
// harness, which receives these as arguments) needs to agree on about references: the URI the
// document is known by, and the references to documents that are not here (remote URLs), which all
// of them treat as the empty schema (any value), as the model leaves them untyped.
import { editSchemas, type SourceDocument } from "@clone/codegen";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.ts";

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
 * The document without the JSON-pointer fragments of its `$id`s (draft-04 `id`s): `"$id":
 * "#/properties/http"`, as schema generators write one on every property, sometimes the same one
 * twice. A fragment that is a JSON pointer names a place by where it lies, never by an `$id`: the
 * model and the Python validators read it so (a plain-name fragment, `#name`, is an anchor and
 * stays). AJV instead registers it as one more name and refused the whole document ("reference
 * ...#/properties/http resolves to more than one schema") where two `$id`s spell the same pointer.
 * The document itself when it has none.
 */
export function withoutPointerFragmentIds(document: JsonObject, dialect: SourceDocument["dialect"]): JsonObject {
  const key = idKeyword(dialect);
  return editSchemas(document, (schema) => {
    const id = schema[key];
    if (typeof id !== "string" || !/#\//.test(id)) return undefined;
    const out = { ...schema };
    const withoutFragment = id.replace(/#.*$/, "");
    if (withoutFragment === "") delete out[key];
    else out[key] = withoutFragment;
    return out;
  }) as JsonObject;
}

function resolveUri(reference: string, base: string): string {
  try {
    return new URL(reference, base).href;
  } catch {
    return reference;
  }
}
