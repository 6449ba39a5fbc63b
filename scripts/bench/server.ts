// The Django ingest bench is Python (it drives the real server); run it in the project's venv.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export function benchServer(repoRoot: string): void {
  const venv = spawnSync("bash", [join(repoRoot, "scripts/python/venv.sh")], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (venv.status !== 0) {
    console.log("\nserver ingest: skipped (the Python venv could not be set up; see above)");
    return;
  }
  const python = venv.stdout.trim().split("\n").pop()!;
  spawnSync(python, [join(repoRoot, "scripts/bench/server.py")], { cwd: repoRoot, stdio: "inherit" });
}
