// A document holding a pattern AJV refuses in Unicode mode, which compiles without the flag (`^[\w-.]+$`:
// a range from a class escape is no range with `u`; found as STIX 2.1's core `type`,
// `^\-?[a-z0-9]+(-[a-z0-9]+)*\-?$`, which the toolkit now reads in Unicode mode: escaped-punctuation-pattern.test.ts).
// The drawn run judges its instances by the model's expectation, AJV's lack of a verdict named by the
// known limitation ajv-compiles-patterns-in-unicode-mode; `--instances` had no reference at all
// (AJV refused the whole document) and judged none of them (found by sweep AC). The reference now
// refuses only the values that reach such a pattern: the others have AJV's verdict and are judged,
// and those are named, not judged, by that limitation.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { judgeRecorded, ReferenceValidator } from "../src/recorded.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "pattern-refused-in-unicode-mode-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const REFUSED = "^[\\w-.]+$";
const LIMITATION = "ajv-compiles-patterns-in-unicode-mode";
const core = { type: "object", properties: { name: { type: "string" }, type: { type: "string", pattern: REFUSED } }, required: ["name"] };

describe("recorded instances of a document with a pattern AJV refuses in Unicode mode", () => {
  it("are judged where they do not reach it; those that do are named by the limitation", async () => {
    const document = { $schema: "http://json-schema.org/draft-07/schema#", definitions: { Core: core } };
    const { model, schemaOf } = suiteOfDocument(document, "core.json", "Stix");
    expect(() => new RegExp(REFUSED, "u")).toThrow(SyntaxError);
    const reference = new ReferenceValidator(model.source.document, model.source.dialect);
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [] }, reference, schemaOf("Core"), [
      { source: "no type", instance: { name: "a" } },
      { source: "a number", instance: { name: 1 } },
      // Refused before the pattern is reached (no `name`), though every error asked for reaches it.
      { source: "no name", instance: { type: "Indicator" } },
      { source: "a type", instance: { name: "a", type: "indicator" } },
    ]);
    expect(result.judged).toBe(3);
    expect(result.expectedInvalid.map(({ source, detail }) => [source, detail])).toEqual([
      ["a number", "/name: expected string"],
      ["no name", "/name: is required"],
    ]);
    expect([...result.referenceLimited]).toEqual([[LIMITATION, { count: 1, first: "a type" }]]);
    expect(result.referenceThrew).toEqual([]);
    expect(result.failures).toEqual([]);
  });

  it("are judged by `--instances`, which names the rest and passes", { timeout: 120_000 }, () => {
    const input = join(scratch, "core.json");
    writeFileSync(input, JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", ...core }));
    const file = join(scratch, "core.jsonl");
    writeFileSync(file, [{ name: "a" }, { name: "a", type: "indicator" }, {}].map((value) => JSON.stringify(value)).join("\n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", file, "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toContain("no recorded instance judged");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("conformance: 2 recorded instances judged, 0 disagreements (1 invalid by AJV on the input document)");
    expect(run.stdout).toContain(`NOT JUDGED 1 of the recorded instances: AJV's verdict on the input document is its KNOWN LIMITATION ${LIMITATION} there`);
    expect(run.stdout).toContain(`first: ${file}:2`);
  });
});
