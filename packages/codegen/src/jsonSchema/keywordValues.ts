// What each validating keyword's value must be, checked once on every input before anything reads
// it. A value the keyword gives no meaning to (`type: "objec"`, `enum: 5`, `pattern: "("`,
// `minLength: -1`, `multipleOf: 0`, a list for `items` in 2020-12) used to be skipped or half-read
// by whichever step met it: the targets then disagreed with each other, or wrote code that fails at
// run time (a pattern no regex engine compiles). AJV refuses such a schema as well.
//
// The line drawn: a value the meta-schema forbids is refused when its meaning is unknown. Where the
// meta-schema is only stricter than the meaning (a type or required name listed twice, an empty
// `required` in draft-04, an empty `items` list, an empty `allOf`, `anyOf` or `oneOf`), the schema is
// taken as it reads.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { groupsOf } from "./patternSyntax.ts";
import { valueAt, walkDocumentSchemas } from "./references.ts";
import { DEFINITION_CONTAINERS, definesContainer, isSchema, isValidationKeyword, keywordValueRule, placeTokens, walkSchemas, type Dialect, type KeywordValueRule, type SchemaPlace } from "./vocabulary.ts";

/** A value that breaks its keyword's rule: the pointer tokens below the keyword, and why. */
interface ValueProblem {
  readonly below: readonly (string | number)[];
  readonly reason: string;
}

const JSON_TYPE_NAMES: ReadonlySet<string> = new Set(["array", "boolean", "integer", "null", "number", "object", "string"]);

/** What every rule a value keeps returns (shared: the rules run for every keyword of every schema). */
const NO_PROBLEMS: readonly ValueProblem[] = Object.freeze([]);

const problem = (reason: string, below: readonly (string | number)[] = []): ValueProblem[] => [{ below, reason }];

const isObject = (value: JsonValue): value is { [key: string]: JsonValue } => typeof value === "object" && value !== null && !Array.isArray(value);

function schemaProblems(value: JsonValue, below: readonly (string | number)[] = []): readonly ValueProblem[] {
  return isSchema(value) ? NO_PROBLEMS : problem("must be a schema (an object or a boolean)", below);
}

function schemaListProblems(value: JsonValue, emptyAllowed: boolean): readonly ValueProblem[] {
  if (!Array.isArray(value)) return problem("must be a list of schemas");
  if (value.length === 0 && !emptyAllowed) return problem("must be a non-empty list of schemas");
  let found: ValueProblem[] | undefined;
  for (let index = 0; index < value.length; index++) if (!isSchema(value[index])) found = adding(found, schemaProblems(value[index]!, [index]));
  return found ?? NO_PROBLEMS;
}

/**
 * `found` with `problems` after it. The checks run on every value of every schema and nearly all
 * pass: a list is made only once a problem is found (the rules return NO_PROBLEMS otherwise).
 */
function adding(found: ValueProblem[] | undefined, problems: readonly ValueProblem[]): ValueProblem[] | undefined {
  if (problems.length === 0) return found;
  (found ??= []).push(...problems);
  return found;
}

/** Each own entry of a map, for checks that read every value of one (for…in with no list of entries made). */
function eachEntry(map: { readonly [key: string]: JsonValue }, check: (name: string, value: JsonValue) => readonly ValueProblem[]): readonly ValueProblem[] {
  let found: ValueProblem[] | undefined;
  for (const name in map) if (Object.hasOwn(map, name)) found = adding(found, check(name, map[name]!));
  return found ?? NO_PROBLEMS;
}

function schemaMapProblems(value: JsonValue, keysArePatterns = false): readonly ValueProblem[] {
  if (!isObject(value)) return problem("must be an object whose values are schemas");
  return eachEntry(value, (name, child) => {
    const schema = isSchema(child) ? NO_PROBLEMS : schemaProblems(child, [name]);
    if (!keysArePatterns) return schema;
    const pattern = regexProblems(name, [name]);
    return pattern.length === 0 ? schema : [...pattern, ...schema];
  });
}

function nameListProblems(value: JsonValue, below: readonly (string | number)[] = []): readonly ValueProblem[] {
  return Array.isArray(value) && value.every((name) => typeof name === "string") ? NO_PROBLEMS : problem("must be a list of property names (strings)", below);
}

/**
 * A pattern must be an ECMA-262 regular expression. The targets compile patterns in Unicode mode (the
 * `u` flag, as AJV does); one that only compiles without it (`[\w-.]`) is still taken here, as
 * before, since the schema's author plainly wrote a regular expression.
 */
function regexProblems(value: JsonValue, below: readonly (string | number)[] = []): readonly ValueProblem[] {
  if (typeof value !== "string") return problem("must be a string (a regular expression)", below);
  const compileError = (flags: string): string | undefined => {
    try {
      new RegExp(value, flags);
      return undefined;
    } catch (error) {
      // V8 says "Invalid regular expression: /(/: Unterminated group": the last part is the news.
      return (error as Error).message.split(": ").at(-1);
    }
  };
  if (compileError("u") === undefined) return NO_PROBLEMS;
  const error = compileError("");
  if (error === undefined) return NO_PROBLEMS;
  const python = pythonGroupSpelling(value);
  const hint = python === undefined ? "" : `: ${python}`;
  return problem(`pattern ${JSON.stringify(value)} is not an ECMA-262 regular expression (${error})${hint}`, below);
}

/**
 * Python's spellings of named groups, which ECMA-262 refuses and spells otherwise: pydantic and other
 * Python tools write a model's regex into the schema as Python's `re` takes it (`(?P<major>\d+)`).
 * Not read as ECMA-262's, since JSON Schema's patterns are ECMA-262 and a validator of the document as
 * written (AJV, any other) refuses it: the author's fix is to spell the group as ECMA-262 does.
 */
const PYTHON_GROUPS: readonly { readonly python: RegExp; readonly ecma: (name: string) => string; readonly what: string }[] = [
  { python: /^\(\?P<(\w+)>/, ecma: (name) => `(?<${name}>`, what: "a named group" },
  { python: /^\(\?P=(\w+)\)/, ecma: (name) => `\\k<${name}>`, what: "a backreference to a named group" },
];

/** What the first group of `pattern` spelled as Python's `re` spells it (PYTHON_GROUPS) is in ECMA-262; undefined when none is. */
function pythonGroupSpelling(pattern: string): string | undefined {
  for (const { open } of groupsOf(pattern)) {
    for (const { python, ecma, what } of PYTHON_GROUPS) {
      const written = python.exec(pattern.slice(open));
      if (written !== null) return `\`${written[0]}\` is Python's spelling of ${what}, which ECMA-262 (JSON Schema's patterns) writes \`${ecma(written[1]!)}\``;
    }
  }
  return undefined;
}

/** Each rule a keyword's value can follow, by name (vocabulary.ts says which keyword follows which). */
const RULES: Readonly<Record<KeywordValueRule, (value: JsonValue, dialect: Dialect) => readonly ValueProblem[]>> = {
  anything: () => NO_PROBLEMS,
  schema: (value) => schemaProblems(value),
  nonEmptySchemaList: (value) => schemaListProblems(value, false),
  // An empty allOf, anyOf or oneOf: the meta-schemas ask for one schema at least, JSON Schema's definitions give it a meaning (documentReadings.ts reads it so).
  schemaList: (value) => schemaListProblems(value, true),
  schemaMap: (value) => schemaMapProblems(value),
  patternSchemaMap: (value) => schemaMapProblems(value, true),
  items: (value, dialect) => {
    if (!Array.isArray(value)) return schemaProblems(value);
    if (dialect === "2020-12") return problem("must be one schema in 2020-12 (a list of schemas, as earlier drafts wrote tuples, is prefixItems now)");
    return schemaListProblems(value, true);
  },
  typeNames: (value) => {
    // One name, the common case: no list to check.
    if (typeof value === "string" && JSON_TYPE_NAMES.has(value)) return NO_PROBLEMS;
    const names = Array.isArray(value) ? value : [value];
    const unknown = names.filter((name) => typeof name !== "string" || !JSON_TYPE_NAMES.has(name));
    if (names.length > 0 && unknown.length === 0) return NO_PROBLEMS;
    const listed = [...JSON_TYPE_NAMES].join(", ");
    const draft03 = unknown.includes("any") ? ' (draft-03\'s "any" is no `type` at all from draft-04 on)' : "";
    return problem(names.length === 0 ? `must not be an empty list (the JSON type names: ${listed})` : `must be a JSON type name (${listed}) or a list of them, not ${unknown.map((name) => JSON.stringify(name)).join(", ")}${draft03}`);
  },
  valueList: (value) => (Array.isArray(value) ? NO_PROBLEMS : problem("must be a list of values")),
  count: (value) => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? NO_PROBLEMS : problem("must be a non-negative integer")),
  number: (value) => (typeof value === "number" ? NO_PROBLEMS : problem("must be a number")),
  positiveNumber: (value) => (typeof value === "number" && value > 0 ? NO_PROBLEMS : problem("must be a number greater than 0")),
  exclusiveBound: (value, dialect) => {
    if (dialect === "draft-04") return typeof value === "boolean" ? NO_PROBLEMS : problem("must be a boolean in draft-04 (it makes minimum / maximum exclusive); a number is the bound itself from draft-06 on, so a document written that way declares a later dialect (JSON Schema's `$schema`; an OpenAPI 3.0 document, `openapi: 3.1.x`)");
    return typeof value === "number" ? NO_PROBLEMS : problem(`must be a number in ${dialect} (draft-04's boolean form is not read there)`);
  },
  text: (value) => (typeof value === "string" ? NO_PROBLEMS : problem("must be a string")),
  regex: (value) => regexProblems(value),
  // Older schemas carry draft-03's spellings on. `required: false` asks what every property is from
  // draft-04 on (optional), so it is taken, and read as no `required` (documentReadings.ts);
  // `required: true` asks the object holding the property for its key: the refusal says how that is written now.
  nameList: (value) =>
    value === false ? NO_PROBLEMS
    : value === true ? problem("must be a list of property names (strings) (`required: true` on a property is draft-03's; from draft-04 on the object lists the names it requires)")
    : nameListProblems(value),
  dependencyMap: (value) => {
    if (!isObject(value)) return problem("must be an object whose values are schemas or lists of property names");
    return eachEntry(value, (name, entry) => (Array.isArray(entry) ? nameListProblems(entry, [name]) : schemaProblems(entry, [name])));
  },
  nameListMap: (value) => (isObject(value) ? eachEntry(value, (name, entry) => nameListProblems(entry, [name])) : problem("must be an object whose values are lists of property names")),
  flag: (value) => (typeof value === "boolean" ? NO_PROBLEMS : problem("must be true or false")),
};

/**
 * Refuses (exit 2, naming the JSON pointer) the first validating keyword whose value breaks its rule,
 * in any schema of `document` (annotation keywords are never checked: JSON Schema ignores them),
 * with the count and places of the rest.
 */
export function checkKeywordValues(document: { readonly [key: string]: JsonValue }, dialect: Dialect, location: string): void {
  const found = new FoundProblems();
  for (const container of DEFINITION_CONTAINERS) if (definesContainer(container, dialect) && isObject(document[container] ?? null)) found.add([], container, schemaMapProblems(document[container]!));
  walkDocumentSchemas(document, dialect, (schema, place) => found.ofSchema(schema, dialect, place, []));
  found.refuseFirst(location);
}

/**
 * checkKeywordValues for the schemas at `tokens` in `document` alone: a place of another file that
 * the bundler takes into the bundle where no keyword of that file leads (a schema in a group of the
 * author's, named only from another file), which the file's own walk did not reach.
 */
export function checkKeywordValuesAt(document: { readonly [key: string]: JsonValue }, tokens: readonly (string | number)[], dialect: Dialect, location: string): void {
  const found = new FoundProblems();
  walkSchemas(valueAt(document, tokens) ?? null, (schema, place) => found.ofSchema(schema, dialect, place, tokens));
  found.refuseFirst(location);
}

/** The keyword values found breaking their rules, by pointer (spelled only for them: every schema of every input is checked). */
class FoundProblems {
  private readonly found: { pointer: string; reason: string }[] = [];

  add(tokens: readonly (string | number)[], keyword: string, problems: readonly ValueProblem[]): void {
    for (const { below, reason } of problems) this.found.push({ pointer: childPointer("", ...tokens, keyword, ...below), reason });
  }

  /** The problems of each validating keyword of `schema`, at `place` below `base`. */
  ofSchema(schema: { readonly [key: string]: JsonValue }, dialect: Dialect, place: SchemaPlace | undefined, base: readonly (string | number)[]): void {
    for (const keyword in schema) {
      const value = schema[keyword];
      // undefined: a key a hand-built document (TypeBox, a test) spells but leaves out, as JSON does.
      if (value === undefined || !Object.hasOwn(schema, keyword) || !isValidationKeyword(keyword, dialect)) continue;
      const problems = RULES[keywordValueRule(keyword)](value, dialect);
      if (problems.length > 0) this.add(placeTokens(place, base), keyword, problems);
    }
  }

  refuseFirst(location: string): void {
    const [first, ...rest] = this.found;
    if (!first) return;
    throw new CodegenError(first.pointer, first.reason, location, rest.map(({ pointer }) => pointer));
  }
}
