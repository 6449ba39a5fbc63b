// Which case of each union the Swift decoder must choose in a valid instance, and whether it did. A
// valid instance decoded into the wrong case of a union often re-encodes unchanged (JSON Feed's item:
// a value with both `html` and `text` went into "html alone", whose struct keeps the other key as an
// extra), so only the case itself shows it. The Swift harness reports the case it decoded at each
// place (apps/macos/Sources/CloneConformanceHarness/UnionCases.swift); the model's rule says which
// variant the value belongs to there (selectVariant), read as the Swift decoder tells a variant (no
// bounds, patterns, formats or `not`: what it cannot tell apart it need not; but a closed object's
// undeclared key, which it would drop, and a value its variant's type knows only as unknown), and the
// Swift target names each variant's case (swiftCaseLabels).
import { ModelValidator, swiftCaseLabels, type SchemaModel, type UnionType, type UnionVariant } from "@clone/codegen";
import { pointerOf, type JsonValue, type PathToken } from "./json.ts";
import { PositionWalker } from "./mutations/positions.ts";
import { perModel } from "./perModel.ts";
import { LIMITATIONS, type KnownLimitation } from "./limitations.ts";
import { KEY_NORMAL_FORMS, MERGE_SURVIVORS, withKeysInNormalForm, type Finding } from "./rules.ts";

/** The case labels a runtime's value holds at one place of the JSON, outermost union first (a union whose variant is a union, at the same place). */
export interface CasePlace {
  readonly at: readonly PathToken[];
  readonly cases: readonly string[];
}

/**
 * One union-typed place of an instance: for each union there, outermost first, the variant the model's
 * rule picks and its Swift case, and the cases it picks read as Swift's known limitations read it
 * (`byLimitation`, where they differ) and with its equivalent keys merged (`mergedLabels`).
 */
export interface ExpectedCases {
  readonly at: readonly PathToken[];
  readonly picks: readonly { readonly union: string; readonly variant: string; readonly label: string; readonly byLimitation?: readonly LimitationCase[]; readonly mergedLabels?: readonly string[] }[];
}

/** The model read as the Swift decoder tells a value's variant, walking instances by it. */
const decoderWalker = perModel((model) => new PositionWalker(model, undefined, new ModelValidator(model, { decoderOnly: true, asMatchVariant: true })));

/** The case the model picks read as a known limitation of Swift reads it, where that differs from its own pick. */
export interface LimitationCase {
  readonly limitation: KnownLimitation;
  readonly label: string;
}

/**
 * The same, read as each known limitation of Swift that is a reading of the model with options
 * (limitations.ts readingWith) reads it: a schema that names no type as its keywords' type (a variant
 * such as `{items: {}, contains: …}` is a Swift case of arrays, which no number decodes into, so Swift
 * puts a number it lets through into a later variant: fuzz AD, seed 64001 OpenAPI 3.1 index 0, D3), an
 * integer as the 64 bits Swift holds it in (1.5e300 is no Int, so not the case of `type: integer`).
 */
const limitationWalkers = perModel((model) =>
  LIMITATIONS.flatMap(([limitation, { runtimes, evidence }]) =>
    runtimes.includes("swift") && evidence.kind === "reading" && evidence.readOptions !== undefined && evidence.appliesTo(model)
      ? [{ limitation, walker: new PositionWalker(model, undefined, new ModelValidator(model, { ...evidence.readOptions, decoderOnly: true, asMatchVariant: true })) }]
      : [],
  ),
);

/** Each union's Swift case labels, by variant (made once per union). */
const caseLabels = perModel((model) => {
  const byUnion = new Map<UnionType, readonly string[]>();
  return (union: UnionType) => {
    let labels = byUnion.get(union);
    if (labels === undefined) byUnion.set(union, (labels = swiftCaseLabels(union, model)));
    return labels;
  };
});

/** Every union-typed place of `instance`, a valid value of the named type, with the cases Swift's decoder must choose there. */
export function expectedSwiftCases(model: SchemaModel, typeName: string, instance: JsonValue): ExpectedCases[] {
  const places = picksAt(model, typeName, instance);
  // Where the instance holds canonically equivalent keys, the cases of the value Swift's String reads
  // (its keys merged in a normal form, one spelling's value kept): the known limitation
  // swift-merges-equivalent-keys. An undeclared U+0065 U+0301 beside a declared U+00E9 of a variant
  // that takes no value there sent Swift to a later case (fuzz AD, seed 64001 OpenAPI 3.1 index 0, D3).
  const merged = KEY_NORMAL_FORMS.flatMap((form) =>
    MERGE_SURVIVORS.flatMap((survivor) => {
      const read = withKeysInNormalForm(instance, form, survivor);
      return read === undefined ? [] : [{ form, places: new Map(picksAt(model, typeName, read).map((place) => [JSON.stringify(place.at), place.picks])) }];
    }),
  );
  if (merged.length === 0) return places;
  return places.map(({ at, picks }) => ({
    at,
    picks: picks.map((pick, index) => {
      // Its case as the model picks it there, or as a typed target reads a schema that names no type.
      const labels = merged.flatMap(({ form, places: byPlace }) => {
        const there = byPlace.get(JSON.stringify(at.map((token) => (typeof token === "string" ? token.normalize(form) : token))))?.[index];
        return there === undefined ? [] : [there.label, ...(there.byLimitation ?? []).map(({ label }) => label)];
      });
      return labels.length === 0 ? pick : { ...pick, mergedLabels: [...new Set(labels)] };
    }),
  }));
}

function picksAt(model: SchemaModel, typeName: string, instance: JsonValue): ExpectedCases[] {
  const walker = decoderWalker(model);
  const readings = limitationWalkers(model);
  const labelsOf = caseLabels(model);
  return walker.positions({ kind: "named", name: typeName }, instance).flatMap((position) => {
    const picks: ExpectedCases["picks"][number][] = [];
    for (const union of position.unions ?? []) {
      // The model's rule (selectVariant), with the validator the walker reads the model by.
      const variant = walker.variantOf(union, position.value);
      if (variant === undefined) break;
      const labelOf = (picked: UnionVariant) => labelsOf(union)[(union.variants as readonly UnionVariant[]).indexOf(picked)]!;
      const byLimitation = readings.flatMap(({ limitation, walker: reading }) => {
        const read = reading.variantOf(union, position.value);
        return read === undefined || read === variant ? [] : [{ limitation, label: labelOf(read) }];
      });
      picks.push({ union: union.name, variant: variant.name, label: labelOf(variant), ...(byLimitation.length > 0 ? { byLimitation } : {}) });
    }
    return picks.length === 0 ? [] : [{ at: position.path, picks }];
  });
}

/**
 * Swift's disagreement with the expected cases, if any: the first place where the case it reports
 * (`reported`, its answer) is not the one the model's rule picks, or where it reports none. Cases it
 * reports at places the model has no union (a string enum, a union the value left no variant of) are
 * not the model's to judge.
 */
export function swiftCaseFindings(expected: readonly ExpectedCases[], reported: readonly CasePlace[] | undefined): Finding[] {
  const byPlace = new Map((reported ?? []).map((place) => [JSON.stringify(place.at), place.cases]));
  for (const { at, picks } of expected) {
    const cases = byPlace.get(JSON.stringify(at)) ?? [];
    const wrong = picks.findIndex((pick, i) => cases[i] !== pick.label);
    if (wrong < 0) continue;
    const pick = picks[wrong]!;
    const chose = cases[wrong] === undefined ? "no case" : `case ${cases[wrong]}`;
    const place = at.length === 0 ? "the value" : `the value at ${pointerOf(at)}`;
    const reason = `decoded ${place} into ${chose} of ${pick.union}; the model's rule picks variant ${pick.variant} (case ${pick.label})`;
    // The case the model picks read as a known limitation of Swift reads it: that limitation.
    if (pick.mergedLabels?.includes(cases[wrong]!) === true) return [{ column: "swift", reason: `${reason}, and case ${cases[wrong]} read with its equivalent keys merged`, limitation: "swift-merges-equivalent-keys" }];
    const known = pick.byLimitation?.find(({ label }) => label === cases[wrong]);
    if (known !== undefined) return [{ column: "swift", reason: `${reason}, and case ${known.label} read as ${known.limitation} reads it`, limitation: known.limitation }];
    return [{ column: "swift", reason }];
  }
  return [];
}
