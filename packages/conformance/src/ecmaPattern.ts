// A schema's `pattern` as the toolkit reads it: ECMA-262 in Unicode mode (the `u` flag, as AJV and
// the targets compile it), or, for a pattern that only compiles without that flag (an identity escape
// such as `\:` or `\@` inside a class, common in AWS's resource schemas), as written without it: the
// input takes such a pattern (jsonSchema/keywordValues.ts, regexProblems), and the Python and Swift
// targets read its escapes as the characters they escape. Every regular expression the conformance
// run builds from a schema's pattern goes through here, so such a document is judged, not crashed on.

/** The regular expression `pattern` stands for (Unicode mode when it compiles so, else as written). */
export function ecmaRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}
