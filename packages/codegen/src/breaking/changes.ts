// What the model diff hands to the witness search and the report: each difference found, where it
// is, and for a difference in accepted values, how to make a value that separates the versions.
import type { Violation } from "@clone/conformance";
import type { JsonValue } from "../json/types.ts";
import type { Pointer, TypeRef } from "../model/types.ts";
import type { Direction, RuleId } from "./rules.ts";
import type { Step } from "./steps.ts";

export type Version = "old" | "new";

/**
 * The part of a witness that sits at the change's place, built into a value the accepting version
 * accepts everywhere else. Candidates, not proofs: AJV's verdicts decide.
 */
export type Leaf =
  /** One of these values. */
  | { readonly kind: "values"; readonly values: readonly JsonValue[] }
  /** A valid instance of one of these references, in that version's model. */
  | { readonly kind: "instances"; readonly version: Version; readonly refs: readonly TypeRef[] }
  /** No value: the key the path ends at is left out. */
  | { readonly kind: "absent" }
  /** The value the accepting version generates here, with these keys set and those removed. */
  | { readonly kind: "patch"; readonly set: Readonly<Record<string, JsonValue>>; readonly remove: readonly string[] }
  /** The array the accepting version generates here, cut or grown to this many items. */
  | { readonly kind: "length"; readonly length: number }
  /** The array the accepting version generates here, with an item repeated. */
  | { readonly kind: "duplicate" }
  /** Any of these. */
  | { readonly kind: "any"; readonly leaves: readonly Leaf[] };

export interface Separation {
  readonly direction: Direction;
  /** How the version that rejects the witness fails it. */
  readonly violation: Violation;
  readonly leaf: Leaf;
}

/** A definition (or the document's own top-level type) as both versions have it. */
export interface DefinitionPair {
  /** The name reports use: the new version's when it has one. */
  readonly label: string;
  readonly old?: { readonly typeName: string; readonly pointer: Pointer };
  readonly new?: { readonly typeName: string; readonly pointer: Pointer };
}

export interface Change {
  readonly rule: RuleId;
  readonly definition: DefinitionPair;
  readonly path: readonly Step[];
  /** Where the difference is written in each document, when that version has it. */
  readonly pointers: { readonly old?: Pointer; readonly new?: Pointer };
  /** What changed, in a few words: `value "vr" added`. */
  readonly message: string;
  /** For a rule about values: each direction it may separate the versions in. Empty for declarations. */
  readonly separations: readonly Separation[];
}

export const leafOf = {
  values: (...values: JsonValue[]): Leaf => ({ kind: "values", values }),
  instances: (version: Version, ...refs: TypeRef[]): Leaf => ({ kind: "instances", version, refs }),
  absent: { kind: "absent" } as Leaf,
  any: (...leaves: Leaf[]): Leaf => (leaves.length === 1 ? leaves[0]! : { kind: "any", leaves }),
};
