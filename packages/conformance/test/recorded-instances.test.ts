// Recorded instances and the document's own examples, judged against AJV on the input document
// (recorded.ts, documentExamples.ts): the oracle for what the generated run cannot see. A model that
// is wrong the strict way (it reads `maxLength: 3` as 2) draws no value of length 3, so the generated
// run agrees with itself; a recorded instance of length 3 shows every runtime built from that model
// rejecting valid data. Malformed JSON Lines stop the run naming file and line.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentExamples, judgeDocumentExamples } from "../src/documentExamples.ts";
import { judgeRecorded, MAX_JUDGED_NESTING, nestingDepth, readRecordedInstances, ReferenceValidator } from "../src/recorded.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import type { Case, Runner, Verdict } from "../src/runners/types.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "recorded-instances-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const itemOf = (maxLength: number) => ({
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: { Item: { type: "object", properties: { code: { type: "string", maxLength } }, required: ["code"] } },
});
/** The real schema, and a model of it that is deliberately wrong: stricter than the schema. */
const REAL_DOCUMENT = itemOf(3);
const wrong = suiteOfDocument(itemOf(2), "wrong.json", "Wrong");

describe("recorded instances against AJV on the input document", () => {
  let python: PythonRunner;
  beforeAll(() => {
    python = PythonRunner.start(repoRoot, wrong.suite);
  });
  afterAll(async () => python.close());

  it("the generated run cannot see a model that wrongly rejects: its instances come from that model", { timeout: 120_000 }, async () => {
    const result = await runConformance(wrong.suite, { ajv: new AjvRunner(), others: [python] }, { seed: 1, runs: 40, otherRuns: 0 });
    expect(result.instances).toBe(80);
    expect(result.failedInstances).toBe(0);
  });

  it("a real instance the wrong model rejects is a disagreement naming its file and line, every verdict and the model's", { timeout: 120_000 }, async () => {
    const file = join(scratch, "real.jsonl");
    writeFileSync(file, ['{"code": "ab"}', "", '{"code": "abc"}', '{"code": "abcd"}'].join("\n"));
    const instances = readRecordedInstances([file]);
    expect(instances.map((entry) => entry.source)).toEqual([`${file}:1`, `${file}:3`, `${file}:4`]);
    const reference = new ReferenceValidator(REAL_DOCUMENT, "draft-07");
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, reference, wrong.schemaOf("Item"), instances);
    expect(result.judged).toBe(3);
    // "abcd" is invalid by the real schema too: every runtime rejects it, as it must.
    expect(result.expectedInvalid.map(({ source }) => source)).toEqual([`${file}:4`]);
    expect(result.modelDisagrees.map((differs) => differs.source)).toEqual([`${file}:3`]);
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure!.source).toBe(`${file}:3`);
    expect(failure!.instance).toEqual({ code: "abc" });
    expect(failure!.expected.valid).toBe(true);
    expect(failure!.model).toBe(false);
    expect(failure!.findings.map((finding) => finding.column).sort()).toEqual(["ajv", "drf", "fastjsonschema", "jsonschema"]);
    expect(failure!.verdicts.drf?.valid).toBe(false);
  });
});

describe("reading recorded instances", () => {
  it("reads a .json file as one instance, JSON Lines one a line, and a folder's instance files recursively in path order", () => {
    const dir = join(scratch, "folder");
    mkdirSync(join(dir, "nested"), { recursive: true });
    writeFileSync(join(dir, "b.json"), '{"b": 1}');
    writeFileSync(join(dir, "a.ndjson"), "1\n\n2\n");
    writeFileSync(join(dir, "nested", "c.jsonl"), '"c"\n');
    writeFileSync(join(dir, "notes.txt"), "not an instance");
    expect(readRecordedInstances([dir])).toEqual([
      { source: join(dir, "a.ndjson:1"), instance: 1 },
      { source: join(dir, "a.ndjson:3"), instance: 2 },
      { source: join(dir, "b.json"), instance: { b: 1 } },
      { source: join(dir, "nested", "c.jsonl:1"), instance: "c" },
    ]);
  });

  // Found by sweep M: a recorded 18446744073709551615 beside a maximum of that number reached Python
  // and Swift as JSON.parse's 18446744073709552000, above the maximum, and was counted against them.
  // An integer is carried as written, as in case files; a decimal past a double's digits is not judged.
  it("carries an instance's integers as written, and does not judge one holding a decimal no double holds", { timeout: 120_000 }, async () => {
    const file = join(scratch, "numbers.jsonl");
    writeFileSync(file, ['{"code": "ab", "n": 18446744073709551615}', '{"code": "ab", "n": 0.1000000000000000000000001}', '{"code": "ab", "n": 2}'].join("\n"));
    const instances = readRecordedInstances([file]);
    expect(instances.map((entry) => [entry.instanceText, entry.numberNotCarried])).toEqual([
      ['{"code":"ab","n":18446744073709551615}', undefined],
      [undefined, "0.1000000000000000000000001"],
      [undefined, undefined],
    ]);
    const reference = new ReferenceValidator(REAL_DOCUMENT, "draft-07");
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [] }, reference, wrong.schemaOf("Item"), instances);
    expect(result.judged).toBe(2);
    expect(result.notCarried).toEqual([{ source: `${file}:2`, number: "0.1000000000000000000000001" }]);
  });

  it("refuses a malformed line, naming its file and line", () => {
    const file = join(scratch, "broken.jsonl");
    writeFileSync(file, '{"code": "a"}\n{"code": \n');
    expect(() => readRecordedInstances([file])).toThrow(expect.objectContaining({ location: `${file}:2` }));
  });

  it("the run stops on malformed JSON with exit 2 and judges nothing", { timeout: 120_000 }, () => {
    const input = join(scratch, "item.json");
    writeFileSync(input, JSON.stringify({ ...REAL_DOCUMENT, $ref: "#/definitions/Item" }));
    const good = join(scratch, "good.json");
    writeFileSync(good, '{"code": "a"}');
    const broken = join(scratch, "broken-run.ndjson");
    writeFileSync(broken, '{"code": "a"}\n{"code": "b"}\n{"code" "c"}\n');
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", good, broken, "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${broken}:3`);
    expect(run.stdout).not.toContain("judged");
  });

  // Found by a sweep of CycloneDX: `--schema Component` said only "unknown schema Component", where the
  // definition is `component`; and a malformed data file was named "malformed.json#", as a schema's root.
  it("an unknown --schema names the one it differs from in case only, and the schemas there are", { timeout: 120_000 }, () => {
    const input = join(scratch, "item-named.json");
    writeFileSync(input, JSON.stringify(REAL_DOCUMENT));
    const good = join(scratch, "good-named.json");
    writeFileSync(good, '{"code": "a"}');
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", good, "--schema", "item", "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown schema item (did you mean Item?); the schemas are Item");
    const broken = join(scratch, "broken-named.json");
    writeFileSync(broken, '{"code": ');
    expect(() => readRecordedInstances([broken])).toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid JSON`));
  });

  // Found by a sweep's recorded data (CDEvents' tags nested deeply): past some depth each runtime stops
  // for a reason of its own (jsonschema's RecursionError, a disagreement, from 256 levels of a recursive
  // $ref; the Python harness died at 1,001; Node's stack overflowed in the run's own walk at 10,001, and
  // the run crashed). Such an instance is named and not judged; the others are.
  it("does not judge an instance nested past the limit, names it with its depth, and judges the others", { timeout: 120_000 }, () => {
    const input = join(scratch, "tree.json");
    writeFileSync(input, JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { child: { $ref: "#" }, name: { type: "string" } }, additionalProperties: false }));
    const tree = (depth: number) => '{"child":'.repeat(depth - 1) + '{"name":"leaf"}' + "}".repeat(depth - 1);
    const file = join(scratch, "deep.jsonl");
    writeFileSync(file, [tree(MAX_JUDGED_NESTING), tree(MAX_JUDGED_NESTING + 1), tree(10_001)].join("\n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", file, "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/RangeError|exited/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("NOT JUDGED, PAST WHAT THE RUNTIMES RUN: 2 of the recorded instances");
    expect(run.stdout).toContain(`${file}:2: nested ${MAX_JUDGED_NESTING + 1} levels, past ${MAX_JUDGED_NESTING}`);
    expect(run.stdout).toContain(`${file}:3: nested 10001 levels`);
    expect(run.stdout).toContain("conformance: 1 recorded instances judged, 0 disagreements");
  });

  it("counts nesting without reading brackets inside strings", () => {
    expect([nestingDepth("1"), nestingDepth("[]"), nestingDepth('[{"a": [1]}]'), nestingDepth('["[[[", {"k\\"[": "]]"}]'), nestingDepth('[[1], [[2]]]')]).toEqual([0, 1, 3, 2, 3]);
  });
});

/** A runtime that rejects every instance: wrong on every valid one. */
class RejectingRunner implements Runner {
  readonly name = "rejecting";
  readonly columns = ["jsonschema"] as const;
  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    return cases.map(() => ({ jsonschema: { valid: false, detail: "rejects everything" } }));
  }
  async close(): Promise<void> {}
}

describe("the document's own examples", () => {
  const documented = suiteOfDocument(
    {
      $schema: "http://json-schema.org/draft-07/schema#",
      definitions: {
        Tag: {
          type: "object",
          examples: [{ name: "ok" }, { name: "far too long" }],
          default: { name: "x" },
          properties: {
            name: { type: "string", maxLength: 4, examples: ["abcd", "abcde"], default: "d" },
            meta: { type: "object", properties: { level: { type: "integer", default: 1.5 } } },
          },
          required: ["name"],
        },
      },
    },
    "documented.json",
    "Documented",
  );

  it("are each judged where the schema puts them: whole values on the definition, property values grafted into drawn valid instances", () => {
    const { bySchema, notPlaced } = documentExamples(documented.suite.schemas, 1);
    const tag = bySchema.find((entry) => entry.schema.name === "Tag")!;
    expect(notPlaced).toEqual([]);
    const sources = tag.instances.map((entry) => entry.source);
    expect(sources.filter((source) => source.startsWith("examples[") && source.includes("of Tag"))).toHaveLength(2);
    expect(sources.filter((source) => source.startsWith("default of Tag"))).toHaveLength(1);
    const grafted = tag.instances.filter((entry) => entry.source.includes("grafted"));
    // name: two examples and a default; meta/level: a default, carried by a drawn Tag that holds meta.
    expect(grafted.map((entry) => entry.source.match(/at Tag\/(\S+),/)![1])).toEqual(["name", "name", "name", "meta/level"]);
    expect(grafted.map((entry) => (entry.instance as { name: string }).name).slice(0, 3)).toEqual(["abcd", "abcde", "d"]);
    expect((grafted[3]!.instance as { meta: { level: number } }).meta.level).toBe(1.5);
  });

  it("AJV on the document decides each one's verdict, and a runtime that rejects a valid example is a disagreement", { timeout: 120_000 }, async () => {
    const python = PythonRunner.start(repoRoot, documented.suite);
    try {
      const agreeing = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [python] }, documented.suite.schemas, 1);
      expect(agreeing.result.judged).toBe(7);
      // Invalid by the document: the example "far too long", the property example "abcde", the default 1.5 of an integer.
      expect(agreeing.result.expectedInvalid).toHaveLength(3);
      expect(agreeing.result.failures).toEqual([]);
    } finally {
      await python.close();
    }
    const rejecting = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [new RejectingRunner()] }, documented.suite.schemas, 1);
    expect(rejecting.result.failures).toHaveLength(4);
    expect(rejecting.result.failures.every((failure) => failure.expected.valid && failure.findings.every((finding) => finding.column === "jsonschema"))).toBe(true);
  });
});

describe("a schema AJV cannot compile in the input document", () => {
  // AJV compiles every pattern in Unicode mode, where `[\w-.]` is no class (a range from a class escape): no expected verdict exists for a value that reaches
  // it (the reference refuses only those: recorded-pattern-refused-in-unicode-mode.test.ts). (Found as a 2019-09
  // document's `id`, which AJV refused until documentAjv.ts read it as JSON Schema does.)
  const refused = suiteOfDocument(
    { $schema: "https://json-schema.org/draft/2019-09/schema", $defs: { Named: { type: "string", pattern: "^[\\w-.]+$", examples: ["a"] } } },
    "refused.json",
    "Refused",
  );

  it("leaves its examples unjudged and says why, instead of ending the run", async () => {
    const { result, noReference } = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [new RejectingRunner()] }, refused.suite.schemas, 1);
    expect(result.judged).toBe(0);
    expect(noReference).toEqual([]);
    expect([...result.referenceLimited]).toEqual([["ajv-compiles-patterns-in-unicode-mode", { count: 1, first: expect.stringMatching(/^examples\[0\] of /) as unknown as string }]]);
    expect(result.failures).toEqual([]);
  });
});

describe("a reference verdict that is AJV's known limitation", () => {
  // OpenAPI 3.1's shape, cut down (rules.test.ts has the whole story): AJV resolves `$dynamicRef: "#meta"` to the schema enclosing it,
  // so it refuses `{"schema": false}`, which the document allows. Found on SchemaStore's OpenAPI 3.1 schema by the examples oracle.
  const document = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $defs: { MediaType: { type: "object", required: ["schema"], properties: { schema: { $dynamicRef: "#meta" } } }, Schema: { $dynamicAnchor: "meta", type: ["object", "boolean"] } },
  };
  const meta = suiteOfDocument(document, "meta.json", "Meta");

  it("leaves the instance unjudged, named with the limitation, and judges the others", { timeout: 120_000 }, async () => {
    const python = PythonRunner.start(repoRoot, meta.suite);
    try {
      const instances = [
        { source: "limited", instance: { schema: false } },
        { source: "plain", instance: { schema: 1 } },
      ];
      const result = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, new ReferenceValidator(document, "2020-12"), meta.schemaOf("MediaType"), instances);
      expect([...result.referenceLimited]).toEqual([["ajv-resolves-dynamic-refs-to-their-enclosing-schema", { count: 1, first: "limited" }]]);
      expect(result.judged).toBe(1);
      expect(result.expectedInvalid.map(({ source }) => source)).toEqual(["plain"]);
      expect(result.failures).toEqual([]);
    } finally {
      await python.close();
    }
  });
});
