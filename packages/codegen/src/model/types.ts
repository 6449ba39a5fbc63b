// The normalized model: what every target renders from. It is built once from a JSON Schema document
// (see buildModel.ts) and already knows every name, discriminator and nullability, so a target only
// decides how to spell them in its language.
//
// Shape of the model:
// - `types` holds every named type: the document's definitions (origin "definition") and every inline
//   object, union or enum lifted out of them (origin "inline"), each with a deterministic PascalCase
//   name derived from where it was first found (`CronJob` › `schedule` → `CronJobSchedule`).
// - Everything else refers to named types through `{ kind: "named", name }`.
// - Nullability (`T | null`) is a type (`nullable`); optionality is a property flag (`required`).
import type { JsonValue } from "../json/types.ts";

/** A JSON pointer into the input document, e.g. `/definitions/CronJob/properties/schedule`. */
export type Pointer = string;

export interface SchemaModel {
  /** PascalCase name of the document, e.g. "Gateway", "CloneEvents"; prefixes document-level names. */
  readonly name: string;
  /** The input document as read: the JSON Schema target re-emits its definitions. */
  readonly source: SourceDocument;
  /** Definitions first, in document order, then inline types in the order they were lifted. */
  readonly types: readonly NamedType[];
  /** The document's top-level type (its root `oneOf`), if it has one: always a named union. */
  readonly root?: NamedTypeRef;
  /** Named scalar constants the document declares (`x-clone-constants`), e.g. PROTOCOL_VERSION. */
  readonly constants: readonly Constant[];
}

export interface SourceDocument {
  /** Where the document came from, for messages: a file path or `typebox:<Family>`. */
  readonly origin: string;
  readonly dialect: "draft-07" | "2020-12";
  /** Which key holds the named definitions. */
  readonly definitionsKey: "definitions" | "$defs";
  readonly document: { readonly [key: string]: JsonValue };
}

export interface Constant {
  /** SCREAMING_SNAKE_CASE as written in the document, e.g. "PROTOCOL_VERSION". */
  readonly name: string;
  readonly value: string | number | boolean;
}

// ---------------------------------------------------------------------------------------------------
// Named types

export type NamedType = ObjectType | UnionType | EnumType | AliasType;

interface NamedTypeBase {
  /** PascalCase, unique within the model. Targets may escape it but never rename it. */
  readonly name: string;
  /** Where the schema of this type sits in the input document. */
  readonly pointer: Pointer;
  /** A document definition, or lifted out of one. */
  readonly origin: "definition" | "inline";
  readonly description?: string;
}

export interface ObjectType extends NamedTypeBase {
  readonly kind: "object";
  /** In the order the schema declares them. */
  readonly properties: readonly Property[];
  /**
   * Keys beyond `properties`: `false` rejects them (`additionalProperties: false`); a type allows them
   * with values of that type (`{ kind: "unknown" }` when the schema leaves them open).
   */
  readonly additionalProperties: false | TypeRef;
  /** Conditional requirements (`if`/`then`), e.g. source = "integration" requires source_detail. */
  readonly requiredWhen: readonly RequiredWhen[];
}

export interface Property {
  /** The key on the wire, exactly as in the schema. */
  readonly name: string;
  readonly type: TypeRef;
  /** The key must be present. A required property may still be nullable (its type says so). */
  readonly required: boolean;
  readonly description?: string;
  readonly default?: JsonValue;
  readonly pointer: Pointer;
}

/** When `property` holds `equals`, every key in `require` must be present. */
export interface RequiredWhen {
  readonly property: string;
  readonly equals: JsonValue;
  readonly require: readonly string[];
  readonly pointer: Pointer;
}

/**
 * A union whose variants can always be told apart, by one of three rules:
 * - `property`: every variant is an object with a required string constant at `property` (a tag);
 * - `jsonType`: every variant has a different JSON type (boolean, object, string, …);
 * - `requiredKey`: every variant is a closed object with a required key no other variant declares.
 */
export interface UnionType extends NamedTypeBase {
  readonly kind: "union";
  readonly discriminator: UnionDiscriminator;
  readonly variants: readonly UnionVariant[];
}

export type UnionDiscriminator =
  | { readonly kind: "property"; readonly property: string }
  | { readonly kind: "jsonType" }
  | { readonly kind: "requiredKey" };

export interface UnionVariant {
  /** PascalCase, unique within the union, from the tag ("session.started" → "SessionStarted"), the
   * JSON type ("Boolean") or the required key ("JobId"). Targets derive case names from it. */
  readonly name: string;
  readonly type: TypeRef;
  /** Set for `property` unions: the tag value that selects this variant. */
  readonly tag?: string;
  /** Set for `jsonType` unions. */
  readonly jsonType?: JsonType;
  /** Set for `requiredKey` unions. */
  readonly requiredKey?: string;
}

/** A closed set of strings (`enum`, or `anyOf` of string `const`s). */
export interface EnumType extends NamedTypeBase {
  readonly kind: "enum";
  readonly values: readonly string[];
}

/** A definition that is neither object, union nor enum (e.g. `{ "type": "string" }`). */
export interface AliasType extends NamedTypeBase {
  readonly kind: "alias";
  readonly type: TypeRef;
}

// ---------------------------------------------------------------------------------------------------
// Type references

export type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";

export type TypeRef =
  | StringTypeRef
  | NumberTypeRef
  | { readonly kind: "boolean" }
  | LiteralTypeRef
  | ArrayTypeRef
  | RecordTypeRef
  | { readonly kind: "unknown" }
  | NullableTypeRef
  | NamedTypeRef;

export interface StringTypeRef {
  readonly kind: "string";
  readonly constraints: StringConstraints;
  /** Values the schema names without closing the set (`anyOf: [{const: "a"}, {type: "string"}]`). */
  readonly knownValues?: readonly string[];
}

export interface NumberTypeRef {
  readonly kind: "integer" | "number";
  readonly constraints: NumberConstraints;
}

/** A single constant value (`const`). */
export interface LiteralTypeRef {
  readonly kind: "literal";
  readonly value: string | number | boolean;
}

export interface ArrayTypeRef {
  readonly kind: "array";
  readonly items: TypeRef;
  readonly constraints: ArrayConstraints;
}

/** An object used as a map: any string key, every value of one type. */
export interface RecordTypeRef {
  readonly kind: "record";
  readonly values: TypeRef;
}

/** `T | null`: the value may be null. Whether the key may be absent is the property's business. */
export interface NullableTypeRef {
  readonly kind: "nullable";
  readonly type: TypeRef;
}

export interface NamedTypeRef {
  readonly kind: "named";
  readonly name: string;
}

export interface StringConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
}

export interface NumberConstraints {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}

export interface ArrayConstraints {
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}
