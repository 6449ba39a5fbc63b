// The rules of issue 5: what each runtime must answer for a valid or an invalid instance. A broken
// rule is a disagreement, charged to the column (validator) that broke it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isJsonObject, jsonEqual, setOwnKey, type JsonValue } from "./json.ts";
import type { Violation } from "./mutations/index.ts";
import { KNOWN_LIMITATIONS, LIMITATIONS, type KnownLimitation, type ReadDocument } from "./limitations.ts";
import type { Verdict } from "./runners/types.ts";
import { swiftCaseFindings, type ExpectedCases } from "./unionCases.ts";

/** The validators, in table order. Swift is last: it decodes types and is held to the lenient rule. */
export const COLUMNS = ["ajv", "jsonschema", "fastjsonschema", "drf", "swift"] as const;
export type Column = (typeof COLUMNS)[number];

/** Where the one statement of what Swift may accept lives; the XCTest suite reads the same file. */
export const SWIFT_MAY_ACCEPT_FILE = fileURLToPath(new URL("../swift-may-accept.json", import.meta.url));

/**
 * Swift models types, not constraints: the violations it may accept (a bound, a pattern, a format, an
 * `if`/`then`/`else` assertion, an unknown key, tag or enum value, validation-only rules it carries as
 * documentation), each with why, in swift-may-accept.json. Anything else it accepts is a
 * disagreement; above all it must reject a missing required key, a wrong JSON type and a key a
 * `requiredWhen` rule requires (the generated decoder checks those).
 */
export const SWIFT_MAY_ACCEPT: ReadonlySet<Violation> = new Set(
  Object.keys((JSON.parse(readFileSync(SWIFT_MAY_ACCEPT_FILE, "utf8")) as { mayAccept: Record<string, string> }).mayAccept) as Violation[],
);

/** The codegen target whose output each column runs: the JSON Schema document, the DRF serializers, the Swift models. */
export const COLUMN_TARGETS: Readonly<Record<Column, string>> = {
  ajv: "json-schema",
  jsonschema: "json-schema",
  fastjsonschema: "json-schema",
  drf: "python-drf",
  swift: "swift",
};

/**
 * Whether `column` may accept an instance whose only fault is `violation`: the lenient rule above for
 * Swift; every other column is a strict validator. Breaking-change detection reads the same answer to
 * say which targets a change breaks.
 */
export function mayAccept(column: Column, violation: Violation | undefined): boolean {
  return column === "swift" && violation !== undefined && SWIFT_MAY_ACCEPT.has(violation);
}

export { KNOWN_LIMITATIONS, type KnownLimitation } from "./limitations.ts";

export type Expectation =
  /** Valid by the model's word (generated), or by a case file's (`statedIn`). */
  | { readonly valid: true; readonly statedIn?: string }
  /** Made invalid by a mutation, which says the one rule it breaks. */
  | { readonly valid: false; readonly violation: Violation; readonly mutation: string }
  /** Invalid by a case file's word (caseFiles.ts), which does not say which rule it breaks. */
  | { readonly valid: false; readonly statedIn: string };

/** The rule an invalid instance breaks, when its expectation says. */
function violationOf(expectation: Expectation): Violation | undefined {
  return !expectation.valid && "violation" in expectation ? expectation.violation : undefined;
}

/** The expectation in words, for a report. */
export function describeExpectation(expectation: Expectation): string {
  return expectation.valid ? "valid" : `invalid ${whyInvalid(expectation)}`;
}

function whyInvalid(expectation: Exclude<Expectation, { valid: true }>): string {
  return "violation" in expectation ? `(${expectation.violation}, by ${expectation.mutation})` : `(as ${expectation.statedIn} states)`;
}

export interface Finding {
  readonly column: Column;
  readonly reason: string;
  /** Set when the finding is a known limitation: counted apart, not a disagreement. */
  readonly limitation?: KnownLimitation;
}

/** What AJV and DRF say about Swift's re-encoding of a valid instance. */
export interface ReencodingVerdicts {
  readonly ajv: Verdict;
  readonly drf: Verdict;
}

/**
 * Which value of several canonically equivalent keys Swift's decoder keeps: a keyed container finds a
 * declared property's key by scanning the object, so the first; a dictionary (an object's undeclared
 * keys, JSONValue) stores each in turn, so the last.
 */
export const MERGE_SURVIVORS = ["first", "last"] as const;
export type MergeSurvivor = (typeof MERGE_SURVIVORS)[number];

/**
 * The Unicode normal forms a key may be read in by Swift, whose String compares by canonical
 * equivalence: an undeclared U+0065 U+0301 is read as a declared U+00E9 (NFC), and an undeclared
 * U+00E9 as a declared U+0065 U+0301 (NFD).
 */
export const KEY_NORMAL_FORMS = ["NFC", "NFD"] as const;
export type KeyNormalForm = (typeof KEY_NORMAL_FORMS)[number];

/**
 * `value` with every object key in the normal form `form`, as Swift's String compares keys (equivalent
 * keys of one object merged, the `survivor`'s value kept); undefined when every key already is.
 */
export function withKeysInNormalForm(value: JsonValue, form: KeyNormalForm = "NFC", survivor: MergeSurvivor = "last"): JsonValue | undefined {
  let changed = false;
  const walk = (item: JsonValue): JsonValue => {
    if (Array.isArray(item)) return item.map(walk);
    if (!isJsonObject(item)) return item;
    const out: Record<string, JsonValue> = {};
    for (const [key, child] of Object.entries(item)) {
      const spelled = key.normalize(form);
      if (spelled !== key) changed = true;
      if (survivor === "first" && Object.hasOwn(out, spelled)) continue;
      setOwnKey(out, spelled, walk(child));
    }
    return out;
  };
  const normalized = walk(value);
  return changed ? normalized : undefined;
}

/** Per known limitation told by a reading (limitations.ts): the model's verdict as its runtime reads the schema, for each column it was asked for. */
export type LimitationReadings = Readonly<Partial<Record<KnownLimitation, Readonly<Partial<Record<Column, boolean>>>>>>;

/**
 * Per column, where no one known limitation's reading gives its runtime's verdict: two of the runtime's
 * limitations read at once (`limitation`'s reading with `beneath`'s options, limitations.ts) that give it.
 */
export type ReadingsTogether = Readonly<Partial<Record<Column, { readonly limitation: KnownLimitation; readonly beneath: KnownLimitation; readonly valid: boolean }>>>;

/**
 * How the runtimes' own readings of the schema judge the instance: the model read as each reads it,
 * so that a verdict one of them explains is counted as that runtime's known limitation (and only then).
 */
export interface Readings {
  /** AJV's and DRF's verdicts on Swift's re-encoding of the instance. */
  readonly reencoding?: ReencodingVerdicts;
  /**
   * Where Swift refused a valid instance with keys not in NFC or not in NFD: AJV's verdicts on it with
   * every key in that form (withKeysInNormalForm), one for each value the merge may keep (MERGE_SURVIVORS).
   */
  readonly ajvWithKeysInNormalForm?: readonly Verdict[];
  /** The same instances' verdicts by the model read as each known limitation of Swift that is a reading reads it (run.ts swiftReadingVerdicts). */
  readonly swiftReadingsWithKeysInNormalForm?: readonly boolean[];
  /** Each known limitation's reading (limitations.ts), where its runtime contradicts the expectation in a document it applies to. */
  readonly limitations?: LimitationReadings;
  /** Two known limitations' readings at once, where no one of them gives the runtime's verdict (run.ts limitationReadings). */
  readonly together?: ReadingsTogether;
  /** The instance as written, or its schema, holds an integer a double does not hold (AJV reads doubles; "ajv-reads-numbers-as-doubles"). */
  readonly numbersBeyondDoubles?: boolean;
  /** The model's verdict read as the Swift decoder checks it, none of swift-may-accept.json's rules checked. */
  readonly decoderOnly?: boolean;
  /** Where Swift accepted a valid instance: the case its decoder must choose at each union-typed place (unionCases.ts). */
  readonly swiftCases?: readonly ExpectedCases[];
  /**
   * The model's own verdict. A reading explains a runtime only where the model gives the expectation:
   * where an expectation comes from elsewhere (a case file) and the model is wrong, every reading of
   * it is wrong alike, and explains nothing. Undefined: the expectation is the model's.
   */
  readonly model?: boolean;
  /** The document the runtimes read, for the limitations of some construct of it that leave no verdict. */
  readonly read?: ReadDocument;
}

export function findings(
  expectation: Expectation,
  instance: JsonValue,
  verdicts: Readonly<Partial<Record<Column, Verdict>>>,
  { reencoding, ajvWithKeysInNormalForm, swiftReadingsWithKeysInNormalForm, limitations: limitationReadings, together: readingsTogether, decoderOnly: decoderReading, swiftCases, model, numbersBeyondDoubles = false, read }: Readings = {},
): Finding[] {
  const out: Finding[] = [];
  // The model reads numbers as doubles: where the instance or schema holds an integer a double does
  // not, its verdict may differ from an exact expectation without being wrong in any other way.
  const readable = model === undefined || model === expectation.valid || numbersBeyondDoubles;
  const readings = readable ? limitationReadings : undefined;
  const together = readable ? readingsTogether : undefined;
  const decoderOnly = readable ? decoderReading : undefined;
  for (const column of COLUMNS) {
    const verdict = verdicts[column];
    if (!verdict || verdict.unsupported) continue;
    const known = knownLimitationFinding(column, verdict, expectation, readings, numbersBeyondDoubles, read) ?? knownLimitationsTogether(column, verdict, expectation, together);
    if (known) {
      out.push(known);
      continue;
    }
    // A runtime that threw gave no verdict, whatever the expectation: its "invalid" is no refusal.
    if (verdict.threw !== undefined) {
      out.push({ column, reason: `gave no verdict: threw: ${verdict.threw}` });
      continue;
    }
    const refusedMerged = ajvWithKeysInNormalForm?.some((merged) => !merged.valid) || swiftReadingsWithKeysInNormalForm?.some((valid) => !valid);
    if (expectation.valid && column === "swift" && !verdict.valid && refusedMerged) {
      out.push({ column, reason: "rejected what its decoder made of it by merging canonically equivalent keys, an invalid value", limitation: "swift-merges-equivalent-keys" });
      continue;
    }
    if (expectation.valid) {
      if (!verdict.valid) out.push({ column, reason: `rejected a valid instance${verdict.detail ? `: ${verdict.detail}` : ""}` });
      else if (verdict.unchanged === false) out.push({ column, reason: "validated data differs from the input (coerced or defaulted)" });
      else if (column === "swift") {
        const reencoded = swiftReencodingFindings(instance, verdict, reencoding, verdicts.ajv);
        // A value that comes back otherwise is already a finding; one that comes back unchanged may still have gone into the wrong case.
        out.push(...reencoded, ...(reencoded.length === 0 && readable && swiftCases ? swiftCaseFindings(swiftCases, verdict.cases) : []));
      }
    } else if (verdict.valid && !mayAccept(column, violationOf(expectation)) && !(column === "swift" && decoderOnly === true)) {
      // Swift may accept what breaks only rules swift-may-accept.json lists, wherever the instance breaks
      // them: a constant changed in one union variant may leave a value another variant's enum takes as
      // unknown. Where the rule broken is not said (a case file), the model read as its decoder decides.
      if (column === "swift" && mergedIntoValid(instance, verdict, reencoding)) {
        out.push({ column, reason: "accepted what its decoder made of it by merging canonically equivalent keys, a valid value", limitation: "swift-merges-equivalent-keys" });
        continue;
      }
      out.push({ column, reason: `accepted an invalid instance ${whyInvalid(expectation)}` });
    }
  }
  return out;
}

/**
 * The first known limitation (in registry order) of `column`'s runtime that explains its verdict: a
 * verdict it could not give, or one that contradicts the expectation where the expectation or the
 * limitation's reading accounts for it. The Swift re-encoding limitation is told apart below, from
 * what Swift's decoder made of the instance.
 */
function knownLimitationFinding(
  column: Column,
  verdict: Verdict,
  expectation: Expectation,
  readings: LimitationReadings | undefined,
  numbersBeyondDoubles: boolean,
  read: ReadDocument | undefined,
): Finding | undefined {
  // Those of a runtime that gave no verdict come first in the registry.
  const noVerdict = noVerdictLimitation(column, verdict, read);
  if (noVerdict !== undefined) return { column, reason: `gave no verdict: ${verdict.detail ?? noVerdict.refusal}`, limitation: noVerdict.limitation };
  const contradicts = verdict.valid !== expectation.valid;
  const said = verdict.valid ? "accepted" : "rejected";
  for (const [limitation, { runtimes, evidence }] of LIMITATIONS) {
    if (!runtimes.includes(column) || evidence.kind === "no verdict") continue;
    if (evidence.kind === "swift re-encoding" || !contradicts) continue;
    if (evidence.kind === "numbers beyond doubles") {
      if (numbersBeyondDoubles) return { column, reason: `${said} ${evidence.verdictReason}`, limitation };
      continue;
    }
    if (evidence.kind === "reason") {
      const reasons = verdict.detail?.split("; ") ?? [];
      if (!verdict.valid && reasons.length > 0 && reasons.every((reason) => evidence.fingerprint.test(reason))) return { column, reason: `${said} ${evidence.verdictReason}`, limitation };
      continue;
    }
    if (evidence.explains === "acceptance" && !verdict.valid) continue;
    const explained = evidence.kind === "expectation" ? evidence.applies(expectation) : readings?.[limitation]?.[column] === verdict.valid;
    if (explained) return { column, reason: `${said} ${evidence.verdictReason}`, limitation };
  }
  return undefined;
}

/**
 * Two known limitations of `column`'s runtime read at once that explain its verdict where neither
 * alone does: fastjsonschema ignores the keywords beside a draft-07 `$ref` and checks a format on
 * strings only, so 1.5 passes `allOf: [{$ref: <numbers of format int64>, type: [object, null]}]` to it,
 * which neither reading alone took (found by fuzz AF, seed 66024 draft-04, D1: 21 of 400 instances). The
 * finding is charged to the first, its reason naming both.
 */
function knownLimitationsTogether(column: Column, verdict: Verdict, expectation: Expectation, together: ReadingsTogether | undefined): Finding | undefined {
  const pair = together?.[column];
  if (pair === undefined || verdict.valid === expectation.valid || pair.valid !== verdict.valid) return undefined;
  const readings = [pair.limitation, pair.beneath].flatMap((name) => (KNOWN_LIMITATIONS[name].evidence.kind === "reading" ? [KNOWN_LIMITATIONS[name].evidence] : []));
  if (!verdict.valid && readings.some((evidence) => evidence.explains === "acceptance")) return undefined;
  const said = verdict.valid ? "accepted" : "rejected";
  return { column, reason: `${said} ${readings.map((evidence) => evidence.verdictReason).join(", and ")}`, limitation: pair.limitation };
}

/**
 * The known limitation that names `column`'s giving no verdict on an instance of `read` (a throw, a
 * refusal of the schema), with its reason: the rule findings applies, and a judge with no expectation
 * to hold the runtime to asks (AJV alone on an example beside a schema of no type).
 */
export function noVerdictLimitation(column: Column, verdict: Verdict, read: ReadDocument | undefined): { readonly limitation: KnownLimitation; readonly refusal: string } | undefined {
  for (const [limitation, { runtimes, evidence }] of LIMITATIONS) {
    const refusal = runtimes.includes(column) && evidence.kind === "no verdict" ? evidence.refusal(verdict, read) : undefined;
    if (refusal !== undefined) return { limitation, refusal };
  }
  return undefined;
}

/**
 * Whether Swift's acceptance of an invalid instance is its decoder merging canonically equivalent
 * keys: it re-encoded the instance with such keys merged (one value left), and AJV finds that valid
 * (the violation was in a value the merge dropped).
 */
function mergedIntoValid(instance: JsonValue, verdict: Verdict, reencoding: ReencodingVerdicts | undefined): boolean {
  if (verdict.reencoded === undefined || jsonEqual(verdict.reencoded, instance)) return false;
  return equalMergingEquivalentKeys(instance, verdict.reencoded) && reencoding?.ajv.valid === true;
}

function swiftReencodingFindings(instance: JsonValue, verdict: Verdict, reencoding: ReencodingVerdicts | undefined, ajvOnInput: Verdict | undefined): Finding[] {
  const out: Finding[] = [];
  const unchanged = jsonEqual(verdict.reencoded, instance);
  if (!unchanged) {
    const reason = `re-encoding differs from the input: ${JSON.stringify(verdict.reencoded)}`;
    if (!equalMergingEquivalentKeys(instance, verdict.reencoded)) return [{ column: "swift", reason }];
    out.push({ column: "swift", reason, limitation: "swift-merges-equivalent-keys" });
  }
  // Where AJV rejected the valid input itself, its verdict on the re-encoding (the input, or the
  // input with equivalent keys merged) says nothing of Swift: AJV's fault is judged in its own column
  // (a disagreement, or a known limitation of AJV), and DRF still judges the re-encoding.
  const ajvRejectedTheInput = ajvOnInput !== undefined && !ajvOnInput.unsupported && !ajvOnInput.valid;
  // A re-encoding that is the input with equivalent keys merged (the only change, told above) is
  // judged otherwise for that merge alone: an undeclared U+00E9's value now under a declared U+0065
  // U+0301, or one of two equivalent keys' values gone. That refusal is the same limitation's.
  const merged = unchanged ? {} : { limitation: "swift-merges-equivalent-keys" as const };
  if (reencoding && !reencoding.ajv.valid && !ajvRejectedTheInput) out.push({ column: "swift", reason: `AJV rejects the re-encoding: ${reencoding.ajv.detail ?? ""}`, ...merged });
  // DRF's refusal of a value its pattern cannot run (an unreadable pattern) says nothing of Swift either.
  else if (reencoding && !reencoding.drf.unsupported && !reencoding.drf.valid && reencoding.drf.unreadablePattern === undefined) out.push({ column: "swift", reason: "DRF rejects the re-encoding", ...merged });
  return out;
}

/**
 * `output` is `input` with every set of canonically equivalent keys of an object (same NFC form)
 * merged into one of them, holding that key's value: what Swift's decoder does, and nothing more.
 */
export function equalMergingEquivalentKeys(input: unknown, output: unknown): boolean {
  if (Array.isArray(input)) {
    return Array.isArray(output) && input.length === output.length && input.every((item, i) => equalMergingEquivalentKeys(item, output[i]));
  }
  if (!isJsonObject(input)) return jsonEqual(input, output);
  if (!isJsonObject(output)) return false;
  const spellings = new Map<string, string[]>();
  for (const key of Object.keys(input)) spellings.set(key.normalize("NFC"), [...(spellings.get(key.normalize("NFC")) ?? []), key]);
  const kept = Object.keys(output);
  return (
    kept.length === spellings.size &&
    kept.every((key) => spellings.get(key.normalize("NFC"))?.some((spelling) => equalMergingEquivalentKeys(input[spelling], output[key])) === true)
  );
}
