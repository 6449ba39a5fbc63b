// `anyOf` / `oneOf` and `type` lists → a nullable wrapper, an enum (closed, or open to other values),
// or named unions, by the rules and precedence of discriminateUnion.ts. Keywords beside the union
// (`type`, `properties`, `required`…) apply to every variant, so they are merged into each
// (`{type: "string", anyOf: [{enum}, {pattern}]}` is a union of two strings); validation-only ones
// stay on the union as assertions (translateAssertions.ts).
import { childPointer, CodegenError } from "../errors.ts";
import { frozenStableKey as stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { dialectAtLeast, REFERENCE_KEYWORDS, UNEVALUATED_KEYWORDS, validationKeywordsOf } from "../jsonSchema/vocabulary.ts";
import { DYNAMIC_SCOPE_REF_KEYWORD, REMOTE_REF_KEYWORD } from "../jsonSchema/bundleKeywords.ts";
import { ownEntriesWhere } from "../json/ownEntries.ts";
import { patternStrings } from "../jsonSchema/literalPattern.ts";
import { firstFreeName, inlineTypeName, KEYLESS_VARIANT_NAME, variantNameFromTitle, variantNameFromValue, variantTypeName } from "../naming/typeNames.ts";
import { pascalCase } from "../naming/words.ts";
import { acceptsEveryType, familyGroups, findTag, firstMatchOrder, keyGroups, keyGroupsExcludeEachOther, keyPresenceOrderHolds, type TagDecision, type TagValue, type VariantFacts } from "./discriminateUnion.ts";
import { readDiscriminator, type WrittenMappingEntry } from "./discriminatorMappings.ts";
import { CONTAINS_GROUP } from "./mergeSchemas.ts";
import { liftEnum, liftUnion, type LiftPlace } from "./liftTypes.ts";
import { NO_OPTIONS, type LiftOptions, type ModelBuilderContext, type Schema } from "./modelBuilderContext.ts";
import { neverType } from "./neverType.ts";
import { keysOtherVariantsRequire } from "./presenceTests.ts";
import { acceptedBy, annotationsOf, constantValues, constrainsNothing, declaredTypes, acceptsNull, familiesOf, hasAssertionKeywords, impliedFamilies, listsEveryType, passesOtherTypes, rulesBesideConstants, type Family } from "./schemaFacts.ts";
import { translateValues } from "./translateValues.ts";
import type { Assertion, JsonType, JsonTypeVariant, KeyPresenceVariant, NamedTypeRef, TagVariant, TypeRef, UnionType, UnionVariant, VariantPreference } from "./types.ts";

/** Keywords beside `anyOf`/`oneOf` that stay on the union (as assertions) instead of joining each variant. */
const UNION_LEVEL = new Set([
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "minContains",
  "maxContains",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "dependencies",
  "dependentRequired",
  "dependentSchemas",
]);

/**
 * The union-level keywords whose subschemas evaluate properties or items (what `unevaluated*` beside them sees); each goes whole.
 * An `anyOf` beside the union's `oneOf` is one: the keys its matching subschemas declare are evaluated.
 */
const EVALUATING_BESIDE: ReadonlySet<string> = new Set(["anyOf", "if", "then", "else", "dependentSchemas"]);
/**
 * In 2020-12 a `contains` evaluates the items it matches too (2019-09 counts only the items keywords'),
 * so `{oneOf: [{prefixItems: [integer]}, …], contains: boolean, unevaluatedItems: false}` takes [1, true]:
 * it joins each variant with its counts, where what it evaluates is seen with the variant's own (normalizeSchema's reduceUnevaluated).
 */
const EVALUATING_BESIDE_SINCE_2020_12: ReadonlySet<string> = new Set([...EVALUATING_BESIDE, ...CONTAINS_GROUP]);
const NO_KEYWORDS: ReadonlySet<string> = new Set();

interface UnionPlace extends LiftPlace {
  readonly keyword: UnionType["keyword"];
  /** The property an OpenAPI `discriminator` names. */
  readonly discriminator?: string;
  /** Its explicit `mapping` (discriminatorMapping), when it has one and names the property. */
  readonly mapping?: DiscriminatorMapping;
  /** The union is the model's own split of a conditional (context.isConditionalSplit): no value matches two of its variants. */
  readonly conditionalCases?: boolean;
  /** What its variants' types are named after, when not the union's own hint: see nestedCasesHint. */
  readonly variantsHint?: string;
  /** The names the types of the properties written beside the union take (nameSharedProperties): no variant's type takes one (variantTypeName). */
  readonly propertyTypeNames?: ReadonlySet<string>;
}

/** A variant as the rules see it: what to translate, what is known of it, and what names it. */
interface Candidate {
  readonly at: string;
  readonly schema: JsonValue;
  readonly facts: VariantFacts;
  /** A name of its own (the definition it refers to, else its title when that reads as a name), for rules that do not name variants by selector. */
  readonly label?: string;
  /** A case of the model's split of a conditional: its name from the `if` (conditionalCaseNames), for rules that would name it after its JSON type. */
  readonly caseName?: string;
  /**
   * The definition it is an inline copy of, as written (nothing distributed into it): its type is
   * named as that definition's would be, so the definition, translated later, shares it.
   */
  readonly copyOf?: string;
  /** The key of the definition it is only a `$ref` to, as written (OpenAPI's component name): what a discriminator's value names (discriminatorCases). */
  readonly definition?: string;
  /** Set for a variant the rules made (a union of some variants): how to build it. */
  readonly build?: () => TypeRef;
  /** What the schema says of the variant as written (its `description`): see UnionVariant.description. */
  readonly description?: string;
}

export function translateUnion(context: ModelBuilderContext, schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
  const keyword = Array.isArray(schema.oneOf) ? "oneOf" : "anyOf";
  const list = schema[keyword] as JsonValue[];
  if (list.length === 0) throw new CodegenError(childPointer(pointer, keyword), "must be a non-empty array");
  const validating = validationKeywordsOf(context.dialect);
  // Beside `unevaluated*`, what a conditional or a dependent schema evaluates counts for it, so they
  // join each variant with it: left on the union, each variant was closed without the properties
  // they declare (OpenAPI 3.1's parameter, whose `style` and `example` come from dependentSchemas
  // beside a oneOf, refused both; found by a sweep of OpenAPI 3.1). An `anyOf` beside the `oneOf`
  // likewise (`{a, b}` against `oneOf: [{a}, {c}]`, `anyOf: [{b}]` was refused), and in 2020-12 a
  // `contains` (`[1, true]` against `oneOf: [{prefixItems: [integer]}, …]`, `contains: boolean`,
  // `unevaluatedItems: false` was refused). The union's own keyword is never among them: an `anyOf`
  // union's variants would hold the `anyOf` again.
  const closing = UNEVALUATED_KEYWORDS.some((key) => key in schema);
  const evaluatedBeside = !closing ? NO_KEYWORDS : dialectAtLeast(context.dialect, "2020-12") ? EVALUATING_BESIDE_SINCE_2020_12 : EVALUATING_BESIDE;
  const siblings = ownEntriesWhere(schema, (key) => key !== keyword && validating.has(key) && (!UNION_LEVEL.has(key) || evaluatedBeside.has(key)));
  context.adopt(siblings, schema);
  const propertyTypeNames = nameSharedProperties(context, siblings, nameHint);
  const union = new UnionTranslator(context);
  const written = list.map((variant, index): WrittenVariant => {
    const at = context.pointerOf(variant, childPointer(pointer, keyword, index));
    const referenced = context.definitionRefName(variant);
    const copyOf = referenced === undefined ? context.definitionCopyOf(variant, at) : undefined;
    const titled = typeof variant === "object" && variant !== null && !Array.isArray(variant) ? variantNameFromTitle(variant.title) : undefined;
    // A variant only referring to a schema filed elsewhere is named as that schema's type is (Ethereum's
    // execution-apis: #/components/schemas/Transaction1559Signed), not after the keys it alone requires
    // (MaxFeePerGasMaxPriorityFeePerGasGasPriceChainIdAccessListYParity).
    // A case of the model's own split of a conditional is named after what its `if` tests (conditionalCaseNames):
    // a tested constant before the keys it requires, else in place of its JSON type's name (caseName).
    const caseName = context.conditionalCaseName(variant);
    const label = referenced ?? copyOf ?? titled ?? context.refTargetName(variant) ?? (caseName?.beforeKeys ? caseName.name : undefined);
    const definition = context.definitionKeyOf(variant);
    const { description } = typeof variant === "object" && variant !== null && !Array.isArray(variant) ? annotationsOf(variant) : {};
    return { schema: variant, at, label, ...(caseName !== undefined && !caseName.beforeKeys ? { caseName: caseName.name } : {}), ...(copyOf !== undefined ? { copyOf } : {}), ...(definition !== undefined ? { definition } : {}), ...(description !== undefined ? { description } : {}) };
  });
  const evaluated = keyword === "anyOf" ? evaluatedTogether(context, written, siblings, schema, pointer, (variant) => union.candidate(variant.schema, variant.at).facts) : written;
  const candidates = evaluated.map((variant, index) => {
    const distributed = distribute(context, siblings, variant.schema);
    // A value of one variant of a oneOf fails the others: where they only require keys, the sibling
    // conditionals asking for those keys are settled in this variant (normalizeSchema settlePresenceTests).
    if (keyword === "oneOf" && distributed !== variant.schema) context.noteKeysNeverAllPresent(distributed as Schema, keysOtherVariantsRequire(list, index, validating));
    const copyOf = distributed === variant.schema ? variant.copyOf : undefined;
    return union.candidate(distributed, variant.at, { label: variant.label, caseName: variant.caseName, copyOf, definition: variant.definition, description: variant.description });
  });
  if (keyword === "oneOf" && closing) context.unions.closedForms.set(schema, candidates.map((candidate) => candidate.facts));
  const conditionalCases = context.isConditionalSplit(schema) ? { conditionalCases: true } : {};
  const variantsHint = context.unions.casesHints.get(schema);
  const place: UnionPlace = { pointer, nameHint, options, annotations: annotationsOf(schema), keyword, ...discriminatorOf(context, schema), ...conditionalCases, ...(variantsHint !== undefined ? { variantsHint } : {}), propertyTypeNames };
  return union.decide(candidates, place);
}

interface WrittenVariant {
  readonly schema: JsonValue;
  readonly at: string;
  readonly label: string | undefined;
  /** See Candidate.caseName. */
  readonly caseName?: string;
  /** The definition the variant is an inline copy of (no `$ref`): see Candidate.copyOf. */
  readonly copyOf?: string;
  /** See Candidate.definition. */
  readonly definition?: string;
  /** See Candidate.description. */
  readonly description?: string;
}

/**
 * The description of a variant made of one schema as written (`members`, the candidates its type was
 * built from), where its type does not document itself: a named type carries its own.
 */
function variantDescription(members: readonly Candidate[], type: TypeRef): Pick<UnionVariant, "description"> {
  const description = members.length === 1 ? members[0]!.description : undefined;
  return description === undefined || type.kind === "named" ? {} : { description };
}

/** The most variants of an `anyOf` beside `unevaluated*` whose every combination is written out (2^n - 1 of them). */
const MOST_EVALUATED_TOGETHER = 4;

/**
 * An `anyOf` beside `unevaluatedProperties` / `unevaluatedItems`: what counts as evaluated is what
 * every matching variant evaluates, and several may match (`{a, b}` against `anyOf: [{properties: a},
 * {properties: b}]` with `unevaluatedProperties: false` is valid). A value is valid exactly when some
 * set of variants all match it and together evaluate all of it, so the union becomes the `anyOf` of
 * every non-empty set of variants taken together (their `allOf`, closed as one), larger sets first
 * so a decoder keeps what several evaluate. A set holding two variants no object (no array, for
 * `unevaluatedItems`) matches both of is left out: it admits no value the keyword looks at (SPDX 3's
 * classes, each pinning its required `type` to its own name, are never two at once), so where no two
 * variants may match together each is closed alone, exactly. Beyond MOST_EVALUATED_TOGETHER variants
 * that may match with another, each is closed alone, which refuses a value only several together
 * evaluate: reported as a fallback.
 */
function evaluatedTogether(
  context: ModelBuilderContext,
  written: readonly WrittenVariant[],
  siblings: Schema,
  schema: Schema,
  pointer: string,
  factsOf: (variant: WrittenVariant) => VariantFacts,
): readonly WrittenVariant[] {
  const keyword = UNEVALUATED_KEYWORDS.find((key) => key in siblings);
  if (keyword === undefined || written.length < 2) return written;
  const family: Family = keyword === "unevaluatedProperties" ? "object" : "array";
  const facts = written.map(factsOf);
  const together = (a: number, b: number) => mayMatchTogether(facts[a]!, facts[b]!, family);
  const overlapping = written.map((_, index) => index).filter((index) => written.some((_, other) => other !== index && together(index, other)));
  if (overlapping.length === 0) return written;
  if (overlapping.length > MOST_EVALUATED_TOGETHER) {
    context.fallback(childPointer(pointer, keyword), "unevaluated-beyond-reach", `${keyword} beside an anyOf of ${written.length} variants counts what every matching variant evaluates; typed and DRF targets count one variant's only (sets of up to ${MOST_EVALUATED_TOGETHER} variants that may match together are written out)`);
    return written;
  }
  const sets: number[][] = [];
  for (let mask = 1; mask < 1 << overlapping.length; mask++) {
    const members = overlapping.filter((_, bit) => (mask & (1 << bit)) !== 0);
    if (members.length > 1 && members.every((a) => members.every((b) => a === b || together(a, b)))) sets.push(members);
  }
  sets.sort((a, b) => b.length - a.length);
  const joined = sets.map((indices) => {
    const members = indices.map((index) => written[index]!);
    const allOf = { allOf: members.map((member) => member.schema) };
    context.adopt(allOf, schema);
    const labels = members.map((member) => member.label);
    return { schema: allOf, at: pointer, label: labels.every((label) => label !== undefined) ? labels.join("And") : undefined };
  });
  return [...joined, ...written];
}

/**
 * Whether some value of `family` (objects, for `unevaluatedProperties`) may match both variants: not
 * when either admits none, nor, for objects, when both require a key and pin it to constants none of
 * which the other allows (a tag: SPDX 3's `type`, each class its own name).
 */
function mayMatchTogether(a: VariantFacts, b: VariantFacts, family: Family): boolean {
  const admits = (facts: VariantFacts) => facts.othersPass || facts.families.has(family);
  if (!admits(a) || !admits(b)) return false;
  if (family !== "object") return true;
  return !a.required.some((key) => {
    if (!b.required.includes(key)) return false;
    const ours = a.tagValues(key);
    const theirs = b.tagValues(key);
    return ours !== undefined && theirs !== undefined && !ours.some((value) => theirs.includes(value));
  });
}

function refusesItsOnlyNull(facts: VariantFacts): boolean {
  return facts.families.size === 1 && facts.families.has("null") && facts.acceptsNull === false;
}

/**
 * A `type` list's type, and whether its parts state the schema's rules: each part is the whole schema
 * restricted to one type, every rule with it (`not`, `if`, `minProperties`…), so the whole states
 * none again (OpenTelemetry's configuration, `type: ["object", "null"]` with `minProperties: 1,
 * maxProperties: 1`, said "must have exactly 1 property" twice).
 */
export interface TypeListType {
  readonly type: TypeRef;
  readonly rulesInParts: boolean;
}

/** A `type` list (`["string", "null"]`, the meta-schema's `["object", "boolean"]`): the union of the schema restricted to each type. */
export function translateTypeList(context: ModelBuilderContext, schema: Schema, types: readonly JsonType[], pointer: string, nameHint: string, options: LiftOptions): TypeListType {
  const families = new Set(types.map((type) => (type === "integer" ? "number" : type)));
  // Every JSON value, unless keywords of some type constrain that type's values (`maxLength` beside all seven types):
  // no part is made, so the rules (a `not` beside all seven types) are the whole's.
  if (listsEveryType(types) && impliedFamilies(schema, context.dialect).size === 0) return { type: { kind: "unknown" }, rulesInParts: false };
  const union = new UnionTranslator(context);
  const candidates = [...families].map((family) => union.candidate(restrict(context, schema, family, types), pointer));
  return { type: union.decide(candidates, { pointer, nameHint, options, annotations: annotationsOf(schema), keyword: "anyOf" }), rulesInParts: true };
}

/** `schema` where only values of `family` are allowed (`integer` when the schema allows integers but not other numbers). */
function restrict(context: ModelBuilderContext, schema: JsonValue, family: Family, types?: readonly JsonType[]): JsonValue {
  const declared = types ?? (typeof schema === "object" && schema !== null && !Array.isArray(schema) ? declaredTypes(schema) : undefined);
  const type = family === "number" && declared?.includes("integer") && !declared.includes("number") ? "integer" : family;
  // The part of one type describes values, not the whole: the documentation stays with the union
  // (so the root's object part read through `$ref: "#"` and through the root itself is one type).
  const rules = typeof schema === "object" && schema !== null && !Array.isArray(schema) ? validationOnly(context, schema) : schema;
  const made = { allOf: [rules, { type }] };
  context.adopt(made, schema);
  return made;
}

function validationOnly(context: ModelBuilderContext, schema: Schema): Schema {
  const validating = validationKeywordsOf(context.dialect);
  const rules = ownEntriesWhere(schema, (keyword) => validating.has(keyword));
  context.adopt(rules, schema);
  return rules;
}

/** Keywords beside a union that see what its variant evaluates, so they cannot be an allOf part of their own. */

/**
 * The sibling keywords merged into a variant (left a reference when they add nothing, so it keeps
 * its name). `unevaluatedProperties` / `unevaluatedItems` stay the made schema's own keywords: an
 * allOf part is read alone, where `unevaluatedProperties: false` would forbid every property the
 * variant declares, while beside the union it forbids only the ones neither evaluates.
 */
function distribute(context: ModelBuilderContext, siblings: Schema, variant: JsonValue): JsonValue {
  const keys = Object.keys(siblings);
  if (keys.length === 0 || variant === false) return variant;
  if (keys.length === 1 && keys[0] === "type") {
    const allowed = new Set((declaredTypes(siblings) ?? []).map((type) => (type === "integer" ? "number" : type)));
    const integerOnly = declaredTypes(siblings)?.includes("integer") && !declaredTypes(siblings)?.includes("number");
    // A variant naming no type would let the values of other types through, which `type` beside it forbids.
    if (!integerOnly && !passesOtherTypes(context, variant) && [...familiesOf(context, variant)].every((family) => allowed.has(family))) return variant;
  }
  const part: { [key: string]: JsonValue } = {};
  const own: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(siblings)) ((UNEVALUATED_KEYWORDS as readonly string[]).includes(key) ? own : part)[key] = value;
  context.adopt(part, siblings);
  const made = { allOf: [part, variant], ...own };
  context.adopt(made, variant);
  return made;
}

/**
 * The properties written beside the union are every variant's: each is named after the union
 * (GeoJSON's `crs` beside its `oneOf` of geometries was "GeojsonPointCrs", after the first variant
 * it was distributed into). A union inside one of them names its own; the first name given stays.
 */
function nameSharedProperties(context: ModelBuilderContext, siblings: Schema, nameHint: string): ReadonlySet<string> {
  const properties = siblings.properties;
  const names = new Set<string>();
  if (typeof properties !== "object" || properties === null || Array.isArray(properties)) return names;
  const hints = context.unions.sharedPropertyHints;
  for (const [property, propertySchema] of Object.entries(properties)) {
    if (typeof propertySchema !== "object" || propertySchema === null) continue;
    if (!hints.has(propertySchema)) hints.set(propertySchema, inlineTypeName(nameHint, { kind: "property", property }));
    names.add(hints.get(propertySchema)!);
  }
  return names;
}

/** The OpenAPI discriminator written on `schema`: the property it names, and its explicit mapping (discriminatorMapping) when it has one. */
export function discriminatorOf(context: ModelBuilderContext, schema: Schema): { discriminator?: string; mapping?: DiscriminatorMapping } {
  const written = readDiscriminator(schema);
  if (written === undefined) return {};
  const mapping = written.mapping.length === 0 ? undefined : discriminatorMapping(context, schema, written.mapping);
  return { discriminator: written.propertyName, ...(mapping !== undefined ? { mapping } : {}) };
}

/** A discriminator's explicit mapping: each string it lists, to the key of the definition it names (undefined where it names none here). */
export type DiscriminatorMapping = ReadonlyMap<string, string | undefined>;

/**
 * An OpenAPI discriminator's `mapping` (`{dog: "#/components/schemas/Dog"}`): each string to the
 * definition it names, by reference (moved with the schemas: input/apiDescription.ts) or by the
 * component's name (`dog: Dog`). A string whose target is no definition here (another document's
 * schema) still stays listed: the implicit mapping does not give it to the component of that name
 * (discriminatorCases).
 */
function discriminatorMapping(context: ModelBuilderContext, holder: Schema, entries: readonly WrittenMappingEntry[]): DiscriminatorMapping {
  const read = new Map<string, string | undefined>();
  for (const { value, target } of entries) {
    if (target.kind === "component") {
      read.set(value, target.name);
      continue;
    }
    const reference = { $ref: target.ref };
    context.adopt(reference, holder);
    read.set(value, context.definitionKeyOf(reference));
  }
  return read;
}

/** The preference an OpenAPI discriminator gives a union whose variants it does not tag (preferenceOf), each variant with the candidates it was made of. */
function discriminatorCases(context: ModelBuilderContext, place: UnionPlace, variants: readonly { readonly name: string; readonly members: readonly Candidate[] }[]): { preference?: VariantPreference } {
  if (place.discriminator === undefined) return {};
  const named = variants.map(({ name, members }) => ({ name, definitions: members.flatMap(({ definition }) => (definition === undefined ? [] : [definition])) }));
  const preference = preferenceOf(place.discriminator, place.mapping, named, (key) => context.implicitDiscriminatorValue(key));
  return preference === undefined ? {} : { preference };
}

/**
 * The preference (types.ts, VariantPreference) an OpenAPI discriminator on `property` gives variants,
 * each with the keys of the definitions it refers to: each string of its mapping that names a
 * definition a variant refers to, then OpenAPI's implicit mapping, the key of each definition a
 * variant refers to, unless the mapping lists that string ("The value of the property named in
 * propertyName is used as the name of the associated schema under the Components Object, unless a
 * mapping is present for that value", 3.1.1; 3.0 reads the same by its examples), or the string
 * Azure's `x-ms-discriminator-value` gives it (`implicitValue`: discriminatorMappings.ts,
 * implicitDiscriminatorValue). An inline variant
 * refers to no definition, and no string names it ("inline oneOf or anyOf subschemas are not
 * considered"). Undefined where no string names a variant.
 */
export function preferenceOf(
  property: string,
  mapping: DiscriminatorMapping | undefined,
  variants: readonly { readonly name: string; readonly definitions: readonly string[] }[],
  implicitValue: (key: string) => string,
): VariantPreference | undefined {
  const cases: { value: string; variant: string }[] = [];
  const listed = new Set<string>();
  const add = (value: string, definition: string | undefined) => {
    if (listed.has(value)) return;
    listed.add(value);
    const variant = definition === undefined ? undefined : variants.find(({ definitions }) => definitions.includes(definition));
    if (variant !== undefined) cases.push({ value, variant: variant.name });
  };
  for (const [value, definition] of mapping ?? []) add(value, definition);
  for (const { definitions } of variants) for (const definition of definitions) add(implicitValue(definition), definition);
  return cases.length === 0 ? undefined : { property, cases };
}

/** What union translation keeps while one model is built: the context's `unions` (each builder has its own). */
export class UnionBookkeeping {
  /**
   * The key-presence unions of the model's own conditional cases, by name: a union around one of
   * them may take its variants in (liftNestedCases). A definition's own union is never among them:
   * it is a type the author named.
   */
  readonly caseUnions = new Map<string, readonly KeyPresenceVariant[]>();
  /** The name hint the variants of a split of a conditional are named after, by the split (a schema): the hint of the cases around it (nestedCasesHint). */
  readonly casesHints = new WeakMap<object, string>();
  /** The name hint of a property written beside a union, by its schema: the union's, not the first variant's it is distributed into (nameSharedProperties). */
  readonly sharedPropertyHints = new WeakMap<object, string>();
  /**
   * The variant types named "with" their names (variantHint), by that hint: the plain name, and the
   * plain names of each variant of its union (a property beside it may take any of them). Many such
   * properties never get a type of that name (`schema: {type: object}` is a record; a `$ref` is its
   * definition's): the naming step gives them back then (plainNamesOfVariants).
   */
  readonly variantsNamedWith = new Map<string, { readonly plain: string; readonly unionPlains: readonly string[] }>();
  /**
   * The facts of a `oneOf`'s variants beside `unevaluated*`, each closed over what it and the keywords
   * beside the union evaluate (the union's own variants), in the order written, by the union's schema:
   * translateAssertions reads from them whether oneOf's count over the variants as written needs keeping.
   */
  readonly closedForms = new WeakMap<object, readonly VariantFacts[]>();
  /** Facts of a variant schema (the model's schemas never change while it is built). */
  readonly factsBySchema = new Map<object, VariantFacts>();
}

class UnionTranslator {
  private readonly translated = new Map<Candidate, TypeRef>();

  constructor(private readonly context: ModelBuilderContext) {}

  candidate(schema: JsonValue, at: string, names: Pick<Candidate, "label" | "caseName" | "copyOf" | "definition" | "description"> = {}): Candidate {
    const { label, caseName, copyOf, definition, description } = names;
    return { at, schema, facts: this.factsOf(schema), ...(label !== undefined ? { label } : {}), ...(caseName !== undefined ? { caseName } : {}), ...(copyOf !== undefined ? { copyOf } : {}), ...(definition !== undefined ? { definition } : {}), ...(description !== undefined ? { description } : {}) };
  }

  /** Rule 0, then by JSON type (rule 1), then within each type. */
  decide(all: readonly Candidate[], place: UnionPlace): TypeRef {
    // A variant whose only type is null and which refuses null (a definition of objects or null with
    // `not: {type: null}`, met by a `type: [string, null]` beside it) admits no value: counted as a
    // null variant, it made null valid (campaign P, seed 51001, where the three validators refused it).
    const live = this.withoutRepeats(
      all.filter((candidate) => candidate.facts.families.size > 0 && !refusesItsOnlyNull(candidate.facts)),
      place,
    );
    if (live.length === 0) return neverType(place.pointer);
    const open = openEnumFamily(this.context, live);
    if (open !== undefined) return this.scalars(live, open, place);
    const besideNull = typelessBesideNull(live, place);
    if (besideNull !== undefined) return nullableIf(true, this.translate(besideNull, place.nameHint, place.options));
    if (live.length > 1 && live.some((candidate) => candidate.facts.othersPass)) return this.firstMatch(live, place);
    const candidates = live.filter((candidate) => !(candidate.facts.families.size === 1 && candidate.facts.families.has("null")));
    // Null is valid when a variant accepts it, and under `oneOf` when exactly one does. A variant
    // whose null part is split off below must say exactly whether it accepts null (one with null
    // among its types may still refuse it: a `oneOf` whose variants both take null); when a
    // reference leaves that open, the variants are tried as written.
    if (live.length > 1 && candidates.some((candidate) => candidate.facts.families.size > 1 && candidate.facts.acceptsNull === undefined)) return this.firstMatch(live, place);
    const nullOnly = live.length - candidates.length;
    const nullAcceptors = nullOnly + candidates.filter((candidate) => candidate.facts.acceptsNull).length;
    const nullable = place.keyword === "oneOf" ? nullAcceptors === 1 : nullAcceptors > 0;
    // Under `oneOf`, null that a null-only variant and another variant both accept matches both: the
    // variants as written (`oneOf [{type: null}, {}]` admits every value but null) say so.
    if (place.keyword === "oneOf" && nullOnly > 0 && nullAcceptors > 1) return this.firstMatch(live, place);
    if (candidates.length === 0) return nullable ? { kind: "null" } : neverType(place.pointer);
    const only = candidates.length === 1 ? candidates[0]! : undefined;
    if (only && nullOnly === 0) return this.translate(only, place.nameHint, place.options);
    const constants = candidates.map((candidate) => candidate.facts.constants);
    if (constants.every((values): values is readonly JsonValue[] => values !== undefined)) {
      // Under `oneOf` a value two variants list matches both: only values one variant lists are valid.
      const listed = [...constants, ...Array.from({ length: nullOnly }, () => [null])];
      return translateValues(this.context, place.keyword === "oneOf" ? listedOnce(listed) : distinct(listed.flat()), place, place.keyword);
    }
    // (One that names null among its types is split by type below, so null is the union's to allow or not.)
    if (only && (!only.facts.families.has("null") || acceptsEveryType(only.facts))) return nullableIf(nullOnly > 0, this.translate(only, place.nameHint, place.options));
    if (candidates.some((candidate) => acceptsEveryType(candidate.facts))) return nullableIf(nullOnly > 0, this.firstMatch(candidates, place));
    // Each variant of one type; one of several types is split into its part of each.
    const parts: { candidate: Candidate; family: Family }[] = [];
    for (const candidate of candidates) {
      const families = [...candidate.facts.families].filter((family) => family !== "null");
      if (families.length === 1 && families.length === candidate.facts.families.size) parts.push({ candidate, family: families[0]! });
      // A variant of one type besides null (a reference to a nullable definition) is still that
      // definition once its null joins the union's: it keeps the definition's name.
      else for (const family of families) parts.push({ candidate: this.candidate(restrict(this.context, candidate.schema, family), candidate.at, { ...(families.length === 1 ? { label: candidate.label, caseName: candidate.caseName, definition: candidate.definition } : {}), description: candidate.description }), family });
    }
    const groups = familyGroups(parts.map((part) => part.family));
    if (groups.length === 1) return nullableIf(nullable, this.withinFamily(parts.map((part) => part.candidate), groups[0]!.family, place));
    const variants: JsonTypeVariant[] = groups.map(({ family, members }) => {
      const group = members.map((index) => parts[index]!.candidate);
      const jsonType = family === "number" && group.every((candidate) => integerOnly(candidate)) ? "integer" : family;
      const name = variantNameFromValue(jsonType);
      const nameHint = variantHint(this.context, place, name, [name]);
      const type = group.length === 1 ? this.translate(group[0]!, nameHint) : (this.definitionHolding(group, place.keyword) ?? this.withinFamily(group, family, subPlace(place, nameHint)));
      return { name, jsonType, type, ...variantDescription(group, type) };
    });
    return nullableIf(nullable, liftUnion(this.context, { rule: "jsonType", variants }, place.keyword, place));
  }

  /**
   * Under `anyOf`, each variant once: a later variant that is the same schema as an earlier one once
   * normalized (refs followed, `allOf` and the union's siblings merged) takes no value the earlier one
   * does not, so it is no case of its own (Angular's prerender builder, `anyOf: [{}, {}]` beside its
   * properties: the same object twice, a one-case enum and a warning that its second variant was
   * unreachable, which `--strict` refused). Left one, the union is that variant, named as the union
   * is. References to two definitions stay two: the author named them apart, and when they take the
   * same values unreachableVariants says so. Under `oneOf` a value one takes, the other takes too, so
   * it matches twice and is refused: both stay.
   */
  private withoutRepeats(candidates: readonly Candidate[], place: UnionPlace): readonly Candidate[] {
    if (place.keyword !== "anyOf" || candidates.length < 2) return candidates;
    // Only variants of the same JSON types naming the same definition (or none) can be the same
    // schema: the shapes of the others are never spelled, as spelling a normalized shape whole is
    // most of the cost here (a type list's parts are each the whole schema, restricted to a type).
    const kinds = candidates.map((candidate) => (candidate.build ? undefined : this.kindOf(candidate)));
    const sharedKinds = new Set(kinds.filter((kind, index) => kind !== undefined && kinds.indexOf(kind) !== index));
    const seen = new Set<string>();
    return candidates.filter((candidate, index) => {
      const kind = kinds[index];
      if (kind === undefined || !sharedKinds.has(kind)) return true;
      const key = `${kind}\u0000${stableKey(this.context.shapeOf(candidate.schema))}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** What two variants that are the same schema share, cheap to tell: their JSON types and the definition a reference names. */
  private kindOf(candidate: Candidate): string {
    return `${[...candidate.facts.families].sort().join(",")}\u0000${this.context.definitionRefName(candidate.schema) ?? ""}`;
  }

  /**
   * The definition that is exactly these variants, all references, as a union of the same keyword (MCP's
   * SamplingMessageContentBlock, the object side of a message's content): its type, not a copy of it.
   */
  private definitionHolding(candidates: readonly Candidate[], keyword: UnionPlace["keyword"]): TypeRef | undefined {
    const referenced = candidates.map((candidate) => this.context.definitionRefName(candidate.schema));
    if (referenced.some((name, index) => name === undefined || name !== candidates[index]!.label)) return undefined;
    const definition = this.context.definitionOfUnion(keyword, referenced as string[]);
    return definition === undefined ? undefined : { kind: "named", name: definition };
  }

  /** Variants that all have values of one JSON type: rules 2 to 5. */
  private withinFamily(candidates: readonly Candidate[], family: Family, place: UnionPlace): TypeRef {
    if (candidates.length === 1) return this.translate(candidates[0]!, place.nameHint, place.options);
    if (family === "object") {
      const tag = findTag(
        candidates.map((candidate) => candidate.facts),
        place.discriminator,
      );
      if (tag && tag.untagged.length === 0) return this.tagged(candidates, tag, place);
      // Under a oneOf the author wrote, a tag value several variants share is a union of its own
      // inside the tagged one: a value that two of them and an untagged variant match failed the
      // inner oneOf, so the outer one counted one match (the same as byKeys' groups). First match.
      if (tag && countsEveryMatch(place) && tag.groups.some((group) => group.members.length > 1)) return this.firstMatch(candidates, place);
      if (tag) {
        // Some variants tagged: their tagged union is one variant among the others.
        const members = tag.groups.flatMap((group) => group.members).filter((index, at, all) => all.indexOf(index) === at);
        const taggedOnes = members.map((index) => candidates[index]!);
        const label = `By${pascalCase(tag.property)}`;
        const inner = findTag(taggedOnes.map((candidate) => candidate.facts), tag.property)!;
        const subHint = variantHint(this.context, place, label, [label]);
        const build = () => this.tagged(taggedOnes, inner, subPlace(place, subHint));
        const pseudo: Candidate = { at: place.pointer, schema: true, facts: unionFacts(taggedOnes.map((candidate) => candidate.facts)), label, build };
        return this.byKeys([pseudo, ...tag.untagged.map((index) => candidates[index]!)], place);
      }
      return this.byKeys(candidates, place);
    }
    if (family === "string" || family === "number" || family === "boolean") return this.scalars(candidates, family, place);
    return this.firstMatch(candidates, place);
  }

  /** Rule 2: by the tag's value; a value several variants share selects their own union. */
  private tagged(candidates: readonly Candidate[], tag: TagDecision, place: UnionPlace): TypeRef {
    // A number says little as a name (`.vMinus32700`): a value only one named variant holds takes that
    // variant's name instead (JSON-RPC error codes: `.jsonParseError`), the value staying its tag.
    const nameOf = (group: TagDecision["groups"][number]) => (typeof group.value === "number" && group.members.length === 1 ? candidates[group.members[0]!]!.label : undefined) ?? variantNameFromValue(group.value);
    const names = uniqueNames(tag.groups.map(nameOf));
    // A variant whose tag takes several values (Pulumi's "Primitive Type", `type: {enum: [boolean,
    // integer, number, string]}`) is one type under each of them: named after its first value it read
    // as that value's alone (`.integer(TypeSpecByTypeBoolean)`), so it takes its own name where it has one.
    const groupsOf = (member: number) => tag.groups.filter((group) => group.members.includes(member)).length;
    const variants: TagVariant[] = tag.groups.map((group, index) => {
      const name = names[index]!;
      const sole = group.members.length === 1 ? candidates[group.members[0]!]! : undefined;
      const ownName = sole?.label !== undefined && groupsOf(group.members[0]!) > 1 ? sole.label : undefined;
      const nameHint = variantHint(this.context, place, ownName ?? name, ownName === undefined ? names : [ownName]);
      const members = group.members.map((member) => candidates[member]!);
      const type = members.length === 1 ? this.translate(members[0]!, nameHint) : this.withinFamily(members, "object", subPlace(place, nameHint, tag.property));
      return { name, tag: group.value, type, ...variantDescription(members, type) };
    });
    return liftUnion(this.context, { rule: "tag", property: tag.property, variants }, place.keyword, place);
  }

  /**
   * Rule 3: by the keys present; variants needing the same keys are told apart by first match.
   *
   * Under a `oneOf` the author wrote, variants needing the same keys stay variants of this union (it is
   * first match): nested in a union of their own, a value that two of them and a variant of another
   * group all match failed the inner `oneOf`, so the outer one counted one match and took a value
   * that matches three (found on SchemaStore's template.json: `{"pattern": ""}` for a form with no
   * `identifier`, which its catch-all, its `replace` form and every other form match). A value
   * holding one group's keys may hold another's too, unless the variants are closed and each group
   * requires a key the others do not declare (keyGroupsExcludeEachOther), as a tag value's group
   * excludes the others. The model's own cases of a conditional exclude each other: they nest.
   */
  private byKeys(candidates: readonly Candidate[], place: UnionPlace): TypeRef {
    const groups = keyGroups(candidates.map((candidate) => candidate.facts.required));
    if (!groups) return this.firstMatch(candidates, place);
    if (countsEveryMatch(place) && !keyGroupsExcludeEachOther(groups, candidates.map((candidate) => candidate.facts))) return this.firstMatch(candidates, place);
    const names = uniqueNames(groups.map(({ keys, members }) => (members.length === 1 ? candidates[members[0]!]!.label : undefined) ?? keysName(namingKeys(keys, groups))));
    const variantsHint = place.variantsHint ?? place.nameHint;
    const variants: KeyPresenceVariant[] = groups.map(({ keys, members }, index) => {
      const name = names[index]!;
      const nameHint = variantHint(this.context, place, name, names, variantsHint);
      const group = members.map((member) => candidates[member]!);
      // The catch-all case (no keys of its own) adds nothing to the names of the cases lifted out of it.
      if (place.conditionalCases && group.length === 1) this.nestedCasesHint(group[0]!, keys.length === 0 ? variantsHint : nameHint);
      const type = group.length === 1 ? this.translate(group[0]!, nameHint) : this.firstMatch(group, subPlace(place, nameHint));
      return { name, keys, type, ...variantDescription(group, type) };
    });
    const lifted = place.conditionalCases && place.keyword === "oneOf" ? this.liftNestedCases(variants) : variants;
    // (The model's own conditional cases, whose variants may be lifted, carry no discriminator.)
    const preference = discriminatorCases(this.context, place, variants.map(({ name }, index) => ({ name, members: groups[index]!.members.map((member) => candidates[member]!) })));
    const union = liftUnion(this.context, { rule: "keyPresence", variants: lifted, ...preference }, place.keyword, place);
    if (place.conditionalCases && place.keyword === "oneOf" && !place.options.asDefinition) {
      this.context.unions.caseUnions.set(union.name, lifted);
    }
    return union;
  }

  /**
   * A case that is itself split into cases (another conditional on the same value, joined to both
   * branches: intoBothBranches in normalizeSchema.ts) names its variants after `variantsHint`: the
   * union around it, when it is that union's catch-all, since liftNestedCases lifts them into it
   * (`SecuritySchemeFlows`, not `SecuritySchemeOtherOtherFlows`).
   */
  private nestedCasesHint(candidate: Candidate, variantsHint: string): void {
    if (candidate.build !== undefined) return;
    const shape = this.context.shapeOf(candidate.schema);
    if (typeof shape !== "object" || !this.context.isConditionalSplit(shape)) return;
    this.context.unions.casesHints.set(shape, variantsHint);
  }

  /**
   * Variants of the model's own conditional cases whose type is (through `constrained`) another
   * key-presence union of such cases, replaced by that union's variants in its order, each with the
   * keys of both and the outer variant's assertions after its own: one conditional per value of a key
   * beside `unevaluatedProperties` (OpenAPI 3.1's security scheme) made `a | other(b | other(c | …))`,
   * now `a | b | c | … | other`.
   *
   * Sound only here: the cases of a split (`if` and `not: if`) exclude each other, and so do those
   * of the inner union, all inside the outer variant; so `oneOf` over the lifted variants (exactly
   * one matches) is `oneOf` nested, which it is not for unions the author wrote (three variants that
   * all match fail the flat `oneOf` but pass `oneOf [a, oneOf [b, c]]`). A decoder tries the same
   * candidates in the same order, the inner union's in place of the outer variant. When the lifted
   * variants would break the key-presence order (a variant after one whose keys it has, or two with
   * the same keys), the union stays nested.
   */
  private liftNestedCases(variants: readonly KeyPresenceVariant[]): readonly KeyPresenceVariant[] {
    const known = this.context.unions.caseUnions;
    if (known.size === 0) return variants;
    const lifted: KeyPresenceVariant[] = [];
    const taken: string[] = [];
    for (const variant of variants) {
      const { core, assertions } = unconstrained(variant.type);
      const inner = core.kind === "named" ? known.get(core.name) : undefined;
      if (!inner) {
        lifted.push(variant);
        continue;
      }
      taken.push((core as NamedTypeRef).name);
      for (const each of inner) {
        lifted.push({ name: liftedCaseName(variant, each), keys: [...variant.keys, ...each.keys.filter((key) => !variant.keys.includes(key))], type: withAssertions(each.type, assertions) });
      }
    }
    if (taken.length === 0 || !keyPresenceOrderHolds(lifted.map((variant) => variant.keys))) return variants;
    for (const name of taken) this.context.release(name);
    const names = uniqueNames(lifted.map((variant) => variant.name));
    return lifted.map((variant, index) => ({ ...variant, name: names[index]! }));
  }

  /** Rule 4: constants and one other variant of the same type are an open enum; otherwise first match. */
  private scalars(candidates: readonly Candidate[], family: Family, place: UnionPlace): TypeRef {
    const pinned = candidates.filter((candidate) => candidate.facts.constants !== undefined);
    const others = candidates.filter((candidate) => candidate.facts.constants === undefined);
    const listed = distinct(pinned.flatMap((candidate) => candidate.facts.constants!));
    // Under `oneOf` a value two constant variants list matches both: only values one lists are valid
    // (as decide() reads a union of constants alone; beside another type's variant they come here).
    const values = place.keyword === "oneOf" ? listedOnce(pinned.map((candidate) => candidate.facts.constants!)) : listed;
    if (others.length === 1 && listed.length > 0) {
      const other = this.plainScalar(others[0]!, place.nameHint);
      // Every boolean; under `oneOf` a listed one matches two variants, so only the others are valid.
      if (family === "boolean" && other.kind === "boolean") {
        return place.keyword === "anyOf" ? other : translateValues(this.context, [true, false].filter((value) => !listed.includes(value)), place, place.keyword);
      }
      // Under `oneOf` a known value the other variant also accepts is invalid, which an open enum
      // cannot say: then the variants stay apart.
      const exclusive = place.keyword === "anyOf" || (other.kind !== "boolean" && listed.every((value) => acceptedBy(other, value) === false));
      if (other.kind === "string" && family === "string" && exclusive) return liftEnum(this.context, { valueType: "string", values: values as string[], otherValues: other }, place);
      if ((other.kind === "integer" || other.kind === "number") && family === "number" && exclusive) {
        const valueType = other.kind === "integer" && values.every((value) => Number.isInteger(value)) ? "integer" : "number";
        return liftEnum(this.context, { valueType, values: values as number[], otherValues: other }, place);
      }
    }
    if (others.length === 0) return translateValues(this.context, values, place, place.keyword);
    if (pinned.length === 0) return this.firstMatch(candidates, place);
    // Several other variants: the constants are one variant (an enum), tried first.
    const enumHint = variantHint(this.context, place, "Known", ["Known"]);
    const known: Candidate = {
      at: place.pointer,
      schema: true,
      facts: unionFacts(pinned.map((candidate) => candidate.facts)),
      label: "Known",
      build: () => translateValues(this.context, values, { ...place, nameHint: enumHint, options: {}, annotations: {} }, place.keyword),
    };
    return this.firstMatch([known, ...others], place);
  }

  /** A variant's type as a plain scalar when it is one (a reference to a plain string definition reads as that string). */
  private plainScalar(candidate: Candidate, nameHint: string): TypeRef {
    const shape = this.context.shapeOf(candidate.schema);
    const scalar = (schema: Schema) => ["string", "integer", "number", "boolean"].includes(schema.type as string) && !["anyOf", "oneOf", "enum", "const", "not", "if"].some((keyword) => keyword in schema);
    if (typeof shape === "object" && candidate.build === undefined && scalar(shape)) {
      const type = this.context.translate(shape, this.context.pointerOf(shape, candidate.at), nameHint);
      if (type.kind === "string" || type.kind === "integer" || type.kind === "number" || type.kind === "boolean") return type;
    }
    return this.translate(candidate, nameHint);
  }

  /** Rule 5: JSON Schema's own semantics, in the order of firstMatchOrder. */
  private firstMatch(candidates: readonly Candidate[], place: UnionPlace): TypeRef {
    const order = firstMatchOrder(
      candidates.map((candidate) => candidate.facts),
      place.keyword,
    );
    const ordered = order.map((index) => candidates[index]!);
    const names = uniqueNames(firstMatchNames(ordered, (candidate) => this.valuesName(candidate)));
    const translated: UnionVariant[] = ordered.map((candidate, index) => {
      const name = names[index]!;
      const type = this.translate(candidate, variantHint(this.context, place, name, names));
      return { name, type, ...variantDescription([candidate], type) };
    });
    // Variants of one type are one variant where the first match decides: a union of typeless
    // objects, each read as a number beside `type: ["number", "object"]`, is a number, not a union
    // of as many numbers. Where every match counts (`oneOf`), a value of two matches both, and fails.
    const typeKeys = translated.map((variant) => stableKey(variant.type));
    const variants = countsEveryMatch(place) ? translated : translated.filter((_, index) => typeKeys.indexOf(typeKeys[index]!) === index);
    // Left one, it is that type; but a definition stays the union it is written as (its one type was
    // named as a variant of it, not as the definition).
    if (variants.length === 1 && !place.options.asDefinition) return variants[0]!.type;
    const kept = variants.length === 1 ? translated : variants;
    // A variant left out for an earlier one of its type is that one's to prefer.
    const members = kept.map(({ name, type }) => ({ name, members: ordered.filter((_, index) => typeKeys[index] === stableKey(type)) }));
    return liftUnion(this.context, { rule: "firstMatch", variants: kept, ...discriminatorCases(this.context, place, members) }, place.keyword, place);
  }

  private translate(candidate: Candidate, nameHint: string, options: LiftOptions = NO_OPTIONS): TypeRef {
    const known = this.translated.get(candidate);
    if (known) return known;
    const type = candidate.build ? candidate.build() : this.context.translate(candidate.schema, candidate.at, candidate.copyOf ?? nameHint, options);
    this.translated.set(candidate, type);
    return type;
  }

  /**
   * What a variant's values are beyond their one JSON type, for variants that type alone does not
   * tell apart (firstMatchNames): an array's, the JSON type of its items (`StringArray`,
   * `ObjectArray`). Undefined where that says nothing more: a tuple, items of several types, any
   * other type. (A string's format is no name: Swift decodes formats alike and one case holds such
   * variants, named after the first, so FIWARE's `ipAddress` read `case ipv4` for IPv6 too.)
   */
  private valuesName(candidate: Candidate): string | undefined {
    const shape = this.context.shapeOf(candidate.schema);
    if (typeof shape !== "object" || candidate.facts.families.size !== 1 || !candidate.facts.families.has("array")) return undefined;
    if (shape.items === undefined || Array.isArray(shape.items) || "prefixItems" in shape) return undefined;
    const items = this.candidate(shape.items, childPointer(candidate.at, "items"));
    return items.facts.families.size === 1 ? variantNameFromValue(`${familyName(items)} array`) : undefined;
  }

  private factsOf(schema: JsonValue): VariantFacts {
    if (typeof schema !== "object" || schema === null) return this.computeFacts(schema);
    const known = this.context.unions.factsBySchema;
    let facts = known.get(schema);
    if (!facts) known.set(schema, (facts = this.computeFacts(schema)));
    return facts;
  }

  private computeFacts(schema: JsonValue): VariantFacts {
    const context = this.context;
    const shape = context.shapeOf(schema);
    const families = familiesOf(context, schema);
    const othersPass = passesOtherTypes(context, schema);
    // Constants with other rules beside them are no plain constants: translated, each is checked against those rules.
    const listed = typeof shape === "object" ? constantValues(shape) : undefined;
    const own = typeof shape === "object" && rulesBesideConstants(shape, context.dialect, listed ?? []) === undefined && !hasAssertionKeywords(shape, context.dialect) ? listed : undefined;
    const constants = own ?? (typeof shape === "object" && listed === undefined ? this.constantsOfUnion(shape) : undefined);
    return new SchemaFacts(context, schema, shape, families, othersPass, constants);
  }

  /** The unions whose constants constantsOfUnion is reading: a member referring back to one lists none. */
  private readonly readingConstants = new Set<object>();

  /**
   * The constants a union of constants alone lists (nothing beside it but its `type`), as a union
   * of them reads (decide): a value two members of a `oneOf` list is in neither. GitLab CI's
   * `filter_refs` items are `anyOf: [{oneOf: [{enum: [branches], description: "When a branch is
   * pushed."}, {enum: [tags], …}, …]}, {type: string}]`: known values and any other string, as
   * `anyOf: [{enum: [branches, tags, …]}, {type: string}]` says, an open enum (scalars); the member
   * listing none, they were a union of an enum and a string (`.string(FilterRefsItemString)`,
   * `.string2(String)`). The members' descriptions describe the values as before (enumValueNotes
   * reads the members depth first).
   */
  private constantsOfUnion(shape: Schema): readonly JsonValue[] | undefined {
    const keyword = Array.isArray(shape.oneOf) ? "oneOf" : Array.isArray(shape.anyOf) ? "anyOf" : undefined;
    if (keyword === undefined || this.readingConstants.has(shape)) return undefined;
    const validating = validationKeywordsOf(this.context.dialect);
    if (Object.keys(shape).some((key) => key !== keyword && key !== "type" && validating.has(key))) return undefined;
    this.readingConstants.add(shape);
    try {
      const lists = (shape[keyword] as JsonValue[]).map((member) => this.factsOf(member).constants);
      if (!lists.every((values): values is readonly JsonValue[] => values !== undefined)) return undefined;
      const values = keyword === "oneOf" ? listedOnce(lists) : distinct(lists.flat());
      const typed = "type" in shape ? constantValues({ type: shape.type!, enum: values }) : values;
      return typed !== undefined && typed.length > 0 ? typed : undefined;
    } finally {
      this.readingConstants.delete(shape);
    }
  }
}

/**
 * The facts of one variant schema. The keys required and declared matter only to a union of objects
 * (the tag and key rules), and null only to some unions: each is read when a rule first asks, as most
 * variants are never asked. (A class, not an object of getters: one is made for every variant.)
 */
class SchemaFacts implements VariantFacts {
  private nullAccepted?: { readonly verdict: boolean | undefined };
  private requiredKeys?: readonly string[];
  private declaredKeys?: readonly string[];
  private takesOtherKeys?: boolean;
  /** Asked for every property of every variant a tag is looked for among (findTag), at times twice. */
  private tags?: Map<string, readonly TagValue[] | undefined>;
  /** Present only for a variant pinned to constants (as VariantFacts says). */
  declare readonly constants?: readonly JsonValue[];

  constructor(
    private readonly context: ModelBuilderContext,
    private readonly schema: JsonValue,
    private readonly shape: Schema | boolean,
    readonly families: ReadonlySet<Family>,
    readonly othersPass: boolean,
    constants: readonly JsonValue[] | undefined,
  ) {
    if (constants !== undefined) (this as { constants?: readonly JsonValue[] }).constants = constants;
  }

  get acceptsNull(): boolean | undefined {
    return (this.nullAccepted ??= { verdict: this.families.has("null") ? acceptsNull(this.context, this.schema) : false }).verdict;
  }

  get required(): readonly string[] {
    return (this.requiredKeys ??= requiredOf(this.context, this.shape));
  }

  get properties(): readonly string[] {
    return (this.declaredKeys ??= propertiesOf(this.context, this.shape));
  }

  get takesObjectsOfOtherKeys(): boolean {
    return (this.takesOtherKeys ??= takesObjectsOfOtherKeys(this.context, this.shape));
  }

  /** Read from the variant's own keywords only: one that composes others (allOf, a $ref, a union, a conditional) is not known closed. */
  get closed(): boolean {
    const shape = this.shape;
    if (typeof shape === "boolean") return shape === false;
    if (shape.additionalProperties !== false || (typeof shape.patternProperties === "object" && shape.patternProperties !== null && Object.keys(shape.patternProperties).length > 0)) return false;
    return !COMPOSING_KEYWORDS.some((keyword) => keyword in shape);
  }

  pinnedValue(property: string): TagValue | undefined {
    const values = this.pinnedValues(property);
    const value = values?.length === 1 ? values[0] : undefined;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;
  }

  namingValue(property: string): TagValue | undefined {
    const pinned = this.pinnedValue(property);
    if (pinned !== undefined || typeof this.shape === "boolean") return pinned;
    const declared = this.shape.properties;
    if (typeof declared !== "object" || declared === null || Array.isArray(declared) || !Object.hasOwn(declared, property)) return undefined;
    const rule = this.context.shapeOf(declared[property]);
    // A typed rule's pattern is read by pinnedValue already (constantValues), within its types.
    const spelled = typeof rule === "object" && typeof rule.pattern === "string" && declaredTypes(rule) === undefined ? patternStrings(rule.pattern) : undefined;
    return spelled?.length === 1 ? spelled[0] : undefined;
  }

  pinnedValues(property: string): readonly JsonValue[] | undefined {
    if (typeof this.shape === "boolean") return undefined;
    const declared = this.shape.properties;
    if (typeof declared !== "object" || declared === null || Array.isArray(declared) || !Object.hasOwn(declared, property)) return undefined;
    const pinned = this.context.shapeOf(declared[property]);
    return typeof pinned === "object" ? pinnedConstants(this.context, pinned) : undefined;
  }

  tagValues(property: string): readonly TagValue[] | undefined {
    this.tags ??= new Map();
    if (!this.tags.has(property)) this.tags.set(property, tagValuesOf(this.context, this.shape, property));
    return this.tags.get(property);
  }
}

/**
 * The name of a case lifted out of `outer`: its own, the outer's when it has no keys of its own (the
 * inner catch-all), else both (`AA2` and `B`: `AA2B`, as the keys a, a2 and b are named). The outer
 * catch-all adds nothing.
 */
function liftedCaseName(outer: KeyPresenceVariant, inner: KeyPresenceVariant): string {
  if (outer.keys.length === 0) return inner.name;
  return inner.keys.length === 0 ? outer.name : `${outer.name}${inner.name}`;
}

/** A type and the assertions on it, when it is constrained (none otherwise). */
function unconstrained(type: TypeRef): { core: TypeRef; assertions: readonly Assertion[] } {
  return type.kind === "constrained" ? { core: type.type, assertions: type.assertions } : { core: type, assertions: [] };
}

/** `type` that must also satisfy `assertions`, after its own. */
function withAssertions(type: TypeRef, assertions: readonly Assertion[]): TypeRef {
  if (assertions.length === 0) return type;
  return type.kind === "constrained" ? { ...type, assertions: [...type.assertions, ...assertions] } : { kind: "constrained", type, assertions };
}

/** `type`, or null beside it when the union allows null. */
function nullableIf(nullable: boolean, type: TypeRef): TypeRef {
  return nullable ? { kind: "nullable", type } : type;
}

/**
 * The name hint of the type of the variant `name` of the union at `place`, whose variants (`names`)
 * are named after `parent` (variantTypeName). One named "with" its name, for a property beside the
 * union whose type would take the plain one, is booked (variantsNamedWith): whether that type is
 * named at all is known once every type is, and the naming step gives it back the plain name if not.
 */
function variantHint(context: ModelBuilderContext, place: UnionPlace, name: string, names: readonly string[], parent = place.nameHint): string {
  const propertyTypeNames = place.propertyTypeNames ?? NO_NAMES;
  const hint = variantTypeName(parent, name, names, propertyTypeNames);
  const plain = inlineTypeName(parent, { kind: "variant", variantName: name });
  if (hint !== plain) context.unions.variantsNamedWith.set(hint, { plain, unionPlains: names.map((each) => inlineTypeName(parent, { kind: "variant", variantName: each })) });
  return hint;
}

const NO_NAMES: ReadonlySet<string> = new Set();

function subPlace(place: UnionPlace, nameHint: string, usedTag?: string): UnionPlace {
  // A part of the union is named after its own hint, which comes from the union's variants hint.
  const { discriminator, mapping, variantsHint: _named, ...rest } = place;
  // A group that shares the tag's value is told apart otherwise: the discriminator is spent.
  const kept = discriminator !== undefined && discriminator !== usedTag;
  return { ...rest, nameHint, options: {}, annotations: {}, ...(kept ? { discriminator } : {}), ...(kept && mapping !== undefined ? { mapping } : {}) };
}

function integerOnly(candidate: Candidate): boolean {
  const shape = candidate.schema;
  if (candidate.facts.constants) return candidate.facts.constants.every((value) => Number.isInteger(value));
  const types = typeof shape === "object" && shape !== null && !Array.isArray(shape) ? declaredTypes(shape) : undefined;
  const allOf = typeof shape === "object" && shape !== null && !Array.isArray(shape) && Array.isArray(shape.allOf) ? shape.allOf : [];
  const restricted = allOf.some((part) => typeof part === "object" && part !== null && !Array.isArray(part) && part.type === "integer");
  return restricted || (types !== undefined && types.includes("integer") && !types.includes("number"));
}

/**
 * Whether the union is a `oneOf` the author wrote, where every variant a value matches counts: a
 * group nested in a union of its own must then exclude the others (the model's own conditional
 * cases exclude each other by construction).
 */
function countsEveryMatch(place: UnionPlace): boolean {
  return place.keyword === "oneOf" && !place.conditionalCases;
}

/** Keywords through which a schema's keys are ruled by other schemas too (see SchemaFacts.closed). */
const COMPOSING_KEYWORDS = ["allOf", "anyOf", "oneOf", "if", "dependentSchemas", "dependencies", "unevaluatedProperties", ...REFERENCE_KEYWORDS];

/** Facts of a union of variants: the keys all require, the properties any declares, tag values when all are tagged. */
function unionFacts(members: readonly VariantFacts[]): VariantFacts {
  return {
    closed: members.every((member) => member.closed),
    families: new Set(members.flatMap((member) => [...member.families])),
    othersPass: members.some((member) => member.othersPass),
    get acceptsNull() {
      const each = members.map((member) => member.acceptsNull);
      return each.includes(true) ? true : each.includes(undefined) ? undefined : false;
    },
    takesObjectsOfOtherKeys: members.some((member) => member.takesObjectsOfOtherKeys),
    required: members.reduce<readonly string[]>((acc, member) => acc.filter((key) => member.required.includes(key)), members[0]?.required ?? []),
    properties: [...new Set(members.flatMap((member) => member.properties))],
    tagValues: (property) => {
      const values = members.map((member) => member.tagValues(property));
      return values.every((value): value is readonly TagValue[] => value !== undefined) ? distinct(values.flat()) as TagValue[] : undefined;
    },
  };
}

function variantsOf(shape: Schema): JsonValue[] | undefined {
  const variants = shape.anyOf ?? shape.oneOf;
  return Array.isArray(variants) ? variants : undefined;
}

// (Each of these walks makes its set of shapes seen when it first enters a union: most never do.)

function requiredOf(context: ModelBuilderContext, shape: Schema | boolean, seen?: Set<unknown>): string[] {
  if (typeof shape === "boolean") return [];
  const own = Array.isArray(shape.required) ? shape.required.filter((key): key is string => typeof key === "string") : [];
  const variants = variantsOf(shape);
  if (!variants || seen?.has(shape)) return own;
  const inner = (seen ?? new Set()).add(shape);
  const each = variants.map((variant) => requiredOf(context, context.shapeOf(variant), inner));
  const common = each.reduce((acc, keys) => acc.filter((key) => keys.includes(key)), each[0] ?? []);
  return [...own, ...common.filter((key) => !own.includes(key))];
}

function propertiesOf(context: ModelBuilderContext, shape: Schema | boolean, seen?: Set<unknown>): string[] {
  if (typeof shape === "boolean") return [];
  const own = typeof shape.properties === "object" && shape.properties !== null && !Array.isArray(shape.properties) ? Object.keys(shape.properties) : [];
  const variants = variantsOf(shape);
  if (!variants || seen?.has(shape)) return own;
  const inner = (seen ?? new Set()).add(shape);
  return [...new Set([...own, ...variants.flatMap((variant) => propertiesOf(context, context.shapeOf(variant), inner))])];
}

/**
 * Whether an object holding none of the keys `shape` declares passes it, whatever other keys it has
 * (VariantFacts.takesObjectsOfOtherKeys): its only rules are `type`, `properties` and a union, and
 * the union has such a member.
 */
function takesObjectsOfOtherKeys(context: ModelBuilderContext, shape: Schema | boolean, seen?: Set<unknown>): boolean {
  if (typeof shape === "boolean") return shape;
  const validating = validationKeywordsOf(context.dialect);
  const variants = variantsOf(shape);
  for (const keyword in shape) {
    if (!Object.hasOwn(shape, keyword) || keyword === "properties" || (variants !== undefined && (keyword === "anyOf" || keyword === "oneOf"))) continue;
    if (keyword === "type") {
      if (shape.type === "object" || (Array.isArray(shape.type) && shape.type.includes("object"))) continue;
      return false;
    }
    if (keyword === "required" && Array.isArray(shape.required) && shape.required.length === 0) continue;
    if (keyword === REMOTE_REF_KEYWORD || keyword === DYNAMIC_SCOPE_REF_KEYWORD || (validating.has(keyword) && !constrainsNothing(keyword, shape[keyword], context.dialect))) return false;
  }
  if (variants === undefined) return true;
  if (seen?.has(shape)) return false;
  const inner = (seen ?? new Set()).add(shape);
  return variants.some((variant) => takesObjectsOfOtherKeys(context, context.shapeOf(variant), inner));
}

/** The scalar constants a variant requires at `property` (for a union: of every variant, when each has some). */
function tagValuesOf(context: ModelBuilderContext, shape: Schema | boolean, property: string, seen?: Set<unknown>): TagValue[] | undefined {
  if (typeof shape === "boolean") return undefined;
  const declared = typeof shape.properties === "object" && shape.properties !== null && !Array.isArray(shape.properties) ? shape.properties : {};
  const required = Array.isArray(shape.required) && shape.required.includes(property);
  if (required && Object.hasOwn(declared, property)) {
    const pinned = context.shapeOf(declared[property]);
    const values = typeof pinned === "object" ? pinnedConstants(context, pinned) : undefined;
    if (values !== undefined && values.length > 0 && values.every((value): value is TagValue => ["string", "number", "boolean"].includes(typeof value))) return values;
  }
  const variants = variantsOf(shape);
  if (!variants || seen?.has(shape)) return undefined;
  const inner = (seen ?? new Set()).add(shape);
  const each = variants.map((variant) => tagValuesOf(context, context.shapeOf(variant), property, inner));
  return each.every((values): values is TagValue[] => values !== undefined) ? (distinct(each.flat()) as TagValue[]) : undefined;
}

/**
 * The constants a property's schema pins it to (constantValues), seeing through a `oneOf` or `anyOf`
 * of one variant, which is that variant: SPDX 3's shacl2code writes every class's tag `type: {oneOf:
 * [{const: "Agent"}]}`. The variant's constants are kept as the keywords beside the union allow them
 * (its `type`, its scalar rules), as constantValues keeps a schema's own.
 */
function pinnedConstants(context: ModelBuilderContext, shape: Schema): JsonValue[] | undefined {
  const own = constantValues(shape);
  if (own !== undefined) return own;
  const { oneOf, anyOf, ...beside } = shape;
  const variants = oneOf ?? anyOf;
  if (!Array.isArray(variants) || variants.length !== 1 || (oneOf !== undefined && anyOf !== undefined)) return undefined;
  const only = context.shapeOf(variants[0]);
  const values = typeof only === "object" ? pinnedConstants(context, only) : undefined;
  return values === undefined || "enum" in beside || "const" in beside ? values : constantValues({ ...beside, enum: values });
}

/** The values exactly one of the lists holds (each list counted once per value), in order of first appearance. */
function listedOnce(lists: readonly (readonly JsonValue[])[]): JsonValue[] {
  const counts = new Map<string, { value: JsonValue; lists: number }>();
  for (const list of lists) {
    for (const value of distinct(list)) {
      const key = stableKey(value);
      const entry = counts.get(key) ?? { value, lists: 0 };
      entry.lists += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].filter((entry) => entry.lists === 1).map((entry) => entry.value);
}

function distinct<T extends JsonValue>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = stableKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The keys a key-presence case is named after: all of them when one or two, else the first no other
 * case requires, else the first two. Every key run together made names such as Ethereum's
 * `MaxFeePerGasMaxPriorityFeePerGasChainId` (an inline transaction requiring three keys the others lack).
 */
function namingKeys(keys: readonly string[], groups: readonly { readonly keys: readonly string[] }[]): readonly string[] {
  if (keys.length <= 2) return keys;
  const own = keys.find((key) => groups.every((group) => group.keys === keys || !group.keys.includes(key)));
  return own !== undefined ? [own] : keys.slice(0, 2);
}

function keysName(keys: readonly string[]): string {
  return keys.length === 0 ? KEYLESS_VARIANT_NAME : variantNameFromValue(keys.join("-"));
}

/**
 * The family of the values listed, where `candidates` are constants of one scalar family and one
 * schema naming no type whose keywords are about that family alone (`{pattern: …}`): the known values
 * and the other strings it takes, read as an open enum (rule 4) as they are beside a typed one.
 * Microsoft's Adaptive Cards writes every enum so, `anyOf: [{enum: [default, emphasis]}, {pattern:
 * "^([d|D][e|E]…)$"}]`, its spellings in any case: read as written, a union of two strings whose
 * cases said nothing (`.string(ContainerStyleString)`, `.string2(String)`). The typeless variant
 * keeps its other types as the enum's other values (ValidateModel, the serializers let them through).
 */
function openEnumFamily(context: ModelBuilderContext, candidates: readonly Candidate[]): "string" | "number" | undefined {
  const typeless = candidates.filter((candidate) => candidate.facts.othersPass);
  if (typeless.length !== 1 || candidates.length < 2) return undefined;
  const shape = context.shapeOf(typeless[0]!.schema);
  if (typeof shape !== "object" || shape.anyOf !== undefined || shape.oneOf !== undefined) return undefined;
  const families = [...impliedFamilies(shape, context.dialect)];
  const family = families.length === 1 ? families[0] : undefined;
  if (family !== "string" && family !== "number") return undefined;
  const listed = candidates.filter((candidate) => candidate !== typeless[0]).map((candidate) => candidate.facts.constants);
  return listed.every((values) => values !== undefined && values.length > 0 && values.every((value) => typeof value === family)) ? family : undefined;
}

/**
 * The one variant beside `{type: null}` alone, under `anyOf`, where that variant lets values of other
 * types through (a typeless schema, a reference to an open enum of one: Adaptive Cards' `anyOf:
 * [{$ref: ContainerStyle}, {type: null}]` on every style, color and alignment it leaves unset). Null
 * is valid either way, so the union is that variant, nullable (a Swift `ContainerStyle??`), where the
 * variants tried in turn made a type of their own for each place (`ColumnStyle`, with `.containerStyle`
 * and `.null`; `TextBlockStyle2` where the place's name was the definition's). Under `oneOf` null,
 * which both take, is refused, and the variants stay as written.
 */
function typelessBesideNull(candidates: readonly Candidate[], place: UnionPlace): Candidate | undefined {
  if (place.keyword !== "anyOf" || candidates.length !== 2) return undefined;
  const isNullOnly = (candidate: Candidate) => candidate.facts.families.size === 1 && candidate.facts.families.has("null");
  const other = candidates.find((candidate) => !isNullOnly(candidate));
  return other !== undefined && other.facts.othersPass && candidates.some(isNullOnly) ? other : undefined;
}

/**
 * The names of first-match variants: a variant's own (label), else a conditional case's (caseName), else its JSON type's. Where several
 * variants would share a type's name, they are named after what tells them apart, when it tells every
 * one apart: a property each pins to a constant of its own (`type: {enum: [blobTrigger]}` and
 * `type: {enum: [blob]}`), else the keys each alone requires, else those each alone declares (up to
 * two; the first of more), as a tag or key-presence union names its cases. Variants that name no type are first-match,
 * so an Azure Functions binding's were Object and Object2, OpenAPI Overlay's actions of `update`,
 * `copy` or `remove` Object, Object2 and Object3, a source map's sections of `{url}` or `{map}` Object
 * and Object2; now BlobTrigger and Blob, Update, Copy and Remove, Url and Map. Where none of that
 * tells them apart, what their values are may (namesByValues: an array's items).
 */
function firstMatchNames(candidates: readonly Candidate[], valuesName: (candidate: Candidate) => string | undefined): string[] {
  const names = candidates.map((candidate) => candidate.label ?? candidate.caseName ?? familyName(candidate));
  for (const name of new Set(names)) {
    const members = candidates.flatMap((candidate, index) => (candidate.label === undefined && candidate.caseName === undefined && names[index] === name ? [index] : []));
    if (members.length < 2) continue;
    const sharing = members.map((index) => candidates[index]!);
    const told = tellingNames(sharing) ?? namesByValues(sharing, valuesName);
    if (told) members.forEach((index, at) => (names[index] = told[at] ?? names[index]!));
  }
  return names;
}

/**
 * Variants of one type named after what their values are (UnionTranslator.valuesName), where that
 * tells some of them apart: OSV's `related`, an array of strings or of objects, was `array` and
 * `array2` (its items `…Array2Item`), now `stringArray` and `objectArray`. Those it says nothing of
 * keep their type's name; those it names alike are numbered.
 */
function namesByValues(candidates: readonly Candidate[], valuesName: (candidate: Candidate) => string | undefined): (string | undefined)[] | undefined {
  const names = candidates.map(valuesName);
  return new Set(names).size > 1 ? names : undefined;
}

/**
 * What tells each of `candidates` apart from the others (firstMatchNames), or undefined where nothing
 * tells every one apart. Failing that, a property that pins a distinct constant in all but some of
 * them names those (undefined for the rest, which keep their type's name): constant-tagged variants
 * beside a catch-all (CityJSON's 32 city objects by `type`, then any `type` matching "+Extension")
 * were Object to Object33, for the one variant that pins no value; those pinning a value another
 * pins too are among the rest (namedOnce). A property naming no type whose pattern spells one string
 * names its variant as a constant would (namingValue: Azure Pipelines' tasks, `task: {pattern:
 * "^PowerShell@2$"}`, were Object to Object137).
 */
function tellingNames(candidates: readonly Candidate[]): (string | undefined)[] | undefined {
  const distinct = (names: readonly (string | undefined)[]): names is string[] => names.every((name) => name !== undefined) && new Set(names).size === names.length;
  const pinnedNames = (property: string) => candidates.map((candidate) => candidate.facts.namingValue?.(property)).map((value) => (value === undefined ? undefined : variantNameFromValue(value)));
  const properties = [...new Set(candidates.flatMap((candidate) => candidate.facts.properties))];
  for (const property of candidates[0]!.facts.properties) {
    const named = pinnedNames(property);
    if (distinct(named)) return named;
  }
  for (const keysOf of [(facts: VariantFacts) => facts.required, (facts: VariantFacts) => facts.properties]) {
    const own = candidates.map((candidate) => keysOf(candidate.facts).filter((key) => candidates.every((other) => other === candidate || !keysOf(other.facts).includes(key))));
    // Keys of its own tell a variant apart one by one: past two, the first is its name (as a key-presence case's is, namingKeys).
    const named = own.map((keys) => (keys.length === 0 ? undefined : keysName(keys.length <= 2 ? keys : keys.slice(0, 1))));
    if (distinct(named)) return named;
  }
  let best: (string | undefined)[] | undefined;
  const count = (names: readonly (string | undefined)[]) => names.filter((name) => name !== undefined).length;
  for (const property of properties) {
    const named = namedOnce(pinnedNames(property));
    if (count(named) >= 2 && (best === undefined || count(named) > count(best))) best = named;
  }
  return best;
}
/**
 * The names only one variant has: a value several variants pin tells none of them apart, so they keep
 * their type's name, and it no longer keeps the others from being named (Azure Pipelines writes two
 * variants of `task: {pattern: "^AzureFunctionApp@2$"}`, and its 135 other tasks with `inputs` were
 * `object` to `object137` for them).
 */
function namedOnce(names: readonly (string | undefined)[]): (string | undefined)[] {
  const counts = new Map<string, number>();
  for (const name of names) if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name) => (name !== undefined && counts.get(name) === 1 ? name : undefined));
}

function familyName(candidate: Candidate): string {
  const families = [...candidate.facts.families];
  return families.length === 1 ? variantNameFromValue(integerOnly(candidate) ? "integer" : families[0]!) : "Value";
}

/** Names made unique within one union by numbering repeats (`AB`, `AB2`). */
function uniqueNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((name) => {
    const unique = firstFreeName(name, (candidate) => used.has(candidate));
    used.add(unique);
    return unique;
  });
}
