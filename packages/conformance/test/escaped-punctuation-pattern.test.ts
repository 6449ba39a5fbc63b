// An escaped ASCII punctuation mark that ECMA-262's Unicode mode refuses (`\-` outside a class, `\:`)
// is the mark itself, as ECMA-262 reads it without the `u` flag and Python's `re`, ICU and Swift's
// Regex read it: STIX 2.1's core `type` is `^\-?[a-z0-9]+(-[a-z0-9]+)*\-?$` (stix2-json-schemas,
// common/core.json, BSD-3-Clause), and AJV, which compiles patterns with the `u` flag, refused it,
// so the conformance run judged neither real STIX object (its examples) nor any drawn instance
// (ajv-compiles-patterns-in-unicode-mode named all 200). unicodeModePattern spells such an escape by
// its code, which every mode and engine reads as the mark; AJV's patterns, the model's and the
// targets' read that one pattern.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ecmaRegExp } from "@clone/codegen";
import { unicodeModePattern } from "@clone/schema";
import { afterAll, describe, expect, it } from "vitest";
import { DocumentAjv } from "../src/runners/documentAjv.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "escaped-punctuation-pattern-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STIX_TYPE = "^\\-?[a-z0-9]+(-[a-z0-9]+)*\\-?$";
const core = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  properties: { type: { type: "string", pattern: STIX_TYPE, minLength: 3, maxLength: 250 }, arn: { type: "string", pattern: "^arn\\:[a-z\\@\\=]+$" } },
  required: ["type"],
  examples: [{ type: "indicator", arn: "arn:b" }, { type: "x-acme-widget", arn: "arn:a@=" }],
};

/** Strings around the marks the patterns below escape, each tested by the pattern read without the flag (the oracle) and as the toolkit reads it. */
const PROBES = ["indicator", "-x-acme-", "x--y", "X", "a:b", "a-b", "a@b", "a=b", "a\\b", "a\\-b", "\u{1F600}", "arn:a@=", "arn:a", ":", "-", "--", "a_b", "a'b", "aZ", "a.Z", "ABe", "AB"];

describe("a pattern escaping a punctuation mark Unicode mode refuses", () => {
  it("is read as the same pattern in Unicode mode: each string matched as without the flag", () => {
    const patterns = [STIX_TYPE, "^arn\\:[a-z\\@\\=]+$", "^[\\:-\\@]+$", "^a\\-*b$", "^[\\-\\_]+$", "^a\\'b$", "^\\-{2}$", "^[.\\-_/#A-Za-z0-9]{1,512}\\Z", "^\\A[\\B]+\\e$"];
    for (const pattern of patterns) {
      expect(() => new RegExp(pattern, "u"), pattern).toThrow(SyntaxError);
      const withoutTheFlag = new RegExp(pattern);
      const read = new RegExp(unicodeModePattern(pattern), "u");
      for (const probe of PROBES) expect(read.test(probe), `${pattern} on ${probe}`).toBe(withoutTheFlag.test(probe));
      expect(ecmaRegExp(pattern).flags).toBe("u");
    }
    // Some strings match each: the comparison is not only of misses.
    expect(PROBES.filter((probe) => new RegExp(STIX_TYPE).test(probe))).toEqual(["indicator", "-x-acme-", "a-b"]);
  });

  it("leaves escapes that mean something, or that engines read otherwise, as written", () => {
    // A syntax character's escape, `\-` inside a class, an escaped backslash before a `-`, ECMA-262's own letter escapes, `/`.
    for (const pattern of ["^\\d\\.\\$$", "[\\-a]", "\\\\-", "\\x41\\u0041\\u{41}\\k<n>", "[\\b\\w-.]", "\\/"]) expect(unicodeModePattern(pattern)).toBe(pattern);
    // An escaped letter ECMA-262 gives no meaning is the letter (`\B` only inside a class, `\x` and `\u` without their digits).
    expect(unicodeModePattern("\\A[a\\B]\\Z\\a\\xg\\u12")).toBe("A[aB]Zaxgu12");
    expect(unicodeModePattern("^\\d\\.\\-[\\-\\:]\\\\\\-$")).toBe("^\\d\\.\\x2d[\\-\\x3a]\\\\\\x2d$");
  });

  it("has AJV's verdict on values that reach it", () => {
    const validate = new DocumentAjv(core, "draft-07").validator("Core", "#");
    expect([{ type: "indicator" }, { type: "-x-acme-" }, { type: "x--y" }, { type: "Indicator" }, { type: "ok1", arn: "arn:b=" }, { type: "ok1", arn: "arn-b" }].map((value) => validate(value))).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it("is judged by the conformance run: examples and drawn instances, AJV's verdict on each", { timeout: 180_000 }, () => {
    const input = join(scratch, "stix.json");
    writeFileSync(input, JSON.stringify(core));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--runs", "20", "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("ajv-compiles-patterns-in-unicode-mode");
    expect(run.stdout).toContain("conformance: 2 document examples judged, 0 disagreements (0 invalid by AJV on the input document)");
    expect(run.stdout).toMatch(/^Stix +40 +40 \/ 0 +40 \/ 0 +40 \/ 0 +40 \/ 0/m);
  });
});
