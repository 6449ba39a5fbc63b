// Recorded instances (and the document's examples) whose reference, AJV on the input document, gives
// no verdict to hold the runtimes to: AJV's compiled code throws on the instance, or its verdict is one
// of its named limitations. A drawn run meets both as an AJV verdict judged by rules.ts (findings);
// recorded mode reads them by the same rule: the instance is named, not judged, and the run never stops.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeDocumentExamples } from "../src/documentExamples.ts";
import { judgeRecorded, ReferenceValidator, type RecordedInstance } from "../src/recorded.ts";
import type { JsonObject, JsonValue } from "../src/json.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { loadInputSuite } from "../src/suite.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "recorded-reference-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DIALECT = "https://json-schema.org/draft/2020-12/schema";
/**
 * AJV 8.20 records the keys a passing `oneOf` variant evaluated in a variable it creates only when one
 * passes; its `patternProperties` beside then sets a key in it regardless: an object no variant takes
 * and holding a key the pattern matches throws "Cannot set properties of undefined (setting 'x1')".
 */
const KEYED: JsonObject = {
  type: "object",
  oneOf: [
    { properties: { a: { type: "integer" } }, required: ["a"] },
    { properties: { a: { type: "string" } }, required: ["a"] },
  ],
  patternProperties: { "^x": { type: "integer" } },
  unevaluatedProperties: false,
};
/** AJV refuses [1, true], which the first variant takes with the contains, as "must NOT have more than true items" (ajv-counts-every-item-evaluated-as-one). */
const TUPLE: JsonObject = {
  type: "array",
  oneOf: [{ prefixItems: [{ type: "integer" }], contains: { type: "boolean" } }, { prefixItems: [{ type: "string" }] }],
  unevaluatedItems: false,
};
const KEYED_EXAMPLES: JsonValue[] = [{ x1: 1 }, { a: 1, x2: 2 }];
const DOCUMENT = { $schema: DIALECT, $defs: { Keyed: { ...KEYED, examples: KEYED_EXAMPLES }, Tuple: TUPLE } };
const documented = suiteOfDocument(DOCUMENT, "reference.json", "Reference");

describe("a recorded instance AJV on the input document gives no verdict on", () => {
  let python: PythonRunner;
  beforeAll(() => {
    python = PythonRunner.start(repoRoot, documented.suite);
  });
  afterAll(async () => python.close());

  it("is named with AJV's throw, not judged, and the others are", { timeout: 120_000 }, async () => {
    const instances: RecordedInstance[] = [
      { source: "throws", instance: { x1: 1 } },
      { source: "plain", instance: { a: "s", x1: 2 } },
      { source: "refused", instance: { a: 1, y: 1 } },
    ];
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, new ReferenceValidator(DOCUMENT, "2020-12"), documented.schemaOf("Keyed"), instances);
    expect(result.referenceThrew).toEqual([{ source: "throws", schema: "Keyed", message: "Cannot set properties of undefined (setting 'x1')", model: false }]);
    expect(result.judged).toBe(2);
    expect(result.expectedInvalid.map(({ source }) => source)).toEqual(["refused"]);
    expect(result.failures).toEqual([]);
  });

  it("is an example of the document too: named, not judged, where the run stopped", { timeout: 120_000 }, async () => {
    const { result } = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [python] }, [documented.schemaOf("Keyed")], 1);
    expect(result.referenceThrew.map(({ message }) => message)).toEqual(["Cannot set properties of undefined (setting 'x1')"]);
    expect(result.judged).toBe(1);
    expect(result.failures).toEqual([]);
  });

  it("is not judged where AJV's verdict is its named limitation by its reason alone, as in a drawn run", { timeout: 120_000 }, async () => {
    const instances: RecordedInstance[] = [
      { source: "limited", instance: [1, true] },
      { source: "plain", instance: ["s"] },
      { source: "refused", instance: [1] },
    ];
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, new ReferenceValidator(DOCUMENT, "2020-12"), documented.schemaOf("Tuple"), instances);
    expect([...result.referenceLimited]).toEqual([["ajv-counts-every-item-evaluated-as-one", { count: 1, first: "limited" }]]);
    expect(result.judged).toBe(2);
    expect(result.expectedInvalid.map(({ source }) => source)).toEqual(["refused"]);
    expect(result.failures).toEqual([]);
    expect(result.modelDisagrees).toEqual([]);
  });
});

describe("an API description's example beside a schema of no type AJV throws on", () => {
  it("is named with AJV's throw, not as a schema AJV cannot compile, and the others beside it are judged", { timeout: 120_000 }, async () => {
    const path = join(scratch, "keyed-api.json");
    const parameter = (name: string, example: JsonValue) => ({ name, in: "query", schema: KEYED, example });
    writeFileSync(path, JSON.stringify({ openapi: "3.1.0", info: { title: "Keyed", version: "1" }, paths: { "/keyed": { get: { parameters: [parameter("throws", { x1: 1 }), parameter("plain", { a: 1 })], responses: { "204": { description: "none" } } } } } }));
    const suite = loadInputSuite(path);
    try {
      const { besideNoType } = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [] }, suite.schemas, 1);
      expect(besideNoType.noReference).toEqual([]);
      expect(besideNoType.threw.map(({ source, message }) => [source, message])).toEqual([["example #/paths/~1keyed/get/parameters/0/example", "Cannot set properties of undefined (setting 'x1')"]]);
      expect(besideNoType.judged).toBe(1);
    } finally {
      suite.dispose();
    }
  });
});

describe("pnpm test:conformance --instances", () => {
  const run = (schema: object, lines: readonly string[]) => {
    const input = join(scratch, `input-${lines.length}-${JSON.stringify(schema).length}.json`);
    writeFileSync(input, JSON.stringify({ $schema: DIALECT, ...schema }));
    const data = join(scratch, `data-${JSON.stringify(schema).length}.jsonl`);
    writeFileSync(data, lines.join("\n"));
    return { data, ...spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", data, "--no-swift"], { cwd: repoRoot, encoding: "utf8" }) };
  };

  it("names an instance AJV threw on and fails, without a stack trace, judging the others", { timeout: 120_000 }, () => {
    const { data, status, stdout, stderr } = run(KEYED, ['{"x1": 1}', '{"a": 1}']);
    expect(stderr).not.toContain("TypeError");
    expect(status).toBe(1);
    expect(stdout).toContain("NOT JUDGED, AJV THREW: 1 of the recorded instances");
    expect(stdout).toContain(`${data}:1 (schema `);
    expect(stdout).toContain("Cannot set properties of undefined (setting 'x1') (the model says invalid)");
    expect(stdout).toContain("conformance: 1 recorded instances judged, 1 AJV threw on, 0 disagreements");
  });

  it("passes where AJV's only contrary verdict is its named limitation, and names it", { timeout: 120_000 }, () => {
    const { data, status, stdout } = run(TUPLE, ["[1, true]", '["s"]']);
    expect(stdout).toContain(`NOT JUDGED 1 of the recorded instances: AJV's verdict on the input document is its KNOWN LIMITATION ajv-counts-every-item-evaluated-as-one there`);
    expect(stdout).toContain(`first: ${data}:1`);
    expect(stdout).toContain("conformance: 1 recorded instances judged, 0 disagreements");
    expect(status).toBe(0);
  });
});
