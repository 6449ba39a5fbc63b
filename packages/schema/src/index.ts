// @clone/schema: Clone's wire shapes, written once. Types, schemas, constants and validators.
export * from "./events.ts";
export * from "./gateway/index.ts";
export * from "./gateway/operations.ts";
export * from "./gateway/close-codes.ts";
export * from "./families.ts";
export * from "./claude-code/index.ts";
export { NonEmptyString, NullableString, OpenStringEnum, RFC3339DateTime, StringLiteralUnion } from "./primitives.ts";
export { formats, isRfc3339DateTime, isUri, DATE_TIME_PATTERN, FORMAT_RULES, satisfiesFormat, type FormatRule } from "./validate/formats.ts";
export { describeErrors, explainErrors, formatIssue, issuesAt, type ValidationIssue } from "./validate/errors.ts";
export {
  ajv,
  assertValid,
  compileValidator,
  createValidator,
  prepareForAjv,
  SchemaValidationError,
  type Validator,
} from "./validate/ajv.ts";
export * from "./validate/validators.ts";
export * from "./validate/versioned.ts";
export * from "./validate/registry.ts";
