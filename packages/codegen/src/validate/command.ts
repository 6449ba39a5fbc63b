// `clone-codegen validate --schema <Name> PATH...`: the command around validateSources.
import { findSchema, registeredSchemaNames, versionedFamilies } from "@clone/schema";
import { expandSources, InputError, type RecordFormat } from "../records/sources.ts";
import { StatusLine } from "../records/terminal.ts";
import { formatTextSummary, jsonReport, ProblemLimit, ProgressLine, textObserver } from "./report.ts";
import { CompileClock, validateSources, type ValidationObserver } from "./run.ts";
import { summarize } from "./summary.ts";

export interface ValidateCommandOptions {
  readonly schema: string;
  readonly schemaVersion?: string;
  readonly maxErrors: number;
  readonly format: "text" | "json";
  readonly stdinFormat: RecordFormat;
  readonly progress: boolean;
}

export const VALIDATE_EXIT = { allValid: 0, someInvalid: 1, usage: 2 } as const;

export function validateHelp(): string {
  const versioned = versionedFamilies
    .map((family) => `  ${family.root}: ${family.title} records, versions ${family.versions.map((version) => `v${version.version} (${family.producer} ${version.firstProducerVersion}+)`).join(", ")}`)
    .join("\n");
  return `
PATH is a file, a directory (every .json and .jsonl file below it, recursively) or - (standard input).
A .jsonl file (or a file of any other name given explicitly) holds one record per line and is read as
a stream; a .json file is one record. Blank lines are skipped.

Each invalid line is printed as file:line: /json/pointer: message (the first --max-errors of them),
then a table per PATH: files, lines, valid, invalid, pass rate. On a terminal a progress line runs on
stderr. Exit codes: 0 every line valid, 1 some line invalid or not JSON, 2 usage or input error (unknown
schema, missing path, unreadable file).

Schemas: every name in @clone/schema's validatorsByName (CloneEvent, GatewayFrame, …), and the
definitions of versioned families, whose version is detected per file unless --schema-version is given:
${versioned}

Examples:
  pnpm codegen validate --schema ClaudeCodeRecord ~/.claude/projects
  pnpm codegen validate --schema CloneEvent --format json events.jsonl
  cat frames.jsonl | pnpm codegen validate --schema GatewayFrame -`;
}

/** Runs the command; returns the exit code. Throws InputError for a usage or input error. */
export async function runValidateCommand(paths: readonly string[], options: ValidateCommandOptions): Promise<number> {
  const schema = findSchema(options.schema);
  if (!schema) throw new InputError(`--schema ${options.schema}: no such schema; known: ${registeredSchemaNames().join(", ")}`);
  if (!Number.isInteger(options.maxErrors) || options.maxErrors < 0) throw new InputError("--max-errors takes a whole number ≥ 0");
  const sources = expandSources(paths, options.stdinFormat);
  const limit = new ProblemLimit(options.maxErrors);
  const totalBytes = sources.every((source) => source.size !== undefined) ? sources.reduce((sum, source) => sum + source.size!, 0) : undefined;
  const statusLine = StatusLine.forStderr(options.progress);
  const progress = statusLine && new ProgressLine(statusLine, totalBytes, sources.length);
  const stdout = { write: (text: string) => void process.stdout.write(text) };
  const observer: ValidationObserver =
    options.format === "text"
      ? textObserver({ limit, out: stdout, progress })
      : { problem: (problem) => void limit.take(problem), progress: (state) => progress?.update(state) };
  const started = performance.now();
  const clock = new CompileClock();
  const files = await validateSources(sources, { schema, schemaVersion: options.schemaVersion, observer }, clock);
  progress?.clear();
  const timing = { seconds: (performance.now() - started) / 1000, compileSeconds: clock.seconds };
  const summary = summarize(files);
  if (options.format === "json") stdout.write(`${JSON.stringify(jsonReport(options.schema, files, summary, limit, timing), null, 2)}\n`);
  else stdout.write(formatTextSummary(options.schema, summary, limit, timing));
  if (summary.total.unreadableFiles > 0) return VALIDATE_EXIT.usage;
  return summary.total.invalid > 0 ? VALIDATE_EXIT.someInvalid : VALIDATE_EXIT.allValid;
}
