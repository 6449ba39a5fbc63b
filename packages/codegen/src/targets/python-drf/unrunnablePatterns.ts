// The python-drf target's warnings: the patterns Python's `re` cannot run. ECMAScript takes a
// lookbehind of any length, `re` only one of a fixed length; the generated module still loads
// (support.py's _UnrunnablePattern), but refuses every value such a pattern checks, so a schema's
// author hears of it at gen, not from a 400 in production.
import type { ModelWarning } from "../../model/summary.ts";
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";
import { lookbehindsPythonRefuses } from "./fixedWidthLookbehinds.ts";

/** A warning for each place (a property, an item, extra keys, a key pattern) whose pattern Python cannot run. */
export function unrunnablePatternWarnings(model: SchemaModel): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  const warned = new Set<string>();
  const check = (pattern: string, pointer: string): void => {
    const place = `${pointer}\u0000${pattern}`;
    if (warned.has(place)) return;
    warned.add(place);
    const [refused] = lookbehindsPythonRefuses(pattern);
    if (refused === undefined) return;
    warnings.push({
      pointer,
      reason: `python-drf: Python's re cannot run the pattern ${JSON.stringify(pattern)}: its lookbehind ${refused} matches strings of more than one length; the DRF serializers refuse every value this pattern checks`,
    });
  };
  const visit = (ref: TypeRef, pointer: string): void => {
    if (ref.kind === "string" && ref.constraints.pattern !== undefined) check(ref.constraints.pattern, pointer);
    for (const inner of refsInsideRef(ref)) visit(inner, pointer);
  };
  for (const type of model.types) {
    for (const { ref, pointer } of refsOfType(type)) visit(ref, pointer);
    if (type.kind === "object") for (const keys of type.patternProperties) check(keys.pattern, keys.pointer);
  }
  return warnings;
}
