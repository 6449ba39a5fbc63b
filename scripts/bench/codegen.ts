// gen and check over every configured schema, in process.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkGenerated, loadConfig, planGeneration, writeGenerated } from "@clone/codegen";
import { medianMillis, printTable } from "./measure.ts";

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
