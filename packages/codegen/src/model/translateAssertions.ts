// The validation-only keywords of a schema → assertions: rules a type system does not hold (`not`,
// `if`/`then`/`else`, `contains`, `propertyNames`, property counts, dependencies), which validating
// targets enforce and typed targets carry as documentation. Each applies, as in JSON Schema, only to
// values of the JSON type it is about (a property count to objects, `contains` to arrays).
import { childPointer } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { dialectAtLeast, UNEVALUATED_KEYWORDS } from "../jsonSchema/vocabulary.ts";
import { variantNameFromValue } from "../naming/typeNames.ts";
import { pascalCase } from "../naming/words.ts";
import { CONSTRAINING, type ModelBuilderContext, type Schema } from "./modelBuilderContext.ts";
import { closedFormsRefuseObjectsOfBoth } from "./discriminateUnion.ts";
import { constrainsNothing, familiesOf, passesOtherTypes, requiredList } from "./schemaFacts.ts";
import { frozenStableKey as stableKey } from "../json/stable.ts";
import type { Assertion, TypeRef } from "./types.ts";

export interface AssertionPlace {
  readonly pointer: string;
  readonly nameHint: string;
  /** The `if`/`then` was already stated as the object's `requiredWhen`. */
  readonly consumedIf: boolean;
}

/** Keywords that can make an assertion (a schema without any has none, the common case). */
const ASSERTING: ReadonlySet<string> = new Set(["not", "anyOf", "if", "contains", "propertyNames", "minProperties", "maxProperties", "dependencies", "dependentRequired", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems"]);

/** Whether `schema` has a keyword that can make an assertion (asked of every schema translated: its few keys are read, not the list). */
function mayAssert(schema: Schema): boolean {
  for (const keyword in schema) if (ASSERTING.has(keyword)) return true;
  return false;
}

/** The assertions of most schemas (shared: nothing adds to a list returned). */
const NO_ASSERTIONS: readonly Assertion[] = Object.freeze([]);

export function translateAssertions(context: ModelBuilderContext, schema: Schema, place: AssertionPlace): readonly Assertion[] {
  if (!mayAssert(schema)) return NO_ASSERTIONS;
  const { pointer, nameHint } = place;
  const at = (keyword: string) => childPointer(pointer, keyword);
  // An assertion's schema only adds rules to the value this schema types: an open core there is no
  // place left untyped (`else: {not: {required: ["n"]}}`).
  // Where a keyword's schema is written: an `allOf` part's `if` merged into this schema is at
  // `…/allOf/0/if`, not `…/if` (a place no file has, which messages named).
  const written = (value: JsonValue | undefined, keyword: string) => context.pointerOf(value, at(keyword));
  const sub = (value: JsonValue | undefined, keyword: string, suffix: string) => context.translate(value, written(value, keyword), `${nameHint}${suffix}`, CONSTRAINING);
  const modern = dialectAtLeast(context.dialect, "2019-09");
  const families = familiesOf(context, schema);
  // A union whose variants name no type lets the values of other types through, arrays and objects
  // too, so the keywords about those beside it apply (`{anyOf: [{minLength: 2}], contains: {}}`
  // refuses []): familiesOf names only the families its variants are about.
  const othersPass = passesOtherTypes(context, schema);
  const admits = (family: "array" | "object") => families.has(family) || othersPass;
  const out: Assertion[] = [];
  if ("not" in schema) out.push({ kind: "not", type: sub(schema.not, "not", "Not"), pointer: written(schema.not, "not") });
  if (Array.isArray(schema.anyOf) && Array.isArray(schema.oneOf)) {
    // Both at once: the union is the `oneOf`; the `anyOf` must hold as well.
    const anyOf = { anyOf: schema.anyOf };
    context.adopt(anyOf, schema);
    out.push({ kind: "allOf", type: context.translate(anyOf, at("anyOf"), `${nameHint}AnyOf`, CONSTRAINING), pointer: at("anyOf") });
  }
  const closing = modern && Array.isArray(schema.oneOf) ? keywordsClosingVariants(schema, context) : [];
  if (closing.length > 0 && !closedFormsKeepCount(context, schema, closing)) {
    // The union's variants were closed over what each evaluates (translateUnion.ts), and a variant
    // the value matches but whose closed form it fails no longer counts toward "exactly one": the
    // count is kept here, over the variants as written.
    const exactlyOne = { oneOf: schema.oneOf as JsonValue[] };
    context.adopt(exactlyOne, schema);
    out.push({ kind: "allOf", type: context.translate(exactlyOne, at("oneOf"), `${nameHint}OneOf`, CONSTRAINING), pointer: at("oneOf") });
  }
  if ("if" in schema && !place.consumedIf && ("then" in schema || "else" in schema)) {
    // A conditional a definition writes is named after it wherever it is met: first met through a
    // reference narrowed beside it (`{type: [number, object], $ref: provider}` in one of the
    // definition's own branches), Minecraft's number provider's were
    // NumberProviderMinecraftUniformThenMinMinecraftBinomialThenNMinecraftScoreIf, not NumberProviderMinecraftScoreIf.
    const owner = context.definitionWritingConditional(context.pointerOf(schema.if, at("if")));
    const tested = testedConstantName(schema.if);
    const branch = (keyword: string, suffix: string) => context.translate(schema[keyword], context.pointerOf(schema[keyword], at(keyword)), `${owner ?? nameHint}${tested}${suffix}`, CONSTRAINING);
    out.push({
      kind: "conditional",
      if: branch("if", "If"),
      ...("then" in schema ? { then: branch("then", "Then") } : {}),
      ...("else" in schema ? { else: branch("else", "Else") } : {}),
      pointer: written(schema.if, "if"),
    });
  }
  if (admits("array") && "contains" in schema) {
    const min = modern && typeof schema.minContains === "number" ? schema.minContains : 1;
    const max = modern && typeof schema.maxContains === "number" ? schema.maxContains : undefined;
    out.push({ kind: "contains", type: sub(schema.contains, "contains", "Contains"), min, ...(max !== undefined ? { max } : {}), pointer: written(schema.contains, "contains") });
  }
  // Beside a union they were distributed into its variants (translateUnion.ts) and reduced there.
  const union = Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf);
  for (const keyword of ["unevaluatedProperties", "unevaluatedItems"]) {
    if (modern && !union && keyword in schema && !constrainsNothing(keyword, schema[keyword], context.dialect)) {
      context.fallback(at(keyword), "unevaluated-beyond-reach", `${keyword} here depends on what other applicators (if/then/else, dependentSchemas) evaluate, which no target but json-schema can follow: not enforced by typed and DRF targets`);
    }
  }
  if (!admits("object")) return out;
  if ("propertyNames" in schema && !constrainsNothing("propertyNames", schema.propertyNames, context.dialect)) {
    out.push({ kind: "propertyNames", type: sub(schema.propertyNames, "propertyNames", "Key"), pointer: written(schema.propertyNames, "propertyNames") });
  }
  const { min, max } = propertyCountBounds(schema);
  if (min !== undefined || max !== undefined) {
    out.push({ kind: "propertyCount", ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), pointer: at(min !== undefined ? "minProperties" : "maxProperties") });
  }
  const dependencies: [string, string, JsonValue][] = [];
  if (!modern && typeof schema.dependencies === "object" && schema.dependencies !== null && !Array.isArray(schema.dependencies)) {
    for (const [property, value] of Object.entries(schema.dependencies)) dependencies.push(["dependencies", property, value]);
  }
  for (const keyword of modern ? ["dependentRequired", "dependentSchemas"] : []) {
    const value = schema[keyword];
    if (typeof value === "object" && value !== null && !Array.isArray(value)) for (const [property, rule] of Object.entries(value)) dependencies.push([keyword, property, rule]);
  }
  for (const [keyword, property, rule] of dependencies) {
    const where = childPointer(pointer, keyword, property);
    if (Array.isArray(rule)) {
      const require = requiredList(rule);
      if (require.length > 0) out.push({ kind: "dependentRequired", property, require, pointer: where });
    } else if (rule !== true) {
      out.push({ kind: "dependentSchema", property, type: context.translate(rule, context.pointerOf(rule, where), `${nameHint}When${pascalCase(property)}`, CONSTRAINING), pointer: where });
    }
  }
  return out;
}

/**
 * The property count bounds a schema states that its keys do not already imply: a minimum its
 * required keys meet, and a maximum the keys a closed object may have (`additionalProperties:
 * false`, no patterns) cannot pass, say nothing (OSCAL's root objects, one key and
 * `maxProperties: 1`, were each a struct and an alias carrying the rule).
 */
function propertyCountBounds(schema: Schema): { min?: number; max?: number } {
  const required = requiredList(schema.required).length;
  const properties = typeof schema.properties === "object" && schema.properties !== null && !Array.isArray(schema.properties) ? Object.keys(schema.properties).length : 0;
  const patterns = typeof schema.patternProperties === "object" && schema.patternProperties !== null && !Array.isArray(schema.patternProperties) ? Object.keys(schema.patternProperties).length : 0;
  const mostKeys = schema.additionalProperties === false && patterns === 0 ? properties : Infinity;
  const min = typeof schema.minProperties === "number" && schema.minProperties > required ? schema.minProperties : undefined;
  const max = typeof schema.maxProperties === "number" && schema.maxProperties < mostKeys ? schema.maxProperties : undefined;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** The `unevaluatedProperties` / `unevaluatedItems` beside the union that rule something out, closing its variants. */
function keywordsClosingVariants(schema: Schema, context: ModelBuilderContext): string[] {
  return UNEVALUATED_KEYWORDS.filter((keyword) => keyword in schema && !constrainsNothing(keyword, schema[keyword], context.dialect));
}

/**
 * Whether the union's variants, each closed over what it evaluates, count as the `oneOf` as written
 * does, so that no assertion need keep that count: true when of every two variants no value both
 * match as written passes either one's closed form. Then a value several variants match passes none
 * closed (each, beside another it matches, refuses it), and a value matching one passes at most that
 * one's closed form: exactly one closed form passes exactly when exactly one variant matches and the
 * value passes its closed form, which is what the `oneOf` beside `unevaluated*` asks. Shown, for two
 * variants, by one holding what the other negates (no value matches both); or, where only
 * `unevaluatedProperties` closes them (a value other than an object passes a closed form exactly
 * when it passes the variant, so only objects need telling apart), by a required tag each pins to a
 * constant of its own or one taking no object (no object matches both), or by each requiring a key
 * the other's closed form refuses (the Dev Container spec's root: `image` and `build` beside `name`;
 * closedFormsRefuseObjectsOfBoth).
 * An `anyOf` needs no count: translateUnion writes out the sets of variants that match together.
 */
function closedFormsKeepCount(context: ModelBuilderContext, schema: Schema, closing: readonly string[]): boolean {
  const variants = (schema.oneOf as JsonValue[]).map(writtenFacts);
  const closedForms = context.unions.closedForms.get(schema);
  const objectsOnly = !closing.includes("unevaluatedItems");
  const apart = (i: number, j: number) =>
    negatesOther(variants[i]!, variants[j]!) ||
    negatesOther(variants[j]!, variants[i]!) ||
    (objectsOnly && (pinsOtherTag(variants[i]!, variants[j]!) || (closedForms !== undefined && closedFormsRefuseObjectsOfBoth(closedForms[i]!, closedForms[j]!))));
  return variants.every((_, i) => variants.every((__, j) => j <= i || apart(i, j)));
}

/** What a variant says as written, for telling two apart: the schemas it holds, those it negates, and its required keys pinned to a constant. */
interface WrittenFacts {
  /** The variant and its `allOf` parts. */
  readonly held: ReadonlySet<string>;
  /** The schemas `{not: S}` among those: S. */
  readonly negated: readonly string[];
  /** Required key → the one constant it is pinned to. */
  readonly tags: ReadonlyMap<string, string>;
}

function writtenFacts(variant: JsonValue): WrittenFacts {
  const parts = isSchemaObject(variant) ? [variant, ...(Array.isArray(variant.allOf) ? variant.allOf : [])] : [variant];
  return {
    held: new Set(parts.map((part) => stableKey(part))),
    negated: parts.flatMap((part) => (isSchemaObject(part) && Object.keys(part).length === 1 && "not" in part ? [stableKey(part.not!)] : [])),
    tags: pinnedRequiredKeys(variant),
  };
}

/**
 * Whether `a` holds (as itself or an `allOf` part) a schema whose negation (`{not: S}`) `b` holds, so
 * no value matches both: the cases the model writes out for `if`/`then`/`else` and `dependentSchemas`
 * (normalizeSchema.ts), or an author's alike.
 */
function negatesOther(a: WrittenFacts, b: WrittenFacts): boolean {
  return b.negated.some((key) => a.held.has(key));
}

/** Whether both require one key (a tag) pinned to a different constant each, so no object matches both. */
function pinsOtherTag(a: WrittenFacts, b: WrittenFacts): boolean {
  return [...a.tags].some(([tag, value]) => b.tags.has(tag) && b.tags.get(tag) !== value);
}

function pinnedRequiredKeys(variant: JsonValue): Map<string, string> {
  const out = new Map<string, string>();
  if (!isSchemaObject(variant) || !Array.isArray(variant.required) || !isSchemaObject(variant.properties ?? null)) return out;
  for (const key of variant.required) {
    const rule = typeof key === "string" ? (variant.properties as Schema)[key] : undefined;
    if (rule === undefined || !isSchemaObject(rule)) continue;
    const values = "const" in rule ? [rule.const] : Array.isArray(rule.enum) && rule.enum.length === 1 ? rule.enum : undefined;
    if (values) out.set(key as string, stableKey(values[0]!));
  }
  return out;
}

function isSchemaObject(value: JsonValue): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The name of the constant an `if` tests one property for (`{properties: {type: {const: "input"}}}`
 * → "Input"), "" for any other test: several conditionals side by side, one per value of a property
 * (GitHub's issue forms, one per `type` of a form element), are named after it, where they were
 * numbered (BodyAllOfIf2, BodyAllOfThen2, …).
 */
export function testedConstantName(condition: JsonValue | undefined): string {
  if (typeof condition !== "object" || condition === null || Array.isArray(condition)) return "";
  if (Object.keys(condition).some((keyword) => !["properties", "required", "type"].includes(keyword))) return "";
  const properties = condition.properties;
  if (typeof properties !== "object" || properties === null || Array.isArray(properties)) return "";
  const tested = Object.values(properties);
  if (tested.length !== 1 || typeof tested[0] !== "object" || tested[0] === null || Array.isArray(tested[0])) return "";
  const test = tested[0];
  const value = "const" in test ? test.const : Array.isArray(test.enum) && test.enum.length === 1 ? test.enum[0] : undefined;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? variantNameFromValue(value) : "";
}


type Family = "null" | "boolean" | "string" | "number" | "array" | "object";

/**
 * Whether an assertion says nothing the value's type does not: a `not` of a bare JSON type the type
 * never holds. GeoJSON-style `{type: ["string", "null"], not: {type: "null"}}` is a string (the type
 * list's null dropped, since the rule refuses it), and its `not null`, kept, was listed twice among
 * the rules Swift's decoder "does not check", on a String that holds no null.
 */
export function impliedByType(assertion: Assertion, type: TypeRef): boolean {
  if (assertion.kind !== "not") return false;
  const excluded = bareFamily(assertion.type);
  const held = familiesOfRef(type);
  return excluded !== undefined && held !== undefined && !held.has(excluded);
}

/** The family a reference is every value of (`{type: "null"}`, `{type: "string"}` without bounds), if it is one. */
function bareFamily(ref: TypeRef): Family | undefined {
  switch (ref.kind) {
    case "null":
      return "null";
    case "boolean":
      return "boolean";
    case "string":
      return ref.otherTypesPass || Object.keys(ref.constraints).length > 0 ? undefined : "string";
    // An integer's exclusion leaves the other numbers: only `number` is every number.
    case "number":
      return ref.otherTypesPass || Object.keys(ref.constraints).length > 0 ? undefined : "number";
    default:
      return undefined;
  }
}

/** The families a reference's values are of, where its kind says (undefined for a named type, the open value, or one that lets other types through). */
function familiesOfRef(ref: TypeRef): ReadonlySet<Family> | undefined {
  switch (ref.kind) {
    case "null":
      return new Set(["null"]);
    case "boolean":
      return new Set(["boolean"]);
    case "string":
      return ref.otherTypesPass ? undefined : new Set(["string"]);
    case "integer":
    case "number":
      return ref.otherTypesPass ? undefined : new Set(["number"]);
    case "literal":
      return new Set([Array.isArray(ref.value) ? "array" : typeof ref.value === "object" ? "object" : (typeof ref.value as Family)]);
    case "array":
    case "tuple":
      return ref.otherTypesPass ? undefined : new Set(["array"]);
    case "record":
      return ref.otherTypesPass ? undefined : new Set(["object"]);
    case "nullable": {
      const inner = familiesOfRef(ref.type);
      return inner === undefined ? undefined : new Set([...inner, "null"]);
    }
    case "constrained":
      return familiesOfRef(ref.type);
    case "unknown":
    case "named":
      return undefined;
  }
}
