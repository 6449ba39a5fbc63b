// Case files (JSON Schema's test-suite format): the reader refuses a malformed file naming the file
// and JSON pointer, and the run holds every runtime to what each test states, so a wrong statement
// fails it (the run can fail), and what it does not judge it names.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { numbersNotCarried, readCaseFiles } from "../src/caseFiles.ts";
import { runCases } from "../src/cases.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "case-files-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `groups` as `<folder>/<name>.json` under a fresh directory; returns that directory. */
function caseDirectory(folder: string, groups: unknown): string {
  const dir = mkdtempSync(join(scratch, "cases-"));
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, "file.json"), typeof groups === "string" ? groups : JSON.stringify(groups));
  return dir;
}

describe("reading case files", () => {
  it("reads groups and tests with the file's dialect from its folder, and each test's pointer", () => {
    const dir = caseDirectory("draft2020-12", [{ description: "g", schema: { type: "string" }, tests: [{ description: "t", data: "x", valid: true }] }]);
    const [group] = readCaseFiles(dir);
    expect(group).toMatchObject({ file: join("draft2020-12", "file.json"), dialect: "2020-12", pointer: "/0", tests: [{ pointer: "/0/tests/0", data: "x", valid: true }] });
  });

  it.each([
    ["a test without its statement", [{ description: "g", schema: {}, tests: [{ description: "t", data: 1 }] }], "/0/tests/0/valid"],
    ["a schema that is no schema", [{ description: "g", schema: 3, tests: [{ description: "t", data: 1, valid: true }] }], "/0/schema"],
    ["a group without tests", [{ description: "g", schema: true, tests: [] }], "/0/tests"],
  ])("refuses %s, naming the file and the JSON pointer", (_, groups, pointer) => {
    const dir = caseDirectory("draft7", groups);
    expect(() => readCaseFiles(dir)).toThrow(expect.objectContaining({ pointer, location: join("draft7", "file.json") }));
  });

  it("finds the numbers no double holds as written, by where they are", () => {
    const text = '{"a": [1.0, 13.7, 9007199254740993, {"b\\"c": 1e400}], "d": -0, "e": 0.1, "f": 9007199254740992.0, "g": 123456789012345678901234567890.5, "h": [true, false, null, "9007199254740993"]}';
    expect(Object.fromEntries(numbersNotCarried(text))).toEqual({ "/a/2": "9007199254740993", '/a/3/b"c': "1e400", "/g": "123456789012345678901234567890.5" });
  });

  it("carries a test's or a group's integers a double does not hold as written, and marks one holding such a decimal, or two integers of one double", () => {
    const dir = caseDirectory(
      "draft7",
      '[{"description": "g", "schema": {"maximum": 18446744073709551615}, "tests": [{"description": "t", "data": 1, "valid": true}]},' +
        ' {"description": "h", "schema": {"type": "integer"}, "tests": [{"description": "big", "data": 18446744073709551615, "valid": true}, {"description": "small", "data": 2.0, "valid": true},' +
        ' {"description": "decimal", "data": 123456789012345678901234567890.5, "valid": false}, {"description": "one double", "data": [9223372036854775807, 9223372036854775808], "valid": true}]}]',
    );
    const [first, second] = readCaseFiles(dir);
    expect(first!.numberNotCarried).toBeUndefined();
    expect(first!.integersAsWritten).toEqual(new Map([[2 ** 64, "18446744073709551615"]]));
    expect(second!.integersAsWritten).toBeUndefined();
    expect(second!.tests.map((test) => test.integersAsWritten)).toEqual([new Map([[2 ** 64, "18446744073709551615"]]), undefined, undefined, undefined]);
    expect(second!.tests.map((test) => test.numberNotCarried)).toEqual([undefined, undefined, "123456789012345678901234567890.5", "9223372036854775807"]);
  });

  it("refuses invalid JSON with its line, and a file outside a dialect's folder", () => {
    expect(() => readCaseFiles(caseDirectory("draft7", '[{"description": "g",\n "schema": }]'))).toThrow(/file\.json: invalid JSON/);
    expect(() => readCaseFiles(caseDirectory("somewhere", []))).toThrow(/not in a dialect's folder/);
  });
});

describe("judging case files", () => {
  it("holds every runtime to each test's statement: a wrong statement fails, a right one passes", { timeout: 300_000 }, async () => {
    const dir = caseDirectory("draft7", [
      {
        description: "at most 2 characters",
        schema: { type: "string", maxLength: 2 },
        tests: [
          { description: "short, stated valid", data: "ab", valid: true },
          { description: "long, wrongly stated valid", data: "abc", valid: true },
          { description: "long, stated invalid", data: "abcd", valid: false },
        ],
      },
    ]);
    const result = await runCases(repoRoot, readCaseFiles(dir), { swift: false });
    expect(result.cases).toBe(3);
    expect(result.failures.map((failure) => failure.test.description)).toEqual(["long, wrongly stated valid"]);
    // Every strict validator rejected it, each charged with breaking the statement.
    expect(result.failures[0]!.findings.map((finding) => finding.column).sort()).toEqual(["ajv", "drf", "fastjsonschema", "jsonschema"]);
  });

  it("judges integers a double does not hold as written, and names a test or group holding a decimal no runtime sees as written", { timeout: 300_000 }, async () => {
    const dir = caseDirectory(
      "draft7",
      '[{"description": "bound", "schema": {"maximum": 18446744073709551615}, "tests": [{"description": "t", "data": 18446744073709551600, "valid": true}]},' +
        ' {"description": "whole", "schema": {"type": "integer"}, "tests": [{"description": "big", "data": 9007199254740993, "valid": true}, {"description": "written with a fraction", "data": 2.0, "valid": true}, {"description": "a fraction past 2^53", "data": 9007199254740991.5, "valid": false}]},' +
        ' {"description": "decimal bound", "schema": {"maximum": 123456789012345678901234567890.5}, "tests": [{"description": "t", "data": 1, "valid": true}]}]',
    );
    const result = await runCases(repoRoot, readCaseFiles(dir), { swift: false });
    expect(result.notJudged.map(({ group, reason }) => [group.description, reason])).toEqual([["decimal bound", expect.stringContaining("123456789012345678901234567890.5 is read as the double 1.2345678901234568e+29")]]);
    expect(result.notCarried.map(({ test, number }) => [test.description, number])).toEqual([["a fraction past 2^53", "9007199254740991.5"]]);
    expect(result.cases).toBe(3);
    expect(result.failures).toEqual([]);
  });

  it("does not judge a draft-04 test that a keyword of a later draft decides, and names the reading", { timeout: 300_000 }, async () => {
    const dir = caseDirectory("draft4", [
      { description: "const", schema: { const: 2 }, tests: [{ description: "the constant", data: 2, valid: true }, { description: "another value", data: 5, valid: true }] },
      { description: "if", schema: { if: true, then: { minimum: 3 } }, tests: [{ description: "below", data: 1, valid: true }] },
    ]);
    const result = await runCases(repoRoot, readCaseFiles(dir), { swift: false });
    expect([...result.readByToolkit].map(([reading, tests]) => [reading, tests.map(({ test }) => test.description)])).toEqual([["later-keywords-apply-in-earlier-drafts", ["another value", "below"]]]);
    expect(result.cases).toBe(1);
    expect(result.failures).toEqual([]);
  });

  it("names what it does not judge: a remote reference, a schema its meta-schema refuses or of another dialect, a test the toolkit reads otherwise", { timeout: 300_000 }, async () => {
    const dir = caseDirectory("draft7", [
      { description: "remote", schema: { $ref: "https://example.com/elsewhere.json" }, tests: [{ description: "t", data: 1, valid: false }] },
      { description: "not a schema", schema: { type: 12 }, tests: [{ description: "t", data: 1, valid: true }] },
      { description: "another dialect", schema: { $schema: "https://json-schema.org/draft/2020-12/schema", prefixItems: [true] }, tests: [{ description: "t", data: [1], valid: true }] },
      {
        description: "decimal multiple",
        schema: { multipleOf: 0.1 },
        tests: [
          { description: "read in binary floating point", data: 0.3, valid: true },
          { description: "no multiple either way", data: 0.35, valid: false },
        ],
      },
    ]);
    const result = await runCases(repoRoot, readCaseFiles(dir), { swift: false });
    expect(result.notJudged.map(({ group, reason }) => [group.description, reason]).sort()).toEqual([
      ["another dialect", expect.stringContaining("another dialect than its folder's")],
      ["not a schema", expect.stringContaining("meta-schema refuses")],
      ["remote", expect.stringContaining("never fetched")],
    ]);
    expect([...result.readByToolkit].map(([reading, tests]) => [reading, tests.map(({ test }) => test.description)])).toEqual([["multiple-of-in-binary-floating-point", ["read in binary floating point"]]]);
    expect(result.cases).toBe(1);
    expect(result.failures).toEqual([]);
  });
});
