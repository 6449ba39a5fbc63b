// What a schema that only asks which keys an object has (`required`, and `allOf` / `anyOf` / `oneOf` /
// `not` of such schemas) says of every value of an object whose keys are partly known: the keys it
// always has (its `required`), and the sets of keys it never has all of (the other variants of a
// `oneOf` it is a variant of, when those only require keys: a value of one variant fails every other).
// A conditional whose `if` is such a test is settled where the answer is the same for every value.
import type { JsonValue } from "../json/types.ts";
import type { Schema } from "./modelBuilderContext.ts";
import { requiredList } from "./schemaFacts.ts";

/** What is known of the keys of every value of an object. */
export interface KnownKeys {
  /** Keys every value has. */
  readonly present: readonly string[];
  /** Sets of keys no value has all of (a set of one: a key no value has). */
  readonly neverAllPresent: readonly (readonly string[])[];
}

/** The keywords a test of key presence may use: anything else that validates asks more than which keys are there. */
const PRESENCE_KEYWORDS: ReadonlySet<string> = new Set(["required", "allOf", "anyOf", "oneOf", "not"]);

/**
 * Whether every value with `known` keys passes `test` (true), fails it (false), or which depends on
 * the value (undefined, also when the test asks more than which keys there are). `validating` is the
 * dialect's validation keywords: the others are annotations.
 */
export function presenceVerdict(test: JsonValue | undefined, known: KnownKeys, validating: ReadonlySet<string>): boolean | undefined {
  if (test === true) return true;
  if (test === false) return false;
  if (typeof test !== "object" || test === null || Array.isArray(test)) return undefined;
  const keywords = Object.keys(test).filter((keyword) => validating.has(keyword));
  if (keywords.length === 0 || keywords.some((keyword) => !PRESENCE_KEYWORDS.has(keyword))) return undefined;
  return allOfVerdicts(keywords.map((keyword) => keywordVerdict(test, keyword, known, validating)));
}

function keywordVerdict(test: Schema, keyword: string, known: KnownKeys, validating: ReadonlySet<string>): boolean | undefined {
  const value = test[keyword];
  if (keyword === "required") {
    const asked = requiredList(value);
    if (asked.every((key) => known.present.includes(key))) return true;
    if (known.neverAllPresent.some((keys) => keys.every((key) => asked.includes(key)))) return false;
    return undefined;
  }
  if (keyword === "not") {
    const verdict = presenceVerdict(value, known, validating);
    return verdict === undefined ? undefined : !verdict;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const verdicts = value.map((part) => presenceVerdict(part, known, validating));
  if (keyword === "allOf") return allOfVerdicts(verdicts);
  if (keyword === "anyOf") return verdicts.includes(true) ? true : verdicts.every((verdict) => verdict === false) ? false : undefined;
  // oneOf: exactly one passes.
  const passing = verdicts.filter((verdict) => verdict === true).length;
  if (passing > 1) return false;
  if (verdicts.includes(undefined)) return undefined;
  return passing === 1;
}

function allOfVerdicts(verdicts: readonly (boolean | undefined)[]): boolean | undefined {
  return verdicts.includes(false) ? false : verdicts.every((verdict) => verdict === true) ? true : undefined;
}

/**
 * The keys every value of variant `index` of a `oneOf` never has all of: each other variant that only
 * requires keys (a value of one variant fails the others). Variants asking more say nothing here.
 */
export function keysOtherVariantsRequire(variants: readonly JsonValue[], index: number, validating: ReadonlySet<string>): readonly (readonly string[])[] {
  const sets: string[][] = [];
  variants.forEach((variant, other) => {
    if (other === index || typeof variant !== "object" || variant === null || Array.isArray(variant)) return;
    const keywords = Object.keys(variant).filter((keyword) => validating.has(keyword));
    const required = requiredList(variant.required);
    if (keywords.length === 1 && keywords[0] === "required" && required.length > 0) sets.push(required);
  });
  return sets;
}
