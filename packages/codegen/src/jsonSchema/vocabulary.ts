// The JSON Schema vocabulary, once: which keywords hold subschemas (so every walker finds every
// schema, and nothing else), which keywords validate in which dialect, and what JSON type a keyword
// is about. Any keyword not listed as validating is an annotation: JSON Schema says an
// implementation ignores keywords it does not define (DAP's `_enum`, `x-…`, `markdownDescription`,
// `errorMessage`), so the model keeps them as documentation at most and never stops on them.
import type { JsonValue } from "../json/types.ts";

export type Dialect = "draft-04" | "draft-06" | "draft-07" | "2019-09" | "2020-12";

const DIALECT_ORDER: readonly Dialect[] = ["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"];

/** True when `dialect` is `since` or later. */
export function dialectAtLeast(dialect: Dialect, since: Dialect): boolean {
  return DIALECT_ORDER.indexOf(dialect) >= DIALECT_ORDER.indexOf(since);
}

/** Where a keyword keeps subschemas: one schema, a list of schemas, or a map of name → schema. */
export type SubschemaForm = "schema" | "list" | "map";

/**
 * Keywords whose values are (or contain) schemas, by form. `items` is a schema or (before 2020-12) a
 * list; `dependencies` maps to a schema or a list of names (only the schemas are subschemas).
 */
const SUBSCHEMA_KEYWORDS: Readonly<Record<string, readonly SubschemaForm[]>> = {
  additionalItems: ["schema"],
  additionalProperties: ["schema"],
  allOf: ["list"],
  anyOf: ["list"],
  contains: ["schema"],
  contentSchema: ["schema"],
  definitions: ["map"],
  $defs: ["map"],
  dependencies: ["map"],
  dependentSchemas: ["map"],
  else: ["schema"],
  if: ["schema"],
  items: ["schema", "list"],
  not: ["schema"],
  oneOf: ["list"],
  patternProperties: ["map"],
  prefixItems: ["list"],
  properties: ["map"],
  propertyNames: ["schema"],
  then: ["schema"],
  unevaluatedItems: ["schema"],
  unevaluatedProperties: ["schema"],
};

/**
 * The keywords that refer to another schema: `$ref` in every dialect; `$recursiveRef` (2019-09) and
 * `$dynamicRef` (2020-12) only in theirs (elsewhere they are annotations: isValidationKeyword).
 */
export const REFERENCE_KEYWORDS: readonly string[] = ["$ref", "$dynamicRef", "$recursiveRef"];
/** The keywords that judge what no other keyword evaluated (2019-09 on). */
export const UNEVALUATED_KEYWORDS = ["unevaluatedProperties", "unevaluatedItems"] as const;

/** Where a document keeps its named schemas: draft-04 to draft-07 say `definitions`, 2019-09 on `$defs`. */
export const DEFINITION_CONTAINERS = ["definitions", "$defs"] as const;

/**
 * Whether `dialect` defines `container`, so that its every value must be a schema: `definitions` in
 * every dialect (2019-09 on keep it in their meta-schemas), `$defs` from 2019-09 on. Before that
 * `$defs` is the author's own key, which many documents use as a folder of schemas (SchemaStore's
 * cibuildwheel files a description string there too): its schemas are read, anything else ignored.
 */
export function definesContainer(container: (typeof DEFINITION_CONTAINERS)[number], dialect: Dialect): boolean {
  return container === "definitions" || dialectAtLeast(dialect, "2019-09");
}

/** A schema is an object or a boolean (`true` accepts everything, `false` nothing). */
export function isSchema(value: JsonValue | undefined): value is { [key: string]: JsonValue } | boolean {
  return typeof value === "boolean" || (typeof value === "object" && value !== null && !Array.isArray(value));
}

/**
 * SUBSCHEMA_KEYWORDS as a Map, which every walker asks for every keyword of every schema: a keyword
 * that Object.prototype holds (`toString`, `constructor`, an annotation like any other) names no form.
 */
const SUBSCHEMA_FORMS: ReadonlyMap<string, readonly SubschemaForm[]> = new Map(Object.entries(SUBSCHEMA_KEYWORDS));

/** The forms of subschema `keyword` holds, or undefined when it holds none (an annotation, or an author's own key). */
export function subschemaFormsOf(keyword: string): readonly SubschemaForm[] | undefined {
  return SUBSCHEMA_FORMS.get(keyword);
}

/**
 * Calls `visit` with each direct subschema of `schema`, the keyword holding it and, in a list or a
 * map, its index or name; in document order. (No list is made: walkers call this for every schema.)
 * A visit that returns true stops the rest, and then so does this (returning true). `state` is
 * handed to each visit (so a walker needs no closure per schema).
 */
export function forEachSubschema<S = undefined>(
  schema: { readonly [key: string]: JsonValue },
  visit: (child: JsonValue, keyword: string, inner: string | number | undefined, state: S) => boolean | void,
  state?: S,
): boolean {
  for (const keyword in schema) {
    if (!Object.hasOwn(schema, keyword)) continue;
    const forms = SUBSCHEMA_FORMS.get(keyword);
    if (forms === undefined) continue;
    const value = schema[keyword]!;
    if (Array.isArray(value)) {
      if (forms.includes("list")) for (let index = 0; index < value.length; index++) if (isSchema(value[index]) && visit(value[index]!, keyword, index, state as S) === true) return true;
    } else if (forms.includes("map") && typeof value === "object" && value !== null) {
      for (const name in value) if (Object.hasOwn(value, name) && isSchema(value[name]) && visit(value[name]!, keyword, name, state as S) === true) return true;
    } else if (forms.includes("schema") && isSchema(value) && visit(value, keyword, undefined, state as S) === true) return true;
  }
  return false;
}

/**
 * The name a document's author filed the schema at `tokens` under, if any: its key in a definitions
 * container below the root's (`#/definitions/A/$defs/B` → "B"), or its key inside a keyword that holds
 * no subschemas (`#/components/schemas/Pet` → "Pet", `#/definitions/misc/multiline_string`), which is
 * the author's own filing of named schemas. A schema at a structural place (`items`, `not`,
 * `allOf/0`, `properties/x`, `patternProperties/…`) or at an index was given no name.
 */
export function authoredSchemaName(tokens: readonly (string | number)[]): string | undefined {
  // Walk the tokens from the root: at a schema, a keyword leads into one of its subschema forms, or
  // (when it holds none) out of the schemas into plain JSON, where every key is the author's.
  let at: "schema" | "definitions" | "map" | "list" | "plain" = "schema";
  let named = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const key = isIndexToken(token) ? undefined : token;
    switch (at) {
      case "schema": {
        const forms = typeof token === "string" ? SUBSCHEMA_FORMS.get(token) : undefined;
        const next = tokens[index + 1];
        const listNext = next !== undefined && isIndexToken(next);
        if (forms === undefined) at = "plain";
        else if ((DEFINITION_CONTAINERS as readonly string[]).includes(token as string)) at = "definitions";
        else if (forms.includes("list") && listNext) at = "list";
        else at = forms.includes("map") ? "map" : "schema";
        named = at === "plain" && key !== undefined;
        break;
      }
      case "definitions":
        named = key !== undefined;
        at = "schema";
        break;
      case "map":
      case "list":
        named = false;
        at = "schema";
        break;
      case "plain":
        named = key !== undefined;
        break;
    }
  }
  return named ? String(tokens[tokens.length - 1]) : undefined;
}

/** Whether a pointer token is an array index (a number, or spelled as one: `0`, `12`), not a key. */
function isIndexToken(token: string | number): boolean {
  return typeof token === "number" || /^(0|[1-9][0-9]*)$/.test(token);
}

/** Each direct subschema of `schema` with the pointer tokens that lead to it, in document order. */
export function subschemas(schema: { readonly [key: string]: JsonValue }): [readonly (string | number)[], JsonValue][] {
  const out: [readonly (string | number)[], JsonValue][] = [];
  forEachSubschema(schema, (child, keyword, inner) => {
    out.push([inner === undefined ? [keyword] : [keyword, inner], child]);
  });
  return out;
}

/**
 * Where a schema object sits below the root of a walk (walkSchemas): the place of the schema holding
 * it, and the keyword (with the index or name in a list or map) there. Tokens are spelled only when
 * asked for (placeTokens), as most walkers need them for a few schemas at most.
 */
export interface SchemaPlace {
  readonly up: SchemaPlace | undefined;
  readonly keyword: string;
  readonly inner: string | number | undefined;
}

/** The pointer tokens of `place` (undefined: the root), after `base`. */
export function placeTokens(place: SchemaPlace | undefined, base: readonly (string | number)[] = []): (string | number)[] {
  const reversed: (string | number)[] = [];
  for (let at = place; at !== undefined; at = at.up) {
    if (at.inner !== undefined) reversed.push(at.inner);
    reversed.push(at.keyword);
  }
  return [...base, ...reversed.reverse()];
}

/**
 * Calls `visit` with every schema object in `root` (itself included, at place undefined), depth first
 * in document order. Values of annotation keywords are never entered: only subschema positions are
 * schemas. A visit that returns true ends the walk (which then returns true). The schemas of a whole
 * document are more: those its refs name where no keyword leads (walkDocumentSchemas, references.ts).
 */
export function walkSchemas(root: JsonValue, visit: SchemaVisit): boolean {
  if (typeof root !== "object" || root === null || Array.isArray(root)) return false;
  if (visit(root, undefined) === true) return true;
  return forEachSubschema(root, enterSubschema, new WalkPlace(undefined, "", undefined, visit));
}

export type SchemaVisit = (schema: { [key: string]: JsonValue }, place: SchemaPlace | undefined) => boolean | void;

/**
 * walkSchemas from the schema at `tokens` in a document (its places spelled from there), passing over
 * every schema object in `walked` and adding each one it visits: several walks of one document (from
 * the places its refs name: walkDocumentSchemas) visit each schema once.
 */
export function walkSchemasOnce(schema: JsonValue | undefined, tokens: readonly (string | number)[], visit: SchemaVisit, walked: Set<object>): boolean {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema) || walked.has(schema)) return false;
  walked.add(schema);
  const place = tokens.reduce<WalkPlace | undefined>((up, token) => new WalkPlace(up, String(token), undefined, visit, walked), undefined);
  if (visit(schema, place) === true) return true;
  return forEachSubschema(schema, enterSubschema, place ?? new WalkPlace(undefined, "", undefined, visit, walked));
}

/**
 * A schema's place in a walk, carrying the walk's visit down to its subschemas: one object per
 * schema, where a closure per schema would be a second. The root's (keyword "") is never handed to a visit.
 */
class WalkPlace implements SchemaPlace {
  constructor(
    readonly up: SchemaPlace | undefined,
    readonly keyword: string,
    readonly inner: string | number | undefined,
    readonly visit: SchemaVisit,
    /** The schemas walked so far, when the walk visits each once (walkSchemasOnce). */
    readonly walked?: Set<object>,
  ) {}
}

function enterSubschema(child: JsonValue, keyword: string, inner: string | number | undefined, parent: WalkPlace): boolean {
  if (typeof child !== "object" || child === null || Array.isArray(child)) return false;
  if (parent.walked !== undefined) {
    if (parent.walked.has(child)) return false;
    parent.walked.add(child);
  }
  const place = new WalkPlace(parent.keyword === "" ? undefined : parent, keyword, inner, parent.visit, parent.walked);
  if (parent.visit(child, place) === true) return true;
  return forEachSubschema(child, enterSubschema, place);
}

type SchemaObject = { [key: string]: JsonValue };

/**
 * `schema` with `edit` made to it and to every schema inside it (where forEachSubschema reaches):
 * `edit` gets each schema as written and returns what it becomes, a new object, or undefined to keep
 * it. It may change any keyword but those holding schemas, which the walk sets afterwards. What
 * nothing changed in is returned as it is, not copied, so a caller that changes the result copies it.
 */
export function editSchemas(schema: JsonValue, edit: (schema: SchemaObject, isRoot: boolean) => SchemaObject | undefined, isRoot = true): JsonValue {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  let out = edit(schema, isRoot);
  forEachSubschema(schema, (child, keyword, inner) => {
    const edited = editSchemas(child, edit, false);
    if (edited !== child) setAt((out ??= { ...schema }), schema, keyword, inner, edited);
  });
  return out ?? schema;
}

/** Sets `value` at `keyword` (and `inner` in its list or map, as `forEachSubschema` gives them) inside the copy `out`. */
export function setAt(out: SchemaObject, original: SchemaObject, keyword: string, inner: string | number | undefined, value: JsonValue): void {
  if (inner === undefined) {
    out[keyword] = value;
    return;
  }
  // The list or map is copied once, when its first entry changes (the copy `out` still holds the
  // original's until then), not again for each entry that changes.
  let container = out[keyword] as JsonValue[] | SchemaObject;
  if (container === original[keyword]) out[keyword] = container = Array.isArray(container) ? [...container] : { ...container };
  if (Array.isArray(container)) container[inner as number] = value;
  // defineProperty, not assignment, for a name like "__proto__" (as the spread's computed key was).
  else Object.defineProperty(container, inner, { value, enumerable: true, writable: true, configurable: true });
}

/** The JSON type family a validation keyword is about (`undefined`: any value). */
type KeywordFamily = "object" | "array" | "string" | "number" | undefined;

/**
 * What a keyword's value must be, by name (the rules themselves are in keywordValues.ts): `count` a
 * non-negative integer, `exclusiveBound` draft-04's boolean or later drafts' number, `items` a schema
 * or, before 2020-12, a list of schemas, `nameList` a list of property names, and so on.
 */
export type KeywordValueRule =
  | "anything"
  | "schema"
  | "nonEmptySchemaList"
  | "schemaList"
  | "schemaMap"
  | "patternSchemaMap"
  | "items"
  | "typeNames"
  | "valueList"
  | "count"
  | "number"
  | "positiveNumber"
  | "exclusiveBound"
  | "text"
  | "regex"
  | "nameList"
  | "dependencyMap"
  | "nameListMap"
  | "flag";

interface ValidationKeyword {
  readonly family: KeywordFamily;
  readonly value: KeywordValueRule;
  /** First dialect that defines it (draft-04 when absent). */
  readonly since?: Dialect;
  /** Last dialect that defines it, when later ones dropped it. */
  readonly until?: Dialect;
}

/**
 * Keywords draft-06 and draft-07 added, by the dialect that added each, that the toolkit reads in a
 * document of an earlier draft too, as AJV does (that draft ignores them): VALIDATION_KEYWORDS gives
 * them no `since`.
 */
export const KEYWORDS_READ_BEFORE_THEIR_DRAFT: Readonly<Record<string, Dialect>> = {
  const: "draft-06",
  contains: "draft-06",
  propertyNames: "draft-06",
  if: "draft-07",
  then: "draft-07",
  else: "draft-07",
};

/**
 * Every keyword that validates, with the dialects that define it (KEYWORDS_READ_BEFORE_THEIR_DRAFT in
 * earlier drafts' documents too).
 */
const VALIDATION_KEYWORDS: Readonly<Record<string, ValidationKeyword>> = {
  $ref: { family: undefined, value: "text" },
  $recursiveRef: { family: undefined, since: "2019-09", until: "2019-09", value: "text" },
  $dynamicRef: { family: undefined, since: "2020-12", value: "text" },
  type: { family: undefined, value: "typeNames" },
  const: { family: undefined, value: "anything" },
  enum: { family: undefined, value: "valueList" },
  allOf: { family: undefined, value: "schemaList" },
  anyOf: { family: undefined, value: "schemaList" },
  oneOf: { family: undefined, value: "schemaList" },
  not: { family: undefined, value: "schema" },
  if: { family: undefined, value: "schema" },
  then: { family: undefined, value: "schema" },
  else: { family: undefined, value: "schema" },
  minLength: { family: "string", value: "count" },
  maxLength: { family: "string", value: "count" },
  pattern: { family: "string", value: "regex" },
  format: { family: "string", value: "text" },
  minimum: { family: "number", value: "number" },
  maximum: { family: "number", value: "number" },
  exclusiveMinimum: { family: "number", value: "exclusiveBound" },
  exclusiveMaximum: { family: "number", value: "exclusiveBound" },
  multipleOf: { family: "number", value: "positiveNumber" },
  properties: { family: "object", value: "schemaMap" },
  patternProperties: { family: "object", value: "patternSchemaMap" },
  additionalProperties: { family: "object", value: "schema" },
  required: { family: "object", value: "nameList" },
  propertyNames: { family: "object", value: "schema" },
  minProperties: { family: "object", value: "count" },
  maxProperties: { family: "object", value: "count" },
  dependencies: { family: "object", until: "draft-07", value: "dependencyMap" },
  dependentRequired: { family: "object", since: "2019-09", value: "nameListMap" },
  dependentSchemas: { family: "object", since: "2019-09", value: "schemaMap" },
  unevaluatedProperties: { family: "object", since: "2019-09", value: "schema" },
  items: { family: "array", value: "items" },
  additionalItems: { family: "array", until: "2019-09", value: "schema" },
  prefixItems: { family: "array", since: "2020-12", value: "nonEmptySchemaList" },
  minItems: { family: "array", value: "count" },
  maxItems: { family: "array", value: "count" },
  uniqueItems: { family: "array", value: "flag" },
  contains: { family: "array", value: "schema" },
  minContains: { family: "array", since: "2019-09", value: "count" },
  maxContains: { family: "array", since: "2019-09", value: "count" },
  unevaluatedItems: { family: "array", since: "2019-09", value: "schema" },
};

function definedIn(entry: ValidationKeyword, dialect: Dialect): boolean {
  return dialectAtLeast(dialect, entry.since ?? "draft-04") && (entry.until === undefined || dialectAtLeast(entry.until, dialect));
}

/** The validating keywords of each dialect, read from VALIDATION_KEYWORDS (asked for every keyword of every schema). */
const VALIDATION_KEYWORDS_BY_DIALECT: ReadonlyMap<Dialect, ReadonlySet<string>> = new Map(
  DIALECT_ORDER.map((dialect) => [dialect, new Set(Object.entries(VALIDATION_KEYWORDS).flatMap(([keyword, entry]) => (definedIn(entry, dialect) ? [keyword] : [])))]),
);

/**
 * The dialects that define `keyword` where `dialect` does not ("draft-04 to draft-07" for
 * `dependencies` in a 2020-12 document, "2019-09 on" for `unevaluatedProperties` in a draft-07 one):
 * such a keyword validates nothing here, though its author wrote it as a rule. Undefined for a keyword
 * `dialect` defines (or reads before its draft: KEYWORDS_READ_BEFORE_THEIR_DRAFT) and for one no
 * dialect defines.
 */
export function dialectsDefiningOnlyElsewhere(keyword: string, dialect: Dialect): string | undefined {
  const entry = Object.hasOwn(VALIDATION_KEYWORDS, keyword) ? VALIDATION_KEYWORDS[keyword]! : undefined;
  if (entry === undefined || definedIn(entry, dialect)) return undefined;
  const since = entry.since ?? DIALECT_ORDER[0]!;
  if (entry.until === undefined) return `${since} on`;
  return since === entry.until ? `${since} only` : `${since} to ${entry.until}`;
}

/** True when `keyword` validates in `dialect`; everything else is an annotation. */
export function isValidationKeyword(keyword: string, dialect: Dialect): boolean {
  return validationKeywordsOf(dialect).has(keyword);
}

// The last dialect asked for and its keywords: a run asks for one dialect, for every keyword it reads.
let lastDialect: Dialect | undefined;
let lastKeywords: ReadonlySet<string> = new Set();

/** The validating keywords of `dialect` (VALIDATION_KEYWORDS_BY_DIALECT). */
export function validationKeywordsOf(dialect: Dialect): ReadonlySet<string> {
  if (dialect !== lastDialect) {
    lastKeywords = VALIDATION_KEYWORDS_BY_DIALECT.get(dialect)!;
    lastDialect = dialect;
  }
  return lastKeywords;
}

/** The JSON type family a validation keyword constrains, or undefined when it applies to any value. */
export function keywordFamily(keyword: string): KeywordFamily {
  return VALIDATION_KEYWORDS[keyword]?.family;
}

/** The rule a validating keyword's value follows (checkKeywordValues). */
export function keywordValueRule(keyword: string): KeywordValueRule {
  return VALIDATION_KEYWORDS[keyword]!.value;
}

/** Every validation keyword the vocabulary knows, for tests that check each one is modelled. */
export const validationKeywords: readonly string[] = Object.keys(VALIDATION_KEYWORDS);
