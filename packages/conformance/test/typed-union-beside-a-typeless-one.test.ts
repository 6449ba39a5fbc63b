// A value's two unions, one of typed variants and one of keywords naming no type beside it in an allOf
// (`anyOf: [{type: string}, {type: object}], allOf: [{anyOf: [{required: [x]}, {required: [y]}]}]`),
// cannot be one keyword: one is the value's type, the other a rule. The builder kept the allOf part's
// (merged first) as the type and the typed one as the rule, so Swift decoded the value as the typeless
// union of objects and refused a string the typed union allows, as the limitation
// swift-reads-typeless-schemas-as-their-type tolerated (7 of its 60 instances in the regression corpus:
// OpenAPI 3.1's and Arazzo's `oneOf` of `required` groups beside a typed `anyOf`). Now the typed union
// is the value's type and the typeless one its rule (mergeSchemas). Judged by every runtime with
// Swift, whose verdicts must agree with AJV's on the document with no limitation called on; controls:
// an object meeting neither `required` group is refused, and a number, which neither union takes; the
// same under `oneOf`, where a string matching both groups is refused.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "typed-union-beside-a-typeless-one-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Holder: {
      type: "object",
      properties: {
        p: { anyOf: [{ type: "string" }, { type: "object" }], allOf: [{ anyOf: [{ required: ["x"] }, { required: ["y"] }] }] },
        // Control: under `oneOf` a string meets both groups, so the typeless union refuses it; as the
        // rule beside the typed union now, it must still be refused (Swift checks the rule).
        q: { oneOf: [{ type: "string" }, { type: "object" }], allOf: [{ oneOf: [{ required: ["x"] }, { required: ["y"] }] }] },
      },
    },
  },
};
// By AJV: a string passes both unions (the typeless one lets every non-object through); an object must
// hold "x" or "y"; a number meets no variant of the typed union. Under `oneOf`, a string and an object
// of both keys match both groups.
const INSTANCES = [{ p: "text" }, { p: "" }, { p: { x: 1 } }, { p: { y: "two" } }, { p: {} }, { p: { z: 1 } }, { p: 5 }, { q: { x: 1 } }, { q: "text" }, { q: { x: 1, y: 2 } }];

describeWithSwift("a typed union beside a typeless one in an allOf", () => {
  it("AJV's verdicts on the document (the oracle)", () => {
    const validate = new Ajv2020({ strict: false }).compile({ ...document, $ref: "#/$defs/Holder" });
    expect(INSTANCES.map((instance) => validate(instance))).toEqual([true, true, true, true, false, false, false, true, false, false]);
  });

  it("every runtime, Swift too, gives AJV's verdicts, with no limitation called on", { timeout: 600_000 }, () => {
    const input = join(scratch, "holder.json");
    writeFileSync(input, JSON.stringify(document));
    const file = join(scratch, "holder.jsonl");
    writeFileSync(file, INSTANCES.map((instance) => JSON.stringify(instance)).join("\n"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--schema", "Holder", "--instances", file], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stdout).not.toContain("DISAGREEMENT");
    expect(run.stdout).not.toContain("swift-reads-typeless-schemas-as-their-type");
    expect(run.stdout).toContain(`conformance: ${INSTANCES.length} recorded instances judged, 0 disagreements (5 invalid by AJV on the input document)`);
    expect(run.status).toBe(0);
  });
});
