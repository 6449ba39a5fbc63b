// Regression (found on two of cfn-lint's AWS resource schemas by the sweep: the runs on
// AWS::SecurityHub::SecurityControl and AWS::DataZone::DataSource never ended):
// - a negated class with no printable ASCII character outside it (`[^\u0000-\u007f]`): fast-check draws
//   a negated class by trying printable ASCII characters until one fits, without end. Such a class is
//   now drawn from the positive class of what it matches;
// - a pattern that repeats a repetition (`(.*){1,5}` four times over, and word boundaries, which
//   fast-check cannot draw and the generator drops): strings fast-check drew for it, with random text
//   before and after, took V8's backtracking engine seconds to minutes to test, matched or not. Such a
//   pattern is now drawn anchored and short, and broken by strings of a few code points;
// - a negated class that matches nothing (`[^\s\S]`): a reported give-up, never a loop.
// Each is judged by AJV and the Python validators, within the test's timeout.
import { resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { codePointLength } from "../src/arbitraries/index.ts";
import { leastLength } from "../src/arbitraries/patternShape.ts";
import { patternString, shortlyMatched } from "../src/arbitraries/strings.ts";
import { runConformance, type RunResult } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");

const NON_ASCII = "^[^\\u0000-\\u007f]+$";
const SCHEDULE = "cron\\((\\b[0-5]?[0-9]\\b) (\\b2[0-3]\\b|\\b[0-1]?[0-9]\\b) (.*){1,5} (.*){1,5} (.*){1,5}\\)";
const NOTHING = "^[^\\s\\S]$";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    "non-ascii": { type: "string", pattern: NON_ASCII },
    schedule: { type: "string", pattern: SCHEDULE },
    nothing: { type: "string", pattern: NOTHING },
  },
};

const { suite, schemaOf, drawn } = suiteOfDocument(document, "test:patterns-that-never-finished", "NeverFinished");

let judged: RunResult | undefined;
const python = PythonRunner.start(repoRoot, suite);
afterAll(() => python.close());

async function run(): Promise<RunResult> {
  judged ??= await runConformance(suite, { ajv: new AjvRunner(), others: [python] }, { seed: 1, runs: 30, otherRuns: 0 });
  return judged;
}

describe("a negated class with no ASCII character outside it", () => {
  it("is drawn, every string matches, and every runtime judges them alike", { timeout: 120_000 }, async () => {
    const regex = new RegExp(NON_ASCII, "u");
    const values = fc.sample(patternString(NON_ASCII, {}, undefined), { seed: 1, numRuns: 200 });
    expect(values.filter((value) => !regex.test(value))).toEqual([]);
    const result = await run();
    const tally = result.tallies.find((entry) => entry.schema === schemaOf("non-ascii").name);
    expect(tally?.instances).toBe(60);
    expect(tally?.failedInstances).toBe(0);
  });
});

describe("a pattern with word boundaries that repeats a repetition", () => {
  it("gets short matching strings, and short strings that break it", { timeout: 120_000 }, async () => {
    const regex = new RegExp(SCHEDULE, "u");
    const values = fc.sample(patternString(SCHEDULE, {}, undefined), { seed: 1, numRuns: 200 });
    expect(values.filter((value) => !regex.test(value))).toEqual([]);
    // Short: the pattern's least length and a margin (strings.ts SLOW_PATTERN_LENGTH), where its
    // matching strings were up to a hundred characters, some of which V8 took over a minute to test.
    expect(Math.max(...values.map(codePointLength))).toBeLessThanOrEqual(leastLength(SCHEDULE) + 24);
    for (const instance of drawn("schedule", "invalid", 1, 60, ["break-pattern"])) {
      expect(codePointLength(instance as string)).toBeLessThanOrEqual(4);
      expect(regex.test(instance as string)).toBe(false);
    }
    const result = await run();
    const tally = result.tallies.find((entry) => entry.schema === schemaOf("schedule").name);
    expect(tally?.instances).toBe(60);
    expect(tally?.failedInstances).toBe(0);
  });
});

describe("a candidate not drawn for a slow pattern (a format's string, say)", () => {
  it("is refused untested when long: the pattern's test could take minutes", () => {
    // V8 tries every way to split 40 `a`s among `(a+)+` before it rejects the `!`: 2^40 of them.
    const matches = shortlyMatched(new RegExp("^(a+)+$", "u"));
    expect(matches(`${"a".repeat(40)}!`)).toBe(false);
    expect(matches("aaaa")).toBe(true);
  });
});

describe("a negated class that matches nothing", () => {
  it("is a give-up the run reports, with the class named", { timeout: 120_000 }, async () => {
    expect(() => fc.sample(patternString(NOTHING, {}, undefined), { seed: 1, numRuns: 5 })).toThrow(/its class \[\^\\s\\S\] matches no character/);
    const result = await run();
    const name = schemaOf("nothing").name;
    const gaveUp = result.generatorGaveUp.filter((entry) => entry.schema === name);
    expect(gaveUp.map((entry) => entry.kind)).toContain("valid");
    expect(gaveUp.find((entry) => entry.kind === "valid")?.message).toMatch(/matches no character/);
  });
});
