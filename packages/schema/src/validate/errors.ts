// Turns AJV's raw errors into one line per problem: the JSON pointer of the offending value and what
// was expected there. Compound keywords (`if`/`then`, `anyOf`, discriminated `oneOf`) are folded into
// the message a person needs ("required when source is \"integration\""), never "must match a schema
// in anyOf".
import type { ErrorObject } from "ajv";
import { childPointer, pointerTokens } from "../jsonPointer.ts";
import { FORMAT_EXPECTATIONS } from "./formats.ts";

export interface ValidationIssue {
  /** RFC 6901 pointer into the validated value; "" is the value itself. */
  readonly pointer: string;
  readonly message: string;
  /** The JSON Schema keyword that failed, after folding (e.g. "required", "anyOf"). */
  readonly keyword: string;
}

type SchemaObject = Record<string, unknown>;
/** A subschema is an object or a boolean: `true` accepts every value, `false` none. */
type Subschema = SchemaObject | boolean;

interface WorkingError {
  readonly schemaPath: string;
  readonly issue: ValidationIssue;
}


export function formatIssue(issue: ValidationIssue): string {
  return `${issue.pointer === "" ? "(root)" : issue.pointer}: ${issue.message}`;
}

/** Issues found in a value that sits at `pointer` inside a larger one (e.g. a frame's "/params"), re-rooted there. */
export function issuesAt(pointer: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((item) => ({ ...item, pointer: `${pointer}${item.pointer}` }));
}

/** One message per problem, e.g. `/source_detail: required when source is "integration"`. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, data?: unknown): string[] {
  return explainErrors(errors, data).map(formatIssue);
}

export function explainErrors(errors: readonly ErrorObject[] | null | undefined, data?: unknown): ValidationIssue[] {
  if (!errors || errors.length === 0) return [];
  let working: WorkingError[] = [];
  const compound: ErrorObject[] = [];
  for (const error of errors) {
    if (COMPOUND_KEYWORDS.has(error.keyword)) compound.push(error);
    else working.push({ schemaPath: error.schemaPath, issue: simpleIssue(error) });
  }
  // Innermost first, so that an outer anyOf sees its inner ones already folded.
  compound.sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const error of compound) working = foldCompound(error, working, data);
  return dedupe(working.map((entry) => entry.issue));
}

const COMPOUND_KEYWORDS = new Set(["if", "anyOf", "oneOf", "discriminator"]);

function simpleIssue(error: ErrorObject): ValidationIssue {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return issue(childPointer(at, String(params.missingProperty)), "is required", "required");
    case "additionalProperties":
      return issue(
        childPointer(at, String(params.additionalProperty)),
        "is not allowed (unknown property)",
        "additionalProperties",
      );
    case "type":
      return issue(at, `expected ${String(params.type).split(",").join(" or ")}`, "type");
    case "const":
      return issue(at, `expected ${JSON.stringify(params.allowedValue)}`, "const");
    case "enum":
      return issue(at, `expected ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(" or ")}`, "enum");
    case "format":
      return issue(at, `expected ${describeFormat(String(params.format))}`, "format");
    case "pattern":
      // A pattern that could not be run (ajv.ts, patternNotRunError) says so: the string may well match it.
      return issue(at, params.notRun === true && error.message !== undefined ? error.message : `must match pattern "${String(params.pattern)}"`, "pattern");
    case "minLength":
      return issue(at, params.limit === 1 ? "must not be empty" : `must be at least ${params.limit} characters`, "minLength");
    default:
      return issue(at, error.message ?? `fails ${error.keyword}`, error.keyword);
  }
}

function foldCompound(error: ErrorObject, working: WorkingError[], data: unknown): WorkingError[] {
  const base = error.schemaPath;
  const isChild = (entry: WorkingError) => entry.schemaPath.startsWith(`${base}/`);
  const parent = (error.parentSchema ?? {}) as SchemaObject;
  const replace = (issues: ValidationIssue[]) => [
    ...working.filter((entry) => !isChild(entry)),
    ...issues.map((item) => ({ schemaPath: base, issue: item })),
  ];

  if (error.keyword === "if") {
    // Errors under `then` are the rule's consequences; say which condition made them apply.
    const thenPath = `${base.slice(0, -"/if".length)}/then/`;
    const condition = describeCondition(parent.if);
    return working.map((entry) =>
      entry.schemaPath.startsWith(thenPath) && entry.issue.keyword === "required"
        ? { ...entry, issue: { ...entry.issue, message: `required when ${condition}` } }
        : entry,
    );
  }

  if (error.keyword === "discriminator") {
    const params = error.params as { error: string; tag: string; tagValue?: unknown };
    const pointer = childPointer(error.instancePath, params.tag);
    const values = variantTagValues(parent.oneOf, params.tag);
    if (params.error === "mapping") {
      return replace([issue(pointer, `expected one of ${listValues(values)}`, "discriminator")]);
    }
    const value = valueAt(data, error.instancePath);
    const missing = isPlainObject(value) && !(params.tag in value);
    return replace([issue(pointer, missing ? "is required" : "expected string", "discriminator")]);
  }

  // anyOf / oneOf without a discriminator annotation.
  const branches = (Array.isArray(parent[error.keyword]) ? parent[error.keyword] : []) as Subschema[];
  if (error.keyword === "oneOf" && Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas)) {
    // The value fits, but more than one shape: none of the variants' errors is the problem. Worded
    // as the generated DRF serializers word it (python-drf/support.py's union field).
    return replace([issue(error.instancePath, "must match exactly one variant, matches several", error.keyword)]);
  }
  const value = valueAt(data, error.instancePath);
  const candidates = branchesAcceptingTypeOf(branches, value);
  if (candidates !== undefined) {
    // The value's JSON type picks the variants that could apply (a union by JSON type, e.g. a string
    // or an array of blocks): only their errors are relevant.
    if (candidates.length === 0) return replace([issue(error.instancePath, `expected ${describeBranches(branches)}`, error.keyword)]);
    if (candidates.length === 1) {
      const branchPrefix = `${base}/${candidates[0]}/`;
      const kept = working.filter((entry) => !isChild(entry) || entry.schemaPath.startsWith(branchPrefix));
      if (kept.some((entry) => isChild(entry))) return kept;
    }
    const candidateBranches = candidates.map((index) => branches[index]!);
    if (candidateBranches.every(isScalarBranch)) {
      return replace([issue(error.instancePath, `expected ${describeBranches(candidateBranches)}`, error.keyword)]);
    }
  }
  // A `false` branch allows no value: the others say what is allowed.
  const allowing = branches.filter((branch) => branch !== false);
  if (allowing.length > 0 && allowing.every(isScalarBranch)) {
    return replace([issue(error.instancePath, `expected ${describeBranches(allowing)}`, error.keyword)]);
  }
  const tag = commonTag(branches);
  if (tag !== undefined && isPlainObject(value)) {
    const tagValue = (value as Record<string, unknown>)[tag];
    const picked = branches.flatMap((branch, index) => (constOf(branch, tag) === tagValue ? [index] : []));
    if (picked.length === 1) {
      // The tag picks the variant: only its errors are relevant.
      const branchPrefix = `${base}/${picked[0]}/`;
      return working.filter((entry) => !isChild(entry) || entry.schemaPath.startsWith(branchPrefix));
    }
    if (picked.length > 1) {
      // Several variants share the tag value: the value matches none of them, and no one of them is its shape.
      const prefixes = picked.map((index) => `${base}/${index}/`);
      const childIssues = working.filter((entry) => isChild(entry) && prefixes.some((prefix) => entry.schemaPath.startsWith(prefix))).map((entry) => entry.issue.message);
      const detail = childIssues.length > 0 ? ` (${[...new Set(childIssues)].join("; ")})` : "";
      return replace([issue(error.instancePath, `matches none of the ${picked.length} shapes with ${tag} ${JSON.stringify(tagValue)}${detail}`, error.keyword)]);
    }
    return replace([
      issue(
        childPointer(error.instancePath, tag),
        tagValue === undefined ? "is required" : `expected one of ${listValues(branches.map((b) => constOf(b, tag)))}`,
        error.keyword,
      ),
    ]);
  }
  const childIssues = working.filter(isChild).map((entry) => entry.issue.message);
  const detail = childIssues.length > 0 ? ` (${[...new Set(childIssues)].join("; ")})` : "";
  return replace([issue(error.instancePath, `matches none of the ${branches.length} allowed shapes${detail}`, error.keyword)]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function issue(pointer: string, message: string, keyword: string): ValidationIssue {
  return { pointer, message, keyword };
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((item) => {
    const key = formatIssue(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

function describeFormat(format: string): string {
  return FORMAT_EXPECTATIONS[format] ?? `format "${format}"`;
}

function describeCondition(condition: unknown): string {
  const properties = (isPlainObject(condition) && isPlainObject(condition.properties) ? condition.properties : {}) as Record<string, Subschema>;
  const parts = Object.entries(properties).map(([name, schema]) =>
    isPlainObject(schema) && "const" in schema ? `${name} is ${JSON.stringify(schema.const)}` : `${name} matches its condition`,
  );
  return parts.length > 0 ? parts.join(" and ") : "the condition holds";
}

/** A branch a message can spell out: constants, enums, scalar types (with their pattern), unions of those. */
function isScalarBranch(branch: Subschema): branch is SchemaObject {
  if (typeof branch === "boolean") return false;
  if ("const" in branch || "enum" in branch) return true;
  const variants = branch.anyOf ?? branch.oneOf;
  if (Array.isArray(variants)) return variants.length > 0 && (variants as Subschema[]).every(isScalarBranch);
  return typeof branch.type === "string" && branch.type !== "object" && branch.type !== "array";
}

function describeScalar(branch: SchemaObject): string {
  if ("const" in branch) return JSON.stringify(branch.const);
  if (Array.isArray(branch.enum)) return branch.enum.map((value) => JSON.stringify(value)).join(" or ");
  const variants = branch.anyOf ?? branch.oneOf;
  if (Array.isArray(variants)) return (variants as SchemaObject[]).map(describeScalar).join(" or ");
  if (typeof branch.pattern === "string") return `a ${String(branch.type)} matching ${branch.pattern}`;
  return String(branch.type);
}

/** "\"a\" or \"b\" or null", "string or array": each branch by its values, or else by its JSON type (a `false` branch allows nothing to name). */
function describeBranches(branches: readonly Subschema[]): string {
  const parts = branches
    .filter((branch) => branch !== false)
    .map((branch) => (isScalarBranch(branch) ? describeScalar(branch) : [...(jsonTypesOf(branch) ?? ["a value of another shape"])].join(" or ")));
  return [...new Set(parts)].join(" or ");
}

type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";

function jsonTypeOfValue(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as "boolean" | "string" | "object";
}

/** The JSON types a schema can accept, or undefined when it does not say (no `type`, `const`, …, or `true`). */
function jsonTypesOf(schema: Subschema): Set<JsonType> | undefined {
  if (schema === true) return undefined;
  if (schema === false) return new Set();
  if (Array.isArray(schema.type)) return new Set(schema.type as JsonType[]);
  if (typeof schema.type === "string") return new Set([schema.type as JsonType]);
  if ("const" in schema) return new Set([jsonTypeOfValue(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(jsonTypeOfValue));
  if (schema.discriminator !== undefined) return new Set(["object"]);
  const variants = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(variants) || variants.length === 0) return undefined;
  const types = new Set<JsonType>();
  for (const variant of variants as Subschema[]) {
    const inner = jsonTypesOf(variant);
    if (inner === undefined) return undefined;
    for (const type of inner) types.add(type);
  }
  return types;
}

/** Indices of the branches whose JSON types admit the value's; undefined if some branch's are unknown. */
function branchesAcceptingTypeOf(branches: readonly Subschema[], value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const type = jsonTypeOfValue(value);
  const accepting: number[] = [];
  for (const [index, branch] of branches.entries()) {
    const types = jsonTypesOf(branch);
    if (types === undefined) return undefined;
    if (types.has(type) || (type === "integer" && types.has("number"))) accepting.push(index);
  }
  return accepting;
}

function constOf(branch: Subschema, property: string): unknown {
  if (!isPlainObject(branch) || !isPlainObject(branch.properties)) return undefined;
  const schema = branch.properties[property];
  return isPlainObject(schema) && "const" in schema ? schema.const : undefined;
}

function commonTag(branches: readonly Subschema[]): string | undefined {
  const first = branches[0];
  if (!isPlainObject(first) || !isPlainObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((name) => branches.every((branch) => constOf(branch, name) !== undefined));
}

function variantTagValues(variants: unknown, tag: string): unknown[] {
  return Array.isArray(variants) ? variants.map((variant) => constOf(variant as Subschema, tag)).filter((v) => v !== undefined) : [];
}

function valueAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const token of pointerTokens(pointer) ?? []) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
