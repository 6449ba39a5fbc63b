// Regression (found by fuzz AC, seed 63007 OpenAPI 3.1 index 0, the response's root: an array variant
// whose `contains` is `{type: string, format: email, pattern: "^[a-z]+$"}`, drawn until "GENERATOR GAVE
// UP … cannot generate a valid value for format email with ^[a-z]+$: 500 candidates in a row were
// rejected"; shrunk): every email holds `@` (its syntax's one way through), and a pattern of nothing but
// `[a-z]` between `^` and `$` matches no string holding one, so no value is both. Now NO FINITE VALUE.
// Controls: a pattern whose class takes `@` and `.` (some emails match it), and one that is no
// whole-string shape (`@`), are drawn for.
import fc from "fast-check";
import { FORMAT_RULES } from "@clone/schema";
import { describe, expect, it } from "vitest";
import { formatString } from "../src/arbitraries/formats.ts";
import { atomsOfAWholeStringPattern, charactersEveryMatchHolds } from "../src/arbitraries/patternShape.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    EmailOfLettersOnly: { type: "string", format: "email", pattern: "^[a-z]+$" },
    ArrayHoldingOne: { type: "array", contains: { $ref: "#/$defs/EmailOfLettersOnly" } },
    DateOfDigitsOnly: { type: "string", format: "date", pattern: "^\\d{8}$" },
    EmailOfLettersAndDots: { type: "string", format: "email", pattern: "^[a-z@.]+$" },
    EmailHoldingAnAt: { type: "string", format: "email", pattern: "@" },
  },
};
const { suite } = suiteOfDocument(document, "test:format-holding-a-character-the-pattern-refuses", "FormatAgainstPattern");

it("a format holding a character its pattern's every atom refuses has no value, nor an array that must hold one", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 4, otherRuns: 4 });
  expect([...result.withoutFiniteValue].sort()).toEqual(["ArrayHoldingOne", "DateOfDigitsOnly", "EmailOfLettersOnly"]);
  expect(result.generatorGaveUp).toEqual([]);
  for (const schema of ["EmailOfLettersAndDots", "EmailHoldingAnAt"]) expect(result.tallies.find((tally) => tally.schema === schema)?.instances, schema).toBe(8);
});

describe("the shapes read", () => {
  it("every string drawn of a format (held to its rule) holds each character its syntax is read to hold", () => {
    const formats = Object.entries(FORMAT_RULES).flatMap(([name, rule]) => {
      const syntax = rule.kind === "pattern" ? rule.regex : rule.kind === "check" ? rule.calendar : undefined;
      return syntax === undefined ? [] : [{ name, held: [...charactersEveryMatchHolds(syntax.source)] }];
    });
    expect(formats.find(({ name }) => name === "email")?.held).toEqual(["@"]);
    expect(formats.find(({ name }) => name === "date")?.held).toEqual(["-"]);
    for (const { name, held } of formats) {
      for (const value of fc.sample(formatString(name)!, { seed: 3, numRuns: 100 })) expect(held.filter((character) => !value.includes(character)), `${name}: ${value}`).toEqual([]);
    }
  });

  it("a pattern of single-character atoms between ^ and $ is read as its atoms; any other shape as none", () => {
    expect(atomsOfAWholeStringPattern("^[a-z]+$")).toEqual(["[a-z]"]);
    expect(atomsOfAWholeStringPattern("^\\d{3}-\\d{4}$")).toEqual(["\\d", "-", "\\d"]);
    for (const other of ["[a-z]+", "^[a-z]+", "^(a|b)$", "^a|b$", "^a\\$", "^(?=a)a$", "^\\ba$"]) expect(atomsOfAWholeStringPattern(other), other).toBeUndefined();
  });
});
