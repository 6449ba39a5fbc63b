// One schema object from a schema that composes others: `allOf` parts and a `$ref` with sibling
// keywords (AJV's reading in every draft: the ref and its siblings all apply) are merged into one
// schema by mergeSchemas.ts, in the order ref, allOf parts, own keywords (so a base's properties
// come first and the schema's own documentation wins). What does not merge comes back as leftovers
// (allOf assertions); every definition merged in through a `$ref` is recorded as a base.
//
// A schema that only refers (`{"$ref": …}` with annotations, or `allOf` of one `$ref` and
// annotations) is left a reference, so it keeps its name. `unevaluatedProperties` /
// `unevaluatedItems` become `additionalProperties` / the tuple rest wherever no other applicator
// could evaluate more (see reduceUnevaluated).
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { DYNAMIC_SCOPE_REF_KEYWORD, REMOTE_REF_KEYWORD } from "../jsonSchema/bundleKeywords.ts";
import { dialectAtLeast, isValidationKeyword, keywordFamily, REFERENCE_KEYWORDS, UNEVALUATED_KEYWORDS, validationKeywordsOf, type Dialect } from "../jsonSchema/vocabulary.ts";
import { ownEntriesWhere, setOwn } from "../json/ownEntries.ts";
import { stableKey, type StructuralKeys } from "../json/stable.ts";
import { casesOfTestedKey, isSchemaObject } from "./casesOfTestedKey.ts";
import { conditionalCaseNames, type CaseName } from "./conditionalCaseNames.ts";
import { objectOfBranches } from "./joinSchemas.ts";
import { withForbiddenKeysDeclared, type ConditionalTests } from "./keysForbiddenByNot.ts";
import { hasObjectGroup, mergeSchemas, type Adopt } from "./mergeSchemas.ts";
import { presenceVerdict, type KnownKeys } from "./presenceTests.ts";
import { impliedParts, isUnionAlone, restatesDeclaredKeys, type SubsumptionHost } from "./subsumes.ts";
import { acceptsEverything, declaredTypes, familyOf, impliedFamilies, requiredList } from "./schemaFacts.ts";
import type { Schema } from "./modelBuilderContext.ts";
import type { FallbackKind, JsonType } from "./types.ts";

type SchemaObject = { [key: string]: JsonValue };

export interface Normalized {
  /** The merged schema (`false` when a part accepts nothing). */
  readonly schema: Schema | false;
  /** Parts the merged schema does not express, each with the pointer of the part it came from. */
  readonly leftovers: readonly { readonly schema: Schema; readonly pointer: string }[];
  /** Type names of the definitions merged in through a `$ref` (the candidates for `ObjectType.bases`). */
  readonly bases: readonly string[];
}

/** A `$ref`'s target, as the model builder resolves it. */
export type RefResolution =
  | {
      readonly kind: "schema";
      readonly schema: JsonValue;
      readonly pointer: string;
      /** The type name of the definition it is. */
      readonly definition?: string;
      /** Not a definition, the name its author filed it under (authoredSchemaName). */
      readonly authoredName?: string;
    }
  | { readonly kind: "remote"; readonly url: string };

export interface NormalizerHost {
  readonly dialect: Dialect;
  /** The run's structural keys (subsumes compares schemas' rules by them). */
  readonly keys: StructuralKeys;
  /** The document has `unevaluatedProperties` or `unevaluatedItems` (2019-09 on): what a part evaluates may count, not only what it accepts. */
  readonly readsEvaluation: boolean;
  resolveRef(ref: string, holder: Schema, pointer: string): RefResolution;
  pointerOf(schema: JsonValue | undefined, fallback: string): string;
  adopt: Adopt;
  fallback(pointer: string, kind: FallbackKind, reason: string): void;
}

/** The reference a schema makes: `$ref`, or the dynamic forms (read statically, as their usual target). */
export function refOf(schema: Schema, dialect: Dialect): string | undefined {
  const keyword = refKeywordOf(schema, dialect);
  return keyword === undefined ? undefined : (schema[keyword] as string);
}

/** The keyword refOf reads, for messages that point at it. */
export function refKeywordOf(schema: Schema, dialect: Dialect): string | undefined {
  // Asked of nearly every schema the builder meets: `$ref` first, and the others only in their dialect.
  if (typeof schema.$ref === "string") return "$ref";
  for (const keyword of DYNAMIC_REFERENCE_KEYWORDS_BY_DIALECT.get(dialect)!) if (typeof schema[keyword] === "string") return keyword;
  return undefined;
}

/**
 * `$recursiveRef` (2019-09) and `$dynamicRef` (2020-12) refer only in their dialect; elsewhere they
 * are annotations. (`$ref` validates in every dialect.)
 */
const DYNAMIC_REFERENCE_KEYWORDS_BY_DIALECT: ReadonlyMap<Dialect, readonly string[]> = new Map(
  (["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"] as const).map((dialect) => [dialect, REFERENCE_KEYWORDS.filter((keyword) => keyword !== "$ref" && isValidationKeyword(keyword, dialect))]),
);

/** Only the annotations of `schema`. */
function annotationsOnly(schema: Schema, dialect: Dialect): Schema {
  const validating = validationKeywordsOf(dialect);
  return ownEntriesWhere(schema, (keyword) => !validating.has(keyword));
}

/** `schema` without its annotations. */
function validationOnly(schema: Schema, dialect: Dialect): Schema {
  const validating = validationKeywordsOf(dialect);
  return ownEntriesWhere(schema, (keyword) => validating.has(keyword));
}

/** A `$ref` with nothing but annotations beside it. */
export function isPureRef(schema: Schema, dialect: Dialect): boolean {
  if (refKeywordOf(schema, dialect) === undefined) return false;
  const validating = validationKeywordsOf(dialect);
  for (const keyword in schema) if (Object.hasOwn(schema, keyword) && validating.has(keyword) && !REFERENCE_KEYWORDS.includes(keyword)) return false;
  return true;
}

/** Whether a schema's `type` names a JSON type besides object. */
function namesOtherTypes(schema: Schema): boolean {
  return declaredTypes(schema)?.some((type) => type !== "object") ?? false;
}

/** The empty leftovers and bases of most schemas, shared (normalize runs for every schema). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * What a schema flattens into: a reference, a part's own keywords, or a part that closes over its own
 * applicators (`unevaluated*` beside its own `allOf` or `$ref`), kept whole: flattened, its
 * `unevaluatedProperties` would be reduced without what those evaluate.
 */
type Item =
  | { readonly kind: "ref"; readonly ref: string; readonly holder: Schema; readonly pointer: string }
  | { readonly kind: "schema"; readonly schema: Schema; readonly pointer: string }
  | { readonly kind: "closed"; readonly schema: Schema; readonly pointer: string };

export class SchemaNormalizer {
  /** Per schema object (a Map: the normalizer lives for one build, as long as the schemas it reads). */
  private readonly cache = new Map<object, Normalized>();
  /** Targets being normalized, for the one cycle allOf cannot have: a schema that is part of itself. */
  private readonly inProgress = new Set<string>();
  /** The schemas splitConditional and casesOfTestedKey made: the `oneOf` of a conditional's cases, which exclude each other. */
  private readonly splits = new WeakSet<object>();
  /** Per `oneOf` variant made with what is written beside the union: the key sets its values never have all of (noteKeysNeverAllPresent). */
  private readonly keysNeverAllPresent = new WeakMap<object, readonly (readonly string[])[]>();
  /** Per case of a split (splitConditional), its name, where the `if` tests one thing of one key (conditionalCaseNames). */
  private readonly caseNames = new WeakMap<object, CaseName>();
  /** The `if`s splitConditional and casesOfTestedKey negate for a failing case: their `not` forbids no key (withForbiddenKeysDeclared). */
  private readonly conditionalTests: ConditionalTests = new WeakSet();

  constructor(private readonly host: NormalizerHost) {}

  /**
   * Whether `schema` is the model's own split of a conditional (splitConditional, casesOfTestedKey),
   * not a union the author wrote: its variants are the conditional's cases, so no value matches two.
   */
  isConditionalSplit(schema: JsonValue): boolean {
    return typeof schema === "object" && schema !== null && this.splits.has(schema);
  }

  /** The name of `schema` where it is a case of a split named after the `if` (conditionalCaseNames). */
  conditionalCaseName(schema: JsonValue): CaseName | undefined {
    return typeof schema === "object" && schema !== null ? this.caseNames.get(schema) : undefined;
  }

  normalize(schema: Schema, pointer: string): Normalized {
    const cached = this.cache.get(schema);
    if (cached) return cached;
    const computed = this.compute(schema, pointer);
    // A reading of the normalized schema's own `not`, wherever its keywords came from (its allOf parts, a ref's target).
    const declared = computed.schema === false ? computed.schema : withForbiddenKeysDeclared(computed.schema, this.host.adopt, this.conditionalTests);
    const result = declared === computed.schema ? computed : { ...computed, schema: declared };
    this.cache.set(schema, result);
    return result;
  }

  private compute(schema: Schema, pointer: string): Normalized {
    const { dialect } = this.host;
    if (!Array.isArray(schema.allOf) && !(REMOTE_REF_KEYWORD in schema) && !(DYNAMIC_SCOPE_REF_KEYWORD in schema) && (refOf(schema, dialect) === undefined || isPureRef(schema, dialect)) && this.settledPresenceTest(schema, this.knownKeys(schema, [schema])) === undefined) {
      if (this.isConditionalAlone(schema)) return { schema: this.splitConditional(schema, NONE), leftovers: NONE, bases: NONE };
      const cases = "if" in schema ? casesOfTestedKey(schema, NONE, dialect, this.host.adopt, this.followRefs, this.conditionalTests) : undefined;
      if (cases) this.splits.add(cases.schema);
      return { schema: cases?.schema ?? this.typedByBranches(schema, pointer) ?? this.reduceUnevaluated(schema), leftovers: NONE, bases: NONE };
    }
    const items: Item[] = [];
    let satisfiable = this.collect(schema, pointer, items);
    satisfiable = this.settlePresenceTests(items, this.knownKeys(schema, items.flatMap((item) => (item.kind === "schema" ? [item.schema] : [])))) && satisfiable;
    this.dropImpliedParts(items);
    const structural = items.filter((item) => item.kind === "ref" || !(acceptsEverything(item.schema, dialect) || this.impliedByRefType(item.schema, items) || this.restatedByRef(item.schema, items)));
    // Part by part, a later part's value replacing an earlier one's (a key named "__proto__" included).
    const annotations: SchemaObject = {};
    for (const item of items) {
      if (item.kind === "ref") continue;
      const part = annotationsOnly(item.schema, dialect);
      for (const keyword in part) if (Object.hasOwn(part, keyword)) setOwn(annotations, keyword, part[keyword]!);
    }
    if (satisfiable && structural.length === 1 && structural[0]!.kind === "ref") {
      // Only a reference (and documentation): it stays one, and keeps the name of what it names.
      const made: SchemaObject = { ...annotations, $ref: structural[0]!.ref };
      this.host.adopt(made, structural[0]!.holder);
      return { schema: made, leftovers: NONE, bases: NONE };
    }
    const parts: { schema: Schema; pointer: string }[] = [];
    const leftovers: { schema: Schema; pointer: string }[] = [];
    const bases: string[] = [];
    /** What the one reference among the items names, when there is one and it names rules. */
    let referred: { readonly item: Extract<Item, { kind: "ref" }>; readonly part: { schema: Schema; pointer: string } } | undefined;
    const refItems = items.filter((item) => item.kind === "ref");
    for (const item of items) {
      if (item.kind === "schema") {
        parts.push({ schema: item === items[items.length - 1] ? item.schema : this.reduceUnevaluated(item.schema), pointer: item.pointer });
        continue;
      }
      const before = parts.length;
      satisfiable = (item.kind === "closed" ? this.mergeClosed(item, parts, leftovers, bases) : this.mergeTarget(item, parts, leftovers, bases)) && satisfiable;
      if (item.kind === "ref" && refItems.length === 1 && parts.length === before + 1) referred = { item, part: parts[before]! };
    }
    if (!satisfiable) return { schema: false, leftovers: NONE, bases: NONE };
    const narrowed = referred && !items.some((item) => item.kind === "closed") ? this.referenceNarrowed(referred.item, referred.part, parts, annotations) : undefined;
    if (narrowed) return narrowed;
    this.dropVacuousUnevaluated(parts);
    let merged: SchemaObject = {};
    /**
     * Where the object group merged so far was written: the one part that holds one, else (several
     * parts' groups, merged) this schema. A group of the merged side that cannot join the next part's
     * is a rule of that place: given the next part's, A's rules read as B's in allOf [A, B].
     */
    let objectGroupFrom: { readonly schema: Schema; readonly pointer: string } | undefined;
    const keep = (conflict: SchemaObject, from: { readonly schema: Schema; readonly pointer: string }): void => {
      // A part of keywords that rule nothing out (an `else` with no `if`, which JSON Schema ignores)
      // is no rule: kept, it read "and must also be any value".
      if (acceptsEverything(conflict, dialect)) return;
      this.host.adopt(conflict, from.schema);
      leftovers.push({ schema: conflict, pointer: from.pointer });
    };
    for (const part of parts) {
      const { schema: next, conflicts, ofA, unsatisfiable } = mergeSchemas(merged, part.schema as SchemaObject, dialect, this.host.adopt);
      if (unsatisfiable) return { schema: false, leftovers: NONE, bases: NONE };
      for (const conflict of conflicts) keep(conflict, ofA.has(conflict) ? (objectGroupFrom ?? { schema, pointer }) : part);
      if (hasObjectGroup(part.schema as SchemaObject)) objectGroupFrom = hasObjectGroup(merged) ? { schema, pointer } : part;
      merged = next;
    }
    this.host.adopt(merged, schema);
    const cases = casesOfTestedKey(merged, leftovers.map((leftover) => leftover.schema as SchemaObject), dialect, this.host.adopt, this.followRefs, this.conditionalTests);
    if (cases) {
      this.splits.add(cases.schema);
      merged = cases.schema;
      const others = leftovers.filter((leftover) => !cases.taken.has(leftover.schema as SchemaObject));
      leftovers.splice(0, leftovers.length, ...others);
    } else if (this.evaluatesBesideConditional(merged)) merged = this.intoBothBranches(merged, leftovers.splice(0));
    else merged = this.typedByBranches(merged, pointer) ?? merged;
    // A `contains` of another part (a leftover: two cannot be one keyword) evaluates items too.
    const containsElsewhere = leftovers.flatMap((leftover) => this.takeContains(leftover.schema as SchemaObject, leftover.schema).contains);
    return { schema: this.reduceUnevaluated(merged, containsElsewhere), leftovers, bases };
  }

  /**
   * The schema as a reference to what its one `$ref` names, when every other part only narrows that
   * target by rules that cannot merge into it (a second `pattern` beside the target's, another
   * `format`, a `not` beside its own): the merged schema would say no more than the target, so the
   * value is the target's named type, and those rules, its leftovers, stay assertions on it.
   * Merged instead, the place was a copy of the target's rules under no name: a child narrowing the
   * `id` its `allOf` base declares as `{$ref: Id}` (STIX 2.1's `^note--` beside `Id`'s pattern) held
   * a plain string, not the base's `Id`, so the base's Swift protocol did not cover it. Not for an
   * object target: a type built on an object is a type of its own, whose `bases` say what it shares
   * (DAP's CancelResponse, `allOf` Response and `type: object`, adopts ResponseProtocol). Not where
   * evaluation is read (a part's `unevaluated*` judges what the parts beside it evaluate), nor for a
   * conditional, which the merge splits into its cases (casesOfTestedKey).
   */
  private referenceNarrowed(
    ref: Extract<Item, { kind: "ref" }>,
    target: { schema: Schema; pointer: string },
    parts: readonly { schema: Schema; pointer: string }[],
    annotations: SchemaObject,
  ): Normalized | undefined {
    const { dialect } = this.host;
    if (this.host.readsEvaluation || this.mayBeObject(target.schema)) return undefined;
    const rules = stableKey(target.schema);
    const narrowing: { schema: Schema; pointer: string }[] = [];
    for (const part of parts) {
      if (part === target) continue;
      const { schema, conflicts, unsatisfiable } = mergeSchemas(target.schema as SchemaObject, part.schema as SchemaObject, dialect, this.host.adopt);
      if (unsatisfiable || stableKey(validationOnly(schema, dialect)) !== rules) return undefined;
      for (const conflict of conflicts) {
        if (acceptsEverything(conflict, dialect)) continue;
        if (CONDITIONAL_KEYWORDS.some((keyword) => keyword in conflict)) return undefined;
        this.host.adopt(conflict, part.schema);
        narrowing.push({ schema: conflict, pointer: part.pointer });
      }
    }
    const made: SchemaObject = { ...annotations, $ref: ref.ref };
    this.host.adopt(made, ref.holder);
    return { schema: made, leftovers: narrowing, bases: NONE };
  }

  /** Whether objects may pass `schema` by its `type`, or, with none, by its keywords' own type. */
  private mayBeObject(schema: Schema): boolean {
    const types = declaredTypes(schema);
    return types === undefined ? impliedFamilies(schema, this.host.dialect).has("object") : types.includes("object");
  }

  /**
   * Whether `schema` is an `if` with both branches and no other rule (OpenAPI 3.1's and 3.2's
   * `parameter-or-reference`: a `$ref` key makes it a reference, else a parameter). Left a
   * conditional, its value had no type but the open JSON value; its two cases, which exclude each
   * other, are a union of what each branch types (splitConditional).
   */
  private isConditionalAlone(schema: Schema): boolean {
    if (!("if" in schema && "then" in schema && "else" in schema)) return false;
    const validating = validationKeywordsOf(this.host.dialect);
    // Before draft-07 they are no keywords at all.
    if (!validating.has("if")) return false;
    for (const keyword in schema) if (Object.hasOwn(schema, keyword) && validating.has(keyword) && keyword !== "if" && keyword !== "then" && keyword !== "else") return false;
    return true;
  }

  /** `object` with the keys its conditional's branches declare (objectOfBranches); undefined, and a warning where they join to no one object. */
  private typedByBranches(object: SchemaObject, pointer: string): SchemaObject | undefined {
    const made = objectOfBranches(this.host, object, this.followRefs);
    if (made?.kind === "untyped") this.host.fallback(pointer, "rules-only", made.reason);
    return made?.kind === "typed" ? made.schema : undefined;
  }

  /** Whether `merged` has `unevaluated*` beside a conditional, whose cases splitConditional makes. */
  private evaluatesBesideConditional(merged: SchemaObject): boolean {
    return dialectAtLeast(this.host.dialect, "2019-09") && "if" in merged && UNEVALUATED_KEYWORDS.some((keyword) => keyword in merged);
  }

  /**
   * `merged` with the parts it could not take (another part's conditional: two cannot be one `if`)
   * joined to both branches of its own conditional. Exactly one branch applies, so the rules are the
   * same; but a part left beside the cases evaluated nothing for them, and each case, closed over
   * what it evaluates, refused the keys that part's own branch declares (OpenAPI 3.1's security
   * scheme: one conditional per scheme type beside `unevaluatedProperties: false` refused `scheme`
   * on every `http` scheme). In its branch the part is merged again, and its conditional split in turn.
   */
  private intoBothBranches(merged: SchemaObject, parts: readonly { schema: Schema; pointer: string }[]): SchemaObject {
    if (parts.length === 0) return merged;
    const joined: SchemaObject = parts.length === 1 ? parts[0]!.schema : { allOf: parts.map((part) => part.schema) };
    if (parts.length > 1) this.host.adopt(joined, parts[0]!.schema);
    const out = this.joinedToBothBranches(merged, joined);
    this.host.adopt(out, merged);
    return out;
  }

  /** A copy of `conditional` with `part` joined to its `then` and its `else`: exactly one applies, so the rules are the same. */
  private joinedToBothBranches(conditional: SchemaObject, part: SchemaObject): SchemaObject {
    const out: SchemaObject = { ...conditional };
    for (const branch of ["then", "else"] as const) {
      const written = out[branch];
      const both: SchemaObject = written === undefined ? part : { allOf: [written, part] };
      this.host.adopt(both, typeof written === "object" ? written : part);
      out[branch] = both;
    }
    return out;
  }

  /**
   * The rules of the schema `ref` names, into `parts` (its leftovers and definition too); false when
   * it accepts nothing. A target that is itself only a reference (`{"$ref": …}` and documentation)
   * is followed to what it names: merged as it stands, its `$ref` would be one more keyword beside
   * the others, and the rules it names would be lost.
   */
  private mergeTarget(item: Extract<Item, { kind: "ref" }>, parts: { schema: Schema; pointer: string }[], leftovers: { schema: Schema; pointer: string }[], bases: string[]): boolean {
    const { dialect } = this.host;
    const resolution = this.host.resolveRef(item.ref, item.holder, item.pointer);
    if (resolution.kind === "remote") {
      this.host.fallback(item.pointer, "remote-ref", remoteReason(resolution.url));
      return true;
    }
    if (resolution.schema === false) return false;
    if (typeof resolution.schema !== "object" || resolution.schema === null || Array.isArray(resolution.schema)) return true;
    // (One that evaluates every property or item, such as `{additionalProperties: true}`, still counts
    // for `unevaluated*` beside the ref: dropVacuousUnevaluated.)
    if (acceptsEverything(resolution.schema, dialect) && !UNEVALUATED_KEYWORDS.some((keyword) => evaluatesEvery(resolution.schema as Schema, keyword, dialect))) return true;
    if (this.inProgress.has(resolution.pointer)) {
      throw new CodegenError(item.pointer, `${item.ref} is part of itself (through allOf or $ref with siblings), so it describes no value`);
    }
    this.inProgress.add(resolution.pointer);
    try {
      const target = this.normalize(resolution.schema, resolution.pointer);
      if (target.schema === false) return false;
      // A definition of other types besides objects (`type: ["object", "boolean"]`, the draft-07
      // meta-schema's) is a union, never a base the object adopts. Counted, it made the object's
      // shape another than the definition's own object part, so a `$ref` to it split by type was a
      // second type of the same properties (found by a sweep of AsyncAPI, whose schema object is one).
      if (resolution.definition !== undefined && !namesOtherTypes(target.schema)) bases.push(resolution.definition);
      const next = refOf(target.schema, this.host.dialect);
      if (next !== undefined && isPureRef(target.schema, dialect)) {
        return this.mergeTarget({ kind: "ref", ref: next, holder: target.schema, pointer: childPointer(resolution.pointer, refKeywordOf(target.schema, dialect)!) }, parts, leftovers, bases);
      }
      // The target's documentation describes the target, not this schema: only its rules are merged.
      const rules = validationOnly(target.schema, dialect);
      this.host.adopt(rules, target.schema);
      parts.push({ schema: rules, pointer: resolution.pointer });
      leftovers.push(...target.leftovers);
      return true;
    } finally {
      this.inProgress.delete(resolution.pointer);
    }
  }

  /**
   * Whether an allOf part's `unevaluatedProperties` / `unevaluatedItems` judge what its own `allOf` or
   * `$ref` evaluate: `allOf: [{allOf: [{$ref: Q}], unevaluatedProperties: false}, {required: [k]}]`
   * lets Q's properties through that part. Flattened into the parts around it, the part's own
   * keywords were reduced alone (`additionalProperties: false`) and closed Q's properties too: Dash
   * Platform's document meta-schema refused every document property of type "object".
   */
  private closesOverOwnApplicators(part: JsonValue): boolean {
    if (typeof part !== "object" || part === null || Array.isArray(part) || !dialectAtLeast(this.host.dialect, "2019-09")) return false;
    if (!UNEVALUATED_KEYWORDS.some((keyword) => keyword in part)) return false;
    return Array.isArray(part.allOf) || refOf(part, this.host.dialect) !== undefined;
  }

  /** A part kept whole (closesOverOwnApplicators), normalized on its own into `parts`; false when it accepts nothing. */
  private mergeClosed(item: Extract<Item, { kind: "closed" }>, parts: { schema: Schema; pointer: string }[], leftovers: { schema: Schema; pointer: string }[], bases: string[]): boolean {
    const whole = this.normalize(item.schema, item.pointer);
    if (whole.schema === false) return false;
    const rules = validationOnly(whole.schema, this.host.dialect);
    this.host.adopt(rules, whole.schema);
    parts.push({ schema: rules, pointer: item.pointer });
    leftovers.push(...whole.leftovers);
    bases.push(...whole.bases);
    return true;
  }

  /**
   * What is known of the keys of every value of `schema`: those its parts (`parts`, the schema itself
   * when it has none) require, and the sets of keys the other variants of a `oneOf` it was distributed
   * into require (keysNeverAllPresent).
   */
  private knownKeys(schema: Schema, parts: readonly Schema[]): KnownKeys {
    return { present: parts.flatMap((part) => requiredList(part.required)), neverAllPresent: this.keysNeverAllPresent.get(schema) ?? NONE };
  }

  /**
   * Says that no value of `schema` (a `oneOf` variant with what is written beside the union) has all
   * of any of `keySets`: the union's other variants require them, and a value of one variant fails the others.
   */
  noteKeysNeverAllPresent(schema: Schema, keySets: readonly (readonly string[])[]): void {
    if (keySets.length > 0) this.keysNeverAllPresent.set(schema, keySets);
  }

  /**
   * Which branch of `schema`'s conditional every value takes, when its `if` only asks which keys an
   * object has (presenceVerdict) and `known` answers it: `then` where every value passes the `if`
   * (it asks for keys the object requires), `else` where every value fails it (it asks for keys a
   * `oneOf`'s other variant requires). (An `if` asking only for keys evaluates none, so the same
   * holds beside `unevaluated*`.)
   */
  private settledPresenceTest(schema: Schema, known: KnownKeys): "then" | "else" | undefined {
    const validating = validationKeywordsOf(this.host.dialect);
    if (!("if" in schema) || !validating.has("if")) return undefined;
    const verdict = presenceVerdict(schema.if, known, validating);
    return verdict === undefined ? undefined : verdict ? "then" : "else";
  }

  /**
   * A conditional among the parts whose `if` every value passes or every value fails (settledPresenceTest)
   * is the branch they take, a part like the others: the branches of Arazzo's step (`if: {required:
   * [workflowId]}`) and of a `oneOf` variant that requires the key the `if` asks for typed the step's
   * keys only as rules the decoder does not check, and the variant requiring another key was split
   * into a case where the key is there, which no value reaches. False where the branch admits nothing.
   */
  private settlePresenceTests(items: Item[], known: KnownKeys): boolean {
    let satisfiable = true;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      const taken = item.kind === "schema" ? this.settledPresenceTest(item.schema, known) : undefined;
      if (item.kind !== "schema" || taken === undefined) continue;
      const { if: _settled, then: whenTrue, else: whenFalse, ...rest } = item.schema;
      this.host.adopt(rest, item.schema);
      const branch: Item[] = [];
      const branchSchema = taken === "then" ? whenTrue : whenFalse;
      if (branchSchema !== undefined) satisfiable = this.collect(branchSchema, this.host.pointerOf(branchSchema, `${item.pointer}/${taken}`), branch) && satisfiable;
      // Before the schema's own keywords, which stay the last part (its `unevaluated*`); the branch's
      // own conditionals are asked next (two conditionals beside a oneOf are read as one nested in the other).
      items.splice(index, 1, ...branch, { ...item, schema: rest });
      index -= 1;
    }
    return satisfiable;
  }

  /**
   * The parts another part implies (impliedParts) go: a reference, or an `anyOf` alone (whose
   * documentation stays); not in a document that reads evaluation.
   */
  private dropImpliedParts(items: Item[]): void {
    const { dialect } = this.host;
    // Beside `unevaluated*` a dropped part's evaluation would be lost too: an anyOf's other matching
    // variants evaluate keys the narrower part does not.
    if (this.host.readsEvaluation) return;
    const droppable = (item: Item) => item.kind === "ref" || (item.kind === "schema" && isUnionAlone(dialect, item.schema));
    if (items.filter((item) => item.kind !== "schema" || Object.keys(item.schema).length > 0).length < 2 || !items.some(droppable)) return;
    const parts = items.map((item) => (item.kind === "ref" ? this.resolvedRef(item) : item.schema));
    const implied = impliedParts(this.subsumption, parts, (index) => droppable(items[index]!));
    if (implied.size === 0) return;
    const kept: Item[] = [];
    items.forEach((item, index) => {
      if (!implied.has(index)) kept.push(item);
      else if (item.kind === "schema") {
        const { anyOf: _implied, ...documentation } = item.schema;
        this.host.adopt(documentation, item.schema);
        kept.push({ kind: "schema", schema: documentation, pointer: item.pointer });
      }
    });
    items.splice(0, items.length, ...kept);
  }

  /** What a reference item names, followed; undefined when it does not resolve to a schema here. */
  private resolvedRef(item: Extract<Item, { kind: "ref" }>): JsonValue | undefined {
    try {
      const resolution = this.host.resolveRef(item.ref, item.holder, item.pointer);
      return resolution.kind === "schema" ? this.followRefs(resolution.schema) : undefined;
    } catch {
      return undefined;
    }
  }

  /** What subsumes reads schemas with: made when first needed (few schemas hold an `anyOf` beside another part). */
  private subsumptionHost?: SubsumptionHost;

  private get subsumption(): SubsumptionHost {
    return (this.subsumptionHost ??= this.makeSubsumptionHost());
  }

  private makeSubsumptionHost(): SubsumptionHost {
    const isRule = (keyword: string) => isValidationKeyword(keyword, this.host.dialect);
    return {
      dialect: this.host.dialect,
      // Spelled from the run's short keys, each object's once: a schema's rules spelled out whole
      // (frozenStableKey of a copy, remembered for no object) were most of what subsumes cost.
      rulesKey: (schema) => this.host.keys.ofKept(schema, isRule),
      followRefs: this.followRefs,
      refTarget: (schema) => {
        const ref = refOf(schema, this.host.dialect);
        return ref === undefined ? undefined : this.resolvedRef({ kind: "ref", ref, holder: schema, pointer: this.host.pointerOf(schema, "") });
      },
    };
  }

  /**
   * What `schema` refers to, when it is only a reference (annotations aside), followed through
   * references of references; `schema` itself otherwise, and where a reference is remote, fails to
   * resolve or comes back to one already followed.
   */
  private readonly followRefs = (schema: JsonValue | undefined): JsonValue | undefined => {
    const { dialect } = this.host;
    let current = schema;
    const seen = new Set<JsonValue>();
    while (typeof current === "object" && current !== null && !Array.isArray(current) && isPureRef(current, dialect) && !seen.has(current)) {
      seen.add(current);
      let resolution: RefResolution;
      try {
        resolution = this.host.resolveRef(refOf(current, dialect)!, current, this.host.pointerOf(current, ""));
      } catch {
        return current;
      }
      if (resolution.kind !== "schema") return current;
      current = resolution.schema;
    }
    return current;
  };

  /**
   * True when `part` adds no rule to what the one `$ref` among `items` names, by that target's own
   * `type`: it restates the type (`{"type": "object", "$ref": "#"}` where the root is an object), or
   * excludes only types the target never has (OSCAL's `allOf: [{$ref: responsible-party}, {not:
   * {type: "string"}}]`, the party an object). The schema stays a reference to the named type.
   * Merged instead, it made a copy of the target (OSCAL's MetadataResponsiblePartiesValue, a second
   * ResponsibleParty that named the first's own inline types after itself), and where the target
   * refers to itself that way (renovate.json's `"$ref": "#"` beside `"type": "object"` in two dozen
   * properties), a copy of the copy at every level of the recursion. Only the target's own `type` is
   * read: a target that states its type through `allOf` or a union is merged as before. Keywords
   * about values of a type the part's `type` excludes (`items` beside `"type": "object"`, as
   * renovate.json has it) never apply, so they add no rule either.
   */
  private impliedByRefType(part: Schema, items: readonly Item[]): boolean {
    const { dialect } = this.host;
    const partTypes = declaredTypes(part);
    const appliesToPartType = (keyword: string) => {
      const family = keywordFamily(keyword);
      return family === undefined || partTypes === undefined || partTypes.some((type) => familyOf(type) === family);
    };
    const rules = Object.keys(part).filter((keyword) => isValidationKeyword(keyword, dialect) && appliesToPartType(keyword));
    if (rules.length === 0 || rules.some((keyword) => keyword !== "type" && keyword !== "not")) return false;
    const targetTypes = this.refTargetTypes(items);
    if (targetTypes === undefined) return false;
    // An integer is a number: `"type": "number"` beside an integer target restates it too.
    if (partTypes !== undefined && !targetTypes.every((type) => partTypes.includes(type) || (type === "integer" && partTypes.includes("number")))) return false;
    return !("not" in part) || this.excludesOnlyOtherTypes(part.not!, targetTypes);
  }

  /**
   * Whether a part only restates keys the one `$ref` among `items` declares, as narrowly
   * (restatesDeclaredKeys): then the ref and its documentation are the whole schema, a reference
   * that keeps the name of what it names. Counted as a rule, Renovate's `major` (the whole config by
   * `$ref: "#"`, and 150 of its properties again) was a copy of the config's 412 properties, one of
   * 10 such types.
   */
  private restatedByRef(part: Schema, items: readonly Item[]): boolean {
    if (!isSchemaObject(part.properties)) return false;
    const refs = items.filter((item) => item.kind === "ref");
    return refs.length === 1 && restatesDeclaredKeys(this.subsumption, part, this.resolvedRef(refs[0]!));
  }

  /** The types the one `$ref` among `items` names by its own `type`, if there is one such ref and it names some. */
  private refTargetTypes(items: readonly Item[]): JsonType[] | undefined {
    const refs = items.filter((item) => item.kind === "ref");
    if (refs.length !== 1) return undefined;
    const resolution = this.host.resolveRef(refs[0]!.ref, refs[0]!.holder, refs[0]!.pointer);
    if (resolution.kind !== "schema" || typeof resolution.schema !== "object" || resolution.schema === null || Array.isArray(resolution.schema)) return undefined;
    const targetTypes = declaredTypes(resolution.schema);
    return targetTypes === undefined || targetTypes.length === 0 ? undefined : targetTypes;
  }

  /** Whether `excluded` (a `not`'s schema) is only a `type` that none of `types` meets: then no value of those types fails the `not`. */
  private excludesOnlyOtherTypes(excluded: JsonValue, types: readonly JsonType[]): boolean {
    if (typeof excluded !== "object" || excluded === null || Array.isArray(excluded)) return false;
    const rules = Object.keys(excluded).filter((keyword) => isValidationKeyword(keyword, this.host.dialect));
    const excludedTypes = declaredTypes(excluded);
    if (rules.length !== 1 || excludedTypes === undefined) return false;
    const meets = (type: JsonType, other: JsonType) => type === other || (type === "integer" && other === "number") || (type === "number" && other === "integer");
    return types.every((type) => !excludedTypes.some((other) => meets(type, other)));
  }

  /** Flattens `schema` into items (refs, allOf parts, own keywords, in that order); false when a part is `false`. */
  private collect(schema: JsonValue, pointer: string, items: Item[]): boolean {
    if (schema === true) return true;
    if (schema === false) return false;
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) throw new CodegenError(pointer, "expected a schema (an object or a boolean)");
    const own = ownEntriesWhere(schema, (keyword) => keyword !== "allOf" && !REFERENCE_KEYWORDS.includes(keyword) && keyword !== REMOTE_REF_KEYWORD && keyword !== DYNAMIC_SCOPE_REF_KEYWORD);
    let satisfiable = true;
    const remote = schema[REMOTE_REF_KEYWORD];
    if (typeof remote === "string") this.host.fallback(pointer, "remote-ref", remoteReason(remote));
    const dynamic = schema[DYNAMIC_SCOPE_REF_KEYWORD];
    if (typeof dynamic === "string") {
      // The input writes it for a 2019-09 `$recursiveRef` or a 2020-12 `$dynamicRef`, as the dialect has it.
      const keyword = this.host.dialect === "2019-09" ? "$recursiveRef" : "$dynamicRef";
      this.host.fallback(childPointer(pointer, keyword), "dynamic-scope", dynamicScopeReason(keyword, dynamic));
    }
    const ref = refOf(schema, this.host.dialect);
    if (ref !== undefined) items.push({ kind: "ref", ref, holder: schema, pointer: childPointer(pointer, refKeywordOf(schema, this.host.dialect)!) });
    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((part, index) => {
        const partPointer = this.host.pointerOf(part, `${pointer}/allOf/${index}`);
        if (this.closesOverOwnApplicators(part)) items.push({ kind: "closed", schema: part as Schema, pointer: partPointer });
        else satisfiable = this.collect(part, partPointer, items) && satisfiable;
      });
    }
    this.host.adopt(own, schema);
    // Each part's `not` of keys read before the parts merge (withForbiddenKeysDeclared): read after, the
    // first part's `not` took the merged schema's one place for it and the others stayed rules beside
    // the object (OpenAPI 3.0's "no style, explode, allowReserved, example or examples beside content",
    // five parts: one key absent, four rules the generator almost never met; sweep AX).
    items.push({ kind: "schema", schema: withForbiddenKeysDeclared(own, this.host.adopt, this.conditionalTests), pointer });
    return satisfiable;
  }

  /**
   * The schema's own `unevaluatedProperties` / `unevaluatedItems` (its last part) when another part,
   * which always applies (an allOf part, a `$ref`'s target), evaluates every property or item of a
   * value it accepts: nothing is left for them to judge, and merged they would close what that part
   * opened (`allOf: [{additionalProperties: true}]` beside `unevaluatedProperties: false`).
   */
  private dropVacuousUnevaluated(parts: { schema: Schema; pointer: string }[]): void {
    const own = parts[parts.length - 1];
    if (own === undefined || !dialectAtLeast(this.host.dialect, "2019-09")) return;
    const others = parts.slice(0, -1).map((part) => part.schema);
    const vacuous = UNEVALUATED_KEYWORDS.filter((keyword) => keyword in own.schema && others.some((part) => evaluatesEvery(part, keyword, this.host.dialect)));
    if (vacuous.length === 0) return;
    const kept = Object.fromEntries(Object.entries(own.schema).filter(([keyword]) => !vacuous.includes(keyword as UnevaluatedKeyword)));
    this.host.adopt(kept, own.schema);
    parts[parts.length - 1] = { ...own, schema: kept };
  }

  /**
   * A schema's `dependentSchemas` as the conditional it is, for splitConditional: its first entry is
   * the `if` (the key is present) with that entry's `then`, unless the schema has an `if` of its own;
   * the entries left go into both branches, since exactly one branch applies and evaluates for the
   * schema, as `dependentSchemas` beside it would (`required` evaluates nothing). Empty, it is dropped.
   */
  private dependentAsConditional(schema: Schema, dependent: SchemaObject): Schema {
    const { dependentSchemas, ...rest } = schema;
    const [first, ...others] = Object.keys(dependent);
    if (first === undefined) {
      this.host.adopt(rest, schema);
      return rest;
    }
    let out: SchemaObject = { ...rest };
    let left = dependent;
    if (!("if" in schema)) {
      // The key's presence is a test of the schema writing it: the file has no place of its own for it (nor the case of its absence).
      out.if = this.holdsKey(first, schema);
      out.then = dependent[first]!;
      left = Object.fromEntries(others.map((key) => [key, dependent[key]!]));
    }
    if (Object.keys(left).length > 0) {
      const remaining: SchemaObject = { dependentSchemas: left };
      this.host.adopt(remaining, schema);
      out = this.joinedToBothBranches(out, remaining);
    }
    this.host.adopt(out, schema);
    return out;
  }

  /**
   * An object holding `key`: `required` alone passes every value of another type, which
   * dependentSchemas leaves alone (a case conditioned on it must not judge `true`).
   */
  private holdsKey(key: string, origin: JsonValue): SchemaObject {
    const condition: SchemaObject = { type: "object", required: [key] };
    this.host.adopt(condition, origin);
    return condition;
  }

  /**
   * A `contains` (with its counts) beside the cases a split makes: a rule on the whole value, so it
   * joins every case (as an allOf part), where what it evaluates is seen with the case's own; beside
   * the union it evaluated for none of them. So does another part's (containsElsewhere), which stays
   * an assertion beside too: checked twice, the same rule.
   */
  private takeContains(schema: SchemaObject, origin: Schema): { rest: SchemaObject; contains: SchemaObject[] } {
    if (!("contains" in schema)) return { rest: schema, contains: [] };
    const { contains, minContains, maxContains, ...rest } = schema;
    const group: SchemaObject = { contains: contains!, ...(minContains !== undefined ? { minContains } : {}), ...(maxContains !== undefined ? { maxContains } : {}) };
    this.host.adopt(group, origin);
    return { rest, contains: [group] };
  }

  /**
   * `if`/`then`/`else` beside `unevaluated*`: what is evaluated depends on the branch (a passing `if`
   * evaluates too, a failing one does not), so the schema is the `oneOf` of its two cases, `if` with
   * `then` and `not: if` with `else`, each closed over what it evaluates once the union distributes
   * the keywords beside it (translateUnion.ts). The cases exclude each other, so `oneOf` is exact.
   */
  private splitConditional(schema: Schema, containsElsewhere: readonly SchemaObject[]): Schema {
    const { if: condition, then: whenTrue, else: whenFalse, ...others } = schema;
    const { rest, contains: own } = this.takeContains(others, schema);
    const contains = [...own, ...containsElsewhere];
    if (isSchemaObject(condition)) this.conditionalTests.add(condition);
    const cases = [
      { allOf: [condition!, ...(whenTrue === undefined ? [] : [whenTrue]), ...contains] },
      { allOf: [{ not: condition! }, ...(whenFalse === undefined ? [] : [whenFalse]), ...contains] },
    ];
    // Each case is where the author wrote it: the first schema object of its branch and the `if`. A
    // branch of `true` (`else: true`) is no object, and the case had no place of the file: gen's warnings
    // named `…/oneOf/1`, which the file lacks (found by fuzz AE, seed 65004 OpenAPI 3.1 index 0, D1).
    const placeOf = (...written: (JsonValue | undefined)[]) => written.find(isSchemaObject) ?? schema;
    this.host.adopt(cases[0]!, placeOf(condition, whenTrue));
    this.host.adopt(cases[1]!, placeOf(whenFalse, condition));
    this.host.adopt(cases[1]!.allOf[0] as SchemaObject, placeOf(condition));
    const names = conditionalCaseNames(condition, validationKeywordsOf(this.host.dialect));
    if (names !== undefined) {
      this.caseNames.set(cases[0]!, names.holds);
      this.caseNames.set(cases[1]!, names.fails);
    }
    const out: SchemaObject = { ...rest, oneOf: cases };
    this.host.adopt(out, schema);
    this.splits.add(out);
    return out;
  }

  /**
   * `unevaluatedProperties` / `unevaluatedItems` where nothing but the schema's own keywords can
   * evaluate: the same as `additionalProperties` / the items after the tuple. (An allOf part is
   * reduced on its own, since its siblings do not evaluate for it; a schema with siblings is reduced
   * once they are merged into it.)
   */
  private reduceUnevaluated(schema: Schema, containsElsewhere: readonly SchemaObject[] = NONE): Schema {
    if (!dialectAtLeast(this.host.dialect, "2019-09")) return schema;
    if (!("unevaluatedProperties" in schema) && !("unevaluatedItems" in schema)) return schema;
    const dependent = schema.dependentSchemas;
    if (typeof dependent === "object" && dependent !== null && !Array.isArray(dependent) && Object.keys(dependent).length <= MOST_DEPENDENTS_AS_CASES) {
      return this.reduceUnevaluated(this.dependentAsConditional(schema, dependent), containsElsewhere);
    }
    if ("if" in schema && !["anyOf", "oneOf", "dependentSchemas", "allOf", ...REFERENCE_KEYWORDS].some((keyword) => keyword in schema)) return this.splitConditional(schema, containsElsewhere);
    if (["anyOf", "oneOf", "if", "dependentSchemas", "allOf", ...REFERENCE_KEYWORDS].some((keyword) => keyword in schema)) return schema;
    const out: SchemaObject = { ...schema };
    if ("unevaluatedProperties" in out) {
      if (!("additionalProperties" in out)) out.additionalProperties = out.unevaluatedProperties!;
      delete out.unevaluatedProperties;
    }
    // In 2020-12 the items `contains` matches are evaluated too (2019-09 says only items keywords
    // evaluate, so there a `contains` beside it changes nothing): past the tuple, an item matches
    // `contains` or passes `unevaluatedItems`.
    const evaluatingContains = this.host.dialect === "2020-12" ? [...("contains" in out ? [out.contains!] : []), ...containsElsewhere.map((group) => group.contains!)] : [];
    if ("unevaluatedItems" in out) {
      const unevaluated = out.unevaluatedItems!;
      let evaluated = unevaluated;
      const either = [...evaluatingContains, ...(unevaluated === false ? [] : [unevaluated])];
      if (evaluatingContains.length > 0 && either.length === 1) evaluated = either[0]!;
      else if (evaluatingContains.length > 0) {
        const anyOf = { anyOf: either };
        this.host.adopt(anyOf, typeof unevaluated === "object" ? unevaluated : schema);
        evaluated = anyOf;
      }
      const tuple = this.host.dialect === "2020-12" ? "prefixItems" in out : Array.isArray(out.items);
      const rest = this.host.dialect === "2020-12" ? "items" : "additionalItems";
      if (tuple) {
        if (!(rest in out)) out[rest] = evaluated;
      } else if (!("items" in out)) out.items = evaluated;
      delete out.unevaluatedItems;
    }
    this.host.adopt(out, schema);
    return out;
  }
}

/** The keywords of a conditional, which a merge splits into its cases rather than keep beside. */
const CONDITIONAL_KEYWORDS: readonly string[] = ["if", "then", "else"];

/** The most `dependentSchemas` entries beside `unevaluated*` split into the cases of their keys' presence (2^n of them; translateUnion's anyOf sets stop at 4 too). */
const MOST_DEPENDENTS_AS_CASES = 4;
type UnevaluatedKeyword = (typeof UNEVALUATED_KEYWORDS)[number];

/**
 * Whether a schema evaluates every property (or item) of a value it accepts: `additionalProperties` or
 * its own `unevaluatedProperties` (even `false`: a key it leaves unevaluated fails it); for items,
 * `unevaluatedItems` or the keyword for the items past any tuple.
 */
function evaluatesEvery(schema: Schema, keyword: UnevaluatedKeyword, dialect: Dialect): boolean {
  if (keyword === "unevaluatedProperties") return "additionalProperties" in schema || "unevaluatedProperties" in schema;
  if ("unevaluatedItems" in schema) return true;
  if (dialectAtLeast(dialect, "2020-12")) return "items" in schema;
  return Array.isArray(schema.items) ? "additionalItems" in schema : "items" in schema;
}

export function dynamicScopeReason(keyword: string, ref: string): string {
  const anchor = keyword === "$recursiveRef" ? "$recursiveAnchor" : "$dynamicAnchor";
  return `${keyword} "${ref}" resolves to a different schema on each path that reaches it (the resources declaring its ${anchor} that evaluation entered first): left untyped`;
}

export function remoteReason(url: string): string {
  // What to do about it, for a user who has the file: a sweep left CycloneDX's jsf-0.82 out and read only "remote".
  return `$ref "${url}" is remote and is not fetched (nothing is read from the network): left untyped; a file of that schema in the input's folder or the schemas' folders around it (one level up and down, short of the home, temp or root folder), its \`$id\` that URL, is read instead`;
}
