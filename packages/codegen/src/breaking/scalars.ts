// Places that hold scalars (strings, numbers, booleans), compared as sets of values: the values listed
// (enum values, constants) plus the open parts (a string type with its constraints, an open enum's
// other values). Each difference names its rule, what changed, and candidates for a witness.
import { formats } from "@clone/schema";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { typeNamed } from "../model/schemaModel.ts";
import type { NumberConstraints, NumberTypeRef, SchemaModel, StringTypeRef, TypeRef } from "../model/types.ts";
import { leafOf, type Leaf, type Separation } from "./changes.ts";
import type { RuleId } from "./rules.ts";
import { patternMatches, type Alternative, type JsonClass } from "./shapes.ts";

type OpenPart = StringTypeRef | NumberTypeRef;

interface ScalarSet {
  /** Listed values: enum values and constants. */
  readonly listed: readonly JsonValue[];
  /** Every listed value is a constant (no enum lists them): a value outside is a wrong constant, not an out-of-enum value. */
  readonly onlyConstants: boolean;
  readonly open: readonly OpenPart[];
}

export interface ScalarDifference {
  readonly rule: RuleId;
  readonly message: string;
  readonly separations: readonly Omit<Separation, "violation">[];
  /** Overrides the rule's violation (a constant's value is `wrong-const`, not `out-of-enum`). */
  readonly violation?: Separation["violation"];
}

function scalarSet(model: SchemaModel, jsonClass: JsonClass, alternatives: readonly Alternative[]): ScalarSet {
  const listed: JsonValue[] = [];
  const open: OpenPart[] = [];
  let onlyConstants = true;
  for (const { ref } of alternatives) {
    if (ref.kind === "literal") listed.push(ref.value);
    else if (ref.kind === "string" || ref.kind === "integer" || ref.kind === "number") open.push(ref);
    else if (ref.kind === "boolean") listed.push(true, false), (onlyConstants = false);
    else if (ref.kind === "unknown") {
      if (jsonClass === "string") open.push({ kind: "string", constraints: {} });
      else if (jsonClass === "number") open.push({ kind: "number", constraints: {} });
      else if (jsonClass === "boolean") listed.push(true, false), (onlyConstants = false);
    } else if (ref.kind === "named") {
      const type = typeNamed(model, ref.name);
      if (type.kind === "enum") {
        listed.push(...type.values);
        onlyConstants = false;
        if (type.otherValues) open.push(type.otherValues);
      }
    }
  }
  const unique = new Map(listed.map((value) => [stableKey(value), value]));
  return { listed: [...unique.values()], onlyConstants: onlyConstants && unique.size <= 1, open };
}

/** Whether a value of a listed set or open part accepts it (formats this module cannot check count as met). */
function setAccepts(set: ScalarSet, value: JsonValue): boolean {
  return set.listed.some((listed) => stableKey(listed) === stableKey(value)) || set.open.some((part) => partAccepts(part, value));
}

function partAccepts(part: OpenPart, value: JsonValue): boolean {
  if (part.kind === "string") {
    if (typeof value !== "string") return false;
    const c = part.constraints;
    const length = [...value].length;
    if (c.minLength !== undefined && length < c.minLength) return false;
    if (c.maxLength !== undefined && length > c.maxLength) return false;
    if (c.pattern !== undefined && !patternMatches(c.pattern, value)) return false;
    const check = c.format === undefined ? undefined : (formats as Record<string, (text: string) => boolean>)[c.format];
    return check === undefined || check(value);
  }
  if (typeof value !== "number") return false;
  if (part.kind === "integer" && !Number.isInteger(value)) return false;
  const c = part.constraints;
  if (c.minimum !== undefined && value < c.minimum) return false;
  if (c.maximum !== undefined && value > c.maximum) return false;
  if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) return false;
  if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) return false;
  return c.multipleOf === undefined || Number.isInteger(value / c.multipleOf);
}

const show = (value: JsonValue) => JSON.stringify(value);

/** The differences between the scalars of one JSON class two places accept. */
export function compareScalars(
  jsonClass: JsonClass,
  oldModel: SchemaModel,
  oldAlternatives: readonly Alternative[],
  newModel: SchemaModel,
  newAlternatives: readonly Alternative[],
): ScalarDifference[] {
  if (jsonClass === "null") return [];
  const before = scalarSet(oldModel, jsonClass, oldAlternatives);
  const after = scalarSet(newModel, jsonClass, newAlternatives);
  const out: ScalarDifference[] = [];
  const constantViolation = (set: ScalarSet) => (set.open.length === 0 && set.onlyConstants ? { violation: "wrong-const" as const } : {});
  for (const value of after.listed) {
    if (!setAccepts(before, value)) {
      out.push({ rule: "enum-value-added", message: `value ${show(value)} added`, separations: [{ direction: "new-accepts", leaf: leafOf.values(value) }], ...constantViolation(before) });
    }
  }
  for (const value of before.listed) {
    if (!setAccepts(after, value)) {
      out.push({ rule: "enum-value-removed", message: `value ${show(value)} removed`, separations: [{ direction: "old-accepts", leaf: leafOf.values(value) }], ...constantViolation(after) });
    }
  }
  if (before.open.length === 0 && after.open.length > 0) {
    out.push({
      rule: "enum-opened",
      message: `${describeListed(before)} now also accepts ${after.open.map(describePart).join(" or ")}`,
      separations: [{ direction: "new-accepts", leaf: leafOf.instances("new", ...after.open) }],
      ...constantViolation(before),
    });
  } else if (after.open.length === 0 && before.open.length > 0) {
    out.push({
      rule: "enum-closed",
      message: `${before.open.map(describePart).join(" or ")} now restricted to ${describeListed(after)}`,
      separations: [{ direction: "old-accepts", leaf: leafOf.instances("old", ...before.open) }],
      ...constantViolation(after),
    });
  } else if (before.open.length === 1 && after.open.length === 1) {
    out.push(...compareOpenParts(before.open[0]!, after.open[0]!));
  } else if (stableKey(before.open) !== stableKey(after.open)) {
    out.push({
      rule: "schema-changed",
      message: `${before.open.map(describePart).join(" or ")} → ${after.open.map(describePart).join(" or ")}`,
      separations: [
        { direction: "new-accepts", leaf: leafOf.instances("new", ...after.open) },
        { direction: "old-accepts", leaf: leafOf.instances("old", ...before.open) },
      ],
    });
  }
  return out;
}

function describeListed(set: ScalarSet): string {
  if (set.listed.length === 0) return "nothing";
  return set.listed.length === 1 ? `the constant ${show(set.listed[0]!)}` : `the values ${set.listed.map(show).join(", ")}`;
}

function describePart(part: OpenPart): string {
  const constraints = Object.entries(part.constraints).map(([key, value]) => `${key} ${show(value as JsonValue)}`);
  return constraints.length === 0 ? `any ${part.kind}` : `${part.kind} (${constraints.join(", ")})`;
}

function compareOpenParts(before: OpenPart, after: OpenPart): ScalarDifference[] {
  if (before.kind === "string" && after.kind === "string") return compareStrings(before, after);
  if (before.kind !== "string" && after.kind !== "string") return compareNumbers(before, after);
  throw new Error("compareOpenParts: parts of one JSON class are both strings or both numbers");
}

/** A difference whose witness is any value the accepting version's part generates, beside fixed candidates. */
function difference(rule: RuleId, message: string, direction: "new-accepts" | "old-accepts", part: OpenPart, values: readonly JsonValue[] = []): ScalarDifference {
  const version = direction === "new-accepts" ? "new" : "old";
  const leaf: Leaf = values.length > 0 ? leafOf.any(leafOf.values(...values), leafOf.instances(version, part)) : leafOf.instances(version, part);
  return { rule, message, separations: [{ direction, leaf }] };
}

function compareStrings(before: StringTypeRef, after: StringTypeRef): ScalarDifference[] {
  const out: ScalarDifference[] = [];
  const o = before.constraints;
  const n = after.constraints;
  const lengths = (...counts: number[]) => counts.filter((count) => count >= 0 && count < 10_000).map((count) => "a".repeat(count));
  const [oMin, nMin] = [o.minLength ?? 0, n.minLength ?? 0];
  if (nMin < oMin) out.push(difference("string-length-loosened", `minLength ${oMin} → ${nMin}`, "new-accepts", after, lengths(nMin, oMin - 1)));
  if (nMin > oMin) out.push(difference("string-length-tightened", `minLength ${oMin} → ${nMin}`, "old-accepts", before, lengths(oMin, nMin - 1)));
  const [oMax, nMax] = [o.maxLength ?? Infinity, n.maxLength ?? Infinity];
  const bound = (max: number) => (max === Infinity ? "none" : String(max));
  if (nMax > oMax) out.push(difference("string-length-loosened", `maxLength ${bound(oMax)} → ${bound(nMax)}`, "new-accepts", after, lengths(oMax + 1, Math.min(nMax, oMax + 1))));
  if (nMax < oMax) out.push(difference("string-length-tightened", `maxLength ${bound(oMax)} → ${bound(nMax)}`, "old-accepts", before, lengths(nMax + 1, Math.min(oMax, nMax + 1))));
  out.push(...compareOptional("pattern", o.pattern, n.pattern, before, after), ...compareOptional("format", o.format, n.format, before, after));
  return out;
}

/** A constraint that is either there or not (pattern, format): added, removed or replaced. */
function compareOptional(keyword: "pattern" | "format", old: string | undefined, current: string | undefined, before: OpenPart, after: OpenPart): ScalarDifference[] {
  if (old === current) return [];
  if (old === undefined) return [difference(`${keyword}-added`, `${keyword} ${show(current!)} added`, "old-accepts", before)];
  if (current === undefined) return [difference(`${keyword}-removed`, `${keyword} ${show(old)} removed`, "new-accepts", after)];
  return [
    {
      rule: `${keyword}-changed`,
      message: `${keyword} ${show(old)} → ${show(current)}`,
      separations: [
        { direction: "new-accepts", leaf: leafOf.instances("new", after) },
        { direction: "old-accepts", leaf: leafOf.instances("old", before) },
      ],
    },
  ];
}

interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

function lowerBound(c: NumberConstraints): Bound | undefined {
  const inclusive = c.minimum;
  const exclusive = c.exclusiveMinimum;
  if (exclusive !== undefined && (inclusive === undefined || exclusive >= inclusive)) return { value: exclusive, exclusive: true };
  return inclusive === undefined ? undefined : { value: inclusive, exclusive: false };
}

function upperBound(c: NumberConstraints): Bound | undefined {
  const inclusive = c.maximum;
  const exclusive = c.exclusiveMaximum;
  if (exclusive !== undefined && (inclusive === undefined || exclusive <= inclusive)) return { value: exclusive, exclusive: true };
  return inclusive === undefined ? undefined : { value: inclusive, exclusive: false };
}

/** -1 when `a` lets fewer values through than `b`, 1 when more, 0 when the same; `side` says which end. */
function compareBounds(a: Bound | undefined, b: Bound | undefined, side: "lower" | "upper"): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (a.value !== b.value) return (side === "lower" ? a.value < b.value : a.value > b.value) ? 1 : -1;
  return a.exclusive === b.exclusive ? 0 : a.exclusive ? -1 : 1;
}

function describeBound(bound: Bound | undefined, side: "lower" | "upper"): string {
  if (bound === undefined) return "none";
  return `${bound.exclusive ? (side === "lower" ? "> " : "< ") : side === "lower" ? "≥ " : "≤ "}${bound.value}`;
}

/** Numbers around every bound either version sets: where the two disagree, one of them is. */
function boundaryNumbers(...constraints: NumberConstraints[]): number[] {
  const edges = constraints.flatMap((c) => [c.minimum, c.maximum, c.exclusiveMinimum, c.exclusiveMaximum].filter((edge): edge is number => edge !== undefined));
  const around = edges.flatMap((edge) => [edge - 1, edge - 0.5, edge, edge + 0.5, edge + 1]);
  return [...new Set([...around, 0, 0.5, 1, -1])].filter((value) => Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER);
}

function compareNumbers(before: NumberTypeRef, after: NumberTypeRef): ScalarDifference[] {
  const out: ScalarDifference[] = [];
  const candidates = boundaryNumbers(before.constraints, after.constraints);
  if (before.kind === "integer" && after.kind === "number") {
    out.push(difference("integer-widened-to-number", "integer → number", "new-accepts", after, candidates.filter((value) => !Number.isInteger(value))));
  }
  if (before.kind === "number" && after.kind === "integer") {
    out.push(difference("number-narrowed-to-integer", "number → integer", "old-accepts", before, candidates.filter((value) => !Number.isInteger(value))));
  }
  for (const side of ["lower", "upper"] as const) {
    const read = side === "lower" ? lowerBound : upperBound;
    const [o, n] = [read(before.constraints), read(after.constraints)];
    const order = compareBounds(n, o, side);
    const message = `${side === "lower" ? "minimum" : "maximum"} ${describeBound(o, side)} → ${describeBound(n, side)}`;
    if (order > 0) out.push(difference("number-range-widened", message, "new-accepts", after, candidates));
    if (order < 0) out.push(difference("number-range-narrowed", message, "old-accepts", before, candidates));
  }
  const [o, n] = [before.constraints.multipleOf, after.constraints.multipleOf];
  if (o !== n) {
    const isMultiple = (value: number, of: number) => Number.isInteger(value / of);
    const values = [o, n, o !== undefined && n !== undefined ? o * n : undefined, 1, 0.5].filter((value): value is number => value !== undefined);
    const separations: Omit<Separation, "violation">[] = [];
    if (o !== undefined && (n === undefined || !isMultiple(n, o))) {
      separations.push({ direction: "new-accepts", leaf: leafOf.any(leafOf.values(...values), leafOf.instances("new", after)) });
    }
    if (n !== undefined && (o === undefined || !isMultiple(o, n))) {
      separations.push({ direction: "old-accepts", leaf: leafOf.any(leafOf.values(...values), leafOf.instances("old", before)) });
    }
    if (separations.length > 0) out.push({ rule: "multiple-of-changed", message: `multipleOf ${o ?? "none"} → ${n ?? "none"}`, separations });
  }
  return out;
}

/** For the leaves of other modules: the reference a scalar alternative stands for. */
export function isScalarRef(ref: TypeRef): boolean {
  return ref.kind === "string" || ref.kind === "integer" || ref.kind === "number" || ref.kind === "boolean" || ref.kind === "null" || ref.kind === "literal";
}
