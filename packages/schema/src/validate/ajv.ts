// The one AJV instance every validator is compiled with.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Static, TSchema } from "@sinclair/typebox";
import { describeErrors, explainErrors, formatIssue, type ValidationIssue } from "./errors.ts";
import { formats } from "./formats.ts";
import { patternEngine, PatternNotRun, placeOfString } from "./patterns.ts";
// First, so every AJV compiles const / enum / uniqueItems with an equality that cannot throw.
import "./jsonEqual.ts";

/**
 * How every AJV here reads an instance, whatever the schema: a key is present only when the object
 * has it as its own. Without this, AJV reads `properties` and `required` through the prototype, so a
 * schema with a property named `toString`, `constructor` or `valueOf` judged `{}` by the inherited
 * function (a `required: ["valueOf"]` held on `{}`). And `required` is checked in a loop: unrolled
 * (AJV's default below 200 keys) it records the missing key's name inside the test for it, and the
 * empty name `""` is falsy, so `required: [""]` never failed (ajv 8.20). The conformance run's
 * DocumentAjv uses it too.
 */
export const INSTANCE_READING = { ownProperties: true, loopRequired: 1 } as const;

// Two AJV instances, one schema: `fast` answers valid/invalid with the least work (`discriminator`
// jumps straight to the variant named by the tag; it stops at the first error); `explain` runs only
// after a failure, with every error (`allErrors`, which also makes AJV report the `if` of a failed
// conditional rule) and the failing sub-schema on each (`verbose`), for the error formatter.
// Patterns run through patternEngine, so one the engine cannot run to the end on a string is told apart
// from any other throw (patterns.ts).
const baseOptions = { strict: true, strictTypes: false, strictRequired: false, discriminator: true, code: { regExp: patternEngine }, ...INSTANCE_READING } as const;
export const ajv = new Ajv({ ...baseOptions, allErrors: false });
const explainingAjv = new Ajv({ ...baseOptions, allErrors: true, verbose: true });
for (const instance of [ajv, explainingAjv]) {
  for (const [name, validate] of Object.entries(formats)) instance.addFormat(name, { type: "string", validate });
}

/**
 * Returns a copy of a schema in the form AJV compiles best; the meaning is unchanged.
 * - AJV understands only the OpenAPI form of `discriminator` (`{ propertyName }` on a `oneOf`, without
 *   a mapping), while our documents also carry the bare-string form TypeBox unions were written with;
 *   the tags are distinct, so `oneOf` means what `anyOf` did.
 * - An `anyOf` of constants (how a closed set of strings is written) becomes an `enum` of them: AJV
 *   tries `anyOf` branches one by one and records an error for each one that misses, where an `enum`
 *   is one lookup. The error message reads the same (errors.ts).
 */
export function prepareForAjv(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(prepareForAjv);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = prepareForAjv(value);
  const constants = constantsOfAnyOf(out.anyOf);
  if (constants !== undefined && out.discriminator === undefined) {
    delete out.anyOf;
    return { ...out, enum: constants };
  }
  const widest = widestBranchOfAnyOf(out.anyOf);
  if (widest !== undefined && out.discriminator === undefined) {
    delete out.anyOf;
    return { ...out, ...widest };
  }
  const discriminator = out.discriminator;
  if (discriminator === undefined) return out;
  const propertyName = typeof discriminator === "string" ? discriminator : (discriminator as { propertyName: string }).propertyName;
  const variants = out.oneOf ?? out.anyOf;
  delete out.anyOf;
  return { ...out, type: "object", discriminator: { propertyName }, oneOf: variants };
}

/** The values of an `anyOf` whose every branch is `{ const }` (with at most the `type` of its value). */
function constantsOfAnyOf(branches: unknown): unknown[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of branches) {
    if (typeof branch !== "object" || branch === null || !("const" in branch)) return undefined;
    const { const: value, type, ...rest } = branch as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || (type !== undefined && type !== jsonTypeName(value))) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * The branch of an `anyOf` that accepts every value of the one JSON type all branches are restricted
 * to (e.g. any object, beside objects of known shapes: a tool input), which makes the others
 * redundant for validation; undefined when there is none.
 */
function widestBranchOfAnyOf(branches: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(branches) || branches.length < 2) return undefined;
  const typed = branches as Record<string, unknown>[];
  const type = typed[0]?.type;
  if (typeof type !== "string" || !typed.every((branch) => typeof branch === "object" && branch !== null && branch.type === type)) return undefined;
  return typed.find(acceptsEveryValueOfItsType);
}

const ANNOTATIONS = new Set(["description", "title", "examples", "default", "$comment"]);

function acceptsEveryValueOfItsType(branch: Record<string, unknown>): boolean {
  return Object.entries(branch).every(([key, value]) => {
    if (key === "type" || ANNOTATIONS.has(key)) return true;
    if (key === "additionalProperties") return value === true;
    if (key === "properties") return typeof value === "object" && value !== null && Object.keys(value).length === 0;
    return false;
  });
}

function jsonTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export interface Validator<T> {
  (value: unknown): value is T;
  /** Definition name, e.g. "CloneEvent". */
  readonly schemaName: string;
  /** AJV's errors from the last call that failed; null after a success. */
  readonly errors: ErrorObject[] | null;
  /** The last failure explained, one issue per problem. */
  issues(value?: unknown): ValidationIssue[];
  /** The last failure explained as `pointer: message` lines. */
  messages(value?: unknown): string[];
  /** Compiles the fast check now rather than on the first call (a tool that times its work uses it). */
  compile(): void;
}

/**
 * Compiles on first use, so importing @clone/schema costs nothing until a validator runs. The fast
 * check is compiled from the schema itself unless `compileFast` gives another way (a document of
 * definitions, see createDocumentValidators); explanations always come from the schema itself.
 */
export function createValidator<S extends TSchema>(schemaName: string, schema: S, compileFast?: () => ValidateFunction): Validator<Static<S>> {
  let fast: ValidateFunction | undefined;
  let explain: ValidateFunction | undefined;
  let lastErrors: ErrorObject[] | null = null;
  const prepared = () => prepareForAjv(schema) as object;
  const compile = () => (fast ??= compileFast ? compileFast() : ajv.compile(prepared()));
  const validate = ((value: unknown) => {
    fast ??= compile();
    try {
      if (fast(value)) {
        lastErrors = null;
        return true;
      }
      explain ??= explainingAjv.compile(prepared());
      explain(value);
      lastErrors = explain.errors ?? [];
    } catch (error) {
      if (!(error instanceof PatternNotRun)) throw error;
      lastErrors = [patternNotRunError(error, value)];
    }
    return false;
  }) as Validator<Static<S>>;
  Object.defineProperties(validate, {
    schemaName: { value: schemaName },
    errors: { get: () => lastErrors },
    issues: { value: (value?: unknown) => explainErrors(lastErrors, value) },
    messages: { value: (value?: unknown) => describeErrors(lastErrors, value) },
    compile: { value: () => void compile() },
  });
  return validate;
}

/**
 * A value holding a string one of the schema's patterns could not be run to the end on (PatternNotRun:
 * V8's backtracking stack overflowed) is invalid, with this error at that string: a validator fails
 * closed. A server validating what a client sent gets a verdict it can refuse on, never an exception
 * out of `validate`; and it never lets through a value nobody checked. (Python's `re` runs the same
 * pattern to the end, so the DRF serializers may accept such a string; the Swift decoder does not check
 * `pattern` at all. The conformance run does not judge such an instance: recorded.ts.)
 */
function patternNotRunError(error: PatternNotRun, value: unknown): ErrorObject {
  return {
    instancePath: placeOfString(value, error.value),
    schemaPath: "",
    keyword: "pattern",
    params: { pattern: error.pattern, notRun: true },
    message: `could not be checked against pattern "${error.pattern}": the regular expression engine could not run it to the end on this string of ${error.length} characters`,
  };
}

// Large families (Claude Code sessions) validate through one document per family: every definition
// that is an object or a union is compiled once, as a function of its own, and referenced (`$ref`)
// wherever the same shape recurs. Inlined, the same content-block union appears in user and assistant
// records and the validator becomes one function too large for V8 to optimize. Explanations of a
// failure still come from the inline schema, whose error paths errors.ts folds.
const documentAjv = new Ajv({ ...baseOptions, allErrors: false, inlineRefs: false });
for (const [name, validate] of Object.entries(formats)) documentAjv.addFormat(name, { type: "string", validate });
let documentCount = 0;

/** A validator per definition, all checking through one shared document (compiled on first use). */
export function createDocumentValidators(definitions: Readonly<Record<string, TSchema>>): Record<string, Validator<unknown>> {
  const id = `clone:document:${++documentCount}`;
  let added = false;
  const compileFast = (name: string) => () => {
    if (!added) {
      documentAjv.addSchema(toAjvDocument(id, definitions));
      added = true;
    }
    const compiled = documentAjv.getSchema(`${id}#/$defs/${encodeURIComponent(name)}`);
    if (!compiled) throw new Error(`${id}: no definition ${name}`);
    return compiled;
  };
  return Object.fromEntries(Object.entries(definitions).map(([name, schema]) => [name, createValidator(name, schema, compileFast(name))]));
}

/** Keywords whose values are schemas, maps of schemas or lists of schemas. */
const SCHEMA_KEYWORDS = new Set(["additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames", "additionalItems", "unevaluatedProperties", "unevaluatedItems"]);
const SCHEMA_LIST_KEYWORDS = new Set(["anyOf", "oneOf", "allOf", "prefixItems"]);
const SCHEMA_MAP_KEYWORDS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"]);

/**
 * The definitions as one AJV document `{ $id, $defs }`, each prepared for AJV, with every nested
 * schema equal to an object or union definition replaced by a `$ref` to it.
 */
export function toAjvDocument(id: string, definitions: Readonly<Record<string, TSchema>>): object {
  const prepared = Object.entries(definitions).map(([name, schema]) => [name, prepareForAjv(schema) as Record<string, unknown>] as const);
  const nameByShape = new Map<string, string>();
  for (const [name, schema] of prepared) {
    const shape = JSON.stringify(schema);
    if (isCompound(schema) && !nameByShape.has(shape)) nameByShape.set(shape, name);
  }
  const referTo = (schema: unknown): unknown => {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
    const name = nameByShape.get(JSON.stringify(schema));
    return name === undefined ? withReferences(schema as Record<string, unknown>) : { $ref: `#/$defs/${encodeURIComponent(name)}` };
  };
  const withReferences = (schema: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(schema)) {
      if (SCHEMA_KEYWORDS.has(key)) out[key] = Array.isArray(value) ? value.map(referTo) : referTo(value);
      else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) out[key] = value.map(referTo);
      else if (SCHEMA_MAP_KEYWORDS.has(key) && typeof value === "object" && value !== null) {
        out[key] = Object.fromEntries(Object.entries(value).map(([entry, schema]) => [entry, referTo(schema)]));
      } else out[key] = value;
    }
    return out;
  };
  return { $id: id, $defs: Object.fromEntries(prepared.map(([name, schema]) => [name, withReferences(schema)])) };
}

/** An object with properties, or a union: worth a function of its own. */
function isCompound(schema: Record<string, unknown>): boolean {
  const properties = schema.properties;
  if (typeof properties === "object" && properties !== null && Object.keys(properties).length > 0) return true;
  const variants = schema.anyOf ?? schema.oneOf;
  return Array.isArray(variants) && variants.length > 1;
}

/** The compiled AJV function itself, for hot paths that want no wrapper at all. */
export function compileValidator(schema: TSchema): ValidateFunction {
  return ajv.compile(prepareForAjv(schema) as object);
}

export class SchemaValidationError extends Error {
  constructor(
    readonly schemaName: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`invalid ${schemaName}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join("\n")}`);
    this.name = "SchemaValidationError";
  }
}

/** Returns the value typed when valid; throws a SchemaValidationError naming every problem otherwise. */
export function assertValid<T>(validator: Validator<T>, value: unknown): T {
  if (validator(value)) return value;
  throw new SchemaValidationError(validator.schemaName, validator.issues(value));
}
