// The conformance run's throughput per runtime: the same instances (valid and invalid, both top-level
// schemas, from the model-derived generators) judged by each runtime alone, pipes batched as in
// `pnpm test:conformance`. Swift and Python include their process's pipe round trips. Figures only.
import { join } from "node:path";
import { sampleInstances } from "../../packages/conformance/src/run.ts";
import { startRuntimes } from "../../packages/conformance/src/runtimes.ts";
import type { Case, Runner } from "../../packages/conformance/src/runners/types.ts";
import { loadSuite } from "../../packages/conformance/src/suite.ts";
import { formatRate, printTable } from "./measure.ts";

const PER_KIND = 2000;

export async function benchConformance(repoRoot: string): Promise<void> {
  const suite = await loadSuite(join(repoRoot, "clone-codegen.config.ts"));
  const cases: Case[] = suite.schemas
    .filter((schema) => schema.topLevel)
    .flatMap((schema) =>
      (["valid", "invalid"] as const).flatMap((kind) =>
        sampleInstances(schema, kind, 1, PER_KIND).map(({ instance }) => ({ schema, instance })),
      ),
    );
  const runtimes = await startRuntimes(repoRoot, suite);
  try {
    const runners: Runner[] = [runtimes.ajv, ...runtimes.others];
    // One small batch each first: process start-up, imports and the Swift build are not throughput.
    for (const runner of runners) await runner.judge(cases.slice(0, 50));
    const rows: string[][] = [];
    for (const runner of runners) {
      const started = performance.now();
      await runner.judge(cases);
      const seconds = (performance.now() - started) / 1000;
      rows.push([`${runner.name} (${runner.columns.join(", ")})`, String(cases.length), `${(seconds * 1000).toFixed(0)} ms`, formatRate(cases.length / seconds)]);
    }
    printTable("conformance: instances/s per runtime (CloneEvent + GatewayFrame, valid and invalid)", ["runtime", "instances", "time", "rate"], rows);
  } finally {
    await runtimes.close();
  }
}
