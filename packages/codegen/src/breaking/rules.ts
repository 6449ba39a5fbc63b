// The rules of breaking-change detection, one named registry entry each (as buf names its rules). A
// rule says what difference between two versions of a schema it stands for, how severe it is, and,
// for a rule about accepted values, in which direction it separates the versions and how the side that
// rejects the separating value fails it (a conformance `Violation`). Which targets break is derived
// from that violation (targets.ts), never written per rule.
//
// Directions and roles (jsoncompat's): a value the new version accepts and the old one rejects breaks
// *producers* (a producer on the new schema sends what consumers still on the old one reject); a value
// the old version accepts and the new one rejects breaks *consumers* (a consumer on the new schema
// receives what producers still on the old one send).
import type { Violation } from "@clone/conformance";

export type Level = "error" | "warning" | "info";
export const LEVELS: readonly Level[] = ["error", "warning", "info"];

export type Role = "producer" | "consumer" | "both";
export const ROLES: readonly Role[] = ["producer", "consumer", "both"];

/** `new-accepts`: some value is accepted by the new version and rejected by the old one; `old-accepts`: the reverse. */
export type Direction = "new-accepts" | "old-accepts";

/** The role a direction breaks. */
export function roleBrokenBy(direction: Direction): Exclude<Role, "both"> {
  return direction === "new-accepts" ? "producer" : "consumer";
}

export function breaksRole(direction: Direction, role: Role): boolean {
  return role === "both" || roleBrokenBy(direction) === role;
}

export function oppositeDirection(direction: Direction): Direction {
  return direction === "new-accepts" ? "old-accepts" : "new-accepts";
}

interface RuleBase {
  readonly id: string;
  /** The level of a finding that breaks the role under comparison (a finding that does not is info). */
  readonly level: Level;
  /** What it checks, one sentence. */
  readonly checks: string;
}

/** A difference in the values the two versions accept: every finding needs a witness. */
export interface ValueRule extends RuleBase {
  readonly nature: "values";
  /** The directions it separates the versions in (where nothing inverts it, such as a `not`). */
  readonly separates: readonly Direction[];
  /** How the version that rejects the witness fails it, by default (a finding may be more precise). */
  readonly violation: Violation;
}

/** A difference in what the generated code declares (a type's name, a constant): no value separates the versions. */
export interface DeclarationRule extends RuleBase {
  readonly nature: "declarations";
  /** What users of the generated code see. */
  readonly effect: string;
}

export type Rule = ValueRule | DeclarationRule;

const both: readonly Direction[] = ["new-accepts", "old-accepts"];
const widening: readonly Direction[] = ["new-accepts"];
const narrowing: readonly Direction[] = ["old-accepts"];

// Generic in the id, so that RuleId below is the union of the ids, not `string`.
const valueRule = <const Id extends string>(id: Id, separates: readonly Direction[], violation: Violation, checks: string): ValueRule & { readonly id: Id; readonly nature: "values" } => ({
  id,
  level: "error",
  nature: "values",
  separates,
  violation,
  checks,
});

const declarationRule = <const Id extends string>(id: Id, level: Level, checks: string, effect: string): DeclarationRule & { readonly id: Id; readonly nature: "declarations" } => ({
  id,
  level,
  nature: "declarations",
  checks,
  effect,
});

/** Every rule, in the order reports list them. */
export const RULES = [
  // Types
  valueRule("type-added", widening, "wrong-type", "a place accepts a JSON type (string, number, boolean, array, object) it did not accept"),
  valueRule("type-removed", narrowing, "wrong-type", "a place no longer accepts a JSON type it accepted"),
  valueRule("nullable-added", widening, "wrong-type", "a place accepts null where it did not"),
  valueRule("nullable-removed", narrowing, "wrong-type", "a place no longer accepts null"),
  valueRule("integer-widened-to-number", widening, "wrong-type", "an integer place accepts fractional numbers"),
  valueRule("number-narrowed-to-integer", narrowing, "wrong-type", "a number place accepts integers only"),
  // Closed sets of values: enums and constants
  valueRule("enum-value-added", widening, "out-of-enum", "a closed set of values (an enum, a constant) gains a value"),
  valueRule("enum-value-removed", narrowing, "out-of-enum", "a closed set of values (an enum, a constant) loses a value"),
  valueRule("enum-opened", widening, "out-of-enum", "a closed set of values now also accepts other values (becomes an open enum or a plain type)"),
  valueRule("enum-closed", narrowing, "out-of-enum", "a place that accepted any value of its type (or an open enum) accepts only listed values"),
  // Constraints on strings
  valueRule("string-length-loosened", widening, "bound", "minLength lowered or maxLength raised (or removed)"),
  valueRule("string-length-tightened", narrowing, "bound", "minLength raised or maxLength lowered (or added)"),
  valueRule("pattern-added", narrowing, "pattern", "a string gains a pattern"),
  valueRule("pattern-removed", widening, "pattern", "a string loses its pattern"),
  valueRule("pattern-changed", both, "pattern", "a string's pattern is replaced by another"),
  valueRule("format-added", narrowing, "format", "a value gains a format (date-time, uri, …)"),
  valueRule("format-removed", widening, "format", "a value loses its format"),
  valueRule("format-changed", both, "format", "a value's format is replaced by another"),
  // Constraints on numbers
  valueRule("number-range-widened", widening, "bound", "minimum lowered or maximum raised (or removed), exclusive bounds included"),
  valueRule("number-range-narrowed", narrowing, "bound", "minimum raised or maximum lowered (or added), exclusive bounds included"),
  valueRule("multiple-of-changed", both, "bound", "multipleOf added, removed or changed"),
  // Arrays
  valueRule("array-length-loosened", widening, "bound", "minItems lowered or maxItems raised (or removed)"),
  valueRule("array-length-tightened", narrowing, "bound", "minItems raised or maxItems lowered (or added)"),
  valueRule("unique-items-added", narrowing, "bound", "an array must hold distinct items"),
  valueRule("unique-items-removed", widening, "bound", "an array may repeat items"),
  valueRule("tuple-items-added", widening, "bound", "a tuple accepts items past the positions it accepted"),
  valueRule("tuple-items-removed", narrowing, "bound", "a tuple no longer accepts items at positions it accepted"),
  // Objects
  valueRule("property-added", widening, "unknown-key", "a closed object accepts a key it rejected"),
  valueRule("property-removed", narrowing, "unknown-key", "a closed object rejects a key it accepted"),
  valueRule("property-became-required", narrowing, "missing-required", "a key must be present that could be absent (a required key added included)"),
  valueRule("property-became-optional", widening, "missing-required", "a key may be absent that had to be present (a required key removed included)"),
  valueRule("additional-properties-opened", widening, "unknown-key", "an object accepts keys it does not declare, which it rejected"),
  valueRule("additional-properties-closed", narrowing, "unknown-key", "an object rejects keys it does not declare, which it accepted"),
  valueRule("pattern-property-added", widening, "unknown-key", "a closed object accepts keys matching a new patternProperties pattern"),
  valueRule("pattern-property-removed", narrowing, "unknown-key", "a closed object rejects keys matching a pattern it accepted"),
  valueRule("required-when-added", narrowing, "conditional", "a conditional requirement (if a key holds a value, other keys are required) is added or requires more"),
  valueRule("required-when-removed", widening, "conditional", "a conditional requirement is removed or requires less"),
  // Unions
  valueRule("variant-added", widening, "unknown-tag", "a union gains a variant (a tag, a shape)"),
  valueRule("variant-removed", narrowing, "unknown-tag", "a union loses a variant"),
  valueRule("variant-tag-changed", both, "unknown-tag", "a variant keeps its shape but is selected by another tag value"),
  valueRule("union-keyword-changed", both, "wrong-type", "a union's oneOf became anyOf or the reverse, where its variants can overlap"),
  // Validation-only rules
  valueRule("assertion-added", narrowing, "conditional", "a validation-only rule (not, if/then/else, contains, propertyNames, min/maxProperties, dependencies, an allOf part) is added"),
  valueRule("assertion-removed", widening, "conditional", "a validation-only rule is removed"),
  valueRule("property-count-changed", both, "bound", "minProperties or maxProperties changed"),
  // Anything the rules above cannot take apart
  valueRule("schema-changed", both, "wrong-type", "two shapes that cannot be paired part by part (several array shapes, a reshaped union) differ"),
  // Declarations
  declarationRule("definition-removed", "warning", "a definition is gone (and no new one has its shape)", "the generated type is gone: code that names it no longer compiles"),
  declarationRule("definition-renamed", "warning", "a definition has a new name and the same shape", "the generated type has a new name: code that names it no longer compiles; the wire is unchanged"),
  declarationRule("definition-added", "info", "a new definition", "a new generated type"),
  declarationRule("union-rule-changed", "warning", "how decoders tell a union's variants apart changed (its tag property, or tag → keys present …)", "generated decoders pick variants by another rule"),
  declarationRule("root-changed", "warning", "the document's top-level type is another one, or was added or removed", "the generated top-level type changes"),
  declarationRule("constant-removed", "warning", "a named constant (x-clone-constants) is gone", "the generated constant is gone: code that names it no longer compiles"),
  declarationRule("constant-changed", "info", "a named constant has a new value (a version bump)", "the generated constant has the new value"),
  declarationRule("constant-added", "info", "a new named constant", "a new generated constant"),
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]["id"];
export type ValueRuleId = Extract<(typeof RULES)[number], { nature: "values" }>["id"];
export type DeclarationRuleId = Extract<(typeof RULES)[number], { nature: "declarations" }>["id"];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule {
  return RULES_BY_ID.get(id)!;
}

export function valueRuleById(id: ValueRuleId): ValueRule {
  return RULES_BY_ID.get(id) as ValueRule;
}

/** Levels from most to least severe: a finding is "at or above" `floor` when its index is not greater. */
export function atOrAbove(level: Level, floor: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(floor);
}
