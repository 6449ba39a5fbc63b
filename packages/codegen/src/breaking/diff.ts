// The model diff: two normalized models compared definition by definition, each pair walked place by
// place. Every place where the two versions may accept different values yields a Change naming its
// rule, where it is, and the directions it may separate the versions in, with candidates for a
// witness; the witness search (witness.ts) then proves or fails to prove each direction.
//
// Completeness over precision: two places whose fingerprints differ always yield some change (at
// worst `schema-changed`), so a separation AJV could find is never left unreported. Where a
// difference can act in either direction (inside `not`, inside a oneOf whose variants may overlap,
// in the `if` of a conditional) it is reported in both, and the search settles which are real.
import type { Violation } from "@clone/conformance";
import { childPointer } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { typeNamed } from "../model/schemaModel.ts";
import type { Assertion, NamedType, Pointer, SchemaModel, TypeRef, UnionType } from "../model/types.ts";
import { leafOf, type Change, type DefinitionPair, type Leaf, type Separation } from "./changes.ts";
import { oppositeDirection, ruleById, type Direction, type RuleId, type ValueRule } from "./rules.ts";
import { compareScalars } from "./scalars.ts";
import {
  alternativesOf,
  arrayView,
  byClass,
  compareText,
  fingerprint,
  JSON_CLASSES,
  jsonClassOfValue,
  mayOverlap,
  namedTypeOf,
  objectView,
  resolveAlias,
  typeOfUndeclaredKey,
  UNKNOWN,
  type Alternative,
  type ArrayView,
  type JsonClass,
  type ObjectView,
} from "./shapes.ts";
import type { Step } from "./steps.ts";

type Polarity = "positive" | "negative" | "mixed";

interface Context {
  readonly definition: DefinitionPair;
  readonly path: readonly Step[];
  readonly pointers: { readonly old?: Pointer; readonly new?: Pointer };
  /** Negative inside `not`; mixed where a difference may act either way. */
  readonly polarity: Polarity;
  /** Inside a validation-only rule: how the rejecting version fails any witness found in it. */
  readonly violation?: Violation;
  /** A key both versions' objects hold but whose difference another change already reports (a variant's retagged tag). */
  readonly ignoreProperty?: string;
  /** Pairs of inline types already being compared (recursive types). */
  readonly comparing: ReadonlySet<string>;
}

/** How the rejecting version fails a witness found inside a validation-only rule of this kind. */
export function assertionViolation(kind: Assertion["kind"]): Violation {
  return ASSERTION_VIOLATIONS[kind];
}

/** The conformance violation (packages/conformance mutations) each kind of validation-only rule is broken by. */
const ASSERTION_VIOLATIONS: Readonly<Record<Assertion["kind"], Violation>> = {
  not: "not",
  allOf: "all-of",
  conditional: "conditional",
  contains: "contains",
  propertyNames: "property-names",
  propertyCount: "property-count",
  dependentRequired: "dependency",
  dependentSchema: "dependency",
};

const CLASS_REFS: Readonly<Record<JsonClass, TypeRef>> = {
  null: { kind: "null" },
  boolean: { kind: "boolean" },
  number: { kind: "number", constraints: {} },
  string: { kind: "string", constraints: {} },
  array: { kind: "array", items: UNKNOWN, constraints: {} },
  object: { kind: "record", values: UNKNOWN },
};

/** The reference an alternative's values are generated from: `unknown` narrowed to the alternative's class. */
function refOf(alternative: Alternative): TypeRef {
  return alternative.ref.kind === "unknown" ? CLASS_REFS[alternative.jsonClass] : alternative.ref;
}

export class ModelDiff {
  readonly changes: Change[] = [];
  /** Old definition name → new definition name, for every definition both versions have (renamed ones too). */
  private readonly newNameOf = new Map<string, string>();

  constructor(
    readonly old: SchemaModel,
    readonly current: SchemaModel,
  ) {}

  run(): Change[] {
    const oldDefinitions = definitionsOf(this.old);
    const newDefinitions = definitionsOf(this.current);
    const pairs: [NamedType, NamedType][] = [];
    for (const [name, type] of oldDefinitions) {
      const other = newDefinitions.get(name);
      if (other) {
        pairs.push([type, other]);
        this.newNameOf.set(name, name);
      }
    }
    this.pairRenamed(oldDefinitions, newDefinitions, pairs);
    for (const [name, type] of oldDefinitions) {
      if (!this.newNameOf.has(name)) this.declaration("definition-removed", { label: name, old: at(type) }, `definition ${name} removed`, { old: type.pointer });
    }
    const renamedTo = new Set(this.newNameOf.values());
    for (const [name, type] of newDefinitions) {
      if (!renamedTo.has(name)) this.declaration("definition-added", { label: name, new: at(type) }, `definition ${name} added`, { new: type.pointer });
    }
    for (const [before, after] of pairs) {
      const definition: DefinitionPair = { label: after.definitionName!, old: at(before), new: at(after) };
      this.compareRefs({ kind: "named", name: before.name }, { kind: "named", name: after.name }, this.startAt(definition), true);
    }
    this.compareRoots();
    this.compareConstants();
    return this.changes;
  }

  private startAt(definition: DefinitionPair): Context {
    return { definition, path: [], pointers: { old: definition.old?.pointer, new: definition.new?.pointer }, polarity: "positive", comparing: new Set() };
  }

  /** Definitions only one version has, with the same shape (other definitions referred to by their agreed names), are one definition renamed. */
  private pairRenamed(oldDefinitions: Map<string, NamedType>, newDefinitions: Map<string, NamedType>, pairs: [NamedType, NamedType][]): void {
    const byShape = new Map<string, NamedType[]>();
    for (const [name, type] of newDefinitions) {
      if (oldDefinitions.has(name)) continue;
      const shape = fingerprint(this.current, { kind: "named", name: type.name }, (n) => n, true);
      byShape.set(shape, [...(byShape.get(shape) ?? []), type]);
    }
    for (const [name, type] of oldDefinitions) {
      if (newDefinitions.has(name)) continue;
      const shape = fingerprint(this.old, { kind: "named", name: type.name }, (n) => this.newNameOf.get(n) ?? n, true);
      const candidates = byShape.get(shape);
      const match = candidates?.shift();
      if (!match) continue;
      pairs.push([type, match]);
      this.newNameOf.set(name, match.definitionName!);
      this.declaration("definition-renamed", { label: match.definitionName!, old: at(type), new: at(match) }, `definition ${name} renamed to ${match.definitionName}`, {
        old: type.pointer,
        new: match.pointer,
      });
    }
  }

  private compareRoots(): void {
    const [before, after] = [this.old.root, this.current.root];
    const oldType = before ? typeNamed(this.old, before.name) : undefined;
    const newType = after ? typeNamed(this.current, after.name) : undefined;
    const describe = (type: NamedType | undefined) => (type === undefined ? "none" : (type.definitionName ?? `the document's own ${type.kind}`));
    const label = this.current.name;
    if (oldType?.definitionName !== undefined && newType?.definitionName !== undefined) {
      if (this.newNameOf.get(oldType.definitionName) !== newType.definitionName) {
        this.declaration("root-changed", { label, old: at(oldType), new: at(newType) }, `top-level type ${describe(oldType)} → ${describe(newType)}`, { old: "", new: "" });
      }
      return;
    }
    if (oldType === undefined && newType === undefined) return;
    if (oldType !== undefined && newType !== undefined && oldType.definitionName === undefined && newType.definitionName === undefined) {
      const definition: DefinitionPair = { label: `${label} (document)`, old: { typeName: oldType.name, pointer: "" }, new: { typeName: newType.name, pointer: "" } };
      this.compareRefs(before!, after!, this.startAt(definition), true);
      return;
    }
    this.declaration("root-changed", { label, ...(oldType ? { old: at(oldType) } : {}), ...(newType ? { new: at(newType) } : {}) }, `top-level type ${describe(oldType)} → ${describe(newType)}`, {
      ...(oldType ? { old: "" } : {}),
      ...(newType ? { new: "" } : {}),
    });
  }

  private compareConstants(): void {
    const before = new Map(this.old.constants.map((constant) => [constant.name, constant.value]));
    const after = new Map(this.current.constants.map((constant) => [constant.name, constant.value]));
    const document: DefinitionPair = { label: this.current.name };
    const pointer = "/x-clone-constants";
    for (const [name, value] of before) {
      if (!after.has(name)) this.declaration("constant-removed", document, `constant ${name} (${JSON.stringify(value)}) removed`, { old: childPointer(pointer, name) });
      else if (after.get(name) !== value) {
        this.declaration("constant-changed", document, `constant ${name} ${JSON.stringify(value)} → ${JSON.stringify(after.get(name))}`, {
          old: childPointer(pointer, name),
          new: childPointer(pointer, name),
        });
      }
    }
    for (const [name, value] of after) {
      if (!before.has(name)) this.declaration("constant-added", document, `constant ${name} = ${JSON.stringify(value)} added`, { new: childPointer(pointer, name) });
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Emitting

  private declaration(rule: RuleId, definition: DefinitionPair, message: string, pointers: Change["pointers"], path: readonly Step[] = []): void {
    this.changes.push({ rule, definition, path, pointers, message, separations: [] });
  }

  /** A difference in accepted values, its directions turned by where it sits (inside `not`, …). */
  private emit(context: Context, rule: RuleId, message: string, separations: readonly (Omit<Separation, "violation"> & { violation?: Violation })[], extraPath: readonly Step[] = []): void {
    const valueRule = ruleById(rule) as ValueRule;
    const turned: Separation[] = [];
    for (const separation of separations) {
      const violation = context.violation ?? separation.violation ?? valueRule.violation;
      const directions: Direction[] =
        context.polarity === "positive"
          ? [separation.direction]
          : context.polarity === "negative"
            ? [oppositeDirection(separation.direction)]
            : [separation.direction, oppositeDirection(separation.direction)];
      for (const direction of directions) {
        if (!turned.some((existing) => existing.direction === direction)) turned.push({ direction, violation, leaf: separation.leaf });
      }
    }
    this.changes.push({ rule, definition: context.definition, path: [...context.path, ...extraPath], pointers: context.pointers, message, separations: turned });
  }

  // -------------------------------------------------------------------------------------------------
  // Places

  /**
   * The same definition on both sides (after renames), other than the one being compared: it is
   * compared on its own, not again where it is used.
   */
  private comparedElsewhere(before: TypeRef, after: TypeRef, context: Context): boolean {
    if (before.kind !== "named" || after.kind !== "named") return false;
    if (before.name === context.definition.old?.typeName && after.name === context.definition.new?.typeName) return false;
    const oldName = typeNamed(this.old, before.name).definitionName;
    const newName = typeNamed(this.current, after.name).definitionName;
    return oldName !== undefined && newName !== undefined && this.newNameOf.get(oldName) === newName;
  }

  private fingerprints(before: TypeRef, after: TypeRef, expand: boolean): [string, string] {
    return [fingerprint(this.old, before, (name) => this.newNameOf.get(name) ?? `old:${name}`, expand), fingerprint(this.current, after, (name) => name, expand)];
  }

  compareRefs(before: TypeRef, after: TypeRef, context: Context, atDefinition = false): void {
    if (this.comparedElsewhere(before, after, context)) return;
    const [oldPrint, newPrint] = this.fingerprints(before, after, atDefinition);
    if (oldPrint === newPrint) return;
    const oldResolved = resolveAlias(this.old, before);
    const newResolved = resolveAlias(this.current, after);
    if (this.comparedElsewhere(oldResolved, newResolved, context)) return;
    const key = `${oldResolved.kind === "named" ? oldResolved.name : oldPrint}|${newResolved.kind === "named" ? newResolved.name : newPrint}`;
    if (context.comparing.has(key)) return;
    const inner: Context = { ...context, comparing: new Set(context.comparing).add(key), pointers: this.pointersOf(oldResolved, newResolved, context) };

    this.compareUnionRules(oldResolved, newResolved, inner);
    if (oldResolved.kind === "constrained" || newResolved.kind === "constrained") {
      this.compareAssertions(oldResolved.kind === "constrained" ? oldResolved.assertions : [], newResolved.kind === "constrained" ? newResolved.assertions : [], inner);
      const strip = (ref: TypeRef) => (ref.kind === "constrained" ? ref.type : ref);
      return this.compareRefs(strip(oldResolved), strip(newResolved), { ...inner, comparing: context.comparing });
    }

    const oldByClass = byClass(alternativesOf(this.old, oldResolved));
    const newByClass = byClass(alternativesOf(this.current, newResolved));
    const added = JSON_CLASSES.filter((jsonClass) => newByClass.has(jsonClass) && !oldByClass.has(jsonClass));
    const removed = JSON_CLASSES.filter((jsonClass) => oldByClass.has(jsonClass) && !newByClass.has(jsonClass));
    const leafFor = (version: "old" | "new", classes: readonly JsonClass[]) =>
      leafOf.instances(version, ...classes.flatMap((jsonClass) => ((version === "old" ? oldByClass : newByClass).get(jsonClass) ?? []).map(refOf)));
    if (added.includes("null")) this.emit(inner, "nullable-added", "null accepted", [{ direction: "new-accepts", leaf: leafOf.values(null) }]);
    if (removed.includes("null")) this.emit(inner, "nullable-removed", "null no longer accepted", [{ direction: "old-accepts", leaf: leafOf.values(null) }]);
    const addedTypes = added.filter((jsonClass) => jsonClass !== "null");
    const removedTypes = removed.filter((jsonClass) => jsonClass !== "null");
    if (addedTypes.length > 0) this.emit(inner, "type-added", `${addedTypes.join(", ")} accepted`, [{ direction: "new-accepts", leaf: leafFor("new", addedTypes) }]);
    if (removedTypes.length > 0) this.emit(inner, "type-removed", `${removedTypes.join(", ")} no longer accepted`, [{ direction: "old-accepts", leaf: leafFor("old", removedTypes) }]);
    for (const jsonClass of JSON_CLASSES) {
      const oldAlternatives = oldByClass.get(jsonClass);
      const newAlternatives = newByClass.get(jsonClass);
      if (oldAlternatives && newAlternatives) this.compareClass(jsonClass, oldAlternatives, newAlternatives, inner);
    }
  }

  private pointersOf(before: TypeRef, after: TypeRef, context: Context): Context["pointers"] {
    const oldType = namedTypeOf(this.old, before);
    const newType = namedTypeOf(this.current, after);
    return { old: oldType?.pointer ?? context.pointers.old, new: newType?.pointer ?? context.pointers.new };
  }

  /** How decoders tell variants apart, and oneOf against anyOf where variants may overlap. */
  private compareUnionRules(before: TypeRef, after: TypeRef, context: Context): void {
    const oldUnion = namedTypeOf(this.old, before);
    const newUnion = namedTypeOf(this.current, after);
    if (oldUnion?.kind !== "union" || newUnion?.kind !== "union") return;
    const describe = (union: UnionType) => (union.rule === "tag" ? `tag "${union.property}"` : union.rule);
    if (describe(oldUnion) !== describe(newUnion)) {
      this.declaration("union-rule-changed", context.definition, `variants told apart by ${describe(oldUnion)} → ${describe(newUnion)}`, context.pointers, context.path);
    }
    if (oldUnion.keyword !== newUnion.keyword && (mayOverlap(oldUnion) || mayOverlap(newUnion))) {
      this.emit(context, "union-keyword-changed", `${oldUnion.keyword} → ${newUnion.keyword}`, [
        { direction: "new-accepts", leaf: leafOf.instances("new", after) },
        { direction: "old-accepts", leaf: leafOf.instances("old", before) },
      ]);
    }
  }

  private compareClass(jsonClass: JsonClass, before: readonly Alternative[], after: readonly Alternative[], context: Context): void {
    const overlapping = before.some((alternative) => alternative.overlapping) || after.some((alternative) => alternative.overlapping);
    const here: Context = overlapping ? { ...context, polarity: "mixed" } : context;
    if (jsonClass === "object") return this.compareObjectAlternatives(before, after, here);
    if (before.length === 1 && after.length === 1) this.compareAssertions(before[0]!.assertions, after[0]!.assertions, here);
    else if (before.some((alternative) => alternative.assertions.length > 0) || after.some((alternative) => alternative.assertions.length > 0)) {
      this.compareAlternativesWhole(before, after, here, "validation-only rules on several alternatives");
    }
    if (jsonClass === "array") return this.compareArrayAlternatives(before, after, here);
    for (const difference of compareScalars(jsonClass, this.old, before, this.current, after)) {
      this.emit(here, difference.rule, difference.message, difference.separations.map((separation) => ({ ...separation, ...(difference.violation ? { violation: difference.violation } : {}) })));
    }
  }

  /** Alternatives too tangled to pair: one catch-all change, both directions left to the search. */
  private compareAlternativesWhole(before: readonly Alternative[], after: readonly Alternative[], context: Context, why: string): void {
    const [oldPrints, newPrints] = [before.map((alternative) => this.fingerprints(alternative.ref, alternative.ref, false)[0]), after.map((alternative) => this.fingerprints(alternative.ref, alternative.ref, false)[1])];
    if (stableKey(oldPrints.sort()) === stableKey(newPrints.sort()) && why === "") return;
    this.emit(context, "schema-changed", why, [
      { direction: "new-accepts", leaf: leafOf.instances("new", ...after.map(refOf)) },
      { direction: "old-accepts", leaf: leafOf.instances("old", ...before.map(refOf)) },
    ]);
  }

  private compareArrayAlternatives(before: readonly Alternative[], after: readonly Alternative[], context: Context): void {
    const literal = (alternatives: readonly Alternative[]) => alternatives.filter((alternative) => alternative.ref.kind === "literal");
    if (literal(before).length > 0 || literal(after).length > 0 || before.length !== 1 || after.length !== 1) {
      const [oldPrints, newPrints] = [before.map((a) => this.fingerprints(a.ref, a.ref, false)[0]).sort(), after.map((a) => this.fingerprints(a.ref, a.ref, false)[1]).sort()];
      if (stableKey(oldPrints) !== stableKey(newPrints)) this.compareAlternativesWhole(before, after, context, "array shapes differ");
      return;
    }
    const oldView = arrayView(before[0]!.ref);
    const newView = arrayView(after[0]!.ref);
    if (!oldView || !newView) throw new Error(`compareArrayAlternatives: no array view of ${before[0]!.ref.kind} / ${after[0]!.ref.kind}`);
    this.compareArrays(oldView, newView, context);
  }

  private compareArrays(before: ArrayView, after: ArrayView, context: Context): void {
    const positions = Math.max(before.prefixItems.length, after.prefixItems.length);
    for (let index = 0; index <= positions; index++) {
      const atRest = index === positions;
      const oldType = atRest ? before.rest : (before.prefixItems[index] ?? before.rest);
      const newType = atRest ? after.rest : (after.prefixItems[index] ?? after.rest);
      const step: Step = atRest && positions === 0 ? { kind: "item" } : { kind: "index", index };
      if (oldType === undefined && newType === undefined) continue;
      if (oldType === undefined) {
        this.emit(context, "tuple-items-added", `items accepted from position ${index}`, [{ direction: "new-accepts", leaf: leafOf.instances("new", newType!) }], [step]);
      } else if (newType === undefined) {
        this.emit(context, "tuple-items-removed", `no items accepted from position ${index}`, [{ direction: "old-accepts", leaf: leafOf.instances("old", oldType) }], [step]);
      } else this.compareRefs(oldType, newType, { ...context, path: [...context.path, step] });
    }
    const o = before.constraints;
    const n = after.constraints;
    const [oMin, nMin] = [o.minItems ?? 0, n.minItems ?? 0];
    const length = (count: number): Leaf => ({ kind: "length", length: count });
    if (nMin < oMin) this.emit(context, "array-length-loosened", `minItems ${oMin} → ${nMin}`, [{ direction: "new-accepts", leaf: leafOf.any(length(nMin), length(oMin - 1)) }]);
    if (nMin > oMin) this.emit(context, "array-length-tightened", `minItems ${oMin} → ${nMin}`, [{ direction: "old-accepts", leaf: leafOf.any(length(oMin), length(nMin - 1)) }]);
    const [oMax, nMax] = [o.maxItems ?? Infinity, n.maxItems ?? Infinity];
    const bound = (max: number) => (max === Infinity ? "none" : String(max));
    if (nMax > oMax) this.emit(context, "array-length-loosened", `maxItems ${bound(oMax)} → ${bound(nMax)}`, [{ direction: "new-accepts", leaf: length(oMax + 1) }]);
    if (nMax < oMax) this.emit(context, "array-length-tightened", `maxItems ${bound(oMax)} → ${bound(nMax)}`, [{ direction: "old-accepts", leaf: length(nMax + 1) }]);
    if (!o.uniqueItems && n.uniqueItems) this.emit(context, "unique-items-added", "items must be distinct", [{ direction: "old-accepts", leaf: { kind: "duplicate" } }]);
    if (o.uniqueItems && !n.uniqueItems) this.emit(context, "unique-items-removed", "items may repeat", [{ direction: "new-accepts", leaf: { kind: "duplicate" } }]);
  }

  // -------------------------------------------------------------------------------------------------
  // Objects and the unions of them

  private compareObjectAlternatives(before: readonly Alternative[], after: readonly Alternative[], context: Context): void {
    const { pairs, added, removed, retagged, tagProperty } = this.pairObjects(before, after);
    const oldTagged = before.every((alternative) => alternative.variant?.union.rule === "tag");
    const newTagged = after.every((alternative) => alternative.variant?.union.rule === "tag");
    for (const alternative of added) {
      this.emit(context, "variant-added", `variant ${this.labelOf(alternative, tagProperty)} added`, [
        { direction: "new-accepts", leaf: leafOf.instances("new", refOf(alternative)), violation: oldTagged ? "unknown-tag" : "wrong-type" },
      ]);
    }
    for (const alternative of removed) {
      this.emit(context, "variant-removed", `variant ${this.labelOf(alternative, tagProperty)} removed`, [
        { direction: "old-accepts", leaf: leafOf.instances("old", refOf(alternative)), violation: newTagged ? "unknown-tag" : "wrong-type" },
      ]);
    }
    for (const [oldAlternative, newAlternative] of retagged) {
      this.emit(context, "variant-tag-changed", `variant ${this.labelOf(oldAlternative, tagProperty)} is now ${this.labelOf(newAlternative, tagProperty)}`, [
        { direction: "new-accepts", leaf: leafOf.instances("new", refOf(newAlternative)) },
        { direction: "old-accepts", leaf: leafOf.instances("old", refOf(oldAlternative)) },
      ]);
    }
    for (const [oldAlternative, newAlternative, ignore] of [...pairs.map(([o, n]) => [o, n, undefined] as const), ...retagged.map(([o, n]) => [o, n, tagProperty] as const)]) {
      const hops = oldAlternative.via.length > 0 || newAlternative.via.length > 0;
      const step: Step[] = hops ? [{ kind: "variant", old: oldAlternative.via, new: newAlternative.via, label: this.labelOf(newAlternative, tagProperty) }] : [];
      const paired: Context = { ...context, path: [...context.path, ...step], ...(ignore !== undefined ? { ignoreProperty: ignore } : {}) };
      this.compareAssertions(oldAlternative.assertions, newAlternative.assertions, paired);
      if (this.comparedElsewhere(oldAlternative.ref, newAlternative.ref, context)) continue;
      const oldView = objectView(this.old, oldAlternative.ref);
      const newView = objectView(this.current, newAlternative.ref);
      if (!oldView || !newView) {
        this.compareAlternativesWhole([oldAlternative], [newAlternative], paired, "object shapes differ");
        continue;
      }
      // Recursion through these objects comes back through compareRefs, which remembers the pair.
      this.compareObjects(oldView, newView, { ...paired, pointers: { old: oldView.pointer ?? context.pointers.old, new: newView.pointer ?? context.pointers.new } });
    }
  }

  /** A variant's name in reports: its tag value when it has one, else its name. */
  private labelOf(alternative: Alternative, tagProperty: string | undefined): string {
    const tag = alternative.variant?.tag ?? (tagProperty === undefined ? undefined : this.tagValueOf(alternative, tagProperty));
    if (tag !== undefined) return JSON.stringify(tag);
    return alternative.variant?.name ?? (alternative.ref.kind === "named" ? alternative.ref.name : alternative.ref.kind);
  }

  private modelOf(alternative: Alternative, side: "old" | "new"): SchemaModel {
    return side === "old" ? this.old : this.current;
  }

  /** The constant a required key holds in this object alternative, if it holds one. */
  private tagValueOf(alternative: Alternative, property: string, side: "old" | "new" = "new"): JsonValue | undefined {
    if (alternative.variant?.union.rule === "tag" && alternative.variant.union.property === property) return alternative.variant.tag;
    const model = this.modelOf(alternative, side);
    const view = objectView(model, alternative.ref);
    const declared = view?.properties.find((candidate) => candidate.name === property && candidate.required);
    if (!declared) return undefined;
    const type = resolveAlias(model, declared.type);
    return type.kind === "literal" ? type.value : undefined;
  }

  /**
   * Which object alternatives of the two versions are the same variant: by tag value when both sides
   * are told apart by the same property, else by name, else the only one left on each side, else by
   * the keys they declare.
   */
  private pairObjects(before: readonly Alternative[], after: readonly Alternative[]) {
    const pairs: [Alternative, Alternative][] = [];
    const retagged: [Alternative, Alternative][] = [];
    let oldLeft = [...before];
    let newLeft = [...after];
    const take = (oldAlternative: Alternative, newAlternative: Alternative, into: [Alternative, Alternative][]) => {
      into.push([oldAlternative, newAlternative]);
      oldLeft = oldLeft.filter((candidate) => candidate !== oldAlternative);
      newLeft = newLeft.filter((candidate) => candidate !== newAlternative);
    };
    const tagProperty = tagPropertyOf(before) ?? tagPropertyOf(after);
    const tagged =
      tagProperty !== undefined &&
      before.every((alternative) => this.tagValueOf(alternative, tagProperty, "old") !== undefined) &&
      after.every((alternative) => this.tagValueOf(alternative, tagProperty, "new") !== undefined);
    if (tagged) {
      for (const oldAlternative of before) {
        const tag = stableKey(this.tagValueOf(oldAlternative, tagProperty, "old"));
        const match = newLeft.find((candidate) => stableKey(this.tagValueOf(candidate, tagProperty, "new")) === tag);
        if (match) take(oldAlternative, match, pairs);
      }
    }
    const nameOf = (alternative: Alternative, model: SchemaModel) => {
      const type = namedTypeOf(model, alternative.ref);
      return type?.definitionName ?? alternative.variant?.name ?? type?.name;
    };
    for (const oldAlternative of [...oldLeft]) {
      const name = nameOf(oldAlternative, this.old);
      const renamed = name === undefined ? undefined : (this.newNameOf.get(name) ?? name);
      const match = newLeft.find((candidate) => renamed !== undefined && nameOf(candidate, this.current) === renamed);
      if (match) take(oldAlternative, match, tagged ? retagged : pairs);
    }
    if (oldLeft.length === 1 && newLeft.length === 1 && !tagged) take(oldLeft[0]!, newLeft[0]!, pairs);
    if (!tagged) {
      // Reshaped unions: the most similar key sets pair first, if they share most of their keys.
      const keysOf = (alternative: Alternative, model: SchemaModel) => new Set(objectView(model, alternative.ref)?.properties.map((property) => property.name) ?? []);
      const candidates = oldLeft.flatMap((o) =>
        newLeft.map((n) => {
          const [a, b] = [keysOf(o, this.old), keysOf(n, this.current)];
          const shared = [...a].filter((key) => b.has(key)).length;
          return { o, n, similarity: shared / Math.max(1, new Set([...a, ...b]).size) };
        }),
      );
      for (const { o, n, similarity } of candidates.sort((x, y) => y.similarity - x.similarity)) {
        if (similarity >= 0.5 && oldLeft.includes(o) && newLeft.includes(n)) take(o, n, pairs);
      }
    }
    return { pairs, retagged, added: newLeft, removed: oldLeft, tagProperty: tagged ? tagProperty : undefined };
  }

  private compareObjects(before: ObjectView, after: ObjectView, context: Context): void {
    const names = [...new Set([...before.properties.map((property) => property.name), ...after.properties.map((property) => property.name)])];
    const declared = names;
    for (const name of names) {
      if (name === context.ignoreProperty) continue;
      const oldProperty = before.properties.find((property) => property.name === name);
      const newProperty = after.properties.find((property) => property.name === name);
      const oldType = oldProperty?.type ?? typeOfUndeclaredKey(before, name);
      const newType = newProperty?.type ?? typeOfUndeclaredKey(after, name);
      const oldRequired = oldProperty?.required ?? false;
      const newRequired = newProperty?.required ?? false;
      const here: Context = {
        ...context,
        path: [...context.path, { kind: "property", name }],
        pointers: { old: oldProperty?.pointer ?? before.pointer ?? context.pointers.old, new: newProperty?.pointer ?? after.pointer ?? context.pointers.new },
      };
      if (oldRequired && !newRequired) {
        const message = newType === undefined ? `required key "${name}" removed` : `"${name}" no longer required`;
        this.emit(here, "property-became-optional", message, [{ direction: "new-accepts", leaf: leafOf.absent }]);
      }
      if (!oldRequired && newRequired) {
        const message = oldType === undefined ? `required key "${name}" added` : `"${name}" now required`;
        this.emit(here, "property-became-required", message, [{ direction: "old-accepts", leaf: leafOf.absent }]);
      }
      if (oldType === undefined && newType !== undefined) {
        this.emit(here, "property-added", `key "${name}" added`, [{ direction: "new-accepts", leaf: leafOf.instances("new", newType) }]);
      } else if (newType === undefined && oldType !== undefined) {
        this.emit(here, "property-removed", `key "${name}" removed`, [{ direction: "old-accepts", leaf: leafOf.instances("old", oldType) }]);
      } else if (oldType !== undefined && newType !== undefined) this.compareRefs(oldType, newType, here);
    }
    this.comparePatternProperties(before, after, context, declared);
    this.compareAdditionalProperties(before, after, context, declared);
    this.compareRequiredWhen(before, after, context);
  }

  private comparePatternProperties(before: ObjectView, after: ObjectView, context: Context, declared: readonly string[]): void {
    const patterns = [...new Set([...before.patternProperties.map((entry) => entry.pattern), ...after.patternProperties.map((entry) => entry.pattern)])];
    for (const pattern of patterns) {
      const oldEntry = before.patternProperties.find((entry) => entry.pattern === pattern);
      const newEntry = after.patternProperties.find((entry) => entry.pattern === pattern);
      const oldType = oldEntry?.type ?? (before.additionalProperties === false ? undefined : before.additionalProperties);
      const newType = newEntry?.type ?? (after.additionalProperties === false ? undefined : after.additionalProperties);
      const step: Step = { kind: "extraKey", pattern, avoid: declared };
      const here: Context = { ...context, pointers: { old: oldEntry?.pointer ?? context.pointers.old, new: newEntry?.pointer ?? context.pointers.new } };
      if (oldType === undefined && newType !== undefined) {
        this.emit(here, "pattern-property-added", `keys matching /${pattern}/ accepted`, [{ direction: "new-accepts", leaf: leafOf.instances("new", newType) }], [step]);
      } else if (newType === undefined && oldType !== undefined) {
        this.emit(here, "pattern-property-removed", `keys matching /${pattern}/ no longer accepted`, [{ direction: "old-accepts", leaf: leafOf.instances("old", oldType) }], [step]);
      } else if (oldType !== undefined && newType !== undefined) this.compareRefs(oldType, newType, { ...here, path: [...context.path, step] });
    }
  }

  private compareAdditionalProperties(before: ObjectView, after: ObjectView, context: Context, declared: readonly string[]): void {
    const [oldType, newType] = [before.additionalProperties, after.additionalProperties];
    const step: Step = { kind: "extraKey", avoid: [...declared, ...before.patternProperties.map((entry) => entry.pattern), ...after.patternProperties.map((entry) => entry.pattern)] };
    if (oldType === false && newType === false) return;
    if (oldType === false) {
      this.emit(context, "additional-properties-opened", "keys it does not declare accepted", [{ direction: "new-accepts", leaf: leafOf.instances("new", newType as TypeRef) }], [step]);
    } else if (newType === false) {
      this.emit(context, "additional-properties-closed", "keys it does not declare no longer accepted", [{ direction: "old-accepts", leaf: leafOf.instances("old", oldType) }], [step]);
    } else this.compareRefs(oldType, newType, { ...context, path: [...context.path, step] });
  }

  private compareRequiredWhen(before: ObjectView, after: ObjectView, context: Context): void {
    const keyOf = (rule: { property: string; equals: JsonValue }) => `${rule.property}=${stableKey(rule.equals)}`;
    const oldRules = new Map(before.requiredWhen.map((rule) => [keyOf(rule), rule]));
    const newRules = new Map(after.requiredWhen.map((rule) => [keyOf(rule), rule]));
    for (const key of new Set([...oldRules.keys(), ...newRules.keys()])) {
      const oldRule = oldRules.get(key);
      const newRule = newRules.get(key);
      const rule = (newRule ?? oldRule)!;
      const here: Context = { ...context, pointers: { old: oldRule?.pointer ?? context.pointers.old, new: newRule?.pointer ?? context.pointers.new } };
      const when = `when "${rule.property}" is ${JSON.stringify(rule.equals)}`;
      const oldKeys = oldRule?.require ?? [];
      const newKeys = newRule?.require ?? [];
      for (const required of newKeys.filter((name) => !oldKeys.includes(name))) {
        this.emit(here, "required-when-added", `"${required}" required ${when}`, [
          { direction: "old-accepts", leaf: { kind: "patch", set: { [rule.property]: rule.equals }, remove: [required] } },
        ]);
      }
      for (const required of oldKeys.filter((name) => !newKeys.includes(name))) {
        this.emit(here, "required-when-removed", `"${required}" no longer required ${when}`, [
          { direction: "new-accepts", leaf: { kind: "patch", set: { [rule.property]: rule.equals }, remove: [required] } },
        ]);
      }
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Validation-only rules

  private compareAssertions(before: readonly Assertion[], after: readonly Assertion[], context: Context): void {
    const slotOf = (assertion: Assertion, index: number, list: readonly Assertion[]) => {
      if (assertion.kind === "dependentRequired" || assertion.kind === "dependentSchema") return `${assertion.kind}:${assertion.property}`;
      return `${assertion.kind}:${list.slice(0, index).filter((other) => other.kind === assertion.kind).length}`;
    };
    const oldSlots = new Map(before.map((assertion, index) => [slotOf(assertion, index, before), assertion]));
    const newSlots = new Map(after.map((assertion, index) => [slotOf(assertion, index, after), assertion]));
    for (const slot of new Set([...oldSlots.keys(), ...newSlots.keys()])) {
      const oldAssertion = oldSlots.get(slot);
      const newAssertion = newSlots.get(slot);
      const assertion = (newAssertion ?? oldAssertion)!;
      const here: Context = {
        ...context,
        violation: context.violation ?? assertionViolation(assertion.kind),
        pointers: { old: oldAssertion?.pointer ?? context.pointers.old, new: newAssertion?.pointer ?? context.pointers.new },
      };
      if (!oldAssertion) {
        this.emit(here, "assertion-added", `${describeAssertion(assertion)} added`, [{ direction: "old-accepts", leaf: assertionLeaf(assertion, "old") }]);
      } else if (!newAssertion) {
        this.emit(here, "assertion-removed", `${describeAssertion(assertion)} removed`, [{ direction: "new-accepts", leaf: assertionLeaf(assertion, "new") }]);
      } else this.comparePairedAssertions(oldAssertion, newAssertion, here);
    }
  }

  private comparePairedAssertions(before: Assertion, after: Assertion, context: Context): void {
    const within = (label: string, polarity: Polarity, extra: readonly Step[] = []): Context => ({
      ...context,
      polarity: combine(context.polarity, polarity),
      path: [...context.path, { kind: "within", label }, ...extra],
    });
    const anyOrMissing = (ref: TypeRef | undefined) => ref ?? UNKNOWN;
    switch (before.kind) {
      case "not":
        return this.compareRefs(before.type, (after as typeof before).type, within("not", "negative"));
      case "allOf":
        return this.compareRefs(before.type, (after as typeof before).type, within("allOf", "positive"));
      case "conditional": {
        const other = after as typeof before;
        this.compareRefs(before.if, other.if, within("if", "mixed"));
        this.compareRefs(anyOrMissing(before.then), anyOrMissing(other.then), within("then", "positive"));
        return this.compareRefs(anyOrMissing(before.else), anyOrMissing(other.else), within("else", "positive"));
      }
      case "contains": {
        const other = after as typeof before;
        const counted = before.max !== undefined || other.max !== undefined;
        this.compareRefs(before.type, other.type, within("contains", counted ? "mixed" : "positive", [{ kind: "item" }]));
        if (before.min !== other.min || before.max !== other.max) {
          this.emit(within("contains", "positive"), "schema-changed", `contains count ${before.min}…${before.max ?? "∞"} → ${other.min}…${other.max ?? "∞"}`, [
            { direction: "new-accepts", leaf: leafOf.instances("new", { kind: "constrained", type: UNKNOWN, assertions: [other] }) },
            { direction: "old-accepts", leaf: leafOf.instances("old", { kind: "constrained", type: UNKNOWN, assertions: [before] }) },
          ]);
        }
        return;
      }
      case "propertyNames":
        return this.compareRefs(before.type, (after as typeof before).type, within("propertyNames", "positive", [{ kind: "key" }]));
      case "propertyCount": {
        const other = after as typeof before;
        const separations: Omit<Separation, "violation">[] = [];
        const looser = (other.min ?? 0) < (before.min ?? 0) || (other.max ?? Infinity) > (before.max ?? Infinity);
        const tighter = (other.min ?? 0) > (before.min ?? 0) || (other.max ?? Infinity) < (before.max ?? Infinity);
        if (looser) separations.push({ direction: "new-accepts", leaf: leafOf.instances("new", UNKNOWN) });
        if (tighter) separations.push({ direction: "old-accepts", leaf: leafOf.instances("old", UNKNOWN) });
        if (separations.length > 0) {
          this.emit(context, "property-count-changed", `keys ${before.min ?? 0}…${before.max ?? "∞"} → ${other.min ?? 0}…${other.max ?? "∞"}`, separations);
        }
        return;
      }
      case "dependentRequired": {
        const other = after as typeof before;
        const when = `when "${before.property}" is present`;
        for (const required of other.require.filter((name) => !before.require.includes(name))) {
          this.emit(context, "required-when-added", `"${required}" required ${when}`, [{ direction: "old-accepts", leaf: { kind: "patch", set: {}, remove: [required] } }]);
        }
        for (const required of before.require.filter((name) => !other.require.includes(name))) {
          this.emit(context, "required-when-removed", `"${required}" no longer required ${when}`, [{ direction: "new-accepts", leaf: { kind: "patch", set: {}, remove: [required] } }]);
        }
        return;
      }
      case "dependentSchema":
        return this.compareRefs(before.type, (after as typeof before).type, within(`when "${before.property}" is present`, "positive"));
    }
  }
}

function combine(outer: Polarity, inner: Polarity): Polarity {
  if (outer === "mixed" || inner === "mixed") return "mixed";
  return outer === inner ? "positive" : "negative";
}

function describeAssertion(assertion: Assertion): string {
  switch (assertion.kind) {
    case "not":
      return "`not`";
    case "allOf":
      return "an `allOf` part";
    case "conditional":
      return "an `if`/`then`/`else` rule";
    case "contains":
      return "`contains`";
    case "propertyNames":
      return "`propertyNames`";
    case "propertyCount":
      return `a key count (${assertion.min ?? 0}…${assertion.max ?? "∞"})`;
    case "dependentRequired":
      return `keys required with "${assertion.property}" (${assertion.require.join(", ")})`;
    case "dependentSchema":
      return `a schema applied when "${assertion.property}" is present`;
  }
}

/** Candidates for a witness of a rule added (`version` old: a value the old version accepts and the rule rejects) or removed. */
function assertionLeaf(assertion: Assertion, version: "old" | "new"): Leaf {
  const place = leafOf.instances(version, UNKNOWN);
  if (assertion.kind === "not") return leafOf.any(leafOf.instances(version === "old" ? "new" : "old", assertion.type), place);
  return place;
}

function tagPropertyOf(alternatives: readonly Alternative[]): string | undefined {
  const properties = new Set(alternatives.map((alternative) => (alternative.variant?.union.rule === "tag" ? alternative.variant.union.property : undefined)));
  const [only] = properties;
  return properties.size === 1 && only !== undefined ? only : undefined;
}

function definitionsOf(model: SchemaModel): Map<string, NamedType> {
  return new Map(model.types.filter((type) => type.definitionName !== undefined).map((type) => [type.definitionName!, type]));
}

function at(type: NamedType): { typeName: string; pointer: Pointer } {
  return { typeName: type.name, pointer: type.pointer };
}

export function diffModels(old: SchemaModel, current: SchemaModel): Change[] {
  return new ModelDiff(old, current).run();
}

export { compareText, jsonClassOfValue };
