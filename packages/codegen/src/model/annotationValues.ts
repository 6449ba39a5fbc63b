// The values a schema gives as annotations, its `default` and each of its `examples`, held to that
// schema: a model invariant the document can break, and real schemas do (a string with
// `"default": false`, a boolean with `"default": "true"`). gen warns of each one the model's validator
// refuses, at the keyword's pointer, with where inside the value and what the schema asks there.
//
// No output uses such a value as a value: Swift and the DRF serializers fill in no default, and the
// docs and the JSON Schema outputs carry it as documentation, as the schema writes it (JSON Schema
// reads `default` and `examples` as annotations, never as rules).
//
// A value is judged where the model reads a schema: a named type's place and a declared property's.
// A `default` in an allOf part merged into its neighbours, or on a scalar schema inside an array's
// items, sits at a place the model keeps no reading of, and is not judged.
import { childPointer, pointerTokens } from "@clone/schema/json-pointer";
import { PatternNotRun, unlessPatternNotRun } from "@clone/schema/patterns";
import { isJsonObject } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { valueAt } from "../jsonSchema/references.ts";
import { describeNamedType, describeTypeRef } from "./describeAssertion.ts";
import { ModelValidator } from "./modelValidator.ts";
import { typeNamed } from "./schemaModel.ts";
import type { ModelWarning } from "./summary.ts";
import type { Pointer, SchemaModel, TypeRef } from "./types.ts";

/** How much of a refused value a warning quotes. */
const QUOTED_CHARACTERS = 80;

/** Each `default` and item of `examples` the model refuses at the place its schema is read, in the order of the model's types. */
export function annotationValueWarnings(model: SchemaModel): ModelWarning[] {
  const validator = new ModelValidator(model);
  const warnings: ModelWarning[] = [];
  for (const [place, readings] of readingsByPlace(model)) {
    const schema = valueAt(model.source.document, pointerTokens(place) ?? []);
    if (!isJsonObject(schema)) continue;
    for (const { pointer, what, value } of annotationValuesOf(schema, place)) {
      const taken = unlessPatternNotRun(() => readings.some((reading) => validator.validates(reading, value)));
      if (taken instanceof PatternNotRun) {
        warnings.push({ pointer, reason: `${what} ${quoted(value)} could not be checked against its own schema: ${taken.message}; kept as documentation only: no generated code uses it as a value` });
        continue;
      }
      if (taken) continue;
      warnings.push({ pointer, reason: `${what} ${quoted(value)} does not satisfy its own schema (${describeRefusal(refusalOf(validator, readings[0]!, value, ""))}); kept as documentation only: no generated code uses it as a value` });
    }
  }
  return warnings;
}

/** The `default` and `examples` items a schema at `place` writes, each at its pointer. */
function annotationValuesOf(schema: { readonly [key: string]: JsonValue }, place: Pointer): { pointer: Pointer; what: string; value: JsonValue }[] {
  const values: { pointer: Pointer; what: string; value: JsonValue }[] = Object.hasOwn(schema, "default") ? [{ pointer: childPointer(place, "default"), what: "default", value: schema.default! }] : [];
  const examples = schema.examples;
  if (Array.isArray(examples)) examples.forEach((value, index) => values.push({ pointer: childPointer(place, "examples", index), what: "example", value }));
  return values;
}

/**
 * The places the model reads a schema at, each with its readings: every named type's pointer and
 * every declared property's. A place may have several (a lifted inline type is also its property's
 * type); a value any of them takes is one its schema takes. A variant a union keeps at its own place
 * (`type: ["string", "object"]` restricted to the object) reads only part of that schema, and is no
 * reading of it.
 */
function readingsByPlace(model: SchemaModel): Map<Pointer, TypeRef[]> {
  const partsOfTheirPlace = new Set<string>();
  for (const type of model.types) {
    if (type.kind !== "union") continue;
    for (const variant of type.variants) if (variant.type.kind === "named" && typeNamed(model, variant.type.name).pointer === type.pointer) partsOfTheirPlace.add(variant.type.name);
  }
  const readings = new Map<Pointer, TypeRef[]>();
  const add = (place: Pointer, reading: TypeRef) => {
    const known = readings.get(place);
    if (known) known.push(reading);
    else readings.set(place, [reading]);
  };
  for (const type of model.types) {
    if (!partsOfTheirPlace.has(type.name)) add(type.pointer, { kind: "named", name: type.name });
    if (type.kind === "object") for (const property of type.properties) add(property.pointer, property.type);
  }
  return readings;
}

/** Where inside a refused value the schema refuses it (a pointer into the value), and what it asks there. */
interface Refusal {
  readonly at: Pointer;
  /** "is required", "must match exactly one variant, matches several", or "must be …" in the words the docs use for a type (describeAssertion.ts). */
  readonly words: string;
}

/** As the toolkit's validators word an issue (@clone/schema's formatIssue): `/max: is required`; the value itself by the words alone. */
function describeRefusal(refusal: Refusal): string {
  return refusal.at === "" ? refusal.words : `${refusal.at}: ${refusal.words}`;
}

/**
 * Why `ref` refuses `value`: down through the object keys and array items that hold the refused
 * part (a required key missing, a key's value refused), to the innermost schema refusing it whole.
 * The verdict at each step is the validator's; only the way down is read from the model.
 */
function refusalOf(validator: ModelValidator, ref: TypeRef, value: JsonValue, at: Pointer): Refusal {
  const inner = innerReading(validator, ref, value);
  if (inner !== undefined) return refusalOf(validator, inner, value, at);
  if (matchesSeveralVariants(validator, ref, value)) return { at, words: "must match exactly one variant, matches several" };
  const part = refusedPart(validator, ref, value);
  if (part === undefined) return { at, words: `must be ${describe(validator.model, ref)}` };
  if (part.value === undefined) return { at: childPointer(at, part.key), words: "is required" };
  return refusalOf(validator, part.ref, part.value, childPointer(at, part.key));
}

/** The reference that refuses `value` for `ref`: a non-null value's type past `nullable`, an alias's type, a constrained type's own type when it refuses before the rules. */
function innerReading(validator: ModelValidator, ref: TypeRef, value: JsonValue): TypeRef | undefined {
  if (ref.kind === "nullable") return value === null ? undefined : ref.type;
  if (ref.kind === "constrained") return validator.validates(ref.type, value) ? undefined : ref.type;
  if (ref.kind !== "named") return undefined;
  const type = typeNamed(validator.model, ref.name);
  return type.kind === "alias" ? type.type : undefined;
}

/** Whether `ref` is a `oneOf` told apart by first match or by type that refuses `value` for taking it by more than one variant (worded as the toolkit's validators word it). */
function matchesSeveralVariants(validator: ModelValidator, ref: TypeRef, value: JsonValue): boolean {
  if (ref.kind !== "named") return false;
  const type = typeNamed(validator.model, ref.name);
  return type.kind === "union" && type.rule !== "tag" && type.keyword === "oneOf" && validator.matchingVariants(type, value).length > 1;
}

/** The first key or item of `value` that `ref` refuses: a required key it lacks (no value), or one whose value its schema refuses. */
function refusedPart(validator: ModelValidator, ref: TypeRef, value: JsonValue): { key: string | number; ref: TypeRef; value?: JsonValue } | undefined {
  if (ref.kind === "named" && isJsonObject(value)) {
    const type = typeNamed(validator.model, ref.name);
    if (type.kind !== "object") return undefined;
    for (const property of type.properties) {
      if (!Object.hasOwn(value, property.name)) {
        if (property.required) return { key: property.name, ref: property.type };
      } else if (!validator.validates(property.type, value[property.name]!)) return { key: property.name, ref: property.type, value: value[property.name]! };
    }
    return undefined;
  }
  if (ref.kind === "array" && Array.isArray(value)) {
    const index = value.findIndex((item) => !validator.validates(ref.items, item));
    return index < 0 ? undefined : { key: index, ref: ref.items, value: value[index]! };
  }
  if (ref.kind === "record" && isJsonObject(value)) {
    const key = Object.keys(value).find((name) => !validator.validates(ref.values, value[name]!));
    return key === undefined ? undefined : { key, ref: ref.values, value: value[key]! };
  }
  return undefined;
}

/** A type in the docs' words: a named type by its shape, not its name. */
function describe(model: SchemaModel, ref: TypeRef): string {
  return ref.kind === "named" ? describeNamedType(typeNamed(model, ref.name)) : describeTypeRef(ref);
}

/** A value as JSON, cut short past QUOTED_CHARACTERS. */
function quoted(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length <= QUOTED_CHARACTERS ? text : `${text.slice(0, QUOTED_CHARACTERS)}… (${text.length} characters)`;
}
