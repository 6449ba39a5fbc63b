// `breaking` on the openclaw protocol pair (test/corpus/openclaw: 41 → 129 definitions) and over the
// whole corpus history, in process. Baselines in the same run: building the two models (what any
// model-level comparison costs first) and the model diff alone (every finding, no witness search), so
// the witness search's share is the difference.
import { join } from "node:path";
import { buildModel, readSchemaFile } from "@clone/codegen";
// Not exported from @clone/codegen's index, which every config imports: the witness search is heavy to load.
import { compareDocuments } from "../../packages/codegen/src/breaking/compare.ts";
import { diffModels } from "../../packages/codegen/src/breaking/diff.ts";
import { cpuMillis, medianMillis, printTable } from "./measure.ts";

const OPENCLAW = ["test/corpus/openclaw/openclaw-protocol-2025-12-19.schema.json", "test/corpus/openclaw/openclaw-protocol.schema.json"] as const;
const CLAUDE_CODE = ["session-v2.0.76", "session-v2.1.1", "session-v2.1.59"].map((stem) => `test/corpus/claude-code/${stem}.schema.json`);

export async function benchBreaking(repoRoot: string): Promise<void> {
  const read = (path: string) => readSchemaFile(join(repoRoot, path), path);
  const [old, current] = OPENCLAW.map(read) as [ReturnType<typeof read>, ReturnType<typeof read>];
  const models = () => [buildModel(old, { name: "Old" }), buildModel(current, { name: "New" })] as const;
  // Wall time and CPU time both: on a shared machine the CPU figure is the one that compares across runs.
  const build = { wall: await medianMillis(models, 5), cpu: cpuMillis(models, 5) };
  const diff = { wall: await medianMillis(() => diffModels(...models()), 5), cpu: cpuMillis(() => diffModels(...models()), 5) };
  const report = compareDocuments(old, current);
  const full = { wall: await medianMillis(() => compareDocuments(old, current), 3), cpu: cpuMillis(() => compareDocuments(old, current), 2) };
  const { error, warning, info, witnesses, unproven, rules } = report.summary;
  printTable(`breaking on the openclaw pair (${report.old.definitions} → ${report.new.definitions} definitions, role both, median, in process)`, ["step", "wall", "CPU"], [
    ["baseline: build both models", `${build.wall.toFixed(1)} ms`, `${build.cpu.toFixed(1)} ms`],
    ["baseline: build + model diff (no witnesses)", `${diff.wall.toFixed(1)} ms`, `${diff.cpu.toFixed(1)} ms`],
    ["breaking (build + diff + witness search)", `${full.wall.toFixed(1)} ms`, `${full.cpu.toFixed(1)} ms`],
  ]);
  console.log(`findings: ${error} error, ${warning} warning, ${info} info; ${witnesses} witnesses found, ${unproven} unproven; ${rules} rules reported`);
  const pairs: [string, string][] = [[OPENCLAW[0], OPENCLAW[1]], ...CLAUDE_CODE.slice(1).map((path, index): [string, string] => [CLAUDE_CODE[index]!, path])];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let found = 0;
  for (const [a, b] of pairs) found += compareDocuments(read(a), read(b)).summary.witnesses;
  const cpu = process.cpuUsage(cpuStart);
  console.log(
    `whole corpus (${pairs.length} consecutive pairs, both roles from one search): ${((performance.now() - start) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${found} witnesses`,
  );
}
