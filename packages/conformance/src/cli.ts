// `pnpm test:conformance [--input FILE [--name NAME]] [--seed N] [--runs N] [--other-runs N]
// [--max-instances N] [--schema NAME]... [--mutation NAME]... [--no-swift]`: the cross-language conformance run. Without
// --input it covers the project's own families; with it, any JSON Schema file. Exit 0 when every
// runtime agrees, 1 on any disagreement, 2 on a usage or input error.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CodegenError } from "@clone/codegen";
import { formatDisagreement, formatLimitations, formatSummary, formatTable } from "./report.ts";
import { DEFAULT_OPTIONS, INPUT_DEFAULT_OPTIONS, startRuntimes } from "./runtimes.ts";
import { runConformance, runsWithin, type RunOptions } from "./run.ts";
import { loadInputSuite, loadSuite, type Suite } from "./suite.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const USAGE =
  "usage: pnpm test:conformance [--input FILE [--name NAME]] [--seed N] [--runs N] [--other-runs N] [--max-instances N] [--schema NAME]... [--mutation NAME]... [--no-swift]";

function usage(message: string): never {
  console.error(`error: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) usage(`--${name} takes a non-negative integer, got ${JSON.stringify(value)}`);
  return Number(value);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      input: { type: "string" },
      name: { type: "string" },
      seed: { type: "string" },
      runs: { type: "string" },
      "other-runs": { type: "string" },
      "max-instances": { type: "string" },
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
const defaults = values.input === undefined ? DEFAULT_OPTIONS : INPUT_DEFAULT_OPTIONS;
if (values.help) {
  console.log("pnpm test:conformance: random instances from the model, judged by AJV, Python (jsonschema, fastjsonschema, DRF) and Swift");
  console.log(USAGE);
  console.log("  --input FILE     any JSON Schema file instead of the project's families (its root, or every definition when it has none)");
  console.log("  --name NAME      the model name for --input (default: the file's, as `pnpm codegen gen --input`)");
  console.log(`  --seed N         run seed (default ${DEFAULT_OPTIONS.seed})`);
  console.log(`  --runs N         valid and invalid instances per top-level schema (default ${DEFAULT_OPTIONS.runs}; ${INPUT_DEFAULT_OPTIONS.runs} with --input)`);
  console.log(`  --other-runs N   valid and invalid instances per other definition (default ${DEFAULT_OPTIONS.otherRuns}; ${INPUT_DEFAULT_OPTIONS.otherRuns} with --input)`);
  console.log("  --max-instances N  fewer --runs, evenly, when the top-level schemas' valid + invalid instances would exceed N (a file");
  console.log("                   without a root has every definition top-level); the run prints the runs it chose");
  console.log("  --schema NAME    only this definition (repeatable), with --runs instances");
  console.log("  --mutation NAME  only this mutation for invalid instances (repeatable)");
  console.log("  --no-swift       leave the Swift harness out (it is never left out otherwise)");
  process.exit(0);
}
if (values.name !== undefined && values.input === undefined) usage("--name goes with --input");

const requestedRuns = integer("runs", values.runs, defaults.runs);
const maxInstances = values["max-instances"] === undefined ? undefined : integer("max-instances", values["max-instances"], 0);

const started = performance.now();
let suite: Suite;
try {
  suite = values.input === undefined ? await loadSuite(join(repoRoot, "clone-codegen.config.ts")) : loadInputSuite(resolve(values.input), values.name ? { name: values.name } : {});
} catch (error) {
  if (!(error instanceof CodegenError)) throw error;
  console.error(`conformance: ${error.message}`);
  process.exit(2);
}
const label = values.input === undefined ? "the project's families" : `${values.input} (model ${suite.families[0]!.name}, ${suite.families[0]!.dialect})`;
const topLevelCount = suite.schemas.filter((schema) => schema.topLevel).length;
console.log(`conformance: ${label}: ${topLevelCount} top-level schemas of ${suite.schemas.length}`);
// The schemas --runs applies to: the top-level ones, or every one --schema names.
const schemasGivenRuns = values.schema ? values.schema.length : topLevelCount;
const runs = runsWithin(requestedRuns, schemasGivenRuns, maxInstances);
if (runs !== requestedRuns) console.log(`conformance: --max-instances ${maxInstances}: ${runs} + ${runs} per top-level schema instead of ${requestedRuns} + ${requestedRuns} (${schemasGivenRuns} of them)`);
const options: RunOptions = {
  seed: integer("seed", values.seed, defaults.seed),
  runs,
  otherRuns: values.schema ? runs : integer("other-runs", values["other-runs"], defaults.otherRuns),
  ...(values.schema ? { schemas: values.schema } : {}),
  ...(values.mutation ? { mutations: values.mutation } : {}),
};
const runtimes = await startRuntimes(repoRoot, suite, { swift: !values["no-swift"] });
let result;
try {
  result = await runConformance(suite, runtimes, options, (done, total) => console.log(`conformance: judged ${done} of ${total} schemas`));
} catch (error) {
  console.error(`conformance: ${(error as Error).message}`);
  process.exit(2);
} finally {
  await runtimes.close();
  suite.dispose();
}

console.log(
  `conformance: seed ${options.seed}, ${options.runs} valid + ${options.runs} invalid per top-level schema, ${options.otherRuns} + ${options.otherRuns} per other definition${runtimes.swiftEnabled ? "" : " (Swift switched off)"}`,
);
const replayInput = values.input === undefined ? "" : `--input ${values.input}${values.name ? ` --name ${values.name}` : ""}`;
for (const disagreement of result.disagreements) console.log(`\n${formatDisagreement(disagreement, options.seed, replayInput)}`);
console.log(`\n${formatTable(result)}`);
for (const limitation of formatLimitations(result)) console.log(`\n${limitation}`);
const filters = result.filters.lines();
if (filters.length > 0) console.log(`\ngenerators' filters (candidates the model rejected; every instance judged was accepted):\n${filters.map((line) => `  ${line}`).join("\n")}`);
console.log(`\nconformance: ${Math.round(performance.now() - started)} ms wall, ${Math.round(result.millis)} ms judging`);
console.log(formatSummary(result));
process.exitCode = result.failedInstances > 0 ? 1 : 0;
