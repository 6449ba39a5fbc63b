// Every way the run breaks a valid instance, one named entry each, with the `violation` kind it
// produces (the kinds of packages/schema/fixtures/README.md). A mutation lists the sites where it
// applies in one instance (from the positions the walker found); each site is an arbitrary of edits
// that make exactly one thing wrong there.
import fc from "fast-check";
import { admitsNoValue, ecmaRegExp, familyOf, jsonTypeOfValue, typelessFamilyOf, type Assertion, type JsonType, type ObjectType, type TypeRef, type UnionType } from "@clone/codegen";
import { codePointLength, integerBounds, unicodeString } from "../arbitraries/index.ts";
import { absentOnGiveUp, attempted, oneOfSatisfiable } from "../arbitraries/filtered.ts";
import { brokenFormatString, checkedStringFormats } from "../arbitraries/formats.ts";
import { ruleApplies } from "../arbitraries/rules.ts";
import { refHasFiniteValue } from "../arbitraries/sizes.ts";
import { objectKey, patternString } from "../arbitraries/strings.ts";
import { repeatsNestedRepetition } from "../arbitraries/patternShape.ts";
import { isJsonObject, jsonEqual, setOwnKey, type Edit, type JsonValue, type PathToken } from "../json.ts";
import { taggedUnionsOf, type ConstrainedRef, type Position, type PositionWalker } from "./positions.ts";

/**
 * Code points of a matching string that a near miss of its pattern keeps. A pattern with nested
 * quantifiers (`^([a-z]+(\\.[a-z]+)*)*$`, the Avro namespace AsyncAPI's schema embeds) takes a
 * backtracking engine (V8's, Python's `re`: every runtime judged) time exponential in the length of a
 * string it almost matches: V8 takes a tenth of a second on 24 characters and a space, and never ends
 * on the 57 its generator drew. Sixteen keep the rejection within milliseconds.
 */
const NEAR_MISS_CODE_POINTS = 16;

function nearMissStem(matching: string): string {
  return [...matching].slice(0, NEAR_MISS_CODE_POINTS).join("");
}

/**
 * Code points of a string that breaks a pattern that repeats a repetition (patternShape.ts
 * repeatsNestedRepetition). A backtracking engine's time on such a pattern grows exponentially with
 * the length of a string it rejects: cfn-lint's AWS::DataZone::DataSource schedule, `cron\((…) (…)
 * (.*){1,5} (.*){1,5} (.*){1,5} (.*){1,5}\)`, takes V8 a millisecond to reject 20 characters and
 * doubles with each one more, so even NEAR_MISS_CODE_POINTS may be too many. A string of a few
 * characters fails such a pattern early, whatever it is (and usually fails its first position
 * outright); a wrong JSON type, the other way to break it, is wrong-json-type's.
 */
const FAILING_EARLY_CODE_POINTS = 4;

/** Strings to break a slow pattern with: the empty one and any of at most FAILING_EARLY_CODE_POINTS. */
function failingEarly(): fc.Arbitrary<string> {
  return fc.oneof(fc.constant(""), unicodeString({ minLength: 1, maxLength: FAILING_EARLY_CODE_POINTS }));
}

export type Violation =
  | "missing-required"
  | "wrong-type"
  | "wrong-const"
  | "unknown-key"
  | "out-of-enum"
  | "unknown-tag"
  | "bound"
  | "format"
  | "pattern"
  /** A key missing that a `requiredWhen` rule requires (the model's conditional requirement). */
  | "required-when"
  /** A value that breaks an `if`/`then`/`else` assertion. */
  | "conditional"
  /** A value that validates against a `not` schema. */
  | "not"
  /** Too few (or too many) array items matching `contains`. */
  | "contains"
  /** A key `propertyNames` rejects. */
  | "property-names"
  /** Fewer keys than `minProperties` or more than `maxProperties`. */
  | "property-count"
  /** A key present without the keys (`dependentRequired`) or the schema (`dependentSchemas`) it brings. */
  | "dependency"
  /** A value that fails an `allOf` part kept apart from its type. */
  | "all-of"
  /** A value matching several variants of a `oneOf`. */
  | "one-of";

/** What one mutation does to one instance: the edits, and where a validator reports the problem. */
export interface Change {
  readonly edits: readonly Edit[];
  /** Path of the value (or missing or extra key) an issue about this change is reported at. */
  readonly issuePath: readonly PathToken[];
  /**
   * The broken rule is a subschema applied to the value at `issuePath` (a conditional's `then`, a
   * dependent schema, an `allOf` part): a validator reports what failed in it, there or below.
   */
  readonly reportedInside?: boolean;
}

/** One place in an instance where a mutation applies; an arbitrary over the ways to break it there (undefined: none found this time). */
export type Site = fc.Arbitrary<Change | undefined>;

export interface Mutation {
  readonly name: string;
  readonly violation: Violation;
  readonly description: string;
  sites(positions: readonly Position[], walker: PositionWalker): Site[];
}

/** Values of every JSON type, chosen to tempt coercion: "1" for a number, 0 for a boolean, "null". */
const VALUES_BY_TYPE: Readonly<Record<JsonType, readonly JsonValue[]>> = {
  null: [null],
  boolean: [true, false],
  integer: [0, 1, 7, -3],
  number: [1.5, -0.25],
  string: ["1", "true", "null", "", "text"],
  array: [[], [1], ["a"]],
  object: [{}, { key: 1 }],
};

function wrongValues(accepts: ReadonlySet<JsonType>): JsonValue[] {
  const accepted = (kind: JsonType) => accepts.has(kind) || (kind === "integer" && accepts.has("number"));
  return (Object.keys(VALUES_BY_TYPE) as JsonType[]).filter((kind) => !accepted(kind)).flatMap((kind) => VALUES_BY_TYPE[kind]);
}

const set = (path: readonly PathToken[], value: JsonValue): Edit => ({ path, value });
const remove = (path: readonly PathToken[]): Edit => ({ path, delete: true });
/** A site whose change sets one value at `path`, picked from `values`. */
const replaceAt = (path: readonly PathToken[], values: fc.Arbitrary<JsonValue>): Site =>
  values.map((value) => ({ edits: [set(path, value)], issuePath: path }));
const fixed = (issuePath: readonly PathToken[], edits: readonly Edit[]): Site => fc.constant({ edits, issuePath });
/** A site setting the value at `path` to the first of a few candidates `breaks` accepts, if any. */
const replaceWithFirst = <T extends JsonValue | undefined>(path: readonly PathToken[], candidates: fc.Arbitrary<T>, breaks: (value: T) => boolean): Site =>
  attempted(candidates, breaks).map((value) => (value === undefined ? undefined : { edits: [set(path, value)], issuePath: path }));

/** Sets a key even when it is `__proto__`, as JSON.parse would. */
function withKey(object: { [key: string]: JsonValue }, key: string, value: JsonValue): { [key: string]: JsonValue } {
  const out = { ...object };
  setOwnKey(out, key, value);
  return out;
}

/** Positions that must satisfy validation-only rules, each with one of those rules. */
function assertionSites<K extends Assertion["kind"]>(positions: readonly Position[], kind: K): (Position & { constrained: ConstrainedRef; assertion: Extract<Assertion, { kind: K }> })[] {
  return positions.flatMap((position) =>
    (position.constrained?.assertions ?? [])
      .filter((assertion): assertion is Extract<Assertion, { kind: K }> => assertion.kind === kind)
      .map((assertion) => ({ ...position, constrained: position.constrained!, assertion })),
  );
}

const singleAssertions = new WeakMap<Assertion, ConstrainedRef>();
/** Whether `value` satisfies this one rule (whatever its type). */
function holds(walker: PositionWalker, assertion: Assertion, value: JsonValue): boolean {
  let ref = singleAssertions.get(assertion);
  if (!ref) {
    ref = { kind: "constrained", type: { kind: "unknown" }, assertions: [assertion] };
    singleAssertions.set(assertion, ref);
  }
  return walker.validator.validates(ref, value);
}

/**
 * A site replacing a constrained value with one that is still of its type but breaks `assertion`,
 * picked among `candidates` (values of the rule's own schema, edits of the current value, …).
 */
function breakAssertion(walker: PositionWalker, position: Position & { constrained: ConstrainedRef }, assertion: Assertion, candidates: fc.Arbitrary<JsonValue | undefined>): Site {
  const type: TypeRef = position.constrained.type;
  const site = replaceWithFirst(position.path, candidates, (value) => value !== undefined && walker.validator.validates(type, value) && !holds(walker, assertion, value));
  return SUBSCHEMA_ASSERTIONS.has(assertion.kind) ? site.map((change) => change && { ...change, reportedInside: true }) : site;
}

/**
 * Values that take a conditional's branch with that branch's declared keys given any values: a value
 * of the `if` or of the type (for the `else`, of the type) with `then`'s keys scrambled. A value of
 * the `if` alone almost never breaks a `then` that only types some keys (v2ray's `if: {type: {const:
 * "http"}}, then: {$ref: Authenticator}`, or `then: {properties: {n: {type: integer}}}`), and such
 * a value with no other rule had no invalid instance: the generator gave up. Nor is a value of an
 * `if` that only says what the value is not (size-limit's `if: {not: {properties: {webpack: {enum:
 * [false]}}}}`) almost ever one of the type: most of the type's own values meet such an `if`.
 */
function branchKeysScrambled(walker: PositionWalker, type: TypeRef, conditional: Extract<Assertion, { kind: "conditional" }>): fc.Arbitrary<JsonValue>[] {
  const branches = [
    { base: conditional.if, branch: conditional.then },
    { base: type, branch: conditional.then },
    { base: type, branch: conditional.else },
  ];
  return branches.flatMap(({ base, branch }) => {
    const keys = (branch && walker.instances.objectOf(branch)?.properties.map((property) => property.name)) ?? [];
    if (keys.length === 0) return [];
    const anyValues = fc.array(walker.instances.ref({ kind: "unknown" }), { minLength: keys.length, maxLength: keys.length });
    return [
      fc.tuple(walker.instances.ref(base), fc.subarray(keys, { minLength: 1 }), anyValues).map(([value, chosen, values]) =>
        isJsonObject(value) ? { ...value, ...Object.fromEntries(chosen.map((key, index) => [key, values[index]!])) } : value,
      ),
    ];
  });
}

/**
 * Candidates that break the conditionals of an allOf part that is only rules (the second `if`/`then`
 * of an allOf, which does not merge with the first): values of each `if`, and branchKeysScrambled.
 */
function conditionalsBrokenInside(walker: PositionWalker, type: TypeRef, part: TypeRef): fc.Arbitrary<JsonValue>[] {
  if (part.kind !== "constrained") return [];
  return part.assertions.flatMap((rule) => (rule.kind === "conditional" ? [walker.instances.ref(rule.if), ...branchKeysScrambled(walker, type, rule)] : []));
}

/**
 * The value with the keys a `not: {required: [...]}` names added, each holding a value of the type
 * the object declares there: what the `not` matches and the value's own type still allows. A value of
 * the `not` alone (those keys, any values) is almost never also one of the type: an object case that
 * must not hold a key (the case of a conditional's `else: {not: {required: [size]}}`) had none.
 */
function withKeysTheNotRequires(walker: PositionWalker, type: TypeRef, assertion: Extract<Assertion, { kind: "not" }>, value: JsonValue): fc.Arbitrary<JsonValue> | undefined {
  const keys = walker.instances.onlyRequiredKeys(assertion.type);
  if (keys === undefined || walker.instances.objectOf(type) === undefined || !isJsonObject(value)) return undefined;
  const missing = keys.filter((key) => !Object.hasOwn(value, key));
  const valuesOf = missing.map((key) => walker.instances.valuesAtKey(type, key));
  if (valuesOf.some((values) => values === undefined)) return undefined;
  return fc.tuple(...(valuesOf as fc.Arbitrary<JsonValue>[])).map((drawn) => {
    const out = { ...value };
    missing.forEach((key, index) => setOwnKey(out, key, drawn[index]!));
    return out;
  });
}

/** How the `not` schema of `assertion` is named among the places whose values could not be drawn. */
const matchedNot = (assertion: Assertion) => `match-a-not at ${assertion.pointer}`;
/** How a `not` is named among the places no value of which replaced one of this value's JSON type. */
const matchedNotReplacing = (assertion: Assertion, value: JsonValue) => `${matchedNot(assertion)} replacing a value of type ${jsonTypeOfValue(value)}`;
/** How a variant of a oneOf is named among the places whose values could not be drawn. */
const matchedVariant = (union: UnionType, variant: UnionType["variants"][number]) => `match-two-variants of ${union.name} variant ${variant.name}`;

/** Assertions whose rule is a subschema applied to the value itself (its failures are reported where they are, inside). */
const SUBSCHEMA_ASSERTIONS: ReadonlySet<Assertion["kind"]> = new Set(["conditional", "dependentSchema", "allOf"]);

/**
 * Keys a `propertyNames` type names as rejected: the values of its `not` schemas, as strings. A
 * random key almost never is one exact name (`"not": {"const": "console_scripts"}`, SchemaStore
 * pyproject.json's entry-points), so without them such a site had no key to break it with.
 */
function namesRejectedBy(walker: PositionWalker, type: TypeRef): fc.Arbitrary<string>[] {
  if (type.kind !== "constrained") return [];
  return type.assertions.flatMap((assertion) => (assertion.kind === "not" ? [walker.instances.ref(assertion.type).map((value) => (typeof value === "string" ? value : JSON.stringify(value)))] : []));
}

/** Values an object type allows under a key it does not declare, or undefined when it allows none. */
function extraValue(walker: PositionWalker, object: ObjectType | undefined, key: string): fc.Arbitrary<JsonValue> | undefined {
  if (!object) return walker.instances.ref({ kind: "unknown" });
  const pattern = object.patternProperties.find((entry) => walker.validator.regex(entry.pattern).test(key));
  const type = pattern ? pattern.type : object.additionalProperties;
  return type === false || admitsNoValue(type) ? undefined : walker.instances.ref(type);
}

/** The keys `type` forbids together, when that is all it asks (`not: {required: [...]}`); none otherwise. */
function keysForbiddenBy(walker: PositionWalker, type: TypeRef): readonly string[] {
  // The model's reading of `not: {required: [k]}`: an object whose property k admits no value.
  const absent = walker.instances.objectOf(type)?.properties.filter((property) => !property.required && admitsNoValue(property.type)) ?? [];
  if (absent.length > 0) return absent.map((property) => property.name);
  if (type.kind !== "constrained" || type.type.kind !== "unknown" || type.assertions.length !== 1) return [];
  const [rule] = type.assertions;
  if (rule!.kind !== "not") return [];
  const object = walker.instances.objectOf(rule!.type);
  if (!object || object.properties.length === 0 || !object.properties.every((property) => property.required && property.type.kind === "unknown")) return [];
  return object.properties.map((property) => property.name);
}

/** Each patternProperties pattern of `object` whose schema has no finite value: keys drawn for it, and whether it claims a key (as the model reads the pattern). */
function patternsOfNoValue(walker: PositionWalker, object: ObjectType | undefined): { keys: fc.Arbitrary<string>; claims: (key: string) => boolean }[] {
  return (object?.patternProperties ?? [])
    .filter((entry) => !refHasFiniteValue(walker.model, entry.type))
    .map((entry) => {
      const regex = walker.validator.regex(entry.pattern, "patternProperties");
      return { keys: patternString(entry.pattern, {}, undefined), claims: (key: string) => regex.test(key) };
    });
}

/** Whether an object allows no key it does not declare or match by a pattern (`additionalProperties: false`, or a schema no value satisfies). */
function closed(object: ObjectType): boolean {
  return object.additionalProperties === false || admitsNoValue(object.additionalProperties);
}

/** Objects in the instance, with their type. */
function objects(positions: readonly Position[]): (Position & { object: ObjectType; value: { [key: string]: JsonValue } })[] {
  return positions.filter((position): position is Position & { object: ObjectType; value: { [key: string]: JsonValue } } =>
    position.object !== undefined && isJsonObject(position.value),
  );
}

function wrongTypeSite(position: Position): Site[] {
  if (position.accepts === "any") return [];
  const candidates = wrongValues(position.accepts);
  return candidates.length === 0 ? [] : [replaceAt(position.path, fc.constantFrom(...candidates))];
}

const isRequiredNullable = (position: Position, walker: PositionWalker) =>
  position.property?.required === true && walker.resolve(position.property.owner.properties.find((p) => p.name === position.property!.name)!.type).kind === "nullable";

/** The longest maxLength past which break-length-bound draws each code point of its string. */
const LONG_BOUND = 1000;

/**
 * The longest string (in code points) or array (in items) break-length-bound draws past an upper
 * bound: a mebibyte of code points, where servers' request limits commonly stop (nginx's default
 * `client_max_body_size`). Past it each instance is megabytes of JSON written to every runtime, and
 * built and checked by the model first: AWS's resource schemas write `maxLength: 10000000` on a Tag's
 * key, and springdoc Java's Integer.MAX_VALUE for @Size without a `max` (2147483647), past which no
 * string of this process can even be built ("Invalid string length"; node:buffer's MAX_STRING_LENGTH
 * is about 2^29 UTF-16 units). Such a bound's site is left out and counted (FilterStats.leaveOut), so
 * the report names what was not drawn; a lower bound's site stays.
 */
export const LONGEST_DRAWN_LENGTH = 2 ** 20;

/** Whether break-length-bound draws past the upper bound `bound` of a `what` ("string", "array"); where not, it says so in `walker`'s stats. */
function drawsPastUpperBound(bound: number, what: string, walker: PositionWalker): boolean {
  if (bound + 1 <= LONGEST_DRAWN_LENGTH) return true;
  walker.instances.stats.leaveOut(`break-length-bound past a ${what}'s upper bound ${bound} (longer than ${LONGEST_DRAWN_LENGTH}, LONGEST_DRAWN_LENGTH)`);
  return false;
}

/** The mutation that breaks a number's `format`: limitations.ts names it as the one fastjsonschema cannot see. */
export const BREAK_NUMBER_FORMAT = "break-number-format";

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "drop-required-key",
    violation: "missing-required",
    description: "remove a key the object requires (required-nullable keys included)",
    sites: (positions) =>
      objects(positions).flatMap(({ path, value, object }) =>
        object.properties
          .filter((property) => property.required && Object.hasOwn(value, property.name))
          .map((property) => fixed([...path, property.name], [remove([...path, property.name])])),
      ),
  },
  {
    name: "required-nullable-wrong-type",
    violation: "wrong-type",
    description: "give a required key that may be null a value of neither its type nor null",
    sites: (positions, walker) => positions.filter((position) => isRequiredNullable(position, walker)).flatMap(wrongTypeSite),
  },
  {
    name: "wrong-json-type",
    violation: "wrong-type",
    description: "replace any typed value (the instance itself included) with a value of another JSON type, null included",
    sites: (positions, walker) => positions.filter((position) => !isRequiredNullable(position, walker)).flatMap(wrongTypeSite),
  },
  {
    name: "empty-object-for-a-typeless-object",
    violation: "missing-required",
    description: "replace a value of another JSON type, which a typeless object schema lets pass, with {} where that schema requires a key",
    // The only invalid values of such a schema may be objects (`{required: ["x-y"], propertyNames: {pattern: "^[a-z]+$"}}`
    // has no valid object): its valid instances are then all of other types, which no other mutation turns into an object.
    sites: (positions, walker) =>
      positions.flatMap(({ ref, value, path }) => {
        const required = isJsonObject(value) ? undefined : requiredKeysWhenObject(walker, ref);
        // Reported, as drop-required-key's, at a key it requires.
        return required === undefined || required.length === 0 ? [] : [fixed([...path, required[0]!], [set(path, {})])];
      }),
  },
  {
    name: "own-type-for-a-typeless-schema",
    violation: "bound",
    description:
      "replace a value of another JSON type, which a schema naming no type lets pass, with a value of the type its keywords are about where none of those passes them (bounds or contains counts that cross, items of no value under a minItems)",
    // Its valid instances are then all of other types (ValidInstances.ownTypeHasNoValue), which no other
    // mutation turns into its own type: it had no invalid instance (fuzz U, seeds 56009 and 55003).
    sites: (positions, walker) =>
      positions.flatMap(({ ref, value, path, constrained }) => {
        const family = typelessFamilyOf(ref);
        if (family === undefined || familyOf(jsonTypeOfValue(value)) === family) return [];
        const whole = constrained !== undefined && walker.resolve(constrained.type) === ref ? constrained : ref;
        if (!walker.instances.ownTypeHasNoValue(whole)) return [];
        const ownValues = (Object.keys(VALUES_BY_TYPE) as JsonType[]).filter((type) => familyOf(type) === family).flatMap((type) => VALUES_BY_TYPE[type]);
        // Every one breaks a bound of its own type: a length, an item count, how many items a contains counts.
        return [replaceWithFirst(path, fc.constantFrom(...ownValues), (candidate) => !walker.validator.validates(whole, candidate))];
      }),
  },
  {
    name: "add-unknown-key",
    violation: "unknown-key",
    description: "add a key a closed object does not declare (often one a sibling variant declares)",
    sites: (positions, walker) =>
      objects(positions)
        .filter(({ object }) => closed(object))
        .map((position) => {
          const { path, value, object } = position;
          const declared = new Set(object.properties.map((property) => property.name));
          const fromSiblings = taggedUnionsOf(position)
            .flatMap((union) => union.variants)
            .flatMap((variant) => {
              const ref = walker.resolve(variant.type);
              const type = ref.kind === "named" ? walker.named(ref.name) : undefined;
              return type?.kind === "object" ? type.properties.map((property) => property.name) : [];
            })
            .filter((name) => !declared.has(name));
          const patterns = object.patternProperties.map((entry) => walker.validator.regex(entry.pattern));
          const candidates = fc.oneof(...(fromSiblings.length > 0 ? [fc.constantFrom(...fromSiblings)] : []), fc.constantFrom("extra", "__proto__", "constructor"), unicodeString({ maxLength: 8 }));
          // Bounded: a pattern may claim every key (`".*"` beside additionalProperties: false), leaving no unknown one.
          const key = attempted(candidates, (name) => !declared.has(name) && !Object.hasOwn(value, name) && !patterns.some((regex) => regex.test(name)));
          return fc
            .tuple(key, fc.constantFrom<JsonValue>(null, 1, "x", true, {}, []))
            .map(([name, extra]): Change | undefined => (name === undefined ? undefined : { edits: [set([...path, name], extra)], issuePath: [...path, name] }));
        }),
  },
  {
    name: "out-of-enum-value",
    violation: "out-of-enum",
    description:
      "a value outside a closed set, of the set's own JSON type: another case, padding, any other text; a neighbouring number; the other boolean (outside an open set, one its other values refuse: a string its pattern does not match, a number past its bound)",
    sites: (positions, walker) =>
      positions.flatMap((position) => {
        const type = position.ref.kind === "named" ? walker.named(position.ref.name) : undefined;
        if (type?.kind !== "enum") return [];
        // An open enum (`otherValues`) takes other values of its type too: only those its other values
        // refuse break it, where they say more than the type. Of known values beside a typeless
        // `{pattern}` (Adaptive Cards' every enum) a value of another type is valid too, so where this
        // drew none, nothing broke the enum and the draw of its invalid instances gave up.
        const { otherValues } = type;
        if (otherValues !== undefined && Object.keys(otherValues.constraints).length === 0) return [];
        const outside = (candidate: JsonValue) => !type.values.some((known) => jsonEqual(known, candidate)) && (otherValues === undefined || !walker.validator.validates(otherValues, candidate));
        const near: JsonValue[] = type.values.flatMap((value): JsonValue[] => {
          if (typeof value === "string") return [value.toUpperCase(), value.toLowerCase(), ` ${value}`, `${value}\u0000`, `${value}x`];
          if (typeof value === "number") return [value + 1, value - 1, value + 0.5, -value, value * 1000];
          return [!value];
        });
        const others = type.valueType === "string" ? unicodeString() : type.valueType === "boolean" ? fc.boolean() : type.valueType === "integer" ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true });
        const candidates = fc.oneof(fc.constantFrom(...near), others as fc.Arbitrary<JsonValue>);
        return [replaceWithFirst(position.path, candidates, (candidate) => outside(candidate) && !Object.is(candidate, -0))];
      }),
  },
  {
    name: "unknown-discriminator-tag",
    violation: "unknown-tag",
    description: "a tagged union's tag naming no variant, of a tag's JSON type (the root union's, or a nested one's such as `kind`)",
    sites: (positions) =>
      objects(positions).flatMap((position) => {
        const taggedUnions = taggedUnionsOf(position);
        // One site per tag property; a union nested in another's variant (a shared tag value) knows
        // only some of the tags, so a value is unknown when no enclosing union on that property knows it.
        return [...new Set(taggedUnions.map((union) => union.property))].map((property) => {
          const tags = taggedUnions.filter((union) => union.property === property).flatMap((union) => union.variants.map(({ tag }) => tag));
          const near = tags.flatMap((tag): JsonValue[] =>
            typeof tag === "string" ? [tag.toUpperCase(), `${tag}.v2`, `${tag} `, "unknown", ""] : typeof tag === "number" ? [tag + 1, tag - 1, tag + 0.5] : [!tag],
          );
          const unknown = (candidate: JsonValue) => !tags.some((tag) => jsonEqual(tag, candidate));
          return replaceWithFirst([...position.path, property], fc.oneof(fc.constantFrom(...near), unicodeString(), fc.integer()), unknown);
        });
      }),
  },
  {
    name: "change-constant",
    violation: "wrong-const",
    description: "a constant field (not a union's tag) holding another value of the same JSON type",
    sites: (positions) =>
      positions.flatMap((position) => {
        if (position.ref.kind !== "literal" || position.isTag) return [];
        const constant = position.ref.value;
        const others: fc.Arbitrary<JsonValue> =
          typeof constant === "string"
            ? fc.oneof(fc.constantFrom(constant.toUpperCase(), `${constant} `, ""), unicodeString())
            : typeof constant === "number"
              ? fc.integer()
              : typeof constant === "boolean"
                ? fc.constant(!constant)
                : fc.constant<JsonValue>(Array.isArray(constant) ? [...constant, null] : { ...constant, "\u0000extra": null });
        return [replaceWithFirst(position.path, others, (other) => !jsonEqual(other, constant))];
      }),
  },
  {
    name: "break-length-bound",
    violation: "bound",
    description: "a string shorter than minLength or longer than maxLength; an array with too few or too many items",
    sites: (positions, walker) =>
      positions.flatMap((position): Site[] => {
        const { ref, path, value } = position;
        const sites: Site[] = [];
        if (ref.kind === "string" && typeof value === "string") {
          const { minLength, maxLength } = ref.constraints;
          if (minLength !== undefined && minLength > 0) {
            sites.push(replaceAt(path, unicodeString({ maxLength: minLength - 1 })));
          }
          if (maxLength !== undefined && drawsPastUpperBound(maxLength, "string", walker)) {
            // Any length past the bound will do (unicodeString keeps to its bounds, so every one is longer).
            // Past a long bound, a few code points repeated: drawn one by one, up to twice AWS's
            // `maxLength: 10000000` (cfn-lint's Tag schemas) ran V8 out of memory (found by the sweep).
            const longer = maxLength <= LONG_BOUND ? unicodeString({ minLength: maxLength + 1, maxLength: 2 * (maxLength + 1) }) : unicodeString({ minLength: 1, maxLength: 4 }).map((unit) => unit.repeat(Math.floor(maxLength / codePointLength(unit)) + 1));
            sites.push(replaceAt(path, longer));
          }
        }
        if ((ref.kind === "array" || ref.kind === "tuple") && Array.isArray(value)) {
          const { minItems, maxItems } = ref.constraints;
          if (minItems !== undefined && minItems > 0) sites.push(fixed(path, [set(path, value.slice(0, minItems - 1))]));
          if (maxItems !== undefined && value.length > 0 && drawsPastUpperBound(maxItems, "array", walker)) {
            sites.push(fixed(path, [set(path, Array.from({ length: maxItems + 1 }, (_, i) => value[i % value.length]!))]));
          }
        }
        return sites;
      }),
  },
  {
    name: "repeat-an-item",
    violation: "bound",
    description: "an array whose items must be distinct (uniqueItems) with one of its items repeated: added after the others, or in the last place when it holds maxItems already",
    // An array naming no type, its items anything (`{uniqueItems: true, items: {anyOf: [..., {}]}}`),
    // under a nullable is refused only for a repeated item: no other mutation made one, and its invalid
    // instances gave up (fuzz AU, seed 92004 OpenAPI 3.0 index 1, D3). Tuples are left out: a copy in
    // another place may break that place's type instead.
    sites: (positions) =>
      positions.flatMap((position): Site[] => {
        const { ref, path, value } = position;
        if (ref.kind !== "array" || ref.constraints.uniqueItems !== true || !Array.isArray(value) || value.length === 0) return [];
        const { maxItems } = ref.constraints;
        const appendable = maxItems === undefined || value.length < maxItems;
        if (!appendable && value.length < 2) return [];
        return [
          fc.nat({ max: value.length - 1 }).map((index): Change => {
            const repeated = appendable ? [...value, value[index]!] : [...value.slice(0, -1), value[index === value.length - 1 ? 0 : index]!];
            return { edits: [set(path, repeated)], issuePath: path };
          }),
        ];
      }),
  },
  {
    name: "break-number-bound",
    violation: "bound",
    description: "a number just past (or far past) minimum, maximum or an exclusive bound",
    sites: (positions) =>
      positions.flatMap((position): Site[] => {
        const { ref, path } = position;
        if ((ref.kind !== "integer" && ref.kind !== "number") || typeof position.value !== "number") return [];
        // The bounds the schema writes: `int32`'s range is the format's, which break-number-format breaks
        // (a runtime that checks no number format must still refuse a number past a written bound).
        const { format: _format, ...c } = ref.constraints;
        const below: number[] = [];
        const above: number[] = [];
        if (c.minimum !== undefined || c.exclusiveMinimum !== undefined) {
          const { min } = integerBounds(c);
          below.push(min - 1, min - 1000, -Number.MAX_SAFE_INTEGER);
        }
        if (c.maximum !== undefined || c.exclusiveMaximum !== undefined) {
          const { max } = integerBounds(c);
          above.push(max + 1, max + 1000, Number.MAX_SAFE_INTEGER);
        }
        // Past a written bound itself: integerBounds stops at ±(2^53 − 1), inside a bound written beyond it.
        const outside = [...below, ...above].filter((n) => (c.minimum !== undefined && n < c.minimum) || (c.exclusiveMinimum !== undefined && n <= c.exclusiveMinimum) || (c.maximum !== undefined && n > c.maximum) || (c.exclusiveMaximum !== undefined && n >= c.exclusiveMaximum));
        return outside.length === 0 ? [] : [replaceAt(path, fc.constantFrom(...outside))];
      }),
  },
  {
    name: "break-format",
    violation: "format",
    description: "a string of a checked format with one thing wrong (a date-time without offset, a URI with a space, …), or any text the format rejects",
    sites: (positions) =>
      positions.flatMap((position) => {
        const { ref, path, value } = position;
        if (ref.kind !== "string" || typeof value !== "string" || ref.constraints.format === undefined) return [];
        return checkedStringFormats().includes(ref.constraints.format) ? [replaceAt(path, brokenFormatString(ref.constraints.format))] : [];
      }),
  },
  {
    name: BREAK_NUMBER_FORMAT,
    violation: "format",
    description: "a number outside its format: past 32 bits for `int32`, a fraction for `int32` or `int64`",
    sites: (positions) =>
      positions.flatMap((position) => {
        const { ref, path, value } = position;
        if ((ref.kind !== "integer" && ref.kind !== "number") || typeof value !== "number") return [];
        const { format } = ref.constraints;
        const fraction = ref.kind === "number" ? [value + 0.5] : [];
        const candidates = format === "int32" ? [2 ** 31, -(2 ** 31) - 1, 2 ** 40, ...fraction] : format === "int64" ? fraction : [];
        return candidates.length === 0 ? [] : [replaceAt(path, fc.constantFrom(...candidates))];
      }),
  },
  {
    name: "extra-tuple-item",
    violation: "bound",
    description: "an item past the end of a tuple that allows no more",
    sites: (positions) =>
      positions.flatMap((position) => {
        const { ref, path, value } = position;
        if (ref.kind !== "tuple" || ref.rest !== false || !Array.isArray(value) || value.length !== ref.prefixItems.length) return [];
        return [replaceAt(path, fc.constantFrom<JsonValue>(null, 1, "x", {}).map((extra) => [...value, extra]))];
      }),
  },
  {
    name: "item-in-a-place-of-no-value",
    violation: "bound",
    description: "an item appended where the array's next place is a schema no value satisfies (`items: [{not: {}}]`)",
    // Such an array's only value may be [] and, a schema naming no type, every other value passes: no
    // other mutation made it invalid, and the draw gave up (fuzz X, seed 58001 draft-04, D3).
    sites: (positions, walker) =>
      positions.flatMap(({ ref, path, value }) => {
        if (!Array.isArray(value) || (ref.kind !== "tuple" && ref.kind !== "array")) return [];
        const place = ref.kind === "array" ? ref.items : (ref.prefixItems[value.length] ?? ref.rest);
        // A place closed by `false` (no more items) is extra-tuple-item's, reported at the array.
        if (place === false || refHasFiniteValue(walker.model, place)) return [];
        return [fixed([...path, value.length], [set([...path, value.length], null)])];
      }),
  },
  {
    name: "key-in-a-place-of-no-value",
    violation: "unknown-key",
    description:
      "add a key where the object's place for it is a schema no value satisfies: any key of a record of such values (`patternProperties: {\".*\": {not: {}}}`), one a patternProperties pattern of such a schema claims",
    // Such an object's only value may be {}: a pattern claiming every key leaves none add-unknown-key can
    // add, and no other mutation adds a key (fuzz AA: `patternProperties: {".*": {allOf: [{type: boolean},
    // {type: string}]}}`, "GENERATOR GAVE UP (invalid)"). Any value there breaks it.
    sites: (positions, walker) =>
      positions.flatMap(({ ref, path, value, object }) => {
        if (!isJsonObject(value)) return [];
        const places = ref.kind === "record" ? (refHasFiniteValue(walker.model, ref.values) ? [] : [{ keys: objectKey, claims: () => true }]) : patternsOfNoValue(walker, object);
        // Bounded: the keys drawn may all be ones the object holds already.
        return places.map(({ keys, claims }) =>
          attempted(keys, (name) => !Object.hasOwn(value, name) && claims(name)).map((name): Change | undefined => (name === undefined ? undefined : { edits: [set([...path, name], null)], issuePath: [...path, name] })),
        );
      }),
  },
  {
    name: "break-pattern",
    violation: "pattern",
    description: "a string the schema's pattern does not match",
    sites: (positions) =>
      positions.flatMap((position) => {
        const { ref, path } = position;
        if (ref.kind !== "string" || ref.constraints.pattern === undefined) return [];
        const regex = ecmaRegExp(ref.constraints.pattern);
        if (repeatsNestedRepetition(ref.constraints.pattern)) return [replaceWithFirst(path, failingEarly(), (text) => !regex.test(text as string))];
        const kept = typeof position.value === "string" ? nearMissStem(position.value) : undefined;
        const candidates = fc.oneof(unicodeString(), kept !== undefined ? fc.constantFrom(`${kept} `, `\n${kept}`, kept.slice(1), "") : unicodeString());
        return [replaceWithFirst(path, candidates, (text) => !regex.test(text as string))];
      }),
  },
  {
    name: "break-required-when",
    violation: "required-when",
    description: "make a conditional rule apply and leave out what it requires (integration without source_detail)",
    sites: (positions) =>
      objects(positions).flatMap(({ path, value, object }) =>
        object.requiredWhen.map((rule) => {
          const edits: Edit[] = [];
          if (!ruleApplies(rule, value)) edits.push(set([...path, rule.property], rule.equals));
          for (const key of rule.require) edits.push(remove([...path, key]));
          return fixed([...path, rule.require[0]!], edits);
        }),
      ),
  },
  {
    name: "match-a-not",
    violation: "not",
    description: "a value of the type that the `not` schema matches",
    sites: (positions, walker) =>
      // A `not` schema no value of which can be drawn (a string of format uri matching ^[a-z]+$) is given
      // up after its first try: each try spent a budget of candidates, and the draw's whole budget went
      // on a mutation that could never apply (fuzz Q, seed 52003 2019-09).
      // A value of one JSON type none of whose tries found a replacement (a `not` of objects beside
      // scalars whose type's objects have none, though its JSON types name object) is not tried again
      // either: each try offered it 40 objects, none of the type, until the draw's budget was spent
      // and it gave up (fuzz X, seed 58001 2019-09, D2). Another JSON type's values still try.
      assertionSites(positions, "not")
        .filter((site) => !walker.instances.gaveUp.has(matchedNot(site.assertion)) && !walker.instances.gaveUp.has(matchedNotReplacing(site.assertion, site.value)))
        .map((site) => {
          const matching = absentOnGiveUp(walker.instances.ref(site.assertion.type), matchedNot(site.assertion), walker.instances.gaveUp);
          const keysAdded = withKeysTheNotRequires(walker, site.constrained.type, site.assertion, site.value);
          return breakAssertion(walker, site, site.assertion, keysAdded === undefined ? matching : fc.oneof(matching, keysAdded)).map((change) => {
            if (change === undefined) walker.instances.gaveUp.add(matchedNotReplacing(site.assertion, site.value));
            return change;
          });
        }),
  },
  {
    name: "break-all-of",
    violation: "all-of",
    description: "a value of the type that fails an `allOf` part kept apart from it",
    sites: (positions, walker) =>
      assertionSites(positions, "allOf").map((site) =>
        breakAssertion(walker, site, site.assertion, fc.oneof(walker.instances.ref(site.constrained.type), walker.instances.ref({ kind: "unknown" }), ...conditionalsBrokenInside(walker, site.constrained.type, site.assertion.type))),
      ),
  },
  {
    name: "break-conditional",
    violation: "conditional",
    description: "a value that meets an `if` and fails its `then` (or misses the `if` and fails its `else`)",
    sites: (positions, walker) =>
      assertionSites(positions, "conditional").map((site) =>
        breakAssertion(walker, site, site.assertion, fc.oneof(walker.instances.ref(site.constrained.type), walker.instances.ref(site.assertion.if), ...branchKeysScrambled(walker, site.constrained.type, site.assertion))),
      ),
  },
  {
    name: "break-contains",
    violation: "contains",
    description: "an array with the items `contains` counts taken out (or one too many of them)",
    sites: (positions, walker) =>
      assertionSites(positions, "contains").flatMap((site) => {
        if (!Array.isArray(site.value)) return [];
        const matches = (item: JsonValue) => walker.validator.validates(site.assertion.type, item);
        const without = site.value.filter((item) => !matches(item));
        const { min, max } = site.assertion;
        const candidates: JsonValue[] = [without, [...without, ...site.value.filter(matches).slice(0, min - 1)]];
        const extra = site.value.find(matches);
        if (max !== undefined && extra !== undefined) candidates.push([...site.value, ...Array.from({ length: max + 1 }, () => extra)]);
        return [breakAssertion(walker, site, site.assertion, fc.constantFrom(...candidates))];
      }),
  },
  {
    name: "break-property-names",
    violation: "property-names",
    description: "a key `propertyNames` rejects, with a value the object would otherwise take",
    sites: (positions, walker) =>
      assertionSites(positions, "propertyNames").flatMap((site) => {
        if (!isJsonObject(site.value)) return [];
        const object = site.value;
        const keys = fc.oneof(unicodeString({ maxLength: 12 }), objectKey, fc.constantFrom("", " ", "$ref", "A", "0", "x".repeat(300)), ...namesRejectedBy(walker, site.assertion.type));
        // Bounded: a `propertyNames` that accepts every string (or all but names no candidate hits)
        // leaves the site nothing to offer, where an unbounded filter searched forever.
        const badKey = attempted(keys, (key) => !Object.hasOwn(object, key) && !walker.validator.validates(site.assertion.type, key));
        const ref = site.ref;
        const values = (key: string) => (ref.kind === "record" ? walker.instances.ref(ref.values) : extraValue(walker, site.object, key));
        // No key found: the object unchanged, which breaks nothing and so is not taken.
        const candidates = badKey.chain((key) => (key === undefined ? fc.constant<JsonValue>(object) : (values(key) ?? fc.constant<JsonValue>(null)).map((value) => withKey(object, key, value) as JsonValue)));
        return [breakAssertion(walker, site, site.assertion, candidates)];
      }),
  },
  {
    name: "break-property-count",
    violation: "property-count",
    description: "keys taken out below `minProperties`, or added past `maxProperties`",
    sites: (positions, walker) =>
      assertionSites(positions, "propertyCount").flatMap((site) => {
        if (!isJsonObject(site.value)) return [];
        const object = site.value;
        const { min, max } = site.assertion;
        const candidates: fc.Arbitrary<JsonValue>[] = [];
        if (min !== undefined && min > 0) candidates.push(fc.constant(Object.fromEntries(Object.entries(object).slice(0, min - 1))));
        if (max !== undefined) {
          const ref = site.ref;
          const more = fc.uniqueArray(objectKey.filter((key) => !Object.hasOwn(object, key)), { minLength: max + 1, maxLength: max + 1 });
          candidates.push(
            more.chain((keys) =>
              fc
                .tuple(...keys.map((key) => (ref.kind === "record" ? walker.instances.ref(ref.values) : (extraValue(walker, site.object, key) ?? fc.constant<JsonValue>(null)))))
                .map((values) => keys.reduce((out, key, index) => withKey(out, key, values[index]!), object) as JsonValue),
            ),
          );
        }
        return candidates.length === 0 ? [] : [breakAssertion(walker, site, site.assertion, fc.oneof(...candidates))];
      }),
  },
  {
    name: "break-dependent-required",
    violation: "dependency",
    description: "a key present (added if need be) without one of the keys `dependentRequired` says it brings",
    sites: (positions, walker) =>
      assertionSites(positions, "dependentRequired").flatMap((site) => {
        if (!isJsonObject(site.value)) return [];
        const object = site.value;
        const { property, require } = site.assertion;
        const declared = site.object?.properties.find((candidate) => candidate.name === property);
        const trigger = Object.hasOwn(object, property) ? fc.constant(object[property]!) : declared ? walker.instances.ref(declared.type) : (extraValue(walker, site.object, property) ?? fc.constant<JsonValue>(null));
        const candidates = fc.tuple(trigger, fc.constantFrom(...require)).map(([value, missing]) => {
          const out = withKey(object, property, value);
          delete out[missing];
          return out as JsonValue;
        });
        return [breakAssertion(walker, site, site.assertion, candidates)];
      }),
  },
  {
    name: "break-dependent-schema",
    violation: "dependency",
    description: "a key present (added if need be) while the object fails the schema `dependentSchemas` ties to it",
    sites: (positions, walker) =>
      assertionSites(positions, "dependentSchema").flatMap((site) => {
        if (!isJsonObject(site.value)) return [];
        const { property } = site.assertion;
        const declared = site.object?.properties.find((candidate) => candidate.name === property);
        const trigger = declared ? walker.instances.ref(declared.type) : (extraValue(walker, site.object, property) ?? fc.constant<JsonValue>(null));
        const objects = walker.instances.ref(site.constrained.type);
        // A schema that forbids keys (`not: {required: ["errors"]}`, JSON:API's data without errors)
        // is broken by adding them, which a drawn object almost never holds by chance.
        const forbidden = keysForbiddenBy(walker, site.assertion.type);
        const forbiddenValues = forbidden.map((key) => {
          const property = site.object?.properties.find((candidate) => candidate.name === key);
          return property ? walker.instances.ref(property.type) : (extraValue(walker, site.object, key) ?? fc.constant<JsonValue>(null));
        });
        const candidates = fc.tuple(objects, trigger, fc.boolean(), fc.tuple(...forbiddenValues)).map(([value, triggerValue, addForbidden, values]) => {
          if (!isJsonObject(value)) return value;
          let out = Object.hasOwn(value, property) ? value : withKey(value, property, triggerValue);
          if (addForbidden) forbidden.forEach((key, index) => (out = Object.hasOwn(out, key) ? out : withKey(out, key, values[index]!)));
          return out;
        });
        return [breakAssertion(walker, site, site.assertion, candidates)];
      }),
  },
  {
    name: "match-two-variants",
    violation: "one-of",
    description: "a value that matches more than one variant of a `oneOf` whose variants overlap",
    // Every oneOf the value is a variant of here, not the innermost union alone: a oneOf whose
    // matching variant is itself a union (an anyOf of {} and a constant) was never given one.
    sites: (positions, walker) =>
      positions.flatMap((position) =>
        (position.unions ?? [])
          .filter((union) => union.keyword === "oneOf" && union.rule !== "tag" && union.rule !== "jsonType" && !closedByKeys(walker, union))
          .map((union) => {
            // A variant that gives up (its rules refuse every candidate: the catch-all case of the
            // model's conditional cases, where the key has no other value) is drawn last, as the
            // valid instances' generator draws it: drawn again and again, it spent the whole draw.
            // Once it has given up it is not drawn again, for any instance (as match-a-not's `not`):
            // each instance's site tried it anew, a budget of candidates each time, and a root
            // whose `then` no value passes took two minutes to mutate (fuzz R, seed 53005 2020-12).
            // A variant of no value (sizes.ts) matches no value: it is not drawn at all.
            const alternatives = union.variants
              .filter((variant) => refHasFiniteValue(walker.model, variant.type) && !walker.instances.gaveUp.has(matchedVariant(union, variant)))
              .map((variant) => ({
                label: `${union.name} variant ${variant.name} (a value for match-two-variants)`,
                arbitrary: absentOnGiveUp(walker.instances.ref(variant.type), matchedVariant(union, variant), walker.instances.gaveUp),
              }));
            if (alternatives.length === 0) return fc.constant(undefined);
            const candidates = oneOfSatisfiable(alternatives, walker.instances.stats);
            return replaceWithFirst(position.path, candidates, (value) => value !== undefined && walker.validator.matchingVariants(union, value).length > 1);
          }),
      ),
  },
];

/** The keys `ref` requires where it is a typeless object schema (other JSON types pass it); undefined for any other. */
function requiredKeysWhenObject(walker: PositionWalker, ref: TypeRef): string[] | undefined {
  const resolved = walker.resolve(ref);
  const type = resolved.kind === "named" ? walker.named(resolved.name) : undefined;
  return type?.kind === "object" && type.otherTypesPass === true ? type.properties.filter((property) => property.required).map((property) => property.name) : undefined;
}

/**
 * Whether no value can match two variants: a `keyPresence` union of closed objects each requiring a
 * key no other variant declares (model/types.ts: such a value has at most one candidate).
 */
function closedByKeys(walker: PositionWalker, union: UnionType): boolean {
  if (union.rule !== "keyPresence") return false;
  const objects = union.variants.map((variant) => walker.instances.objectOf(variant.type));
  return union.variants.every((variant, index) => {
    const object = objects[index];
    if (!object || object.additionalProperties !== false || object.patternProperties.length > 0) return false;
    const others = objects.filter((_, other) => other !== index);
    return variant.keys.some((key) => others.every((other) => other !== undefined && !other.properties.some((property) => property.name === key)));
  });
}

export function findMutation(name: string): Mutation {
  const mutation = MUTATIONS.find((candidate) => candidate.name === name);
  if (!mutation) throw new Error(`no mutation named ${name}; known: ${MUTATIONS.map((m) => m.name).join(", ")}`);
  return mutation;
}
