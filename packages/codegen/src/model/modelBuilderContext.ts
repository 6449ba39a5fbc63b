// What the per-concept translators (objects, arrays, values, unions, assertions) need from the model
// builder: recursion into child schemas, the one registry that names lifted types, the normalized
// reading of a schema (refs followed, allOf merged), and the record of fallbacks.
import type { JsonValue } from "../json/types.ts";
import type { Dialect } from "../jsonSchema/vocabulary.ts";
import type { StructuralKeys } from "../json/stable.ts";
import type { FallbackKind, NamedType, NamedTypeRef, TypeRef } from "./types.ts";
import type { SchemaFactsMemo } from "./schemaFacts.ts";
import type { UnionBookkeeping } from "./translateUnion.ts";
import type { CaseName } from "./conditionalCaseNames.ts";

export type Schema = { readonly [key: string]: JsonValue };

export interface LiftOptions {
  /** The schema is a definition's own: it gets the definition's name, never an earlier twin's. */
  readonly asDefinition?: boolean;
  /**
   * The schema only adds rules to a value whose type another part states (an `allOf` part left over
   * after merging, e.g. `if`/`then` requirements): an open core here is not a place left untyped,
   * since the enclosing value's type is the one targets use.
   */
  readonly constraining?: boolean;
}

/** How a schema that only adds rules to a value typed elsewhere is translated (an assertion's, an allOf part left over). */
export const CONSTRAINING: LiftOptions = { constraining: true };

/** No option: the default of every translate call that gives none (one object, not one per call). */
export const NO_OPTIONS: LiftOptions = Object.freeze({});

export interface ModelBuilderContext {
  readonly dialect: Dialect;
  /** Structural identities of this run's schemas and types (shape keys, recursion met again by content). */
  readonly keys: StructuralKeys;
  /** What union translation keeps while this model is built (translateUnion.ts). */
  readonly unions: UnionBookkeeping;
  /** What schema facts remember while this model is built (schemaFacts.ts). */
  readonly facts: SchemaFactsMemo;
  /** Translates a schema (`true`, `false` or an object); `nameHint` is the name it gets if it has to be lifted into a named type. */
  translate(schema: JsonValue | undefined, pointer: string, nameHint: string, options?: LiftOptions): TypeRef;
  /**
   * Names the type `build` makes, unless a type of the same `shape` already has a name. The name is
   * `nameHint`, or `nameHint` numbered when another type took it first.
   */
  liftShape(shape: string, pointer: string, nameHint: string, options: LiftOptions, build: (name: string) => NamedType): NamedTypeRef;
  /** A type name no other type has yet, from `wanted` (numbered if taken), claimed for the type at `pointer`. */
  claimName(wanted: string, pointer: string): string;
  /**
   * What a schema says, for analysis: `$ref`s followed and `allOf` merged (`true` for a schema that
   * accepts everything, `false` for one that accepts nothing). Assertions that did not merge are left out.
   */
  shapeOf(schema: JsonValue | undefined): Schema | boolean;
  /** Where a schema object sits in the document (a merged one: where the schema it came from sits), or `fallback`. */
  pointerOf(schema: JsonValue | undefined, fallback: string): string;
  /** pointerOf with no fallback: undefined for a schema that sits nowhere (so a fallback is spelled only when needed). */
  originOf(schema: JsonValue | undefined): string | undefined;
  /**
   * The name a schema object the document holds as it is (not one the builder composed) gets where it
   * is written: the root's or a definition's name, then a property's name, `Item` or `Value` per step
   * (undefined past any other step, as for a `$ref` to such a place).
   */
  nameWhereWritten(schema: JsonValue | undefined): string | undefined;
  /** Records that `made`, a schema the builder composed, stands for `from` (its pointer and base URI). */
  adopt(made: Schema, from: JsonValue | undefined): void;
  /** The type name of the definition a schema is only a `$ref` to (annotations aside), if it is. */
  definitionRefName(schema: JsonValue | undefined): string | undefined;
  /**
   * The key a schema that is only a `$ref` to a definition names it by, as written (OpenAPI's
   * component schema name, `Cat` of `#/components/schemas/Cat`): what a discriminator's value names.
   */
  definitionKeyOf(schema: JsonValue | undefined): string | undefined;
  /** The string a discriminator's implicit mapping names the definition filed under `key` by (discriminatorMappings.ts, implicitDiscriminatorValue). */
  implicitDiscriminatorValue(key: string): string;
  /**
   * The name of what a schema that is only a `$ref` refers to, where that is no definition: the key
   * its author filed it under (`#/components/schemas/Transaction1559Signed`), else its title.
   */
  refTargetName(schema: JsonValue | undefined): string | undefined;
  /** The definition that is only an `anyOf` / `oneOf` of references to `members` (definition names), in that order, if one is. */
  definitionOfUnion(keyword: "anyOf" | "oneOf", members: readonly string[]): string | undefined;
  /**
   * The definition an inline schema is a copy of (TypeBox inlines definitions by value), by the
   * shape its object, enum or array is lifted under, when no other definition has that shape.
   */
  definitionCopyOf(schema: JsonValue, pointer: string): string | undefined;
  /**
   * The type name of the definition a conditional's `if` / `then` / `else` at `pointer` is written in,
   * directly or in its `allOf` parts (`#/definitions/D/allOf/2/if`): what the conditional's rule
   * types are named after wherever it is met (translateAssertions).
   */
  definitionWritingConditional(pointer: string): string | undefined;
  /**
   * Says that no value of `schema`, a `oneOf` variant made with what is written beside the union
   * (translateUnion's distribute), has all of any of `keySets` (the other variants require them):
   * conditionals asking for them are settled there (normalizeSchema settlePresenceTests).
   */
  noteKeysNeverAllPresent(schema: Schema, keySets: readonly (readonly string[])[]): void;
  /** Whether `schema` is the model's own split of a conditional into its two cases (normalizeSchema's splitConditional), not a union the author wrote. */
  isConditionalSplit(schema: JsonValue): boolean;
  /** The name of a case of such a split, where its `if` tests one thing of one key (conditionalCaseNames). */
  conditionalCaseName(schema: JsonValue): CaseName | undefined;
  /**
   * Says that the lifted type `name` may have lost its last reference (a union whose variants were
   * lifted into the union that referred to it): the model leaves it out unless a type still refers to it.
   */
  release(name: string): void;
  /** Records a place left untyped although the schema says more (a warning for `gen`, an error under `--strict`). */
  fallback(pointer: string, kind: FallbackKind, reason: string): void;
}
