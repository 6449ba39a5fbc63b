import { isJsonObject } from "../json/jsonType.ts";
import type { JsonObject, JsonValue } from "../json/types.ts";
import type { Adopt } from "./mergeSchemas.ts";
import type { Schema } from "./modelBuilderContext.ts";
import { declaredTypes } from "./schemaFacts.ts";

/** A key a `not` forbids, with the `{required: [key]}` that names it (where the author wrote it). */
interface ForbiddenKey {
  readonly key: string;
  readonly writtenAt: JsonObject;
}

/**
 * The keys a `not` forbids, when that is all it says: `not: {required: [k]}` (k absent), or
 * `not: {anyOf: [{required: [a]}, {required: [b]}]}` (neither present). Each `required` names one
 * key; a `not` of anything else (another keyword, a `required` of several keys: "not all of them"),
 * or of an `if` the model negated itself (ConditionalTests), forbids no single key, and is undefined here.
 */
export function keysForbiddenByNot(rule: JsonValue | undefined, conditionalTests: ConditionalTests): ForbiddenKey[] | undefined {
  if (isJsonObject(rule) && conditionalTests.has(rule)) return undefined;
  const single = singleRequiredKey(rule);
  if (single !== undefined) return [single];
  if (!isJsonObject(rule) || Object.keys(rule).length !== 1 || !Array.isArray(rule.anyOf) || rule.anyOf.length === 0) return undefined;
  const keys = rule.anyOf.map(singleRequiredKey);
  return keys.every((key): key is ForbiddenKey => key !== undefined) ? keys : undefined;
}

/**
 * The `if`s the model negates itself for a conditional's case where it fails (`if: {required: [k]}`
 * makes the case `{not: {required: [k]}, …else}`): a `not` of one of them forbids no key here. The
 * case is told apart by the test already (the union of the conditional's cases), and read as an
 * absent property the else case was a new type beside the one its branch names: OpenAPI 3.1's
 * `parameter-or-reference` (`if: {required: [$ref]}`, `else: {$ref: parameter}`) held a copy of
 * every type of Parameter with `$ref` absent, where it holds Parameter's own, and Parameter's cases
 * lost the names they shared with it (ParameterSchema became ParameterWithSchema). Kept per build
 * (the normalizer's), as its other tables of what it made are: an `if` one build negated is the
 * author's own `not` in another that reads the same objects.
 */
export type ConditionalTests = WeakSet<JsonObject>;

/**
 * `schema` with the keys its `not` forbids (keysForbiddenByNot) declared as properties no value
 * satisfies, of objects alone: `{not: {required: [k]}}` is exactly `{type: "object", properties: {k: false}}`
 * (an object passes both when it lacks k; any other value passes `required`, so fails its `not`), a
 * form every typed target checks (Swift types the key JSONAbsent and its decoder refuses it), where
 * the `not` was a rule no decoder checks. A schema whose `type` names others keeps its `not` (it refuses
 * them, which `properties` cannot say): a type list's object part, restricted to objects, reads it so,
 * and its other parts admit no value. Found by sweep AS on Slack's Block Kit
 * (TightknitAI/slack-block-kit-validator src/slack-block-kit.schema.json: slack_file_object is
 * `oneOf: [{required: [url], not: {required: [id]}}, {required: [id], not: {required: [url]}}]`),
 * a common way of writing two keys that exclude each other.
 */
export function withForbiddenKeysDeclared(schema: Schema, adopt: Adopt, conditionalTests: ConditionalTests): Schema {
  const keys = keysForbiddenByNot(schema.not, conditionalTests);
  if (keys === undefined) return schema;
  const declared = declaredTypes(schema);
  if (declared !== undefined && !(declared.length === 1 && declared[0] === "object")) return schema;
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const forbidden = Object.fromEntries(keys.map(({ key, writtenAt }) => [key, absentValue(writtenAt, adopt)]));
  const { not: _forbidding, ...rest } = schema;
  const made: Schema = { ...rest, type: "object", properties: { ...properties, ...forbidden } };
  adopt(made, schema);
  return made;
}

/** The one key of `{required: [k]}`, and nothing else beside it. */
function singleRequiredKey(rule: JsonValue | undefined): ForbiddenKey | undefined {
  if (!isJsonObject(rule) || Object.keys(rule).length !== 1 || !Array.isArray(rule.required) || rule.required.length !== 1) return undefined;
  const key = rule.required[0];
  return typeof key === "string" ? { key, writtenAt: rule } : undefined;
}

/**
 * The schema no value satisfies, in every dialect (`{not: {}}`; `false` is draft-06 on), at the place of
 * the `required` that forbids the key: the property has no place of its own in the file.
 */
function absentValue(writtenAt: JsonObject, adopt: Adopt): JsonObject {
  const anything: JsonObject = {};
  const nothing: JsonObject = { not: anything };
  adopt(anything, writtenAt);
  adopt(nothing, writtenAt);
  return nothing;
}
