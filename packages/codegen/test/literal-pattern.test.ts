// Which patterns spell out the strings they admit (patternStrings): the sets are written by hand from
// ECMA-262 (no flags), and each is also held to JavaScript's own RegExp, on the strings it lists and on
// near misses, so a reading that admits too few (and would refuse valid values) cannot pass.
import { describe, expect, it } from "vitest";
import { ecmaRegExp } from "../src/jsonSchema/pattern.ts";
import { MOST_PATTERN_STRINGS, patternExcept, patternOfStrings, patternStrings } from "../src/jsonSchema/literalPattern.ts";

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

// The bundle writes a pattern without the declared keys it matches (AJV strict refuses a pattern that
// matches one): judged here by JavaScript's RegExp, with the `u` flag (as AJV compiles it) and without
// (as AJV's strict check tests a key), on the keys left out, the keys kept and near misses.
describe("a pattern without some strings", () => {
  const admits = (pattern: string, key: string) => [new RegExp(pattern, "u").test(key), new RegExp(pattern).test(key)];

  it("spells strings back as a pattern patternStrings reads as them", () => {
    const strings = ["$ref", "a.b", "x|y", "(?)", "[k]", "back\\slash", "{1}", "a/b", "-^*+"];
    const pattern = patternOfStrings(strings);
    expect(patternStrings(pattern)).toEqual(strings);
    for (const text of strings) expect(admits(pattern, text), text).toEqual([true, true]);
    for (const text of ["ref", "$refs", "ab", "x", "a/bc"]) expect(admits(pattern, text), text).toEqual([false, false]);
  });

  it("writes a literal pattern again with the strings left, or none", () => {
    expect(patternStrings(patternExcept("^(?:get|put|post)$", ["put"])!)).toEqual(["get", "post"]);
    expect(patternExcept("^\\$ref$", ["$ref"])).toBeUndefined();
    expect(patternExcept("^x-", [])).toBe("^x-");
  });

  it("keeps any other pattern behind a lookahead refusing exactly the strings", () => {
    const pattern = patternExcept("^x-|-y$", ["x-a", "b-y"])!;
    for (const key of ["x-a", "b-y", "z"]) expect(admits(pattern, key), key).toEqual([false, false]);
    for (const key of ["x-ab", "x-", "x-a-y", "ab-y", "-y", "x-a\n"]) expect(admits(pattern, key), key).toEqual([true, true]);
    // The pattern's own groups keep their numbers; its `^` is still the start alone.
    const repeated = patternExcept("(.)\\1$", ["aa"])!;
    expect(["aa", "abb", "xaa"].map((key) => admits(repeated, key)[0])).toEqual([false, true, true]);
    const anchored = patternExcept("b|^a", ["a"])!;
    expect(["a", "ab", "ca", "cb"].map((key) => admits(anchored, key)[0])).toEqual([false, true, false, true]);
  });
});
