// Ignore files (gitignore syntax: .prettierignore, .eslintignore, …) list the generated files so
// formatters leave them alone, since each generator formats its own output and `check` compares bytes.
// That list is derived, never hand-kept: `gen` owns one delimited section of each ignore file the
// config names and rewrites it from the plan; everything outside the section stays the author's.
import { dirname, posix } from "node:path";
import { CodegenError } from "../errors.ts";
import { relativePath } from "./paths.ts";

// The section is found by these prefixes, so rewording the rest of a marker line never orphans one.
const BEGIN_PREFIX = "# >>> clone-codegen";
const END_PREFIX = "# <<< clone-codegen";
const BEGIN = `${BEGIN_PREFIX}: generated files (written by \`pnpm protocol:gen\` from the config; do not edit)`;
const END = END_PREFIX;

/**
 * The ignore file's new contents: `current` (undefined if the file does not exist yet) with its
 * clone-codegen section replaced by `generatedPaths` (relative to `rootDir`), or the section appended.
 */
export function withGeneratedSection(ignoreFile: string, current: string | undefined, rootDir: string, generatedPaths: Iterable<string>): string {
  const base = relativePath(rootDir, dirname(ignoreFile));
  const entries = [...generatedPaths].sort().map((path) => {
    const entry = base === "" ? path : posix.relative(base, path);
    if (entry.startsWith("../")) {
      throw new CodegenError("", `cannot list ${path}: an ignore file only covers files in its own folder and below`, ignoreFile);
    }
    return `/${entry}`; // anchored: this file, not any file of that name in a subfolder
  });
  const section = [BEGIN, ...entries, END];
  const lines = current === undefined || current === "" ? [] : current.replace(/\n$/, "").split("\n");
  const beginLines = lines.flatMap((line, index) => (line.startsWith(BEGIN_PREFIX) ? [index] : []));
  const endLines = lines.flatMap((line, index) => (line.startsWith(END_PREFIX) ? [index] : []));
  if (beginLines.length > 1 || endLines.length > 1) throw new CodegenError("", "has more than one clone-codegen section; keep one", ignoreFile);
  const begin = beginLines[0] ?? -1;
  const end = endLines[0] ?? -1;
  const where = (index: number) => `line ${index + 1}`;
  if (begin === -1 && end === -1) return `${[...lines, ...(lines.length > 0 ? [""] : []), ...section].join("\n")}\n`;
  const broken = begin === -1 ? `its end marker (${where(end)}) has no start` : end === -1 ? `its start marker (${where(begin)}) has no end` : end < begin ? `its end marker (${where(end)}) comes before its start` : undefined;
  if (broken) throw new CodegenError("", `the clone-codegen section is broken: ${broken}; restore or delete both marker lines`, ignoreFile);
  return `${[...lines.slice(0, begin), ...section, ...lines.slice(end + 1)].join("\n")}\n`;
}
