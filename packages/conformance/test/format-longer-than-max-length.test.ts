// Regression (found by fuzz T, seed 55003 draft-04: "GENERATOR GAVE UP D0 (valid): cannot generate a
// valid value for format date with length bounds"): a string whose format's every value is longer
// than its maxLength (a date is ten characters; maxLength 9) has no value (NO FINITE VALUE); the run
// drew dates until it gave up. The shortest length is read from each format's own rule, so it must
// never be more than a valid string's: every format's drawn values are held to it.
import fc from "fast-check";
import { expect, it } from "vitest";
import { checkedStringFormats, formatString, leastFormattedLength } from "../src/arbitraries/formats.ts";
import { codePointLength } from "../src/arbitraries/strings.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    Found: { type: "string", minLength: 0, maxLength: 9, format: "date" },
    DateOfItsLength: { type: "string", maxLength: 10, format: "date" },
    UuidUnderItsLength: { type: ["string", "null"], maxLength: 35, format: "uuid" },
  },
};
const { suite } = suiteOfDocument(document, "test:format-longer-than-max-length", "FormatLongerThanMaxLength");

it("a format whose values are all longer than the maxLength admits none", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["Found"]);
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "DateOfItsLength")?.instances).toBe(40);
  expect(result.tallies.find((tally) => tally.schema === "UuidUnderItsLength")?.instances).toBe(40);
});

it.each(checkedStringFormats())("no valid %s is shorter than the least length read from its rule", (format) => {
  const least = leastFormattedLength(format);
  for (const value of fc.sample(formatString(format)!, { seed: 5, numRuns: 300 })) expect(codePointLength(value)).toBeGreaterThanOrEqual(least);
});

it("the calendar and fixed-form formats' least lengths are their shortest values'", () => {
  expect(Object.fromEntries(["date", "date-time", "time", "uuid", "ipv4", "duration"].map((format) => [format, leastFormattedLength(format)]))).toEqual({
    date: "2026-01-31".length,
    "date-time": "2026-01-31T09:30:00Z".length,
    time: "09:30:00Z".length,
    uuid: 36,
    ipv4: "1.2.3.4".length,
    duration: "P1D".length,
  });
});
