// Conditionals that all test one required key's constant, as the union of cases they are.
//
// Configuration and protocol schemas write a variant per value of a key as `if`/`then` pairs beside
// the object (SchemaStore's `"allOf": [{"if": {"properties": {"type": {"const": "shell"}}}, "then":
// {"properties": {"command": …}, "required": ["command"]}}, …]`). Read as conditionals, the keys each
// `then` declares had no place in the object's type: a typed target carried them as undeclared keys
// of the open JSON value, and documented the rule. But such an object is exactly a `oneOf` of one case
// per value of the key, each case the object with that value and the branches that value selects
// (`then` where the `if` holds it, `else` where not), and the union rules type that (a tag union on
// the key, with its catch-all for values this version does not know).
//
// Exact when: the object is of type `object` alone, has no union, reference or `unevaluated*` of its
// own to combine with the cases, and each `if` tests nothing but that key's constants (`properties`
// of the key with `const` or `enum`, `required` of the key, `type: object`; or an `anyOf` of such
// tests of the key, keyTestOf). Values with the same branches (the same schemas, wherever each is
// written) share a case. When the key's own rule lists its values (where the properties of several
// parts merged into an `allOf`, the values every part lists), those are the cases; otherwise every
// value tested has its case and one more takes the others (`not` an `enum` of them), which needs
// the key's rule to name its types. When the object does not require the key, an object
// without it is a case too: an `if` that does not require the key passes it (`properties` is
// vacuous there), one that does fails it.
//
// An object naming no type (Typeless: a value of another type passes its own keywords) is split too
// when its conditionals refuse every value that is not an object. Such a value passes an `if` of only
// `properties` (vacuous for it) and fails one that requires the key or an object, so it selects the
// branches of the case without the key; when one of them is of type `object`, the object admits
// objects only, and is split as one of type `object`. (When those branches pass such values, its
// cases' `anyOf` would be exact too; but narrowed to another type, as `type: ["number", "object"]`
// beside a reference to it, every case became a variant of that type, a union of identical numbers.)
//
// Conditionals whose branches only assert (require keys the object declares: the model's
// `requiredWhen`; a `not`, property counts) stay conditionals: nothing is typed by splitting them.
import type { JsonValue } from "../json/types.ts";
import { stableKey } from "../json/stable.ts";
import { REFERENCE_KEYWORDS, UNEVALUATED_KEYWORDS, validationKeywordsOf, type Dialect } from "../jsonSchema/vocabulary.ts";
import type { ConditionalTests } from "./keysForbiddenByNot.ts";
import type { Adopt } from "./mergeSchemas.ts";
import type { JsonType } from "./types.ts";
import { ASSERTION_KEYWORDS, constantValues, declaredTypes, listsEveryType, requiredList } from "./schemaFacts.ts";

type SchemaObject = { [key: string]: JsonValue };

const CONDITIONAL_KEYWORDS = ["if", "then", "else"] as const;
/** Keywords beside which the cases cannot simply be a `oneOf`: another union, a reference, what `unevaluated*` counts. */
const COMBINED_ELSEWHERE = ["oneOf", "anyOf", ...REFERENCE_KEYWORDS, ...UNEVALUATED_KEYWORDS];
/** What an `if` testing one key's constant may say, and what the rule at that key may say. */
const TEST_KEYWORDS: ReadonlySet<string> = new Set(["properties", "required", "type"]);
const VALUE_LIST_KEYWORDS: ReadonlySet<string> = new Set(["const", "enum", "type"]);

interface Conditional {
  readonly values: ReadonlySet<string>;
  /** The `if` requires the key too, so an object without it fails the `if` (else it passes it, its `properties` vacuous). */
  readonly requiresKey: boolean;
  /** The `if` fails a value that is not an object: it requires the key, or says `type: object`. */
  readonly failsOtherTypes: boolean;
  readonly then: JsonValue | undefined;
  readonly else: JsonValue | undefined;
}

/** What a schema that is only a reference (annotations aside) refers to, followed to a schema that is none; any other schema as it is. */
export type FollowRefs = (schema: JsonValue | undefined) => JsonValue | undefined;

export interface CasesOfTestedKey {
  /** `object` without its conditionals, and with the `oneOf` of the cases (and of type `object`, if it named none: see the file's comment). */
  readonly schema: SchemaObject;
  /** Of the conditionals given beside it, those the cases took. */
  readonly taken: ReadonlySet<SchemaObject>;
}

/**
 * `object` (its own conditional, and `besides`: other parts' conditionals, which could not merge
 * into it) as the union of the cases of the one key every conditional tests; undefined where that
 * is not exact (see the file's comment) or types nothing more. The `if` it negates for the case
 * without the key is noted in `conditionalTests` (its `not` forbids no key: keysForbiddenByNot).
 */
export function casesOfTestedKey(object: SchemaObject, besides: readonly SchemaObject[], dialect: Dialect, adopt: Adopt, followRefs: FollowRefs, conditionalTests: ConditionalTests): CasesOfTestedKey | undefined {
  const validating = validationKeywordsOf(dialect);
  const typeless = object.type === undefined;
  if (!validating.has("if") || !(typeless || isObjectOnly(object.type)) || COMBINED_ELSEWHERE.some((keyword) => keyword in object)) return undefined;
  const written = [...("if" in object ? [object] : []), ...besides.filter((part) => "if" in part && Object.keys(part).every((keyword) => !validating.has(keyword) || isConditionalKeyword(keyword)))];
  if (written.length === 0) return undefined;
  const key = keyTestOf(written[0]!.if, validating)?.key;
  if (key === undefined) return undefined;
  const conditionals: Conditional[] = [];
  const tests: KeyTest[] = [];
  for (const part of written) {
    const test = keyTestOf(part.if, validating);
    if (test === undefined || test.key !== key) return undefined;
    tests.push(test);
    conditionals.push({ values: new Set(test.values.map((value) => stableKey(value))), requiresKey: test.requiresKey, failsOtherTypes: test.failsOtherTypes, then: part.then, else: part.else });
  }
  if (!conditionals.some((conditional) => typesMore(conditional.then, validating) || typesMore(conditional.else, validating))) return undefined;
  if (typeless && !refusesOtherTypes(conditionals)) return undefined;

  // The key's rule as what it says: jsf's publicKey holds `kty` to `{$ref: keyType}`, an enum.
  const rule = isSchemaObject(object.properties) ? followRefs(object.properties[key]) : undefined;
  const listed = listedValues(rule, validating);
  // The other values' case holds the key to `not` the tested ones: a rule a type states only beside
  // one of its own (a key of any value there was a fallback, and --strict refused what it took before).
  if (listed === undefined && !namesItsTypes(rule, validating)) return undefined;
  const tested = [...new Map(tests.flatMap((test) => test.values).map((value) => [stableKey(value), value])).values()];
  const values = listed ?? tested;
  if (values.length === 0) return undefined;
  // Values selecting the same branches share a case, in the order the values first come: the same
  // schemas, wherever written (ODCS's `postgres` and `postgresql` each select a `then` of their own,
  // both `{$ref: ServerPostgres}`), in any order, each once, as allOf reads them.
  const groups = new Map<string, { values: JsonValue[]; branches: JsonValue[] }>();
  for (const value of values) {
    const branches = branchesFor(conditionals, stableKey(value));
    const signature = stableKey([...new Set(branches.map(stableKey))].sort());
    const group = groups.get(signature);
    if (group) group.values.push(value);
    else groups.set(signature, { values: [value], branches });
  }
  const cases: SchemaObject[] = [...groups.values()].map(({ values: caseValues, branches }) => caseOf(key, caseValues.length === 1 ? { const: caseValues[0]! } : { enum: caseValues }, branches, written, adopt));
  if (listed === undefined) cases.push(caseOf(key, { not: { enum: tested } }, conditionals.flatMap((conditional) => (conditional.else === undefined ? [] : [conditional.else])), written, adopt));
  if (!requiredList(object.required).includes(key)) cases.push(caseWithout(key, conditionals, written, adopt, conditionalTests));

  const schema: SchemaObject = {};
  for (const keyword in object) if (Object.hasOwn(object, keyword) && !isConditionalKeyword(keyword)) schema[keyword] = object[keyword]!;
  if (typeless) schema.type = "object";
  schema.oneOf = cases;
  adopt(schema, object);
  return { schema, taken: new Set(written.filter((part) => part !== object)) };
}

function isConditionalKeyword(keyword: string): boolean {
  return (CONDITIONAL_KEYWORDS as readonly string[]).includes(keyword);
}

export function isObjectOnly(type: JsonValue | undefined): boolean {
  return type === "object" || (Array.isArray(type) && type.length === 1 && type[0] === "object");
}

export function isSchemaObject(value: JsonValue | undefined): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The one key an `if` tests, when it tests nothing else (TEST_KEYWORDS; `required` of that key only, `type` of object only). */
function testedKey(condition: JsonValue | undefined, validating: ReadonlySet<string>): string | undefined {
  if (!isSchemaObject(condition) || !isSchemaObject(condition.properties)) return undefined;
  if (Object.keys(condition).some((keyword) => validating.has(keyword) && !TEST_KEYWORDS.has(keyword))) return undefined;
  const keys = Object.keys(condition.properties);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  if ("type" in condition && !isObjectOnly(condition.type)) return undefined;
  if ("required" in condition && requiredList(condition.required).some((item) => item !== key)) return undefined;
  return key;
}

/** What an `if` tests of one key: the constants there that pass it, and how an object without the key and a value of another type fare. */
interface KeyTest {
  readonly key: string;
  readonly values: readonly JsonValue[];
  /** An object without the key fails the test. */
  readonly requiresKey: boolean;
  /** A value that is not an object fails the test. */
  readonly failsOtherTypes: boolean;
}

/**
 * The test an `if` makes of one key's constants (testedKey), or of an `anyOf` of such tests of one
 * key, which holds where one of them does: its values are theirs, and an object without the key, or
 * a value of another type, fails it only where each fails it. ODCS 3 writes its SchemaBaseProperty's
 * `if: {anyOf: [{properties: {logicalType: {const: integer}}}]}`: beside the plain tests of the other
 * values, read as a conditional of its own, its six conditionals were a union of unions six deep
 * (`SchemaPropertyObjectObject2ObjectObject…`), where the same tests written plainly are one case a value.
 */
function keyTestOf(condition: JsonValue | undefined, validating: ReadonlySet<string>): KeyTest | undefined {
  const plain = plainKeyTest(condition, validating);
  if (plain !== undefined || !isSchemaObject(condition) || !Array.isArray(condition.anyOf) || condition.anyOf.length === 0) return plain;
  if (Object.keys(condition).some((keyword) => keyword !== "anyOf" && validating.has(keyword))) return undefined;
  const tests = condition.anyOf.map((alternative) => plainKeyTest(alternative, validating));
  const key = tests[0]?.key;
  if (key === undefined || tests.some((test) => test === undefined || test.key !== key)) return undefined;
  const every = tests as KeyTest[];
  return {
    key,
    values: every.flatMap((test) => test.values),
    requiresKey: every.every((test) => test.requiresKey),
    failsOtherTypes: every.every((test) => test.failsOtherTypes),
  };
}

/**
 * What a conditional's `if` tests where it tests one thing of one key (conditionalCaseNames names its
 * cases after it): the key's one constant (`properties` of the key with a `const` or a one-value
 * `enum`, perhaps `required` of it and `type: object`), or the key's presence alone (`required` of
 * that key, perhaps `type: object`). Undefined for any other test.
 */
export function singleTestOf(condition: JsonValue | undefined, validating: ReadonlySet<string>): { readonly key: string; readonly value?: JsonValue } | undefined {
  const test = plainKeyTest(condition, validating);
  if (test !== undefined) return test.values.length === 1 ? { key: test.key, value: test.values[0]! } : undefined;
  if (!isSchemaObject(condition) || Object.keys(condition).some((keyword) => validating.has(keyword) && keyword !== "required" && keyword !== "type")) return undefined;
  if ("type" in condition && !isObjectOnly(condition.type)) return undefined;
  const required = requiredList(condition.required);
  return required.length === 1 ? { key: required[0]! } : undefined;
}

/** The test an `if` makes of one key's constants, written as TEST_KEYWORDS say. */
function plainKeyTest(condition: JsonValue | undefined, validating: ReadonlySet<string>): KeyTest | undefined {
  const key = testedKey(condition, validating);
  const values = key === undefined ? undefined : constantsAt(condition as SchemaObject, key);
  if (values === undefined) return undefined;
  const requiresKey = requiredList((condition as SchemaObject).required).includes(key!);
  return { key: key!, values, requiresKey, failsOtherTypes: requiresKey || isObjectOnly((condition as SchemaObject).type) };
}

function constantsAt(condition: SchemaObject, key: string): JsonValue[] | undefined {
  const rule = (condition.properties as SchemaObject)[key];
  if (!isSchemaObject(rule) || !("const" in rule || "enum" in rule)) return undefined;
  if (Object.keys(rule).some((keyword) => keyword !== "const" && keyword !== "enum" && keyword !== "type" && !isAnnotation(keyword))) return undefined;
  return constantValues(rule);
}

/**
 * The values the object's own rule at the key lists, when it says nothing else (else the cases are
 * the tested values and the rest): of each of its parts where the properties of several parts
 * merged into an `allOf` (a base's `{"type": "string", "enum": ["image", "host"]}` and a variant's
 * `{"const": "host"}`), the values every part lists and every part's types admit. A type of few
 * values lists them as an enum would (valuesOfType: `{"type": "boolean"}` is true and false).
 */
function listedValues(rule: JsonValue | undefined, validating: ReadonlySet<string>): JsonValue[] | undefined {
  const parts = partsOf(rule, validating);
  if (parts === undefined || parts.some((part) => Object.keys(part).some((keyword) => validating.has(keyword) && !VALUE_LIST_KEYWORDS.has(keyword)))) return undefined;
  let values: JsonValue[] | undefined;
  for (const part of parts) {
    const own = "const" in part || "enum" in part ? constantValues(part) : valuesOfType(part);
    if (own === undefined) continue;
    const held = new Set(own.map((value) => stableKey(value)));
    values = values === undefined ? own : values.filter((value) => held.has(stableKey(value)));
  }
  for (const part of parts) if (values !== undefined && "type" in part) values = constantValues({ type: part.type!, enum: values });
  return values;
}

/** The values of the JSON types that have few, each listed. */
const FEW_VALUES: Partial<Record<JsonType, readonly JsonValue[]>> = { boolean: [true, false], null: [null] };

/**
 * The values a rule's `type` lists by itself, where each type it names has few (FEW_VALUES):
 * Woodpecker CI's step tests `if: {properties: {detach: {const: true}}}` of `detach: {type:
 * "boolean"}`; read as the values `true` and the others (`not: {enum: [true]}`), the case where the
 * `if` fails held `detach` to a Bool that "must not be true", and the two were named after their type
 * (`object`, `object2`) where the values `true` and `false` name them and pin each.
 */
function valuesOfType(part: SchemaObject): JsonValue[] | undefined {
  const types = declaredTypes(part);
  if (types === undefined || types.length === 0 || !types.every((type) => type in FEW_VALUES)) return undefined;
  return types.flatMap((type) => FEW_VALUES[type]!);
}

/** Whether a rule (one of its parts, where several merged into an `allOf`) says which JSON types its values have (some, not all). */
function namesItsTypes(rule: JsonValue | undefined, validating: ReadonlySet<string>): boolean {
  return (partsOf(rule, validating) ?? []).some((part) => {
    const types = declaredTypes(part);
    return types !== undefined && types.length > 0 && !listsEveryType(types);
  });
}

/** A rule as its parts: those of an `allOf` beside nothing else that validates, or the rule itself. */
function partsOf(rule: JsonValue | undefined, validating: ReadonlySet<string>): SchemaObject[] | undefined {
  if (!isSchemaObject(rule)) return undefined;
  const allOfAlone = Array.isArray(rule.allOf) && Object.keys(rule).every((keyword) => keyword === "allOf" || !validating.has(keyword));
  if (!allOfAlone) return [rule];
  const parts = rule.allOf as JsonValue[];
  return parts.every(isSchemaObject) ? parts : undefined;
}

/**
 * Whether the conditionals refuse every value that is not an object: such a value selects the
 * branches of the case without the key (an `if` that requires the key or an object fails it, any
 * other passes it), and one of them is of type `object`.
 */
function refusesOtherTypes(conditionals: readonly Conditional[]): boolean {
  return conditionals.some((conditional) => {
    const branch = branchOf(conditional, !conditional.failsOtherTypes);
    return isSchemaObject(branch) && isObjectOnly(branch.type);
  });
}

/** Annotations a test's rule may carry (a description of the value it tests). */
function isAnnotation(keyword: string): boolean {
  return keyword === "title" || keyword === "description" || keyword === "$comment";
}

/** The branch a value selects: `then` where the `if` holds it, `else` where not. */
function branchOf(conditional: Conditional, holds: boolean): JsonValue | undefined {
  return holds ? conditional.then : conditional.else;
}

/** The branches a value selects, in the conditionals' order: each `then` whose `if` holds it, each `else` whose does not. */
function branchesFor(conditionals: readonly Conditional[], value: string): JsonValue[] {
  const branches: JsonValue[] = [];
  for (const conditional of conditionals) {
    const branch = branchOf(conditional, conditional.values.has(value));
    if (branch !== undefined) branches.push(branch);
  }
  return branches;
}

/**
 * Whether a branch has a rule a type states (declared keys, a type, a reference…): what splitting
 * types. One of only assertions (`required`, a `not`, property counts…) stays a rule in every case,
 * as it is one beside the object now.
 */
function typesMore(branch: JsonValue | undefined, validating: ReadonlySet<string>): boolean {
  if (branch === undefined || branch === true) return false;
  if (!isSchemaObject(branch)) return true;
  // A conditional inside the branch types what its own branches do, once its case is split in turn.
  if (typesMore(branch.then, validating) || typesMore(branch.else, validating)) return true;
  return Object.keys(branch).some((keyword) => validating.has(keyword) && keyword !== "required" && !ASSERTION_KEYWORDS.has(keyword));
}

/** The case of the values `rule` admits at the key: the key present with such a value, and the branches they select. */
function caseOf(key: string, rule: SchemaObject, branches: readonly JsonValue[], written: readonly SchemaObject[], adopt: Adopt): SchemaObject {
  return caseMade({ properties: { [key]: rule }, required: [key] }, branches, written, adopt);
}

/** The case of an object without the key: each `if` that does not require it passes (its `then`), each that does fails (its `else`). */
function caseWithout(key: string, conditionals: readonly Conditional[], written: readonly SchemaObject[], adopt: Adopt, conditionalTests: ConditionalTests): SchemaObject {
  const branches = conditionals.flatMap((conditional) => {
    const branch = branchOf(conditional, !conditional.requiresKey);
    return branch === undefined ? [] : [branch];
  });
  const test: SchemaObject = { required: [key] };
  conditionalTests.add(test);
  return caseMade({ not: test }, branches, written, adopt);
}

function caseMade(test: SchemaObject, branches: readonly JsonValue[], written: readonly SchemaObject[], adopt: Adopt): SchemaObject {
  adopt(test, written[0]!.if!);
  const made: SchemaObject = { allOf: [test, ...branches] };
  adopt(made, branches.find(isSchemaObject) ?? written[0]!.if!);
  return made;
}
