// The string rules a model's references carry at any depth (the model's walk knows where references
// sit): the `format` names of its strings and numbers (translateFormats.ts) and the `pattern`s of its
// strings (translatePatterns.ts), found in one walk over every reference for both tables.
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";

export interface StringRules {
  /** Every `format` named, each once. */
  readonly formats: ReadonlySet<string>;
  /** Every `pattern`, each once, in the order the types (and, inside a reference, the walk) reach it. */
  readonly patterns: readonly string[];
}

export function stringRulesOf(model: SchemaModel): StringRules {
  const formats = new Set<string>();
  const patterns = new Set<string>();
  const visit = (ref: TypeRef): void => {
    if (ref.kind === "string" || ref.kind === "integer" || ref.kind === "number") {
      if (ref.constraints.format !== undefined) formats.add(ref.constraints.format);
      if (ref.kind === "string" && ref.constraints.pattern !== undefined) patterns.add(ref.constraints.pattern);
    }
    for (const inner of refsInsideRef(ref)) visit(inner);
  };
  for (const type of model.types) for (const { ref } of refsOfType(type)) visit(ref);
  return { formats, patterns: [...patterns] };
}
