// A witness should show one change and nothing else. Values the generators make carry optional keys,
// extra keys and long arrays, any of which may meet another change; pruning keeps, outside the path
// to the change's place, only what the version requires: required keys (and those a conditional rule
// that applies requires), the fewest array items allowed. What is left is usually accepted by both
// versions everywhere but at the change's place.
import type { JsonValue } from "../json/types.ts";
import { typeNamed } from "../model/schemaModel.ts";
import { selectVariant } from "../model/selectVariant.ts";
import type { ObjectType, SchemaModel, TypeRef } from "../model/types.ts";
import { resolveAlias } from "./shapes.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";

type PathToken = string | number;

/** `value`, a value of `ref` in `model`, with everything off `keep` the model does not require removed. */
export function prune(model: SchemaModel, ref: TypeRef, value: JsonValue, keep: readonly PathToken[], depth = 0): JsonValue {
  if (depth > 64) return value;
  const resolved = resolveAlias(model, ref);
  switch (resolved.kind) {
    case "nullable":
    case "constrained":
      return value === null && resolved.kind === "nullable" ? value : prune(model, resolved.type, value, keep, depth + 1);
    case "array":
    case "tuple": {
      if (!Array.isArray(value)) return value;
      const [next, ...rest] = keep;
      const needed = Math.max(resolved.constraints.minItems ?? 0, typeof next === "number" ? next + 1 : 0, resolved.kind === "tuple" ? Math.min(value.length, resolved.prefixItems.length) : 0);
      return value.slice(0, needed).map((item, index) => {
        const itemType = resolved.kind === "tuple" ? (resolved.prefixItems[index] ?? (resolved.rest === false ? undefined : resolved.rest)) : resolved.items;
        return itemType === undefined ? item : prune(model, itemType, item, index === next ? rest : [], depth + 1);
      });
    }
    case "record": {
      if (!isObject(value)) return value;
      const [next, ...rest] = keep;
      return typeof next === "string" && Object.hasOwn(value, next) ? withKey({}, next, prune(model, resolved.values, value[next]!, rest, depth + 1)) : {};
    }
    case "named": {
      const type = typeNamed(model, resolved.name);
      if (type.kind === "object") return isObject(value) ? pruneObject(model, type, value, keep, depth) : value;
      if (type.kind === "union") {
        if (type.rule === "firstMatch") return value;
        const variant = selectVariant(type, value);
        return variant ? prune(model, variant.type, value, keep, depth + 1) : value;
      }
      return value;
    }
    default:
      return value;
  }
}

function pruneObject(model: SchemaModel, type: ObjectType, value: { [key: string]: JsonValue }, keep: readonly PathToken[], depth: number): JsonValue {
  const [next, ...rest] = keep;
  const required = new Set(type.properties.filter((property) => property.required).map((property) => property.name));
  for (const rule of type.requiredWhen) {
    if (Object.hasOwn(value, rule.property) && JSON.stringify(value[rule.property]) === JSON.stringify(rule.equals)) for (const key of rule.require) required.add(key);
  }
  let out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value)) {
    const onPath = key === next;
    if (!onPath && !required.has(key)) continue;
    const declared = type.properties.find((property) => property.name === key);
    const itemType = declared?.type ?? type.patternProperties.find((entry) => matches(entry.pattern, key))?.type ?? (type.additionalProperties === false ? undefined : type.additionalProperties);
    out = withKey(out, key, itemType === undefined ? item : prune(model, itemType, item, onPath ? rest : [], depth + 1));
  }
  return out;
}

function matches(pattern: string, key: string): boolean {
  try {
    return ecmaRegExp(pattern).test(key);
  } catch {
    return false;
  }
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withKey(object: { [key: string]: JsonValue }, key: string, value: JsonValue): { [key: string]: JsonValue } {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}
