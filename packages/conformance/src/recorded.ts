// Recorded instances (`--instances PATH...`) and the document's own example values: instances the
// model did not draw, so a runtime that wrongly rejects real data (or wrongly accepts data no mutation
// makes) is seen. The expected verdict is AJV's on the input document itself (DocumentAjv in the
// document's dialect): the reference validator, which neither the model nor any target had a hand in.
// Every runtime is then held to it by the generated run's rules (judgeAll, rules.ts), with the
// expectation marked as stated elsewhere (`statedIn`), as case files' are, so that the model's own
// verdict is compared too (a reading of it explains a runtime only where the model agrees).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CodegenError, compareCodePoints, ModelValidator, parseJsonText, pointerInFile, withExactIntegers, type SourceDocument } from "@clone/codegen";
import { howNumbersReachRuntimes, numbersNotCarried } from "./caseFiles.ts";
import type { Validator } from "@clone/schema";
import { PatternNotRun, unlessPatternNotRun } from "@clone/schema/patterns";
import { childPointer, pointerTokens } from "@clone/schema/json-pointer";
import { ajvAgainstTheModel, judgeAll, type Generated, type Runtimes } from "./run.ts";
import type { KnownLimitation } from "./limitations.ts";
import type { Column, Finding } from "./rules.ts";
import type { Verdict } from "./runners/types.ts";
import { ajvVerdict } from "./runners/ajv.ts";
import { DocumentAjv } from "./runners/documentAjv.ts";
import { applyEdits, type JsonObject, type JsonValue } from "./json.ts";
import type { SchemaUnderTest } from "./suite.ts";

/** One instance to judge, and where it came from (a file, `file:line` for JSON Lines, or a place in the schema document). */
export interface RecordedInstance {
  readonly source: string;
  readonly instance: JsonValue;
  /** A number of the instance as written that no runtime sees: JSON.parse's double of it is another number (howNumbersReachRuntimes). */
  readonly numberNotCarried?: string;
  /** The instance as written, when it holds integers a double does not hold: Python and Swift are given it so (Case.instanceText). */
  readonly instanceText?: string;
  /** How deep its arrays and objects nest, when that is past MAX_JUDGED_NESTING: it is not judged. */
  readonly nestedTooDeep?: number;
}

/**
 * The deepest nesting of arrays and objects a recorded instance is judged at. Past it the runtimes
 * stop for their own reasons, not the schema's: Python's validators and DRF recurse once or more per
 * level (jsonschema threw RecursionError at 256 levels of a recursive `$ref`, and the Python harness
 * died at 1,001), Swift's JSONDecoder refuses more than 512, and the run's own walks of an instance
 * overflowed Node's stack at 10,001. Such an instance is named, not judged. Real data stays far
 * below (the recording server refuses more than 64 levels).
 */
export const MAX_JUDGED_NESTING = 128;

/** How deep the arrays and objects of a JSON text nest (0 for a scalar), counted without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      for (at++; at < text.length && text[at] !== '"'; at += text[at] === "\\" ? 2 : 1);
    } else if (char === "[" || char === "{") {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === "]" || char === "}") {
      depth--;
    }
  }
  return deepest;
}

/** Files read line by line, one instance a line (blank lines are none). */
const LINE_FILE = /\.(jsonl|ndjson)$/u;
/** What a directory's files must be called to be read (a file named on the command line is read whatever its name). */
const INSTANCE_FILE = /\.(json|jsonl|ndjson)$/u;

/**
 * Every instance under `paths`: a file named is one JSON document (or one a line, `.jsonl` and
 * `.ndjson`); a directory, each `.json`, `.jsonl` and `.ndjson` file under it, in path order.
 * Malformed JSON is refused (CodegenError) naming its file and line: nothing is half-read.
 */
export function readRecordedInstances(paths: readonly string[]): RecordedInstance[] {
  const files = paths.flatMap((path) => (statOf(path).isDirectory() ? instanceFilesUnder(path) : [path]));
  return files.flatMap(readInstanceFile);
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new CodegenError("", `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, path);
  }
}

function instanceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return instanceFilesUnder(path);
      // A link is followed: a folder of links is how a run picks files from all over the machine.
      if (entry.isSymbolicLink()) return statOf(path).isDirectory() ? instanceFilesUnder(path) : INSTANCE_FILE.test(entry.name) ? [path] : [];
      return INSTANCE_FILE.test(entry.name) ? [path] : [];
    });
}

function readInstanceFile(path: string): RecordedInstance[] {
  const text = readFileSync(path, "utf8");
  if (!LINE_FILE.test(path)) return [recordedInstance(text, path)];
  return text.split(/\r?\n/u).flatMap((line, index) => (line.trim() === "" ? [] : [recordedInstance(line, `${path}:${index + 1}`)]));
}

function recordedInstance(text: string, source: string): RecordedInstance {
  const instance = parseJsonText(text, source) as JsonValue;
  const depth = nestingDepth(text);
  if (depth > MAX_JUDGED_NESTING) return { source, instance, nestedTooDeep: depth };
  const { numberNotCarried, integersAsWritten } = howNumbersReachRuntimes(numbersNotCarried(text), "");
  if (numberNotCarried !== undefined) return { source, instance, numberNotCarried };
  return integersAsWritten === undefined ? { source, instance } : { source, instance, instanceText: withExactIntegers(JSON.stringify(instance), integersAsWritten) };
}

/** The known limitation that names a reference verdict turning on how AJV rounds an integer (verdictTurnsOnRounding). */
const ROUNDED_BY_AJV: KnownLimitation = "ajv-reads-numbers-as-doubles";

/**
 * Whether AJV's verdict (`valid`) on an instance holding integers a double does not hold (`instanceText`
 * writes them; `instance` holds JSON.parse's doubles of them) may be another on the integers as written:
 * it changes where one of them is moved to the double on either side of its own. AJV reads each such
 * integer (and the schema's: `maximum: 18446744073709551615` is 2^64 to it) as its nearest double, where
 * Python and Swift are given it as written and compare it exactly, so `18446744073709551616` passes that
 * maximum in AJV alone, and `12345678901234567891` a `const: 12345678901234567890` (one double). Such a
 * verdict is no expectation: the instance is named by the limitation, not judged. A verdict the same on
 * both sides (`12345678901234567890` against that maximum) holds for every integer between them, the
 * written one among them.
 */
function verdictTurnsOnRounding(validate: Validator<unknown>, instanceText: string, instance: JsonValue, valid: boolean): boolean {
  for (const [pointer, written] of numbersNotCarried(instanceText)) {
    for (const neighbour of [adjacentDouble(Number(written), -1), adjacentDouble(Number(written), 1)]) {
      if (ajvVerdict(validate, applyEdits(instance, [{ path: pointerTokens(pointer)!, value: neighbour }])).valid !== valid) return true;
    }
  }
  return false;
}

/** The double next to `value` (a nonzero finite one) downward (-1) or upward (1). */
function adjacentDouble(value: number, direction: -1 | 1): number {
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, value);
  // A double's bits, read as an integer, grow with its magnitude.
  const awayFromZero = value > 0 === direction > 0;
  bits.setBigInt64(0, bits.getBigInt64(0) + (awayFromZero ? 1n : -1n));
  return bits.getFloat64(0);
}

/** AJV on the input document (the model's source, as read), for one schema of the run: the reference verdict. */
export class ReferenceValidator {
  private readonly ajv: DocumentAjv;

  constructor(document: JsonObject, dialect: ConstructorParameters<typeof DocumentAjv>[1]) {
    // A pattern AJV refuses in Unicode mode leaves only the instances that reach it without a verdict (named by that limitation), not every one.
    this.ajv = new DocumentAjv(document, dialect, "refuse-values-reaching-them");
  }

  /** `schema` judged where the input document holds it: its root ("#") or its definition's fragment. */
  validator(schema: SchemaUnderTest, fragment: string = schema.fragment): Validator<unknown> {
    return this.ajv.validator(`reference ${schema.name}`, fragment);
  }
}

/** Why AJV cannot compile `validate`'s schema (it compiles on first use, and throws on every instance then), or undefined where it can. */
export function compileRefusal(validate: Validator<unknown>): string | undefined {
  try {
    validate(null);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** AJV could not compile the input document's schema: there is no expected verdict, so none of its instances is judged. */
export class NoReference extends Error {}

export interface RecordedFailure {
  readonly source: string;
  readonly schema: string;
  readonly instance: JsonValue;
  /** AJV's verdict on the input document, and why it rejected when it did. */
  readonly expected: { readonly valid: boolean; readonly detail?: string };
  /** The model's own verdict (ModelValidator): where it differs from the reference, the model is wrong too. */
  readonly model: boolean;
  readonly findings: readonly Finding[];
  readonly verdicts: Readonly<Partial<Record<Column, Verdict>>>;
}

export interface RecordedResult {
  readonly judged: number;
  /** Of those, the ones the reference rejected, with why (real data may be invalid: every runtime must then reject it too). */
  readonly expectedInvalid: readonly ExpectedInvalid[];
  readonly failures: readonly RecordedFailure[];
  /** Known limitations met (counted, not failures), by name. */
  readonly limitations: ReadonlyMap<string, number>;
  /**
   * Instances not judged because the reference's verdict is one of AJV's known limitations (the model
   * gives the other, and the limitation explains AJV's as it would a drawn instance's: rules.ts,
   * findings): no expected verdict exists. By limitation, with the first one.
   */
  readonly referenceLimited: ReadonlyMap<string, { readonly count: number; readonly first: string }>;
  /**
   * Instances not judged because they hold a number no runtime sees as written (every runtime, AJV too,
   * is given JSON.parse's double of it, another number), with it: as for case files (caseFiles.ts).
   */
  readonly notCarried: readonly { readonly source: string; readonly number: string }[];
  /**
   * Instances not judged because a runtime stops on them for its own reasons, not the schema's, with
   * why (PastTheRuntimes): arrays and objects nested past MAX_JUDGED_NESTING, or a string one of the
   * schema's patterns could not be run to the end on.
   */
  readonly pastTheRuntimes: readonly PastTheRuntimes[];
  /**
   * Instances not judged because AJV threw on them (its compiled code failed) for no reason a known
   * limitation names: no expected verdict exists, and the run fails, as a runtime that gives no verdict does.
   */
  readonly referenceThrew: readonly ReferenceThrew[];
  /** Instances on which the model's own verdict differs from the reference's (whatever the runtimes said): the model would draw or mutate them wrongly. */
  readonly modelDisagrees: readonly { readonly source: string; readonly schema: string; readonly instance: JsonValue; readonly expected: boolean }[];
}

/** An instance not judged because a runtime stops on it for its own reasons: where it came from, and why. */
export interface PastTheRuntimes {
  readonly source: string;
  readonly why: string;
}

/** Why an instance nested `depth` levels is not judged. */
function nestedTooDeep(depth: number): string {
  return `nested ${depth} levels, past ${MAX_JUDGED_NESTING} (the runtimes stop there for their own reasons: Python recurses per level, Swift's JSONDecoder refuses past 512)`;
}

/**
 * Why an instance holding a string one of the schema's patterns could not be run to the end on is not
 * judged: the model and AJV (V8's backtracking engine) give no verdict on it, and the runtimes part
 * ways there for reasons of their engines (README, "Validators").
 */
export function patternNotRun(source: SourceDocument, error: PatternNotRun): string {
  return (
    `the pattern ${wherePatternIs(source, error.pattern)} could not be run to the end on a string of ${error.length} characters ` +
    "(V8's backtracking stack overflowed, so neither the model nor AJV has a verdict; the TypeScript validators refuse such a string, " +
    "Python's re runs the pattern to the end, the Swift decoder does not check patterns)"
  );
}

/** A pattern by its places in the file (patternPlaces, as pointerInFile names them), or as written where it is at none. */
function wherePatternIs(source: SourceDocument, pattern: string): string {
  const places = patternPlaces(source.document, pattern).map((place) => pointerInFile(source, place));
  if (places.length === 0) return JSON.stringify(pattern);
  return `at ${places.slice(0, 3).map((place) => `#${place}`).join(", ")}${places.length > 3 ? ` and ${places.length - 3} more` : ""}`;
}

/** An instance AJV threw on, with its message and (for a schema of the model) the model's verdict. */
export interface ReferenceThrew {
  readonly source: string;
  readonly schema: string;
  readonly message: string;
  readonly model?: boolean;
}

/** An instance the reference rejected: where it came from, the schema, and AJV's words. */
export interface ExpectedInvalid {
  readonly source: string;
  readonly schema: string;
  readonly detail: string;
}

/** Instances judged per round over the pipes: few enough to report progress on a long run. */
const INSTANCES_PER_ROUND = 500;

/**
 * Every instance judged by every runtime against `schema`, each held to the reference's verdict at
 * `fragment` of the input document (default: the schema's own; "#" for the document's root).
 */
export async function judgeRecorded(
  runtimes: Runtimes,
  reference: ReferenceValidator,
  schema: SchemaUnderTest,
  instances: readonly RecordedInstance[],
  options: { readonly fragment?: string; readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<RecordedResult> {
  const fragment = options.fragment ?? schema.fragment;
  const expect = reference.validator(schema, fragment);
  // A schema AJV cannot compile gives no reference, so nothing is judged.
  const message = compileRefusal(expect);
  if (message !== undefined) {
    const places = patternPlaces(schema.family.model.source.document, /^Invalid regular expression: \/(.*)\/[a-z]*: /s.exec(message)?.[1]);
    const where = places.length === 0 ? "" : ` (the pattern at ${places.slice(0, 3).join(", ")}${places.length > 3 ? ` and ${places.length - 3} more` : ""})`;
    throw new NoReference(`AJV cannot compile the input document's ${fragment}: ${message}${where}`);
  }
  const model = new ModelValidator(schema.family.model);
  const failures: RecordedFailure[] = [];
  const limitations = new Map<string, number>();
  const expectedInvalid: ExpectedInvalid[] = [];
  const modelDisagrees: { source: string; schema: string; instance: JsonValue; expected: boolean }[] = [];
  const referenceThrew: ReferenceThrew[] = [];
  const referenceLimited = new Map<string, { count: number; first: string }>();
  let judged = 0;
  const notCarried = instances.flatMap(({ source, numberNotCarried }) => (numberNotCarried === undefined ? [] : [{ source, number: numberNotCarried }]));
  const pastTheRuntimes: PastTheRuntimes[] = instances.flatMap(({ source, nestedTooDeep: depth }) => (depth === undefined ? [] : [{ source, why: nestedTooDeep(depth) }]));
  const carried = instances.filter(({ numberNotCarried, nestedTooDeep }) => numberNotCarried === undefined && nestedTooDeep === undefined);
  for (let start = 0; start < carried.length; start += INSTANCES_PER_ROUND) {
    const read = carried.slice(start, start + INSTANCES_PER_ROUND).flatMap((recorded) => {
      // The model's reading first: where a pattern cannot be run on a string of the instance, there is no verdict to hold anyone to.
      const modelValid = unlessPatternNotRun(() => model.validatesNamed(schema.type.name, recorded.instance));
      const verdict = ajvVerdict(expect, recorded.instance);
      if (modelValid instanceof PatternNotRun || verdict.patternNotRun !== undefined) {
        pastTheRuntimes.push({ source: recorded.source, why: patternNotRun(schema.family.model.source, modelValid instanceof PatternNotRun ? modelValid : verdict.patternNotRun!) });
        return [];
      }
      if (verdict.threw === undefined && recorded.instanceText !== undefined && verdictTurnsOnRounding(expect, recorded.instanceText, recorded.instance, verdict.valid)) {
        return [{ ...recorded, verdict, modelValid, limitedBy: ROUNDED_BY_AJV }];
      }
      // AJV's verdict held to the model's as a drawn instance's is: where a known limitation explains it, or AJV threw, the reference says nothing.
      const ajvFinding = verdict.threw !== undefined || verdict.valid !== modelValid ? ajvAgainstTheModel(schema, fragment, recorded.instance, verdict, modelValid) : undefined;
      return [{ ...recorded, verdict, modelValid, limitedBy: ajvFinding?.limitation }];
    });
    for (const { source, verdict, modelValid, limitedBy } of read) {
      if (limitedBy === undefined) {
        if (verdict.threw !== undefined) referenceThrew.push({ source, schema: schema.name, message: verdict.threw, model: modelValid });
        continue;
      }
      const seen = referenceLimited.get(limitedBy);
      referenceLimited.set(limitedBy, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? source });
    }
    const round = read.flatMap(({ verdict, limitedBy, ...judged }) => (limitedBy !== undefined || verdict.threw !== undefined ? [] : [{ ...judged, expected: referenceVerdict(verdict) }]));
    const generated = round.map(({ source, instance, instanceText, expected }): Generated => {
      const statedIn = `AJV on the input document (${source})`;
      return { instance, expectation: expected.valid ? { valid: true, statedIn } : { valid: false, statedIn }, ...(instanceText !== undefined && { instanceText }) };
    });
    judged += round.length;
    (await judgeAll(runtimes, schema, generated)).forEach((result, index) => {
      const { source, instance, expected, modelValid } = round[index]!;
      if (!expected.valid) expectedInvalid.push({ source, schema: schema.name, detail: expected.detail });
      if (modelValid !== expected.valid) modelDisagrees.push({ source, schema: schema.name, instance, expected: expected.valid });
      for (const finding of result.findings) if (finding.limitation) limitations.set(finding.limitation, (limitations.get(finding.limitation) ?? 0) + 1);
      const broken = result.findings.filter((finding) => !finding.limitation);
      if (broken.length > 0) failures.push({ source, schema: schema.name, instance, expected, model: modelValid, findings: broken, verdicts: result.verdicts });
    });
    if (carried.length > INSTANCES_PER_ROUND) options.onProgress?.(Math.min(start + INSTANCES_PER_ROUND, carried.length), carried.length);
  }
  return { judged, expectedInvalid, failures, limitations, referenceLimited, referenceThrew, notCarried, pastTheRuntimes, modelDisagrees };
}

/** AJV's verdict as the expected one: valid, or invalid with why. */
function referenceVerdict(verdict: Verdict): { valid: true } | { valid: false; detail: string } {
  return verdict.valid ? { valid: true } : { valid: false, detail: verdict.detail ?? "" };
}

/** Two results as one (examples of several schemas, recorded instances of one). */
export function mergeRecorded(results: readonly RecordedResult[]): RecordedResult {
  const limitations = new Map<string, number>();
  for (const result of results) for (const [name, count] of result.limitations) limitations.set(name, (limitations.get(name) ?? 0) + count);
  return {
    referenceLimited: countsByName(results.map((result) => result.referenceLimited)),
    judged: results.reduce((sum, result) => sum + result.judged, 0),
    expectedInvalid: results.flatMap((result) => result.expectedInvalid),
    failures: results.flatMap((result) => result.failures),
    limitations,
    notCarried: results.flatMap((result) => result.notCarried),
    pastTheRuntimes: results.flatMap((result) => result.pastTheRuntimes),
    referenceThrew: results.flatMap((result) => result.referenceThrew),
    modelDisagrees: results.flatMap((result) => result.modelDisagrees),
  };
}

/** Counts by name, each with the first where it was met, as one: counts added, the first kept. */
export function countsByName(counts: readonly ReadonlyMap<string, { readonly count: number; readonly first: string }>[]): Map<string, { count: number; first: string }> {
  const out = new Map<string, { count: number; first: string }>();
  for (const each of counts) for (const [name, { count, first }] of each) out.set(name, { count: (out.get(name)?.count ?? 0) + count, first: out.get(name)?.first ?? first });
  return out;
}

/**
 * Where a document writes `pattern` (a `pattern` keyword's value, or a key of `patternProperties`):
 * AJV's refusal of a pattern names the expression, not its place (a sweep of CRDs met Zalando's
 * `^\ *[0-9]{2}:[0-9]{2}\ *$`, which Unicode mode refuses, and was told only "#").
 */
function patternPlaces(document: JsonValue, pattern: string | undefined): string[] {
  if (pattern === undefined) return [];
  const places: string[] = [];
  const visit = (value: JsonValue, pointer: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, childPointer(pointer, index)));
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const at = childPointer(pointer, key);
      if (key === "pattern" && child === pattern) places.push(at);
      if (key === "patternProperties" && typeof child === "object" && child !== null && !Array.isArray(child) && Object.hasOwn(child, pattern)) places.push(childPointer(at, pattern));
      visit(child, at);
    }
  };
  visit(document, "");
  return places;
}
