// How the model names types it lifts out of other types, and union variants. The one place these
// rules live: targets receive the names and never invent their own.
import { pascalCase } from "./words.ts";

/**
 * A definition's name as a type name: kept when already PascalCase-safe, else converted. A name with
 * no letters or digits is "Definition", and one that would start with a digit is prefixed with it
 * ("2fa" → "Definition2fa"), since a type name must start with a letter.
 */
export function definitionTypeName(definitionName: string): string {
  if (/^[A-Z][A-Za-z0-9]*$/.test(definitionName)) return definitionName;
  const converted = pascalCase(definitionName);
  return /^[A-Z]/.test(converted) ? converted : `Definition${converted}`;
}

/** Where an inline type sits relative to its parent; each place has a fixed suffix rule. */
export type InlinePlace =
  | { readonly kind: "property"; readonly property: string }
  | { readonly kind: "items" }
  | { readonly kind: "tupleItem"; readonly index: number }
  | { readonly kind: "values" }
  | { readonly kind: "variant"; readonly variantName: string };

/** `CronJob` + property `schedule` → `CronJobSchedule`; items → `…Item` (a tuple's first → `…Item1`); record values → `…Value`. */
export function inlineTypeName(parent: string, place: InlinePlace): string {
  switch (place.kind) {
    case "property":
      return parent + (pascalCase(place.property) || "Property");
    case "items":
      return `${parent}Item`;
    case "tupleItem":
      return `${parent}Item${place.index + 1}`;
    case "values":
      return `${parent}Value`;
    case "variant":
      return parent + place.variantName;
  }
}

/** A union variant's name from its tag: "session.started" → "SessionStarted", "req" → "Req". */
export function variantNameFromValue(value: string | number | boolean): string {
  const name = pascalCase(String(value));
  return /^[0-9]/.test(name) ? `V${name}` : name || "Empty";
}
