// Schema descriptions as `#` comment lines. Each line is right-trimmed and an empty one becomes a bare
// `#`, so that a description never leaves trailing whitespace for ruff to flag.
export function commentLines(description: string | undefined, indent = 0): string[] {
  if (!description) return [];
  const pad = " ".repeat(indent);
  return description
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .map((line) => (line === "" ? `${pad}#` : `${pad}# ${line}`));
}
