// Regression (found on cfn-lint's AWS::DeviceFarm::VPCEConfiguration and AWS::QuickSight::DataSource
// resource schemas by the sweep: "GENERATOR GAVE UP … cannot generate a valid value for string matching
// ^arn:.+ with minLength 32 and maxLength 1011: 500 candidates in a row were rejected"): fast-check
// repeats a pattern's quantifiers about ten times by default, so a `.+` never reached the length the
// schema asks for; a pattern under a minLength is drawn with quantifiers repeated far enough. And a
// pattern that is one character repeated under an exact length (AWS::MediaPackageV2::OriginEndpoint's
// 32-digit hex id, minLength = maxLength = 32) is drawn a character at a time, at a length it allows.
// An unanchored pattern under a maxLength (AWS::CodeArtifact::Repository's account id, `[0-9]{12}` with
// minLength = maxLength = 12) is also drawn as its anchored reading: read as text around a match,
// fast-check's every candidate was too long for it, and the run gave up.
import fc from "fast-check";
import { expect, it } from "vitest";
import { codePointLength } from "../src/arbitraries/index.ts";
import { patternString } from "../src/arbitraries/strings.ts";

it.each([
  ["^arn:.+", 32, 1011],
  ["^[a-z]+$", 150, 300],
  ["^[0-9a-fA-F]+$", 32, 32],
  ["[0-9]{12}", 12, 12],
  ["[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}", 2, 100],
])("strings matching %s at least %i long are drawn", (pattern, minLength, maxLength) => {
  const regex = new RegExp(pattern, "u");
  const values = fc.sample(patternString(pattern, { minLength, maxLength }, undefined), { seed: 3, numRuns: 50 });
  expect(values).toHaveLength(50);
  for (const value of values) {
    expect(regex.test(value)).toBe(true);
    expect(codePointLength(value)).toBeGreaterThanOrEqual(minLength);
    expect(codePointLength(value)).toBeLessThanOrEqual(maxLength);
  }
});
