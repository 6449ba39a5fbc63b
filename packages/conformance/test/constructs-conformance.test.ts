// Every construct of issue 8, end to end: each minimal document (constructDocuments.ts) built into a
// model, its instances generated and mutated, and AJV (the document's dialect), jsonschema,
// fastjsonschema and the rendered DRF serializers all agree on every one. Swift is left out here: the
// Swift suite and `pnpm test:conformance --input` judge the same documents with it.
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { startRuntimes } from "../src/runtimes.ts";
import { documentSuite, type Suite } from "../src/suite.ts";
import { CONSTRUCT_DOCUMENTS, constructModel } from "./constructDocuments.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const suites: Suite[] = [];
afterAll(() => suites.forEach((suite) => suite.dispose()));

describe("every construct conforms in AJV, jsonschema, fastjsonschema and DRF", () => {
  for (const name of Object.keys(CONSTRUCT_DOCUMENTS)) {
    it(name, { timeout: 600_000 }, async () => {
      const { model, document } = constructModel(name);
      const suite = documentSuite(model, document, { kind: "none" });
      suites.push(suite);
      const runtimes = await startRuntimes(repoRoot, suite, { swift: false });
      let result;
      try {
        result = await runConformance(suite, runtimes, { seed: 3, runs: 60, otherRuns: 60, shrinkMillis: 5_000 });
      } finally {
        await runtimes.close();
      }
      const report = result.disagreements.map((d) => `${d.schema} ${d.kind}: ${JSON.stringify(d.instance)} ${d.findings.map((f) => `${f.column}: ${f.reason}`).join("; ")}`);
      expect(report).toEqual([]);
      expect(result.failedInstances).toBe(0);
      // Every definition got both kinds, and no generator gave up on a variant.
      for (const tally of result.tallies) expect(tally.instances, tally.schema).toBe(120);
      expect(result.filters.lines().filter((line) => line.includes("no valid value found"))).toEqual([]);
      // Python's engines read patterns their own way: known, counted, never hiding anything else.
      expect([...result.limitations.keys()].every((limitation) => limitation === "python-validators-read-patterns-as-python")).toBe(true);
    });
  }
});
