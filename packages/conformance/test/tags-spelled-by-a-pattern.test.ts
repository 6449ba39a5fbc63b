// Regression (found by a sweep on Azure Pipelines' schema, cut down to its construct): `steps` items are
// an anyOf of objects, each narrowing `task` (a string where the anyOf's host declares it) by a pattern
// that spells out one name, `^PowerShell@2$`, `^CmdLine@2$`. The model read them as rules only, so the
// union was first match, and Swift, which checks no pattern, decoded a CmdLine@2 step as PowerShell@2,
// whose keys it fit too. Read as the constants they spell, they tag the union by `task`; every runtime
// still checks the pattern itself, and agrees.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ModelValidator, typeNamed, type TagUnion } from "@clone/codegen";
import { afterAll, expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { judgeAll, runConformance, sampleInstances } from "../src/run.ts";
import { startRuntimes } from "../src/runtimes.ts";
import { loadInputSuite } from "../src/suite.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const inputs = (keys: Record<string, unknown>) => ({ type: "object", additionalProperties: false, properties: keys });
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    task: {
      type: "object",
      required: ["task"],
      properties: { task: { type: "string" }, inputs: { type: "object" } },
      anyOf: [
        { properties: { task: { pattern: "^PowerShell@2$" }, inputs: inputs({ script: { type: "string" }, pwsh: { type: "boolean" } }) } },
        { properties: { task: { pattern: "^CmdLine@2$" }, inputs: inputs({ script: { type: "string" } }) } },
        { properties: { task: { pattern: "^(?:push|pull)$" }, inputs: inputs({ ref: { type: "string" } }) } },
      ],
    },
  },
};
const TAGS = ["PowerShell@2", "CmdLine@2", "push", "pull"];

const { model, schemaOf } = suiteOfDocument(document, "test:tags-spelled-by-a-pattern", "TagsSpelled");
const schema = schemaOf("task");
const validator = new ModelValidator(model);

it("the construct: a tag union on `task`, a variant for each string a pattern spells", () => {
  const union = typeNamed(model, schema.type.name) as TagUnion;
  expect(union.rule).toBe("tag");
  expect(union.property).toBe("task");
  expect(union.variants.map((variant) => variant.tag)).toEqual(TAGS);
});

it.each([
  [{ task: "CmdLine@2", inputs: { script: "echo" } }, true],
  [{ task: "PowerShell@2", inputs: { pwsh: true } }, true],
  [{ task: "pull", inputs: { ref: "main" } }, true],
  [{ task: "CmdLine@2", inputs: { pwsh: true } }, false],
  // ECMA-262's `$` (no m flag) is the end of the input: a final newline is no match, as it is in Python.
  [{ task: "CmdLine@2\n" }, false],
  [{ task: "cmdline@2" }, false],
  [{ task: "Bash@3" }, false],
])("the model's verdict on %j is %s, as JSON Schema's", (value, valid) => {
  expect(validator.validatesNamed(schema.type.name, value)).toBe(valid);
});

it("valid instances of every tag are drawn, and the model accepts them", () => {
  const instances = sampleInstances(schema, "valid", 1, 80).map((generated) => generated.instance as { task: string });
  expect(new Set(instances.map((instance) => instance.task))).toEqual(new Set(TAGS));
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
});

describeWithSwift("AJV, jsonschema, fastjsonschema, DRF and Swift", () => {
  const dir = mkdtempSync(join(tmpdir(), "tags-spelled-by-a-pattern-"));
  const inputPath = join(dir, "tags-spelled.schema.json");
  writeFileSync(inputPath, JSON.stringify(document));
  const suite = loadInputSuite(inputPath, { name: "TagsSpelled" });
  afterAll(() => {
    suite.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("agree on every drawn instance, and each validator refuses a tag with a final newline", { timeout: 600_000 }, async () => {
    const runtimes = await startRuntimes(resolve(import.meta.dirname, "../../.."), suite);
    try {
      expect(runtimes.swiftEnabled).toBe(true);
      const result = await runConformance(suite, runtimes, { seed: 3, runs: 60, otherRuns: 0, shrinkMillis: 5_000 });
      expect(result.disagreements.map((d) => `${d.kind}: ${JSON.stringify(d.instance)} ${d.findings.map((f) => `${f.column}: ${f.reason}`).join("; ")}`)).toEqual([]);
      expect(result.failedInstances).toBe(0);
      expect(result.instances).toBe(120);
      const task = suite.schemas.find((candidate) => candidate.name === "task")!;
      const [drawn] = sampleInstances(task, "invalid", 1, 1);
      const [judged] = await judgeAll(runtimes, task, [{ ...drawn!, instance: { task: "CmdLine@2\n" } }]);
      for (const column of ["ajv", "jsonschema", "fastjsonschema", "drf"] as const) expect(judged!.verdicts[column]?.valid, column).toBe(false);
    } finally {
      await runtimes.close();
    }
  });
});
