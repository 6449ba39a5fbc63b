// JSON Schema's own meta-schemas, built in (packages/codegen/meta-schemas/README.md): schemas that
// describe schemas (Swagger 2.0, AsyncAPI, a configuration file's "JSON Schema" field) `$ref` them by
// URL, and since nothing is fetched from the network, such a place was left untyped. The copies lie at
// their URL's path, so the URL is the lookup and no list of them is kept.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const META_SCHEMA_FOLDER = fileURLToPath(new URL("../../meta-schemas/", import.meta.url));

/** Where JSON Schema publishes its meta-schemas; it serves each over http and https alike. */
const META_SCHEMA_HOST = "json-schema.org";

/**
 * The built-in copy of the meta-schema `resource` (an absolute URL, its fragment split off) names:
 * `http://json-schema.org/draft-07/schema` → draft-07/schema.json, or undefined for any other URL.
 * Drafts up to 07 write http in their own `id`/`$id`, later ones https; a ref spelled with the other
 * scheme names the same document.
 */
export function builtInMetaSchemaPath(resource: string): string | undefined {
  let url: URL;
  try {
    url = new URL(resource);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname !== META_SCHEMA_HOST || url.search !== "") return undefined;
  // The URL parser has already resolved `.` and `..` segments: the path stays inside the folder.
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  if (segments.length === 0) return undefined;
  const path = `${join(META_SCHEMA_FOLDER, ...segments)}.json`;
  return existsSync(path) ? path : undefined;
}
