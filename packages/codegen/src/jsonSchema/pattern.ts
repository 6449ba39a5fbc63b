// A schema's `pattern` (or a patternProperties key) as the toolkit reads it: ECMA-262 in Unicode mode
// (the `u` flag, as AJV and the targets compile it), or, for a pattern that only compiles without that
// flag (an identity escape such as `\:` or `\@` inside a class, common in AWS's resource schemas), as
// written without it. The input check takes such a pattern (keywordValues.ts, regexProblems), so every
// reader that tests a value or key against a schema's pattern (the model, the targets' checks, the
// breaking-change witnesses, the conformance run) goes through here, and none reads it as matching
// nothing.

/** The regular expression `pattern` stands for (Unicode mode when it compiles so, else as written); throws when neither compiles. */
export function ecmaRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}
