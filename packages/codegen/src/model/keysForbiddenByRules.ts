import { typeNamed } from "./schemaModel.ts";
import type { Assertion, SchemaModel, TypeRef } from "./types.ts";

/**
 * The keys a value of `ref` must not hold, by the rules on it that say only that: a `not` of an open
 * object that requires one key and says nothing else (`not: {required: [k]}`). The model keeps such a
 * rule where it negated a conditional's `if` itself (keysForbiddenByNot leaves those to the union of
 * the conditional's cases): the catch-all case of a key-presence union ("must not be an object with
 * k", where an earlier case needs k). A decoder that tries the variants in turn checks them as it
 * checks the keys a variant needs; left to the variant's own decoder, which does not check its rules,
 * a value whose case for k fails to decode went to the catch-all, a case it cannot be.
 */
export function keysForbiddenByRules(ref: TypeRef, model: SchemaModel): string[] {
  if (ref.kind !== "constrained") return [];
  return [...keysForbiddenByRules(ref.type, model), ...ref.assertions.flatMap((assertion) => keyForbiddenBy(assertion, model))];
}

/** The one key a `not` forbids, when it says nothing else. */
function keyForbiddenBy(assertion: Assertion, model: SchemaModel): string[] {
  if (assertion.kind !== "not" || assertion.type.kind !== "named") return [];
  const type = typeNamed(model, assertion.type.name);
  if (type.kind !== "object" || type.properties.length !== 1 || type.patternProperties.length > 0 || type.requiredWhen.length > 0) return [];
  if (type.additionalProperties === false || type.additionalProperties.kind !== "unknown") return [];
  const [property] = type.properties;
  return property!.required && property!.type.kind === "unknown" ? [property!.name] : [];
}

/** `ref` without the rules keysForbiddenByRules reads: what is left for a decoder that checks those keys not to check. */
export function withoutRulesForbiddingKeys(ref: TypeRef, model: SchemaModel): TypeRef {
  if (ref.kind !== "constrained") return ref;
  const type = withoutRulesForbiddingKeys(ref.type, model);
  const assertions = ref.assertions.filter((assertion) => keyForbiddenBy(assertion, model).length === 0);
  return assertions.length === 0 ? type : { ...ref, type, assertions };
}
