// Valid instances of any type in a normalized model, derived by walking the model: nothing here
// knows a particular schema, so a new definition or event type is covered without an edit.
//
// Coverage the walk guarantees by construction: every union variant and enum value (uniform choice),
// nullable values both null and set, optional properties both present and absent, tuples of every
// length the schema allows, strings and numbers at and near their bounds, strings of every checked
// format, keys of every pattern, and large nested payloads wherever the schema says `unknown`.
//
// Where a generator cannot construct a value directly it filters candidates with the model's own
// verdict (ModelValidator), counted in FilterStats: the rules of a `constrained` type (`not`,
// `if`/`then`/`else`, …), a `oneOf` whose variants overlap (exactly one may match), keys several
// patterns claim. `contains` and `dependentRequired` are constructed (the items and keys they ask
// for are added), `not` of a set of required keys (one of them is taken out) and `minProperties` /
// `maxProperties` (optional keys taken out or declared ones added), before the filter sees them; a value that is only `if`/`then`/`else` is also drawn from each branch.
//
// Recursion (a tree, the meta-schema) is bounded: each entry into a type that can contain itself
// counts one level, containers shrink as levels deepen, and past MAX_RECURSION a type is generated
// in its smallest form (required parts only, the union variants with the fewest required parts).
//
// Width is bounded too: an object nested more than SPARSE_NESTING objects deep (recursive or not; an
// object of more than WIDE_OBJECT_PROPERTIES optional properties counts as that many levels at once)
// draws its optional properties seldom, about one in two objects holding one, and such a wide object
// itself holds half of WIDE_OBJECT_PROPERTIES of them on average, not five in six. Otherwise a wide
// document nested many object types deep without recursion (SARIF: log → run → result → location →
// region → …, each with a dozen optional properties, most present five times in six) grows as
// their product: megabytes an instance, and the run out of memory. Arrays, tuples and maps nested in
// objects and in each other count too: nested more than DENSE_CONTAINERS levels (objects and
// containers together) one holds at most one item beyond its least, since arrays of arrays drawn
// four items a level held 4^12 items twelve levels down, and a run out of memory at twenty-five.
import fc from "fast-check";
import { satisfiesFormat } from "@clone/schema";
import { admitsNoValue, boundsCross, familyOf, jsonTypeOfValue, listedValuesOf, ModelValidator, noObjectMeetsItsRules, typelessFamilyOf, typeNamed, type Assertion, type EnumType, type Family, type KeyPresenceVariant, type NamedType, type ObjectType, type SchemaModel, type StringTypeRef, type TypeRef, type UnionType, type UnionVariant } from "@clone/codegen";
import { isJsonObject, jsonEqual, setOwnKey, type JsonValue } from "../json.ts";
import { anyJson } from "./anyJson.ts";
import { absentOnGiveUp, attempted, filtered, FilterStats, oneOfSatisfiable, unsatisfiable } from "./filtered.ts";
import { formatRespellings, formatString } from "./formats.ts";
import { integerIn, numberIn } from "./numbers.ts";
import { satisfiesRequiredWhen } from "./rules.ts";
import { familiesOtherVariantsTakeWhole, familiesRefusedByRules, minimalSizes, ownObjectsRequireAKeyRefusedByName, recursiveTypes, sizeOfRefIn, variantsMatchingAlone } from "./sizes.ts";
import { formatAroundPattern, matchesEveryString, objectKey, patternKeys, patternString, satisfiesLength, shortlyMatched, stringsMatching, unicodeString } from "./strings.ts";

export { rfc3339DateTime, brokenDateTime } from "./dateTime.ts";
export { anyJson } from "./anyJson.ts";

/** A small JSON value of any family but those in `families` (any but the first where none is left). */
function otherThan(...families: readonly Family[]): Arb {
  const values: Record<string, Arb> = {
    null: fc.constant(null),
    boolean: fc.boolean(),
    number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    string: fc.string({ maxLength: 4 }),
    array: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 3 })), { maxLength: 2 }),
    object: fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2, noNullPrototype: true }),
  };
  const left = Object.entries(values).flatMap(([name, arb]) => (families.includes(name as Family) ? [] : [arb]));
  return left.length > 0 ? fc.oneof(...left) : otherThan(families[0]!);
}
export { codePointLength, unicodeString } from "./strings.ts";
export { integerBounds } from "./numbers.ts";
export { FilterStats } from "./filtered.ts";

/** Levels of recursion (entries into a type that can contain itself) before types take their smallest form. */
export const MAX_RECURSION = 3;
/** Objects nested (named object types entered on the way down) before an object's optional properties become sparse. */
export const SPARSE_NESTING = 2;
/**
 * Optional properties past which an object counts as SPARSE_NESTING levels of nesting at once: the
 * objects it holds draw theirs seldom. Two such levels multiply: renovate-schema.json's root has 250
 * optional properties, 130 of them the root again, and each valid instance held 20,000 keys (a
 * megabyte, five seconds to draw, 2.6 GB for the run).
 */
export const WIDE_OBJECT_PROPERTIES = 64;
/**
 * Optional keys a wide object holds on average (of more than WIDE_OBJECT_PROPERTIES): five in six of
 * MegaLinter's 1,472 made each valid instance half a megabyte, and its run 4.5 GB and seven minutes.
 * Over a run's hundreds of instances every key is still present in several.
 */
export const WIDE_OBJECT_MEAN_KEYS = WIDE_OBJECT_PROPERTIES / 2;
/** Optional keys an object nested past SPARSE_NESTING holds on average. */
const SPARSE_MEAN_KEYS = 0.5;
/** Levels of nesting (objects and containers) within which an array, tuple or map may hold several items beyond its least. */
export const DENSE_CONTAINERS = 3;

/** How many levels of nesting an object type counts for (SPARSE_NESTING, WIDE_OBJECT_PROPERTIES). */
function nestingLevelsOf(type: ObjectType): number {
  const optional = type.properties.filter((property) => !property.required).length;
  return optional > WIDE_OBJECT_PROPERTIES ? SPARSE_NESTING : 1;
}
/** Candidates tried for one extra key before leaving it out. */
const MAX_KEY_CANDIDATES = 40;

type Arb = fc.Arbitrary<JsonValue>;

/** Values of every JSON type, one of which a typed key rejects: how one variant is made not to match. */
const PROBES: readonly JsonValue[] = [null, true, 0, 1.5, "", "x", [], {}];

export interface ValidInstanceOptions {
  /** Where filters count what they reject. */
  readonly stats?: FilterStats;
}

/** Builds (and caches) arbitraries for the named types of a model, at each level of recursion. */
export class ValidInstances {
  private readonly cache = new Map<string, Arb>();
  readonly validator: ModelValidator;
  private readonly recursive: ReadonlySet<string>;
  private readonly sizes: ReadonlyMap<string, number>;
  readonly stats: FilterStats;
  /**
   * The optional properties (type.property) whose generator gave up: left out from then on
   * (absentOnGiveUp); and the `not` schemas whose values match-a-not could not draw (mutations/registry.ts).
   */
  readonly gaveUp = new Set<string>();
  /**
   * Named object types entered on the way down to the arbitrary being built: arbitraries are built
   * depth first, each under its parents, so this is the nesting of the one being built (part of its
   * cache key, capped where more makes no difference).
   */
  private nesting = 0;
  /** Arrays, tuples and maps entered on the way down to the arbitrary being built (part of its cache key, capped likewise). */
  private containers = 0;

  constructor(
    readonly model: SchemaModel,
    options: ValidInstanceOptions = {},
  ) {
    this.validator = new ModelValidator(model);
    this.recursive = recursiveTypes(model);
    this.sizes = minimalSizes(model);
    this.stats = options.stats ?? new FilterStats();
  }

  /** Valid instances of the named type (a definition or an inline type). */
  of(typeName: string): Arb {
    return this.named(typeName, 0);
  }

  type(typeName: string): NamedType {
    return typeNamed(this.model, typeName);
  }

  /** Valid instances of a reference, at the top level. */
  ref(ref: TypeRef): Arb {
    return this.at(ref, 0);
  }

  // ---- named types, with the recursion bound --------------------------------------------------------

  private named(name: string, depth: number): Arb {
    const level = this.recursive.has(name) ? depth + 1 : depth;
    const minimal = level > MAX_RECURSION;
    const type = this.type(name);
    const nesting = Math.min(this.nesting + (type.kind === "object" ? nestingLevelsOf(type) : 0), SPARSE_NESTING + 1);
    const key = minimal ? `${name}@min` : `${name}@${level}/${nesting}/${this.containers}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Registered before it is built, so a type reached again while building refers to it lazily.
    let built: Arb | undefined;
    this.cache.set(
      key,
      fc.constant(null).chain(() => built!),
    );
    const outer = this.nesting;
    this.nesting = nesting;
    try {
      built = minimal ? this.smallest(type) : this.build(type, level);
    } finally {
      this.nesting = outer;
    }
    this.cache.set(key, built);
    return built;
  }

  private build(type: NamedType, depth: number): Arb {
    switch (type.kind) {
      case "object":
        // A schema naming no type lets every other JSON value through (ObjectType.otherTypesPass):
        // now and then one, so the runtimes are asked about those too; only those, when it requires
        // a property no value satisfies (`{"required": ["a"], "additionalProperties": false}`).
        if (!type.otherTypesPass) return this.object(type, depth);
        if (this.forbidding(type)) return otherThan("object");
        return fc.oneof({ weight: 5, arbitrary: this.object(type, depth) }, { weight: 1, arbitrary: otherThan("object") });
      case "union":
        return this.union(type, depth, type.variants);
      case "enum":
        return this.enum(type, depth);
      case "alias":
        return this.at(type.type, depth);
    }
  }

  /**
   * Any variant (one that no value satisfies is reported and skipped). When variants may overlap and
   * the keyword is `oneOf`, a value of one variant that others match too is edited until they do not
   * (a key another variant declares given a value it rejects), and only values matching exactly one
   * variant are kept.
   */
  private union(type: UnionType, depth: number, variants: UnionType["variants"], minimal = false): Arb {
    const exclusive = type.rule === "tag" || type.rule === "jsonType" || type.keyword === "anyOf";
    const alone = new Set<unknown>(variantsMatchingAlone(this.model, type));
    const alternatives = variants.map((variant) => {
      // A variant no value can match by itself is skipped at once (unsatisfiable): drawing candidates
      // for it spent the whole draw's budget, and the draw then gave up on its other variants too.
      if (!alone.has(variant)) return { label: `${type.name} variant ${variant.name}`, arbitrary: unsatisfiable<JsonValue>("this variant (another variant of the oneOf is the same type or matches every value of it, so no value matches it alone)") };
      const values = !minimal ? this.namedByPreference(type, variant, this.variantValues(type, variant, depth, exclusive)) : exclusive ? this.smallestRef(variant.type) : this.smallestTellingApart(variant.type);
      const arbitrary = exclusive ? values : fc.tuple(values, fc.nat()).map(([value, choice]) => this.separate(type, variant, value, choice));
      return { label: `${type.name} variant ${variant.name}`, arbitrary };
    });
    if (exclusive) return oneOfSatisfiable(alternatives, this.stats);
    const candidates = oneOfSatisfiable([...alternatives, ...this.valuesANotRefuses(type, depth, variants, minimal, alone)], this.stats);
    return filtered(candidates, (value) => this.validator.validatesNamed(type.name, value), `${type.name} (oneOf: exactly one variant matches)`, this.stats);
  }

  /**
   * A variant's values. A oneOf's variant of every value (`{}`) is drawn from the families no other
   * variant takes whole, the only ones it can match alone: deep in a value its candidates were small
   * scalars only, and beside a variant of an object naming no type (which takes every other value) each
   * was refused, so `items: {oneOf: [{}, {required: [a]}]}` inside a recursive value was drawn until
   * GENERATOR GAVE UP (fuzz AD, seed 64008 OpenAPI 3.1 index 0, D0: 158 of 200 valid instances; shrunk).
   * Near the top it is still any JSON, of those families.
   */
  private variantValues(type: UnionType, variant: UnionVariant, depth: number, exclusive: boolean): Arb {
    const values = this.at(variant.type, depth);
    if (exclusive || variant.type.kind !== "unknown") return values;
    const taken = familiesOtherVariantsTakeWhole(this.model, type, variant);
    if (taken.size === 0) return values;
    return depth > 1 ? otherThan(...taken) : values.filter((value) => !taken.has(familyOf(jsonTypeOfValue(value))));
  }

  /**
   * A variant's values, and as often the same values holding at the union's preference property a
   * string that names the variant (an OpenAPI discriminator, types.ts VariantPreference): the values
   * its author meant, which a random string almost never spells, and where the variant a decoder
   * chooses depends on the preference. A value the variant no longer takes so is drawn as it was.
   */
  private namedByPreference(type: UnionType, variant: UnionVariant, values: Arb): Arb {
    const preference = type.rule === "firstMatch" || type.rule === "keyPresence" ? type.preference : undefined;
    const strings = preference?.cases.filter((each) => each.variant === variant.name).map((each) => each.value) ?? [];
    if (preference === undefined || strings.length === 0) return values;
    const named = fc.tuple(values, fc.constantFrom(...strings)).map(([value, string]) => {
      if (!isJsonObject(value)) return value;
      const copy = { ...value };
      setOwnKey(copy, preference.property, string);
      return this.validator.validates(variant.type, copy) ? copy : value;
    });
    return fc.oneof(values, named);
  }

  /**
   * Candidates for a oneOf one of whose variants is rules around a `not`: values of what the `not`
   * refuses fail that variant, where values drawn for the others seldom do. `oneOf: [{}, {not: {required:
   * [kind], properties: {kind: {enum: [v1]}}}}]` is the objects whose kind is v1, which no value drawn for
   * `{}` was (fuzz V, seed 57003 draft-04, D2), and the draw gave up. Each such value is offered alone
   * and, an object, merged over an object of another variant (keys that variant requires kept beside
   * those the not's schema asks for; a variant that gave up once is no longer drawn for it).
   */
  private valuesANotRefuses(type: UnionType, depth: number, variants: UnionType["variants"], minimal: boolean, alone: ReadonlySet<unknown>): { label: string; arbitrary: Arb }[] {
    const draw = (ref: TypeRef) => (minimal ? this.smallestRef(ref) : this.at(ref, depth));
    return variants.flatMap((variant) => {
      // Every value fails a variant of no value: none need be drawn for it to fail.
      if (!this.hasValue(variant.type)) return [];
      const refused = variant.type.kind === "constrained" ? variant.type.assertions.flatMap((assertion) => (assertion.kind === "not" ? [assertion.type] : [])) : [];
      return refused.map((ref) => {
        const merged = variants
          .filter((other) => other !== variant && alone.has(other))
          .map((other) => ({ label: `${type.name} variant ${other.name} merged with a value variant ${variant.name}'s not refuses`, arbitrary: fc.tuple(absentOnGiveUp(draw(other.type), `${type.name} variant ${other.name} as a base for a merge`, this.gaveUp), draw(ref)).map(([base, over]) => (isJsonObject(base) && isJsonObject(over) ? joinValues(base, over) : over)) }));
        return { label: `${type.name}: values variant ${variant.name}'s not refuses`, arbitrary: oneOfSatisfiable([{ label: `a value variant ${variant.name}'s not refuses`, arbitrary: draw(ref) }, ...merged], this.stats) };
      });
    });
  }

  /** `value` of `variant`, edited (a few times at most) until no other variant of the union matches it. */
  private separate(union: UnionType, variant: UnionType["variants"][number], value: JsonValue, choice: number): JsonValue {
    let current = value;
    for (let round = 0; round < 4; round++) {
      const other = this.validator.matchingVariants(union, current).find((candidate) => candidate !== variant);
      if (!other) return current;
      const edited = this.editBreaking(other.type, variant.type, current, choice + round, keysTellingApart(union, other, variant));
      if (edited === undefined) return current;
      current = edited;
    }
    return current;
  }

  /**
   * An edit of `value` that `keep` still takes and `other` no longer does (a required key of
   * `other`'s dropped, or a key it declares given a value it rejects): the first such among the
   * candidate edits from the `start`th on, in turn. Each is checked only when reached: checking
   * every one (two validations of the whole value per declared key and probe) was half of drawing
   * a configuration of a thousand properties (SchemaStore's Serverless Framework schema).
   */
  private editBreaking(other: TypeRef, keep: TypeRef, value: JsonValue, start: number, otherKeys: readonly string[]): JsonValue | undefined {
    const object = this.objectOf(other);
    if (!isJsonObject(value) || (!object && otherKeys.length === 0)) return undefined;
    const candidates: (() => JsonValue)[] = [];
    // A key-presence variant's keys (another union, OpenAPI 3.1's parameter "with content", which
    // `unevaluatedProperties` cases into objects) taken out: a value holding `schema` and, optional
    // beside it five times in six, `content` was refused as both, and no edit of a declared key is one.
    for (const key of otherKeys) {
      if (!Object.hasOwn(value, key)) continue;
      candidates.push(() => {
        const { [key]: _dropped, ...without } = value;
        return without;
      });
    }
    for (const property of object?.properties ?? []) {
      if (property.required && Object.hasOwn(value, property.name)) {
        candidates.push(() => {
          const { [property.name]: _dropped, ...without } = value;
          return without;
        });
      }
      for (const probe of PROBES) {
        if (this.validator.validates(property.type, probe)) continue;
        candidates.push(() => {
          const edited = { ...value };
          setOwnKey(edited, property.name, probe);
          return edited;
        });
      }
    }
    for (let i = 0; i < candidates.length; i++) {
      const edited = candidates[(start + i) % candidates.length]!();
      if (this.validator.validates(keep, edited) && !this.validator.validates(other, edited)) return edited;
    }
    return undefined;
  }

  /** A known value, or (when the enum is open) any value its other values allow. */
  private enum(type: EnumType, depth: number): Arb {
    const known = fc.constantFrom(...type.values);
    return type.otherValues ? fc.oneof(known, this.at(type.otherValues, depth)) : known;
  }

  // ---- references -------------------------------------------------------------------------------------

  private at(ref: TypeRef, depth: number): Arb {
    // A schema naming no type lets every other JSON value through (the model's Typeless): now and
    // then one, so the runtimes are asked about those too.
    const family = typelessFamilyOf(ref);
    if (family === undefined) return this.ofOwnType(ref, depth);
    // Only those when no value of its type meets its own keywords (bounds that cross, items no value
    // satisfies under a minItems: fuzz T, seed 55006 draft-07): the ones drawn for it were invalid.
    if (this.ownTypeHasNoValue(ref)) return otherThan(family);
    return fc.oneof({ weight: 5, arbitrary: this.ofOwnType(ref, depth) }, { weight: 1, arbitrary: otherThan(family) });
  }

  /** The arbitrary `build` makes for the items of an array, tuple or map: one container deeper. */
  private inContainer(build: () => Arb): Arb {
    const outer = this.containers;
    this.containers = Math.min(outer + 1, DENSE_CONTAINERS + 1);
    try {
      return build();
    } finally {
      this.containers = outer;
    }
  }

  private ofOwnType(ref: TypeRef, depth: number): Arb {
    // A length or count whose minimum is above its maximum leaves no value: fast-check refuses such
    // bounds outright, and the whole run stopped with its error (fuzz R). (A tuple says which of its bounds.)
    if ((ref.kind === "string" || ref.kind === "array") && boundsCross(ref)) return unsatisfiable(`${ref.kind} of ${JSON.stringify(ref.constraints)} (its minimum above its maximum)`);
    const longest = this.nesting + this.containers > DENSE_CONTAINERS ? 1 : depth > 1 ? 2 : 4;
    switch (ref.kind) {
      case "string":
        return this.string(ref);
      case "integer":
        return integerIn(ref.constraints, this.model.source.integerSpellings);
      case "number":
        return numberIn(ref.constraints, this.model.source.integerSpellings);
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "literal":
        return fc.constant(ref.value);
      case "array": {
        const { minItems = 0, maxItems = minItems + longest, uniqueItems } = ref.constraints;
        // Items no finite value satisfies leave the array empty (if it may be: else its size is Infinity and it is never reached).
        if (minItems === 0 && !this.hasValue(ref.items)) return fc.constant([]);
        const drawnItems = this.inContainer(() => this.at(ref.items, depth));
        // Where the array may be empty its items are optional too, as a map's values are: items whose
        // every candidate the filter refuses (a `format` beside a `pattern` none of its values matches,
        // `{format: time, pattern: x}`, which only the filter can tell) leave it empty, where giving up
        // ended the draw of the whole document (fuzz BC, seed 96002 2019-09 index 0).
        const sized = minItems === 0
          ? fc.array(absentOnGiveUp(drawnItems, `items of ${JSON.stringify(ref.items)}`, this.gaveUp), { maxLength: maxItems }).map(withoutAbsentItems)
          : fc.array(drawnItems, { minLength: minItems, maxLength: maxItems });
        if (!uniqueItems) return sized;
        // Not fc.uniqueArray: it draws until it has minItems distinct items, forever when the items
        // have fewer values than that (`items: {type: boolean}, minItems: 3`). Distinct as JSON compares
        // them (jsonEqual: key order aside), kept when enough are left, bounded as every filter is.
        const distinct = sized.map((drawn) => drawn.filter((item, index) => drawn.findIndex((other) => jsonEqual(other, item)) === index));
        return filtered(distinct, (value) => value.length >= minItems, `array of ${minItems}+ distinct items (uniqueItems)`, this.stats);
      }
      case "tuple":
        return this.tuple(ref, (item) => this.inContainer(() => this.at(item, depth)), longest);
      case "record":
        if (!this.hasValue(ref.values)) return fc.constant({});
        {
          // Its keys are optional too: none where no value of them can be drawn (as an object's extra keys, extraEntries).
          const values = absentOnGiveUp(this.inContainer(() => this.at(ref.values, depth)), `map of ${JSON.stringify(ref.values)}`, this.gaveUp) as Arb;
          return fc.dictionary(objectKey, values, { maxKeys: longest, noNullPrototype: true }).map(withoutAbsentValues);
        }
      case "unknown":
        return depth > 1 ? smallJson : anyJson;
      case "nullable":
        // A non-null side whose rules refuse every candidate (an object that must hold a key its
        // propertyNames refuses) gives up: null is then the value (fuzz Q, seed 52002 2020-12).
        return this.hasValue(ref.type)
          ? oneOfSatisfiable([{ label: "null", arbitrary: fc.constant(null) }, { label: "the non-null side of a nullable value", arbitrary: this.at(ref.type, depth) }], this.stats)
          : fc.constant(null);
      case "constrained":
        // Rules known to admit no value (sizes.ts) give up at once: their filter would refuse every candidate.
        if (!this.hasValue(ref)) return unsatisfiable(`${ref.assertions[0]?.kind ?? "rules"} at ${ref.assertions[0]?.pointer || "/"} (no value satisfies the rules)`);
        return this.constrained(ref, this.candidatesOfOwnType(ref, depth), depth);
      case "named":
        return this.named(ref.name, depth);
    }
  }

  /**
   * The candidates for rules around a type: its values, or, for an object naming no type (which lets
   * other JSON types through) beside rules about objects none of its objects meets (a maxProperties
   * below the keys it requires), its values of other types only. Drawn five times in six, its objects
   * were refused by the filter, each a whole object of required keys: the case of an `if`'s else of
   * eight required keys and `maxProperties: 3`, under an allOf and a $ref, was drawn for minutes (fuzz AC,
   * seed 62002 OpenAPI 3.1 index 0, D0 and D2: the document's run took over ten minutes).
   */
  private candidatesOfOwnType(ref: Extract<TypeRef, { kind: "constrained" }>, depth: number): Arb {
    if (noObjectMeetsItsRules(ref, this.model) || ownObjectsRequireAKeyRefusedByName(this.model, ref)) return this.otherFamiliesPassing(ref, "object");
    const family = typelessFamilyOf(ref.type);
    return family !== undefined && this.ownTypeHasNoValue(ref.type) ? this.otherFamiliesPassing(ref, family) : this.at(ref.type, depth);
  }

  /**
   * Values of the families other than `own` (a type naming no type, none of whose own values passes)
   * that no rule around it refuses whole: a `not` of an object schema naming no type refuses every
   * other JSON type. Drawn from all five, an array variant of no array (a tuple whose first place has
   * no value under a minItems) beside such a not, whose values are its objects, had five candidates in
   * six refused, and its 200 invalid instances, each made from many valid ones, ran past their five
   * minutes (fuzz AC, seed 62002 OpenAPI 3.1 index 0, D3: 122 not drawn; shrunk).
   */
  private otherFamiliesPassing(ref: Extract<TypeRef, { kind: "constrained" }>, own: Family): Arb {
    return otherThan(own, ...familiesRefusedByRules(this.model, ref));
  }

  private string(ref: StringTypeRef): Arb {
    const { constraints } = ref;
    const { format, pattern } = constraints;
    const formatted = format === undefined ? undefined : formatString(format, this.stats);
    if (format !== undefined && formatted) {
      if (pattern === undefined && constraints.minLength === undefined && constraints.maxLength === undefined) return formatted;
      const regex = pattern === undefined ? undefined : this.validator.regex(pattern);
      // Under a pattern, candidates come from the pattern too: one that narrows the format (GitLab
      // CI's coverage, a regex between slashes) is seldom met by the format's own candidates.
      // And from both: a format's string cut around a pattern's (formatAroundPattern).
      const around = formatAroundPattern(formatted, regex, constraints, this.stats);
      const matches = regex === undefined ? () => true : shortlyMatched(regex, constraints.minLength ?? 0);
      // And a format's string respelled to meet the pattern, where the format has other spellings (a date-time's offset).
      const respelled = formatted.map((value) => (matches(value) ? value : (formatRespellings(format, value).find(matches) ?? value)));
      const candidates = regex === undefined ? fc.oneof(formatted, around) : fc.oneof(formatted, stringsMatching(regex, this.stats), around, { weight: 3, arbitrary: respelled });
      return filtered(candidates, (value) => satisfiesLength(value, constraints) && matches(value) && satisfiesFormat(format, value), `format ${format} with ${pattern ?? "length bounds"}`, this.stats);
    }
    if (constraints.pattern !== undefined) return patternString(constraints.pattern, constraints, this.stats);
    return unicodeString(constraints);
  }

  /** A prefix of the tuple's items (JSON Schema allows fewer than the prefix), then rest items when allowed. */
  private tuple(ref: Extract<TypeRef, { kind: "tuple" }>, item: (ref: TypeRef) => Arb, longest: number): Arb {
    // Arrays of the most items it may hold would be below minItems: none is valid (campaign P, seed 51003).
    if (this.holdsNoArray(ref)) return unsatisfiable(`tuple (minItems ${ref.constraints.minItems} above the ${this.mostItems(ref)} items it may hold)`);
    const { minItems = 0, maxItems, uniqueItems } = ref.constraints;
    const prefix = ref.prefixItems;
    const fillable = this.fillablePlaces(ref);
    const most = Math.min(maxItems ?? Infinity, Number.isFinite(fillable) ? fillable : prefix.length + longest);
    const least = Math.min(minItems, most);
    // Built here, where the tuple stands (its nesting), not when a length is drawn.
    const prefixItems = prefix.slice(0, Math.max(least, most)).map(item);
    const restItems = ref.rest !== false && most > prefix.length ? item(ref.rest) : undefined;
    const sized = fc.integer({ min: least, max: Math.max(least, most) }).chain((length) => {
      const parts = Array.from({ length }, (_, index) => (index < prefix.length ? prefixItems[index]! : restItems!));
      return fc.tuple(...parts) as fc.Arbitrary<JsonValue[]>;
    });
    return uniqueItems ? filtered(sized, (value) => this.validator.validates(ref, value), "tuple (uniqueItems)", this.stats) : sized;
  }

  /**
   * A value of the type that also satisfies every assertion: `contains` gets the items it counts
   * added, `dependentRequired` the keys it asks for, `minProperties` / `maxProperties` keys added or dropped;
   * everything else (and whatever those could not settle) is filtered by the model's verdict.
   */
  private constrained(ref: Extract<TypeRef, { kind: "constrained" }>, base: Arb, depth: number): Arb {
    let candidates = base;
    // propertyNames renames the keys it refuses, so it comes after the rules that add keys (minProperties, dependentRequired).
    const ordered = [...ref.assertions.filter((assertion) => assertion.kind !== "propertyNames"), ...ref.assertions.filter((assertion) => assertion.kind === "propertyNames")];
    const conditionals = conditionalsAmong(ref.assertions);
    for (const assertion of ordered) candidates = this.construct(assertion, candidates, ref.type, depth, conditionals);
    candidates = this.withUnmetDependenciesDropped(ref, candidates);
    // Named by its first rules: a block with one rule per tool would otherwise print twenty.
    const named = ref.assertions.slice(0, MAX_RULES_NAMED).map((assertion) => `${assertion.kind} at ${assertion.pointer || "/"}`);
    const more = ref.assertions.length - named.length;
    const label = `${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    return filtered(candidates, (value) => this.validator.validates(ref, value), label, this.stats);
  }

  /**
   * Candidates with each key whose dependency (`dependentRequired`, `dependentSchemas`) they fail
   * taken out, again until all that remain are met, where the object does not require the key; where
   * that takes any out, half of them keep only a random few of the keys that have dependencies first
   * (a candidate that meets them all stays whole). Keys that depend on each other (a TextMate
   * grammar's rule: `include` forbids `match` and `begin`, `match` forbids `begin`, `begin` asks for
   * exactly one of `end` and `while`, each of those asks for `begin`, …) were met by a random choice
   * of keys too rarely, and the generator gave up on the grammar; and a candidate holding most of
   * them (dependentRequired adds the keys it asks for) kept none once the ones that failed were taken
   * out. Taking keys out only ends; the filter still judges the rest.
   */
  private withUnmetDependenciesDropped(ref: Extract<TypeRef, { kind: "constrained" }>, candidates: Arb): Arb {
    const dependencies = ref.assertions.filter((assertion) => assertion.kind === "dependentRequired" || assertion.kind === "dependentSchema");
    const object = this.objectOf(ref.type);
    if (dependencies.length === 0 || object === undefined) return candidates;
    const required = new Set(object.properties.filter((property) => property.required).map((property) => property.name));
    const droppable = [...new Set(dependencies.map((assertion) => assertion.property))].filter((key) => !required.has(key));
    const met = (assertion: (typeof dependencies)[number], value: { [key: string]: JsonValue }) =>
      assertion.kind === "dependentRequired" ? assertion.require.every((key) => Object.hasOwn(value, key)) : this.validator.validates(assertion.type, value);
    // Keys whose dependency `out` fails taken out, until none is left.
    const metOnly = (out: { [key: string]: JsonValue }) => {
      for (let changed = true; changed; ) {
        changed = false;
        for (const assertion of dependencies) {
          if (!Object.hasOwn(out, assertion.property) || required.has(assertion.property) || met(assertion, out)) continue;
          delete out[assertion.property];
          changed = true;
        }
      }
      return out;
    };
    return fc.tuple(candidates, fc.boolean(), fc.array(fc.boolean(), { minLength: droppable.length, maxLength: droppable.length })).map(([value, thinned, kept]) => {
      if (!isJsonObject(value)) return value;
      const whole = metOnly({ ...value });
      if (!thinned || Object.keys(whole).length === Object.keys(value).length) return whole;
      const few = { ...value };
      droppable.forEach((key, index) => {
        if (!kept[index]) delete few[key];
      });
      return metOnly(few);
    });
  }

  /**
   * `conditionals`: every conditional of the value's rules (its own, and those of allOf parts that
   * only add rules), which a join with one conditional's branch must not undo.
   */
  private construct(assertion: Assertion, candidates: Arb, type: TypeRef, depth: number, conditionals: readonly ConditionalAssertion[] = []): Arb {
    // (A maximum below the minimum admits no array, nor does a contains of no value: no item is drawn
    // for it, and the filter below keeps the values of other types. Drawn, its items gave up where
    // `{enum: [[null], "b"], contains: false}` has "b": fuzz Z, seed 60003 draft-07, D2's if.)
    if (assertion.kind === "contains" && assertion.min > 0 && (assertion.max === undefined || assertion.max >= assertion.min) && this.hasValue(assertion.type)) {
      // An item both rules must hold: drawn for `contains` (a tight rule, `{"const": "x"}`) or for the
      // array's items (a loose one, `contains: {}` beside `items: {"const": null}`, whose own values
      // the items almost never take); the filter keeps those that hold both.
      // Past the recursion bound (the smallest form) the items are their smallest too: drawn freely, an
      // item that holds the array again (contains: an object, or null, whose key is the array) recursed
      // until the stack ran out (fuzz S, seed 54008 draft-07).
      const array = this.structureOf(type, "array");
      const itemOf = (ref: TypeRef) => (depth > MAX_RECURSION ? this.smallestRef(ref) : this.at(ref, depth));
      // Items no value satisfies have none to offer (drawn, they gave up, though a schema naming no type
      // still has its values of other types: fuzz T, seed 55006 draft-07).
      const item = array === undefined || !this.hasValue(array.items) ? itemOf(assertion.type) : fc.oneof(itemOf(assertion.type), itemOf(array.items));
      // Under a maxContains the value's own items that `contains` counts too are taken out, half the
      // time: where every item of the array's counts (an object beside a contains of array rules),
      // any item of its own beside those added was one too many, and every candidate was refused.
      const bounded = assertion.max !== undefined;
      const tuple = this.structureOf(type, "tuple");
      // Items are drawn for an array only: drawn beside a value of another type too, the smallest form
      // of an array naming no type that contains itself (`contains: {$ref: itself}`: its smallest value is
      // of another type) drew an item of itself, which drew another, until the stack ran out (found by
      // fuzz AE, seed 65008 OpenAPI 3.1 index 0, D2: 154 of 200 valid instances; shrunk).
      const withItems = (value: JsonValue[]) => fc.tuple(fc.array(item, { minLength: assertion.min, maxLength: assertion.max ?? assertion.min + 1 }), fc.nat(), fc.boolean()).map(([extra, at, uncounted]) => {
        // A value whose own items already make the count (a tuple's first place, `enum: [false]`, beside
        // `contains: {type: boolean}` and maxContains 1) is kept as it is where the items added would pass
        // the maxContains: a tuple's places shifted by the items added, or one too many, were refused, and
        // the root of 57002-2019-09-1 was drawn until GENERATOR GAVE UP (fuzz X).
        const counted = value.filter((ownItem) => this.validator.validates(assertion.type, ownItem)).length;
        if (bounded && !uncounted && counted >= assertion.min && counted + extra.length > assertion.max!) return value;
        // So is, half the time, a tuple's whose own items make the count without a maxContains: the items
        // added shift its places or pass its maxItems, and where no place but the one counted takes an
        // item of the contains' (`items: [{enum: [[x], -3]}, {enum: [null]}]`, maxItems 2, beside
        // `contains: {type: array}`) every candidate was refused (fuzz Z, seed 60003 draft-07 index 1:
        // no valid array of the root was drawn, so its invalid instances, until GENERATOR GAVE UP).
        if (!bounded && uncounted && tuple !== undefined && counted >= assertion.min) return value;
        const uncountedOnly = bounded && uncounted ? value.filter((ownItem) => !this.validator.validates(assertion.type, ownItem)) : value;
        // Under a maxItems the items added leave room for that many of the value's own only: an array of
        // at most one item had none for the one contains asks for beside its own (fuzz S, seed 54008 draft-07).
        // So does a tuple's maxItems or its last place (no items past its places): a tuple of one place
        // taking any value had the item added beside its own, never in its place, and every array was
        // refused (found by fuzz AF, seed 66012 draft-07, the root; shrunk).
        const own = uncountedOnly.slice(0, Math.max(0, this.mostItems(array ?? tuple) - extra.length));
        const index = own.length === 0 ? 0 : at % (own.length + 1);
        return [...own.slice(0, index), ...extra, ...own.slice(index)];
      });
      return candidates.chain((value): Arb => (Array.isArray(value) ? withItems(value) : fc.constant(value)));
    }
    if (assertion.kind === "allOf") {
      // A part that only adds rules to the value (an open core: if/then, not) has no values of its own
      // worth drawing: the value's own candidates, filtered below, are the ones that can satisfy it.
      // Offering its any-JSON values beside them starved an object with many such parts (Claude
      // Code's tool_use: one if-name-then-input part per tool) of candidates of its own type.
      // Its own rules that can be constructed (a `not` of required keys) still are.
      if (openCore(assertion.type)) return rulesOf(assertion.type).reduce((values, rule) => this.construct(rule, values, type, depth, conditionals), candidates);
      // A part that only asks for one of several sets of keys (`oneOf: [{required: [schema]}, {required:
      // [content]}]`, OpenAPI 3.1's parameter, header and media type) has no values worth drawing either:
      // the value's own candidates get one set chosen, and under a oneOf the others' keys taken out.
      // Its values (objects of those keys and any others) and the candidates joined with them, which
      // held both sets where an optional key was drawn, were refused two times in three.
      const choices = this.requiredKeyChoices(assertion.type);
      if (choices !== undefined) return fc.oneof(candidates, this.withKeysChosen(candidates, choices, type, depth));
      // A value of either side, or of both joined: strings (e.g. two patterns anchored at either end)
      // end to end, objects key by key (OpenAPI's Parameter: its own properties, and `in` and `style`
      // from the part that pins them to one kind of parameter, which a value of either side alone
      // almost never satisfies).
      const other = this.at(assertion.type, depth);
      const joined = fc.tuple(candidates, other, fc.boolean()).map(([a, b, flip]) => joinValues(flip ? b : a, flip ? a : b));
      return fc.oneof(candidates, other, joined);
    }
    if (assertion.kind === "conditional" && openCore(type)) {
      // A value that is nothing but `if`/`then`/`else` (OpenAPI 3.1's "X or a reference": if it has
      // `$ref` then a reference, else an X): any JSON almost never meets a branch, so values of each
      // branch are drawn too, and the filter keeps those that take the branch they were drawn for.
      // (A branch that admits no value, or no finite one, has none to draw: the values that take the
      // other branch are the valid ones. An else of objects requiring a key its propertyNames refuses,
      // whose rules admitsNoValue does not read, was drawn until GENERATOR GAVE UP: fuzz AA, seed 61007
      // 2019-09 and 2020-12 index 0, D2.)
      const branches = [assertion.then, assertion.else].flatMap((branch) => (branch === undefined || !this.hasValue(branch) ? [] : [this.at(branch, depth)]));
      const taken = [...branches, ...this.valuesMeetingIfAlone(assertion, depth)];
      return taken.length === 0 ? candidates : fc.oneof(candidates, ...taken);
    }
    if (assertion.kind === "conditional") {
      // An object whose branch closes it or requires keys (JSF's publicKey: kty "EC" then exactly kty,
      // crv ∈ P-256…, x, y): its own candidates almost never meet the branch they take, so they are
      // also offered joined with a value of that branch, key by key, either way round. A branch that
      // only adds rules to properties (Claude Code's if-name-then-input) is left to the filter.
      const closing = [assertion.then, assertion.else].filter((branch): branch is TypeRef => branch !== undefined && this.closesOrRequires(branch));
      // A branch that is a union (AsyncAPI's message bindings: one if/then per binding version, each
      // then a oneOf of closed objects) is no object to join key by key, and the object's own
      // candidates, left to the filter, almost never are one of its values: they are offered whole.
      // So is a branch of known values (IAM's Principal: if a string then the constant "*"), which
      // a drawn string never was.
      const unions = [assertion.then, assertion.else].filter((branch): branch is TypeRef => branch !== undefined && (this.isUnion(branch) || this.isKnownValues(branch)) && this.hasValue(branch));
      const ifAlone = this.valuesMeetingIfAlone(assertion, depth);
      const keysChosen = [assertion.then, assertion.else].flatMap((branch) => {
        const choices = branch === undefined ? undefined : this.requiredKeyChoices(branch);
        return choices === undefined ? [] : [this.withKeysChosen(candidates, choices, type, depth)];
      });
      if (closing.length === 0 && unions.length === 0 && ifAlone.length === 0 && keysChosen.length === 0) return candidates;
      // A key the branch only requires (no type of its own) holds a value drawn for the object's own
      // type there, the candidate's when it has one: the branch's open value (9223372036854776000 for
      // an integer property) is not one of those the generator means to draw.
      const joined = closing.map((branch) => {
        const open = [...this.openKeys(branch)];
        const owned = fc.tuple(...open.map((key) => this.propertyValue(type, key, depth)));
        const branchValues = this.at(branch, depth);
        // The branch's value is drawn only for a candidate it is joined with: a branch that holds the
        // object again (Yippee-ki-JSON's converting supplier, whose stringSource is any supplier) was
        // drawn for every candidate, each draw a whole object inside, and the object's draw never ended
        // within its budget (found by sweep Y).
        return candidates.chain((value) => {
          if (this.takesAnotherClosingBranch(value, assertion, branch, conditionals)) return fc.constant(value);
          return fc.tuple(branchValues, owned, fc.boolean()).map(([drawn, values, flip]) => {
            const taken = withKeys(drawn, open, values, value);
            return joinValues(flip ? taken : value, flip ? value : taken);
          });
        });
      });
      // A union's value is also joined with the object's own candidate, key by key: an object that
      // requires keys of its own beside a branch of tagged variants (`then: {anyOf: [{kind: v0 …}, …]}`)
      // is neither a value of the branch alone nor, but for a rare drawn tag, one of its own (fuzz Q,
      // seed 52002 draft-07).
      const unionsJoined = unions.map((branch) => fc.tuple(candidates, this.at(branch, depth), fc.boolean()).map(([value, drawn, flip]) => joinValues(flip ? drawn : value, flip ? value : drawn)));
      // Without fast-check's depth bias, which leans a oneof towards its first arbitrary the deeper it is
      // drawn inside itself: the first is the object's own candidates, which a closing branch refuses,
      // so a branch leading back to the object made every level below a few refuse nearly every
      // candidate. The generator bounds recursion itself (MAX_RECURSION).
      return fc.oneof({ depthSize: "max" }, candidates, ...joined, ...unions.map((branch) => this.at(branch, depth)), ...unionsJoined, ...ifAlone, ...keysChosen);
    }
    if (assertion.kind === "not") {
      // `not: {not: X}` is X: its values are drawn beside the value's own, which any JSON almost never
      // is (`not: {not: {const: ["", ""]}}` gave up; fuzz S, seed 54001 draft-06).
      const negated = negatedAlone(assertion.type);
      if (negated !== undefined) return fc.oneof(candidates, this.at(negated, depth));
      // `not: { required: [a, b] }` (OpenAPI's "schema XOR content", "example XOR examples"): a value
      // holding every one of the keys gets one of them taken out. Left to the filter, an object with
      // several such rules over optional keys (present five times in six) was almost never accepted.
      // So is `not: {anyOf: [{required: [a]}, {required: [b]}]}` (semgrep's "pattern and none of the
      // others"), each of its key sets in turn: none may be whole.
      const keySets = this.requiredKeySetsOfAny(assertion.type);
      if (!keySets) return this.withPinnedKeyRespelled(assertion.type, type, candidates);
      return fc.tuple(candidates, fc.nat()).map(([value, choice]) => {
        if (!isJsonObject(value)) return value;
        let out = value;
        for (const keys of keySets) {
          if (!keys.every((key) => Object.hasOwn(out, key))) continue;
          out = { ...out };
          delete out[keys[choice % keys.length]!];
        }
        return out;
      });
    }
    if (assertion.kind === "dependentRequired") {
      const object = this.objectOf(type) ?? this.firstObjectVariantOf(type);
      if (!object) return candidates;
      // A required key no value of which can be drawn (`b: {not: {}}`, or values its generator gave up
      // on, absentOnGiveUp) is not added: the key that requires it is taken out instead, where drawing
      // it gave up on the whole object (fuzz R, seed 53007 2019-09).
      const values = assertion.require.map((key) => {
        const property = object.properties.find((candidate) => candidate.name === key);
        if (property) return this.hasValue(property.type) ? absentOnGiveUp(this.at(property.type, depth), optionalPlace(object, property), this.gaveUp) : fc.constant(undefined);
        return object.additionalProperties === false ? fc.constant(null) : absentOnGiveUp(this.at(object.additionalProperties, depth), `${object.name} additionalProperties`, this.gaveUp);
      });
      // The values the dependency requires are drawn only for a candidate that holds its key: drawn
      // for every one, a recursive type (an array of objects whose `a` requires `b`, the array again)
      // drew a value inside each value it drew, and never ended (a stack overflow; random schemas).
      return candidates.chain((value) => {
        if (!isJsonObject(value) || !Object.hasOwn(value, assertion.property)) return fc.constant(value);
        const missing = assertion.require.map((key, index) => [key, index] as const).filter(([key]) => !Object.hasOwn(value, key));
        return fc.tuple(...missing.map(([, index]) => values[index]!)).map((extras) => {
          const out = { ...value };
          if (extras.some((extra) => extra === undefined)) {
            delete out[assertion.property];
            return out;
          }
          missing.forEach(([key], at) => setOwnKey(out, key, extras[at]!));
          return out;
        });
      });
    }
    if (assertion.kind === "dependentSchema") return this.withDependentSchemaMet(assertion, candidates, type, depth);
    if (assertion.kind === "propertyCount") return this.counted(assertion, candidates, type, depth);
    if (assertion.kind === "propertyNames") return this.withKeysNamed(assertion, candidates, depth);
    return candidates;
  }

  /**
   * Candidates holding a key whose `dependentSchemas` entry they fail, with each value that schema
   * refuses at its key drawn again from what it takes there (its property's schema, a pattern's, its
   * other keys'), and each key it requires that the candidate lacks added, of a value the object's own
   * `type` takes there (`dependencies: {a: {required: [kind]}}` beside an object requiring `a`: fuzz AD,
   * seed 64014 OpenAPI 3.0 index 0, D3's items, drawn until GENERATOR GAVE UP). Left to the filter, an object requiring `a` beside `dependentSchemas: {a:
   * {additionalProperties: {type: object, additionalProperties: {enum: []}}}}` (each value an empty
   * object) was almost never drawn one, and the run gave up on it (fuzz AC, seed 63003 OpenAPI 3.1
   * index 0, D2; shrunk). A key the object does not require is still taken out where the rest fails it
   * (withUnmetDependenciesDropped); the filter judges the whole.
   *
   * An entry that is a union (`dependentSchemas: {kind: {anyOf: [{properties: {kind: {const: v0}}}, …]}}`)
   * is met through one of its cases, drawn: its own keys are no object's, and the candidate's values
   * were left as drawn, a `kind` of any value the object takes, which almost never was a case's (fuzz
   * AU, seed 92005 OpenAPI 3.1 index 0, D2 requiring `kind`: valid and invalid all GAVE UP; shrunk).
   */
  private withDependentSchemaMet(assertion: Extract<Assertion, { kind: "dependentSchema" }>, candidates: Arb, type: TypeRef, depth: number): Arb {
    const cases = this.casesOfValue(assertion.type);
    return candidates.chain((value) => {
      if (!isJsonObject(value) || !Object.hasOwn(value, assertion.property) || this.validator.validates(assertion.type, value)) return fc.constant(value);
      return fc.constantFrom(...cases).chain((schema) => this.keysRedrawnFor(schema, value, type, depth));
    });
  }

  /**
   * The cases of a union `ref` stands for (through aliases) that some value satisfies, each to be met on
   * its own; `ref` alone for anything else, or where no case has a value.
   */
  private casesOfValue(ref: TypeRef): TypeRef[] {
    const union = this.namedThroughAliases(ref);
    const cases = union?.kind === "union" ? union.variants.map((variant) => variant.type).filter((variant) => this.hasValue(variant)) : [];
    return cases.length > 0 ? cases : [ref];
  }

  /**
   * `value` (an object of `type`) with each value `schema` refuses at its key drawn again from what it
   * takes there, and each key `schema` requires that `value` lacks added, of a value `type` takes there.
   */
  private keysRedrawnFor(schema: TypeRef, value: { [key: string]: JsonValue }, type: TypeRef, depth: number): Arb {
    const requiredThere = this.objectOf(schema)?.properties.filter((property) => property.required).map((property) => property.name) ?? [];
    const refused = Object.entries(value).flatMap(([key, item]) => {
      const schemaThere = this.schemaAtKey(schema, key);
      return schemaThere === undefined || !this.hasValue(schemaThere) || this.validator.validates(schemaThere, item) ? [] : [{ key, values: this.at(schemaThere, depth) }];
    });
    const missing = requiredThere.flatMap((key) => {
      const values = Object.hasOwn(value, key) ? undefined : this.valuesAtKey(type, key, depth);
      return values === undefined ? [] : [{ key, values }];
    });
    refused.push(...missing);
    if (refused.length === 0) return fc.constant(value);
    return fc.tuple(...refused.map(({ values }) => values)).map((drawn) => {
      const out = { ...value };
      refused.forEach(({ key }, index) => setOwnKey(out, key, drawn[index]!));
      return out;
    });
  }

  /** The schema an object of `ref` (a map, an object type, rules around either) holds at `key`: its property's, the first pattern's matching it, or its other keys'; undefined where it takes none. */
  private schemaAtKey(ref: TypeRef, key: string): TypeRef | undefined {
    if (ref.kind === "constrained") return this.schemaAtKey(ref.type, key);
    if (ref.kind === "record") return ref.values;
    const object = this.objectOf(ref);
    if (object === undefined) return undefined;
    const schema = object.properties.find((property) => property.name === key)?.type ?? object.patternProperties.find((entry) => this.validator.regex(entry.pattern).test(key))?.type ?? object.additionalProperties;
    return schema === false ? undefined : schema;
  }

  /**
   * Candidates of an object `type` beside a `not` of an object schema that pins keys to values
   * (`not: {properties: {in: {const: query}}, required: [in]}`, the model's case of an `if` that does
   * not hold, its `else`): a candidate the not's schema takes gets one such key given another of the
   * values the object lists there, one the not's schema refuses. Left to the filter, an `in` of four
   * values was refused one time in four at each such case, and OpenAPI 3.1's parameter nests one case
   * per kind of parameter (styles-for-path, -header, -query, -cookie, -form): most candidates were refused.
   */
  private withPinnedKeyRespelled(refused: TypeRef, type: TypeRef, candidates: Arb): Arb {
    const [taker, object] = [this.objectOf(refused), this.objectOf(type)];
    if (taker === undefined || object === undefined) return candidates;
    const respellings = taker.properties.flatMap((pinned) => {
      const own = object.properties.find((property) => property.name === pinned.name);
      const others = own === undefined ? [] : (listedValuesOf(this.model, own.type)?.filter((value) => !this.validator.validates(pinned.type, value)) ?? []);
      return others.length === 0 ? [] : [{ key: pinned.name, others }];
    });
    if (respellings.length === 0) return candidates;
    return fc.tuple(candidates, fc.nat()).map(([value, choice]) => {
      if (!isJsonObject(value) || !this.validator.validates(refused, value)) return value;
      const { key, others } = respellings[choice % respellings.length]!;
      const out = { ...value };
      setOwnKey(out, key, others[Math.floor(choice / respellings.length) % others.length]!);
      return out;
    });
  }

  /**
   * Whether joining `value` with `branch` of `assertion` would turn it from a branch of another
   * conditional that closes or requires keys, which it takes, into this one's: a value of one
   * if-name-then-closed-object part (SchemaStore's Yippee-ki-JSON: one such part per function name)
   * joined with the next part's object too held the keys of both, which neither allows, and with eight
   * parts 99% of candidates were refused until the generator gave up (found by sweep X). A value that
   * takes no such branch is joined as before, once: after that it takes the branch joined.
   */
  private takesAnotherClosingBranch(value: JsonValue, assertion: ConditionalAssertion, branch: TypeRef, conditionals: readonly ConditionalAssertion[]): boolean {
    if (this.validator.validates(assertion.if, value) === (branch === assertion.then)) return false;
    return conditionals.some((other) => {
      if (other === assertion) return false;
      const taken = this.validator.validates(other.if, value) ? other.then : other.else;
      return taken !== undefined && this.closesOrRequires(taken);
    });
  }

  /**
   * A conditional with no `then` is met by every value its `if` accepts: those are drawn too. When
   * the `else` admits few values or none the type allows (an object that must hold a key its
   * `propertyNames` forbids), the schema's own candidates almost never were one the `if` accepts, and
   * a satisfiable schema's valid instances were never made (campaign P, seed 51001). The filter still
   * judges them against the whole schema.
   */
  private valuesMeetingIfAlone(assertion: Extract<Assertion, { kind: "conditional" }>, depth: number): Arb[] {
    return assertion.then === undefined && this.hasValue(assertion.if) ? [this.at(assertion.if, depth)] : [];
  }

  /**
   * `propertyNames` over keys a candidate holds: each key the rule refuses is renamed to one drawn
   * from the rule's own strings. The keys drawn for an object's open places are any strings, which a
   * rule such as `^[a-z]+$` at most five long almost never allows: left to the filter, a map with that
   * rule and a `minProperties` was never made (found by a hand-made schema of common constructs).
   * Renamed keys take the values drawn for the keys they replace; the filter judges the rest (a
   * declared key the rule refuses is one no valid object holds).
   */
  private withKeysNamed(assertion: Extract<Assertion, { kind: "propertyNames" }>, candidates: Arb, depth: number): Arb {
    if (!this.hasValue(assertion.type)) return candidates;
    const names = filtered(this.at(assertion.type, depth), (value) => typeof value === "string", `propertyNames at ${assertion.pointer || "/"} (a key it allows)`, this.stats) as fc.Arbitrary<string>;
    return candidates.chain((value): Arb => {
      if (!isJsonObject(value)) return fc.constant(value);
      const refused = new Set(Object.keys(value).filter((key) => !this.validator.validates(assertion.type, key)));
      if (refused.size === 0) return fc.constant(value);
      // As many names as keys to rename (not drawn unique: the rule may allow fewer names than that, and
      // then the value is left as it was, for the filter to refuse).
      return fc.array(names, { minLength: refused.size, maxLength: refused.size }).map((drawn) => {
        const free = [...new Set(drawn)].filter((key) => !Object.hasOwn(value, key));
        if (free.length < refused.size) return value;
        const out: Record<string, JsonValue> = {};
        let next = 0;
        for (const [key, entry] of Object.entries(value)) setOwnKey(out, refused.has(key) ? free[next++]! : key, entry);
        return out;
      });
    });
  }

  /**
   * `minProperties` / `maxProperties` beside optional keys (CircleCI's step: exactly one of eleven
   * optional keys or a key its patterns allow): the keys a candidate holds seldom number what the rule
   * asks, and left to the filter such an object was never made. A candidate with too many keys has
   * optional ones taken out, one with too few gets declared keys it lacks; the filter judges the rest.
   */
  private counted(assertion: Extract<Assertion, { kind: "propertyCount" }>, candidates: Arb, type: TypeRef, depth: number): Arb {
    const object = this.objectOf(type);
    const required = new Set(object?.properties.filter((property) => property.required).map((property) => property.name));
    const addable = object?.properties.filter((property) => !property.required && this.hasValue(property.type)) ?? [];
    const open = assertion.min === undefined ? undefined : this.openKeysOf(type, depth);
    return candidates.chain((value): Arb => {
      if (!isJsonObject(value)) return fc.constant(value);
      const keys = Object.keys(value);
      if (assertion.max !== undefined && keys.length > assertion.max) {
        // Down to a count drawn between the bounds (required keys kept), so that every count the
        // rule allows is met: OpenTelemetry's propagator (`minProperties: 1, maxProperties: 1` over
        // six optional properties) had one alone too seldom for the filter.
        const max = assertion.max;
        const optional = keys.filter((key) => !required.has(key));
        const least = Math.min(Math.max(assertion.min ?? 0, keys.length - optional.length), max);
        return fc.integer({ min: least, max }).chain((count) => {
          const surplus = Math.min(optional.length, keys.length - count);
          return fc.shuffledSubarray(optional, { minLength: surplus, maxLength: surplus }).map((dropped) => {
            const out = { ...value };
            for (const key of dropped) delete out[key];
            return out;
          });
        });
      }
      // An optional property whose values the generator gave up on (absentOnGiveUp, shared with the object's own draw) is not added.
      const absent = addable.filter((property) => !Object.hasOwn(value, property.name) && !this.gaveUp.has(optionalPlace(object!, property)));
      if (assertion.min === undefined || keys.length >= assertion.min) return fc.constant(value);
      // Past the recursion bound, keys the type leaves open come first: a declared key's value may be
      // the type again (`properties: {r: {$ref: "#"}}, minProperties: 1`), whose smallest form, drawn
      // there, asks for the key again, without end (fuzz AA, a $recursiveRef beside minProperties: 2;
      // "GENERATOR GAVE UP: the generator recursed deeper than the stack allows").
      const missing = depth > MAX_RECURSION && open !== undefined ? 0 : Math.min(absent.length, assertion.min - keys.length);
      // Past the declared keys, keys the type leaves open (a map's, or an object's additional ones):
      // a map draws at most four keys, two below the top, so a `minProperties: 5` map was never made.
      const undeclared = open === undefined ? 0 : assertion.min - keys.length - missing;
      if (missing === 0 && undeclared === 0) return fc.constant(value);
      // Values are drawn only for the keys taken, as dependentRequired's are: drawn for every
      // candidate, a recursive type would draw a value inside each value it drew.
      const declaredEntries = fc
        .shuffledSubarray(absent, { minLength: missing, maxLength: missing })
        .chain((taken) =>
          fc
            .tuple(...taken.map((property) => absentOnGiveUp(this.at(property.type, depth), optionalPlace(object!, property), this.gaveUp)))
            .map((values) => taken.flatMap((property, index) => (values[index] === undefined ? [] : [[property.name, values[index]] as const]))),
        );
      const openEntries =
        undeclared === 0 || open === undefined
          ? fc.constant([])
          : fc.uniqueArray(
              fc.oneof(...open.map((source) => fc.tuple(filtered(source.keys, (key) => !Object.hasOwn(value, key) && source.accepts(key), `${source.label} (a key to reach minProperties)`, this.stats), source.values))),
              { minLength: undeclared, maxLength: undeclared, selector: ([key]) => key },
            );
      return fc.tuple(declaredEntries, openEntries).map(([declaredPairs, openPairs]) => {
        const out = { ...value };
        for (const [key, entry] of [...declaredPairs, ...openPairs]) setOwnKey(out, key, entry);
        return out;
      });
    });
  }

  /**
   * Where keys a type leaves open come from, with the values they take: any key of a map; for an
   * object, keys its patterns match (with the pattern's value) and keys neither declared nor claimed
   * by a pattern (with its additionalProperties), those only where it has no pattern: a key the
   * patterns leave out may be one a `propertyNames` that repeats them refuses (Dash Platform's
   * document properties). Undefined where no key may be added (a closed object without patterns).
   */
  private openKeysOf(type: TypeRef, depth: number): { keys: fc.Arbitrary<string>; accepts: (key: string) => boolean; values: Arb; label: string }[] | undefined {
    const map = this.structureOf(type, "record");
    if (map) return this.hasValue(map.values) ? [{ keys: objectKey, accepts: () => true, values: this.at(map.values, depth), label: "map" }] : undefined;
    const object = this.objectOf(type);
    if (object === undefined) return undefined;
    const declared = new Set(object.properties.map((property) => property.name));
    const patterns = object.patternProperties.map((entry) => ({ entry, regex: this.validator.regex(entry.pattern) }));
    const sources: { keys: fc.Arbitrary<string>; accepts: (key: string) => boolean; values: Arb; label: string }[] = patterns
      .filter(({ entry }) => this.hasValue(entry.type))
      .map(({ entry, regex }) => {
        const spelled = patternKeys(entry.pattern, regex);
        return { keys: spelled === undefined ? stringsMatching(regex, this.stats) : fc.constantFrom(...spelled), accepts: (key: string) => !declared.has(key), values: this.at(entry.type, depth), label: `${object.name} (pattern ${entry.pattern})` };
      });
    // A pattern's keys when there are any: a key the patterns leave out may be one propertyNames refuses.
    if (sources.length > 0) return sources;
    if (object.additionalProperties === false || !this.hasValue(object.additionalProperties)) return undefined;
    return [{ keys: objectKey, accepts: (key) => !declared.has(key) && !patterns.some(({ regex }) => regex.test(key)), values: this.at(object.additionalProperties, depth), label: object.name }];
  }

  /** Values for `key` of the object `type` stands for (valuesAtKey), or null where it takes none: a value for a key the object must not hold. */
  private propertyValue(type: TypeRef, key: string, depth: number): Arb {
    return this.valuesAtKey(type, key, depth) ?? fc.constant(null);
  }

  /** Values the object `type` stands for takes at `key`: its property's type, or what its other keys take; undefined where it takes none. */
  valuesAtKey(type: TypeRef, key: string, depth = 0): Arb | undefined {
    const object = this.objectOf(type);
    if (object === undefined) return undefined;
    const rule = object.properties.find((candidate) => candidate.name === key)?.type ?? object.additionalProperties;
    return rule === false || admitsNoValue(rule) ? undefined : this.at(rule, depth);
  }

  /** The properties an object type declares with no type of their own (`{ required: [...] }`'s keys). */
  private openKeys(ref: TypeRef): ReadonlySet<string> {
    const object = this.objectOf(ref);
    return new Set(object ? object.properties.filter((property) => property.type.kind === "unknown").map((property) => property.name) : []);
  }

  /** Whether `ref` is an object type that is closed or requires a key. */
  private closesOrRequires(ref: TypeRef): boolean {
    const object = this.objectOf(ref);
    return object !== undefined && (object.additionalProperties === false || object.properties.some((property) => property.required));
  }

  /**
   * The choices of keys a branch that is a union of `{required: [...]}` variants offers, and whether
   * exactly one may hold (`oneOf`): semgrep's rule, `then: {oneOf: [{required: [pattern]}, {required:
   * [patterns]}, …]}` beside a dozen optional keys. Joined whole with a candidate, such a variant's
   * value brought the key with any JSON value, which the key's own type refuses; left to the filter, a
   * candidate holding exactly one of the keys was too rare, and the generator gave up.
   */
  private requiredKeyChoices(branch: TypeRef): { readonly choices: readonly (readonly string[])[]; readonly exclusive: boolean } | undefined {
    const union = this.namedThroughAliases(branch);
    if (union?.kind !== "union") return undefined;
    const choices = this.requiredKeysOfEachVariant(union);
    return choices === undefined ? undefined : { choices, exclusive: union.keyword === "oneOf" };
  }

  /** The keys each variant of `union` asks for, when each asks only that (onlyRequiredKeys). */
  private requiredKeysOfEachVariant(union: UnionType): string[][] | undefined {
    const sets: string[][] = [];
    for (const variant of union.variants) {
      const keys = this.onlyRequiredKeys(variant.type);
      if (keys === undefined) return undefined;
      sets.push(keys);
    }
    return sets;
  }

  /**
   * A candidate with one choice of keys present, its values drawn for the object's own type there,
   * and, where exactly one choice may hold, the other choices' keys taken out. The values are drawn
   * only for a candidate that is an object (see dependentRequired's).
   */
  private withKeysChosen(candidates: Arb, { choices, exclusive }: { readonly choices: readonly (readonly string[])[]; readonly exclusive: boolean }, type: TypeRef, depth: number): Arb {
    return fc.tuple(candidates, fc.nat()).chain(([value, pick]): Arb => {
      if (!isJsonObject(value)) return fc.constant(value);
      const chosen = choices[pick % choices.length]!;
      const out = { ...value };
      if (exclusive) for (const other of choices) for (const key of other) if (!chosen.includes(key)) delete out[key];
      const missing = chosen.filter((key) => !Object.hasOwn(out, key));
      return fc.tuple(...missing.map((key) => this.propertyValue(type, key, depth))).map((values) => {
        missing.forEach((key, index) => setOwnKey(out, key, values[index]!));
        return out;
      });
    });
  }

  /** The key sets of `{required: [...]}`, or of an `anyOf` of such variants (a value passes when it holds one set whole). */
  private requiredKeySetsOfAny(ref: TypeRef): (readonly string[])[] | undefined {
    const keys = this.onlyRequiredKeys(ref);
    if (keys !== undefined) return [keys];
    const union = this.namedThroughAliases(ref);
    return union?.kind === "union" && union.keyword === "anyOf" ? this.requiredKeysOfEachVariant(union) : undefined;
  }

  /** The keys an object type asks for when that is all it asks (any values, any other keys): `{ required: [...] }`. */
  onlyRequiredKeys(ref: TypeRef): string[] | undefined {
    const object = this.objectOf(ref);
    if (!object || object.patternProperties.length > 0 || object.requiredWhen.length > 0 || object.additionalProperties === false || object.additionalProperties.kind !== "unknown") return undefined;
    if (object.properties.length === 0 || !object.properties.every((property) => property.required && property.type.kind === "unknown")) return undefined;
    return object.properties.map((property) => property.name);
  }

  /**
   * The object type of the first variant of the union `ref` stands for that is one (rules around it
   * aside): where an object's rules are split into cases (a `dependentSchemas` beside
   * `unevaluatedProperties`, a oneOf of the object holding the key and of one not holding it), the
   * keys a `dependentRequired` beside them asks for are drawn as that variant takes them. Not added,
   * an object requiring `a` beside `dependentRequired: {a: [b]}` almost never held `b`, and the run
   * drew objects until GENERATOR GAVE UP (fuzz AC, seed 63003 OpenAPI 3.1 index 0, D2; shrunk).
   */
  private firstObjectVariantOf(ref: TypeRef): ObjectType | undefined {
    const union = this.namedThroughAliases(ref);
    if (union?.kind !== "union") return undefined;
    for (const variant of union.variants) {
      const object = this.objectOf(variant.type.kind === "constrained" ? variant.type.type : variant.type);
      if (object !== undefined) return object;
    }
    return undefined;
  }

  /** Whether a reference stands for a union type, through aliases. */
  private isUnion(ref: TypeRef): boolean {
    return this.namedThroughAliases(ref)?.kind === "union";
  }

  /** Whether a reference stands for known values only (a `const`, a closed `enum`), through aliases. */
  private isKnownValues(ref: TypeRef): boolean {
    let current = ref;
    for (let guard = 0; current.kind === "named" && guard < 100; guard++) {
      const type = this.type(current.name);
      if (type.kind === "enum") return type.otherValues === undefined;
      if (type.kind !== "alias") return false;
      current = type.type;
    }
    return current.kind === "literal";
  }

  /** The object type a reference stands for, through aliases. */
  objectOf(ref: TypeRef): ObjectType | undefined {
    const type = this.namedThroughAliases(ref);
    return type?.kind === "object" ? type : undefined;
  }

  /** The named type other than an alias that a reference stands for, through aliases (none for an inline type). */
  private namedThroughAliases(ref: TypeRef): NamedType | undefined {
    let current = ref;
    for (let guard = 0; current.kind === "named" && guard < 100; guard++) {
      const type = this.type(current.name);
      if (type.kind !== "alias") return type;
      current = type.type;
    }
    return undefined;
  }

  /** The `kind` of type (an array, a tuple, a map) a reference stands for, through aliases, constraints and nullability. */
  private structureOf<Kind extends "array" | "tuple" | "record">(ref: TypeRef, kind: Kind): Extract<TypeRef, { kind: Kind }> | undefined {
    let current = ref;
    for (let guard = 0; guard < 100; guard++) {
      if (current.kind === kind) return current as Extract<TypeRef, { kind: Kind }>;
      if (current.kind === "nullable" || current.kind === "constrained") current = current.type;
      else if (current.kind === "named") {
        const type = this.type(current.name);
        if (type.kind !== "alias") return undefined;
        current = type.type;
      } else return undefined;
    }
    return undefined;
  }

  /**
   * Up to `maxKeys` keys beside the declared ones, from `keys` where `accepts` admits them, each with a
   * value. Bounded: a key no candidate fits (every string a pattern matches is a declared name, a
   * pattern matches every key) is left out, counted under `label`, instead of searched for forever.
   * Every such key is optional: where the generator cannot draw a value for them (a pattern's `{enum:
   * [{}], allOf: [{enum: [""]}]}`, which only the filter tells admits none) there are none
   * (absentOnGiveUp, at `place`), where the give-up ended the draw of the whole object (fuzz R, seed
   * 53003 draft-07).
   */
  private extraEntries(keys: fc.Arbitrary<string>, accepts: (key: string) => boolean, values: Arb, maxKeys: number, label: string, place: string): fc.Arbitrary<Record<string, JsonValue>> {
    const entry = fc.tuple(attempted(keys, accepts, MAX_KEY_CANDIDATES, { label, stats: this.stats }), absentOnGiveUp(values, place, this.gaveUp));
    return fc.array(entry, { maxLength: maxKeys }).map((entries) => {
      const out: Record<string, JsonValue> = {};
      for (const [key, value] of entries) {
        // setOwnKey, so that "__proto__" is an own key, as JSON.parse makes it.
        if (key !== undefined && value !== undefined && !Object.hasOwn(out, key)) setOwnKey(out, key, value);
      }
      return out;
    });
  }

  private object(type: ObjectType, depth: number): Arb {
    const forbidding = this.forbidding(type);
    if (forbidding) return forbidding;
    const patterns = type.patternProperties.map((entry) => ({ regex: this.validator.regex(entry.pattern), entry }));
    const shape: Record<string, Arb> = {};
    // A property no value satisfies (`"main": {"not": {}}` in one branch of a oneOf), or no finite
    // value (a tree that must have children), may only be absent.
    const present = type.properties.filter((property) => this.hasValue(property.type));
    for (const property of present) {
      // A declared key a pattern claims too takes a value both allow, filtered here, key by key: left
      // to the object's filter, ten such keys (OpenAPI 3.1's components, each a map whose key names
      // a pattern limits) were almost never all right at once.
      // Its candidates are drawn from the declared schema and from each claiming one's alike, so that the
      // narrower one's values are among them: `{}` declared where a pattern asks for numbers above 0
      // drew any value and kept one in twenty (fuzz AA, seed 61003 draft-04 index 0: nested, its
      // invalid instances drew until GENERATOR GAVE UP).
      const claiming = patterns.filter(({ regex }) => regex.test(property.name)).map(({ entry }) => entry.type);
      const schemas = [property.type, ...claiming];
      const values = this.at(property.type, depth);
      const candidates = fc.oneof(values, ...claiming.filter((claimed) => this.hasValue(claimed)).map((claimed) => this.at(claimed, depth)));
      const allowed = claiming.length === 0 ? values : filtered(candidates, (value) => schemas.every((schema) => this.validator.validates(schema, value)), `${type.name}.${property.name} (a declared key a pattern claims too)`, this.stats);
      // An optional property the generator cannot draw a value for is left out (absentOnGiveUp).
      shape[property.name] = property.required ? allowed : (absentOnGiveUp(allowed, optionalPlace(type, property), this.gaveUp) as Arb);
    }
    const requiredKeys = present.filter((property) => property.required).map((property) => property.name);
    const optionalCount = present.length - requiredKeys.length;
    const record =
      this.nesting > SPARSE_NESTING
        ? sparseRecord(shape, requiredKeys, SPARSE_MEAN_KEYS)
        : optionalCount > WIDE_OBJECT_PROPERTIES
          ? sparseRecord(shape, requiredKeys, WIDE_OBJECT_MEAN_KEYS)
          : fc.record(shape, { requiredKeys, noNullPrototype: true });
    let declared: fc.Arbitrary<Record<string, JsonValue>> = record.map(withoutAbsentValues);
    const names = new Set(type.properties.map((property) => property.name));
    const extras: fc.Arbitrary<Record<string, JsonValue>>[] = [];
    const maxKeys = depth > 1 ? 1 : 3;
    for (const { entry } of patterns) {
      // Keys of a pattern no (finite) value satisfies (`"^y-": false`) may only be absent.
      if (!this.hasValue(entry.type)) continue;
      // A pattern that spells out its keys (OpenAPI 3.0's `^\$ref$` beside a required `$ref`) gets
      // those not declared, or no extra key at all: drawn and filtered, every candidate was a declared
      // key, and the many References of one document spent their draw's budget of rejections on it.
      const regex = this.validator.regex(entry.pattern);
      const spelled = patternKeys(entry.pattern, regex)?.filter((name) => !names.has(name));
      if (spelled?.length === 0) continue;
      const key = spelled === undefined ? stringsMatching(regex, this.stats) : fc.constantFrom(...spelled);
      extras.push(this.extraEntries(key, (name) => !names.has(name), this.at(entry.type, depth), maxKeys, `${type.name} (a key matching ${entry.pattern} that is not declared)`, `${type.name} /${entry.pattern}/`));
    }
    // A pattern every key matches (`.*`) leaves no key to additionalProperties: drawn and filtered, each
    // object spent MAX_KEY_CANDIDATES rejections of its draw's budget on keys it could never have.
    const everyKeyClaimed = patterns.some(({ entry }) => matchesEveryString(entry.pattern, this.validator.regex(entry.pattern)));
    if (type.additionalProperties !== false && !everyKeyClaimed && this.hasValue(type.additionalProperties)) {
      const undeclared = (name: string) => !names.has(name) && !patterns.some(({ regex }) => regex.test(name));
      extras.push(this.extraEntries(objectKey, undeclared, this.at(type.additionalProperties, depth), maxKeys, `${type.name} (a key no pattern matches that is not declared)`, `${type.name} additionalProperties`));
    }
    if (extras.length > 0) {
      // Merged with setOwnKey, not Object.assign: assigning an extra "__proto__" key would set the
      // object's prototype (a key AJV then sees, JSON.stringify not) instead of adding the key.
      declared = fc.tuple(declared, ...extras).map(([own, ...more]) => {
        const out: Record<string, JsonValue> = {};
        for (const part of [...more.reverse(), own]) {
          for (const [key, value] of Object.entries(part)) setOwnKey(out, key, value);
        }
        return out;
      });
    }
    // Keys two patterns claim, and declared keys a pattern claims too, must satisfy both; conditional rules must hold.
    const settled = patterns.length === 0 && type.requiredWhen.length === 0;
    if (settled) return declared;
    return filtered(
      declared,
      (value) => satisfiesRequiredWhen(type, value) && (patterns.length === 0 || this.validator.validatesNamed(type.name, value)),
      `${type.name} (${patterns.length > 0 ? "patternProperties" : "conditional requirements"})`,
      this.stats,
    );
  }

  /**
   * Gives up on an object requiring a key of no (finite) value, as the sizes tell it, not only one
   * admitting none by its shape: such a key is left out of the objects drawn (`present`), and an
   * object naming no type, `{required: [a], properties: {a: {enum: ["é"], oneOf: [{type: string},
   * true]}}}`, was drawn as `{}`, a valid instance AJV rightly refused (found by fuzz AD, seed 64005
   * OpenAPI 3.1 index 0, the root's `patternProperties: {".*": …}`, which gave up; shrunk).
   */
  private forbidding(type: ObjectType): Arb | undefined {
    const impossible = type.properties.find((property) => property.required && !this.hasValue(property.type));
    return impossible ? unsatisfiable(`${type.name} (requires ${impossible.name}, which no value satisfies)`) : undefined;
  }

  // ---- the smallest form, past the recursion bound -------------------------------------------------

  private smallest(type: NamedType): Arb {
    // Past the recursion bound, a type whose every value contains another of it has nothing to end
    // with: say so (GenerationError, which a union reports and skips) instead of recursing without end.
    if (!Number.isFinite(this.sizes.get(type.name) ?? Infinity)) return unsatisfiable(`${type.name} (no finite value: it admits none, or every value of it contains another)`);
    switch (type.kind) {
      case "object":
        // A value of another type is smaller still where it passes (Typeless), and ends a type requiring
        // itself. Its smallest object is drawn too where it has one: a value of another type matches
        // every variant of a oneOf that names no type either, and past the recursion bound a oneOf of
        // such objects told apart by their required keys had no value (SchemaStore's Opctl: a call
        // graph node is one of six such objects, some holding nodes again; found by sweep Y).
        if (!type.otherTypesPass) return this.smallestObject(type);
        if (!this.hasSmallestObject(type)) return otherThan("object");
        return oneOfSatisfiable([{ label: `${type.name} (a value of another type)`, arbitrary: otherThan("object") }, { label: `${type.name} (smallest object)`, arbitrary: this.smallestObject(type) }], this.stats);
      case "union": {
        const cheapest = Math.min(...type.variants.map((variant) => this.sizeOf(variant.type)));
        return this.union(type, MAX_RECURSION + 1, type.variants.filter((variant) => this.sizeOf(variant.type) === cheapest), true);
      }
      case "enum":
        return fc.constantFrom(...type.values);
      case "alias":
        return this.smallestRef(type.type);
    }
  }

  /** Whether the object type has an object among its values, told by its required properties. */
  private hasSmallestObject(type: ObjectType): boolean {
    return type.properties.every((property) => !property.required || this.hasValue(property.type));
  }

  /** The object type's smallest object: its required properties, each in its smallest form. */
  private smallestObject(type: ObjectType): Arb {
    const forbidding = this.forbidding(type);
    if (forbidding) return forbidding;
    const shape: Record<string, Arb> = {};
    for (const property of type.properties) if (property.required) shape[property.name] = this.smallestRef(property.type);
    const value = fc.record(shape, { noNullPrototype: true });
    return type.requiredWhen.length === 0 && type.patternProperties.length === 0
      ? value
      : filtered(value, (candidate) => this.validator.validatesNamed(type.name, candidate), `${type.name} (smallest form)`, this.stats);
  }

  /**
   * A oneOf variant's smallest form, or that with one of its optional properties (itself in its
   * smallest form): objects told apart only by which optional key they hold (CloudFormation's
   * intrinsic functions, `{"Fn::Split": ..}` or `{"Ref": ..}`, each closed, none requiring its key)
   * have `{}` as every variant's smallest form, which matches them all, so past the recursion bound
   * no value of the oneOf was found (SchemaStore's Serverless Framework schema: its invalid draw
   * gave up after 300 s).
   */
  private smallestTellingApart(ref: TypeRef): Arb {
    const smallest = this.smallestRef(ref);
    const object = this.objectOf(ref);
    const optional = object?.properties.filter((property) => !property.required && this.hasValue(property.type)) ?? [];
    if (optional.length === 0) return smallest;
    const withOne = fc.tuple(smallest, fc.constantFrom(...optional)).chain(([value, property]) =>
      this.smallestRef(property.type).map((propertyValue) => {
        if (!isJsonObject(value)) return value;
        const edited = { ...value };
        setOwnKey(edited, property.name, propertyValue);
        return edited;
      }),
    );
    return fc.oneof(smallest, withOne);
  }

  private smallestRef(ref: TypeRef): Arb {
    // As for an object (smallest): a value of another type is smaller still where it passes, and ends
    // an array holding itself ({items: <itself>, minItems: 1, contains: .., minContains: 2} naming no
    // type drew an array inside each array until the stack ran out; fuzz S, seed 54004 2019-09).
    if ((ref.kind === "array" || ref.kind === "tuple") && ref.otherTypesPass) return otherThan("array");
    switch (ref.kind) {
      case "array": {
        const { minItems = 0 } = ref.constraints;
        return minItems === 0 ? fc.constant([]) : this.at({ ...ref, constraints: { ...ref.constraints, maxItems: minItems } }, MAX_RECURSION + 1);
      }
      case "tuple": {
        const { minItems = 0 } = ref.constraints;
        return this.tuple({ ...ref, constraints: { ...ref.constraints, maxItems: minItems } }, (item) => this.smallestRef(item), 0);
      }
      case "record":
        return fc.constant({});
      case "unknown":
      case "nullable":
        return fc.constant(null);
      case "constrained":
        return this.constrained(ref, this.smallestRef(ref.type), MAX_RECURSION + 1);
      case "named":
        return this.named(ref.name, MAX_RECURSION + 1);
      default:
        return this.at(ref, MAX_RECURSION + 1);
    }
  }

  /**
   * An array or tuple whose minItems is above the most items it may hold (its maxItems, or the places
   * of a tuple that can be filled): the tuple drew arrays of that most, below minItems, and offered them
   * as valid (campaign P, seed 51001: `{items: [{}, {type: boolean}], minItems: 2, maxItems: 1}` took [{}]).
   */
  private holdsNoArray(ref: TypeRef): boolean {
    if (ref.kind !== "array" && ref.kind !== "tuple") return false;
    return (ref.constraints.minItems ?? 0) > this.mostItems(ref);
  }

  /** The most items an array or tuple may hold: its maxItems, or a tuple's places that can be filled (fillablePlaces) when fewer; Infinity for no array at all. */
  private mostItems(ref: Extract<TypeRef, { kind: "array" | "tuple" }> | undefined): number {
    if (ref === undefined) return Infinity;
    return Math.min(ref.constraints.maxItems ?? Infinity, ref.kind === "tuple" ? this.fillablePlaces(ref) : Infinity);
  }

  /**
   * How many items a tuple can hold: up to its first place no finite value satisfies (a prefix item
   * `false`, or past the prefix where `additionalItems` is `false` or `{not: {}}`); Infinity when the
   * rest takes values. A rest of no value was drawn from, and its filter gave up on every tuple
   * longer than the prefix, though shorter ones (or, beside a typeless tuple, values of other types)
   * were valid (fuzz Q, seed 52001 draft-04).
   */
  private fillablePlaces(ref: Extract<TypeRef, { kind: "tuple" }>): number {
    const empty = ref.prefixItems.findIndex((item) => !this.hasValue(item));
    if (empty >= 0) return empty;
    return ref.rest === false || !this.hasValue(ref.rest) ? ref.prefixItems.length : Infinity;
  }

  /**
   * Whether `ref` names no type (or is rules around one that names none) and no value of the type its
   * keywords are about passes it: its values are all of the other types, and every value of its own is invalid.
   */
  ownTypeHasNoValue(ref: TypeRef): boolean {
    const typeless = ref.kind === "constrained" ? ref.type : ref;
    if (typelessFamilyOf(typeless) === undefined) return false;
    return this.holdsNoArray(typeless) || !this.hasValue(ownTypeOnly(ref));
  }

  /** Whether `ref` has a finite value to draw (the sizes' reading; admitsNoValue's first). */
  hasValue(ref: TypeRef): boolean {
    return !admitsNoValue(ref) && Number.isFinite(this.sizeOf(ref));
  }

  private sizeOf(ref: TypeRef): number {
    return ref.kind === "named" ? (this.sizes.get(ref.name) ?? Infinity) : sizeOfRefIn(this.model, ref, this.sizes);
  }
}

/**
 * Any JSON deep in a value, where it ends: a small scalar, or an empty array or object (fresh each
 * time). Every JSON type is among them: without arrays, an array of any items in a recursive value (a
 * oneOf's variant beside an array of objects that holds the value again) had no item that its bounded
 * `contains` (`contains: {not: {type: array}}, maxContains: 1`) leaves uncounted, and was drawn until
 * GENERATOR GAVE UP (found by fuzz AC, seed 63002 OpenAPI 3.1 index 0, D2, left over until fuzz AF; shrunk: `[1, []]` is a value).
 */
const smallJson: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  unicodeString({ maxLength: 4 }),
  fc.constantFrom("array", "object").map((container): JsonValue => (container === "array" ? [] : {})),
);

/** Valid instances of the named type in `model`. */
export function validInstances(model: SchemaModel, typeName: string, options: ValidInstanceOptions = {}): fc.Arbitrary<JsonValue> {
  return new ValidInstances(model, options).of(typeName);
}

/**
 * `shape`'s required keys, and each optional one with the chance that makes `meanKeys` of them on
 * average (a multiple of one half), however many it declares (fc.record has each five times in six).
 */
function sparseRecord(shape: Readonly<Record<string, Arb>>, requiredKeys: readonly string[], meanKeys: number): fc.Arbitrary<Record<string, JsonValue>> {
  const required = new Set(requiredKeys);
  const optionalCount = Object.keys(shape).filter((key) => !required.has(key)).length;
  // Weights in halves: absent (n − mean) to present (mean), each doubled to whole numbers.
  const presentWeight = Math.min(2 * meanKeys, 2 * optionalCount);
  const entries = Object.entries(shape).map(([key, values]) => {
    const entry = values.map((value): [string, JsonValue] => [key, value]);
    return required.has(key) ? entry : fc.oneof({ weight: 2 * optionalCount - presentWeight, arbitrary: fc.constant(undefined) }, { weight: presentWeight, arbitrary: entry });
  });
  return fc.tuple(...entries).map((drawn) => {
    const out: Record<string, JsonValue> = {};
    // setOwnKey, so that a "__proto__" key stays an own key.
    for (const entry of drawn) if (entry !== undefined) setOwnKey(out, entry[0], entry[1]);
    return out;
  });
}

/** How an optional property is named among the places whose values the generator gave up on (absentOnGiveUp). */
function optionalPlace(object: ObjectType, property: ObjectType["properties"][number]): string {
  return `${object.name}.${property.name}`;
}

/** A Typeless `ref` (or rules around one) as a value of its own JSON type only (values of the others pass it untouched). */
function ownTypeOnly(ref: TypeRef): TypeRef {
  if (ref.kind === "constrained") return { ...ref, type: ownTypeOnly(ref.type) };
  if (!("otherTypesPass" in ref)) return ref;
  const { otherTypesPass: _others, ...own } = ref;
  return own as TypeRef;
}

/** `record` without the optional keys absentOnGiveUp left out (drawn as `undefined`). */
/** An array without the items absentOnGiveUp left out (drawn as `undefined`). */
function withoutAbsentItems(items: readonly (JsonValue | undefined)[]): JsonValue[] {
  return items.filter((item): item is JsonValue => item !== undefined);
}

function withoutAbsentValues(record: Record<string, JsonValue>): Record<string, JsonValue> {
  if (!Object.values(record).includes(undefined as unknown as JsonValue)) return record;
  const out: Record<string, JsonValue> = {};
  // setOwnKey, so that a "__proto__" key stays an own key.
  for (const [key, value] of Object.entries(record)) if (value !== undefined) setOwnKey(out, key, value);
  return out;
}

/** How many of a constrained value's rules its filter's label names. */
const MAX_RULES_NAMED = 3;

/** `first` followed by `second`: strings concatenated, objects merged (`second`'s keys win); otherwise `first`. */
function joinValues(first: JsonValue, second: JsonValue): JsonValue {
  if (typeof first === "string" && typeof second === "string") return first + second;
  if (!isJsonObject(first) || !isJsonObject(second)) return first;
  const out: Record<string, JsonValue> = {};
  // setOwnKey, so that a "__proto__" key stays an own key.
  for (const [key, value] of [...Object.entries(first), ...Object.entries(second)]) setOwnKey(out, key, value);
  return out;
}

/** `value` with each of `keys` it has set to its value in `values`, left out where `other` has that key (objects only). */
function withKeys(value: JsonValue, keys: readonly string[], values: readonly JsonValue[], other: JsonValue): JsonValue {
  if (keys.length === 0 || !isJsonObject(value)) return value;
  const out: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const index = keys.indexOf(key);
    if (index >= 0 && isJsonObject(other) && Object.hasOwn(other, key)) continue;
    setOwnKey(out, key, index >= 0 ? values[index]! : item);
  }
  return out;
}

/** The assertions of every `constrained` layer of `ref`, outermost first. */
type ConditionalAssertion = Extract<Assertion, { kind: "conditional" }>;

/** The conditionals among `assertions` and the rules of their allOf parts that only add rules (an open core). */
function conditionalsAmong(assertions: readonly Assertion[]): ConditionalAssertion[] {
  return assertions.flatMap((assertion) => (assertion.kind === "conditional" ? [assertion] : assertion.kind === "allOf" && openCore(assertion.type) ? conditionalsAmong(rulesOf(assertion.type)) : []));
}

function rulesOf(ref: TypeRef): Assertion[] {
  const rules: Assertion[] = [];
  for (let current = ref; current.kind === "constrained" || current.kind === "nullable"; current = current.type) if (current.kind === "constrained") rules.push(...current.assertions);
  return rules;
}

/** The keys a key-presence union's `other` variant asks for that `variant` does not (none for another rule). */
function keysTellingApart(union: UnionType, other: UnionVariant, variant: UnionVariant): readonly string[] {
  if (union.rule !== "keyPresence") return [];
  const own = (variant as KeyPresenceVariant).keys;
  return (other as KeyPresenceVariant).keys.filter((key) => !own.includes(key));
}

/** Whether `ref` allows any JSON value but for its assertions (no type of its own under them). */
function openCore(ref: TypeRef): boolean {
  let current = ref;
  while (current.kind === "constrained" || current.kind === "nullable") current = current.type;
  return current.kind === "unknown";
}

/** The schema `type` is only the `not` of (`{not: X}`, the open value with that one rule): X; else undefined. */
function negatedAlone(type: TypeRef): TypeRef | undefined {
  if (type.kind !== "constrained" || type.type.kind !== "unknown" || type.assertions.length !== 1) return undefined;
  const [rule] = type.assertions;
  return rule!.kind === "not" ? rule!.type : undefined;
}
