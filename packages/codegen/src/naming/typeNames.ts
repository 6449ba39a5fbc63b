// How the model names types it lifts out of other types, and union variants. The one place these
// rules live: targets receive the names and never invent their own.
import { CodegenError } from "../errors.ts";
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
  | { readonly kind: "values" }
  | { readonly kind: "variant"; readonly variantName: string }
  | { readonly kind: "nonNull" };

/** `CronJob` + property `schedule` → `CronJobSchedule`; items → `…Item`; record values → `…Value`. */
export function inlineTypeName(parent: string, place: InlinePlace): string {
  switch (place.kind) {
    case "property":
      return parent + (pascalCase(place.property) || "Property");
    case "items":
      return `${parent}Item`;
    case "values":
      return `${parent}Value`;
    case "variant":
      return parent + place.variantName;
    case "nonNull":
      return parent;
  }
}

/** A union variant's name from its tag: "session.started" → "SessionStarted", "req" → "Req". */
export function variantNameFromValue(value: string | number | boolean): string {
  const name = pascalCase(String(value));
  return /^[0-9]/.test(name) ? `V${name}` : name || "Empty";
}

/** Fails when two different things would get the same name; `describe` says where each came from. */
export function assertUniqueNames<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  describe: (item: T) => { pointer: string; label: string },
): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const name = nameOf(item);
    const previous = seen.get(name);
    if (previous !== undefined) {
      const first = describe(previous);
      const second = describe(item);
      throw new CodegenError(
        second.pointer,
        `name collision: ${second.label} and ${first.label} (at ${first.pointer || "/"}) both become "${name}"`,
      );
    }
    seen.set(name, item);
  }
}
