// Finds files under the output directories that carry the generated marker. Only for a note on the
// first run (no manifest yet), listing files that look generated but that gen has no record of: it
// never decides what gen removes, which follows the manifest alone (a hand-written file may quote the
// marker).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { hasGeneratedMarker, MARKER_SEARCH_BYTES } from "./marker.ts";

/** Folders that hold tool caches or installs, never generated sources. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".build", ".swiftpm", ".venv", "__pycache__", ".git"]);

export function findGeneratedFiles(rootDir: string, outDirs: readonly string[]): string[] {
  const found = new Set<string>();
  for (const outDir of outDirs) walk(rootDir, outDir, found);
  return [...found].sort();
}

function walk(rootDir: string, dir: string, found: Set<string>): void {
  let entries: string[];
  try {
    entries = readdirSync(join(rootDir, dir));
  } catch {
    return; // a missing output directory simply holds no generated files
  }
  for (const entry of entries) {
    const path = posix.join(dir, entry);
    const absolute = join(rootDir, path);
    const stats = statSync(absolute);
    if (stats.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry)) walk(rootDir, path, found);
    } else if (stats.isFile() && hasGeneratedMarker(readHead(absolute))) {
      found.add(path);
    }
  }
}

function readHead(path: string): string {
  return readFileSync(path).subarray(0, MARKER_SEARCH_BYTES).toString("utf8");
}
