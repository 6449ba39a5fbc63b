// The TypeScript pointer helper against the vectors every language's helper is held to.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { childPointer, escapePointerToken, jsonPointer, pointerTokens, unescapePointerToken } from "@clone/schema/json-pointer";

const VECTORS: { pointers: { tokens: string[]; pointer: string }[] } = JSON.parse(
  readFileSync(new URL("../rules/json-pointer.json", import.meta.url), "utf8"),
);

describe("JSON pointers (packages/schema/rules/json-pointer.json)", () => {
  it("has vectors", () => expect(VECTORS.pointers.length).toBeGreaterThan(10));

  for (const { tokens, pointer } of VECTORS.pointers) {
    it(`${JSON.stringify(tokens)} ⇄ ${JSON.stringify(pointer)}`, () => {
      expect(jsonPointer(tokens)).toBe(pointer);
      expect(pointerTokens(pointer)).toEqual(tokens);
      expect(tokens.map((token) => unescapePointerToken(escapePointerToken(token)))).toEqual(tokens);
      expect(childPointer("/root", ...tokens)).toBe(`/root${pointer}`);
    });
  }

  it("a number is a token like its decimal text", () => expect(jsonPointer(["items", 3])).toBe("/items/3"));
  it("text without a leading slash is no pointer", () => expect(pointerTokens("foo")).toBeUndefined());
});
