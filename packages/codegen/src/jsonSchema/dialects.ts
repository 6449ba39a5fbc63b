// Rewrites the keywords whose spelling changed between dialects, so that a schema written in one
// dialect means the same inside a document of another (a draft-04 file bundled into a draft-07 input):
// exclusive bounds (draft-04 booleans ↔ numbers), tuples (`items` list + `additionalItems` ↔
// `prefixItems` + `items`), property dependencies (`dependencies` ↔ `dependentRequired` /
// `dependentSchemas`), and keywords beside a `$ref`, which apply from 2019-09 on and are ignored by the
// earlier drafts' letter (those move into an `allOf` with the `$ref`).
import type { JsonValue } from "../json/types.ts";
import { dialectAtLeast, isValidationKeyword, subschemas, type Dialect } from "./vocabulary.ts";

type SchemaObject = { [key: string]: JsonValue };

export function convertDialect(schema: JsonValue, from: Dialect, to: Dialect): JsonValue {
  if (from === to || typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  let out: SchemaObject = { ...schema };
  for (const [path, child] of subschemas(schema)) {
    const [keyword, inner] = path as [string, string | number | undefined];
    const converted = convertDialect(child, from, to);
    if (inner === undefined) out[keyword] = converted;
    else if (Array.isArray(out[keyword])) out[keyword] = Object.assign([...(out[keyword] as JsonValue[])], { [inner]: converted });
    else out[keyword] = { ...(out[keyword] as SchemaObject), [inner]: converted };
  }
  out = convertBounds(out, from, to);
  out = convertTuples(out, from, to);
  out = convertDependencies(out, from, to);
  return convertRefSiblings(out, from, to);
}

/**
 * Each bound's two keywords: draft-04 writes an exclusive bound as the inclusive keyword's number with
 * the exclusive one `true` beside it, later drafts as the exclusive keyword's number; `tighter` picks
 * the bound that binds of two.
 */
const BOUND_PAIRS = [
  { inclusive: "minimum", exclusive: "exclusiveMinimum", tighter: Math.max },
  { inclusive: "maximum", exclusive: "exclusiveMaximum", tighter: Math.min },
] as const;

/** The keywords an exclusive bound is written with, in either form. */
export const EXCLUSIVE_BOUND_KEYWORDS = BOUND_PAIRS.flatMap(({ inclusive, exclusive }) => [inclusive, exclusive]);

/** Whether `schema` writes an exclusive bound in `dialect`'s form (draft-04's boolean, a later draft's number). */
export function writesExclusiveBoundOf(schema: SchemaObject, dialect: Dialect): boolean {
  const form = dialect === "draft-04" ? "boolean" : "number";
  return BOUND_PAIRS.some(({ exclusive }) => typeof schema[exclusive] === form);
}

/** `schema` (a copy) with its exclusive bounds written as `from` writes them rewritten as `to` does; nothing else changes. */
export function convertBounds(schema: SchemaObject, from: Dialect, to: Dialect): SchemaObject {
  const out = { ...schema };
  for (const { exclusive, inclusive, tighter } of BOUND_PAIRS) {
    const value = out[exclusive];
    const bound = out[inclusive];
    if (from === "draft-04" && to !== "draft-04" && typeof value === "boolean") {
      delete out[exclusive];
      if (value && typeof bound === "number") {
        out[exclusive] = bound;
        delete out[inclusive];
      }
    } else if (to === "draft-04" && from !== "draft-04" && typeof value === "number") {
      // value < x < bound (or >): whichever is tighter wins; an inclusive bound beyond it stays inclusive.
      if (typeof bound === "number" && tighter(bound, value) === bound && bound !== value) delete out[exclusive];
      else {
        out[inclusive] = value;
        out[exclusive] = true;
      }
    }
  }
  return out;
}

function convertTuples(schema: SchemaObject, from: Dialect, to: Dialect): SchemaObject {
  const out = { ...schema };
  if (from !== "2020-12" && to === "2020-12") {
    if (Array.isArray(out.items)) {
      out.prefixItems = out.items;
      delete out.items;
      if (out.additionalItems !== undefined) out.items = out.additionalItems;
    }
    delete out.additionalItems;
  } else if (from === "2020-12" && to !== "2020-12" && Array.isArray(out.prefixItems)) {
    const rest = out.items;
    out.items = out.prefixItems;
    delete out.prefixItems;
    if (rest !== undefined) out.additionalItems = rest;
  }
  return out;
}

function convertDependencies(schema: SchemaObject, from: Dialect, to: Dialect): SchemaObject {
  const out = { ...schema };
  const modern = (dialect: Dialect) => dialectAtLeast(dialect, "2019-09");
  if (!modern(from) && modern(to) && typeof out.dependencies === "object" && out.dependencies !== null && !Array.isArray(out.dependencies)) {
    const entries = Object.entries(out.dependencies);
    const required = entries.filter(([, value]) => Array.isArray(value));
    const schemas = entries.filter(([, value]) => !Array.isArray(value));
    delete out.dependencies;
    if (required.length > 0) out.dependentRequired = Object.fromEntries(required);
    if (schemas.length > 0) out.dependentSchemas = Object.fromEntries(schemas);
  } else if (modern(from) && !modern(to) && (out.dependentRequired !== undefined || out.dependentSchemas !== undefined)) {
    out.dependencies = { ...((out.dependentRequired as SchemaObject) ?? {}), ...((out.dependentSchemas as SchemaObject) ?? {}) };
    delete out.dependentRequired;
    delete out.dependentSchemas;
  }
  return out;
}

/**
 * A `$ref` beside other rules, from a 2019-09 or later schema into an earlier draft's document: the
 * `$ref` joins an `allOf` and the rules stay, so they apply whichever way a validator reads `$ref`
 * (an earlier draft ignores its siblings: Python's jsonschema took a 2020-12 file's `required` beside
 * its `$ref` as nothing once it was bundled into a draft-04 input).
 */
function convertRefSiblings(schema: SchemaObject, from: Dialect, to: Dialect): SchemaObject {
  const modern = (dialect: Dialect) => dialectAtLeast(dialect, "2019-09");
  if (!modern(from) || modern(to) || typeof schema.$ref !== "string") return schema;
  const { $ref, ...rest } = schema;
  if (!Object.keys(rest).some((keyword) => isValidationKeyword(keyword, from))) return schema;
  return { ...rest, allOf: [{ $ref }, ...(Array.isArray(rest.allOf) ? rest.allOf : [])] };
}

