// Invalid instances: a valid instance (from the model-derived generator) with exactly one mutation
// applied. The mutation is chosen uniformly among those that apply to that instance, then the site,
// so rare kinds (a conditional rule, a nested tag) are tried as often as common ones.
import fc from "fast-check";
import type { SchemaModel } from "@clone/codegen";
import { ValidInstances } from "../arbitraries/index.ts";
import { filtered } from "../arbitraries/filtered.ts";
import { applyEdits, pointerOf, type JsonValue, type PathToken } from "../json.ts";
import { PositionWalker, type Position } from "./positions.ts";
import { MUTATIONS, type Mutation, type Violation } from "./registry.ts";

export { MUTATIONS, findMutation, type Mutation, type Violation, type Change, type Site } from "./registry.ts";
export { PositionWalker, type Position } from "./positions.ts";

export interface InvalidInstance {
  readonly instance: JsonValue;
  /** The registry entry that broke it. */
  readonly mutation: string;
  readonly violation: Violation;
  /** RFC 6901 pointer a validator should report the problem at. */
  readonly pointer: string;
  /** The broken rule is a subschema applied at `pointer`: the problem may be reported there or below it. */
  readonly reportedInside: boolean;
  /** The valid instance it was made from. */
  readonly original: JsonValue;
}

export interface InvalidOptions {
  /** Only these registry entries (by name); default: all of them. */
  readonly mutations?: readonly string[];
  /** The valid-instance generator to start from (and to count filter rejects in). */
  readonly instances?: ValidInstances;
}

/**
 * Invalid instances of the named type; `undefined` values (no mutation applies) are never produced.
 * A mutated instance the model still accepts (a change inside an `anyOf` another variant absorbs) is
 * not invalid: it is counted as a rejected candidate and another is drawn.
 */
export function invalidInstances(model: SchemaModel, typeName: string, options: InvalidOptions = {}): fc.Arbitrary<InvalidInstance> {
  const valid = options.instances ?? new ValidInstances(model);
  const walker = new PositionWalker(model, valid);
  const ref = { kind: "named", name: typeName } as const;
  const chosen: readonly Mutation[] = options.mutations ? MUTATIONS.filter((mutation) => options.mutations!.includes(mutation.name)) : MUTATIONS;
  // The choices of mutation and site are drawn beside the valid instance, not from it, so that when
  // fast-check shrinks the instance the same mutation still applies at the corresponding site.
  const choice = fc.noBias(fc.integer({ min: 0, max: 0x7fffffff }));
  const candidates = fc.tuple(valid.of(typeName), choice, choice).chain(([original, whichMutation, whichSite]): fc.Arbitrary<InvalidInstance | undefined> => {
    const positions = walker.positions(ref, original);
    const applicable = chosen.map((mutation) => ({ mutation, sites: mutation.sites(positions, walker) })).filter(({ sites }) => sites.length > 0);
    if (applicable.length === 0) return fc.constant(undefined);
    const { mutation, sites } = applicable[whichMutation % applicable.length]!;
    return sites[whichSite % sites.length]!.map((change): InvalidInstance | undefined =>
      change === undefined
        ? undefined
        : {
            instance: applyEdits(original, change.edits),
            mutation: mutation.name,
            violation: mutation.violation,
            pointer: pointerOf(reportedAt(positions, change.issuePath)),
            reportedInside: change.reportedInside === true,
            original,
          },
    );
  });
  return filtered(
    candidates,
    (invalid): invalid is InvalidInstance => invalid !== undefined && !walker.validator.validatesNamed(typeName, invalid.instance),
    `invalid ${typeName} (a mutation that applied and left the instance invalid)`,
    valid.stats,
  ) as fc.Arbitrary<InvalidInstance>;
}

/**
 * Where a validator reports a problem at `path`: there, unless it lies inside a union told apart
 * neither by a tag nor by JSON type (by the keys present, by first match), which can only say that the
 * value matches none of its variants (reported at the outermost such union). Inside a union by tag or
 * by JSON type the value picks its variant, and the error formatter reports that variant's errors at
 * their own place; a problem with the tag itself is the tag's, even when the variants sharing a tag
 * value form an untagged union of their own (the tag is read before that union is).
 */
function reportedAt(positions: readonly Position[], path: readonly PathToken[]): readonly PathToken[] {
  for (const position of positions) {
    if (position.path.length > path.length || !position.path.every((token, i) => token === path[i])) continue;
    const atTag = path.length === position.path.length + 1;
    for (const union of position.unions ?? []) {
      if (union.rule === "tag" && atTag && union.property === path[path.length - 1]) return path;
      if (union.rule !== "tag" && union.rule !== "jsonType") return position.path;
    }
  }
  return path;
}
