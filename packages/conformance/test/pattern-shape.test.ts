// What patternShape.ts reads from a pattern before strings are drawn for it: negated classes
// fast-check cannot draw from, spelled positively; the shape that makes backtracking engines slow;
// and the least length of a matching string (the margin for a slow pattern's strings is counted from it).
import { describe, expect, it } from "vitest";
import { drawableSource, leastLength, repeatsNestedRepetition } from "../src/arbitraries/patternShape.ts";

describe("drawableSource", () => {
  it("leaves a negated class that some printable ASCII character passes as written", () => {
    expect(drawableSource("^[^:]+$", "u")).toEqual({ source: "^[^:]+$", emptyClasses: [] });
    expect(drawableSource("^[^\\u0000-\\u007d]$", "u").source).toBe("^[^\\u0000-\\u007d]$"); // `~` passes
  });

  it("spells a class with no printable ASCII character outside it as characters it matches", () => {
    for (const [pattern, flags] of [
      ["^[^\\u0000-\\u007f]$", "u"],
      ["^[^\\u0000-\\u00ff]$", ""],
      ["^[^\\u0000-\\uffff]$", "u"], // astral only
      ["^[^\\x20-\\x7e]$", "u"], // control characters and beyond
    ] as const) {
      const { source, emptyClasses } = drawableSource(pattern, flags);
      expect(emptyClasses).toEqual([]);
      const members = [...source.matchAll(/\\u\{?([0-9a-f]+)\}?/g)].map((match) => String.fromCodePoint(parseInt(match[1]!, 16)));
      expect(members.length).toBeGreaterThan(0);
      const written = new RegExp(pattern, flags);
      expect(members.filter((member) => !written.test(member))).toEqual([]);
    }
  });

  it("names a class that matches nothing", () => {
    expect(drawableSource("^a|[^\\s\\S]$", "u").emptyClasses).toEqual(["[^\\s\\S]"]);
  });
});

describe("repeatsNestedRepetition", () => {
  it("is true where a repeated group repeats something or alternates", () => {
    for (const pattern of ["^(a+)+$", "(\\s*\\w+)*$", "(.*){1,5}", "(\\w|\\d)+", "^(?:x(?:y[a-z]*)?){2,}$", "^([A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)*$"]) {
      expect(repeatsNestedRepetition(pattern), pattern).toBe(true);
    }
  });

  it("is false where no repetition is repeated", () => {
    for (const pattern of ["^[a-z]+$", "^(ab)+$", "^(a+)?b$", "^(a*){1}$", "^[(a+)]+$", "^\\(a+\\)+$", "^\\u{1F600}{2}$", "^(a|b)c{3}$", "(\\w|\\/|-){1,1011}", "^([A-Za-z0-9/+]{64}\\r?\\n)*$", "^(?:[a-z]{2}-)+$"]) {
      expect(repeatsNestedRepetition(pattern), pattern).toBe(false);
    }
  });
});

describe("leastLength", () => {
  it("counts characters, classes and escapes once; assertions and what may be left out not at all", () => {
    expect(leastLength("^abc$")).toBe(3);
    expect(leastLength("^a{3}[b-c]+d*e?\\d\\b$")).toBe(5);
    expect(leastLength("^(?:ab|c)(?=xyz)(?<name>d){2}\\k<name>$")).toBe(3);
    expect(leastLength("cron\\((\\b[0-5]?[0-9]\\b) (.*){1,5}\\)")).toBe(8);
    expect(leastLength("^\\u{1F600}😀$")).toBe(2);
  });
});
