// The hand-written date-time check must give exactly the verdict of its specification: the shared
// regular expression plus the calendar and clock ranges.
import { describe, expect, it } from "vitest";
import { DATE_TIME_PATTERN, isRfc3339DateTime } from "@clone/schema";

const syntax = new RegExp(DATE_TIME_PATTERN);

function reference(value: string): boolean {
  const match = syntax.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHour = 0, offsetMinute = 0] = match.slice(1).map((group) => (group === undefined ? undefined : Number(group))) as number[];
  const leap = (year! % 4 === 0 && year! % 100 !== 0) || year! % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1];
  return days !== undefined && day! >= 1 && day! <= days && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHour <= 23 && offsetMinute <= 59;
}

describe("date-time", () => {
  it.each([
    ["2026-01-31T09:30:00Z", true],
    ["2026-01-31t09:30:00z", true],
    ["2024-02-29T00:00:00+00:00", true],
    ["2000-02-29T23:59:59.123456-12:30", true],
    ["1900-02-29T00:00:00Z", false],
    ["2026-02-29T00:00:00Z", false],
    ["2026-04-31T00:00:00Z", false],
    ["2026-13-01T00:00:00Z", false],
    ["2026-01-31T24:00:00Z", false],
    ["2026-12-31T23:59:60Z", false],
    ["2026-01-31T09:30:00", false],
    ["2026-01-31 09:30:00Z", false],
    ["2026-01-31T09:30:00.Z", false],
    ["2026-01-31T09:30:00+0100", false],
    ["2026-01-31T09:30:00+24:00", false],
    ["2026-01-31T09:30:00Z ", false],
    ["２026-01-31T09:30:00Z", false],
  ])("%s → %s", (value, expected) => {
    expect(isRfc3339DateTime(value)).toBe(expected);
    expect(reference(value)).toBe(expected);
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
