// The calendar formats' rule (CALENDAR_FORMATS and CALENDAR_FIELD_RANGES) against the vectors every
// language's copy is held to, and the hand-written fast date-time check against that rule.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CALENDAR_FORMATS, FORMAT_RULES, isRfc3339DateTime, matchesCalendarFormat, OFFSET_ENDED_FORMATS, satisfiesFormat } from "@clone/schema";

const VECTORS: Record<string, { valid: string[]; invalid: string[] }> = JSON.parse(
  readFileSync(new URL("../rules/calendar-formats.json", import.meta.url), "utf8"),
);
delete VECTORS.$comment;

const reference = (value: string) => matchesCalendarFormat(CALENDAR_FORMATS["date-time"], value);

describe("calendar formats (packages/schema/rules/calendar-formats.json)", () => {
  it("has vectors for every calendar format, and only for those", () => {
    const calendar = Object.entries(FORMAT_RULES).filter(([, rule]) => rule.kind === "check" && rule.calendar !== undefined).map(([name]) => name);
    expect(Object.keys(VECTORS).sort()).toEqual(calendar.sort());
    expect(calendar.length).toBe(Object.keys(CALENDAR_FORMATS).length);
  });
  it("OFFSET_ENDED_FORMATS holds the formats with a valid vector that ends in an offset", () => {
    const offsetEnded = Object.entries(VECTORS).filter(([, { valid }]) => valid.some((value) => /(?:[Zz]|[+-]\d{2}:\d{2})$/.test(value))).map(([format]) => format);
    expect(offsetEnded.length).toBeGreaterThan(0);
    expect([...OFFSET_ENDED_FORMATS].sort()).toEqual(offsetEnded.sort());
  });
  for (const [format, { valid, invalid }] of Object.entries(VECTORS)) {
    it(`${format}: ${valid.length} valid, ${invalid.length} invalid`, () => {
      expect(valid.length).toBeGreaterThan(0);
      expect(invalid.length).toBeGreaterThan(0);
      for (const value of valid) expect(satisfiesFormat(format, value), JSON.stringify(value)).toBe(true);
      for (const value of invalid) expect(satisfiesFormat(format, value), JSON.stringify(value)).toBe(false);
    });
  }
});

describe("date-time", () => {
  it("the fast check gives the rule's verdict on every vector", () => {
    for (const value of [...VECTORS["date-time"]!.valid, ...VECTORS["date-time"]!.invalid]) {
      expect(isRfc3339DateTime(value), JSON.stringify(value)).toBe(reference(value));
    }
  });

  it("agrees with its specification on 20,000 mutated strings", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = "0123456789-:TtZz+.x 9";
    const bases = ["2026-01-31T09:30:00Z", "2024-02-29T23:59:59.5+05:30", "1999-12-31t00:00:00-00:00"];
    for (let i = 0; i < 20_000; i++) {
      const chars = [...bases[i % bases.length]!];
      for (let edits = 1 + Math.floor(random() * 2); edits > 0; edits--) {
        const at = Math.floor(random() * chars.length);
        const roll = random();
        if (roll < 0.6) chars[at] = alphabet[Math.floor(random() * alphabet.length)]!;
        else if (roll < 0.8) chars.splice(at, 1);
        else chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)]!);
      }
      const value = chars.join("");
      expect(isRfc3339DateTime(value), value).toBe(reference(value));
    }
  });
});
