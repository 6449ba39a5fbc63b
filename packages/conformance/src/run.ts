// The differential run: for every schema, valid and invalid instances from the model-derived
// generators, judged by every runtime at once (batched over the pipes), checked against the rules;
// each disagreement is shrunk with fast-check and reported with its seed and every verdict.
import fc from "fast-check";
import { invalidInstances, type InvalidInstance } from "./mutations/index.ts";
import { FilterStats, ValidInstances } from "./arbitraries/index.ts";
import { acceptsEveryValue } from "./arbitraries/everyValue.ts";
import { DRAW_MILLIS, drawingWithin, isGaveUp, orGaveUp, reasonForGivingUp, type GaveUp } from "./arbitraries/filtered.ts";
import { hasFiniteValue } from "./arbitraries/sizes.ts";
import { jsonEqual, type JsonValue } from "./json.ts";
import { holdsInexactInteger, ModelValidator, withExactIntegers, type ModelValidatorOptions, type SchemaModel } from "@clone/codegen";
import { LIMITATIONS, type KnownLimitation } from "./limitations.ts";
import { perModel } from "./perModel.ts";
import { COLUMNS, findings, type Column, type Expectation, type Finding, type LimitationReadings, type ReadingsTogether, type ReencodingVerdicts, MERGE_SURVIVORS, KEY_NORMAL_FORMS, withKeysInNormalForm } from "./rules.ts";
import type { AjvRunner } from "./runners/ajv.ts";
import type { Case, Runner, Verdict } from "./runners/types.ts";
import { schemaTypeNameIn, type SchemaUnderTest, type Suite } from "./suite.ts";
import { expectedSwiftCases, type ExpectedCases } from "./unionCases.ts";

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
  /** Wall-time budget, in ms, for drawing one schema's instances of one kind (default DRAW_MILLIS): past it, that draw gives up, reported. */
  readonly drawMillis?: number;
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
  /** Known limitations (limitations.ts KNOWN_LIMITATIONS) met, by column: counted, not disagreements. */
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
   * Where the generators could not draw an instance (a filter rejected every candidate: `GenerationError`):
   * how many of that schema's instances of that kind were not drawn, and why; the others drawn were
   * judged. Under the project's families (CI) the run fails; under `--input` it is the generator's
   * limitation, named, not a disagreement (cli.ts).
   */
  readonly generatorGaveUp: readonly GeneratorGaveUp[];
}

/** A schema's instances of one kind the generators gave up on: why (the first give-up's reason), and how many of those asked for. */
export interface GeneratorGaveUp {
  readonly schema: string;
  readonly kind: Kind;
  readonly message: string;
  readonly notDrawn: number;
  readonly asked: number;
}

/** One kind of instance for one schema, ready to judge. */
interface Batch {
  readonly schema: SchemaUnderTest;
  readonly kind: Kind;
  readonly seed: number;
  readonly arbitrary: fc.Arbitrary<Generated | GaveUp>;
  readonly generated: readonly Generated[];
  /** Each generated instance's place in the sample it was drawn in (its path for fast-check): past a give-up, beyond its index. */
  readonly paths: readonly number[];
}

export interface Generated {
  readonly instance: JsonValue;
  readonly expectation: Expectation;
  /** The instance as its source wrote it, when that holds an integer a double does not (Case.instanceText). */
  readonly instanceText?: string;
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
  if (kind === "valid") return instances.of(schema.type.name).map((instance) => ({ instance, ...spelledAsTheDocument(model, instance), expectation: { valid: true } as const }));
  return invalidInstances(model, schema.type.name, { instances, ...(mutations ? { mutations } : {}) }).map((invalid: InvalidInstance) => ({
    instance: invalid.instance,
    ...spelledAsTheDocument(model, invalid.instance),
    expectation: { valid: false, violation: invalid.violation, mutation: invalid.mutation },
  }));
}

/**
 * A drawn instance's text for the runtimes that read numbers exactly, where it holds an integer past
 * 2^53: the double of an integer the document writes past a double's reach (SourceDocument.integerSpellings)
 * is the document's literal (the model drew that `const` or bound as its double, and Python, reading the
 * literal exactly, refused `const: 9007199254740993` drawn as 9007199254740992); any other, the double's
 * own digits (JSON.stringify's shortest ones name another integer to them).
 */
function spelledAsTheDocument(model: SchemaModel, instance: JsonValue): { instanceText?: string } {
  const text = JSON.stringify(instance);
  const spelled = withExactIntegers(text, model.source.integerSpellings);
  return spelled === text ? {} : { instanceText: spelled };
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

/** What a run tells of its progress. */
export interface RunProgress {
  /** After each round of schemas, when there are several rounds. */
  readonly schemasDone?: (done: number, total: number) => void;
  /** Before each step that may take long (drawing or judging one schema's instances), what it is. */
  readonly step?: (what: string) => void;
}

export async function runConformance(suite: Suite, runtimes: Runtimes, options: RunOptions, progress: RunProgress = {}): Promise<RunResult> {
  const asked = selectSchemas(suite, options).filter((schema) => (schema.topLevel ? options.runs : options.otherRuns) > 0);
  const selected = asked.filter((schema) => hasFiniteValue(schema.family.model, schema.type.name));
  const withoutFiniteValue = asked.filter((schema) => !selected.includes(schema)).map((schema) => schema.name);
  const accepting = new Set(selected.filter((schema) => acceptsEveryValue(schema.family.model, { kind: "named", name: schema.type.name })));
  const generatorGaveUp: GeneratorGaveUp[] = [];
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
        progress.step?.(`drawing ${numRuns} ${kind} instances of ${schema.name}`);
        let drawn: (Generated | GaveUp)[];
        try {
          drawn = drawingWithin(options.drawMillis ?? DRAW_MILLIS, () => fc.sample(orGaveUp(arbitraryFor(schema, kind, options.mutations, stats)), { seed, numRuns }));
        } catch (error) {
          const reason = reasonForGivingUp(error);
          if (reason === undefined) throw error;
          drawn = Array.from({ length: numRuns }, () => ({ gaveUp: reason }));
        }
        const gaveUp = drawn.filter(isGaveUp);
        if (gaveUp.length > 0) generatorGaveUp.push({ schema: schema.name, kind, message: gaveUp[0]!.gaveUp, notDrawn: gaveUp.length, asked: numRuns });
        // Each instance drawn keeps its place in the sample (`paths`), which is what a replay finds it by.
        const paths = drawn.flatMap((entry, path) => (isGaveUp(entry) ? [] : [path]));
        const generated = paths.map((path) => drawn[path] as Generated);
        if (generated.length === 0) continue;
        // The seed and arbitrary that generated them, kept for replaying and shrinking a disagreement.
        round.push({ schema, kind, seed, arbitrary: orGaveUp(arbitraryFor(schema, kind, options.mutations)), generated, paths });
      }
    }
    const started = performance.now();
    progress.step?.(`judging ${round.reduce((sum, batch) => sum + batch.generated.length, 0)} instances of ${[...new Set(round.map((batch) => batch.schema.name))].join(", ")}`);
    judged.push(...(await Promise.all(round.map((batch) => judgeAll(runtimes, batch.schema, batch.generated)))));
    millis += performance.now() - started;
    batches.push(...round);
    if (selected.length > SCHEMAS_PER_ROUND) progress.schemasDone?.(Math.min(start + SCHEMAS_PER_ROUND, selected.length), selected.length);
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
  const cases: Case[] = generated.map(({ instance, instanceText }) => ({ schema, instance, ...(instanceText !== undefined && { instanceText }) }));
  const answers = await Promise.all([runtimes.ajv.judge(cases), ...runtimes.others.map((runner) => runner.judge(cases))]);
  const verdicts = cases.map((_, index) => Object.assign({}, ...answers.map((answer) => answer[index])) as Partial<Record<Column, Verdict>>);

  // Swift's re-encodings of valid instances go round again: AJV and DRF must accept them too.
  // (And those of invalid instances Swift accepted as something else, such as the value left when
  // its decoder merged two canonically equivalent keys: rules.ts asks whether that value is valid.)
  const reencoded = generated
    .map((entry, index) => ({ index, swift: verdicts[index]!.swift, valid: entry.expectation.valid, instance: entry.instance, instanceText: entry.instanceText }))
    .filter((entry) => entry.swift?.valid === true && entry.swift.reencoded !== undefined && (entry.valid || !jsonEqual(entry.swift.reencoded, entry.instance)));
  // A re-encoding equal to the instance goes round as the instance was written (JSON.parse read Swift's
  // exact digits as the same doubles the instance's were); another, as a drawn instance is.
  const reencodedCases: Case[] = reencoded.map((entry) => ({
    schema,
    instance: entry.swift!.reencoded!,
    ...(entry.instanceText !== undefined && jsonEqual(entry.swift!.reencoded!, entry.instance)
      ? { instanceText: entry.instanceText }
      : spelledAsTheDocument(schema.family.model, entry.swift!.reencoded!)),
  }));
  const python = runtimes.others.find((runner) => runner.columns.includes("drf"));
  const [ajvAgain, pythonAgain] = await Promise.all([runtimes.ajv.judge(reencodedCases), python ? python.judge(reencodedCases) : []]);
  const reencodings = new Map<number, ReencodingVerdicts>(
    reencoded.map((entry, i) => [entry.index, { ajv: ajvAgain[i]!.ajv!, drf: pythonAgain[i]?.drf ?? { valid: false, unsupported: true } }]),
  );
  // Valid instances Swift refused that hold keys not in NFC or not in NFD: AJV judges them with the
  // keys as Swift's String compares them (rules.ts, "swift-merges-equivalent-keys").
  const normalized = generated.flatMap((entry, index) => {
    // Only a refusal Swift made: with Swift switched off (or without the schema) every verdict is
    // "unsupported", and re-keying every valid instance four ways took seconds on a large object.
    const swift = verdicts[index]!.swift;
    if (!entry.expectation.valid || swift?.valid !== false || swift.unsupported === true) return [];
    return KEY_NORMAL_FORMS.flatMap((form) =>
      MERGE_SURVIVORS.flatMap((survivor) => {
        const instance = withKeysInNormalForm(entry.instance, form, survivor);
        return instance === undefined ? [] : [{ index, instance }];
      }),
    );
  });
  const ajvOnNormalized = runtimes.ajv.judgeNow(normalized.map((entry) => ({ schema, instance: entry.instance })));
  const ajvWithKeysInNormalForm = new Map<number, Verdict[]>();
  normalized.forEach((entry, i) => ajvWithKeysInNormalForm.set(entry.index, [...(ajvWithKeysInNormalForm.get(entry.index) ?? []), ajvOnNormalized[i]!.ajv!]));
  const swiftReadingsWithKeysInNormalForm = new Map<number, boolean[]>();
  normalized.forEach((entry) => swiftReadingsWithKeysInNormalForm.set(entry.index, [...(swiftReadingsWithKeysInNormalForm.get(entry.index) ?? []), ...swiftReadingVerdicts(schema, entry.instance)]));
  const readings = generated.map((entry, index) => limitationReadings(schema, entry, verdicts[index]!));
  return generated.map((entry, index) => ({
    verdicts: verdicts[index]!,
    findings: findings(entry.expectation, entry.instance, verdicts[index]!, {
      reencoding: reencodings.get(index),
      ajvWithKeysInNormalForm: ajvWithKeysInNormalForm.get(index),
      swiftReadingsWithKeysInNormalForm: swiftReadingsWithKeysInNormalForm.get(index),
      limitations: readings[index]!,
      together: readingsTogether(schema, entry, verdicts[index]!, readings[index]!),
      decoderOnly: decoderOnlyVerdict(schema, entry, verdicts[index]!),
      swiftCases: expectedCasesWhereSwiftAccepted(schema, entry, verdicts[index]!),
      model: modelVerdict(schema, entry),
      numbersBeyondDoubles: entry.instanceText !== undefined || holdsInexactInteger(schema.family.model.source.integerSpellings),
      // What the family's AJV read: the rendered document, in its dialect, at the schema's place.
      read: { document: schema.family.document, dialect: schema.family.dialect, fragment: schema.fragment },
    }),
  }));
}

/** Whether the runtime's verdict contradicts the expectation (it gave one). */
function contradicts(verdict: Verdict | undefined, expectation: Expectation): boolean {
  return verdict !== undefined && !verdict.unsupported && verdict.valid !== expectation.valid;
}

/**
 * Each known limitation told by a reading, with its reading of a model as each of its runtimes reads
 * it: undefined where the document lacks what the fault needs.
 */
const READING_LIMITATIONS = LIMITATIONS.flatMap(([name, { runtimes, evidence }]) => {
  if (evidence.kind !== "reading") return [];
  const applies = perModel(evidence.appliesTo);
  const readings = new Map(runtimes.map((runtime) => [runtime, perModel((model) => evidence.readAs(model, runtime))]));
  const readingOf = (model: SchemaModel, runtime: Column) => (applies(model) ? readings.get(runtime)?.(model) : undefined);
  // With another limitation's options beneath (limitations.ts readAs), by that limitation's name.
  const beneath = new Map<string, (model: SchemaModel) => ModelValidator>();
  const readingBeneath = (model: SchemaModel, runtime: Column, other: KnownLimitation, options: ModelValidatorOptions) => {
    const key = `${runtime}\u0000${other}`;
    if (!beneath.has(key)) beneath.set(key, perModel((each) => evidence.readAs(each, runtime, options)));
    return applies(model) ? beneath.get(key)!(model) : undefined;
  };
  return [{ name, runtimes, readingOf, readingBeneath, readOptions: evidence.readOptions }];
});

/**
 * AJV's verdict held to the model's by the rules a drawn instance's are (findings): the named
 * limitation that explains it, or what AJV broke; undefined where it gives the model's verdict.
 * Recorded instances ask it of their reference (recorded.ts), AJV on the input document (the model's
 * source) validating by the schema at `fragment`, whose verdict such a limitation or a throw leaves
 * no expected one.
 */
export function ajvAgainstTheModel(schema: SchemaUnderTest, fragment: string, instance: JsonValue, ajv: Verdict, modelValid: boolean): Finding | undefined {
  const expectation: Expectation = modelValid ? { valid: true } : { valid: false, statedIn: "the model" };
  const verdicts = { ajv };
  const { document, dialect } = schema.family.model.source;
  return findings(expectation, instance, verdicts, { limitations: limitationReadings(schema, { instance, expectation }, verdicts), read: { document, dialect, fragment } })[0];
}

/**
 * For each known limitation told by a reading (limitations.ts), where one of its runtimes contradicts
 * the expectation in a document it applies to: the model's verdict as that runtime reads the schema.
 */
function limitationReadings(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): LimitationReadings {
  const out: Partial<Record<KnownLimitation, Partial<Record<Column, boolean>>>> = {};
  const { model } = schema.family;
  for (const { name, runtimes, readingOf } of READING_LIMITATIONS) {
    const read = runtimes.flatMap((runtime) => {
      const reading = contradicts(verdicts[runtime], entry.expectation) ? readingOf(model, runtime) : undefined;
      return reading ? [[runtime, reading.validatesNamed(schemaTypeNameIn(reading.model, schema), entry.instance)] as const] : [];
    });
    if (read.length > 0) out[name] = Object.fromEntries(read);
  }
  return out;
}

/**
 * Where a runtime contradicts the expectation and no one of its known limitations' readings gives its
 * verdict (`readings`): the first two of them, in registry order, whose readings at once do, one read
 * with the other's options beneath (a limitation whose reading is the model read with options only).
 * A runtime may have both faults: each reading alone keeps the other's rule and refuses what the runtime took.
 */
function readingsTogether(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>, readings: LimitationReadings): ReadingsTogether {
  const { model } = schema.family;
  const out: Partial<Record<Column, ReadingsTogether[Column]>> = {};
  for (const runtime of COLUMNS) {
    const verdict = verdicts[runtime];
    if (verdict === undefined || !contradicts(verdict, entry.expectation)) continue;
    if (Object.values(readings).some((read) => read?.[runtime] === verdict.valid)) continue;
    const own = READING_LIMITATIONS.filter(({ runtimes, readingOf }) => runtimes.includes(runtime) && readingOf(model, runtime) !== undefined);
    out[runtime] = own.flatMap(({ name, readingBeneath }) =>
      own.flatMap((other) => {
        if (other.name === name || other.readOptions === undefined) return [];
        const reading = readingBeneath(model, runtime, other.name, other.readOptions);
        const valid = reading?.validatesNamed(schemaTypeNameIn(reading.model, schema), entry.instance);
        return valid === verdict.valid ? [{ limitation: name, beneath: other.name, valid }] : [];
      }),
    )[0];
  }
  return out;
}

/**
 * The model's verdicts on `instance` read as each known limitation of Swift that is a reading reads the
 * schema (a schema naming no type as its keywords' type, an integer in 64 bits): with its keys as
 * Swift's String compares them, an undeclared U+00E9 is the declared U+0065 U+0301, whose schema of
 * object keywords only (`not: {…}, properties: …, nullable: true` in OpenAPI 3.0) Swift reads as objects
 * or null, so it refused `{"é": -1}`, which AJV takes with the key either way (found by fuzz AE, seed
 * 65012 OpenAPI 3.0 index 0, V2, with Swift).
 */
function swiftReadingVerdicts(schema: SchemaUnderTest, instance: JsonValue): boolean[] {
  const { model } = schema.family;
  return READING_LIMITATIONS.flatMap(({ runtimes, readingOf }) => {
    const reading = runtimes.includes("swift") ? readingOf(model, "swift") : undefined;
    return reading ? [reading.validatesNamed(schemaTypeNameIn(reading.model, schema), instance)] : [];
  });
}

const decoderReading = perModel((model) => new ModelValidator(model, { decoderOnly: true }));

/** Where Swift contradicts the expectation: the model's verdict as the Swift decoder checks it (what Swift may accept, rules.ts). */
function decoderOnlyVerdict(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): boolean | undefined {
  return contradicts(verdicts.swift, entry.expectation) ? decoderReading(schema.family.model).validatesNamed(schema.type.name, entry.instance) : undefined;
}

/** Where Swift accepted a valid instance: the case its decoder must choose at each union-typed place. */
function expectedCasesWhereSwiftAccepted(schema: SchemaUnderTest, entry: Generated, verdicts: Partial<Record<Column, Verdict>>): readonly ExpectedCases[] | undefined {
  return entry.expectation.valid && verdicts.swift?.valid === true ? expectedSwiftCases(schema.family.model, schema.type.name, entry.instance) : undefined;
}

const modelReading = perModel((model) => new ModelValidator(model));

/** The model's own verdict where the expectation is not the model's (a case file's statement); else undefined. */
function modelVerdict(schema: SchemaUnderTest, entry: Generated): boolean | undefined {
  if (!("statedIn" in entry.expectation) || entry.expectation.statedIn === undefined) return undefined;
  return modelReading(schema.family.model).validatesNamed(schema.type.name, entry.instance);
}

/**
 * Replays the batch's property with fast-check from the failing run (same seed, `path` = its index),
 * letting fast-check shrink the instance to a minimal one that still disagrees.
 */
async function shrink(runtimes: Runtimes, batch: Batch, index: number, budgetMillis: number): Promise<Disagreement> {
  let last: { generated: Generated; judged: Judged } | undefined;
  const property = fc.asyncProperty(batch.arbitrary, async (generated) => {
    if (isGaveUp(generated)) return true;
    const [judged] = await judgeAll(runtimes, batch.schema, [generated]);
    const disagrees = isDisagreement(judged!);
    if (disagrees) last = { generated, judged: judged! };
    return !disagrees;
  });
  const details = await fc.check(property, {
    seed: batch.seed,
    path: String(batch.paths[index]),
    numRuns: 1,
    interruptAfterTimeLimit: budgetMillis,
    markInterruptAsFailure: false,
  });
  const original = batch.generated[index]!;
  const replayed = details.counterexample?.[0];
  const counterexample = replayed === undefined || isGaveUp(replayed) ? original : replayed;
  const final = last && last.generated === counterexample ? last : { generated: counterexample, judged: (await judgeAll(runtimes, batch.schema, [counterexample]))[0]! };
  return {
    schema: batch.schema.name,
    kind: batch.kind,
    seed: batch.seed,
    // Its place in the sample, as the replay line names it.
    index: batch.paths[index]!,
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
