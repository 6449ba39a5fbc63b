// The examples of a model's types (model/examples.ts) for the targets that show them, the docs and
// the JSON Schema bundle: found once per model and read by both, rather than once by each. Kept per
// model object (a model never changes once built, and a new model is a new key), so a later model,
// even of the same document, finds them afresh.
import type { JsonValue } from "../json/types.ts";
import { examplesByType } from "../model/examples.ts";
import type { SchemaModel } from "../model/types.ts";

const examplesOfModel = new WeakMap<SchemaModel, ReadonlyMap<string, readonly JsonValue[]>>();

/** examplesByType(model), computed on the first call for this model. */
export function modelExamples(model: SchemaModel): ReadonlyMap<string, readonly JsonValue[]> {
  let examples = examplesOfModel.get(model);
  if (examples === undefined) examplesOfModel.set(model, (examples = examplesByType(model)));
  return examples;
}
