// Which types every JSON value satisfies (`{}`, `true`, `anyOf: [{}, …]`): no invalid instance of
// them exists, so the run judges their valid instances only and says so, instead of searching for an
// invalid one until its filter gives up. Claimed only when sure; anything else is searched as before.
import { admitsNoValue, listedValuesOf, typeNamed, type Assertion, type SchemaModel, type TypeRef, type UnionType } from "@clone/codegen";
import { jsonEqual, type JsonValue } from "../json.ts";
import { refHasFiniteValue, takesEveryJsonType, takesEveryValueOf, validatorOf } from "./sizes.ts";

export function acceptsEveryValue(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string> = new Set()): boolean {
  // Or every JSON type taken whole by some part: `anyOf: [{not: {type: boolean}}, {if: {type: string}, else: {type: boolean}}]`
  // (fuzz U, seed 56010: its invalid instances gave up).
  return acceptsEveryValueByShape(model, ref, seen) || takesEveryJsonType(model, ref, seen);
}

function acceptsEveryValueByShape(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): boolean {
  switch (ref.kind) {
    case "unknown":
      return true;
    case "nullable":
      return acceptsEveryValue(model, ref.type, seen);
    case "constrained":
      return acceptsEveryValue(model, ref.type, seen) && ref.assertions.every((assertion) => assertionPassesEveryValue(model, assertion, seen));
    case "named": {
      if (seen.has(ref.name)) return false;
      const within = new Set([...seen, ref.name]);
      const type = typeNamed(model, ref.name);
      if (type.kind === "alias") return acceptsEveryValue(model, type.type, within);
      // anyOf: one variant that takes everything is enough. (oneOf is not: a value another variant
      // matches too matches two.)
      // A variant no value satisfies matches none: beside it, a oneOf's one other variant is alone.
      if (type.kind === "union") {
        const matching = type.variants.filter((variant) => refHasFiniteValue(model, variant.type));
        return (
          ((type.keyword === "anyOf" || matching.length === 1) && matching.some((variant) => acceptsEveryValue(model, variant.type, within))) ||
          complementary(model, type, within) ||
          (type.keyword === "anyOf" && refusalsTakenByOthers(model, type, within))
        );
      }
      return false;
    }
    default:
      return false;
  }
}

/**
 * Whether every JSON value passes `assertion`: an `allOf` part that takes everything, a `not` of a
 * schema that admits none (`not: {oneOf: [{enum: ["x"], minLength: 3, maxLength: 1}]}`), or a conditional
 * whose branches a value can take each take everything (an `if` every value satisfies leaves `else`
 * untaken: `{if: {anyOf: [{}, …]}, else: …}`, one no value satisfies `then`; a missing branch takes everything).
 */
function assertionPassesEveryValue(model: SchemaModel, assertion: Assertion, seen: ReadonlySet<string>): boolean {
  const takesEverything = (branch: TypeRef | undefined) => branch === undefined || acceptsEveryValue(model, branch, seen);
  switch (assertion.kind) {
    case "allOf":
      return acceptsEveryValue(model, assertion.type, seen);
    case "conditional":
      // An `if` no value satisfies never takes `then`; one every value does never takes `else`; a
      // `then` taking every value of the if's JSON types takes all it is given (fuzz U, seed 56004 2019-09).
      return (
        (takesEverything(assertion.then) || !refHasFiniteValue(model, assertion.if) || takesEveryValueOf(model, assertion.then!, assertion.if)) &&
        (takesEverything(assertion.else) || acceptsEveryValue(model, assertion.if, seen))
      );
    case "not":
      // Or rules no finite value meets (`not: {type: array, if: true, then: {type: null}}`: fuzz V, seed 57004 draft-07).
      return admitsNoValue(assertion.type) || !refHasFiniteValue(model, assertion.type);
    default:
      return false;
  }
}

/**
 * Whether an anyOf has a variant that takes every value but a few it lists, each of which another
 * variant takes (as the model reads it): `anyOf: [{not: {const: true}}, {not: {enum: [1]}}]` (fuzz X,
 * seed 58002 draft-07 index 3: its invalid instances gave up); `anyOf: [{enum: [1.0, 2]}, {not: {type:
 * integer, enum: [1.0, "1"]}}]` (fuzz AA, seed 61009 draft-04 index 0, the root: its invalid instances
 * gave up). A variant's refused values are those its `not`s list (all of an enum's, whatever rules
 * beside them refuse: more than it refuses, so the answer errs on "no").
 */
function refusalsTakenByOthers(model: SchemaModel, union: UnionType, seen: ReadonlySet<string>): boolean {
  return union.variants.some((variant) => {
    const refused = refusedOnly(model, variant.type, seen);
    return refused !== undefined && refused.every((value) => union.variants.some((other) => other !== variant && validatorOf(model).validates(other.type, value)));
  });
}

/** The values `ref` refuses when it takes every value but those its `not`s list; else undefined. */
function refusedOnly(model: SchemaModel, ref: TypeRef, seen: ReadonlySet<string>): readonly JsonValue[] | undefined {
  if (ref.kind !== "constrained" || !acceptsEveryValue(model, ref.type, seen)) return undefined;
  const refused: JsonValue[] = [];
  for (const assertion of ref.assertions) {
    const listed = assertion.kind === "not" ? listedValuesOf(model, assertion.type) : undefined;
    if (listed === undefined) return undefined;
    refused.push(...listed);
  }
  return refused;
}

/**
 * Whether a union's two variants are a schema and every value but its values (`{not: A}` beside a
 * variant A): the model's cases of a conditional whose branches each take every value (`if: A, then:
 * {anyOf: [true, …]}, else: {anyOf: […, {}]}` is the if alone, or anything it refuses). Every value
 * matches exactly one of them, so under oneOf as under anyOf every value passes (fuzz R, seed 53006
 * draft-07: its invalid instances gave up).
 */
function complementary(model: SchemaModel, union: UnionType, seen: ReadonlySet<string>): boolean {
  if (union.variants.length !== 2) return false;
  const [first, second] = union.variants.map((variant) => variant.type) as [TypeRef, TypeRef];
  const allBut = (rest: TypeRef, excluded: TypeRef) =>
    rest.kind === "constrained" &&
    rest.assertions.length === 1 &&
    rest.assertions[0]!.kind === "not" &&
    jsonEqual(rest.assertions[0]!.type as unknown as JsonValue, excluded as unknown as JsonValue) &&
    acceptsEveryValue(model, rest.type, seen);
  return allBut(second, first) || allBut(first, second);
}
