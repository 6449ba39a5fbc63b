// `pnpm test:conformance [--input FILE [--name NAME] | --family NAME...] [--seed N] [--runs N]
// [--other-runs N] [--max-instances N] [--schema NAME]... [--mutation NAME]... [--no-swift]`: the
// cross-language conformance run. Without --input it covers every family clone-codegen.config.ts
// renders (or those --family names), one suite per Swift harness, one after another; with it, any
// JSON Schema file. `--cases PATH` instead judges the tests of case files (JSON Schema's test-suite
// format, caseFiles.ts) against what each states. `--input FILE --instances PATH...` judges recorded
// instances (files, JSON Lines, folders of them) instead of drawn ones, each against AJV's verdict on
// the input document (recorded.ts); every `--input` run also judges the document's own examples and
// defaults that way (documentExamples.ts). Exit 0 when every runtime agrees, 1 on any
// disagreement, 2 on a usage or input error.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CodegenError } from "@clone/codegen";
import { formatDisagreement, formatLimitations, formatSummary, formatTable, formatUnjudged } from "./report.ts";
import { DEFAULT_OPTIONS, INPUT_DEFAULT_OPTIONS, startRuntimes } from "./runtimes.ts";
import { runConformance, runsWithin, type RunOptions, type RunResult } from "./run.ts";
import { loadInputSuite, loadSuites, type SchemaUnderTest, type Suite } from "./suite.ts";
import { judgeRecorded, NoReference, readRecordedInstances, ReferenceValidator, type RecordedInstance, type RecordedResult } from "./recorded.ts";
import { judgeDocumentExamples, type JudgedExamples } from "./documentExamples.ts";
import { readCaseFiles } from "./caseFiles.ts";
import { runCases } from "./cases.ts";
import { formatCaseRun, formatExamplesBesideSchemas, formatRecorded } from "./report.ts";
import { quietProgress } from "./progress.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const USAGE =
  "usage: pnpm test:conformance [--input FILE [--name NAME] | --family NAME...] [--seed N] [--runs N] [--other-runs N] [--max-instances N] [--schema NAME]... [--mutation NAME]... [--no-swift]\n" +
  "       pnpm test:conformance --input FILE [--name NAME] --instances PATH... [--schema NAME] [--seed N] [--no-swift]\n" +
  "       pnpm test:conformance --cases PATH [--no-swift]";

function usage(message: string): never {
  console.error(`error: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

/**
 * "unknown schema Component (did you mean component?)", and the names there are (the first few of a
 * long list): a definition is named as its document writes it, which a reader guesses wrong in case.
 */
function unknownSchemas(unknown: readonly string[], known: readonly string[]): string {
  const guesses = unknown.map((name) => {
    const sameLetters = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return sameLetters === undefined ? name : `${name} (did you mean ${sameLetters}?)`;
  });
  const shown = known.slice(0, 20);
  return `unknown schema ${guesses.join(", ")}; the schemas are ${shown.join(", ")}${known.length > shown.length ? ` and ${known.length - shown.length} more` : ""}`;
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
      cases: { type: "string" },
      instances: { type: "string", multiple: true },
      name: { type: "string" },
      family: { type: "string", multiple: true },
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
    allowPositionals: true,
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
// `--instances a b c`: the paths after the flag are its too.
const instancePaths = values.instances === undefined ? undefined : [...values.instances, ...positionals];
if (instancePaths === undefined && positionals.length > 0) usage(`unexpected argument ${positionals[0]}`);
const defaults = values.input === undefined ? DEFAULT_OPTIONS : INPUT_DEFAULT_OPTIONS;
if (values.help) {
  console.log("pnpm test:conformance: random instances from the model, judged by AJV, Python (jsonschema, fastjsonschema, DRF) and Swift");
  console.log(USAGE);
  console.log("  --input FILE     any JSON Schema file instead of the project's families (its root, or every definition when it has none)");
  console.log("  --name NAME      the model name for --input (default: the file's, as `pnpm codegen gen --input`)");
  console.log("  --family NAME    only this family of the config's (repeatable; default: every family it renders)");
  console.log(`  --seed N         run seed (default ${DEFAULT_OPTIONS.seed})`);
  console.log(`  --runs N         valid and invalid instances per top-level schema (default ${DEFAULT_OPTIONS.runs}; ${INPUT_DEFAULT_OPTIONS.runs} with --input)`);
  console.log(`  --other-runs N   valid and invalid instances per other definition (default ${DEFAULT_OPTIONS.otherRuns}; ${INPUT_DEFAULT_OPTIONS.otherRuns} with --input)`);
  console.log("  --max-instances N  per suite, when its valid + invalid instances would exceed N: fewer --other-runs first,");
  console.log("                   then fewer --runs, evenly (a file without a root has every definition top-level); the run prints what it chose");
  console.log("  --schema NAME    only this definition (repeatable), with --runs instances");
  console.log("  --mutation NAME  only this mutation for invalid instances (repeatable)");
  console.log("  --no-swift       leave the Swift harness out (it is never left out otherwise)");
  console.log("  --instances PATH...  with --input: judge these recorded instances instead of drawn ones: a .json file is one");
  console.log("                   instance, a .jsonl or .ndjson file one a line, a folder every such file under it (a file named");
  console.log("                   here is read as JSON whatever its name). Each is judged against the root (or the one --schema");
  console.log("                   definition) by every runtime, held to AJV's verdict on the input document itself; malformed");
  console.log("                   JSON fails the run (exit 2), naming its file and line");
  console.log("  (every --input run also judges the document's own `examples` and `default` values the same way: on the root and");
  console.log("   each definition as whole values, at properties grafted into a drawn valid instance of the enclosing schema; an API");
  console.log("   description's examples beside a schema (a JSON media type's, a parameter's, a header's) as whole values of it)");
  console.log("  --cases PATH     judge the tests of case files instead: every *.json under PATH (or that file), in JSON Schema's");
  console.log("                   test-suite format (groups of a schema and data stated valid or invalid), each in a folder named for");
  console.log("                   its dialect (draft4, draft6, draft7, draft2019-09, draft2020-12)");
  process.exit(0);
}
if (values.cases !== undefined) {
  const others = (["input", "name", "family", "seed", "runs", "other-runs", "max-instances", "schema", "mutation"] as const).filter((option) => values[option] !== undefined);
  if (others.length > 0) usage(`--cases takes no --${others.join(", --")}`);
  process.exit(await runCaseFiles(resolve(values.cases), !values["no-swift"]));
}
if (values.name !== undefined && values.input === undefined) usage("--name goes with --input");
if (values.family !== undefined && values.input !== undefined) usage("--family is one of the config's families, not with --input");

const asked = { runs: integer("runs", values.runs, defaults.runs), otherRuns: integer("other-runs", values["other-runs"], defaults.otherRuns) };
const maxInstances = values["max-instances"] === undefined ? undefined : integer("max-instances", values["max-instances"], 0);
const seed = integer("seed", values.seed, defaults.seed);
if (instancePaths !== undefined) {
  if (values.input === undefined) usage("--instances goes with --input");
  if (instancePaths.length === 0) usage("--instances takes at least one path");
  const others = (["family", "runs", "other-runs", "max-instances", "mutation"] as const).filter((option) => values[option] !== undefined);
  if (others.length > 0) usage(`--instances takes no --${others.join(", --")}`);
  if ((values.schema?.length ?? 0) > 1) usage("--instances judges against one schema: at most one --schema");
  process.exit(await runRecordedInstances(resolve(values.input), instancePaths, values.schema?.[0]));
}

const started = performance.now();
let suites: Suite[];
try {
  suites = values.input === undefined ? await loadSuites(join(repoRoot, "clone-codegen.config.ts"), values.family) : [loadInputSuite(resolve(values.input), values.name ? { name: values.name } : {})];
} catch (error) {
  if (!(error instanceof CodegenError)) throw error;
  console.error(`conformance: ${error.message}`);
  process.exit(2);
}
if (values.schema) {
  // Each name must be a schema of some suite; suites with none of them are left out.
  const known = new Set(suites.flatMap((suite) => suite.schemas.map((schema) => schema.name)));
  const unknown = values.schema.filter((name) => !known.has(name));
  if (unknown.length > 0) usage(unknownSchemas(unknown, [...known]));
  suites = suites.filter((suite) => suite.schemas.some((schema) => values.schema!.includes(schema.name)));
}

const replayInput = values.input === undefined ? "" : `--input ${values.input}${values.name ? ` --name ${values.name}` : ""}`;
const totals = { instances: 0, failedInstances: 0, gaveUp: 0, notDrawn: 0 };
for (const suite of suites) {
  const label = values.input === undefined ? suite.families.map((family) => family.name).join(" + ") : `${values.input} (model ${suite.families[0]!.name}, ${suite.families[0]!.dialect})`;
  const replay = values.input === undefined ? suite.families.map((family) => `--family ${family.name}`).join(" ") : replayInput;
  const result = await runSuite(suite, label, replay);
  totals.instances += result.instances;
  totals.failedInstances += result.failedInstances;
  totals.gaveUp += result.generatorGaveUp.length;
  totals.notDrawn += result.generatorGaveUp.reduce((sum, entry) => sum + entry.notDrawn, 0);
}
if (suites.length > 1) console.log(`\nconformance: ${suites.length} suites, ${Math.round(performance.now() - started)} ms wall`);
// The project's own families (CI) must get every instance: a give-up there is the generator's bug and
// fails the run. An input document's is the generator's limitation on a schema nobody here wrote:
// named, with what was judged, and not a verdict on the runtimes, which exit 1 is.
const gaveUpFails = values.input === undefined;
if (totals.gaveUp > 0) {
  const counted = gaveUpFails ? "the run fails" : "GENERATOR LIMITATION: counted as the generator's, not as disagreements";
  console.log(`conformance: the generators gave up on ${totals.notDrawn} instances of ${totals.gaveUp} schema kind(s), listed above (GENERATOR GAVE UP): those were not judged; ${counted}`);
}
console.log(formatSummary(totals));
process.exitCode = totals.failedInstances > 0 || (gaveUpFails && totals.gaveUp > 0) ? 1 : 0;

/** One suite: its runs within the budget, its runtimes, its report. */
async function runSuite(suite: Suite, label: string, replay: string): Promise<RunResult> {
  const suiteStarted = performance.now();
  const topLevelCount = suite.schemas.filter((schema) => schema.topLevel).length;
  console.log(`\nconformance: ${label}: ${topLevelCount} top-level schemas of ${suite.schemas.length}`);
  // --schema gives each schema it names the top-level runs.
  const counts = values.schema ? { topLevel: suite.schemas.filter((schema) => values.schema!.includes(schema.name)).length, others: 0 } : { topLevel: topLevelCount, others: suite.schemas.length - topLevelCount };
  const runs = runsWithin(values.schema ? { runs: asked.runs, otherRuns: 0 } : asked, counts, maxInstances);
  const hasOthers = counts.others > 0 && asked.otherRuns > 0;
  if (runs.runs !== asked.runs || (hasOthers && runs.otherRuns !== asked.otherRuns)) {
    const others = hasOthers ? ` and ${runs.otherRuns} + ${runs.otherRuns} per other definition` : "";
    const was = hasOthers ? `${asked.runs} and ${asked.otherRuns}` : `${asked.runs}`;
    console.log(`conformance: --max-instances ${maxInstances}: ${runs.runs} + ${runs.runs} per top-level schema${others} instead of ${was}`);
  } else if (maxInstances !== undefined) {
    // It only lowers the runs (two sweeps read it as how many to draw, and got 400 of 3000).
    console.log(`conformance: --max-instances ${maxInstances} is above what --runs ${asked.runs}${hasOthers ? ` and --other-runs ${asked.otherRuns}` : ""} draw, which stay; --runs draws more`);
  }
  const options: RunOptions = {
    seed,
    runs: runs.runs,
    otherRuns: values.schema ? runs.runs : runs.otherRuns,
    ...(values.schema ? { schemas: values.schema.filter((name) => suite.schemas.some((schema) => schema.name === name)) } : {}),
    ...(values.mutation ? { mutations: values.mutation } : {}),
  };
  const runtimes = await startRuntimes(repoRoot, suite, { swift: !values["no-swift"] });
  const progress = quietProgress();
  let result: RunResult;
  let examples: JudgedExamples | undefined;
  try {
    result = await runConformance(suite, runtimes, options, { schemasDone: (done, total) => progress.say(`judged ${done} of ${total} schemas`), step: progress.step });
    // An input's own example values, judged against AJV on the input document (the project's families are TypeBox, judged by their vectors).
    if (values.input !== undefined) examples = await judgeDocumentExamples(runtimes, schemasOfExamples(suite), seed, progress.step);
  } catch (error) {
    // Anything that reaches here is a fault of the harness, not a verdict: its stack says where.
    console.error(`conformance: ${(error as Error).message}`);
    console.error((error as Error).stack);
    process.exit(2);
  } finally {
    progress.stop();
    await runtimes.close();
    suite.dispose();
  }
  console.log(
    `conformance: seed ${options.seed}, ${options.runs} valid + ${options.runs} invalid per top-level schema, ${options.otherRuns} + ${options.otherRuns} per other definition${runtimes.swiftEnabled ? "" : " (Swift switched off)"}`,
  );
  for (const disagreement of result.disagreements) console.log(`\n${formatDisagreement(disagreement, options.seed, replay)}`);
  console.log(`\n${formatTable(result)}`);
  for (const limitation of formatLimitations(result)) console.log(`\n${limitation}`);
  for (const line of formatUnjudged(result)) console.log(`\n${line}`);
  const filters = result.filters.lines();
  if (filters.length > 0) console.log(`\ngenerators' filters (each keeps the candidates its parenthesis describes and draws again for the rest; every instance judged was kept):\n${filters.map((line) => `  ${line}`).join("\n")}`);
  const notDrawn = result.filters.notDrawnLines();
  if (notDrawn.length > 0) console.log(`\nNOT DRAWN (instances the generators do not build, counted each time one could have been drawn; the others were drawn in their place):\n${notDrawn.map((line) => `  ${line}`).join("\n")}`);
  console.log(`\nconformance: ${label}: ${Math.round(performance.now() - suiteStarted)} ms wall, ${Math.round(result.millis)} ms judging, ${result.instances} instances, ${result.failedInstances} disagreements`);
  if (examples === undefined) return result;
  printDocumentExamples(examples);
  return { ...result, instances: result.instances + examples.result.judged, failedInstances: result.failedInstances + examples.result.failures.length };
}

/** The schemas whose examples an input run judges: the --schema ones, or every one of the suite (the root and each definition). */
function schemasOfExamples(suite: Suite): SchemaUnderTest[] {
  return values.schema ? suite.schemas.filter((schema) => values.schema!.includes(schema.name)) : [...suite.schemas];
}

function printDocumentExamples({ result, notPlaced, noReference, besideDefinitions, besideNoType, besideNotJudged }: JudgedExamples): void {
  for (const line of formatRecorded(result, "document examples")) console.log(line);
  for (const why of noReference) console.log(`conformance: document examples not judged (no expected verdict): ${why}`);
  for (const line of formatExamplesBesideSchemas(besideDefinitions, besideNoType, besideNotJudged)) console.log(line);
  if (notPlaced.length > 0) {
    console.log(`conformance: ${notPlaced.length} property example values not judged: no drawn valid instance of the enclosing schema holds the object they sit in`);
    for (const label of notPlaced.slice(0, 20)) console.log(`  ${label}`);
    if (notPlaced.length > 20) console.log(`  ... and ${notPlaced.length - 20} more`);
  }
}

/**
 * `--instances`: every recorded instance judged against the root (or `schemaName`), held to AJV's
 * verdict on the input document; then the document's own examples. The exit code.
 */
async function runRecordedInstances(inputPath: string, paths: readonly string[], schemaName: string | undefined): Promise<number> {
  const started = performance.now();
  let instances: RecordedInstance[];
  let suite: Suite;
  try {
    // Every file is read before any is judged: a malformed one stops the run with nothing half-judged.
    instances = readRecordedInstances(paths);
    suite = loadInputSuite(inputPath, values.name ? { name: values.name } : {});
  } catch (error) {
    if (!(error instanceof CodegenError)) throw error;
    console.error(`conformance: ${error.message}`);
    return 2;
  }
  const { model } = suite.families[0]!;
  const schema = schemaName === undefined ? suite.schemas.find((candidate) => model.root !== undefined && candidate.type.name === model.root.name) : suite.schemas.find((candidate) => candidate.name === schemaName);
  if (schema === undefined) {
    suite.dispose();
    usage(schemaName === undefined ? `${values.input} has no root schema: name the definition to judge against with --schema` : unknownSchemas([schemaName], suite.schemas.map((candidate) => candidate.name)));
  }
  console.log(`\nconformance: ${values.input} (model ${model.name}, ${model.source.dialect}): ${instances.length} recorded instances from ${paths.length} path(s), against ${schemaName ?? "the root"}`);
  const runtimes = await startRuntimes(repoRoot, suite, { swift: !values["no-swift"] });
  const progress = quietProgress();
  let recorded: RecordedResult;
  let examples: JudgedExamples;
  try {
    const reference = new ReferenceValidator(model.source.document, model.source.dialect);
    recorded = await judgeRecorded(runtimes, reference, schema, instances, {
      fragment: schemaName === undefined ? "#" : schema.fragment,
      onProgress: (done, total) => progress.say(`judged ${done} of ${total} recorded instances`),
    });
    examples = await judgeDocumentExamples(runtimes, schemasOfExamples(suite), seed, progress.step);
  } catch (error) {
    if (!(error instanceof NoReference)) throw error;
    console.error(`conformance: no recorded instance judged: ${error.message}`);
    return 2;
  } finally {
    progress.stop();
    await runtimes.close();
    suite.dispose();
  }
  if (!runtimes.swiftEnabled) console.log("conformance: Swift switched off");
  for (const line of formatRecorded(recorded, "recorded instances")) console.log(line);
  printDocumentExamples(examples);
  console.log(`\nconformance: ${Math.round(performance.now() - started)} ms wall`);
  // An instance AJV threw on is AJV's own failure, no limitation explaining it: the others had no verdict to be held to.
  const threw = recorded.referenceThrew.length + examples.result.referenceThrew.length + examples.besideNoType.threw.length;
  const failed = recorded.failures.length + examples.result.failures.length + threw;
  console.log(formatSummary({ instances: recorded.judged + examples.result.judged + threw, failedInstances: failed }));
  return failed > 0 ? 1 : 0;
}

/** `--cases`: every test of the case files judged against its statement; the exit code. */
async function runCaseFiles(path: string, swift: boolean): Promise<number> {
  let groups;
  try {
    groups = readCaseFiles(path);
  } catch (error) {
    if (!(error instanceof CodegenError)) throw error;
    console.error(`conformance: ${error.message}`);
    return 2;
  }
  const tests = groups.reduce((sum, group) => sum + group.tests.length, 0);
  console.log(`conformance: ${tests} cases in ${groups.length} groups of ${new Set(groups.map((group) => group.file)).size} case files under ${path}`);
  const result = await runCases(repoRoot, groups, { swift, onDocument: (label) => console.log(`conformance: judging ${label}`) });
  for (const line of formatCaseRun(result)) console.log(line);
  console.log(formatSummary({ instances: result.cases, failedInstances: result.failures.length }));
  return result.failures.length > 0 ? 1 : 0;
}
