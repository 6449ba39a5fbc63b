// How Python's `re` reads a schema's pattern, spelled as a JavaScript regular expression: what
// jsonschema and fastjsonschema do with `pattern` and `patternProperties` (they hand the pattern to
// `re` as it is, while JSON Schema means ECMA-262). The run judges an instance with these semantics
// to tell a verdict that only this difference explains (a known limitation of those engines, see
// limitations.ts) from any other disagreement. The generated serializers translate patterns
// (pythonPattern.ts) and are held to ECMA-262.
//
// The differences, for a pattern compiled without flags and applied with `re.search`:
// - `.` matches anything but \n (ECMA-262 also excludes \r, U+2028 and U+2029);
// - `$` also matches before a final \n (fastjsonschema's `pattern` alone replaces it with `\Z`);
// - `\d`, `\w`, `\s` and `\b` are Unicode: decimal digits, letters and numbers, `str.isspace()`;
// - `\A` and `\Z` are the start and the end of the string (to ECMA-262 the letters A and Z).

import { classAroundEscape } from "@clone/codegen";

/** Word characters for `re`: what `str.isalnum()` accepts, and `_`. */
const WORD = "\\p{L}\\p{N}_";
/** What `str.isspace()` accepts. */
const SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

export interface PythonRegexOptions {
  /** `$` is the end of the string only (fastjsonschema rewrites `pattern`'s `$` as `\Z`). */
  readonly dollarIsEnd: boolean;
}

/**
 * The reading of a pattern Python's `re` cannot compile (`a[]`: to `re` a set that holds `]` and
 * never ends): it matches nothing. The engines answer such a pattern as unreadable, with no verdict
 * for this reading to explain, and the reading must not end the run (it is built for every document).
 */
const UNCOMPILABLE_IN_PYTHON = /(?!)/u;

/** A JavaScript regular expression (`u` flag) that matches where Python's `re.search(pattern, …)` does. */
export function pythonRegex(pattern: string, options: PythonRegexOptions): RegExp {
  try {
    return new RegExp(pythonSemantics(pattern, options), "u");
  } catch (error) {
    if (error instanceof SyntaxError) return UNCOMPILABLE_IN_PYTHON;
    throw error;
  }
}

export function pythonSemantics(pattern: string, options: PythonRegexOptions): string {
  const { dollarIsEnd } = options;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      const surrogate = /^\\u(d[89a-f][0-9a-f]{2})/i.exec(pattern.slice(i));
      if (surrogate !== null) {
        // Python's `\ud83d\ude00` is two surrogate code points, which never match a str's one code
        // point U+1F600, where the `u` flag pairs them into U+1F600; braced, JavaScript reads each alone too.
        out += `\\u{${surrogate[1]}}`;
        i += surrogate[0].length - 1;
        continue;
      }
      i++;
      out += escape(next, inClass) ?? `\\${next}`;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[" && classAroundEscape(pattern, i, "S") !== undefined) {
      // `\S` inside a class is Python's non-space: the class as a group (JavaScript cannot negate inside one).
      const { end, negated, rest } = classAroundEscape(pattern, i, "S")!;
      const others = rest === "" ? undefined : pythonSemantics(`[${rest}]`, options);
      if (negated) out += others === undefined ? `[${SPACE}]` : `(?!${others})[${SPACE}]`;
      else out += others === undefined ? `[^${SPACE}]` : `(?:${others}|[^${SPACE}])`;
      i = end;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") out += `\\${pattern[++i]}`;
    } else if (ch === ".") {
      out += "[^\\n]";
    } else if (ch === "$") {
      out += dollarIsEnd ? "$" : "(?=\\n?$)";
    } else {
      out += ch;
    }
  }
  return out;
}

function escape(next: string, inClass: boolean): string | undefined {
  switch (next) {
    case "d":
      return "\\p{Nd}";
    case "D":
      return "\\P{Nd}";
    case "w":
      return inClass ? WORD : `[${WORD}]`;
    case "W":
      return inClass ? undefined : `[^${WORD}]`;
    case "s":
      return inClass ? SPACE : `[${SPACE}]`;
    case "S":
      return inClass ? undefined : `[^${SPACE}]`;
    case "b":
      return inClass ? undefined : `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
    case "B":
      return inClass ? undefined : `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;
    // Python's anchors, which ECMA-262 reads as the letters (AWS's resource schemas end patterns with `\Z`).
    case "A":
      return inClass ? undefined : "^";
    case "Z":
      return inClass ? undefined : "$";
    default:
      // An escaped ASCII punctuation mark is that mark in Python (`\:` too, which the `u` flag refuses):
      // spelled by its code, which every mode reads so.
      return /^[!-/:-@[-`{-~]$/.test(next) ? `\\x${next.charCodeAt(0).toString(16).padStart(2, "0")}` : undefined;
  }
}
