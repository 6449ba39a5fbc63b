// A family's examples: the valid conformance vectors of each definition (fixtures/README.md's layout,
// `<Definition>/valid/<slug>.json`), read in file-name order so every run gives the same document.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";

/** The valid vectors of `name` under the folder `folderUrl` (a `file:` URL), or none when it has no folder. */
export function exampleVectors(folderUrl: string, name: string): JsonValue[] {
  const folder = join(fileURLToPath(folderUrl), name, "valid");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const path = join(folder, file);
      try {
        return JSON.parse(readFileSync(path, "utf8")) as JsonValue;
      } catch (error) {
        throw new CodegenError("", `an example vector is not JSON: ${(error as Error).message}`, path);
      }
    });
}
