// The conditional rules of an object type (`if`/`then`, `requiredWhen` in the model), as one
// predicate shared by the generator (which keeps only instances that satisfy them) and the mutations
// (which break one on purpose).
import { stableKey, type JsonValue, type ObjectType, type RequiredWhen } from "@clone/codegen";

/** The rule applies: its property is present and equal (as JSON) to the rule's value. */
export function ruleApplies(rule: RequiredWhen, value: Readonly<Record<string, JsonValue>>): boolean {
  return Object.hasOwn(value, rule.property) && stableKey(value[rule.property]) === stableKey(rule.equals);
}

export function satisfiesRequiredWhen(type: ObjectType, value: Readonly<Record<string, JsonValue>>): boolean {
  return type.requiredWhen.every((rule) => !ruleApplies(rule, value) || rule.require.every((key) => Object.hasOwn(value, key)));
}
