// Which patterns spell out the strings they admit (patternStrings): the sets are written by hand from
// ECMA-262 (no flags), and each is also held to JavaScript's own RegExp, on the strings it lists and on
// near misses, so a reading that admits too few (and would refuse valid values) cannot pass.
import { describe, expect, it } from "vitest";
import { ecmaRegExp } from "../src/jsonSchema/pattern.ts";
import { MOST_PATTERN_STRINGS, patternStrings } from "../src/jsonSchema/literalPattern.ts";

describe("patterns that spell out their strings", () => {
  it.each([
    ["^PowerShell@2$", ["PowerShell@2"]],
    // Escaped punctuation is the character; `\-` compiles only without the `u` flag (pattern.ts), as `-`.
    ["^Copy\\.Files\\/v1\\$\\-x$", ["Copy.Files/v1$-x"]],
    ["^(?:push|pull)$", ["push", "pull"]],
    ["^(push|pull)$", ["push", "pull"]],
    ["^https?$", ["http", "https"]],
    ["^a(?:bc)?d$", ["ad", "abcd"]],
    ["^(?:a|)$", ["a", ""]],
    ["^a$|^b$", ["a", "b"]],
    ["^$", [""]],
    ["^(?:x|y)(?:1|2)$", ["x1", "x2", "y1", "y2"]],
    ["^é 😀$", ["é 😀"]],
  ])("%s admits exactly %j", (pattern, strings) => {
    expect(patternStrings(pattern)).toEqual(strings);
    const regex = ecmaRegExp(pattern);
    for (const string of strings) expect(regex.test(string), string).toBe(true);
    // Near misses JavaScript refuses too: without the m flag `$` is the end of the input, not also
    // before a final newline (Python's reading), and `^` its start.
    for (const string of strings) for (const near of [`${string}\n`, `\n${string}`, `${string}x`, `x${string}`]) expect(regex.test(near), JSON.stringify(near)).toBe(false);
  });

  it.each([
    ["unanchored", "PowerShell@2"],
    ["anchored at the start only", "^PowerShell@2"],
    ["anchored at the end only", "PowerShell@2$"],
    ["an alternative anchored at one end", "^a|b$"],
    ["an anchor inside", "^a$b$"],
    ["any character", "^Power.hell$"],
    ["a class", "^[Pp]owerShell$"],
    ["a class escape", "^\\d$"],
    ["a letter escape", "^\\n$"],
    ["a repetition", "^a+$"],
    ["a count", "^a{2}$"],
    ["a lazy optional", "^ab??$"],
    ["a lookahead", "^(?=a)a$"],
    ["a named group", "^(?<n>a)$"],
    ["a backreference", "^(a)\\1$"],
    ["an optional astral character (its last unit only, without the u flag)", "^😀?$"],
    ["an unclosed group", "^(a$"],
  ])("%s (%s) is no set of strings", (_what, pattern) => {
    expect(patternStrings(pattern)).toBeUndefined();
  });

  it(`more than ${MOST_PATTERN_STRINGS} strings are no set`, () => {
    const sixBits = "^" + "(?:0|1)".repeat(6) + "$";
    expect(patternStrings(sixBits)).toHaveLength(64);
    expect(patternStrings(sixBits + "|^x$")).toBeUndefined();
    expect(patternStrings("^" + "(?:0|1)".repeat(7) + "$")).toBeUndefined();
  });
});
