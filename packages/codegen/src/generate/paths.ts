// Paths in a plan, the manifest and ignore files: relative to the config's directory, POSIX separators.
import { relative, sep } from "node:path";

/** `absolute` relative to `rootDir`, with POSIX separators. */
export function relativePath(rootDir: string, absolute: string): string {
  return relative(rootDir, absolute).split(sep).join("/");
}
