// What `validate` and `import` read: the files named on the command line, every .json/.jsonl file
// under a named directory (recursively, in a stable order), or standard input for `-`.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/** A user error in the inputs named (missing path, nothing to read): exit 2, nothing read. */
export class InputError extends Error {
  override readonly name = "InputError";
}

export type RecordFormat = "jsonl" | "json";

export interface RecordSource {
  /** As shown in reports: the path as reached from the argument, or `-` for standard input. */
  readonly path: string;
  /** The command-line argument it came from. */
  readonly argument: string;
  /** `jsonl`: one record per line, read as a stream; `json`: the whole file is one record. */
  readonly format: RecordFormat;
  /** Size in bytes; undefined for standard input. */
  readonly size?: number;
}

export const STDIN = "-";
const RECORD_EXTENSIONS: Readonly<Record<string, RecordFormat>> = { ".jsonl": "jsonl", ".json": "json" };

/** The format a file name implies: `.json` is one record; anything else named explicitly is JSONL. */
export function formatOfFile(path: string): RecordFormat {
  return RECORD_EXTENSIONS[extname(path).toLowerCase()] ?? "jsonl";
}

/**
 * Expands the arguments, in order. Files named explicitly are read whatever their extension; inside a
 * directory only `.json` and `.jsonl` files are, sorted by name, each directory visited once even
 * through symlinks. Throws InputError for a missing path, `-` given twice, or nothing to read.
 */
export function expandSources(paths: readonly string[], stdinFormat: RecordFormat = "jsonl"): RecordSource[] {
  if (paths.length === 0) throw new InputError("no PATH given (a file, a directory, or - for standard input)");
  if (paths.filter((path) => path === STDIN).length > 1) throw new InputError("- (standard input) given more than once");
  const sources: RecordSource[] = [];
  const visited = new Set<string>();
  for (const argument of paths) {
    if (argument === STDIN) {
      sources.push({ path: STDIN, argument, format: stdinFormat });
      continue;
    }
    let stats;
    try {
      stats = statSync(argument);
    } catch {
      throw new InputError(`${argument}: no such file or directory`);
    }
    if (stats.isDirectory()) {
      const before = sources.length;
      walkDirectory(argument, argument, visited, sources);
      if (sources.length === before) throw new InputError(`${argument}: no .json or .jsonl files in this directory or below`);
    } else {
      sources.push({ path: argument, argument, format: formatOfFile(argument), size: stats.size });
    }
  }
  return sources;
}

function walkDirectory(directory: string, argument: string, visited: Set<string>, out: RecordSource[]): void {
  const real = realpathSync(directory);
  if (visited.has(real)) return;
  visited.add(real);
  const names = readdirSync(directory).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(directory, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // a dangling symlink names nothing to read
    }
    if (stats.isDirectory()) walkDirectory(path, argument, visited, out);
    else if (stats.isFile()) {
      const format = RECORD_EXTENSIONS[extname(name).toLowerCase()];
      if (format) out.push({ path, argument, format, size: stats.size });
    }
  }
}
