// What gen warns about for a model: its own warnings (places left untyped, definitions no value
// satisfies, defaults and examples their schema refuses…: modelWarnings), then what each target that
// renders it cannot do as the model says (Target.warnings).
// `gen` prints them all and `--strict` refuses any.
import { placeInFile } from "../model/schemaModel.ts";
import { modelWarnings, type ModelWarning } from "../model/summary.ts";
import type { SchemaModel } from "../model/types.ts";
import type { Target } from "../targets/target.ts";

/** A model gen rendered, and the targets that rendered it (whose warnings gen reports with the model's: genWarnings). */
export interface RenderedModel {
  readonly model: SchemaModel;
  readonly targets: readonly Target[];
}

/** The model's warnings, then those of each of `targets` (each target once, in the order given). */
export function genWarnings(model: SchemaModel, targets: Iterable<Target>): ModelWarning[] {
  const warnings = modelWarnings(model);
  for (const target of new Set(targets)) if (target.warnings) warnings.push(...target.warnings(model));
  // Each names the place as the file spells it (an OpenAPI file's `/components/schemas/…`), in the
  // file it is written in; each once (two places of the bundle may be one place of a file).
  const seen = new Set<string>();
  return warnings
    .map(({ placedAsWritten, ...warning }) => (placedAsWritten ? warning : { ...warning, ...placeInFile(model.source, warning.pointer) }))
    .filter(({ location, pointer, reason }) => {
      const key = JSON.stringify([location ?? null, pointer, reason]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
