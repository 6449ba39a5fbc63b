// `clone-codegen import claude-code PATH... [--post URL --token T]`: the command around importClaudeCode.
import { expandSources, InputError } from "../records/sources.ts";
import { formatBytes, formatCount, progressBar, StatusLine } from "../records/terminal.ts";
import { importClaudeCode, type ImportSummary } from "./run.ts";
import { ingestUrl, JsonLinesSink, RecordingServerSink, RejectedError, UnreachableError } from "./sinks.ts";

/** The sources `import` reads, by name. One today; a new one is an entry here. */
export const IMPORT_SOURCES = ["claude-code"] as const;

export interface ImportCommandOptions {
  readonly post?: string;
  readonly token?: string;
  readonly batchSize: number;
  readonly progress: boolean;
}

export const IMPORT_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const IMPORT_HELP = `
Reads Claude Code session files (PATH: files, directories searched recursively for .jsonl and .json,
or - for standard input) and turns each prompt the user typed into an agent.prompt event and each
text reply of the assistant into an agent.response event (source "agent", source_detail
"claude-code"; in_response_to links a reply to its prompt). session_id is the session's id from the
file, occurred_at the record's timestamp. Each event is validated before it is written. Ids are
derived from the records, so importing the same files again gives the same events and re-ingesting
them stores nothing twice. Tool calls, tool results, subagent conversations and what the CLI writes
itself (command output, notices, compaction summaries) are not imported.

Without --post the events go to standard output, one JSON object per line. With --post they are sent
to the recording server (POST /api/recording/events) in batches, with a progress bar on a terminal.

Exit codes: 0 every record read and every event accepted; 1 some line was not JSON, some event did not
validate, or the server rejected a batch; 2 usage or input error (missing path, unreachable server,
wrong token).

Examples:
  pnpm codegen import claude-code ~/.claude/projects/-Users-me-app > events.jsonl
  pnpm codegen import claude-code ~/.claude/projects --post http://127.0.0.1:8000 --token "$CLONE_INGEST_TOKEN"`;

const MAX_BATCH_BYTES = 4 * 1024 * 1024;

export async function runImportCommand(source: string, paths: readonly string[], options: ImportCommandOptions): Promise<number> {
  if (!(IMPORT_SOURCES as readonly string[]).includes(source)) throw new InputError(`import ${source}: unknown source; known: ${IMPORT_SOURCES.join(", ")}`);
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new InputError("--batch-size takes a whole number ≥ 1");
  if ((options.post === undefined) !== (options.token === undefined)) throw new InputError("--post and --token go together");
  const sources = expandSources(paths);
  const totalBytes = sources.every((candidate) => candidate.size !== undefined) ? sources.reduce((sum, candidate) => sum + candidate.size!, 0) : undefined;
  const status = StatusLine.forStderr(options.progress && options.post !== undefined);
  let bytesRead = 0;
  let posted = 0;
  const redraw = (force = false) =>
    status?.update(() => {
      const read = totalBytes ? `${progressBar(bytesRead / totalBytes)} ${formatBytes(bytesRead)} of ${formatBytes(totalBytes)}` : `${formatBytes(bytesRead)} read`;
      return `importing ${read}, ${formatCount(posted)} events posted`;
    }, force);

  let sink: JsonLinesSink | RecordingServerSink;
  try {
    sink =
      options.post === undefined
        ? new JsonLinesSink(process.stdout)
        : new RecordingServerSink({
            url: ingestUrl(options.post),
            token: options.token!,
            batchSize: options.batchSize,
            maxBatchBytes: MAX_BATCH_BYTES,
            onBatch: ({ stored, duplicates }) => {
              posted += stored + duplicates;
              redraw(true);
            },
          });
  } catch (error) {
    if (error instanceof UnreachableError) throw new InputError(error.message);
    throw error;
  }

  let summary: ImportSummary;
  try {
    summary = await importClaudeCode(sources, sink, {
      problem: (problem) => {
        status?.clear();
        process.stderr.write(`${problem.line > 0 ? `${problem.path}:${problem.line}` : problem.path}: ${problem.message}\n`);
      },
      read: (bytes) => {
        bytesRead += bytes;
        redraw();
      },
    });
  } catch (error) {
    status?.clear();
    if (error instanceof UnreachableError) {
      process.stderr.write(`error: ${error.message}\n`);
      return IMPORT_EXIT.usage;
    }
    if (error instanceof RejectedError) {
      process.stderr.write(`error: ${error.message}\n`);
      return IMPORT_EXIT.failed;
    }
    throw error;
  }
  status?.clear();
  const skipped = Object.entries(summary.skipped)
    .map(([reason, count]) => `${formatCount(count)} ${reason}`)
    .join(", ");
  const lines = [
    `import ${source}: ${formatCount(summary.files)} files, ${formatCount(summary.records)} records → ${formatCount(summary.prompts)} prompts, ${formatCount(summary.responses)} responses`,
    ...(skipped ? [`  records without an event: ${skipped}`] : []),
    ...(sink instanceof RecordingServerSink ? [`  posted to ${ingestUrl(options.post!).href}: ${formatCount(sink.stored)} stored, ${formatCount(sink.duplicates)} already there`] : []),
    ...(summary.problems > 0 ? [`  ${formatCount(summary.problems)} problems (above)`] : []),
  ];
  process.stderr.write(`${lines.join("\n")}\n`);
  return summary.problems > 0 ? IMPORT_EXIT.failed : IMPORT_EXIT.ok;
}
