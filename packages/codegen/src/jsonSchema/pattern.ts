// A schema's `pattern` (or a patternProperties key) as the toolkit reads it: ECMA-262 in Unicode mode
// (the `u` flag, as AJV and the targets compile it), an escaped punctuation mark Unicode mode refuses
// (`\-` outside a class, `\:`) read as the mark, as it means without the flag (@clone/schema's
// unicodeModePattern, the reading AJV's patternEngine takes too); a pattern that still only compiles
// without that flag (`[\w-.]`) is read as written without it. The input check takes such a pattern
// (keywordValues.ts, regexProblems), so every reader that tests a value or key against a schema's
// pattern (the model, the targets' checks, the breaking-change witnesses, the conformance run) goes
// through here, and none reads it as matching nothing.
import { unicodeModePattern } from "@clone/schema";

/** The regular expression `pattern` stands for (Unicode mode when it compiles so, else as written); throws when neither compiles. */
export function ecmaRegExp(pattern: string): RegExp {
  try {
    return new RegExp(unicodeModePattern(pattern), "u");
  } catch {
    return new RegExp(pattern);
  }
}

/**
 * Whether `pattern` (a patternProperties key) matches `key`, for a reading that must only say what is
 * sure: a pattern that compiles neither way is taken to match nothing.
 */
export function patternMatchesKey(pattern: string, key: string): boolean {
  try {
    return ecmaRegExp(pattern).test(key);
  } catch {
    return false;
  }
}
