// Which targets a separating value breaks, and how each sees it. Derived, never listed per rule: a
// target breaks unless every conformance column that judges its output may accept a value whose only
// fault is the violation (packages/conformance/src/rules.ts, `mayAccept`: Swift's lenient rule, strict
// validators everywhere else). The words for what a tolerant target does are per violation, below.
import { COLUMN_TARGETS, COLUMNS, mayAccept, type Violation } from "@clone/conformance";
import { targets, findTarget } from "../targets/index.ts";
import type { Version } from "./changes.ts";

export interface TargetEffect {
  readonly target: string;
  /** The version of the target's output that meets the value (the one that rejects it). */
  readonly version: Version;
  readonly breaks: boolean;
  readonly text: string;
}

/** What a target that tolerates a violation does with the value instead of rejecting it. */
const TOLERATED_AS: Readonly<Record<Violation, string>> = {
  "missing-required": "decode it without the key",
  "wrong-type": "decode the value anyway",
  "wrong-const": "decode it with the other constant",
  "unknown-key": "ignore the key they do not know",
  "out-of-enum": "keep the unknown value (open enum)",
  "unknown-tag": "decode it as the union's unknown case",
  "required-when": "decode it without the conditionally required key",
  bound: "do not check bounds",
  format: "do not check formats",
  pattern: "do not check patterns",
  conditional: "do not check conditional rules",
  not: "do not check `not` rules",
  contains: "do not check `contains`",
  "property-names": "do not check key names",
  "property-count": "do not count keys",
  dependency: "do not check key dependencies",
  "all-of": "do not check `allOf` parts",
  "one-of": "decode the first variant that fits",
};

/** The conformance columns that run a target's output. */
function columnsOf(target: string) {
  return COLUMNS.filter((column) => COLUMN_TARGETS[column] === target);
}

/** Whether the target's output accepts a value whose only fault is `violation`. */
export function tolerates(target: string, violation: Violation): boolean {
  const columns = columnsOf(target);
  if (columns.length === 0) throw new Error(`no conformance column judges the ${target} target: add it to COLUMN_TARGETS`);
  return columns.every((column) => mayAccept(column, violation));
}

/** Every target of the registry whose output judges values, or those of them named (the outputs a family goes to). */
export function targetNames(only?: readonly string[]): string[] {
  return targets
    .filter((target) => target.consumers !== undefined)
    .map((target) => target.name)
    .filter((name) => only === undefined || only.includes(name));
}

/** How each target meets a value the `rejecting` version's schema rejects with `violation`. */
export function targetEffects(violation: Violation, rejecting: Version, names: readonly string[]): TargetEffect[] {
  return names.map((name) => {
    const target = findTarget(name);
    const breaks = !tolerates(name, violation);
    const who = `${rejecting} ${target.consumers ?? `${name} consumers`}`;
    return { target: name, version: rejecting, breaks, text: breaks ? `${who} reject it (break)` : `${who} ${TOLERATED_AS[violation]} (no break)` };
  });
}
