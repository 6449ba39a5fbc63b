// A generator run in a child process, so one that loops fails its test on a timeout instead of
// hanging the suite: the script's stdout, with whether it finished.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const packageRoot = resolve(import.meta.dirname, "..");

/** Runs `script` (an ES module, TypeScript through tsx, in this package's folder) for at most `timeoutMs`. */
export function runScript(script: string, timeoutMs: number): { finished: boolean; status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: packageRoot, encoding: "utf8", timeout: timeoutMs });
  return { finished: run.signal === null, status: run.status, stdout: run.stdout, stderr: run.stderr };
}
