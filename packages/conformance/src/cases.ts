// The run over case files (caseFiles.ts): every runtime judges each test's data against the test's
// own statement, valid or invalid, with the rules of the generated run (rules.ts). An invalid case
// does not say which rule it breaks, so Swift may accept it only where the model read as its decoder
// checks it accepts it too.
//
// Each group's schema is generated as `gen --input` would. Groups of one dialect share one document,
// each a definition of it, so that one Swift build serves them all; a group that refers within itself
// (`$ref`, `$id`, anchors) means its own document by `#`, so it becomes one: those are judged without
// Swift (a build each would outlast CI), and the run says how many. A group whose schema refers to a
// document that is not here is not judged: nothing is fetched, so no runtime checks what it would say.
// Nor is a group whose schema its dialect's meta-schema refuses (a suite's file may hold one), nor a
// test on which the toolkit's own reading of JSON Schema (TOOLKIT_READINGS) gives another verdict
// than the specification's: each is listed with why.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildModel, CodegenError, joinIntegerSpellings, ModelValidator, NO_INTEGER_SPELLINGS, withExactIntegers, type IntegerSpellings } from "@clone/codegen";
import { satisfiesFormat } from "@clone/schema";
import { CASE_DIALECTS, type CaseDialect, type CaseGroup, type CaseTest } from "./caseFiles.ts";
import { hasAnyKey, isJsonObject, type JsonValue } from "./json.ts";
import { withoutLaterDraftsKeywords } from "./limitations.ts";
import { isDecimalMultipleOf } from "./runtimeNumbers.ts";
import { judgeAll } from "./run.ts";
import { metaSchemaErrors } from "./runners/documentAjv.ts";
import type { Column, Expectation, Finding } from "./rules.ts";
import { startRuntimes, type StartedRuntimes } from "./runtimes.ts";
import { loadInputSuite, schemaTypeNameIn, type SchemaUnderTest, type Suite } from "./suite.ts";
import type { Verdict } from "./runners/types.ts";

export interface CaseFailure {
  readonly group: CaseGroup;
  readonly test: CaseTest;
  readonly findings: readonly Finding[];
  readonly verdicts: Readonly<Partial<Record<Column, Verdict>>>;
  /** Set when the generator refused the schema (no runtime judged): its message. */
  readonly refused?: string;
}

export interface CaseRunResult {
  /** Tests judged, and of those, the ones some runtime broke a rule on. */
  readonly cases: number;
  readonly failures: readonly CaseFailure[];
  /** Known limitations met (counted, not failures), by name. */
  readonly limitations: ReadonlyMap<string, number>;
  /** Groups not judged, with why. */
  readonly notJudged: readonly { readonly group: CaseGroup; readonly reason: string }[];
  /** Tests not judged because a reading of TOOLKIT_READINGS decides them otherwise than the specification, by reading. */
  readonly readByToolkit: ReadonlyMap<ToolkitReading, readonly { readonly group: CaseGroup; readonly test: CaseTest }[]>;
  /** Tests not judged because their data holds a number no runtime sees as written (caseFiles.ts, numbersNotCarried), with it. */
  readonly notCarried: readonly { readonly group: CaseGroup; readonly test: CaseTest; readonly number: string }[];
  /** Tests judged without Swift (their group is a document of its own, or Swift was switched off). */
  readonly withoutSwift: number;
  readonly swiftSwitchedOff: boolean;
}

export interface CaseRunOptions {
  /** Swift judges the shared documents' groups (default true). */
  readonly swift?: boolean;
  readonly onDocument?: (label: string, groups: number) => void;
}

/**
 * Where the toolkit reads JSON Schema otherwise than the specification, on purpose, and says so
 * (README, "Cross-language conformance"): a test such a reading decides otherwise is not judged against
 * the specification's statement. Each tells, from the model, whether it decides `instance`.
 */
export const TOOLKIT_READINGS = {
  "multiple-of-in-binary-floating-point": {
    why: "every runtime divides by multipleOf in binary floating point, as JavaScript and Python compute (3.3 / 1.1 is no integer there); JSON Schema means the decimal numbers written",
    decides: (models: CaseModels, schema: SchemaUnderTest, instance: JsonValue) =>
      models.validator(schema).validatesNamed(schema.type.name, instance) !== models.decimalMultipleOf(schema).validatesNamed(schema.type.name, instance),
  },
  "keywords-beside-ref-apply": {
    why: "keywords beside a $ref apply in every dialect, as AJV reads them (real draft-07 schemas write them so); draft-04 to draft-07 say they are ignored",
    decides: (models: CaseModels, schema: SchemaUnderTest, instance: JsonValue) => {
      const ignoring = models.refSiblingsIgnored(schema);
      return ignoring !== undefined && models.validator(schema).validatesNamed(schema.type.name, instance) !== ignoring.validatesNamed(schemaTypeNameIn(ignoring.model, schema), instance);
    },
  },
  "later-keywords-apply-in-earlier-drafts": {
    why: "`const`, `contains` and `propertyNames` apply in a draft-04 document too, and `if`/`then`/`else` in a draft-04 or draft-06 one, as AJV reads them (KEYWORDS_READ_BEFORE_THEIR_DRAFT); those drafts ignore them",
    decides: (models: CaseModels, schema: SchemaUnderTest, instance: JsonValue) => {
      const ignoring = models.laterKeywordsIgnored(schema);
      return ignoring !== undefined && models.validator(schema).validatesNamed(schema.type.name, instance) !== ignoring.validatesNamed(schemaTypeNameIn(ignoring.model, schema), instance);
    },
  },
  "calendar-formats-refuse-leap-seconds": {
    why: "the calendar formats refuse a leap second (`23:59:60Z`), which no runtime the toolkit targets can represent (README, `date-time`); RFC 3339 allows one as the last second of a UTC day",
    decides: (models: CaseModels, schema: SchemaUnderTest, instance: JsonValue) =>
      models.validator(schema).validatesNamed(schema.type.name, instance) !== models.leapSecondsAllowed(schema).validatesNamed(schema.type.name, instance),
  },
} as const satisfies Record<string, { why: string; decides: (models: CaseModels, schema: SchemaUnderTest, instance: JsonValue) => boolean }>;

export type ToolkitReading = keyof typeof TOOLKIT_READINGS;

/** The model of a case document read each way TOOLKIT_READINGS compares, each built once. */
class CaseModels {
  private readonly made = new Map<string, ModelValidator | undefined>();

  private once(key: string, make: () => ModelValidator | undefined): ModelValidator | undefined {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key);
  }

  validator(schema: SchemaUnderTest): ModelValidator {
    return this.once("default", () => new ModelValidator(schema.family.model))!;
  }

  decimalMultipleOf(schema: SchemaUnderTest): ModelValidator {
    return this.once("decimal", () => new ModelValidator(schema.family.model, { multipleOf: isDecimalMultipleOf }))!;
  }

  leapSecondsAllowed(schema: SchemaUnderTest): ModelValidator {
    return this.once("leap-seconds", () => new ModelValidator(schema.family.model, { format: satisfiesFormatWithLeapSeconds }))!;
  }

  /** The model built without the keywords of drafts later than its document's (undefined for a document with none). */
  laterKeywordsIgnored(schema: SchemaUnderTest): ModelValidator | undefined {
    const { model } = schema.family;
    return this.once("later-keywords", () => {
      const ignoring = withoutLaterDraftsKeywords(model);
      return ignoring === undefined ? undefined : new ModelValidator(ignoring);
    });
  }

  /** The model built with keywords beside `$ref` ignored, for a draft-04 to draft-07 document. */
  refSiblingsIgnored(schema: SchemaUnderTest): ModelValidator | undefined {
    const { model } = schema.family;
    const older = model.source.dialect === "draft-04" || model.source.dialect === "draft-06" || model.source.dialect === "draft-07";
    return this.once("ref-siblings", () => (older ? new ModelValidator(buildModel(model.source, { name: model.name, refSiblings: "ignore" })) : undefined));
  }
}

/** The formats whose time RFC 3339 lets end on a leap second, with their offset (so the second's UTC minute is known). */
const LEAP_SECOND_FORMATS = new Set(["date-time", "time"]);
const MINUTES_OF_A_DAY = 24 * 60;

/**
 * A format's verdict as RFC 3339 section 5.6 reads it: a time may end on second 60 where that second
 * is the last of a UTC day (23:59:60 once the offset is taken away), the rest of the value as the
 * toolkit's rule checks it.
 */
export function satisfiesFormatWithLeapSeconds(name: string, value: string | number): boolean {
  if (satisfiesFormat(name, value)) return true;
  if (typeof value !== "string" || !LEAP_SECOND_FORMATS.has(name)) return false;
  const time = /(?<hour>\d{2}):(?<minute>\d{2}):60(?:\.\d+)?(?:[Zz]|(?<sign>[+-])(?<offsetHour>\d{2}):(?<offsetMinute>\d{2}))$/.exec(value);
  // The time matched starts `HH:MM:60`: the same value with second 59 must satisfy the rule.
  if (time === null || !satisfiesFormat(name, `${value.slice(0, time.index + 6)}59${value.slice(time.index + 8)}`)) return false;
  const { hour, minute, sign, offsetHour, offsetMinute } = time.groups!;
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHour) * 60 + Number(offsetMinute));
  const utcMinute = (((Number(hour) * 60 + Number(minute) - offset) % MINUTES_OF_A_DAY) + MINUTES_OF_A_DAY) % MINUTES_OF_A_DAY;
  return utcMinute === MINUTES_OF_A_DAY - 1;
}

/** Keywords by which a schema refers within its document: a group holding one (even as a property name: it then only loses Swift) is a document of its own. */
const REFERRING_KEYWORDS: Readonly<Record<CaseDialect, readonly string[]>> = {
  "draft-04": ["$ref", "id"],
  "draft-06": ["$ref", "$id"],
  "draft-07": ["$ref", "$id"],
  "2019-09": ["$ref", "$id", "$anchor", "$recursiveRef", "$recursiveAnchor"],
  "2020-12": ["$ref", "$id", "$anchor", "$dynamicRef", "$dynamicAnchor"],
};

/** A document of case groups, and where each group's schema is judged in it. */
interface CaseDocument {
  readonly label: string;
  readonly document: JsonValue;
  /** Each group, with the definition that holds it (undefined: the document's root). */
  readonly groups: readonly { readonly group: CaseGroup; readonly definition?: string }[];
  readonly swift: boolean;
  /** Its schemas' integers as written (CaseGroup.integersAsWritten): the document's file is written with them. */
  readonly integersAsWritten: IntegerSpellings;
}

/**
 * Groups into documents: per dialect, one shared document, one more for the groups whose schemas
 * write integers a double does not hold (as long as no two write one double otherwise), and one for
 * each group that refers within itself or whose integers the others' make ambiguous.
 */
export function caseDocuments(groups: readonly CaseGroup[], swift: boolean): CaseDocument[] {
  const documents: CaseDocument[] = [];
  for (const [folder, { dialect, metaSchema }] of Object.entries(CASE_DIALECTS)) {
    const ofDialect = groups.filter((group) => group.dialect === dialect);
    const referring = ofDialect.filter((group) => hasAnyKey(group.schema, REFERRING_KEYWORDS[dialect]));
    const plain = ofDialect.filter((group) => !referring.includes(group) && group.integersAsWritten === undefined);
    const withIntegers = ofDialect.filter((group) => !referring.includes(group) && group.integersAsWritten !== undefined);
    const integersAsWritten = joinIntegerSpellings(withIntegers.map((group) => group.integersAsWritten!));
    const spelledAlike = withIntegers.filter((group) => [...group.integersAsWritten!].every(([value, spelling]) => integersAsWritten.get(value) === spelling));
    const alone = ofDialect.filter((group) => !plain.includes(group) && !spelledAlike.includes(group));
    const definitionsKey = dialect === "2019-09" || dialect === "2020-12" ? "$defs" : "definitions";
    const shared = (members: readonly CaseGroup[], what: string, spellings: IntegerSpellings) => {
      if (members.length === 0) return;
      const named = members.map((group, index) => ({ group, definition: `Case${index}` }));
      // The dialect is the document's: a group's own `$schema` (the suite repeats it) says the same.
      const definitions = Object.fromEntries(named.map(({ group, definition }) => [definition, withoutKey(group.schema, "$schema")]));
      documents.push({ label: `${folder} (${members.length} groups${what}, one document)`, document: { $schema: metaSchema, [definitionsKey]: definitions }, groups: named, swift, integersAsWritten: spellings });
    };
    shared(plain, "", NO_INTEGER_SPELLINGS);
    shared(spelledAlike, " with integers a double does not hold", integersAsWritten);
    for (const group of alone) {
      const document = isJsonObject(group.schema) && !("$schema" in group.schema) ? { $schema: metaSchema, ...group.schema } : group.schema;
      documents.push({ label: `${group.file}#${group.pointer}`, document, groups: [{ group }], swift: false, integersAsWritten: group.integersAsWritten ?? NO_INTEGER_SPELLINGS });
    }
  }
  return documents;
}


/**
 * The `$schema` of a group's schema when it names another dialect than the folder it lies in (a suite
 * file may hold a group copied from another dialect's): read as its folder says, it would not be the
 * schema its tests were written for, and read as it says, not the folder's dialect.
 */
function otherDialectNamed(group: CaseGroup): string | undefined {
  if (!isJsonObject(group.schema) || typeof group.schema.$schema !== "string") return undefined;
  const named = group.schema.$schema;
  const folders = Object.values(CASE_DIALECTS).filter(({ dialect }) => dialect === group.dialect);
  return folders.some(({ metaSchema }) => withoutEmptyFragment(metaSchema) === withoutEmptyFragment(named)) ? undefined : named;
}

function withoutEmptyFragment(uri: string): string {
  return uri.endsWith("#") ? uri.slice(0, -1) : uri;
}

function withoutKey(schema: JsonValue, key: string): JsonValue {
  if (!isJsonObject(schema) || !(key in schema)) return schema;
  const { [key]: _dropped, ...rest } = schema;
  return rest;
}

/** Judges every test of `groups`; `repoRoot` is where the runtimes' harnesses live. */
export async function runCases(repoRoot: string, groups: readonly CaseGroup[], options: CaseRunOptions = {}): Promise<CaseRunResult> {
  const scratch = mkdtempSync(join(tmpdir(), "clone-conformance-cases-"));
  const failures: CaseFailure[] = [];
  const limitations = new Map<string, number>();
  const notJudged: { group: CaseGroup; reason: string }[] = [];
  const readByToolkit = new Map<ToolkitReading, { group: CaseGroup; test: CaseTest }[]>();
  const notCarried: { group: CaseGroup; test: CaseTest; number: string }[] = [];
  let cases = 0;
  let withoutSwift = 0;
  try {
    // A group whose schema its dialect's meta-schema refuses is left out before the groups share a
    // document: gen refuses such a schema (a `type: null`, an `items` list in 2020-12), and would
    // refuse the whole document with it.
    const judgeable = groups.filter((group) => {
      if (group.numberNotCarried !== undefined) {
        notJudged.push({ group, reason: `its schema holds a number no runtime sees as written: ${group.numberNotCarried} is read as the double ${JSON.stringify(Number(group.numberNotCarried))}` });
        return false;
      }
      const otherDialect = otherDialectNamed(group);
      if (otherDialect !== undefined) {
        notJudged.push({ group, reason: `its $schema names another dialect than its folder's: ${otherDialect}` });
        return false;
      }
      const refused = metaSchemaErrors(group.schema, group.dialect);
      if (refused !== undefined) notJudged.push({ group, reason: `its dialect's meta-schema refuses the schema: ${refused}` });
      return refused === undefined;
    });
    for (const [index, document] of caseDocuments(judgeable, options.swift !== false).entries()) {
      options.onDocument?.(document.label, document.groups.length);
      const path = join(scratch, `cases-${index}.json`);
      writeFileSync(path, withExactIntegers(JSON.stringify(document.document), document.integersAsWritten));
      let suite: Suite;
      try {
        suite = loadInputSuite(path, { name: "Cases" });
      } catch (error) {
        // The generator refused a valid schema: every test of the document fails, with its message.
        if (!(error instanceof CodegenError)) throw error;
        for (const { group } of document.groups) {
          for (const test of group.tests) failures.push({ group, test, findings: [], verdicts: {}, refused: `${error.reason} (at ${error.pointer || "/"})` });
          cases += group.tests.length;
        }
        continue;
      }
      let runtimes: StartedRuntimes;
      try {
        runtimes = await startRuntimes(repoRoot, suite, { swift: document.swift });
      } catch (error) {
        suite.dispose();
        throw error;
      }
      try {
        const models = new CaseModels();
        for (const { group, definition } of document.groups) {
          const remote = remoteReference(suite, definition);
          if (remote !== undefined) {
            notJudged.push({ group, reason: remote });
            continue;
          }
          const schema = schemaOf(suite, definition);
          const tests = group.tests.filter((test) => {
            if (test.numberNotCarried !== undefined) {
              notCarried.push({ group, test, number: test.numberNotCarried });
              return false;
            }
            const reading = (Object.keys(TOOLKIT_READINGS) as ToolkitReading[]).find((name) => TOOLKIT_READINGS[name].decides(models, schema, test.data));
            if (reading !== undefined) readByToolkit.set(reading, [...(readByToolkit.get(reading) ?? []), { group, test }]);
            return reading === undefined;
          });
          const generated = tests.map((test) => ({
            instance: test.data,
            expectation: expectationOf(group, test),
            ...(test.integersAsWritten !== undefined && { instanceText: withExactIntegers(JSON.stringify(test.data), test.integersAsWritten) }),
          }));
          const judged = await judgeAll(runtimes, schema, generated);
          judged.forEach((result, testIndex) => {
            cases += 1;
            if (!document.swift) withoutSwift += 1;
            for (const finding of result.findings) if (finding.limitation) limitations.set(finding.limitation, (limitations.get(finding.limitation) ?? 0) + 1);
            const broken = result.findings.filter((finding) => !finding.limitation);
            if (broken.length > 0) failures.push({ group, test: tests[testIndex]!, findings: broken, verdicts: result.verdicts });
          });
        }
      } finally {
        await runtimes.close();
        suite.dispose();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { cases, failures, limitations, notJudged, readByToolkit, notCarried, withoutSwift, swiftSwitchedOff: options.swift === false };
}

function expectationOf(group: CaseGroup, test: CaseTest): Expectation {
  const statedIn = `${group.file}#${test.pointer}`;
  return test.valid ? { valid: true, statedIn } : { valid: false, statedIn };
}

/** The schema a group is judged by: its definition, or the document's root. */
function schemaOf(suite: Suite, definition: string | undefined): SchemaUnderTest {
  const schema = definition === undefined ? suite.schemas.find((candidate) => candidate.fragment === "#") ?? suite.schemas.find((candidate) => candidate.topLevel) : suite.schemas.find((candidate) => candidate.name === definition);
  if (!schema) throw new Error(`no schema under test for ${definition ?? "the document's root"}`);
  return schema;
}

/** Why a group cannot be judged when it refers to a document that is not here (the model's remote-ref fallback). */
function remoteReference(suite: Suite, definition: string | undefined): string | undefined {
  const { model } = suite.families[0]!;
  const prefix = definition === undefined ? "" : `/${model.source.definitionsKey}/${definition}`;
  const remote = model.fallbacks.find((fallback) => fallback.kind === "remote-ref" && (fallback.pointer === prefix || fallback.pointer.startsWith(`${prefix}/`)));
  return remote && `refers to a document that is not here, which is never fetched (${remote.reason})`;
}
