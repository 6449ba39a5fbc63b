// The Python reading of patterns (pythonRegex.ts), which the limitation readings build for every
// document: a pattern Python's `re` cannot compile must not end the run.
import { describe, expect, it } from "vitest";
import { pythonRegex } from "../src/pythonRegex.ts";

describe("pythonRegex", () => {
  it("reads `a[]`, an unterminated set to Python's re, as matching nothing instead of throwing", () => {
    // ECMA-262 reads `a[]` as `a` then a class matching nothing; `re` refuses it ("unterminated character set").
    for (const dollarIsEnd of [true, false]) {
      const regex = pythonRegex("a[]", { dollarIsEnd });
      expect(regex.test("a")).toBe(false);
      expect(regex.test("a]")).toBe(false);
    }
  });

  it("reads a surrogate pair written as two \\u escapes as Python does: two surrogates, never U+1F600", () => {
    const regex = pythonRegex("^\\ud83d\\ude00$", { dollarIsEnd: true });
    expect(regex.test("\u{1F600}")).toBe(false);
    expect(pythonRegex("^\\u0041$", { dollarIsEnd: true }).test("A")).toBe(true);
  });

  it("still reads what Python reads otherwise: `.` leaves out only the line feed", () => {
    const regex = pythonRegex("^a.$", { dollarIsEnd: true });
    expect(regex.test("a\r")).toBe(true);
    expect(regex.test("a\n")).toBe(false);
  });
});
