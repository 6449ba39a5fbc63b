// The differential run: for every schema, valid and invalid instances from the model-derived
// generators, judged by every runtime at once (batched over the pipes), checked against the rules;
// each disagreement is shrunk with fast-check and reported with its seed and every verdict.
import fc from "fast-check";
import { invalidInstances, type InvalidInstance } from "./mutations/index.ts";
import { FilterStats, ValidInstances } from "./arbitraries/index.ts";
import { acceptsEveryValue } from "./arbitraries/everyValue.ts";
import { GenerationError } from "./arbitraries/filtered.ts";
import { hasFiniteValue } from "./arbitraries/sizes.ts";
import { hasAnyKey, isJsonObject, jsonEqual, type JsonValue } from "./json.ts";
import { allSchemas, buildModel, type SchemaModel } from "@clone/codegen";
import { isDecimalMultipleOf, isRemainderMultipleOf, ModelValidator, type ModelValidatorOptions } from "./modelValidator.ts";
import { pythonRegex } from "./pythonRegex.ts";
import { COLUMNS, findings, type Column, type Expectation, type Finding, type KnownLimitation, type PythonPatternVerdicts, type ReencodingVerdicts, withKeysInNfc } from "./rules.ts";
import type { AjvRunner } from "./runners/ajv.ts";
import type { Case, Runner, Verdict } from "./runners/types.ts";
import type { SchemaUnderTest, Suite } from "./suite.ts";

export interface RunOptions {
  readonly seed: number;
  /** Valid and (as many) invalid instances per top-level schema (CloneEvent, GatewayFrame). */
  readonly runs: number;
  /** Valid and invalid instances per other definition; 0 skips them. */
  readonly otherRuns: number;
  /** Only these schemas (definition names); default all. */
  readonly schemas?: readonly string[];
  /** Only these mutations (registry names) for invalid instances; default all. */
  readonly mutations?: readonly string[];
  /** Time budget for shrinking one disagreement, in ms. */
  readonly shrinkMillis?: number;
  /** Time budget for shrinking, in ms, over the whole run: past it, disagreements are reported as found. */
  readonly shrinkTotalMillis?: number;
}

export interface Runtimes {
  readonly ajv: AjvRunner;
  readonly others: readonly Runner[];
}

export type Kind = "valid" | "invalid";

export interface Disagreement {
  readonly schema: string;
  readonly kind: Kind;
  /** The seed that generates this schema's instances of this kind (fast-check's, for replay). */
  readonly seed: number;
  readonly index: number;
  readonly findings: readonly Finding[];
  /** The shrunk instance, and what every runtime said about it. */
  readonly instance: JsonValue;
  readonly expectation: Expectation;
  readonly verdicts: Readonly<Partial<Record<Column, Verdict>>>;
  readonly shrunk: boolean;
}

export interface SchemaTally {
  readonly schema: string;
  instances: number;
  failedInstances: number;
  readonly agreed: Record<Column, number>;
  readonly disagreed: Record<Column, number>;
  readonly notApplicable: Record<Column, number>;
  /** Known limitations (rules.ts KNOWN_LIMITATIONS) met, by column: counted, not disagreements. */
  readonly tolerated: Record<Column, number>;
}

export interface RunResult {
  readonly tallies: readonly SchemaTally[];
  readonly disagreements: readonly Disagreement[];
  readonly instances: number;
  readonly failedInstances: number;
  /** Known limitations met: how many instances, and the first one (schema and instance). */
  readonly limitations: ReadonlyMap<KnownLimitation, { count: number; schema: string; instance: JsonValue }>;
  /** Wall time of judging per runtime (ms), for throughput figures. */
  readonly millis: number;
  /** What the generators' filters rejected while making the run's instances. */
  readonly filters: FilterStats;
  /**
   * Selected schemas with no finite value (every value contains another of the same type, as
   * `Tree: {required: [children], children: {minItems: 1, items: Tree}}`): nothing to generate
   * from, valid or invalid, so none was judged; the run names them instead.
   */
  readonly withoutFiniteValue: readonly string[];
  /** Selected schemas every JSON value satisfies (`{}`): no invalid instance exists, so only their valid ones were judged. */
  readonly acceptingEveryValue: readonly string[];
  /**
   * Where the generators found no instance (a filter rejected every candidate: `GenerationError`):
   * that schema's instances of that kind were not judged; the run goes on with the others and fails.
   */
  readonly generatorGaveUp: readonly { readonly schema: string; readonly kind: Kind; readonly message: string }[];
}

/** One kind of instance for one schema, ready to judge. */
interface Batch {
  readonly schema: SchemaUnderTest;
  readonly kind: Kind;
  readonly seed: number;
  readonly arbitrary: fc.Arbitrary<Generated>;
  readonly generated: readonly Generated[];
}

export interface Generated {
  readonly instance: JsonValue;
  readonly expectation: Expectation;
}

/** A per-schema, per-kind seed derived from the run's seed, so `--schema X` reproduces X's instances. */
export function derivedSeed(seed: number, schema: string, kind: Kind): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const ch of `${schema}/${kind}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return hash | 0;
}

export function arbitraryFor(schema: SchemaUnderTest, kind: Kind, mutations?: readonly string[], stats?: FilterStats): fc.Arbitrary<Generated> {
  const { model } = schema.family;
  const instances = new ValidInstances(model, stats ? { stats } : {});
  if (kind === "valid") return instances.of(schema.type.name).map((instance) => ({ instance, expectation: { valid: true } as const }));
  return invalidInstances(model, schema.type.name, { instances, ...(mutations ? { mutations } : {}) }).map((invalid: InvalidInstance) => ({
    instance: invalid.instance,
    expectation: { valid: false, violation: invalid.violation, mutation: invalid.mutation },
  }));
}

/** The run's instances of one kind for one schema: what `--seed` reproduces. */
export function sampleInstances(schema: SchemaUnderTest, kind: Kind, runSeed: number, numRuns: number, mutations?: readonly string[], stats?: FilterStats): Generated[] {
  return fc.sample(arbitraryFor(schema, kind, mutations, stats), { seed: derivedSeed(runSeed, schema.name, kind), numRuns });
}

/** Valid and invalid instances asked for per top-level schema (`runs`) and per other definition (`otherRuns`). */
export interface Runs {
  readonly runs: number;
  readonly otherRuns: number;
}

/**
 * The runs within a budget of valid + invalid instances over a suite's schemas: the runs asked for
 * when they fit; else the other definitions' runs lowered first (the top-level schemas, which nest
 * the others, keep theirs), and the top-level runs only when those alone exceed it. Never below one
 * each where some were asked for.
 */
export function runsWithin(asked: Runs, schemas: { readonly topLevel: number; readonly others: number }, maxInstances: number | undefined): Runs {
  const topLevelInstances = 2 * asked.runs * schemas.topLevel;
  if (maxInstances === undefined || topLevelInstances + 2 * asked.otherRuns * schemas.others <= maxInstances) return asked;
  const atLeastOne = (runs: number) => Math.max(1, runs);
  const otherRuns = asked.otherRuns === 0 || schemas.others === 0 ? asked.otherRuns : atLeastOne(Math.floor((maxInstances - topLevelInstances) / (2 * schemas.others)));
  if (topLevelInstances + 2 * otherRuns * schemas.others <= maxInstances || schemas.topLevel === 0) return { runs: asked.runs, otherRuns };
  return { runs: atLeastOne(Math.floor((maxInstances - 2 * otherRuns * schemas.others) / (2 * schemas.topLevel))), otherRuns };
}

export function selectSchemas(suite: Suite, options: Pick<RunOptions, "schemas" | "otherRuns">): SchemaUnderTest[] {
  if (options.schemas && options.schemas.length > 0) {
    const known = new Set(suite.schemas.map((schema) => schema.name));
    const unknown = options.schemas.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`unknown schema ${unknown.join(", ")}; known: ${[...known].join(", ")}`);
    return suite.schemas.filter((schema) => options.schemas!.includes(schema.name));
  }
  return suite.schemas.filter((schema) => schema.topLevel || options.otherRuns > 0);
}

/** Schemas generated and judged together: enough to keep every runtime busy, few enough to report progress. */
const SCHEMAS_PER_ROUND = 16;

export async function runConformance(
  suite: Suite,
  runtimes: Runtimes,
  options: RunOptions,
  onProgress?: (schemasDone: number, schemasTotal: number) => void,
): Promise<RunResult> {
  const asked = selectSchemas(suite, options).filter((schema) => (schema.topLevel ? options.runs : options.otherRuns) > 0);
  const selected = asked.filter((schema) => hasFiniteValue(schema.family.model, schema.type.name));
  const withoutFiniteValue = asked.filter((schema) => !selected.includes(schema)).map((schema) => schema.name);
  const accepting = new Set(selected.filter((schema) => acceptsEveryValue(schema.family.model, { kind: "named", name: schema.type.name })));
  const generatorGaveUp: { schema: string; kind: Kind; message: string }[] = [];
  const batches: Batch[] = [];
  const judged: Judged[][] = [];
  const stats = new FilterStats();
  let shrinkLeft = options.shrinkTotalMillis ?? 120_000;
  let millis = 0;
  for (let start = 0; start < selected.length; start += SCHEMAS_PER_ROUND) {
    const round: Batch[] = [];
    for (const schema of selected.slice(start, start + SCHEMAS_PER_ROUND)) {
      const numRuns = schema.topLevel ? options.runs : options.otherRuns;
      for (const kind of accepting.has(schema) ? (["valid"] as const) : (["valid", "invalid"] as const)) {
        const seed = derivedSeed(options.seed, schema.name, kind);
        let generated: Generated[];
        try {
          generated = fc.sample(arbitraryFor(schema, kind, options.mutations, stats), { seed, numRuns });
        } catch (error) {
          if (!(error instanceof GenerationError) && !isStackOverflow(error)) throw error;
          const message = error instanceof GenerationError ? error.message : "the generator recursed deeper than the stack allows";
          generatorGaveUp.push({ schema: schema.name, kind, message });
          continue;
        }
        // The seed and arbitrary that generated them, kept for replaying and shrinking a disagreement.
        round.push({ schema, kind, seed, arbitrary: arbitraryFor(schema, kind, options.mutations), generated });
      }
    }
    const started = performance.now();
    judged.push(...(await Promise.all(round.map((batch) => judgeAll(runtimes, batch.schema, batch.generated)))));
    millis += performance.now() - started;
    batches.push(...round);
    if (selected.length > SCHEMAS_PER_ROUND) onProgress?.(Math.min(start + SCHEMAS_PER_ROUND, selected.length), selected.length);
  }

  const tallies = new Map<string, SchemaTally>();
  const disagreements: Disagreement[] = [];
  const limitations = new Map<KnownLimitation, { count: number; schema: string; instance: JsonValue }>();
  let instances = 0;
  let failedInstances = 0;
  for (const [i, batch] of batches.entries()) {
    const tally = tallies.get(batch.schema.name) ?? newTally(batch.schema.name);
    tallies.set(batch.schema.name, tally);
    let firstFailure: number | undefined;
    for (const [index, result] of judged[i]!.entries()) {
      instances += 1;
      tally.instances += 1;
      const charged = new Set(result.findings.filter((finding) => !finding.limitation).map((finding) => finding.column));
      const tolerated = new Set(result.findings.filter((finding) => finding.limitation).map((finding) => finding.column));
      for (const limitation of new Set(result.findings.flatMap((finding) => (finding.limitation ? [finding.limitation] : [])))) {
        const seen = limitations.get(limitation) ?? { count: 0, schema: batch.schema.name, instance: batch.generated[index]!.instance };
        limitations.set(limitation, { ...seen, count: seen.count + 1 });
      }
      for (const column of COLUMNS) {
        if (charged.has(column)) tally.disagreed[column] += 1;
        else if (tolerated.has(column)) tally.tolerated[column] += 1;
        else if (!result.verdicts[column] || result.verdicts[column]!.unsupported) tally.notApplicable[column] += 1;
        else tally.agreed[column] += 1;
      }
      if (charged.size > 0) {
        failedInstances += 1;
        tally.failedInstances += 1;
        firstFailure ??= index;
      }
    }
    if (firstFailure !== undefined) {
      const budget = Math.min(options.shrinkMillis ?? 20_000, shrinkLeft);
      const started = performance.now();
      disagreements.push(await shrink(runtimes, batch, firstFailure, budget));
      shrinkLeft -= performance.now() - started;
    }
  }
  return { tallies: [...tallies.values()], disagreements, instances, failedInstances, limitations, millis, filters: stats, withoutFiniteValue, acceptingEveryValue: [...accepting].map((schema) => schema.name), generatorGaveUp };
}

interface Judged {
  readonly verdicts: Partial<Record<Column, Verdict>>;
  readonly findings: readonly Finding[];
}

/** Every runtime on every instance (concurrently), then AJV and DRF on Swift's re-encodings. */
export async function judgeAll(runtimes: Runtimes, schema: SchemaUnderTest, generated: readonly Generated[]): Promise<Judged[]> {
  const cases: Case[] = generated.map(({ instance }) => ({ schema, instance }));
  const answers = await Promise.all([runtimes.ajv.judge(cases), ...runtimes.others.map((runner) => runner.judge(cases))]);
  const verdicts = cases.map((_, index) => Object.assign({}, ...answers.map((answer) => answer[index])) as Partial<Record<Column, Verdict>>);

  // Swift's re-encodings of valid instances go round again: AJV and DRF must accept them too.
  // (And those of invalid instances Swift accepted as something else, such as the value left when
  // its decoder merged two canonically equivalent keys: rules.ts asks whether that value is valid.)
  const reencoded = generated
    .map((entry, index) => ({ index, swift: verdicts[index]!.swift, valid: entry.expectation.valid, instance: entry.instance }))
    .filter((entry) => entry.swift?.valid === true && entry.swift.reencoded !== undefined && (entry.valid || !jsonEqual(entry.swift.reencoded, entry.instance)));
  const reencodedCases = reencoded.map((entry) => ({ schema, instance: entry.swift!.reencoded! }));
  const python = runtimes.others.find((runner) => runner.columns.includes("drf"));
  const [ajvAgain, pythonAgain] = await Promise.all([runtimes.ajv.judge(reencodedCases), python ? python.judge(reencodedCases) : []]);
  const reencodings = new Map<number, ReencodingVerdicts>(
    reencoded.map((entry, i) => [entry.index, { ajv: ajvAgain[i]!.ajv!, drf: pythonAgain[i]?.drf ?? { valid: false, unsupported: true } }]),
  );
  // Valid instances Swift refused that hold keys not in NFC: AJV judges them with the keys as Swift's
  // String compares them (rules.ts, "swift-merges-equivalent-keys").
  const inNfc = generated.flatMap((entry, index) => {
    if (!entry.expectation.valid || verdicts[index]!.swift?.valid !== false) return [];
    const normalized = withKeysInNfc(entry.instance);
    return normalized === undefined ? [] : [{ index, instance: normalized }];
  });
  const ajvInNfc = runtimes.ajv.judgeNow(inNfc.map((entry) => ({ schema, instance: entry.instance })));
  const ajvWithKeysInNfc = new Map(inNfc.map((entry, i) => [entry.index, ajvInNfc[i]!.ajv!]));
  return generated.map((entry, index) => ({
    verdicts: verdicts[index]!,
    findings: findings(entry.expectation, entry.instance, verdicts[index]!, { reencoding: reencodings.get(index), ajvWithKeysInNfc: ajvWithKeysInNfc.get(index), pythonPatterns: pythonPatternVerdicts(schema, entry, verdicts[index]!), decimalMultipleOf: readingVerdict("decimal-multiple-of", schema, entry, verdicts[index]!), remainderMultipleOf: readingVerdict("remainder-multiple-of", schema, entry, verdicts[index]!), typelessAsTyped: readingVerdict("typeless-as-typed", schema, entry, verdicts[index]!), decoderOnly: readingVerdict("decoder-only", schema, entry, verdicts[index]!), refSiblingsIgnored: refSiblingsIgnoredVerdicts(schema, entry, verdicts[index]!), draft04IntegersAsWritten: draft04IntegerVerdicts(schema, entry, verdicts[index]!), inheritedKeysEvaluated: gatedVerdict("inherited-keys-evaluated", schema, entry, verdicts[index]!), protoEntriesSkipped: gatedVerdict("proto-entries-skipped", schema, entry, verdicts[index]!), emptyKeyDependenciesSkipped: gatedVerdict("empty-key-dependencies-skipped", schema, entry, verdicts[index]!), emptyArraysPassContains: gatedVerdict("empty-arrays-pass-contains", schema, entry, verdicts[index]!), evaluationAsAjvReadsIt: evaluationAsAjvVerdict(schema, entry, verdicts[index]!), dynamicRefsAsAjvReadsThem: dynamicRefsAsAjvVerdict(schema, entry, verdicts[index]!), model: modelVerdict(schema, entry) }),
  }));
}

/**
 * A generator that recursed without bound (found by random schemas: an array of at least one
 * distinct object whose optional property is that array again) gives up like a filter does, so the
 * run names it and judges the other schemas instead of ending.
 */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes("Maximum call stack size exceeded");
}

/**
 * The model read as one runtime reads the schema, for a known limitation of that runtime (rules.ts):
 * fastjsonschema checks a fractional `multipleOf` in decimal, jsonschema a whole one by remainder; Swift reads a schema naming no type as
 * its keywords' type only; and, for what Swift may accept, the model as the Swift decoder checks it.
 */
const READINGS = {
  "decimal-multiple-of": { column: "fastjsonschema", options: { multipleOf: isDecimalMultipleOf } },
  "remainder-multiple-of": { column: "jsonschema", options: { multipleOf: isRemainderMultipleOf } },
  "typeless-as-typed": { column: "swift", options: { typelessAsTyped: true } },
  "decoder-only": { column: "swift", options: { decoderOnly: true } },
  "inherited-keys-evaluated": { column: "ajv", options: { inheritedKeysEvaluated: true } },
  "proto-entries-skipped": { column: "ajv", options: { protoEntriesSkipped: true } },
  "empty-key-dependencies-skipped": { column: "ajv", options: { emptyKeyDependenciesSkipped: true } },
  "empty-arrays-pass-contains": { column: "ajv", options: { emptyArraysPassContains: true } },
} as const satisfies Record<string, { column: Column; options: ModelValidatorOptions }>;

const readings = new Map<keyof typeof READINGS, WeakMap<SchemaModel, ModelValidator>>();

/** Where the reading's runtime contradicts the expectation: the model's verdict as that runtime reads the schema. */
function readingVerdict(name: keyof typeof READINGS, schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): boolean | undefined {
  const { column, options } = READINGS[name];
  const verdict = verdicts[column];
  if (!verdict || verdict.unsupported || verdict.valid === entry.expectation.valid) return undefined;
  const { model } = schema.family;
  let byModel = readings.get(name);
  if (!byModel) readings.set(name, (byModel = new WeakMap()));
  let reading = byModel.get(model);
  if (!reading) byModel.set(model, (reading = new ModelValidator(model, options)));
  return reading.validatesNamed(schema.type.name, entry.instance);
}

const modelReadings = new WeakMap<SchemaModel, ModelValidator>();

/** The model's own verdict where the expectation is not the model's (a case file's statement); else undefined. */
function modelVerdict(schema: SchemaUnderTest, entry: Generated): boolean | undefined {
  if (!("statedIn" in entry.expectation) || entry.expectation.statedIn === undefined) return undefined;
  const { model } = schema.family;
  let reading = modelReadings.get(model);
  if (!reading) modelReadings.set(model, (reading = new ModelValidator(model)));
  return reading.validatesNamed(schema.type.name, entry.instance);
}

/**
 * Readings that explain a runtime only in documents that have what its fault needs, each with the
 * test for it: AJV's inherited key names only where `unevaluatedProperties` is (rules.ts,
 * "ajv-reads-inherited-keys-as-evaluated"), its skipped `__proto__` entries where such a key is,
 * its unchecked dependency on `""` where one is, and its empty arrays passing `contains` where one is.
 */
const DOCUMENT_GATES = {
  "inherited-keys-evaluated": (document: JsonValue) => hasAnyKey(document, ["unevaluatedProperties"]),
  "proto-entries-skipped": (document: JsonValue) => hasAnyKey(document, ["__proto__"]),
  "empty-key-dependencies-skipped": dependsOnEmptyKey,
  "empty-arrays-pass-contains": (document: JsonValue) => hasAnyKey(document, ["contains"]),
} as const satisfies Partial<Record<keyof typeof READINGS, (document: JsonValue) => boolean>>;

const gatesPassed = new Map<keyof typeof DOCUMENT_GATES, WeakMap<SchemaModel, boolean>>();

/** The reading's verdict (readingVerdict) in a document its gate lets through; undefined elsewhere. */
function gatedVerdict(name: keyof typeof DOCUMENT_GATES, schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): boolean | undefined {
  const { model } = schema.family;
  let byModel = gatesPassed.get(name);
  if (!byModel) gatesPassed.set(name, (byModel = new WeakMap()));
  if (!byModel.has(model)) byModel.set(model, DOCUMENT_GATES[name](model.source.document));
  return byModel.get(model) ? readingVerdict(name, schema, entry, verdicts) : undefined;
}

/** Whether a dependency's list (`dependentRequired`, `dependencies`) anywhere in `value` names the empty key. */
function dependsOnEmptyKey(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(dependsOnEmptyKey);
  if (!isJsonObject(value)) return false;
  const lists = (key: string, child: JsonValue): JsonValue[] => ((key === "dependentRequired" || key === "dependencies") && isJsonObject(child) ? Object.values(child) : []);
  return Object.entries(value).some(([key, child]) => lists(key, child).some((list) => Array.isArray(list) && list.includes("")) || dependsOnEmptyKey(child));
}

const pythonReadings = new WeakMap<SchemaModel, Record<"jsonschema" | "fastjsonschema", ModelValidator>>();

/**
 * Where jsonschema or fastjsonschema contradict the expectation: the model's verdict with each
 * engine's Python reading of patterns (rules.ts, "python-validators-read-patterns-as-python").
 */
function pythonPatternVerdicts(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): PythonPatternVerdicts | undefined {
  const engines = (["jsonschema", "fastjsonschema"] as const).filter((column) => verdicts[column] && !verdicts[column]!.unsupported && verdicts[column]!.valid !== entry.expectation.valid);
  if (engines.length === 0) return undefined;
  const { model } = schema.family;
  let readings = pythonReadings.get(model);
  if (!readings) {
    readings = {
      // The harness runs jsonschema's `pattern` through the serializers' translation (ECMA-262), not its `patternProperties`.
      jsonschema: new ModelValidator(loneEmptyPatternsAsJsonschemaReadsThem(model) ?? model, { regex: (pattern, use) => (use === "pattern" ? new RegExp(pattern, "u") : pythonRegex(pattern, { dollarIsEnd: false })) }),
      fastjsonschema: new ModelValidator(model, { regex: (pattern, use) => pythonRegex(pattern, { dollarIsEnd: use === "pattern" }) }),
    };
    pythonReadings.set(model, readings);
  }
  return Object.fromEntries(engines.map((engine) => [engine, readings[engine].validatesNamed(schema.type.name, entry.instance)]));
}

/**
 * The model as Python's jsonschema reads an object whose only `patternProperties` key is `""`: it tells
 * keys no pattern matches, for `additionalProperties`, by the patterns joined with `|`, and reads an
 * empty join as no pattern at all, so every key the empty pattern matches (every key) is still checked
 * by `additionalProperties` too (rules.ts, "python-validators-read-patterns-as-python"). Built from the
 * document with each such `patternProperties: {"": S}` written as `allOf: [{additionalProperties: S}]`
 * (every key checked by S, and undeclared keys by the object's own `additionalProperties`); undefined
 * when the document has none, or when that document does not build (a `$ref` into the moved schema).
 */
export function loneEmptyPatternsAsJsonschemaReadsThem(model: SchemaModel): SchemaModel | undefined {
  const document = structuredClone(model.source.document) as JsonValue;
  // Schema positions only (allSchemas): a `const` value or a `properties` map with a key named
  // `patternProperties` is no schema. Listed before any is rewritten, so a moved schema is not met again.
  const lonelyEmptyPatterns = allSchemas(document).filter(([, schema]) => {
    const patterns = schema.patternProperties;
    return isJsonObject(patterns) && Object.keys(patterns).length === 1 && Object.hasOwn(patterns, "");
  });
  if (lonelyEmptyPatterns.length === 0) return undefined;
  for (const [, schema] of lonelyEmptyPatterns) {
    const rule = (schema.patternProperties as { [key: string]: JsonValue })[""]!;
    delete schema.patternProperties;
    schema.allOf = [...(Array.isArray(schema.allOf) ? schema.allOf : []), { additionalProperties: rule }];
  }
  try {
    return buildModel({ ...model.source, document: document as typeof model.source.document }, { name: model.name });
  } catch {
    return undefined;
  }
}

/**
 * The model as AJV (8.20, dynamicRef.ts) reads a 2020-12 `$dynamicRef: "#name"` whose anchor it has
 * not registered while compiling: not as the `$dynamicAnchor` it names, but as a call of the function
 * AJV is generating around it, which is the schema nearest above it that AJV compiles on its own: the
 * target of a `$ref` (a schema holding a `$dynamicRef` is never inlined), a definition validated by
 * itself, or the document (rules.ts, "ajv-resolves-dynamic-refs-to-their-enclosing-schema"). OpenAPI
 * 3.1's `"schema": {"$dynamicRef": "#meta"}` inside `#/$defs/header` is read as the header itself, so
 * AJV refuses `"schema": false`, which `#meta` (`type: ["object", "boolean"]`) allows. Built from the
 * document with each such `$dynamicRef` written as an `allOf` part `$ref`ing that schema; undefined for
 * another dialect, a document without one, one with a nested `$id` (where `#/…` names another
 * resource), or one that then does not build.
 */
export function dynamicRefsAsAjvReadsThem(model: SchemaModel): SchemaModel | undefined {
  if (model.source.dialect !== "2020-12") return undefined;
  const document = structuredClone(model.source.document) as JsonValue;
  const schemas = allSchemas(document);
  if (schemas.some(([at, schema]) => at.length > 0 && typeof schema.$id === "string")) return undefined;
  const dynamicRefs = schemas.filter(([, schema]) => typeof schema.$dynamicRef === "string" && schema.$dynamicRef.startsWith("#") && !schema.$dynamicRef.startsWith("#/"));
  if (dynamicRefs.length === 0) return undefined;
  // Where AJV compiles a function of its own: the document, each definition (the run validates one
  // through a `$ref` to it), and every local `$ref`'s target.
  const compiledAlone = new Set<string>([pointerOf([])]);
  for (const key of ["$defs", "definitions"]) {
    const definitions = isJsonObject(document) ? document[key] : undefined;
    if (isJsonObject(definitions)) for (const name of Object.keys(definitions)) compiledAlone.add(pointerOf([key, name]));
  }
  for (const [, schema] of schemas) {
    const target = typeof schema.$ref === "string" ? localPointerTokens(schema.$ref) : undefined;
    if (target) compiledAlone.add(pointerOf(target));
  }
  for (const [at, schema] of dynamicRefs) {
    let enclosing: readonly (string | number)[] = [];
    for (let length = at.length; length >= 0; length--) {
      if (compiledAlone.has(pointerOf(at.slice(0, length)))) {
        enclosing = at.slice(0, length);
        break;
      }
    }
    delete schema.$dynamicRef;
    schema.allOf = [...(Array.isArray(schema.allOf) ? schema.allOf : []), { $ref: pointerOf(enclosing) }];
  }
  try {
    return buildModel({ ...model.source, document: document as typeof model.source.document }, { name: model.name });
  } catch {
    return undefined;
  }
}

/** `#` and a JSON pointer of `tokens`, spelled as a URI fragment. */
function pointerOf(tokens: readonly (string | number)[]): string {
  return `#${tokens.map((token) => `/${encodeURIComponent(String(token).replaceAll("~", "~0").replaceAll("/", "~1"))}`).join("")}`;
}

/** The tokens of a `$ref` that is a JSON pointer into this document (`#`, `#/…`); undefined for any other reference. */
function localPointerTokens(reference: string): string[] | undefined {
  if (reference !== "#" && !reference.startsWith("#/")) return undefined;
  try {
    return reference === "#" ? [] : reference.slice(2).split("/").map((token) => decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~"));
  } catch {
    return undefined;
  }
}

const ajvDynamicRefReadings = new WeakMap<SchemaModel, ModelValidator | undefined>();

/**
 * Where AJV contradicts the expectation in a 2020-12 document with a `$dynamicRef`: the model's
 * verdict with each `$dynamicRef` read as AJV resolves it (dynamicRefsAsAjvReadsThem).
 */
function dynamicRefsAsAjvVerdict(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): boolean | undefined {
  const verdict = verdicts.ajv;
  if (!verdict || verdict.unsupported || verdict.valid === entry.expectation.valid) return undefined;
  const { model } = schema.family;
  if (!ajvDynamicRefReadings.has(model)) {
    const reading = dynamicRefsAsAjvReadsThem(model);
    ajvDynamicRefReadings.set(model, reading ? new ModelValidator(reading) : undefined);
  }
  return ajvDynamicRefReadings.get(model)?.validatesNamed(schema.type.name, entry.instance);
}

const refSiblingReadings = new WeakMap<SchemaModel, ModelValidator | undefined>();

/**
 * Where jsonschema or fastjsonschema contradict the expectation on a draft-07-or-earlier document:
 * the model's verdict with every keyword beside a `$ref` ignored, as those engines read it (rules.ts,
 * "python-validators-ignore-ref-siblings"). Undefined for a later dialect, where siblings apply.
 */
function refSiblingsIgnoredVerdicts(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): PythonPatternVerdicts | undefined {
  const engines = (["jsonschema", "fastjsonschema"] as const).filter((column) => verdicts[column] && !verdicts[column]!.unsupported && verdicts[column]!.valid !== entry.expectation.valid);
  if (engines.length === 0) return undefined;
  const { model } = schema.family;
  if (!refSiblingReadings.has(model)) {
    const { dialect } = model.source;
    const older = dialect === "draft-04" || dialect === "draft-06" || dialect === "draft-07";
    refSiblingReadings.set(model, older ? new ModelValidator(buildModel(model.source, { name: model.name, refSiblings: "ignore" })) : undefined);
  }
  const reading = refSiblingReadings.get(model);
  if (!reading) return undefined;
  return Object.fromEntries(engines.map((engine) => [engine, reading.validatesNamed(schema.type.name, entry.instance)]));
}

const ajvEvaluationReadings = new WeakMap<SchemaModel, ModelValidator | undefined>();

/**
 * Where AJV's verdict contradicts the expectation (either way: AJV's reading marks more items
 * evaluated in some schemas and fewer in others), in a document with `contains` and
 * `unevaluatedItems`, with `dependentSchemas` and `unevaluatedProperties`, or with `if` and either: the model's verdict with
 * what is evaluated read as AJV compiles it (rules.ts, "ajv-tracks-what-is-evaluated-its-own-way").
 */
function evaluationAsAjvVerdict(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): boolean | undefined {
  const verdict = verdicts.ajv;
  if (!verdict || verdict.unsupported || verdict.valid === entry.expectation.valid) return undefined;
  const { model } = schema.family;
  if (!ajvEvaluationReadings.has(model)) {
    const { document } = model.source;
    const unevaluated = hasAnyKey(document, ["unevaluatedProperties", "unevaluatedItems"]);
    const reads = (hasAnyKey(document, ["contains"]) && hasAnyKey(document, ["unevaluatedItems"])) || (hasAnyKey(document, ["dependentSchemas"]) && hasAnyKey(document, ["unevaluatedProperties"])) || (hasAnyKey(document, ["if"]) && unevaluated);
    ajvEvaluationReadings.set(model, reads ? new ModelValidator(buildModel(model.source, { name: model.name, evaluationReading: "ajv" })) : undefined);
  }
  return ajvEvaluationReadings.get(model)?.validatesNamed(schema.type.name, entry.instance);
}

const draft04IntegerReadings = new WeakMap<SchemaModel, ModelValidator | undefined>();

/**
 * In a draft-04 document, where jsonschema or fastjsonschema contradict the expectation: the model's
 * verdict with `integer` read as draft-04 defines it, as the Python engines read it (rules.ts,
 * "python-validators-read-draft-04-integers-as-written").
 */
function draft04IntegerVerdicts(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): PythonPatternVerdicts | undefined {
  const engines = (["jsonschema", "fastjsonschema"] as const).filter((column) => verdicts[column] && !verdicts[column]!.unsupported && verdicts[column]!.valid !== entry.expectation.valid);
  if (engines.length === 0) return undefined;
  const { model } = schema.family;
  if (!draft04IntegerReadings.has(model)) draft04IntegerReadings.set(model, model.source.dialect === "draft-04" ? new ModelValidator(model, { integersAsWritten: true }) : undefined);
  const reading = draft04IntegerReadings.get(model);
  if (!reading) return undefined;
  return Object.fromEntries(engines.map((engine) => [engine, reading.validatesNamed(schema.type.name, entry.instance)]));
}

/**
 * Replays the batch's property with fast-check from the failing run (same seed, `path` = its index),
 * letting fast-check shrink the instance to a minimal one that still disagrees.
 */
async function shrink(runtimes: Runtimes, batch: Batch, index: number, budgetMillis: number): Promise<Disagreement> {
  let last: { generated: Generated; judged: Judged } | undefined;
  const property = fc.asyncProperty(batch.arbitrary, async (generated) => {
    const [judged] = await judgeAll(runtimes, batch.schema, [generated]);
    const disagrees = isDisagreement(judged!);
    if (disagrees) last = { generated, judged: judged! };
    return !disagrees;
  });
  const details = await fc.check(property, {
    seed: batch.seed,
    path: String(index),
    numRuns: 1,
    interruptAfterTimeLimit: budgetMillis,
    markInterruptAsFailure: false,
  });
  const original = batch.generated[index]!;
  const counterexample = details.counterexample?.[0] ?? original;
  const final = last && last.generated === counterexample ? last : { generated: counterexample, judged: (await judgeAll(runtimes, batch.schema, [counterexample]))[0]! };
  return {
    schema: batch.schema.name,
    kind: batch.kind,
    seed: batch.seed,
    index,
    findings: final.judged.findings,
    instance: final.generated.instance,
    expectation: final.generated.expectation,
    verdicts: final.judged.verdicts,
    shrunk: details.failed,
  };
}

function isDisagreement(judged: Judged): boolean {
  return judged.findings.some((finding) => !finding.limitation);
}

function newTally(schema: string): SchemaTally {
  const zero = () => Object.fromEntries(COLUMNS.map((column) => [column, 0])) as Record<Column, number>;
  return { schema, instances: 0, failedInstances: 0, agreed: zero(), disagreed: zero(), notApplicable: zero(), tolerated: zero() };
}
