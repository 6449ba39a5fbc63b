/**
 * An ECMAScript `pattern` (as AJV runs it, with the `u` flag) as a Python `re` pattern with the same
 * meaning for the patterns schemas use: `$` is the end of the string (Python's `$` also matches before
 * a final newline), named groups are spelled `(?P<…>`. Compiled with re.ASCII, so `\d` and `\w` are
 * ASCII as in JavaScript.
 */
export function pythonPattern(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      out += ch + (pattern[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
      if (pattern[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (pattern[i + 1] === "]") {
        out += "\\]";
        i++;
      }
    } else if (ch === "$") {
      out += "\\Z";
    } else if (ch === "(" && pattern.startsWith("(?<", i) && pattern[i + 3] !== "=" && pattern[i + 3] !== "!") {
      // `(?<=` and `(?<!` are lookbehinds, spelled the same in both.
      out += "(?P<";
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
}
