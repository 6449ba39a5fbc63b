// Which variant of a union a JSON value belongs to, by the union's rule: the contract's dispatch
// (types.ts, UnionType) in TypeScript, for every TypeScript consumer of a model (the conformance run
// walks instances with it). The generated decoders spell the same rule in their own languages.
import { jsonTypeOfValue } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import type { UnionType, UnionVariant } from "./types.ts";

/**
 * The variant `value` selects, or undefined when it selects none. `firstMatch` needs a validator,
 * which the caller supplies as `validates` (the variant's type, the value); `keyPresence` uses it to
 * choose among several candidates, and without it takes the first candidate.
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
      return validates && candidates.length > 1 ? (candidates.find((variant) => validates(variant, value)) ?? candidates[0]) : candidates[0];
    }
    case "firstMatch":
      if (!validates) throw new Error(`selectVariant: union ${union.name} is told apart by first match, which needs a validator`);
      return union.variants.find((variant) => validates(variant, value));
  }
}
