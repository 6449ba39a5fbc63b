// gen and check over every configured schema, in process; then, for each of issue 8's training
// schemas (test/corpus/external), gen for every target beside quicktype-core on the same file, in the
// same run: time, and the share of properties left untyped.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkGenerated, loadConfig, planGeneration, targets, untypedShare, writeGenerated } from "@clone/codegen";
import { Isolate, type IsolatedCall } from "./isolate.ts";
import { medianMillis, printTable } from "./measure.ts";
import type { QuicktypePropertyCounts } from "./quicktype.ts";
import type * as TrainingSchemaTools from "./trainingSchemaTools.ts";

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

interface Timing {
  /** Each tool's first call on the file (its code warmed only by the files before). */
  readonly firstMillis: number;
  /** Medians over the measured runs: wall time and CPU time (process.cpuUsage) per call. */
  readonly millis: number;
  readonly cpu: number;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Side = () => Promise<IsolatedCall<unknown>>;

/**
 * The tools measured the same way: each one's first call on the file (timed: its result gives the
 * counts), then `runs` calls each, interleaved (which goes first rotates), so load from other
 * processes on a shared machine falls on all alike. No other call of either tool on the file comes
 * before: the same warm-up for both.
 */
async function timeSideBySide(firstMillis: readonly number[], sides: readonly Side[], runs: number): Promise<Timing[]> {
  const samples: { wall: number; cpu: number }[][] = sides.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let step = 0; step < sides.length; step++) {
      const side = (run + step) % sides.length;
      samples[side]!.push(await sides[side]!());
    }
  }
  return sides.map((_, side) => ({
    firstMillis: firstMillis[side]!,
    millis: median(samples[side]!.map((sample) => sample.wall)),
    cpu: median(samples[side]!.map((sample) => sample.cpu)),
  }));
}

export async function benchTrainingSchemas(repoRoot: string, options: { readonly runs?: number } = {}): Promise<void> {
  const corpus = join(repoRoot, "test/corpus/external");
  const runs = options.runs ?? 7;
  // Each tool in an isolate of its own (isolate.ts): clone-codegen's runs (all targets, and Swift
  // alone) in one, quicktype's in the other.
  const tools = new URL("./trainingSchemaTools.ts", import.meta.url);
  const ours = new Isolate<typeof TrainingSchemaTools>(tools);
  const theirs = new Isolate<typeof TrainingSchemaTools>(tools);
  const rows: string[][] = [];
  try {
    for (const file of readdirSync(corpus).filter((name) => name.endsWith(".json")).sort()) {
      const path = join(corpus, file);
      // Each tool's first call on this file, timed, gives its counts.
      const ourFirst = await ours.call("genAllTargets", path, true);
      const { summary, document } = ourFirst.value!;
      const share = untypedShare(summary);
      const untyped = `${share.toFixed(2)}% (${summary.untypedProperties}/${summary.properties})`;
      const genAll: Side = () => ours.call("genAllTargets", path);
      let counts: QuicktypePropertyCounts;
      let theirFirst: number;
      try {
        // quicktype reads the document as clone-codegen's input read it (bundled, remote refs not fetched).
        const first = await theirs.call("quicktypeSwiftOf", document, true);
        theirFirst = first.wall;
        counts = first.value!;
      } catch (error) {
        const [alone] = await timeSideBySide([ourFirst.wall], [genAll], runs);
        rows.push([file, `${alone!.millis.toFixed(1)} ms`, `failed: ${(error as Error).message.split("\n")[0]!.slice(0, 60)}`, "", "", "", "", "", untyped, `${summary.fallbacks}`, "", ""]);
        continue;
      }
      const swiftFirst = await ours.call("genSwift", path);
      const [all, quicktype, swiftOnly] = (await timeSideBySide(
        [ourFirst.wall, theirFirst, swiftFirst.wall],
        [genAll, () => theirs.call("quicktypeSwiftOf", document), () => ours.call("genSwift", path)],
        runs,
      )) as [Timing, Timing, Timing];
      const ratio = all.millis / quicktype.millis;
      const theirShare = counts.properties === 0 ? 0 : (100 * counts.untyped) / counts.properties;
      rows.push([
        file,
        `${all.millis.toFixed(1)} ms`,
        `${quicktype.millis.toFixed(1)} ms`,
        `${ratio.toFixed(3)}×`,
        `${(all.cpu / quicktype.cpu).toFixed(3)}×`,
        `${(all.firstMillis / quicktype.firstMillis).toFixed(3)}×`,
        `${(swiftOnly.millis / quicktype.millis).toFixed(3)}×`,
        ratio <= 0.1 ? "yes" : "no",
        untyped,
        `${summary.fallbacks}`,
        `${theirShare.toFixed(2)}% (${counts.untyped}/${counts.properties})`,
        share < theirShare ? "yes" : "no",
      ]);
    }
  } finally {
    await Promise.all([ours.close(), theirs.close()]);
  }
  printTable(
    `Training schemas: gen --input for all ${targets.length} targets (${targets.map((t) => t.name).join(", ")}) vs quicktype-core (Swift only), each tool in a V8 isolate of its own, median of ${runs} interleaved runs after a first run each (each timed from the file's path: read, parse, bundle, model, render; quicktype from the parsed document: JSON text, parse, Swift)`,
    ["schema", "clone-codegen", "quicktype", "ratio", "CPU ratio", "1st-run ratio", "Swift-only ratio", "≤0.1×", "untyped (ours)", "our fallbacks", "untyped (quicktype)", "ours lower"],
    rows,
  );
  console.log(
    "ratio: of median wall times (the target); CPU ratio: of median CPU time per run (process.cpuUsage), steadier on a shared machine;\n" +
      "  1st-run ratio: of each tool's first call on the file in its isolate (its code warmed only by the files before);\n" +
      "  Swift-only ratio: ours for the swift target alone (the work quicktype does), timed in the same interleaved rounds. Nothing is reused between runs: every run of ours reads the\n" +
      "  file and builds the model and every target anew (memo tables live on per-run objects; the process-wide name spellings are\n" +
      "  cleared before each run, forgetNameSpellings), and quicktype gets the document anew. Each tool has a worker thread (a V8\n" +
      "  isolate: heap, collections and JIT of its own) and the two never run at once: sharing one heap, each paid for the other's garbage.\n" +
      "untyped: ours = properties of object types whose type is the open JSON value (through nullable, constraints, aliases, arrays and maps:\n" +
      "  isUntypedProperty); quicktype = stored properties of its Swift structs/classes (its JSONAny/JSONNull/JSONCodingKey support aside)\n" +
      "  whose type, with ?, [T] and [String: T] taken off and typealiases followed, is JSONAny/Any/AnyHashable or an enum of every JSON type.\n" +
      "  quicktype flattens unions into structs of optionals, so its property count is larger.\n" +
      "our fallbacks: places where the schema says more than our untyped value holds (a remote $ref, a `not`): every other\n" +
      "  untyped property of ours is one the schema itself leaves open (`{}`, `true`, a `type` list of all seven, an object of any members).",
  );
}
