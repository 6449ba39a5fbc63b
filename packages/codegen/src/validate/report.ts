// How a validation run is shown: as text (problems as they are found, then a summary table), as one
// JSON document (--format json), and as a progress line on a terminal.
import { formatIssue } from "@clone/schema";
import { formatBytes, formatCount, progressBar, type StatusLine } from "../records/terminal.ts";
import type { FileResult, LineProblem, ValidationObserver } from "./run.ts";
import { passRate, type RunSummary, type Tally } from "./summary.ts";

export interface Output {
  write(text: string): void;
}

/** `path:line` (a `.json` file's one record has no line). */
export function locationOf(problem: Pick<LineProblem, "path" | "line">): string {
  return problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
}

/** One text line per issue: `file:line: /pointer: message`, or `file:line: not JSON: why`. */
export function formatProblem(problem: LineProblem): string[] {
  const where = locationOf(problem);
  if (problem.kind === "parse") return [`${where}: not JSON: ${problem.parseError}`];
  return problem.issues.map((issue) => `${where}: ${formatIssue(issue)}`);
}

/** Keeps the first `limit` problems; counts the rest. */
export class ProblemLimit {
  readonly shown: LineProblem[] = [];
  notShown = 0;

  constructor(readonly limit: number) {}

  take(problem: LineProblem): boolean {
    if (this.shown.length < this.limit) {
      this.shown.push(problem);
      return true;
    }
    this.notShown += 1;
    return false;
  }
}

const count = formatCount;
const percent = (rate: number | undefined) => (rate === undefined ? "–" : `${(rate * 100).toFixed(2)}%`);

/** The summary table: one row per PATH argument (or per schema version), then the total. */
export function formatSummaryTable(firstColumn: string, rows: ReadonlyMap<string, Tally>, total: Tally): string {
  const all = [...rows.values(), total];
  const extra = [
    ...(all.some((tally) => tally.notJson > 0) ? [{ title: "not JSON", of: (tally: Tally) => count(tally.notJson) }] : []),
    ...(all.some((tally) => tally.skippedFiles > 0) ? [{ title: "skipped files", of: (tally: Tally) => count(tally.skippedFiles) }] : []),
    ...(all.some((tally) => tally.unreadableFiles > 0) ? [{ title: "unreadable", of: (tally: Tally) => count(tally.unreadableFiles) }] : []),
  ];
  const header = [firstColumn, "files", "lines", "valid", "invalid", ...extra.map((column) => column.title), "pass rate"];
  const row = (label: string, tally: Tally) => [
    label,
    count(tally.files),
    count(tally.lines),
    count(tally.valid),
    count(tally.invalid),
    ...extra.map((column) => column.of(tally)),
    percent(passRate(tally)),
  ];
  const table = [...[...rows].map(([label, tally]) => row(label, tally)), row("total", total)];
  const widths = header.map((cell, column) => Math.max(cell.length, ...table.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...table.map(line)].join("\n");
}

export interface TextReportOptions {
  readonly limit: ProblemLimit;
  readonly out: Output;
  /** Cleared before a problem is printed, so the two do not share a line on a terminal. */
  readonly progress?: ProgressLine;
}

/** Prints problems as they come (up to the limit) and notes on skipped or unreadable files. */
export function textObserver(options: TextReportOptions): ValidationObserver {
  const { limit, out, progress } = options;
  return {
    problem: (problem) => {
      if (!limit.take(problem)) return;
      progress?.clear();
      out.write(`${formatProblem(problem).join("\n")}\n`);
    },
    fileDone: (file: FileResult) => {
      const note = file.readError !== undefined ? `cannot read: ${file.readError}` : file.skipped !== undefined ? `skipped: ${file.skipped}` : undefined;
      if (note === undefined) return;
      progress?.clear();
      out.write(`${file.path}: ${note}\n`);
    },
    progress: (state) => progress?.update(state),
  };
}

/** Wall time of the run, and the part of it spent compiling validators. */
export interface RunTiming {
  readonly seconds: number;
  readonly compileSeconds: number;
}

export function formatTextSummary(schema: string, summary: RunSummary, limit: ProblemLimit, timing: RunTiming): string {
  const { total } = summary;
  const lines: string[] = [];
  if (limit.notShown > 0) lines.push(`… and ${count(limit.notShown)} more invalid lines not shown (--max-errors sets how many are)`);
  if (lines.length > 0 || limit.shown.length > 0) lines.push("");
  lines.push(
    `validate ${schema}: ${count(total.files)} files, ${count(total.lines)} lines, ${formatBytes(total.bytes)} in ${timing.seconds.toFixed(1)} s (${timing.compileSeconds.toFixed(1)} s of it compiling the schema)`,
    "",
    formatSummaryTable("path", summary.byArgument, total),
  );
  if (summary.bySchemaVersion.size > 0) {
    const versions = new Map([...summary.bySchemaVersion].map(([version, tally]) => [`v${version}`, tally]));
    lines.push("", formatSummaryTable("schema version", versions, total));
  }
  return `${lines.join("\n")}\n`;
}

/** The --format json document. */
export function jsonReport(schema: string, files: readonly FileResult[], summary: RunSummary, limit: ProblemLimit, timing: RunTiming): object {
  const withRate = (tally: Tally) => ({ ...tally, passRate: passRate(tally) ?? null });
  return {
    schema,
    ok: summary.total.invalid === 0 && summary.total.unreadableFiles === 0,
    total: withRate(summary.total),
    byPath: [...summary.byArgument].map(([path, tally]) => ({ path, ...withRate(tally) })),
    bySchemaVersion: [...summary.bySchemaVersion].map(([version, tally]) => ({ version, ...withRate(tally) })),
    files,
    problems: limit.shown,
    problemsNotShown: limit.notShown,
    run: { ...timing, peakRssBytes: process.resourceUsage().maxRSS * 1024 },
  };
}

/** The validate progress line: bytes read of the total when known, lines, invalid lines, current file. */
export class ProgressLine {
  constructor(
    private readonly line: StatusLine,
    private readonly totalBytes: number | undefined,
    private readonly totalFiles: number,
  ) {}

  update(state: { readonly bytes: number; readonly lines: number; readonly invalid: number; readonly fileIndex: number }): void {
    this.line.update(() => {
      const read = this.totalBytes ? `${progressBar(state.bytes / this.totalBytes)} ${formatBytes(state.bytes)} of ${formatBytes(this.totalBytes)}` : formatBytes(state.bytes);
      return `validating ${read}, file ${state.fileIndex + 1}/${this.totalFiles}, ${count(state.lines)} lines, ${count(state.invalid)} invalid`;
    });
  }

  clear(): void {
    this.line.clear();
  }
}
