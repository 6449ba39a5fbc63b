// The variants of a first-match `anyOf` that take exactly the values an earlier variant takes: every
// decoder tries the earlier one first, so no value ever decodes as them (ACP's terminal requests,
// output, release, wait and kill, are four definitions of the same two keys: a kill request sent by
// one side came back an output request on the other). Valid JSON Schema, rendered by every target,
// but rarely what the author meant, so gen warns (and `--strict` refuses it).
//
// "The same values" is read from the model only where it is certain: the same type, or object types
// whose properties, extra keys and rules are the same (valuesKey). A variant that takes more than a
// later one is tried after it (narrowerVariantsFirst), so only the same values leave one unreachable.
import { valuesKey } from "./takesEvery.ts";
import type { SchemaModel, UnionType } from "./types.ts";

export interface UnreachableVariant {
  readonly union: UnionType;
  /** The variant no value decodes as, and the earlier one that takes all its values. */
  readonly variant: string;
  readonly takenBy: string;
}

export function unreachableVariants(model: SchemaModel): UnreachableVariant[] {
  const found: UnreachableVariant[] = [];
  for (const type of model.types) {
    // Under `oneOf` a value both take matches two variants and is invalid: no variant is passed over.
    if (type.kind !== "union" || type.rule !== "firstMatch" || type.keyword !== "anyOf") continue;
    const seen = new Map<string, string>();
    for (const variant of type.variants) {
      const values = valuesKey(model, variant.type);
      const earlier = seen.get(values);
      if (earlier === undefined) seen.set(values, variant.name);
      else found.push({ union: type, variant: variant.name, takenBy: earlier });
    }
  }
  return found;
}

/** The warning's words: which variant, of which union, no value reaches, and why. */
export function describeUnreachable({ union, variant, takenBy }: UnreachableVariant): string {
  return `variant ${variant} of ${union.name} takes exactly the values variant ${takenBy} takes (the same properties and rules), and variants are tried in order: no value decodes as ${variant}`;
}
