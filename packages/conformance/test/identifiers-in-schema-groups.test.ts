// A `$ref` to an anchor or an `$id` that a schema in a group declares (an object of the author's under
// `definitions` / `$defs` that is no schema but holds schemas a pointer names): AJV is given the
// document with that schema read as a schema (asAjvReadsIt, through the one walk, documentSchemas),
// its `$id` kept as its identifier, not taken out as a value's `id` member; and the conformance run
// on such an input agrees (the model indexes it too: codegen's identifiers-in-schema-groups.test).
// Fixtures: packages/codegen/test/fixtures/schema-groups/*-in-a-group, written by hand.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { DocumentAjv } from "../src/runners/documentAjv.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const groups = join(repoRoot, "packages/codegen/test/fixtures/schema-groups");
const FOLDERS = { "anchor-in-a-group": "2020-12", "hash-id-in-a-group": "draft-07", "nested-id-in-a-group": "2020-12" } as const;
/** `other` names the grouped Leaf by its anchor or `$id`; in the nested resource, `n` is its own N (an integer), not the root's (a string). */
const INSTANCES = [{ other: { n: 1 } }, { other: { n: "x" } }, { other: {} }, { rule: { n: 1 }, other: { n: 2 } }, { rule: { n: "x" } }];
const VERDICTS = [true, false, false, true, false];

describe("an anchor or $id a schema in a group declares", () => {
  for (const [folder, dialect] of Object.entries(FOLDERS)) {
    const input = join(groups, folder, "root.json");

    it(`${folder}: AJV on the document as written resolves a ref to it`, () => {
      const validate = new DocumentAjv(JSON.parse(readFileSync(input, "utf8")) as JsonObject, dialect).validator("Root", "#");
      expect(INSTANCES.map((instance) => validate(instance))).toEqual(VERDICTS);
    });

    it(`${folder}: the conformance run on it agrees, without a crash`, { timeout: 120_000 }, () => {
      const { status, stdout, stderr } = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", input, "--no-swift", "--runs", "40"], { cwd: repoRoot, encoding: "utf8" });
      expect(stderr).not.toMatch(/Error|does not resolve/);
      expect(stdout).toMatch(/conformance: \d+ instances, 0 disagreements/);
      expect(status).toBe(0);
    });
  }
});
