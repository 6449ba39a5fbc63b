// The witness search: for a change and a direction, a concrete JSON value that AJV accepts under one
// version's document and rejects under the other's, both judged at the compared definition. Two
// phases within a fixed budget, both seeded from the change so that reports are reproducible:
//   1. targeted: a value the accepting version generates (the conformance package's model-derived
//      generators), with the change's candidate (its leaf) built in at the change's place;
//   2. random: whole values the accepting version generates, and values the rejecting version's
//      generator breaks with one named mutation, as they come.
// The targeted phase first looks for a value the rejecting version faults only at the change's place
// (so the witness shows this change and no other), then for any separating value. fast-check shrinks
// what it finds, so a witness is small. Nothing found: the finding is unproven.
import fc from "fast-check";
import { invalidInstances, ValidInstances } from "@clone/conformance";
import { stableKey } from "../json/stable.ts";
import { childPointer } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { typeNamed } from "../model/schemaModel.ts";
import type { SchemaModel, TypeRef } from "../model/types.ts";
import { NotRenderedYetError } from "../targets/notRenderedYet.ts";
import type { Change, Leaf, Separation, Version } from "./changes.ts";
import { arrayView, objectView, patternMatches, resolveAlias, typeOfUndeclaredKey, UNKNOWN } from "./shapes.ts";
import { prune } from "./prune.ts";
import type { Step } from "./steps.ts";
import { describeIssue, type DocumentValidators, type PointerValidator } from "./validators.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";

export interface VersionUnderTest {
  readonly model: SchemaModel;
  readonly validators: DocumentValidators;
}

export interface Budget {
  /** Values tried with the change's candidate built in. */
  readonly targeted: number;
  /** Values tried as they come from the generators. */
  readonly random: number;
  /** Shrinking steps allowed once a witness is found. */
  readonly shrinks: number;
}

export const DEFAULT_BUDGET: Budget = { targeted: 100, random: 100, shrinks: 50 };

export interface Verdict {
  readonly valid: boolean;
  /** Why it was rejected, one line per problem (`/pointer: what was expected`). */
  readonly messages?: readonly string[];
}

export interface Witness {
  readonly instance: JsonValue;
  readonly old: Verdict;
  readonly new: Verdict;
  /** Which phase found it: `targeted` (the rejecting version faults it at the change's place only), `targeted-loose` (elsewhere too), `random`. */
  readonly foundBy: "targeted" | "targeted-loose" | "random";
}

export type SearchResult = { readonly witness: Witness } | { readonly unproven: string };

const ABSENT = Symbol("absent");
type Placed = JsonValue | typeof ABSENT;
/** A value with the leaf built in, and where in it the leaf went. */
type Built = readonly [Placed, readonly PathToken[]];

/** A 32-bit seed from text: the same change always searches the same values. */
export function seedOf(text: string, base: number): number {
  let hash = (base ^ 0x9e3779b9) >>> 0;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 0x01000193) >>> 0;
  return hash | 0;
}

export class WitnessSearch {
  private readonly instances: Record<Version, ValidInstances>;

  constructor(
    private readonly versions: Record<Version, VersionUnderTest>,
    private readonly budget: Budget = DEFAULT_BUDGET,
    private readonly seed = 1,
  ) {
    this.instances = { old: new ValidInstances(versions.old.model), new: new ValidInstances(versions.new.model) };
  }

  find(change: Change, separation: Separation): SearchResult {
    const accepting: Version = separation.direction === "new-accepts" ? "new" : "old";
    const rejecting: Version = accepting === "new" ? "old" : "new";
    const start = { accepting: change.definition[accepting], rejecting: change.definition[rejecting] };
    if (!start.accepting || !start.rejecting) return { unproven: "the definition is missing from one version" };
    const accepts = this.versions[accepting].validators.at(start.accepting.pointer);
    const rejects = this.versions[rejecting].validators.at(start.rejecting.pointer);
    const separates = (value: JsonValue) => accepts(value) && !rejects(value);
    // Every problem the rejecting version finds lies on the way to the leaf or under it.
    const isolated = (value: JsonValue, at: readonly PathToken[]) => {
      const leaf = pointerOf(at);
      return rejects.issues(value).every(({ pointer }) => onOnePath(pointer, leaf));
    };
    const key = `${change.rule}|${change.definition.label}|${stableKey(change.path as unknown as JsonValue)}|${change.message}|${separation.direction}`;
    const problems: string[] = [];
    const attempt = <T>(phase: Witness["foundBy"], make: () => fc.Arbitrary<T>, holds: (value: T) => boolean, valueOf: (value: T) => JsonValue, runs: number): Witness | undefined => {
      if (runs <= 0) return undefined;
      try {
        const found = this.search(make(), holds, seedOf(`${phase}|${key}`, this.seed), runs);
        return found === undefined ? undefined : this.witness(valueOf(found), phase, accepting, accepts, rejects);
      } catch (error) {
        problems.push(describeFailure(phase, error));
        return undefined;
      }
    };
    const startRef: TypeRef = { kind: "named", name: start.accepting.typeName };
    const built = () => this.place(accepting, startRef, change.path, [], (place, at) => this.leaf(separation.leaf, accepting, place).map((value): Built => [value, at])).filter(isValue);
    const model = this.versions[accepting].model;
    const pruned = ([value, at]: Built) => prune(model, startRef, value as JsonValue, at);
    const loose = (candidate: Built) => (separates(pruned(candidate)) ? pruned(candidate) : (candidate[0] as JsonValue));
    const witness =
      attempt("targeted", built, (candidate) => separates(pruned(candidate)) && isolated(pruned(candidate), candidate[1]), pruned, this.budget.targeted) ??
      (problems.length === 0 ? attempt("targeted-loose", built, (candidate) => separates(loose(candidate)), loose, Math.ceil(this.budget.targeted / 3)) : undefined) ??
      attempt("random", () => this.randomValues(accepting, rejecting, start.accepting!.typeName, start.rejecting!.typeName), separates, (value) => value, this.budget.random);
    if (witness) return { witness };
    const tried = `no value in ${this.budget.targeted} targeted and ${this.budget.random} random tries separated the versions`;
    return { unproven: problems.length > 0 ? `${tried}; ${[...new Set(problems)].join("; ")}` : tried };
  }

  /** The first value (shrunk) for which `holds` is true, within `numRuns` tries. */
  private search<T>(arbitrary: fc.Arbitrary<T>, holds: (value: T) => boolean, seed: number, numRuns: number): T | undefined {
    const details = fc.check(
      fc.property(fc.limitShrink(arbitrary, this.budget.shrinks), (value) => !holds(value)),
      { seed, numRuns, endOnFailure: false },
    );
    if (!details.failed) return undefined;
    if (details.errorInstance && !details.counterexample) throw details.errorInstance;
    return details.counterexample?.[0];
  }

  private witness(instance: JsonValue, foundBy: Witness["foundBy"], accepting: Version, accepts: PointerValidator, rejects: PointerValidator): Witness {
    const accepted: Verdict = { valid: accepts(instance) };
    const rejected: Verdict = { valid: rejects(instance), messages: rejects.issues(instance).map(describeIssue) };
    return accepting === "new" ? { instance, new: accepted, old: rejected, foundBy } : { instance, old: accepted, new: rejected, foundBy };
  }

  private randomValues(accepting: Version, rejecting: Version, acceptingName: string, rejectingName: string): fc.Arbitrary<JsonValue> {
    const valid = this.instances[accepting].of(acceptingName);
    let broken: fc.Arbitrary<JsonValue> | undefined;
    try {
      broken = invalidInstances(this.versions[rejecting].model, rejectingName).map((invalid) => invalid.instance);
    } catch (error) {
      if (!(error instanceof NotRenderedYetError)) throw error;
    }
    return broken ? fc.oneof(valid, broken) : valid;
  }

  // -------------------------------------------------------------------------------------------------
  // Building a value around the change's place

  /** Values of `ref` in the `version` model with the leaf at the end of `steps` (`at`: the path so far). */
  private place(version: Version, ref: TypeRef, steps: readonly Step[], at: readonly PathToken[], leaf: (place: TypeRef, at: readonly PathToken[]) => fc.Arbitrary<Built>): fc.Arbitrary<Built> {
    const model = this.versions[version].model;
    const generate = this.instances[version];
    if (steps.length === 0) return leaf(ref, at);
    const [step, ...rest] = steps as [Step, ...Step[]];
    const resolved = unwrap(model, ref);
    switch (step.kind) {
      case "within":
        return this.place(version, ref, rest, at, leaf);
      case "variant": {
        let current: TypeRef = resolved;
        for (const hop of step[version]) {
          const union = typeNamed(model, hop.union);
          if (union.kind !== "union") throw new Error(`${hop.union} is not a union in the ${version} model`);
          const variant = union.variants.find((candidate) => candidate.name === hop.variant);
          if (!variant) throw new Error(`${hop.union} has no variant ${hop.variant} in the ${version} model`);
          current = variant.type;
        }
        return this.place(version, current, rest, at, leaf);
      }
      case "property": {
        const view = objectView(model, resolved);
        const declared = view?.properties.find((property) => property.name === step.name);
        const type = declared?.type ?? (view ? typeOfUndeclaredKey(view, step.name) : undefined) ?? UNKNOWN;
        return fc
          .tuple(this.objectOf(version, resolved), this.place(version, type, rest, [...at, step.name], leaf))
          .map(([object, [value, where]]): Built => [setKey(object, step.name, value), where]);
      }
      case "extraKey": {
        const view = objectView(model, resolved);
        const keys = step.pattern === undefined ? fc.constantFrom("extra", "x-extra", "zz_unknown") : fc.stringMatching(ecmaRegExp(step.pattern));
        const key = keys.filter((candidate) => !step.avoid.includes(candidate) && (step.pattern !== undefined || !view?.patternProperties.some((entry) => patternMatches(entry.pattern, candidate))));
        return fc.tuple(this.objectOf(version, resolved), key).chain(([object, name]) =>
          this.place(version, (view ? typeOfUndeclaredKey(view, name) : undefined) ?? UNKNOWN, rest, [...at, name], leaf).map(([value, where]): Built => [setKey(object, name, value), where]),
        );
      }
      case "key": {
        const view = objectView(model, resolved);
        return fc.tuple(this.objectOf(version, resolved), this.place(version, { kind: "string", constraints: {} }, rest, at, leaf)).chain(([object, [name]]) => {
          if (name === ABSENT || typeof name !== "string") return fc.constant<Built>([object, at]);
          const type = (view ? (view.properties.find((property) => property.name === name)?.type ?? typeOfUndeclaredKey(view, name)) : undefined) ?? UNKNOWN;
          return generate.ref(type).map((value): Built => [setKey(object, name, value), [...at, name]]);
        });
      }
      case "item":
      case "index": {
        const view = arrayView(resolved);
        const itemType = (step.kind === "index" ? view?.prefixItems[step.index] : undefined) ?? view?.rest ?? UNKNOWN;
        const base: fc.Arbitrary<JsonValue> = resolved.kind === "array" || resolved.kind === "tuple" ? generate.ref(resolved) : fc.constant([]);
        const index = step.kind === "index" ? step.index : 0;
        return fc.tuple(base, this.place(version, itemType, rest, [...at, index], leaf)).map(([array, [value, where]]): Built => {
          if (value === ABSENT) return [array, at];
          const items = Array.isArray(array) ? [...array] : [];
          while (items.length < index) items.push(value);
          items[index] = value;
          return [items, where];
        });
      }
    }
  }

  /** An object the version accepts at this place (`{}` where the place is not an object type). */
  private objectOf(version: Version, ref: TypeRef): fc.Arbitrary<JsonValue> {
    const model = this.versions[version].model;
    const type = ref.kind === "named" ? typeNamed(model, ref.name) : undefined;
    if (type?.kind === "object" || ref.kind === "record") return this.instances[version].ref(ref).map((value) => (isObject(value) ? value : {}));
    return fc.constant({});
  }

  /** The candidates a leaf stands for, at a place of `ref` in the accepting version. */
  private leaf(leaf: Leaf, accepting: Version, place: TypeRef): fc.Arbitrary<Placed> {
    const model = this.versions[accepting].model;
    const generate = this.instances[accepting];
    switch (leaf.kind) {
      case "values":
        return fc.constantFrom(...leaf.values);
      case "instances":
        return fc.oneof(...leaf.refs.map((ref) => this.instances[leaf.version].ref(ref)));
      case "absent":
        return fc.constant(ABSENT);
      case "patch":
        return this.objectOf(accepting, unwrap(model, place)).map((object) => {
          const patched: Record<string, JsonValue> = { ...(object as Record<string, JsonValue>) };
          for (const [key, value] of Object.entries(leaf.set)) patched[key] = value;
          for (const key of leaf.remove) delete patched[key];
          return patched;
        });
      case "length":
      case "duplicate": {
        const resolved = unwrap(model, place);
        const view = arrayView(resolved);
        const item = generate.ref(view?.rest ?? view?.prefixItems[0] ?? UNKNOWN);
        const base: fc.Arbitrary<JsonValue> = resolved.kind === "array" || resolved.kind === "tuple" ? generate.ref(resolved) : fc.constant([]);
        if (leaf.kind === "duplicate") return fc.tuple(base, item).map(([array, extra]) => (Array.isArray(array) && array.length > 0 ? [...array, array[0]!] : [extra, extra]));
        const length = leaf.length;
        return fc.tuple(base, fc.array(item, { minLength: length, maxLength: length })).map(([array, extra]) => [...(Array.isArray(array) ? array : []), ...extra].slice(0, length));
      }
      case "any":
        return fc.oneof(...leaf.leaves.map((inner) => this.leaf(inner, accepting, place)));
    }
  }
}

/** A place's reference with aliases, nullability and validation-only rules looked through. */
function unwrap(model: SchemaModel, ref: TypeRef): TypeRef {
  let current = resolveAlias(model, ref);
  for (let guard = 0; (current.kind === "nullable" || current.kind === "constrained") && guard < 100; guard++) current = resolveAlias(model, current.type);
  return current;
}

function isValue(built: Built): boolean {
  return built[0] !== ABSENT;
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function setKey(object: JsonValue, key: string, value: Placed): JsonValue {
  const copy: Record<string, JsonValue> = isObject(object) ? { ...object } : {};
  if (value === ABSENT) delete copy[key];
  // defineProperty, so that a key such as "__proto__" becomes an own key as JSON.parse would make it.
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function describeFailure(phase: string, error: unknown): string {
  if (error instanceof NotRenderedYetError) return `the ${phase} search cannot generate values here: ${error.message}`;
  return `the ${phase} search failed: ${(error as Error).message ?? String(error)}`;
}

type PathToken = string | number;

function pointerOf(path: readonly PathToken[]): string {
  return childPointer("", ...path);
}

/** One pointer lies on the way to the other (token by token), or they are the same. */
function onOnePath(a: string, b: string): boolean {
  return a === b || b.startsWith(`${a}/`) || a.startsWith(`${b}/`) || a === "" || b === "";
}
