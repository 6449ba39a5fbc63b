// Two files of one input's tree that both have the same `$id`: JSON Schema leaves a ref to it
// ambiguous, and the bundler's index answers it with the file of the two read last. Gen said nothing.
// Found on OCSF's metaschema (ocsf/ocsf-schema metaschema/, Apache-2.0): reference.schema.json and
// references.schema.json both say `"$id": "https://schema.ocsf.io/observable.schema.json"`, as
// observable.schema.json does; common-event-object.schema.json refers to both. Gen now warns once, at
// the second file's `$id`, naming both files and the `$id`; it is not an error, and the outputs stay.
// Control: the same tree with an `$id` of each file's own is not warned of.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { genWarnings } from "../src/index.ts";
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
  it("is warned of once, at the second file's $id, naming both files and the $id", () => {
    const folder = join(dir, "same");
    writeTree(folder, tree("https://example.com/shared.json", "https://example.com/shared.json"));
    const model = modelOfFile(join(folder, "main.json"));
    expect(genWarnings(model, [])).toEqual([
      {
        location: "references.json",
        pointer: "/$id",
        reason: 'references.json and reference.json both have $id "https://example.com/shared.json": a $ref to it names the file of the two read last, references.json once it is read',
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
