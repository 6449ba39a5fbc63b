// Known values beside a schema naming no type (`anyOf: [{enum: [default, emphasis]}, {pattern: …}]`,
// Microsoft's Adaptive Cards' every enum) are an open enum whose other values are the typeless
// schema's (codegen's enum-beside-a-typeless-pattern.test): by JSON Schema a number, null or an object
// passes it. The serializers' open enum ran its other values' check alone, without the typeless
// field's letting other JSON types through, and refused {"style": 5} and {"style": null}, which AJV
// and both Python validators take. Judged here with every runtime but Swift, which reads a typeless
// schema as its type (swift-reads-typeless-schemas-as-their-type).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "enum-beside-a-typeless-pattern-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const document = {
  $schema: "http://json-schema.org/draft-06/schema#",
  type: "object",
  properties: {
    style: { anyOf: [{ enum: ["default", "emphasis"] }, { pattern: "^([d|D][e|E][f|F][a|A][u|U][l|L][t|T])|([e|E][m|M][p|P][h|H][a|A][s|S][i|I][s|S])$" }] },
    exclusive: { oneOf: [{ enum: ["left", "right"] }, { pattern: "^[LR]" }] },
    size: { anyOf: [{ enum: [1, 2] }, { minimum: 10 }] },
  },
};
// Valid by AJV: 5, null, true and {} pass the typeless variants; "other", "up", "Left" (under oneOf, a
// known value's spelling the pattern takes matches once; "left" matches twice) and 3 are refused.
const INSTANCES = [
  { style: "default" },
  { style: "DEFAULT" },
  { style: 5 },
  { style: null },
  { style: {} },
  { style: "other" },
  { exclusive: "Right" },
  { exclusive: 3 },
  { exclusive: null },
  { exclusive: "up" },
  { size: 12 },
  { size: "a" },
  { size: null },
  { size: 3 },
];

it("a value of another JSON type passes an open enum's typeless other values in every runtime", { timeout: 300_000 }, () => {
  const input = join(scratch, "styles.json");
  writeFileSync(input, JSON.stringify(document));
  const file = join(scratch, "styles.jsonl");
  writeFileSync(file, INSTANCES.map((instance) => JSON.stringify(instance)).join("\n"));
  const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--instances", file, "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
  expect(run.stdout).not.toContain("DISAGREEMENT");
  expect(run.stdout).toContain(`conformance: ${INSTANCES.length} recorded instances judged, 0 disagreements (3 invalid by AJV on the input document)`);
  expect(run.status).toBe(0);
});
