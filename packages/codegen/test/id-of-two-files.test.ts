// Two files of one input's tree that both have the same `$id`: JSON Schema leaves a ref to it
// ambiguous, and the bundler's index answers it with the file of the two read last. Gen said nothing.
// Found on OCSF's metaschema (ocsf/ocsf-schema metaschema/, Apache-2.0): reference.schema.json and
// references.schema.json both say `"$id": "https://schema.ocsf.io/observable.schema.json"`, as
// observable.schema.json does; common-event-object.schema.json refers to both. Gen now warns once, at
// the `$id` of the file that does not answer, naming both files, the `$id` and the one a ref names; it is
// not an error. Control: the same tree with an `$id` of each file's own is not warned of.
// Which file answered depended on the order the refs were read in (the index kept the file read last,
// and a ref resolved before the second file was read named the first): now the input itself answers,
// then the file nearest the input's folder, then the first by path, whatever the order (the last
// describe: both orders of two refs, AJV given the answering file alone as the oracle).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { genWarnings, renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-id-of-two-files-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (value: unknown) => JSON.stringify(value, null, 2);
const draft2020 = "https://json-schema.org/draft/2020-12/schema";

/** OCSF's shape, cut down: the main file refers to both files, and the second refers to the first. */
function tree(referenceId: string, referencesId: string): Record<string, string> {
  return {
    "main.json": json({
      $id: "https://example.com/main.json",
      $schema: draft2020,
      type: "object",
      properties: { reference: { $ref: "reference.json" }, references: { $ref: "references.json" } },
    }),
    "reference.json": json({ $id: referenceId, $schema: draft2020, type: "object", required: ["url"], properties: { url: { type: "string" } } }),
    "references.json": json({ $id: referencesId, $schema: draft2020, type: "array", items: { $ref: "reference.json" } }),
  };
}

describe("an $id two files of the input's tree both have", () => {
  it("is warned of once, at the $id of the file that does not answer, naming both files, the $id and the file a ref names", () => {
    const folder = join(dir, "same");
    writeTree(folder, tree("https://example.com/shared.json", "https://example.com/shared.json"));
    const model = modelOfFile(join(folder, "main.json"));
    expect(genWarnings(model, [])).toEqual([
      {
        location: "references.json",
        pointer: "/$id",
        reason: 'references.json and reference.json both have $id "https://example.com/shared.json": a $ref to it names reference.json (of the files claiming it, the input first, then the one nearest the input\'s folder, then the first by path)',
      },
    ]);
    // Not an error: gen goes on, every place typed.
    expect(model.fallbacks).toEqual([]);
  });

  it("is not said where each file has an $id of its own (control)", () => {
    const folder = join(dir, "distinct");
    writeTree(folder, tree("https://example.com/reference.json", "https://example.com/references.json"));
    const model = modelOfFile(join(folder, "main.json"));
    expect(genWarnings(model, [])).toEqual([]);
    expect(model.fallbacks).toEqual([]);
  });
});

describe("the file that answers a ref to an $id two files have", () => {
  const shared = "https://example.com/shared.json";
  const claimant = (type: string) => json({ $id: shared, $schema: draft2020, type });
  /** main.json refers to the two files by path in `order`, and to the `$id` they share between (so before one and after the other). */
  function mainRefersTo(order: readonly string[]): string {
    return json({
      $schema: draft2020,
      type: "object",
      properties: { first: { $ref: order[0] }, shared: { $ref: shared }, second: { $ref: order[1] } },
    });
  }
  /** AJV's verdicts on `shared` of the bundle gen makes of main.json in `folder`, and gen's warnings. */
  function verdictsAndWarnings(folder: string): { verdicts: boolean[]; warnings: unknown[] } {
    const input = join(folder, "main.json");
    const [file] = renderFile(input, "json-schema");
    const bundled = new Ajv2020({ strict: false }).compile(JSON.parse(file!.contents) as object);
    return { verdicts: [{ shared: "a" }, { shared: 1 }].map((instance) => bundled(instance)), warnings: genWarnings(modelOfFile(input), []) };
  }
  // What the answering file alone says (AJV given it as the only schema of that `$id`).
  const asString = [{ shared: "a" }, { shared: 1 }].map((instance) => new Ajv2020({ strict: false }).compile({ type: "object", properties: { shared: { type: "string" } } })(instance));

  const layouts = {
    "two files as near: the first by path (one/x.json)": { files: { "one/x.json": claimant("string"), "two/x.json": claimant("integer") }, refs: ["one/x.json", "two/x.json"] },
    "the file nearest the input's folder (z.json beside it), though later by path": { files: { "z.json": claimant("string"), "a/x.json": claimant("integer") }, refs: ["z.json", "a/x.json"] },
  };
  for (const [name, { files, refs }] of Object.entries(layouts)) {
    it(`is the same whichever file is read first: ${name}`, () => {
      const outcomes = [refs, [...refs].reverse()].map((order, at) => {
        const folder = join(dir, `order-${Object.keys(layouts).indexOf(name)}-${at}`);
        writeTree(folder, { ...files, "main.json": mainRefersTo(order) });
        return verdictsAndWarnings(folder);
      });
      expect(asString).toEqual([true, false]);
      for (const outcome of outcomes) expect(outcome.verdicts).toEqual(asString);
      expect(outcomes[0]!.warnings).toEqual(outcomes[1]!.warnings);
      expect(outcomes[0]!.warnings).toEqual([{ location: refs[1], pointer: "/$id", reason: expect.stringContaining(`a $ref to it names ${refs[0]} (`) }]);
    });
  }
});
