// A conditional on one key (`if: {required: [type], properties: {type: {const: release}}}`) is split by
// the model into a key-presence union: the case with the key (a tag union of its values) and the
// catch-all without it, whose rule "must not be an object with "type"" (the `if`'s `required`, negated)
// the generated Swift left unchecked. An object with the key that its case failed to decode went to the
// catch-all, a case it cannot be. Found by sweep BA on CircleCI's config schema
// (/work/regcorpus/ci-configs/circle-ci.json, jobInvocation: `{"type": "release", "plan_name": "",
// "validation": []}`, where `validation` names no type, so Swift reads it as an object and refuses the
// array, the limitation swift-reads-typeless-schemas-as-their-type; the value then decoded into the
// catch-all, which that limitation does not explain). Now the catch-all is a candidate only where the
// key is absent (keysForbiddenByRules), so Swift refuses the value as the limitation says. Judged by
// every runtime with Swift; controls: values of each case, and an object with the key whose case
// refuses it (a number for plan_name), which AJV refuses too.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv } from "ajv";
import { afterAll, expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "key-presence-catch-all-forbidding-a-key-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Two conditionals on the key, one in the other's `else` (CircleCI's job types are five): the catch-all
// of the outer split is the inner split's union, so no reading of the limitation picks it either.
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Job",
  type: "object",
  properties: { type: { enum: ["release", "build", "lock"] } },
  if: { required: ["type"], properties: { type: { const: "release" } } },
  then: { required: ["plan_name"], properties: { plan_name: { type: "string" }, validation: { properties: { enabled: { type: "boolean" } } } } },
  else: {
    if: { required: ["type"], properties: { type: { const: "lock" } } },
    then: { required: ["key"], properties: { key: { type: "string" } } },
    else: { properties: { steps: { type: "array" } } },
  },
};
const TYPELESS_READ_AS_OBJECT = { type: "release", plan_name: "", validation: [] };
const INSTANCES = [
  TYPELESS_READ_AS_OBJECT,
  { type: "release", plan_name: "x", validation: { enabled: true } },
  { type: "lock", key: "k" },
  { type: "build", steps: [] },
  { steps: [] },
  { type: "release", plan_name: 5 },
  { type: "lock" },
];

describeWithSwift("a key-presence union's catch-all that forbids the key of another case", () => {
  it("AJV's verdicts on the document (the oracle)", () => {
    const validate = new Ajv({ strict: false }).compile(document);
    expect(INSTANCES.map((instance) => validate(instance))).toEqual([true, true, true, true, true, false, false]);
  });

  it("every runtime, Swift too, gives AJV's verdicts, or Swift's is the typeless limitation's", { timeout: 600_000 }, () => {
    const input = join(scratch, "job.json");
    writeFileSync(input, JSON.stringify(document));
    const file = join(scratch, "job.jsonl");
    writeFileSync(file, INSTANCES.map((instance) => JSON.stringify(instance)).join("\n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", file], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stdout).not.toContain("DISAGREEMENT");
    expect(run.stdout).toContain("KNOWN LIMITATION swift-reads-typeless-schemas-as-their-type: 1 of the recorded instances");
    expect(run.stdout).toContain(`conformance: ${INSTANCES.length} recorded instances judged, 0 disagreements (2 invalid by AJV on the input document)`);
    expect(run.status).toBe(0);
  });
});
