// The reading the case run compares the toolkit's calendar formats with (TOOLKIT_READINGS,
// "calendar-formats-refuse-leap-seconds"): RFC 3339 lets a time end on second 60 only where that is
// the last second of a UTC day. A test only that reading accepts is not judged, so the reading must
// accept no other value: its verdicts here are RFC 3339's, worked out by hand.
import { describe, expect, it } from "vitest";
import { satisfiesFormat } from "@clone/schema";
import { satisfiesFormatWithLeapSeconds } from "../src/cases.ts";

describe("calendar formats read with leap seconds", () => {
  const accepted: [string, string][] = [
    ["date-time", "1998-12-31T23:59:60Z"],
    ["date-time", "1998-12-31T15:59:60.123-08:00"],
    ["time", "23:59:60z"],
    ["time", "01:29:60+01:30"],
    ["time", "00:29:60-23:30"],
  ];
  const refused: [string, string][] = [
    ["date-time", "1998-12-31T23:58:60Z"],
    ["date-time", "1998-12-31T22:59:60Z"],
    ["date-time", "1998-02-31T23:59:60Z"],
    ["date-time", "1998-12-31T23:59:61Z"],
    ["time", "23:59:60+01:00"],
    ["time", "23:59:60-00:30"],
    ["time", "23:60:60Z"],
    ["time", "23:59:60"],
    ["date", "1998-12-31T23:59:60Z"],
  ];

  it("accepts a leap second that ends a UTC day, which the toolkit's rule refuses", () => {
    for (const [format, value] of accepted) {
      expect(satisfiesFormat(format, value), value).toBe(false);
      expect(satisfiesFormatWithLeapSeconds(format, value), value).toBe(true);
    }
  });

  it("refuses a second 60 anywhere else, and what the rule refuses for another reason", () => {
    for (const [format, value] of refused) expect(satisfiesFormatWithLeapSeconds(format, value), `${format} ${value}`).toBe(false);
  });

  it("gives the rule's verdict on every value without a leap second", () => {
    for (const [format, value] of [["date-time", "2026-01-31T09:30:00Z"], ["time", "09:30:00+01:00"], ["date", "2024-02-29"], ["date", "2023-02-29"]] as const) {
      expect(satisfiesFormatWithLeapSeconds(format, value), value).toBe(satisfiesFormat(format, value));
    }
  });
});
