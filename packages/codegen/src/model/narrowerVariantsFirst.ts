// Under `anyOf`, a first-match union's value is the first variant that takes it, and which one is
// free: in any order the union takes the same values. A variant that takes every value of a later one
// and more (takesEvery) would leave that one no value at all: GitHub's `runs-on` takes
// `["self-hosted", …any]` before `["self-hosted", "linux" | "macos", …]`, Vega-Lite's range scheme any
// string before its ColorScheme names, many schemas `number` before `integer`. Such a variant is tried
// after the narrower ones; the others keep the order written. A value then decodes as the most
// specific variant that takes it, in every target, since every target tries the model's order.
//
// Read once the model is whole (takesEvery follows named types), before it is validated.
import { createSchemaModel } from "./schemaModel.ts";
import { takesEvery } from "./takesEvery.ts";
import type { NamedType, SchemaModel, UnionVariant } from "./types.ts";

export function narrowerVariantsFirst(model: SchemaModel): SchemaModel {
  let reordered = false;
  const types = model.types.map((type): NamedType => {
    // Under `oneOf` a value two variants take is invalid: the order decides nothing.
    if (type.kind !== "union" || type.rule !== "firstMatch" || type.keyword !== "anyOf") return type;
    const order = narrowerFirst(model, type.variants);
    if (order.every((at, index) => at === index)) return type;
    reordered = true;
    return { ...type, variants: order.map((at) => type.variants[at]!), positionsWritten: order.map((at) => type.positionsWritten?.[at] ?? at) };
  });
  if (!reordered) return model;
  const { typesByName: _index, ...parts } = model;
  return createSchemaModel({ ...parts, types });
}

/** The variants' order, by index, by what takesEvery reads of them (narrowerFirstOrder). */
function narrowerFirst(model: SchemaModel, variants: readonly UnionVariant[]): number[] {
  const takes = variants.map((wider) => variants.map((narrower) => wider !== narrower && takesEvery(model, wider.type, narrower.type)));
  return narrowerFirstOrder(variants.length, (wider, narrower) => takes[wider]![narrower]!);
}

/**
 * An order of `count` variants, by index: each after every variant it takes all the values of and
 * more (`takes(wider, narrower)`, never wrong when it says yes), and otherwise as written (of the
 * variants free to go next, the first written). A discriminated base's union orders its extensions so
 * too (baseUnions.ts).
 */
export function narrowerFirstOrder(count: number, takes: (wider: number, narrower: number) => boolean): number[] {
  const indexes = Array.from({ length: count }, (_, index) => index);
  // Strictly: of two variants that take the same values, the first written stays first (and the
  // other unreachable, which gen warns of: unreachableVariants).
  const after = indexes.map((wider) => indexes.filter((narrower) => takes(wider, narrower) && !takes(narrower, wider)));
  const placed = new Set<number>();
  const order: number[] = [];
  while (order.length < count) {
    const free = indexes.findIndex((index) => !placed.has(index) && after[index]!.every((narrower) => placed.has(narrower)));
    // "Strictly more" has no cycle when takes is never wrong; were one read, the first variant not
    // placed goes next rather than none.
    const next = free >= 0 ? free : indexes.findIndex((index) => !placed.has(index));
    placed.add(next);
    order.push(next);
  }
  return order;
}
