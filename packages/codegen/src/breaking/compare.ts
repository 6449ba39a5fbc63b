// Breaking-change detection, end to end: two JSON Schema documents → two normalized models → the
// model diff (diff.ts) → a witness searched for every direction a change may separate the versions in
// (witness.ts) → findings with levels for the role compared, and the targets each breaks (targets.ts).
import type { Violation } from "@clone/conformance";
import type { JsonValue } from "../json/types.ts";
import { buildModel } from "../model/buildModel.ts";
import { placeInFile } from "../model/schemaModel.ts";
import type { Pointer, SchemaModel, SourceDocument } from "../model/types.ts";
import type { Change, Version } from "./changes.ts";
import { diffModels } from "./diff.ts";
import { breaksRole, ruleById, roleBrokenBy, RULES, type Direction, type Level, type Role, type RuleId } from "./rules.ts";
import { formatPath } from "./steps.ts";
import { targetEffects, targetNames, type TargetEffect } from "./targets.ts";
import { DocumentValidators } from "./validators.ts";
import { DEFAULT_BUDGET, WitnessSearch, type Budget, type Witness } from "./witness.ts";

export interface Finding {
  readonly rule: RuleId;
  readonly level: Level;
  /** `proven`: a witness separates the versions; `unproven`: none was found within the budget; `declaration`: no value is involved. */
  readonly status: "proven" | "unproven" | "declaration";
  readonly definition: string;
  /** Where in a value of the definition, e.g. `CloneEvent › <"app.focused"> › window_title`. */
  readonly location: string;
  /** Places in each version's document as read (the model's pointers). */
  readonly pointers: { readonly old?: Pointer; readonly new?: Pointer };
  /**
   * The same places as each version's file writes them (placeInFile, as gen's warnings name theirs):
   * what the report shows, whatever reading moved them (a `nullable` property's rules, an OpenAPI
   * `example`, a draft-03 `extends`, a definition under `/components/schemas`, a bundled file's schema).
   */
  readonly placesInFile: { readonly old?: PlaceInFile; readonly new?: PlaceInFile };
  /** The definition's schema in each version: what the witness is an instance of, and AJV judges it by. */
  readonly definitionPointers: { readonly old?: Pointer; readonly new?: Pointer };
  readonly message: string;
  /** For a value finding: which version accepts the separating value, and the role that breaks. */
  readonly direction?: Direction;
  readonly breaks?: "producer" | "consumer";
  readonly violation?: Violation;
  readonly witness?: Witness;
  /** Why no witness was found. */
  readonly unproven?: string;
  readonly targets: readonly TargetEffect[];
  /** For a declaration: what users of the generated code see. */
  readonly effect?: string;
}

/** A place as a version's file writes it: `location` where another file (one the bundle brought in) holds it. */
export type PlaceInFile = ReturnType<typeof placeInFile>;

/** One version as the report names it. */
export interface ReportedVersion {
  readonly location: string;
  /** The dialect the file declares (`draft-03` for one read as the draft-04 it means). */
  readonly dialect: string;
  readonly definitions: number;
}

export interface BreakingReport {
  readonly old: ReportedVersion;
  readonly new: ReportedVersion;
  readonly role: Role;
  readonly findings: readonly Finding[];
  readonly summary: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
    readonly witnesses: number;
    readonly unproven: number;
    /** Distinct rules among the findings. */
    readonly rules: number;
  };
}

export interface CompareOptions {
  readonly role?: Role;
  readonly budget?: Budget;
  readonly seed?: number;
  /** The targets whose consumers matter (default: every target). */
  readonly targets?: readonly string[];
  /** Model names (default: "Old" and "New"); they prefix inline type names, which reports never show. */
  readonly names?: { readonly old?: string; readonly new?: string };
}

export function compareDocuments(old: SourceDocument, current: SourceDocument, options: CompareOptions = {}): BreakingReport {
  const oldModel = buildModel(old, { name: options.names?.old ?? "Schema" });
  const newModel = buildModel(current, { name: options.names?.new ?? "Schema" });
  return compareModels(oldModel, newModel, options);
}

export function compareModels(oldModel: SchemaModel, newModel: SchemaModel, options: CompareOptions = {}): BreakingReport {
  const role = options.role ?? "both";
  const names = targetNames(options.targets);
  const changes = diffModels(oldModel, newModel);
  const search = new WitnessSearch(
    { old: { model: oldModel, validators: new DocumentValidators(oldModel.source) }, new: { model: newModel, validators: new DocumentValidators(newModel.source) } },
    options.budget ?? DEFAULT_BUDGET,
    options.seed ?? 1,
  );
  const findings = sortFindings(changes.flatMap((change) => findingsOf(change, { old: oldModel, new: newModel }, search, role, names)));
  const describe = ({ source, types }: SchemaModel): ReportedVersion => ({
    location: source.location,
    dialect: source.readFromDraft03 === undefined ? source.dialect : "draft-03",
    definitions: types.filter((type) => type.definitionName !== undefined).length,
  });
  return {
    old: describe(oldModel),
    new: describe(newModel),
    role,
    findings,
    summary: summarize(findings),
  };
}

function findingsOf(change: Change, models: Readonly<Record<Version, SchemaModel>>, search: WitnessSearch, role: Role, targets: readonly string[]): Finding[] {
  const rule = ruleById(change.rule);
  const inFile = (version: Version) => {
    const pointer = change.pointers[version];
    return pointer === undefined ? {} : { [version]: placeInFile(models[version].source, pointer) };
  };
  const common = {
    rule: change.rule,
    definition: change.definition.label,
    location: formatPath(change.definition.label, change.path),
    pointers: change.pointers,
    placesInFile: { ...inFile("old"), ...inFile("new") },
    definitionPointers: { old: change.definition.old?.pointer, new: change.definition.new?.pointer },
    message: change.message,
  };
  if (rule.nature === "declarations") {
    return [{ ...common, level: rule.level, status: "declaration", targets: [], effect: rule.effect }];
  }
  return change.separations.map((separation): Finding => {
    const result = search.find(change, separation);
    const proven = "witness" in result;
    const rejecting: Version = separation.direction === "new-accepts" ? "old" : "new";
    return {
      ...common,
      level: levelFor(rule.level, separation.direction, proven, role),
      status: proven ? "proven" : "unproven",
      direction: separation.direction,
      breaks: roleBrokenBy(separation.direction),
      violation: separation.violation,
      ...(proven ? { witness: result.witness } : { unproven: result.unproven }),
      targets: targetEffects(separation.violation, rejecting, targets),
    };
  });
}

/** A finding the role does not care about is information; one without a witness is never reported as breaking. */
function levelFor(ruleLevel: Level, direction: Direction, proven: boolean, role: Role): Level {
  if (!breaksRole(direction, role)) return "info";
  return proven ? ruleLevel : "warning";
}

/** The same findings as they stand for another role (the witnesses do not depend on the role). */
export function reportForRole(report: BreakingReport, role: Role): BreakingReport {
  const findings = sortFindings(
    report.findings.map((finding) => (finding.direction === undefined ? finding : { ...finding, level: levelFor(ruleById(finding.rule).level, finding.direction, finding.status === "proven", role) })),
  );
  return { ...report, role, findings, summary: summarize(findings) };
}

function summarize(findings: readonly Finding[]): BreakingReport["summary"] {
  const count = (level: Level) => findings.filter((finding) => finding.level === level).length;
  return {
    error: count("error"),
    warning: count("warning"),
    info: count("info"),
    witnesses: findings.filter((finding) => finding.witness !== undefined).length,
    unproven: findings.filter((finding) => finding.status === "unproven").length,
    rules: new Set(findings.map((finding) => finding.rule)).size,
  };
}

const LEVEL_ORDER: Readonly<Record<Level, number>> = { error: 0, warning: 1, info: 2 };
const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Most severe first, then by definition and place, then by rule: reports read the same on every run. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.finding.level] - LEVEL_ORDER[b.finding.level] ||
        compare(a.finding.definition, b.finding.definition) ||
        a.index - b.index ||
        RULE_ORDER.get(a.finding.rule)! - RULE_ORDER.get(b.finding.rule)!,
    )
    .map(({ finding }) => finding);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { JsonValue };
