// What the per-concept translators (translateObject, translateUnion) need from the model builder:
// recursion into child schemas, and the one registry that names lifted types.
import type { JsonValue } from "../json/types.ts";
import type { NamedType, NamedTypeRef, TypeRef } from "./types.ts";

export type Schema = { readonly [key: string]: JsonValue };

export interface LiftOptions {
  /** The schema is a definition's own: it gets the definition's name, never an earlier twin's. */
  readonly asDefinition?: boolean;
}

export interface ModelBuilderContext {
  /** Translates a schema; `nameHint` is the name it gets if it has to be lifted into a named type. */
  translate(schema: Schema, pointer: string, nameHint: string, options?: LiftOptions): TypeRef;
  /** `translate` for a value not yet known to be a schema object (`true` counts as `{}`). */
  translateChild(value: JsonValue | undefined, pointer: string, nameHint: string): TypeRef;
  /** Names the type `build` makes, unless a type of the same `shape` already has a name. */
  liftShape(shape: string, pointer: string, nameHint: string, options: LiftOptions, build: () => NamedType): NamedTypeRef;
  expectSchema(value: JsonValue | undefined, pointer: string): Schema;
  /** The schema a top-level `$ref` points to (followed transitively), or the schema itself. */
  followRef(schema: Schema, pointer: string): Schema;
}
