// The python-drf target's warnings about the patterns its serializers run with Python's `re`, each a
// named rule (PATTERN_RULES), so a schema's author hears at gen what would otherwise reach them as a
// 400 in production or a server worker held for minutes:
// - ECMAScript takes a lookbehind of any length, `re` only one of a fixed length: the generated module
//   still loads (support.py's _UnrunnablePattern), but refuses every value such a pattern checks;
// - `re` backtracks: a pattern that repeats a repetition (`^(\w+\s?)*$`) takes it time exponential in
//   the length of a string that nearly matches (a third of a second at 22 characters, a minute at 30),
//   and any client can send one.
import type { ModelWarning } from "../../model/summary.ts";
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";
import { nestedRepetitionTimes, repeatsNestedRepetition } from "../../jsonSchema/backtracking.ts";
import { lookbehindsPythonRefuses } from "./fixedWidthLookbehinds.ts";

/** A pattern where the serializers run it: on a string value (with its `maxLength`, if any), or on an object's keys. */
interface PatternPlace {
  readonly pattern: string;
  readonly pointer: string;
  readonly maxLength?: number;
}

interface PatternRule {
  readonly name: string;
  /** What the serializers do wrong or dangerously with the pattern at this place (read through `readings`); undefined when nothing. */
  readonly warning: (place: PatternPlace, readings: PatternReadings) => string | undefined;
}

/**
 * What the rules read of a pattern's text, each text read once for one model (patternWarnings): a
 * document repeats a pattern at many places (AsyncAPI's runtime expression `^\$message\.(header|payload)#…`
 * at each of its correlation IDs and parameters' locations), and the backtracking reading of a long
 * one takes up to ~0.4 s (CVSS 3.1's vector string). Made for each call, so no answer outlives the
 * run that asked (a cache of the module would grow with every pattern a long process meets).
 */
interface PatternReadings {
  readonly lookbehindsPythonRefuses: (pattern: string) => readonly string[];
  readonly repeatsNestedRepetition: (pattern: string) => boolean;
  /** Asked only of a pattern that repeatsNestedRepetition: how many times its repeated group may match. */
  readonly nestedRepetitionTimes: (pattern: string) => number | undefined;
}

function readingsOfOneModel(): PatternReadings {
  return { lookbehindsPythonRefuses: readOncePerText(lookbehindsPythonRefuses), repeatsNestedRepetition: readOncePerText(repeatsNestedRepetition), nestedRepetitionTimes: readOncePerText(nestedRepetitionTimes) };
}

/** `read`, answering a text it was given before from its first answer. */
function readOncePerText<Answer>(read: (text: string) => Answer): (text: string) => Answer {
  const answers = new Map<string, Answer>();
  return (text) => {
    if (!answers.has(text)) answers.set(text, read(text));
    return answers.get(text)!;
  };
}

/**
 * The longest string on which `re` rejects a pattern of nested repetition quickly enough (milliseconds:
 * 4 ms for `^([a-z]+(\.[a-z]+)*)*$` at 16 characters, and twenty times that at 20): a `maxLength` up to
 * this bounds the time, since the serializers check the length first.
 */
export const BACKTRACKING_SAFE_LENGTH = 16;

export const PATTERN_RULES: readonly PatternRule[] = [
  {
    name: "lookbehind-of-several-lengths",
    warning: ({ pattern }, readings) => {
      const [refused] = readings.lookbehindsPythonRefuses(pattern);
      return refused === undefined
        ? undefined
        : `Python's re cannot run the pattern ${JSON.stringify(pattern)}: its lookbehind ${refused} matches strings of more than one length; the DRF serializers refuse every value this pattern checks`;
    },
  },
  {
    name: "exponential-backtracking",
    warning: ({ pattern, maxLength }, readings) => {
      if (maxLength !== undefined && maxLength <= BACKTRACKING_SAFE_LENGTH) return undefined;
      if (!readings.repeatsNestedRepetition(pattern)) return undefined;
      const bound = maxLength === undefined ? "no maxLength bounds the string" : `its maxLength ${maxLength} is more than ${BACKTRACKING_SAFE_LENGTH}`;
      const times = readings.nestedRepetitionTimes(pattern) ?? Infinity;
      // A group repeated at most n times splits a string in ways a power of its length counts, not exponentially many.
      const growth = times === Infinity ? "exponential in a string's length" : `growing as a power of a string's length (its group repeats up to ${times} times)`;
      return `the pattern ${JSON.stringify(pattern)} repeats a repetition, which Python's re takes time ${growth} to reject when the string nearly matches, and ${bound}: one request can hold a server worker for minutes; write the pattern so each part of a string has one way to match`;
    },
  },
];

/** A warning for each rule that holds at each place (a property, an item, extra keys, a key pattern) a pattern is checked. */
export function patternWarnings(model: SchemaModel): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  const warned = new Set<string>();
  const readings = readingsOfOneModel();
  const check = (place: PatternPlace): void => {
    const key = `${place.pointer}\u0000${place.pattern}`;
    if (warned.has(key)) return;
    warned.add(key);
    for (const rule of PATTERN_RULES) {
      const reason = rule.warning(place, readings);
      if (reason !== undefined) warnings.push({ pointer: place.pointer, reason: `python-drf: ${reason}` });
    }
  };
  const visit = (ref: TypeRef, pointer: string): void => {
    if (ref.kind === "string" && ref.constraints.pattern !== undefined) {
      const { pattern, maxLength } = ref.constraints;
      check({ pattern, pointer, ...(maxLength !== undefined ? { maxLength } : {}) });
    }
    for (const inner of refsInsideRef(ref)) visit(inner, pointer);
  };
  for (const type of model.types) {
    for (const { ref, pointer } of refsOfType(type)) visit(ref, pointer);
    if (type.kind === "object") for (const keys of type.patternProperties) check({ pattern: keys.pattern, pointer: keys.pointer });
  }
  return warnings;
}
