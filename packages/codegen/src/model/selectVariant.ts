// Which variant of a union a JSON value belongs to, by the union's rule: the contract's dispatch
// (types.ts, UnionType) in TypeScript, for every TypeScript consumer of a model (the conformance run
// walks instances with it). The generated decoders spell the same rule in their own languages.
import { jsonTypeOfValue } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import type { UnionType, UnionVariant, VariantPreference } from "./types.ts";

/**
 * The variant `value` selects, or undefined when it selects none. `firstMatch` needs a validator,
 * which the caller supplies as `validates` (the variant's type, the value); `keyPresence` uses it to
 * choose among several candidates, and without it takes the first candidate. With a validator, the
 * variant a union's `preference` names (an OpenAPI discriminator) is tried first (for `keyPresence`,
 * when it is a candidate), then the union's order.
 */
export function selectVariant(union: UnionType, value: JsonValue, validates?: (variant: UnionVariant, value: JsonValue) => boolean): UnionVariant | undefined {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  switch (union.rule) {
    case "tag":
      return isObject && Object.hasOwn(value, union.property) ? union.variants.find((variant) => variant.tag === value[union.property]) : undefined;
    case "jsonType": {
      const jsonType = jsonTypeOfValue(value);
      // 1 is an integer and a number: a number variant takes it when no integer variant does.
      return union.variants.find((variant) => variant.jsonType === jsonType) ?? (jsonType === "integer" ? union.variants.find((variant) => variant.jsonType === "number") : undefined);
    }
    case "keyPresence": {
      if (!isObject) return undefined;
      const candidates = union.variants.filter((variant) => variant.keys.every((key) => Object.hasOwn(value, key)));
      if (!validates || candidates.length < 2) return candidates[0];
      const preferred = preferredVariant(union, value);
      const first = preferred !== undefined && candidates.includes(preferred) && validates(preferred, value) ? preferred : undefined;
      return first ?? candidates.find((variant) => validates(variant, value)) ?? candidates[0];
    }
    case "firstMatch": {
      if (!validates) throw new Error(`selectVariant: union ${union.name} is told apart by first match, which needs a validator`);
      const preferred = preferredVariant(union, value);
      if (preferred !== undefined && validates(preferred, value)) return preferred;
      return union.variants.find((variant) => validates(variant, value));
    }
  }
}

/** The variant the union's preference (an OpenAPI discriminator) names for `value`, tried before the union's order; undefined where it names none. */
export function preferredVariant<Variant extends UnionVariant>(union: { readonly variants: readonly Variant[]; readonly preference?: VariantPreference }, value: JsonValue): Variant | undefined {
  const preference = union.preference;
  if (preference === undefined || typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, preference.property)) return undefined;
  const held = value[preference.property];
  if (typeof held !== "string") return undefined;
  const name = preference.cases.find((each) => each.value === held)?.variant;
  return name === undefined ? undefined : union.variants.find((variant) => variant.name === name);
}
