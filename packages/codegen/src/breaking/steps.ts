// Where in a value a change sits: the steps from the compared definition down to the place, in terms
// both versions understand. The witness search follows them to build a value around the separating
// part; reports print them.

/** One union crossed on the way: the union's type name and the variant's name, in one version's model. */
export interface Hop {
  readonly union: string;
  readonly variant: string;
}

export type Step =
  /** The value of a key. */
  | { readonly kind: "property"; readonly name: string }
  /** The value of a key neither version declares (matching `pattern` when given). */
  | { readonly kind: "extraKey"; readonly pattern?: string; readonly avoid: readonly string[] }
  /** Any item of an array. */
  | { readonly kind: "item" }
  /** The item at one position of a tuple. */
  | { readonly kind: "index"; readonly index: number }
  /** The variant of a union (each version's unions crossed to reach it; none where a version has no union here). */
  | { readonly kind: "variant"; readonly old: readonly Hop[]; readonly new: readonly Hop[]; readonly label: string }
  /** Inside a validation-only rule: the same place in the value, seen through the rule. */
  | { readonly kind: "within"; readonly label: string }
  /** A key of an object (its name, not its value), as `propertyNames` sees it. */
  | { readonly kind: "key" };

export function formatStep(step: Step): string {
  switch (step.kind) {
    case "property":
      return step.name;
    case "extraKey":
      return step.pattern === undefined ? "{any other key}" : `{key matching /${step.pattern}/}`;
    case "item":
      return "[]";
    case "index":
      return `[${step.index}]`;
    case "variant":
      return `<${step.label}>`;
    case "within":
      return `(${step.label})`;
    case "key":
      return "{key name}";
  }
}

/** `CloneEvent › <app.focused> › window_title`. */
export function formatPath(definition: string, steps: readonly Step[]): string {
  return [definition, ...steps.map(formatStep)].join(" › ");
}
