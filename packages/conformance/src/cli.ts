// `pnpm test:conformance [--seed N] [--runs N] [--other-runs N] [--schema NAME]... [--no-swift]`:
// the cross-language conformance run of issue 5. Exit 0 when every runtime agrees, 1 on any
// disagreement, 2 on a usage error.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatDisagreement, formatLimitations, formatSummary, formatTable } from "./report.ts";
import { DEFAULT_OPTIONS, startRuntimes } from "./runtimes.ts";
import { runConformance, type RunOptions } from "./run.ts";
import { loadSuite } from "./suite.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

function usage(message: string): never {
  console.error(`error: ${message}`);
  console.error("usage: pnpm test:conformance [--seed N] [--runs N] [--other-runs N] [--schema NAME]... [--mutation NAME]... [--no-swift]");
  process.exit(2);
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) usage(`--${name} takes an integer, got ${JSON.stringify(value)}`);
  return Number(value);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      seed: { type: "string" },
      runs: { type: "string" },
      "other-runs": { type: "string" },
      schema: { type: "string", multiple: true },
      mutation: { type: "string", multiple: true },
      "no-swift": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
} catch (error) {
  usage((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log("pnpm test:conformance: random instances from the model, judged by AJV, Python (jsonschema, fastjsonschema, DRF) and Swift");
  console.log(`  --seed N         run seed (default ${DEFAULT_OPTIONS.seed})`);
  console.log(`  --runs N         valid and invalid instances per top-level schema (default ${DEFAULT_OPTIONS.runs})`);
  console.log(`  --other-runs N   valid and invalid instances per other definition (default ${DEFAULT_OPTIONS.otherRuns})`);
  console.log("  --schema NAME    only this definition (repeatable), with --runs instances");
  console.log("  --mutation NAME  only this mutation for invalid instances (repeatable)");
  console.log("  --no-swift       leave the Swift harness out");
  process.exit(0);
}

const runs = integer("runs", values.runs, DEFAULT_OPTIONS.runs);
const options: RunOptions = {
  seed: integer("seed", values.seed, DEFAULT_OPTIONS.seed),
  runs,
  otherRuns: values.schema ? runs : integer("other-runs", values["other-runs"], DEFAULT_OPTIONS.otherRuns),
  ...(values.schema ? { schemas: values.schema } : {}),
  ...(values.mutation ? { mutations: values.mutation } : {}),
};

const started = performance.now();
const suite = await loadSuite(join(repoRoot, "clone-codegen.config.ts"));
const runtimes = await startRuntimes(repoRoot, suite, { swift: !values["no-swift"] });
let result;
try {
  result = await runConformance(suite, runtimes, options);
} catch (error) {
  console.error(`conformance: ${(error as Error).message}`);
  process.exit(2);
} finally {
  await runtimes.close();
}

console.log(`conformance: seed ${options.seed}, ${options.runs} valid + ${options.runs} invalid per top-level schema, ${options.otherRuns} + ${options.otherRuns} per other definition${runtimes.swiftEnabled ? "" : " (Swift switched off)"}`);
for (const disagreement of result.disagreements) console.log(`\n${formatDisagreement(disagreement, options.seed)}`);
console.log(`\n${formatTable(result)}`);
for (const limitation of formatLimitations(result)) console.log(`\n${limitation}`);
console.log(`\nconformance: ${Math.round(performance.now() - started)} ms wall, ${Math.round(result.millis)} ms judging`);
console.log(formatSummary(result));
process.exitCode = result.failedInstances > 0 ? 1 : 0;
