// The record of what `gen` wrote, committed beside the config (clone-codegen.manifest.json for
// clone-codegen.config.ts). Ownership follows this record, never the text of a file: `gen` removes
// only files listed here that no target produces any more, and `check` reports exactly those as
// extra. A hand-written file that quotes the "do not edit" marker is never listed, so it is safe.
//
// The manifest is itself a generated file of the plan (it lists the plan's other files), so `check`
// reports it stale or missing like any other, and a hand edit is undone by the next `gen`.
import { readFileSync } from "node:fs";
import { basename, dirname, join, posix } from "node:path";
import { childPointer, CodegenError } from "../errors.ts";
import { parseJsonText } from "../input/readSchemaFile.ts";
import { GENERATED_MARKER } from "./marker.ts";

/** `clone-codegen.config.ts` → `clone-codegen.manifest.json`: one manifest per config file. */
export function manifestPathFor(configPath: string): string {
  const stem = basename(configPath).replace(/\.[cm]?[jt]s$/, "").replace(/\.config$/, "");
  return join(dirname(configPath), `${stem}.manifest.json`);
}

const MANIFEST_COMMENT = `${GENERATED_MARKER} \`gen\` lists here every file it wrote, and removes only files listed here.`;

/** The manifest's contents for a set of generated files (paths relative to the config's directory). */
export function renderManifest(paths: Iterable<string>): string {
  return `${JSON.stringify({ $comment: MANIFEST_COMMENT, files: [...paths].sort() }, null, 2)}\n`;
}

/**
 * The files the manifest at `path` records, or `undefined` when there is none yet (the first run).
 * A manifest that is not one (a merge conflict left in it, a path leaving the config's directory)
 * stops the run: without a trustworthy record nothing may be removed.
 */
export function readManifest(path: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CodegenError("", `cannot read the manifest: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, path);
  }
  const repair = "resolve it by hand or delete it (gen then writes a new one and removes nothing this run)";
  let json: unknown;
  try {
    json = parseJsonText(text, path);
  } catch (error) {
    throw error instanceof CodegenError ? new CodegenError(error.pointer, `${error.reason}; ${repair}`, path) : error;
  }
  const files = (json as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) throw new CodegenError("/files", `must be an array of paths; ${repair}`, path);
  return files.map((entry: unknown, index) => {
    if (typeof entry !== "string" || !isPathInside(entry)) {
      throw new CodegenError(childPointer("/files", index), `must be a relative path inside the config's directory, got ${JSON.stringify(entry)}; ${repair}`, path);
    }
    return entry;
  });
}

/** A normalized relative POSIX path that stays inside its base directory. */
function isPathInside(path: string): boolean {
  return path !== "" && !path.includes("\\") && !posix.isAbsolute(path) && posix.normalize(path) === path && !path.startsWith("../") && path !== "..";
}
