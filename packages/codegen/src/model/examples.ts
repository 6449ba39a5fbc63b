// Examples for every named type, from the few the document gives (a definition's `examples`, the
// vectors of a family): each example value is followed down through the model, and every part of it
// that belongs to a named type (a property's value, an array item, the variant of a union it selects)
// is an example of that type too. So a lifted inline type, or a union variant, is documented by the
// same real values as the definition it sits in.
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { typeNamed } from "./schemaModel.ts";
import { selectVariant } from "./selectVariant.ts";
import type { NamedType, SchemaModel, TypeRef } from "./types.ts";

/** Each named type's examples, its own first, then those found inside others' (document order), without repeats. */
export function examplesByType(model: SchemaModel): ReadonlyMap<string, readonly JsonValue[]> {
  const examples = new Map<string, JsonValue[]>(model.types.map((type) => [type.name, []]));
  const seen = new Map<string, Set<string>>(model.types.map((type) => [type.name, new Set()]));

  /** Adds `value` to the type's examples; false when it already was one. */
  const record = (type: NamedType, value: JsonValue): boolean => {
    const key = stableKey(value);
    const known = seen.get(type.name)!;
    if (known.has(key)) return false;
    known.add(key);
    examples.get(type.name)!.push(value);
    return true;
  };
  const placeInType = (type: NamedType, value: JsonValue): void => {
    if (record(type, value)) placeParts(type, value);
  };
  const placeParts = (type: NamedType, value: JsonValue): void => {
    switch (type.kind) {
      case "object": {
        if (!isObject(value)) return;
        for (const property of type.properties) if (Object.hasOwn(value, property.name)) placeInRef(property.type, value[property.name]!);
        return;
      }
      case "union": {
        // A union told apart by first match needs a validator to pick its variant; its parts stay unplaced.
        if (type.rule === "firstMatch") return;
        const variant = selectVariant(type, value);
        if (variant) placeInRef(variant.type, value);
        return;
      }
      case "alias":
        placeInRef(type.type, value);
        return;
      case "enum":
        return;
    }
  };

  const placeInRef = (ref: TypeRef, value: JsonValue): void => {
    switch (ref.kind) {
      case "named":
        placeInType(typeNamed(model, ref.name), value);
        return;
      case "nullable":
        if (value !== null) placeInRef(ref.type, value);
        return;
      case "array":
        if (Array.isArray(value)) for (const item of value) placeInRef(ref.items, item);
        return;
      case "record":
        if (isObject(value)) for (const item of Object.values(value)) placeInRef(ref.values, item);
        return;
      case "constrained":
        placeInRef(ref.type, value);
        return;
      default:
        return;
    }
  };

  for (const type of model.types) for (const example of type.examples ?? []) record(type, example);
  for (const type of model.types) for (const example of type.examples ?? []) placeParts(type, example);
  return examples;
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
