// @clone/schema: Clone's wire shapes, written once. Types, schemas, constants and validators.
export * from "./events.ts";
export * from "./gateway/index.ts";
export * from "./gateway/operations.ts";
export * from "./gateway/close-codes.ts";
export * from "./families.ts";
export * from "./claude-code/index.ts";
export { NonEmptyString, NullableString, OpenStringEnum, RFC3339DateTime, StringLiteralUnion } from "./primitives.ts";
export {
  CALENDAR_FIELD_RANGES,
  CALENDAR_FORMATS,
  OFFSET_ENDED_FORMATS,
  daysInMonth,
  FORMAT_EXPECTATIONS,
  FORMAT_RULES,
  formats,
  isRfc3339DateTime,
  isUri,
  matchesCalendarFormat,
  satisfiesFormat,
  type FormatRule,
} from "./validate/formats.ts";
export { childPointer, escapePointerToken, jsonPointer, pointerTokens, unescapePointerToken } from "./jsonPointer.ts";
export { describeErrors, explainErrors, formatIssue, issuesAt, type ValidationIssue } from "./validate/errors.ts";
export { jsonEqual } from "./validate/jsonEqual.ts";
export { patternEngine, PatternNotRun, patternTest, placeOfString, unicodeModePattern, unlessPatternNotRun } from "./validate/patterns.ts";
export {
  ajv,
  INSTANCE_READING,
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
