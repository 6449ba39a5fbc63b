// Schema families whose data is versioned by its producer (e.g. Claude Code session files, by CLI
// version): which schema version a file gets is decided from its records, per file.
import type { Validator } from "./ajv.ts";

export interface SchemaVersion {
  /** The schema version, e.g. "2.1.59". */
  readonly version: string;
  /** The oldest producer version written in this schema's format; the next version's first ends it. */
  readonly firstProducerVersion: string;
  /** The root union's tags (record types) this version knows. */
  readonly recordTags: ReadonlySet<string>;
  /** A validator for every definition of this version, by definition name. */
  readonly validators: Readonly<Record<string, Validator<unknown>>>;
}

export interface VersionedSchemaFamily {
  /** e.g. "Claude Code session". */
  readonly title: string;
  /** Who writes the data and whose version picks the schema, e.g. "Claude Code CLI". */
  readonly producer: string;
  /** The definition a file's records are (a line of a session file). */
  readonly root: string;
  /** Oldest first. */
  readonly versions: readonly SchemaVersion[];
  /** The producer version a record states (a well-formed `major.minor.patch`), if any. */
  producerVersionOf(record: unknown): string | undefined;
  /** A record's root tag (its `type`), if any. */
  recordTagOf(record: unknown): string | undefined;
}

/** Parses `major.minor.patch` (anything after the patch number, e.g. `-beta`, is ignored). */
export function parseVersion(version: string): readonly [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Negative, zero or positive as `a` is older than, equal to or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new Error(`not a major.minor.patch version: ${left ? b : a}`);
  for (let index = 0; index < 3; index++) {
    const difference = left[index]! - right[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The schema version for data a producer of `producerVersion` wrote: the newest whose first producer
 * version is not newer. Undefined when the producer is older than the oldest schema covers.
 */
export function versionForProducer(family: VersionedSchemaFamily, producerVersion: string): SchemaVersion | undefined {
  let chosen: SchemaVersion | undefined;
  for (const version of family.versions) {
    if (compareVersions(version.firstProducerVersion, producerVersion) <= 0) chosen = version;
  }
  return chosen;
}

/**
 * The schema version for a file none of whose records states a producer version: the oldest version
 * that knows every record type seen (a `progress` record means CLI 2.1.2 or later); the oldest
 * version when none was seen.
 */
export function versionForUnversionedFile(family: VersionedSchemaFamily, tagsSeen: ReadonlySet<string>): SchemaVersion {
  for (const version of family.versions) {
    if ([...tagsSeen].every((tag) => version.recordTags.has(tag))) return version;
  }
  return family.versions[family.versions.length - 1]!;
}

export function findVersion(family: VersionedSchemaFamily, version: string): SchemaVersion | undefined {
  return family.versions.find((candidate) => candidate.version === version);
}
