// Test helpers: temporary workspaces with their own clone-codegen.config.ts, and running the CLI.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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

/**
 * A scratch copy of the config and every generated output, inside the repository (so the config's
 * imports of @clone/* resolve) but gitignored: tests break it without touching the real files.
 */
export function copyOfRepoOutputs(): string {
  const parent = join(REPO_ROOT, ".tmp-tests");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "check-"));
  for (const path of ["clone-codegen.config.ts", "dist", "packages/schema/events.schema.json", "apps/macos/Sources", "apps/server/recording/serializers.py"]) {
    if (existsSync(join(REPO_ROOT, path))) cpSync(join(REPO_ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string = REPO_ROOT): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd, encoding: "utf8" });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
