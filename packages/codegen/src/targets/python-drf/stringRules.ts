// The string rules a model's references carry at any depth (the model's walk knows where references
// sit): the `format` names of its strings and numbers (translateFormats.ts) and the `pattern`s of its
// strings (translatePatterns.ts), found in one walk over every reference for both tables; and the
// other `pattern`s and `format`s of the document, which the Python validators read through the same tables.
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { documentFormats, documentPatterns } from "../../model/schemaModel.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";

export interface StringRules {
  /** Every `format` named, each once. */
  readonly formats: ReadonlySet<string>;
  /** Every `pattern`, each once, in the order the types (and, inside a reference, the walk) reach it, then the document's others in its order. */
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
  // Then every other `pattern` the document writes: the table is also what the Python validators
  // (jsonschema, fastjsonschema) read the document's patterns through. Left out, jsonschema read one
  // as Python's `re` does, where "CmdLine@2\n" matches `^CmdLine@2$`.
  for (const pattern of documentPatterns(model)) patterns.add(pattern);
  // And every other `format` the document writes, for the same validators: left out, jsonschema
  // passed every string where a format's only schema was in a part the model drops as admitting no
  // value (fuzz BC, seed 95004), and a reading of the document without its later drafts' keywords
  // (`const` in draft-04) revived that part with its format unchecked.
  for (const format of documentFormats(model)) formats.add(format);
  return { formats, patterns: [...patterns] };
}
