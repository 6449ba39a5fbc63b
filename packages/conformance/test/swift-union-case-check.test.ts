// The deliberately broken Swift decoder: the Swift of a union rendered from the model with the
// union's variants in reverse order, so its decoder tries them in another order than the model's rule
// (JSON Feed's item, cut down: content_html alone, content_text alone, or both; an item holding both
// went into "html alone" in Swift, found by a hand-written program and not by random testing, as the
// value re-encoded unchanged). The run must charge Swift with the case it chose; with the intact
// rendering, the same run agrees. The comparison itself is union-case-check.test.ts.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildModel, createSchemaModel, findTarget, toSourceDocument, type NamedType, type SchemaModel } from "@clone/codegen";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { runConformance } from "../src/run.ts";
import { startRuntimes } from "../src/runtimes.ts";
import type { JsonObject } from "../src/json.ts";
import { documentSuite } from "../src/suite.ts";
import { JSON_FEED_ITEM } from "./jsonFeedItem.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");

const document = { $schema: "http://json-schema.org/draft-07/schema#", definitions: { Item: JSON_FEED_ITEM } };

/** The model with every union's variants in reverse order: what the broken Swift is rendered from. */
function withVariantsReversed(model: SchemaModel): SchemaModel {
  const types = model.types.map((type): NamedType => (type.kind === "union" ? ({ ...type, variants: [...type.variants].reverse() } as NamedType) : type));
  const { typesByName: _, ...parts } = model;
  return createSchemaModel({ ...parts, types });
}

// Fixed folders (not a fresh temp folder per run): the harness package built around each is kept
// under apps/macos/.build, one per folder, and rebuilt incrementally.
const sourcesRoot = join(tmpdir(), "clone-swift-union-case-check");
afterAll(() => rmSync(sourcesRoot, { recursive: true, force: true }));

const model = buildModel(toSourceDocument(structuredClone(document), "test:json-feed-item"), { name: "JsonFeedItem" });

/** The run over the document, Swift decoding with the Swift rendered from `rendered` (into `folder`). */
async function runWithSwiftOf(rendered: SchemaModel, folder: string) {
  const dir = join(sourcesRoot, folder);
  mkdirSync(dir, { recursive: true });
  for (const file of findTarget("swift").render([rendered], {})) writeFileSync(join(dir, file.path), file.contents);
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "sources", dir });
  const runtimes = await startRuntimes(repoRoot, suite);
  try {
    return await runConformance(suite, runtimes, { seed: 2, runs: 40, otherRuns: 40, shrinkMillis: 5_000 });
  } finally {
    await runtimes.close();
    suite.dispose();
  }
}

describeWithSwift("Swift's union cases are checked against the model's rule", () => {
  it("a Swift decoder trying the variants in another order is charged with the case it chose", { timeout: 900_000 }, async () => {
    const result = await runWithSwiftOf(withVariantsReversed(model), "reversed");
    const [disagreement] = result.disagreements;
    expect(disagreement).toBeDefined();
    expect(disagreement!.kind).toBe("valid");
    // Only the case is wrong: the value re-encodes unchanged, and every other runtime agrees.
    expect(disagreement!.verdicts.swift).toMatchObject({ valid: true, reencoded: disagreement!.instance });
    expect(disagreement!.findings.map((finding) => finding.column)).toEqual(["swift"]);
    expect(disagreement!.findings[0]!.reason).toMatch(/^decoded the value into case \w+ of \w+; the model's rule picks variant \w+ \(case \w+\)$/);
    // The shrunk instance holds both keys: the only value the reversed order decodes otherwise.
    expect(Object.keys(disagreement!.instance as object).sort()).toEqual(["content_html", "content_text"]);
    const tally = result.tallies.find((entry) => entry.schema === "Item")!;
    expect(tally.disagreed.swift).toBe(result.failedInstances);
    expect(tally.disagreed.ajv + tally.disagreed.jsonschema + tally.disagreed.fastjsonschema + tally.disagreed.drf).toBe(0);
  });

  it("the intact rendering agrees on the same instances", { timeout: 900_000 }, async () => {
    const result = await runWithSwiftOf(model, "intact");
    expect(result.instances).toBe(80);
    expect(result.disagreements).toEqual([]);
  });
});
