// ECMAScript's `\s` is written out twice: by hand for the engines of translatePattern.ts (Python's re,
// ICU), and member by member from JavaScript's own RegExp for Swift's key patterns (keyPattern.ts: Swift
// reads no range between some escapes). The hand-written sets are checked here against that source,
// code point by code point, so the two cannot drift apart.
import { describe, expect, it } from "vitest";
import { LINE_TERMINATORS, WHITESPACE } from "../src/jsonSchema/translatePattern.ts";
import { swiftKeyPatternSource } from "../src/targets/swift/keyPattern.ts";

/** The code points (all of Unicode's planes) where `spelled` and JavaScript's own reading disagree. */
function disagreements(spelled: RegExp, javascript: RegExp): string[] {
  const found: string[] = [];
  for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
    const ch = String.fromCodePoint(codePoint);
    if (spelled.test(ch) !== javascript.test(ch)) found.push(`U+${codePoint.toString(16)}`);
  }
  return found;
}

describe("the sets translatePattern spells ECMAScript's classes with", () => {
  it("WHITESPACE is what `\\s` matches", () => {
    expect(disagreements(new RegExp(`^[${WHITESPACE}]$`, "u"), /^\s$/u)).toEqual([]);
  });

  it("LINE_TERMINATORS is what `.` leaves out", () => {
    expect(disagreements(new RegExp(`^[${LINE_TERMINATORS}]$`, "u"), /^(?!.)[\s\S]$/u)).toEqual([]);
  });
});

describe("a class's dashes (ECMAScript's ClassRanges), for an engine that reads `--` as an operator", () => {
  // Swift's Regex reads `--` inside a class as a set difference: a dash that is a character is escaped
  // there, a range's own dash kept. Each expectation follows ECMAScript's grammar, by hand.
  it.each([
    ["[a-z-]", "[a-z\\-]"], // after a range, before `]`: a character
    ["[-a]", "[\\-a]"], // first in the class
    ["[^-a]", "[^\\-a]"], // first after `^`
    ["[+--]", "[+-\\-]"], // a range from `+` to `-`
    ["[!--b]", "[!-\\-b]"], // a range from `!` to `-`, then b
    ["[a-b-c]", "[a-b\\-c]"], // a range ends at b: the next dash is a character
    ["[\\--a]", "[\\--a]"], // a range from an escaped dash to a
    ["a-b", "a-b"], // outside a class: a character, as written
  ])("%s is spelled %s", (pattern, spelled) => {
    expect(swiftKeyPatternSource(pattern)).toBe(spelled);
  });
});
