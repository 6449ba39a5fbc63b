// A `$ref` to an anchor or an `$id` that a schema in a group declares (an object of the author's under
// `definitions` / `$defs` that is no schema but holds schemas a pointer names: asl-validator's
// `#/definitions/ChoiceRules/DataTest/…`): the index of anchors and resources reads every schema of the
// document (walkDocumentSchemas), and the bundle drops the `$id`s of every one it rewrote pointers in.
// Before, "#leaf" (a 2020-12 `$anchor`, a draft-07 `$id: "#leaf"`) did not resolve ("has no such
// anchor"), and `leaf.json` (a nested `$id`) was a remote ref left untyped, the pointer inside it read
// from the document's root. Fixtures: test/fixtures/schema-groups/*-in-a-group, written by hand.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { modelWarnings, ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { ObjectType } from "../src/model/types.ts";
import { runCli } from "./helpers/cli.ts";
import { typeNamed } from "./helpers/model.ts";
import { REPO_ROOT, tempDir } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-group-ids-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const groups = join(REPO_ROOT, "packages/codegen/test/fixtures/schema-groups");

/** Each folder: the input's dialect, as AJV reads it. */
const FOLDERS = { "anchor-in-a-group": Ajv2020, "hash-id-in-a-group": Ajv, "nested-id-in-a-group": Ajv2020 } as const;
/** `other` names the grouped Leaf by its anchor or `$id`; in the nested resource, `n` is its own N (an integer), not the root's (a string). */
const INSTANCES: JsonValue[] = [{ other: { n: 1 } }, { other: { n: "x" } }, { other: {} }, { rule: { n: 1 }, other: { n: 2 } }, { rule: { n: "x" } }];
const VERDICTS = [true, false, false, true, false];

describe("an anchor or $id a schema in a group declares", () => {
  for (const [folder, AjvOfDialect] of Object.entries(FOLDERS)) {
    const input = join(groups, folder, "root.json");

    it(`${folder}: the model types the ref to it as the grouped schema, and judges as AJV on the file does`, () => {
      const model = modelOfFile(input, "Root");
      expect(modelWarnings(model)).toEqual([]);
      const root = typeNamed(model, model.root!.name) as ObjectType;
      const other = root.properties.find((property) => property.name === "other")!.type;
      const rule = root.properties.find((property) => property.name === "rule")!.type;
      expect(other).toEqual(rule);
      expect(other.kind).toBe("named");
      // AJV reads every `$id` and anchor wherever it is (json-schema-traverse's allKeys): the file as its author means it.
      const ajv = new AjvOfDialect({ strict: false }).compile(JSON.parse(readFileSync(input, "utf8")) as object);
      const validator = new ModelValidator(model);
      expect(INSTANCES.map((instance) => ajv(instance))).toEqual(VERDICTS);
      expect(INSTANCES.map((instance) => validator.validatesNamed(model.root!.name, instance))).toEqual(VERDICTS);
    });

    it(`${folder}: gen writes the json-schema target, which AJV reads as the file`, async () => {
      const out = join(dir, folder);
      const result = await runCli(["gen", "--input", input, "--target", "json-schema", "--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const bundled = new AjvOfDialect({ strict: false }).compile(JSON.parse(readFileSync(join(out, "Root.schema.json"), "utf8")) as object);
      expect(INSTANCES.map((instance) => bundled(instance))).toEqual(VERDICTS);
    });
  }
});
