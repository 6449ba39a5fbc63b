// A recorded instance (or a document's example) holding a string one of the schema's patterns cannot
// be run to the end on: V8's backtracking engine overflows its stack (`^((a)|(b))*$` on some 2.1
// million "a"s, RangeError "Maximum call stack size exceeded"). The model's reading threw that
// RangeError, and `--instances` died with a stack trace, judging nothing. The instance is now not
// judged, named with the pattern's place and the string's length under the heading an instance nested
// too deep is named under, and the run judges the others. Neither the model nor AJV has a verdict
// there; Python's `re` runs the pattern to the end (held here, as the run's words say so).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Validator } from "@clone/schema";
import { PatternNotRun } from "@clone/schema/patterns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeDocumentExamples } from "../src/documentExamples.ts";
import { judgeRecorded, ReferenceValidator } from "../src/recorded.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { OVERFLOWING_PATTERN, overflowingString } from "../../schema/test/overflowingPattern.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "pattern-not-run-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LONG = overflowingString();
const DRAFT_07 = "http://json-schema.org/draft-07/schema#";
const LETTERS = { type: "string", pattern: OVERFLOWING_PATTERN };
const notRunAt = (place: string) => `the pattern at ${place} could not be run to the end on a string of ${LONG.length} characters`;

describe("a recorded instance holding a string the schema's pattern cannot be run to the end on", () => {
  it("is not judged, named with the pattern's place and the string's length, and the run judges the others", { timeout: 120_000 }, () => {
    const input = join(scratch, "letters.json");
    writeFileSync(input, JSON.stringify({ $schema: DRAFT_07, ...LETTERS }));
    const file = join(scratch, "letters.jsonl");
    writeFileSync(file, [LONG, "abba", "abc"].map((value) => JSON.stringify(value)).join("\n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", file, "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("NOT JUDGED, PAST WHAT THE RUNTIMES RUN: 1 of the recorded instances");
    expect(run.stdout).toContain(`${file}:1: ${notRunAt("#/pattern")}`);
    expect(run.stdout).toContain(`${file}:3 (schema Letters): (root): must match pattern`);
    expect(run.stdout).toContain("conformance: 2 recorded instances judged, 0 disagreements (1 invalid by AJV on the input document)");
  });
});

describe("an instance the model or AJV could not run a pattern on", () => {
  const document = { $schema: DRAFT_07, definitions: { Letters: { ...LETTERS, examples: ["abba", LONG] }, Named: { type: "object", properties: { name: { type: "string", maxLength: 1 } } } } };
  const documented = suiteOfDocument(document, "letters.json", "Letters");
  let python: PythonRunner;
  beforeAll(() => {
    python = PythonRunner.start(repoRoot, documented.suite);
  });
  afterAll(async () => python.close());

  it("is a document example not judged either, named so", { timeout: 120_000 }, async () => {
    const { result } = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [python] }, [documented.schemaOf("Letters")], 1);
    expect(result.pastTheRuntimes).toEqual([{ source: expect.stringMatching(/^examples\[1\] of /) as unknown as string, why: expect.stringContaining(notRunAt("#/definitions/Letters/pattern")) as unknown as string }]);
    expect(result.judged).toBe(1);
    expect(result.failures).toEqual([]);
  });

  it("is not judged where only AJV could not run the pattern (the model ran through), and the others are", { timeout: 120_000 }, async () => {
    // A stand-in reference: AJV on a document whose pattern the model does not read the same way would throw so.
    const notRun = Object.assign(
      (value: unknown) => {
        if (typeof value === "object" && value !== null && (value as { name?: unknown }).name === "x") throw new PatternNotRun("^x$", "x");
        return true;
      },
      { messages: () => [], issues: () => [], errors: null, schemaName: "stand-in" },
    ) as unknown as Validator<unknown>;
    const reference = { validator: () => notRun } as unknown as ReferenceValidator;
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, reference, documented.schemaOf("Named"), [
      { source: "not run", instance: { name: "x" } },
      { source: "plain", instance: { name: "y" } },
    ]);
    expect(result.pastTheRuntimes).toEqual([{ source: "not run", why: expect.stringContaining('the pattern "^x$" could not be run to the end on a string of 1 characters') as unknown as string }]);
    expect(result.referenceThrew).toEqual([]);
    expect(result.judged).toBe(1);
  });

  it("is one Python's validators run the pattern to the end on (the run's words say so)", { timeout: 120_000 }, async () => {
    const [verdicts] = await python.judge([{ schema: documented.schemaOf("Letters"), instance: LONG }]);
    expect(Object.keys(verdicts!).length).toBeGreaterThan(0);
    expect(Object.entries(verdicts!).map(([column, verdict]) => [column, verdict.valid])).toEqual(Object.keys(verdicts!).map((column) => [column, true]));
  });
});

// An API description's example beside a schema that is no type of the model (a parameter's) is judged
// by AJV alone: where AJV could not run the pattern on it, it was listed as AJV THREW and the run failed.
describe("an example beside a schema of no type holding a string the pattern cannot be run to the end on", () => {
  it("is not judged, named with its schema's place and why, and the run goes on", { timeout: 120_000 }, () => {
    const input = join(scratch, "letters-api.json");
    const parameters = [
      { name: "word", in: "query", schema: LETTERS, example: LONG },
      { name: "short", in: "query", schema: LETTERS, example: "abc" },
    ];
    writeFileSync(input, JSON.stringify({ openapi: "3.0.3", info: { title: "Letters", version: "1" }, paths: { "/w": { get: { parameters, responses: { "204": { description: "none" } } } } } }));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--runs", "1", "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(run.stdout).not.toContain("THREW");
    expect(run.status).toBe(0);
    // The pattern named at its places in the file: each parameter's schema (read as a named place, of no type: a string).
    expect(run.stdout).toContain(`example #/paths/~1w/get/parameters/0/example (schema #/paths/~1w/get/parameters/0/schema): the pattern at #/paths/~1w/get/parameters/0/schema/pattern, #/paths/~1w/get/parameters/1/schema/pattern could not be run to the end on a string of ${LONG.length} characters`);
    // The other one is judged: "abc" does not match.
    expect(run.stdout).toContain("1 beside a schema that is no type of the model, judged by AJV on the input document alone (no generated code reads it), 1 invalid");
  });
});
