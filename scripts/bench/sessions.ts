// `validate` on Claude Code sessions at scale: the corpus concatenated (and repeated) to 200 MiB in a
// temp dir, validated by the real CLI in a child process; beside it, on the same lines and in the
// same run, bare JSON.parse per line (same reader, no validation) and seed 003's own approach (Python
// jsonschema's Draft202012Validator with the original v2.1.59 schema) on a sample of the lines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLines } from "../../packages/codegen/src/records/lines.ts";
import { corpusLines, writeRepeated } from "./corpus.ts";
import { printTable } from "./measure.ts";

const MiB = 1024 * 1024;
const FILE_BYTES = 200 * MiB;
const MEMORY_TARGET = 200 * MiB;

interface Rate {
  readonly label: string;
  readonly lines: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly note?: string;
}

const perSecond = (count: number, seconds: number) => count / seconds;
const fmt = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function bareJsonParse(file: string): Promise<Rate> {
  let lines = 0;
  let bytes = 0;
  const started = performance.now();
  await readLines({ path: file, argument: file, format: "jsonl" }, {
    line: (text) => {
      JSON.parse(text);
      lines += 1;
    },
    oversized: () => {},
    read: (chunk) => (bytes += chunk),
  });
  return { label: "baseline: bare JSON.parse per line (same reader, in process)", lines, bytes, seconds: (performance.now() - started) / 1000 };
}

function cliValidate(repoRoot: string, file: string): { rates: Rate[]; peakRssBytes: number; valid: number } {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    // One file holds sessions of several CLI versions, so the version is named, as a user would for such a file.
    ["--import", "tsx", join(repoRoot, "packages/codegen/src/cli.ts"), "validate", "--schema", "ClaudeCodeRecord", "--schema-version", "2.1.59", "--format", "json", "--max-errors", "0", file],
    { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * MiB },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`validate exited ${result.status}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    total: { lines: number; bytes: number; valid: number };
    run: { seconds: number; compileSeconds: number; peakRssBytes: number };
  };
  const { lines, bytes, valid } = report.total;
  const { seconds, compileSeconds } = report.run;
  return {
    rates: [
      { label: "validate --schema ClaudeCodeRecord --schema-version 2.1.59 (CLI, validating)", lines, bytes, seconds: seconds - compileSeconds },
      { label: `  the same, with compiling the schema (${fmt(compileSeconds, 2)} s)`, lines, bytes, seconds },
      { label: "  the same, whole process (start-up, compile, exit)", lines, bytes, seconds: wallSeconds },
    ],
    peakRssBytes: report.run.peakRssBytes,
    valid,
  };
}

/** About this many lines for the Python baseline: some 20 s at its rate on this machine. */
const PYTHON_SAMPLE_LINES = 3000;

function pythonJsonschema(repoRoot: string, file: string, fileLines: number): Rate | string {
  const venv = spawnSync("bash", [join(repoRoot, "scripts/python/venv.sh")], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (venv.status !== 0) return "skipped (the Python venv could not be set up; see above)";
  const python = venv.stdout.trim().split("\n").pop()!;
  const schema = join(repoRoot, "test/corpus/claude-code/session-v2.1.59.schema.json");
  const every = Math.max(1, Math.floor(fileLines / PYTHON_SAMPLE_LINES));
  const result = spawnSync(python, [join(repoRoot, "scripts/bench/jsonschema_sessions.py"), schema, file, "--every", String(every), "--max-seconds", "40"], {
    encoding: "utf8",
  });
  if (result.status !== 0) return `failed: ${result.stderr.slice(0, 500)}`;
  const sample = JSON.parse(result.stdout) as { lines: number; bytes: number; seconds: number; valid: number };
  return {
    label: "baseline: Python jsonschema Draft202012Validator, original v2.1.59 schema",
    lines: sample.lines,
    bytes: sample.bytes,
    seconds: sample.seconds,
    note: `a sample: one line in ${fmt(every)}, ${fmt(sample.lines)} lines (${fmt(sample.bytes / MiB, 1)} MiB) in ${fmt(sample.seconds, 1)} s of parsing and checking; its rate stands for the file's`,
  };
}

export async function benchSessionValidation(repoRoot: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "bench-sessions-"));
  try {
    const file = join(scratch, "sessions.jsonl");
    const lines = corpusLines();
    const written = await writeRepeated(file, lines, FILE_BYTES);
    const parse = await bareJsonParse(file);
    const ours = cliValidate(repoRoot, file);
    const python = pythonJsonschema(repoRoot, file, written.lines);

    const rows: Rate[] = [...ours.rates, parse, ...(typeof python === "string" ? [] : [python])];
    const parseRate = perSecond(parse.lines, parse.seconds);
    const pythonRate = typeof python === "string" ? undefined : perSecond(python.lines, python.seconds);
    printTable(
      `validate on Claude Code sessions: the corpus (${fmt(lines.length)} lines) repeated to ${fmt(written.bytes / MiB, 1)} MiB, ${fmt(written.lines)} lines`,
      ["what", "lines/s", "MB/s", "× JSON.parse", "× Python"],
      rows.map((row) => {
        const rate = perSecond(row.lines, row.seconds);
        return [row.label, fmt(rate), fmt(perSecond(row.bytes, row.seconds) / 1e6, 1), `${fmt(rate / parseRate, 2)}×`, pythonRate ? `${fmt(rate / pythonRate, 1)}×` : "–"];
      }),
    );
    if (typeof python === "string") console.log(`Python jsonschema baseline: ${python}`);
    else console.log(`Python jsonschema baseline: ${python.note}.`);
    const validating = ours.rates[0]!;
    const oursRate = perSecond(validating.lines, validating.seconds);
    const check = (ok: boolean) => (ok ? "met" : "NOT met");
    console.log(`validate: ${fmt(ours.valid)} of ${fmt(validating.lines)} lines valid; peak memory ${fmt(ours.peakRssBytes / MiB, 1)} MiB.`);
    console.log(
      `targets (on the validating rate): ≥ 10× Python ${pythonRate ? `${check(oursRate >= 10 * pythonRate)} (${fmt(oursRate / pythonRate, 1)}×)` : "not measured"}; ` +
        `≥ 50% of bare JSON.parse ${check(oursRate >= 0.5 * parseRate)} (${fmt((100 * oursRate) / parseRate, 0)}%); ` +
        `peak memory < 200 MiB ${check(ours.peakRssBytes < MEMORY_TARGET)}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
