// What the conformance run works out from a whole model (a validator, its recursive types, the sizes
// of their smallest instances) is worked out once per model: a model never changes once built.
import type { SchemaModel } from "@clone/codegen";

/** `build` of a model, made once per model and kept while the model lives. */
export function perModel<T>(build: (model: SchemaModel) => T): (model: SchemaModel) => T {
  const built = new WeakMap<SchemaModel, T>();
  return (model) => {
    if (!built.has(model)) built.set(model, build(model));
    return built.get(model)!;
  };
}
