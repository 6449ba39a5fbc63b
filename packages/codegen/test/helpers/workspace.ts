// Test helpers: temporary workspaces with their own clone-codegen.config.ts, and running the CLI.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_FILE_NAME, loadConfig } from "../../src/config.ts";
import { planGeneration } from "../../src/generate/plan.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const CLI = join(REPO_ROOT, "packages/codegen/src/cli.ts");

export function tempDir(prefix = "clone-codegen-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (path → contents) under `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
}

/** A scratch folder inside the repository (so a config's imports of @clone/* resolve), gitignored. */
export function tempDirInRepo(prefix: string): string {
  const parent = join(REPO_ROOT, ".tmp-tests");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/**
 * A scratch copy of the config and every file it generates or keeps a section of, and its baselines (as committed on
 * disk), inside the repository but gitignored: tests break it without touching the real files. The
 * file list comes from the config itself, so a new output is covered.
 */
export async function copyOfRepoOutputs(): Promise<string> {
  const dir = tempDirInRepo("check-");
  const config = await loadConfig(join(REPO_ROOT, CONFIG_FILE_NAME));
  const plan = planGeneration(config);
  // The released baselines too, which check compares each family with.
  const baseline = config.baseline === undefined ? [] : [config.baseline.dir];
  for (const path of [CONFIG_FILE_NAME, ...plan.files.keys(), ...plan.sections.keys(), ...baseline]) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(REPO_ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string = REPO_ROOT): CliResult {
  // tsx by its resolved URL: `--import tsx` would be looked up from `cwd`, which may be outside the repo.
  const result = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), CLI, ...args], { cwd, encoding: "utf8" });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
