// The one AJV instance every validator is compiled with.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Static, TSchema } from "@sinclair/typebox";
import { describeErrors, explainErrors, formatIssue, type ValidationIssue } from "./errors.ts";
import { formats } from "./formats.ts";

// Two AJV instances, one schema: `fast` answers valid/invalid with the least work (`discriminator`
// jumps straight to the variant named by the tag; it stops at the first error); `explain` runs only
// after a failure, with every error (`allErrors`, which also makes AJV report the `if` of a failed
// conditional rule) and the failing sub-schema on each (`verbose`), for the error formatter.
const baseOptions = { strict: true, strictTypes: false, strictRequired: false, discriminator: true } as const;
export const ajv = new Ajv({ ...baseOptions, allErrors: false });
const explainingAjv = new Ajv({ ...baseOptions, allErrors: true, verbose: true });
for (const instance of [ajv, explainingAjv]) {
  for (const [name, validate] of Object.entries(formats)) instance.addFormat(name, { type: "string", validate });
}

/**
 * AJV understands only the OpenAPI form of `discriminator` (`{ propertyName }` on a `oneOf`, without a
 * mapping), while our documents also carry the bare-string form TypeBox unions were written with.
 * Returns a copy in the form AJV compiles; the meaning is unchanged since the tags are distinct.
 */
export function prepareForAjv(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(prepareForAjv);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = prepareForAjv(value);
  const discriminator = out.discriminator;
  if (discriminator === undefined) return out;
  const propertyName = typeof discriminator === "string" ? discriminator : (discriminator as { propertyName: string }).propertyName;
  const variants = out.oneOf ?? out.anyOf;
  delete out.anyOf;
  return { ...out, type: "object", discriminator: { propertyName }, oneOf: variants };
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
}

/** Compiles on first use, so importing @clone/schema costs nothing until a validator runs. */
export function createValidator<S extends TSchema>(schemaName: string, schema: S): Validator<Static<S>> {
  let fast: ValidateFunction | undefined;
  let explain: ValidateFunction | undefined;
  let lastErrors: ErrorObject[] | null = null;
  const prepared = () => prepareForAjv(schema) as object;
  const validate = ((value: unknown) => {
    fast ??= ajv.compile(prepared());
    if (fast(value)) {
      lastErrors = null;
      return true;
    }
    explain ??= explainingAjv.compile(prepared());
    explain(value);
    lastErrors = explain.errors ?? [];
    return false;
  }) as Validator<Static<S>>;
  Object.defineProperties(validate, {
    schemaName: { value: schemaName },
    errors: { get: () => lastErrors },
    issues: { value: (value?: unknown) => explainErrors(lastErrors, value) },
    messages: { value: (value?: unknown) => describeErrors(lastErrors, value) },
  });
  return validate;
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
