// `validate`: every record of every source against a schema, streaming. A versioned family's root
// (Claude Code session records) gets its schema version per file, from the records themselves.
import {
  findVersion,
  versionForProducer,
  versionForUnversionedFile,
  type RegisteredSchema,
  type SchemaVersion,
  type ValidationIssue,
  type Validator,
  type VersionedSchemaFamily,
} from "@clone/schema";
import { readLines, readWhole } from "../records/lines.ts";
import { InputError, type RecordSource } from "../records/sources.ts";

/** One invalid line: where, and what is wrong with it (or why it is not JSON). */
export interface LineProblem {
  readonly path: string;
  /** 1-based; undefined for a `.json` file's one record. */
  readonly line?: number;
  readonly kind: "invalid" | "parse";
  /** The schema version the line was checked against, for versioned schemas. */
  readonly schemaVersion?: string;
  /** Schema issues (kind "invalid"), each at its JSON pointer. */
  readonly issues: readonly ValidationIssue[];
  /** Why the line is not JSON (kind "parse"). */
  readonly parseError?: string;
}

export interface FileResult {
  readonly path: string;
  readonly argument: string;
  /** Non-blank lines (records) read. */
  lines: number;
  valid: number;
  /** Lines that are JSON but break the schema. */
  invalid: number;
  /** Lines that are not JSON. */
  parseErrors: number;
  bytes: number;
  /** The schema version used (versioned schemas). */
  schemaVersion?: string;
  /** How it was chosen: the producer version a record states, an override, or the fallback rule. */
  versionChosenBy?: string;
  /** Why the file was not validated (its lines are counted, not checked). */
  skipped?: string;
  /** The file could not be read. */
  readError?: string;
}

export interface ValidationObserver {
  problem?(problem: LineProblem): void;
  fileDone?(result: FileResult): void;
  /** Called at most once per chunk read, so it stays cheap. */
  progress?(state: { readonly bytes: number; readonly lines: number; readonly invalid: number; readonly fileIndex: number }): void;
}

export interface ValidateOptions {
  readonly schema: RegisteredSchema;
  /** For a versioned schema: use this version for every file instead of detecting it. */
  readonly schemaVersion?: string;
  readonly observer?: ValidationObserver;
}

/** A versioned root's records are buffered until a record states its producer version, at most this much. */
export const VERSION_LOOKAHEAD_CHARACTERS = 16 * 1024 * 1024;

/** Compiles a validator before its first use, adding the time it took to `compileSeconds`. */
export class CompileClock {
  seconds = 0;

  ready(validator: Validator<unknown>): Validator<unknown> {
    const started = performance.now();
    validator.compile();
    this.seconds += (performance.now() - started) / 1000;
    return validator;
  }
}

export async function validateSources(sources: readonly RecordSource[], options: ValidateOptions, clock = new CompileClock()): Promise<FileResult[]> {
  const choice = schemaChoice(options, clock);
  const results: FileResult[] = [];
  let bytes = 0;
  let lines = 0;
  let invalid = 0;
  for (const [fileIndex, source] of sources.entries()) {
    const result: FileResult = { path: source.path, argument: source.argument, lines: 0, valid: 0, invalid: 0, parseErrors: 0, bytes: 0 };
    const checker = choice.forFile(result);
    const report = (problem: LineProblem) => {
      if (problem.kind === "parse") result.parseErrors += 1;
      else result.invalid += 1;
      options.observer?.problem?.(problem);
    };
    const check = (value: unknown, line: number | undefined, validator: Validator<unknown>, schemaVersion: string | undefined) => {
      if (validator(value)) result.valid += 1;
      else report({ path: source.path, line, kind: "invalid", schemaVersion, issues: validator.issues(value) });
    };
    const parse = (text: string, line: number | undefined): { ok: true; value: unknown } | { ok: false } => {
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch (error) {
        if (text.trim() === "") return { ok: false };
        result.lines += 1;
        report({ path: source.path, line, kind: "parse", issues: [], parseError: (error as Error).message });
        return { ok: false };
      }
    };
    try {
      if (source.format === "json") {
        const text = await readWhole(source);
        result.bytes = Buffer.byteLength(text);
        const parsed = parse(text, undefined);
        if (parsed.ok) {
          result.lines += 1;
          checker.record(parsed.value, undefined, text.length, check);
        }
      } else {
        await readLines(source, {
          line: (text, number) => {
            if (checker.skipping()) {
              result.lines += 1;
              return;
            }
            const parsed = parse(text, number);
            if (!parsed.ok) return;
            result.lines += 1;
            checker.record(parsed.value, number, text.length, check);
          },
          oversized: (number, characters) => {
            result.lines += 1;
            report({ path: source.path, line: number, kind: "parse", issues: [], parseError: `line of ${characters} characters is too long to read` });
          },
          read: (chunkBytes) => {
            result.bytes += chunkBytes;
            options.observer?.progress?.({ bytes: bytes + result.bytes, lines: lines + result.lines, invalid: invalid + result.invalid + result.parseErrors, fileIndex });
          },
        });
      }
      checker.end(check);
    } catch (error) {
      if (error instanceof InputError) throw error;
      result.readError = (error as Error).message;
    }
    bytes += result.bytes;
    lines += result.lines;
    invalid += result.invalid + result.parseErrors;
    results.push(result);
    options.observer?.fileDone?.(result);
  }
  return results;
}

type Check = (value: unknown, line: number | undefined, validator: Validator<unknown>, schemaVersion: string | undefined) => void;

/** How one file's records are checked: with a fixed validator, or with the version its records pick. */
interface FileChecker {
  /** A parsed record; `characters` is the length of its text. */
  record(value: unknown, line: number | undefined, characters: number, check: Check): void;
  /** True once the file is known to be skipped: its remaining lines are only counted. */
  skipping(): boolean;
  end(check: Check): void;
}

interface SchemaChoice {
  forFile(result: FileResult): FileChecker;
}

function schemaChoice(options: ValidateOptions, clock: CompileClock): SchemaChoice {
  const { schema } = options;
  if (schema.kind === "plain") {
    if (options.schemaVersion !== undefined) throw new InputError(`--schema-version: ${schema.name} is not versioned`);
    return { forFile: () => fixedChecker(clock.ready(schema.validator), undefined) };
  }
  const { family } = schema;
  const validatorOf = (version: SchemaVersion) => version.validators[schema.name];
  if (options.schemaVersion !== undefined) {
    const version = findVersion(family, options.schemaVersion);
    const validator = version && validatorOf(version);
    if (!version || !validator) {
      const known = family.versions.filter((candidate) => validatorOf(candidate)).map((candidate) => candidate.version);
      throw new InputError(`--schema-version ${options.schemaVersion}: ${schema.name} has versions ${known.join(", ")}`);
    }
    return {
      forFile: (result) => {
        result.schemaVersion = version.version;
        result.versionChosenBy = "--schema-version";
        return fixedChecker(clock.ready(validator), version.version);
      },
    };
  }
  if (!schema.isRoot) {
    // Only a file's records say which producer wrote them; any other definition gets the newest version.
    const newest = [...family.versions].reverse().find((version) => validatorOf(version))!;
    return {
      forFile: (result) => {
        result.schemaVersion = newest.version;
        result.versionChosenBy = "newest (not a record schema; --schema-version picks another)";
        return fixedChecker(clock.ready(validatorOf(newest)!), newest.version);
      },
    };
  }
  return { forFile: (result) => new DetectingChecker(family, schema.name, result, clock) };
}

function fixedChecker(validator: Validator<unknown>, schemaVersion: string | undefined): FileChecker {
  return {
    record: (value, line, _characters, check) => check(value, line, validator, schemaVersion),
    skipping: () => false,
    end: () => {},
  };
}

/**
 * Holds a file's first records until one states the producer version (Claude Code: `version`, the CLI
 * version), then checks them all against the schema version that producer version falls in. A file
 * whose producer is older than the oldest schema is skipped, and says so.
 */
class DetectingChecker implements FileChecker {
  private pending: { value: unknown; line: number | undefined }[] = [];
  private pendingCharacters = 0;
  private readonly tagsSeen = new Set<string>();
  private validator: Validator<unknown> | undefined;
  private version: SchemaVersion | undefined;
  private skipped = false;

  constructor(
    private readonly family: VersionedSchemaFamily,
    private readonly definition: string,
    private readonly result: FileResult,
    private readonly clock: CompileClock,
  ) {}

  skipping(): boolean {
    return this.skipped;
  }

  record(value: unknown, line: number | undefined, characters: number, check: Check): void {
    if (this.validator) return check(value, line, this.validator, this.version!.version);
    if (this.skipped) return;
    const producerVersion = this.family.producerVersionOf(value);
    if (producerVersion !== undefined) {
      const version = versionForProducer(this.family, producerVersion);
      if (version) this.decide(version, `${this.family.producer} ${producerVersion}`);
      else this.skip(producerVersion);
    } else {
      const tag = this.family.recordTagOf(value);
      if (tag !== undefined) this.tagsSeen.add(tag);
      this.pendingCharacters += characters;
    }
    this.pending.push({ value, line });
    if (!this.validator && !this.skipped && this.pendingCharacters > VERSION_LOOKAHEAD_CHARACTERS) {
      this.decideWithoutProducerVersion(`no ${this.family.producer} version in the first ${VERSION_LOOKAHEAD_CHARACTERS / 1024 / 1024} MiB`);
    }
    this.flush(check);
  }

  end(check: Check): void {
    if (!this.validator && !this.skipped && this.pending.length > 0) {
      this.decideWithoutProducerVersion(`no record states a ${this.family.producer} version`);
    }
    this.flush(check);
  }

  private decideWithoutProducerVersion(why: string): void {
    const version = versionForUnversionedFile(this.family, this.tagsSeen);
    const tags = [...this.tagsSeen].sort().join(", ");
    this.decide(version, `${why}; v${version.version} is the oldest that knows its record types (${tags || "none"})`);
  }

  private decide(version: SchemaVersion, chosenBy: string): void {
    this.version = version;
    this.validator = this.clock.ready(version.validators[this.definition]!);
    this.result.schemaVersion = version.version;
    this.result.versionChosenBy = chosenBy;
  }

  private skip(producerVersion: string): void {
    const oldest = this.family.versions[0]!;
    this.skipped = true;
    this.result.skipped = `${this.family.producer} ${producerVersion} is older than the oldest ${this.family.title} schema (v${oldest.version}, for ${oldest.firstProducerVersion} and later); --schema-version validates it anyway`;
  }

  private flush(check: Check): void {
    if (this.skipped) {
      this.pending = [];
      return;
    }
    if (!this.validator) return;
    for (const { value, line } of this.pending) check(value, line, this.validator, this.version!.version);
    this.pending = [];
  }
}
