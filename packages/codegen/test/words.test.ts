// Word splitting (naming/words.ts) is a hand-written scan, for speed; its rule is the regular
// expression below, kept here as the independent statement the scan is checked against.
import { describe, expect, it } from "vitest";
import { camelCase, forgetNameSpellings, pascalCase, snakeCase, splitWords } from "../src/naming/words.ts";

/** The rule: split at anything but an ASCII letter or digit, then at case boundaries. */
function wordsByRule(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+/)
    .flatMap((chunk) => chunk.match(/[A-Z]{2,}s(?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+[a-z]*/g) ?? [])
    .filter((word) => word.length > 0);
}

/** A deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("splitWords", () => {
  it("splits at separators and case boundaries", () => {
    expect(splitWords("minProtocol")).toEqual(["min", "Protocol"]);
    expect(splitWords("HTTPServer")).toEqual(["HTTP", "Server"]);
    // An acronym's plural is one word (OSCAL's "URLs" was urLs, its type PersonUrLs).
    expect(splitWords("URLs")).toEqual(["URLs"]);
    expect(splitWords("partyIDsList")).toEqual(["party", "IDs", "List"]);
    expect(splitWords("CPUsed")).toEqual(["CP", "Used"]);
    expect(splitWords("v2Api")).toEqual(["v", "2", "Api"]);
    expect(splitWords("session.started")).toEqual(["session", "started"]);
    expect(splitWords("__proto__")).toEqual(["proto"]);
    expect(splitWords("2ndPlace_X")).toEqual(["2nd", "Place", "X"]);
    expect(splitWords("ÄpfelBäume")).toEqual(["pfel", "B", "ume"]);
    expect(splitWords("")).toEqual([]);
  });

  it("agrees with the rule on random names", () => {
    const next = random(8);
    const alphabet = ["a", "b", "s", "z", "A", "B", "Z", "0", "7", "_", "-", ".", " ", "$", "é", "Ä", "😀"];
    let compared = 0;
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(next() * 12);
      let name = "";
      for (let i = 0; i < length; i++) name += alphabet[Math.floor(next() * alphabet.length)];
      forgetNameSpellings();
      expect(splitWords(name), JSON.stringify(name)).toEqual(wordsByRule(name));
      compared++;
    }
    expect(compared).toBe(5000);
  });

  it("hands out a copy, so a caller cannot change what later calls get", () => {
    const first = splitWords("fooBar");
    first.push("changed");
    expect(splitWords("fooBar")).toEqual(["foo", "Bar"]);
  });

  it("spells the cases from the words", () => {
    expect(pascalCase("session_id")).toBe("SessionId");
    expect(camelCase("URL")).toBe("url");
    expect(camelCase("URLs")).toBe("urls");
    expect(pascalCase("personIDs")).toBe("PersonIds");
    expect(snakeCase("minProtocol")).toBe("min_protocol");
  });
});
