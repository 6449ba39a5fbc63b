// Recorded instances (and the document's examples) whose reference, AJV on the input document, gives
// no verdict to hold the runtimes to: AJV's compiled code throws on the instance, or its verdict is one
// of its named limitations. A drawn run meets both as an AJV verdict judged by rules.ts (findings);
// recorded mode reads them by the same rule: the instance is named, not judged, and the run never
// stops. A throw a known limitation names (ajv-throws-recording-pattern-keys-beside-variants) is not
// judged under its name and passes; one none names fails the run (AJV 8.20 has no second throw on a
// document of these constructs: those tests give AJV a stand-in that throws, throwingReference.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeDocumentExamples } from "../src/documentExamples.ts";
import { judgeRecorded, ReferenceValidator, type RecordedInstance } from "../src/recorded.ts";
import { judgeAll } from "../src/run.ts";
import type { JsonObject, JsonValue } from "../src/json.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { loadInputSuite } from "../src/suite.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";
import { SET_IN_NO_RECORD, throwingOn, THROWING_REFERENCE } from "./throwingReference.ts";

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
/** An object without the construct: AJV gives its verdict on every instance. */
const PLAIN: JsonObject = { type: "object", properties: { x1: { type: "integer" } } };
const DOCUMENT = { $schema: DIALECT, $defs: { Keyed: { ...KEYED, examples: KEYED_EXAMPLES }, Tuple: TUPLE, Plain: PLAIN } };
const LIMITATION = "ajv-throws-recording-pattern-keys-beside-variants";
const documented = suiteOfDocument(DOCUMENT, "reference.json", "Reference");

describe("a recorded instance AJV on the input document gives no verdict on", () => {
  let python: PythonRunner;
  beforeAll(() => {
    python = PythonRunner.start(repoRoot, documented.suite);
  });
  afterAll(async () => python.close());

  it("is not judged, under the known limitation that names AJV's throw, and the others are", { timeout: 120_000 }, async () => {
    const instances: RecordedInstance[] = [
      { source: "throws", instance: { x1: 1 } },
      { source: "plain", instance: { a: "s", x1: 2 } },
      { source: "refused", instance: { a: 1, y: 1 } },
    ];
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, new ReferenceValidator(DOCUMENT, "2020-12"), documented.schemaOf("Keyed"), instances);
    expect(result.referenceThrew).toEqual([]);
    expect([...result.referenceLimited]).toEqual([[LIMITATION, { count: 1, first: "throws" }]]);
    expect(result.judged).toBe(2);
    expect(result.expectedInvalid.map(({ source }) => source)).toEqual(["refused"]);
    expect(result.failures).toEqual([]);
  });

  it("is named with AJV's throw, not judged, and fails where no limitation names the throw", { timeout: 120_000 }, async () => {
    // The limitation's message on a schema without the construct, and another message on one with it.
    const plain = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, throwingOn("x1", SET_IN_NO_RECORD), documented.schemaOf("Plain"), [
      { source: "throws", instance: { x1: 1 } },
      { source: "plain", instance: { y: 1 } },
    ]);
    expect(plain.referenceThrew).toEqual([{ source: "throws", schema: "Plain", message: SET_IN_NO_RECORD, model: true }]);
    expect([...plain.referenceLimited]).toEqual([]);
    expect(plain.judged).toBe(1);
    const other = "props.x1 is not a function";
    const keyed = await judgeRecorded({ ajv: new AjvRunner(), others: [python] }, throwingOn("x1", other), documented.schemaOf("Keyed"), [{ source: "throws", instance: { x1: 1 } }]);
    expect(keyed.referenceThrew).toEqual([{ source: "throws", schema: "Keyed", message: other, model: false }]);
    expect([...keyed.referenceLimited]).toEqual([]);
  });

  it("is an example of the document too: not judged, under the limitation's name", { timeout: 120_000 }, async () => {
    const { result } = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [python] }, [documented.schemaOf("Keyed")], 1);
    expect(result.referenceThrew).toEqual([]);
    expect([...result.referenceLimited.keys()]).toEqual([LIMITATION]);
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
  it("is not judged, under the limitation that names the throw, not as a schema AJV cannot compile, and the others beside it are judged", { timeout: 120_000 }, async () => {
    const path = join(scratch, "keyed-api.json");
    const parameter = (name: string, example: JsonValue) => ({ name, in: "query", schema: KEYED, example });
    writeFileSync(path, JSON.stringify({ openapi: "3.1.0", info: { title: "Keyed", version: "1" }, paths: { "/keyed": { get: { parameters: [parameter("throws", { x1: 1 }), parameter("plain", { a: 1 })], responses: { "204": { description: "none" } } } } } }));
    const suite = loadInputSuite(path);
    try {
      const { besideNoType } = await judgeDocumentExamples({ ajv: new AjvRunner(), others: [] }, suite.schemas, 1);
      expect(besideNoType.noReference).toEqual([]);
      expect(besideNoType.threw).toEqual([]);
      expect([...besideNoType.limited]).toEqual([[LIMITATION, { count: 1, first: "example #/paths/~1keyed/get/parameters/0/example" }]]);
      expect(besideNoType.judged).toBe(1);
    } finally {
      suite.dispose();
    }
  });
});

describe("a drawn instance AJV throws on", () => {
  it("is the known limitation where it names the throw, and a disagreement where none does, whatever the expectation", { timeout: 120_000 }, async () => {
    const runtimes = { ajv: new AjvRunner(), others: [] };
    const invalid = { valid: false, violation: "missing-required", mutation: "drop-a-required-key" } as const;
    const [keyed] = await judgeAll(runtimes, documented.schemaOf("Keyed"), [{ instance: { x1: 1 }, expectation: invalid }]);
    expect(keyed!.verdicts.ajv?.threw).toBe(SET_IN_NO_RECORD);
    expect(keyed!.findings).toEqual([{ column: "ajv", reason: `gave no verdict: threw: ${SET_IN_NO_RECORD}`, limitation: LIMITATION }]);
    // AJV given a stand-in that throws the same on a schema without the construct: no limitation names it.
    const stand = { ajv: Object.assign(new AjvRunner(), { validator: () => throwingOn("x1", SET_IN_NO_RECORD).validator(documented.schemaOf("Plain")) }), others: [] };
    const [plain] = await judgeAll(stand, documented.schemaOf("Plain"), [{ instance: { x1: 1 }, expectation: invalid }]);
    expect(plain!.findings).toEqual([{ column: "ajv", reason: `gave no verdict: threw: ${SET_IN_NO_RECORD}` }]);
  });
});

describe("pnpm test:conformance --instances", () => {
  const run = (schema: object, lines: readonly string[], preload: readonly string[] = []) => {
    const input = join(scratch, `input-${lines.length}-${JSON.stringify(schema).length}.json`);
    writeFileSync(input, JSON.stringify({ $schema: DIALECT, ...schema }));
    const data = join(scratch, `data-${JSON.stringify(schema).length}.jsonl`);
    writeFileSync(data, lines.join("\n"));
    return { data, ...spawnSync(process.execPath, ["--import", "tsx", ...preload, "packages/conformance/src/cli.ts", "--input", input, "--instances", data, "--no-swift"], { cwd: repoRoot, encoding: "utf8" }) };
  };

  it("passes where AJV's throw is its named limitation, naming it", { timeout: 120_000 }, () => {
    const { data, status, stdout, stderr } = run(KEYED, ['{"x1": 1}', '{"a": 1}']);
    expect(stderr).not.toContain("TypeError");
    expect(stdout).not.toContain("NOT JUDGED, AJV THREW");
    expect(stdout).toContain(`NOT JUDGED 1 of the recorded instances: AJV's verdict on the input document is its KNOWN LIMITATION ${LIMITATION} there`);
    expect(stdout).toContain(`first: ${data}:1`);
    expect(stdout).toContain("conformance: 1 recorded instances judged, 0 disagreements");
    expect(status).toBe(0);
  });

  it("names an instance AJV threw on for no named reason and fails, without a stack trace, judging the others", { timeout: 120_000 }, () => {
    const { data, status, stdout, stderr } = run(PLAIN, ['{"x1": 1}', '{"y": 1}'], ["--import", THROWING_REFERENCE]);
    expect(stderr).not.toContain("TypeError");
    expect(status).toBe(1);
    expect(stdout).toContain("NOT JUDGED, AJV THREW: 1 of the recorded instances");
    expect(stdout).toContain(`${data}:1 (schema `);
    expect(stdout).toContain(`${SET_IN_NO_RECORD} (the model says valid)`);
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
