// A large Claude Code session file for the validate bench and the flat-memory test: the real corpus
// sessions (test/corpus/claude-code/sessions), concatenated and repeated until the file reaches a size.
// Written to a temp dir at run time, never committed.
import { createWriteStream, readdirSync, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";

export const CORPUS_SESSIONS = join(import.meta.dirname, "../../test/corpus/claude-code/sessions");

/** Every .jsonl file below `dir`, depth first, entries sorted by name. */
export function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? jsonlFiles(path) : name.endsWith(".jsonl") ? [path] : [];
    });
}

/** The corpus's non-blank lines, folder by folder; `folders` narrows it (default: every folder). */
export function corpusLines(folders?: readonly string[]): string[] {
  const chosen = folders ?? readdirSync(CORPUS_SESSIONS).sort();
  return chosen.flatMap((folder) => jsonlFiles(join(CORPUS_SESSIONS, folder)).flatMap((file) => readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "")));
}

/** Writes `lines` over and over to `path` until it holds at least `minBytes`; returns bytes and lines written. */
export async function writeRepeated(path: string, lines: readonly string[], minBytes: number): Promise<{ bytes: number; lines: number }> {
  const block = `${lines.join("\n")}\n`;
  const blockBytes = Buffer.byteLength(block);
  const repeats = Math.ceil(minBytes / blockBytes);
  const out = createWriteStream(path);
  for (let i = 0; i < repeats; i++) if (!out.write(block)) await once(out, "drain");
  out.end();
  await once(out, "finish");
  return { bytes: repeats * blockBytes, lines: repeats * lines.length };
}
