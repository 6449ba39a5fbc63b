// Adding up a validation run: per command-line PATH, per schema version, and in total.
import type { FileResult } from "./run.ts";

export interface Tally {
  files: number;
  lines: number;
  valid: number;
  /** Lines that break the schema, and lines that are not JSON (also counted in `notJson`). */
  invalid: number;
  notJson: number;
  skippedFiles: number;
  skippedLines: number;
  unreadableFiles: number;
  bytes: number;
}

export function emptyTally(): Tally {
  return { files: 0, lines: 0, valid: 0, invalid: 0, notJson: 0, skippedFiles: 0, skippedLines: 0, unreadableFiles: 0, bytes: 0 };
}

export function addFile(tally: Tally, file: FileResult): void {
  tally.files += 1;
  tally.lines += file.lines;
  tally.valid += file.valid;
  tally.invalid += file.invalid + file.parseErrors;
  tally.notJson += file.parseErrors;
  tally.bytes += file.bytes;
  if (file.skipped !== undefined) {
    tally.skippedFiles += 1;
    tally.skippedLines += file.lines - file.valid - file.invalid - file.parseErrors;
  }
  if (file.readError !== undefined) tally.unreadableFiles += 1;
}

/** Valid lines among those checked (skipped lines are not checked); undefined when none were. */
export function passRate(tally: Tally): number | undefined {
  const checked = tally.valid + tally.invalid;
  return checked === 0 ? undefined : tally.valid / checked;
}

export interface RunSummary {
  readonly total: Tally;
  /** By command-line argument, in argument order. */
  readonly byArgument: ReadonlyMap<string, Tally>;
  /** By schema version (versioned schemas), oldest version string first. */
  readonly bySchemaVersion: ReadonlyMap<string, Tally>;
}

export function summarize(files: readonly FileResult[]): RunSummary {
  const total = emptyTally();
  const byArgument = new Map<string, Tally>();
  const bySchemaVersion = new Map<string, Tally>();
  const into = (map: Map<string, Tally>, key: string) => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = emptyTally()));
    return tally;
  };
  for (const file of files) {
    addFile(total, file);
    addFile(into(byArgument, file.argument), file);
    if (file.schemaVersion !== undefined) addFile(into(bySchemaVersion, file.schemaVersion), file);
  }
  return { total, byArgument, bySchemaVersion };
}
