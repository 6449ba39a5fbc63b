// `import claude-code`: streams session files, converts their records, validates every event, and
// hands the valid ones to a sink (standard output as JSONL, or the recording server in batches).
import { validateCloneEvent, formatIssue } from "@clone/schema";
import { readLines } from "../records/lines.ts";
import type { RecordSource } from "../records/sources.ts";
import { ClaudeCodeSessionImporter, type ImportedEvent, type SkipReason } from "./claude-code.ts";

export interface EventSink {
  /** Takes one validated event; may wait (backpressure, a batch being sent). */
  write(event: ImportedEvent): Promise<void>;
  /** Everything was written: flush. */
  end(): Promise<void>;
}

export interface ImportProblem {
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

export interface ImportSummary {
  files: number;
  records: number;
  prompts: number;
  responses: number;
  /** Records that made no event, by why. */
  skipped: Partial<Record<SkipReason, number>>;
  /** Lines that are not JSON, events that failed validation, files that could not be read. */
  problems: number;
}

export interface ImportObserver {
  problem?(problem: ImportProblem): void;
  /** Bytes read so far grew by `bytes`. */
  read?(bytes: number): void;
}

export async function importClaudeCode(sources: readonly RecordSource[], sink: EventSink, observer: ImportObserver = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { files: 0, records: 0, prompts: 0, responses: 0, skipped: {}, problems: 0 };
  const report = (problem: ImportProblem) => {
    summary.problems += 1;
    observer.problem?.(problem);
  };
  for (const source of sources) {
    summary.files += 1;
    const importer = new ClaudeCodeSessionImporter(source.path);
    // Lines arrive synchronously from the reader; events queue here and are written (awaited) in
    // order between chunks, so a slow sink slows the reading instead of filling memory.
    let queue: ImportedEvent[] = [];
    const drain = async () => {
      const events = queue;
      queue = [];
      for (const event of events) await sink.write(event);
    };
    try {
      await readLines(source, {
        line: (text, number) => {
          let record: unknown;
          try {
            record = JSON.parse(text);
          } catch (error) {
            if (text.trim() !== "") report({ path: source.path, line: number, message: `not JSON: ${(error as Error).message}` });
            return;
          }
          summary.records += 1;
          const conversion = importer.record(record);
          if ("skipped" in conversion) {
            summary.skipped[conversion.skipped] = (summary.skipped[conversion.skipped] ?? 0) + 1;
            return;
          }
          for (const event of conversion.events) {
            const kind = event.type;
            if (!validateCloneEvent(event)) {
              const issues = validateCloneEvent.issues(event).map(formatIssue).join("; ");
              report({ path: source.path, line: number, message: `${kind} event not imported: ${issues}` });
              continue;
            }
            if (kind === "agent.prompt") summary.prompts += 1;
            else summary.responses += 1;
            queue.push(event);
          }
        },
        oversized: (number, characters) => report({ path: source.path, line: number, message: `line of ${characters} characters is too long to read` }),
        read: (bytes) => observer.read?.(bytes),
        afterChunk: drain,
      });
      await drain();
    } catch (error) {
      report({ path: source.path, line: 0, message: `cannot read: ${(error as Error).message}` });
    }
  }
  await sink.end();
  return summary;
}
