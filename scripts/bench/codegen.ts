// gen and check over every configured schema, in process; then, for each of issue 8's training
// schemas (test/corpus/external), gen for every target beside quicktype-core on the same file, in the
// same run: time, and the share of properties left untyped.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkGenerated, loadConfig, modelOfFile, planGeneration, summarizeModel, targets, untypedShare, writeGenerated } from "@clone/codegen";
import { cpuMillis, cpuMillisAsync, medianMillis, printTable } from "./measure.ts";
import { countQuicktypeProperties, quicktypeSwift } from "./quicktype.ts";

export async function benchCodegen(repoRoot: string): Promise<void> {
  const config = await loadConfig(join(repoRoot, "clone-codegen.config.ts"));
  const scratch = mkdtempSync(join(tmpdir(), "bench-gen-"));
  try {
    const plan = planGeneration(config);
    const render = await medianMillis(() => planGeneration(config));
    // gen into an empty directory each run, so every file is really written.
    const gen = await medianMillis(() => {
      rmSync(scratch, { recursive: true, force: true });
      writeGenerated({ ...planGeneration(config), rootDir: scratch });
    });
    // The scratch directory now holds a fresh gen: check compares every file and finds it clean.
    const check = await medianMillis(() => checkGenerated({ ...planGeneration(config), rootDir: scratch }));
    const files = plan.files.size;
    printTable(`codegen over all schemas (${files} files, median of 7, in process)`, ["step", "time"], [
      ["render only (model + targets)", `${render.toFixed(1)} ms`],
      ["gen (render + write)", `${gen.toFixed(1)} ms`],
      ["check (render + compare)", `${check.toFixed(1)} ms`],
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Everything `gen --input FILE` does for every target, in process: read, bundle, model, render. */
function genAllTargets(path: string): void {
  const model = modelOfFile(path);
  for (const target of targets) target.render([model], {});
}

export async function benchTrainingSchemas(repoRoot: string, options: { readonly quicktypeRuns?: number } = {}): Promise<void> {
  const corpus = join(repoRoot, "test/corpus/external");
  const rows: string[][] = [];
  for (const file of readdirSync(corpus).filter((name) => name.endsWith(".json")).sort()) {
    const path = join(corpus, file);
    const summary = summarizeModel(modelOfFile(path));
    const ours = await medianMillis(() => genAllTargets(path), 7);
    const oursCpu = cpuMillis(() => genAllTargets(path), 5);
    // quicktype reads the document as clone-codegen's input reads it (bundled, remote refs not fetched).
    const document = modelOfFile(path).source.document as Parameters<typeof quicktypeSwift>[0];
    let theirs: { millis: number; cpu: number; properties: number; untyped: number } | { error: string };
    try {
      const counts = countQuicktypeProperties(await quicktypeSwift(document));
      const runs = options.quicktypeRuns ?? 3;
      theirs = { millis: await medianMillis(() => quicktypeSwift(document), runs), cpu: await cpuMillisAsync(() => quicktypeSwift(document), runs), ...counts };
    } catch (error) {
      theirs = { error: (error as Error).message.split("\n")[0]!.slice(0, 60) };
    }
    const share = untypedShare(summary);
    if ("error" in theirs) {
      rows.push([file, `${ours.toFixed(1)} ms`, `failed: ${theirs.error}`, "", "", "", `${share.toFixed(1)}% (${summary.untypedProperties}/${summary.properties})`, "", ""]);
      continue;
    }
    const ratio = ours / theirs.millis;
    const theirShare = theirs.properties === 0 ? 0 : (100 * theirs.untyped) / theirs.properties;
    rows.push([
      file,
      `${ours.toFixed(1)} ms`,
      `${theirs.millis.toFixed(1)} ms`,
      `${ratio.toFixed(3)}×`,
      `${(oursCpu / theirs.cpu).toFixed(3)}×`,
      ratio <= 0.1 ? "yes" : "no",
      `${share.toFixed(1)}% (${summary.untypedProperties}/${summary.properties})`,
      `${theirShare.toFixed(1)}% (${theirs.untyped}/${theirs.properties})`,
      share < theirShare ? "yes" : "no",
    ]);
  }
  printTable(
    `Training schemas: gen --input for all ${targets.length} targets (${targets.map((t) => t.name).join(", ")}) vs quicktype-core (Swift only), median wall time in process`,
    ["schema", "clone-codegen", "quicktype", "ratio", "CPU ratio", "≤0.1×", "untyped (ours)", "untyped (quicktype)", "ours lower"],
    rows,
  );
  console.log(
    "ratio: of median wall times (the target); CPU ratio: of CPU time per run (process.cpuUsage), steadier on a shared machine.\n" +
    "untyped: ours = properties of object types whose type is the open JSON value (through nullable, constraints, aliases, arrays and maps:\n" +
      "  isUntypedProperty); quicktype = stored properties of its Swift structs/classes whose type, with ?, [T] and [String: T] taken off and\n" +
      "  typealiases followed, is JSONAny/Any/AnyHashable. quicktype flattens unions into structs of optionals, so its property count is larger.",
  );
}
