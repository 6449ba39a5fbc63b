// validate streams: on a file larger than the memory budget, the process's peak resident memory stays
// under it. A check of the child process's own peak RSS (getrusage), not a timing.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { corpusLines, writeRepeated } from "../../../scripts/bench/corpus.ts";
import { CLI, REPO_ROOT, tempDir } from "./helpers/workspace.ts";

const MiB = 1024 * 1024;
const BUDGET = 200 * MiB;
const scratch = tempDir("clone-validate-memory-");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("validates a 256 MiB session file with peak memory under 200 MiB", async () => {
  const file = join(scratch, "big.jsonl");
  const written = await writeRepeated(file, corpusLines(["marot-spotter"]), 256 * MiB);
  expect(written.bytes).toBeGreaterThan(BUDGET);
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "validate", "--schema", "ClaudeCodeRecord", "--format", "json", "--max-errors", "5", file], { cwd: REPO_ROOT });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (status) => (status === 0 ? resolve(out) : reject(new Error(`validate exited ${status}: ${out.slice(0, 2000)}`))));
  });
  const report = JSON.parse(stdout) as { total: { lines: number; valid: number; bytes: number }; run: { peakRssBytes: number } };
  expect(report.total).toMatchObject({ lines: written.lines, valid: written.lines, bytes: written.bytes });
  expect(report.run.peakRssBytes).toBeGreaterThan(10 * MiB);
  expect(report.run.peakRssBytes).toBeLessThan(BUDGET);
}, 600_000);
