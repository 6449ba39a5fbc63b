// The normalized model: what every target renders from. It is built once from a JSON Schema document
// (see buildModel.ts), checked once by validateModel.ts, and already knows every name, how each
// union's variants are told apart, nullability, and which places had to stay untyped and why. A target
// only decides how to spell it in its language; it never reads the raw input (the JSON Schema target,
// whose output *is* the input document, aside).
//
// Shape of the model:
// - `types` holds every named type: the document's definitions (with `definitionName` set) and every
//   inline object, union or enum lifted out of them, each with a deterministic PascalCase name derived
//   from where it was found (`CronJob` › `state` → `CronJobState`; one several places share, from them
//   all: `CronJob` and `CronAddParams` › `schedule` → `CronSchedule`). `typesByName` is the one index over them.
// - Everything else refers to named types through `{ kind: "named", name }`. Types may be recursive
//   (a tree, the meta-schema, LSP's `Type`); only a cycle of aliases (A = B, B = A) is an error.
// - Nullability (`T | null`) is a type (`nullable`); optionality is a property flag (`required`).
// - Validation-only rules (`not`, `if`/`then`/`else`, `contains`, `propertyNames`, `minProperties`,
//   `dependentRequired`, an `allOf` part that does not merge…) are `Assertion`s on a `constrained`
//   type: validating targets (JSON Schema, DRF) enforce them, typed targets carry them as documentation.
// - Documentation (`Annotations`) rides on named types and properties; `documentation()` in
//   schemaModel.ts is the text a target shows for it.
//
// buildModel produces every construct below from some valid JSON Schema, and never refuses a valid
// one; targets switch exhaustively over every kind and rule (a construct added to the contract later
// is spelled `notRenderedYet` in a target until it learns it, targets/notRenderedYet.ts). How the
// builder reads JSON Schema, in short:
// - `allOf` and `$ref` with sibling keywords merge into one type (model/mergeSchemas.ts); what cannot
//   merge stays as `allOf` assertions; definitions merged in by `$ref` are an object's `bases`.
// - A schema without `type` whose validation keywords are all about one JSON type (only `properties`,
//   `required`…; only `minLength`, `pattern`…) is read as that type, as typed generators and AJV's
//   strictTypes read it, and marked `otherTypesPass` (Typeless): by JSON Schema a value of another type
//   passes it, which validating targets honour (outside a union, whose rule decides which values reach
//   a variant); keywords of several types make a union of those types.
// - Keywords JSON Schema does not define are annotations (`markdownDescription` is read as the
//   description when there is none); a remote `$ref` is never fetched (an `unknown` with a Fallback).
import type { IntegerSpellings, RoundedIntegers } from "../json/integerSpellings.ts";
import type { JsonValue } from "../json/types.ts";

/**
 * A JSON pointer into the input document (`source.document`), e.g.
 * `/definitions/CronJob/properties/schedule`. A schema brought in from another file sits in that
 * document's definitions, with the file and pointer it came from in `x-clone-bundled-from`.
 */
export type Pointer = string;

export interface SchemaModel {
  /** PascalCase name of the document, e.g. "Gateway", "CloneEvents"; prefixes document-level names. */
  readonly name: string;
  /**
   * The input document as read, with the schemas of the local files its refs name brought into its
   * definitions and remote refs marked (input/bundle.ts): self-contained. Of the targets, only the
   * JSON Schema target reads it (its output is the document); the others ask the model's functions
   * (documentPatterns, documentFormats: the patterns and formats the Python validators read the document's through).
   */
  readonly source: SourceDocument;
  /** Definitions first, in document order, then inline types in the order they were lifted. */
  readonly types: readonly NamedType[];
  /** The one lookup of `types` by name. */
  readonly typesByName: ReadonlyMap<string, NamedType>;
  /**
   * The document's own top-level type, if it has one: its root `oneOf`, or the document itself when
   * it is a schema (a meta-schema's root object, named after the model when `$ref: "#"` refers to it).
   * Absent when the document is only definitions (DAP, which declares `type: "object"` beside them; MCP).
   */
  readonly root?: NamedTypeRef;
  /** Named scalar constants the document declares (`x-clone-constants`), e.g. PROTOCOL_VERSION. */
  readonly constants: readonly Constant[];
  /** Places the model had to leave untyped (`unknown`) although the schema constrains them, each with why. */
  readonly fallbacks: readonly Fallback[];
  /** The methods, server events and error codes of a request/response protocol (`x-clone-operations`). */
  readonly operations?: Operations;
  /**
   * The types of the document's named places (`x-clone-named-places`: an API description's parameter
   * and header schemas) that the model made one of: values a client builds though no definition refers to them.
   */
  readonly namedPlaces?: readonly NamedTypeRef[];
}

/**
 * A protocol's operations, as the document declares them under `x-clone-operations` (its JSON form:
 * `{ frames: { request, response, event }, methods: { <name>: { params?, result? } }, events: { <name>:
 * { payload? } }, errorCodes? }`, each a schema, usually a `$ref` to a definition). Every schema is
 * translated like any other, so a type here is an ordinary type of the model. validateModel checks:
 * - `frames.request` is an object with `id` and `method` (strings) and an optional `params`;
 *   `frames.response` has an optional `payload`; `frames.event` has `event` (a string) and an
 *   optional `payload`. The request's other required keys are constants (the frame's tag), so a
 *   request is built from the id, the method and the params alone;
 * - method and event names are unique and non-empty;
 * - `errorCodes`, when present, is a string enum.
 */
export interface Operations {
  readonly frames: { readonly request: NamedTypeRef; readonly response: NamedTypeRef; readonly event: NamedTypeRef };
  /** In document order. */
  readonly methods: readonly Method[];
  /** Events the server pushes, in document order. */
  readonly events: readonly ServerEvent[];
  readonly errorCodes?: NamedTypeRef;
  readonly pointer: Pointer;
}

export interface Method {
  /** The wire name, e.g. "system.echo". */
  readonly name: string;
  /** Absent: the method takes no params. */
  readonly params?: TypeRef;
  /** Absent: the protocol does not type the result. */
  readonly result?: TypeRef;
  readonly pointer: Pointer;
}

export interface ServerEvent {
  /** The wire name, e.g. "tick". */
  readonly name: string;
  /** Absent: the protocol does not type the payload. */
  readonly payload?: TypeRef;
  readonly pointer: Pointer;
}

export interface SourceDocument {
  /**
   * Where the document came from, for messages and generated headers: the file path as given (on the
   * command line, or resolved from the config), or `typebox:<Family>`. `CodegenError.location` means
   * the same thing.
   */
  readonly location: string;
  readonly dialect: "draft-04" | "draft-06" | "draft-07" | "2019-09" | "2020-12";
  /** Which key holds the named definitions. */
  readonly definitionsKey: "definitions" | "$defs";
  readonly document: { readonly [key: string]: JsonValue };
  /**
   * Where the file itself keeps the definitions, when that is not where `document` has them (an
   * OpenAPI document's `/components/schemas`, read as `/$defs`, and its operations' inline payloads:
   * input/apiDescription.ts): messages name a place by the file's pointer (pointerInFile).
   */
  readonly definitionsInFile?: DefinitionsInFile;
  /** The document's long integer literals as written (integerSpellings.ts): a target writing a number writes this spelling. */
  readonly integerSpellings: IntegerSpellings;
  /** Doubles that several different integer literals of the document round to: each output writes the double, and gen warns where (integerSpellings.ts). */
  readonly integersRoundedTogether: RoundedIntegers;
  /** Keywords the model reads as ruling nothing though their author meant a rule (OpenAPI's `nullable: true` with no `type`): gen warns of each. */
  readonly keywordsWithoutEffect?: readonly KeywordWithoutEffect[];
  /**
   * Keywords whose value the document's dialect gives no meaning to, read as their author meant them
   * (OpenAPI 3.0's boolean `exclusiveMinimum` left in a 3.1 description: input/apiDescription.ts):
   * gen warns of each, so `--strict` refuses the document as a plain JSON Schema one is refused.
   */
  readonly keywordsReadAsMeant?: readonly KeywordWithoutEffect[];
  /**
   * The places (as the file has them) of the schemas whose rules the model's reading moved into an
   * `anyOf` beside `{type: null}` (OpenAPI's `nullable: true` with no `type`: model/documentReadings.ts), so
   * that a place under one is named as the file spells it (pointerInFile).
   */
  readonly rulesMovedBesideNull?: readonly string[];
  /**
   * The places (as `document` has them, before any rules move beside null) of the schemas whose
   * OpenAPI `example` is read as `examples: [example]` (input/apiDescription.ts), so that a message
   * about the value names the file's `…/example`, not an `…/examples/0` it does not have (pointerInFile).
   */
  readonly examplesWrittenSingly?: readonly string[];
  /**
   * The example values an API description writes beside a schema, outside every Schema Object (an
   * OpenAPI media type's, a parameter's: input/apiDescription.ts). No output shows them; the
   * conformance run judges each against its schema.
   */
  readonly examplesBesideSchemas?: ExamplesBesideSchemas;
  /**
   * Set where the file declares draft-03 and `document` is its draft-04 reading (input/draft03.ts):
   * the places that reading moved (`/allOf/0` is the file's `/extends/0`), so that a message names
   * the place as the file writes it (pointerInFile).
   */
  readonly readFromDraft03?: { readonly placesAsWritten: readonly PlaceAsWritten[] };
  /**
   * The places each draft-03 file the bundle brought schemas in from had moved by its reading as draft-04
   * (readFromDraft03's, that file's), by the file's location as `x-clone-bundled-from` names it: a message
   * inside such a schema names the place as that file writes it (placeInFile).
   */
  readonly filesReadFromDraft03?: Readonly<Record<string, readonly PlaceAsWritten[]>>;
}

/** A place the draft-03 reading moved: `read` (a pointer of the document as read) is `written` in the file; so is every place below it. */
export interface PlaceAsWritten {
  readonly read: string;
  readonly written: string;
}

export interface KeywordWithoutEffect {
  readonly pointer: Pointer;
  readonly reason: string;
  /**
   * `pointer` names the place as the file writes it already, a place the document as read does not hold
   * (a keyword the draft-03 reading dropped: input/draft03.ts): it is not read back through the file's
   * moves, where `/multipleOf` beside `divisibleBy` would be the `/divisibleBy` read there.
   */
  readonly placedAsWritten?: true;
  /** The file `pointer` is in, where another than the input's (a keyword another draft-03 file of the bundle drops: readSchemaFile). */
  readonly location?: string;
}

/** Where a file keeps its definitions: each under `container`, but those `places` lists, each at its own pointer. */
export interface DefinitionsInFile {
  readonly container: string;
  /** Definition name → the pointer of its schema in the file. */
  readonly places: Readonly<Record<string, string>>;
}

export interface ExamplesBesideSchemas {
  readonly found: readonly ExampleBesideSchema[];
  /** Those no schema judges, each with why (its media type is not JSON; an `externalValue`, never fetched). */
  readonly notJudged: readonly { readonly pointer: Pointer; readonly reason: string }[];
}

export interface ExampleBesideSchema {
  /** Where the file writes it (`…/examples/cat/value`); for an Example Object brought by a `$ref`, the `$ref`'s place (`…/examples/cat`). */
  readonly pointer: Pointer;
  /** Where the value itself is, when a `$ref` brought it (`/components/examples/Cat/value`). */
  readonly referredTo?: Pointer;
  readonly value: JsonValue;
  /** Where the file writes the schema beside it. */
  readonly schemaPointer: Pointer;
  /**
   * The schema: the definition it is (the named schema it only refers to, or the inline payload typed
   * as a definition), else the schema as the document read as JSON Schema holds one (its refs to
   * named schemas moved as every schema's are), which is no type of the model.
   */
  readonly schema: { readonly definition: string } | { readonly inline: JsonValue };
}

export interface Constant {
  /** SCREAMING_SNAKE_CASE as written in the document, e.g. "PROTOCOL_VERSION". */
  readonly name: string;
  readonly value: string | number | boolean;
}

/**
 * A place where a typed language gets the open JSON value instead of a type, although the schema says
 * more (a remote `$ref`, a value only validation rules such as `not` describe, an
 * `unevaluatedProperties` that depends on conditionals): for `gen` to report as a warning, and for
 * `--strict` to refuse. A plain `{}` (any value, by the schema's own word) is not a fallback.
 * model/summary.ts counts untyped properties (isUntypedProperty) apart from fallbacks.
 */
export interface Fallback {
  readonly kind: FallbackKind;
  readonly pointer: Pointer;
  readonly reason: string;
}

/**
 * Why the place is left untyped: a `$ref` to a document that is not here (never fetched: no runtime
 * checks what it would say), rules only validators check, or an `unevaluated*` keyword that depends
 * on what other applicators evaluate (only json-schema follows it).
 */
export type FallbackKind = "remote-ref" | "dynamic-scope" | "rules-only" | "unevaluated-beyond-reach";

/** Documentation a schema carries; every output that can show it does. */
export interface Annotations {
  readonly title?: string;
  readonly description?: string;
  readonly examples?: readonly JsonValue[];
  readonly deprecated?: boolean;
  /** Why it is deprecated and what to use instead (VS Code's `deprecationMessage`), where `deprecated` is true. */
  readonly deprecationMessage?: string;
}

// ---------------------------------------------------------------------------------------------------
// Named types

export type NamedType = ObjectType | UnionType | EnumType | AliasType;

interface NamedTypeBase extends Annotations {
  /** PascalCase, unique within the model. Targets may escape it but never rename it. */
  readonly name: string;
  /** Where the schema of this type sits in the input document. */
  readonly pointer: Pointer;
  /** Set when the type is a document definition: its key under `definitions` / `$defs`, exactly as written. Lifted inline types have none. */
  readonly definitionName?: string;
}

export interface ObjectType extends NamedTypeBase {
  readonly kind: "object";
  /** In the order the schema declares them, bases' properties first (see `bases`). */
  readonly properties: readonly Property[];
  /**
   * Object definitions this one was composed from by `allOf` (`Request` is `ProtocolMessage` plus its
   * own keys): their properties are already merged into `properties`; typed targets may share them
   * (a Swift protocol the structs adopt). Each base is an object type of the model.
   */
  readonly bases: readonly NamedTypeRef[];
  /** Keys matching a pattern (and not declared in `properties`): typed extra-key maps, in schema order. */
  readonly patternProperties: readonly PatternProperty[];
  /**
   * Keys matching neither `properties` nor any pattern: `false` rejects them (`additionalProperties:
   * false`); otherwise they are allowed with values of that type (`{ kind: "unknown" }` when open).
   */
  readonly additionalProperties: false | TypeRef;
  /** Conditional requirements (`if`/`then`), e.g. source = "integration" requires source_detail. */
  readonly requiredWhen: readonly RequiredWhen[];
  /** The schema names no `type`, only object keywords: other JSON values pass it (see Typeless). */
  readonly otherTypesPass?: true;
}

export interface Property extends Annotations {
  /** The key on the wire, exactly as in the schema. */
  readonly name: string;
  readonly type: TypeRef;
  /** The key must be present. A required property may still be nullable (its type says so). */
  readonly required: boolean;
  readonly default?: JsonValue;
  readonly pointer: Pointer;
}

export interface PatternProperty {
  /** The ECMA-262 regular expression, as written in the schema. */
  readonly pattern: string;
  readonly type: TypeRef;
  readonly pointer: Pointer;
  /**
   * What the schema says of the keys' values (the pattern's schema's `description`), where their type
   * does not document itself (a string, an array: not a named type, which carries its own): Deno's
   * `tasks`, `{"^[A-Za-z]…$": {type: string, description: "Command to execute for this task name."}}`.
   */
  readonly description?: string;
}

/** When `property` holds `equals`, every key in `require` must be present. */
export interface RequiredWhen {
  readonly property: string;
  readonly equals: JsonValue;
  readonly require: readonly string[];
  readonly pointer: Pointer;
}

/**
 * A union, with how a decoder picks the variant a value belongs to. The rule is chosen by the model
 * (model/discriminateUnion.ts states the precedence; model/selectVariant.ts is the executable
 * statement of each rule) and each kind of union carries its variants' selectors:
 * - `tag`: every variant is an object with a required constant at `property` (a string, number or
 *   boolean); the value there picks the variant. Tags are distinct.
 * - `jsonType`: every variant has a different JSON type (null, boolean, number, string, array,
 *   object); `integer` and `number` count as one, since 1 is both.
 * - `keyPresence`: objects (open ones too) told apart by which keys are present. A variant is a
 *   candidate when all its `keys` are present; the value belongs to the first candidate, in union
 *   order, that it validates against. The builder puts a variant before every variant whose keys are
 *   a subset of its own (more specific first), and no two variants have the same keys. When every
 *   variant is a closed object with a key no other declares, a value has at most one candidate, so a
 *   decoder need not try further; with open objects (JSON-RPC's request, notification, response and
 *   error) a value may have several, and a decoder tries them in order.
 * - `firstMatch`: JSON Schema's own semantics: the first variant, in order, that the value validates
 *   against. For `anyOf` any variant that validates is right, so the builder may order them most
 *   specific first; for `oneOf` exactly one may validate, which validating targets check.
 * A key-presence or first-match union may carry a `preference` (an OpenAPI discriminator its variants
 * do not pin): the variant a value names is tried first; acceptance never changes (VariantPreference).
 * A first-match union may stand for a discriminated base (`base`): the base's extensions, then the base.
 * validateModel.ts checks each of these.
 */
export type UnionType = TagUnion | JsonTypeUnion | KeyPresenceUnion | FirstMatchUnion;

interface UnionBase<Variant> extends NamedTypeBase {
  readonly kind: "union";
  /** `oneOf` (exactly one variant validates) or `anyOf` (at least one). */
  readonly keyword: "oneOf" | "anyOf";
  readonly variants: readonly Variant[];
}

export interface UnionVariant {
  /** PascalCase, unique within the union, from the tag ("session.started" → "SessionStarted"), the
   * JSON type ("Boolean"), the keys ("JobId") or the variant's type name. Targets derive case names from it. */
  readonly name: string;
  readonly type: TypeRef;
  /**
   * What the schema says of this variant (its `description`), where the variant is one schema as
   * written and its type does not document itself: a string, an array, a constant, not a named type
   * (which carries its own). `oneOf: [{type: string, description: "A path"}, …]`.
   */
  readonly description?: string;
}

export interface TagVariant extends UnionVariant {
  /** The constant at the union's `property` that selects this variant. */
  readonly tag: string | number | boolean;
}

export interface JsonTypeVariant extends UnionVariant {
  readonly jsonType: JsonType;
}

export interface KeyPresenceVariant extends UnionVariant {
  /** Keys that must all be present for this variant to be a candidate (tried in union order); may be empty (a catch-all, last). */
  readonly keys: readonly string[];
}

export interface TagUnion extends UnionBase<TagVariant> {
  readonly rule: "tag";
  readonly property: string;
}

export interface JsonTypeUnion extends UnionBase<JsonTypeVariant> {
  readonly rule: "jsonType";
}

export interface KeyPresenceUnion extends UnionBase<KeyPresenceVariant> {
  readonly rule: "keyPresence";
  readonly preference?: VariantPreference;
}

export interface FirstMatchUnion extends UnionBase<UnionVariant> {
  readonly rule: "firstMatch";
  readonly preference?: VariantPreference;
  /**
   * Set on the union a reference to an OpenAPI discriminated base stands for (model/baseUnions.ts):
   * the base's type name. Its last variant is the base; every other is an object type built on it
   * (its `bases`, transitively), so it takes no value the base does not, and the union, `anyOf`,
   * takes exactly the base's values. validateModel checks both.
   */
  readonly base?: string;
  /**
   * Where the variants are tried in another order than the schema writes them (narrowerVariantsFirst):
   * each variant's position among them as written, 0-based, so that what a target says of "variant 2"
   * is the schema's second.
   */
  readonly positionsWritten?: readonly number[];
}

/**
 * Which variant an object is tried as first, by the string it holds at `property`: an OpenAPI
 * `discriminator` beside a union its variants do not tag (springdoc's `Cat` and `Dog`, each `allOf`
 * the `Pet` that declares `petType` as any string, open objects both). A value whose `petType` is
 * `"Dog"` matches both, and the first variant took it; OpenAPI says the discriminator names the one
 * meant. A value holding one of `cases`' strings at `property` is tried as that variant first (a
 * key-presence union: when the variant is a candidate); if it does not match, the union's own order
 * applies unchanged. So the preference never changes which values the union accepts, only which
 * variant takes a value several match. `cases` come from the discriminator's `mapping` (a value to a
 * schema the variant refers to), then its implicit mapping (the name of each component schema a
 * variant refers to, or the `x-ms-discriminator-value` Azure writes on it, unless the mapping lists
 * that string): translateUnion.ts, discriminatorCases.
 * validateModel checks that every case names a variant, and no string twice.
 */
export interface VariantPreference {
  /** The object key whose string value names the variant (the discriminator's `propertyName`). */
  readonly property: string;
  /** In the discriminator's order: the explicit mapping's, then the implicit. */
  readonly cases: readonly { readonly value: string; readonly variant: string }[];
}

/**
 * A set of scalar values of one JSON type (`enum`, or `anyOf` of `const`s), distinct, each of
 * `valueType`. With `otherValues` the set is open: the known values, or any other value that type
 * accepts (`ToolName`: a known tool, or any string matching the MCP pattern; openclaw's channel: "last"
 * or any non-empty string). A known value need not satisfy `otherValues`.
 */
export interface EnumType extends NamedTypeBase {
  readonly kind: "enum";
  readonly valueType: "string" | "integer" | "number" | "boolean";
  readonly values: readonly (string | number | boolean)[];
  readonly otherValues?: StringTypeRef | NumberTypeRef;
  /** What the schema says of its values, in their order, only of those it names or describes (enumValueNotes.ts). */
  readonly valueNotes?: readonly EnumValueNote[];
}

/** What an enum's author says of one of its values: a name (other than the value itself), a description, or both. */
export interface EnumValueNote {
  readonly value: string | number | boolean;
  readonly name?: string;
  readonly description?: string;
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
  | BooleanTypeRef
  | NullTypeRef
  | LiteralTypeRef
  | ArrayTypeRef
  | TupleTypeRef
  | RecordTypeRef
  | UnknownTypeRef
  | NullableTypeRef
  | ConstrainedTypeRef
  | NamedTypeRef;

/**
 * Set when the schema names no `type`, only keywords of this one (`minLength`, `minimum`, `items`…):
 * by JSON Schema a value of any other JSON type passes it untouched. Typed targets read it as this
 * type; validating targets let the other values through (as ObjectType.otherTypesPass for objects).
 */
export interface Typeless {
  readonly otherTypesPass?: true;
}

/** The references that may be Typeless. */
export type TypelessTypeRef = StringTypeRef | NumberTypeRef | ArrayTypeRef | TupleTypeRef | RecordTypeRef;

export interface StringTypeRef extends Typeless {
  readonly kind: "string";
  readonly constraints: StringConstraints;
}

export interface NumberTypeRef extends Typeless {
  readonly kind: "integer" | "number";
  readonly constraints: NumberConstraints;
}

export interface BooleanTypeRef {
  readonly kind: "boolean";
}

/** Only `null` (`type: "null"` outside a union). `T | null` is `nullable`. */
export interface NullTypeRef {
  readonly kind: "null";
}

/** A single constant value (`const`, or a one-value `enum`): any JSON value but null, which is `{ kind: "null" }`. */
export interface LiteralTypeRef {
  readonly kind: "literal";
  readonly value: Exclude<JsonValue, null>;
}

export interface ArrayTypeRef extends Typeless {
  readonly kind: "array";
  readonly items: TypeRef;
  readonly constraints: ArrayConstraints;
  /**
   * What the schema says of each item (the items schema's description, else its title), where the
   * items' type does not document itself (a string, an array: not a named type, which carries its
   * own): `tags: {type: array, items: {type: string, description: "A tag, lower-case"}}`. Targets say
   * it where they document the place holding the array (partNotes, schemaModel.ts).
   */
  readonly itemsDescription?: string;
}

/** An array whose first items have types of their own (`prefixItems`, or draft-07 `items` as a list). */
export interface TupleTypeRef extends Typeless {
  readonly kind: "tuple";
  readonly prefixItems: readonly TypeRef[];
  /** Items after the prefix: `false` forbids them (`items: false` / `additionalItems: false`). */
  readonly rest: false | TypeRef;
  readonly constraints: ArrayConstraints;
  /**
   * What the schema says of each prefix item, by position (its schema's description, else its title;
   * none where it says nothing or its type is named), as ArrayTypeRef.itemsDescription says of items:
   * `prefixItems: [{type: number, description: "Longitude"}, …]`. Present where one item has some.
   */
  readonly prefixItemsDescriptions?: readonly (string | undefined)[];
  /** What the schema says of the items after the prefix (`items` after `prefixItems`, `additionalItems` after a list `items`), as of each prefix item. */
  readonly restDescription?: string;
}

/** An object used as a map: any string key, every value of one type. */
export interface RecordTypeRef extends Typeless {
  readonly kind: "record";
  readonly values: TypeRef;
  /** What the schema says of each value (the values' schema's description, else its title), as ArrayTypeRef.itemsDescription says of items. */
  readonly valuesDescription?: string;
}

/** Any JSON value. */
export interface UnknownTypeRef {
  readonly kind: "unknown";
}

/** `T | null`: the value may be null. Whether the key may be absent is the property's business. */
export interface NullableTypeRef {
  readonly kind: "nullable";
  readonly type: TypeRef;
}

/** A value of `type` that must also satisfy every assertion: rules a type system does not express. */
export interface ConstrainedTypeRef {
  readonly kind: "constrained";
  readonly type: TypeRef;
  readonly assertions: readonly Assertion[];
}

export interface NamedTypeRef {
  readonly kind: "named";
  readonly name: string;
}

// ---------------------------------------------------------------------------------------------------
// Validation-only rules. Each names the pointer of the keyword it came from. As in JSON Schema, a rule
// about objects (`propertyNames`, `propertyCount`, `dependentRequired`, `dependentSchema`) holds for
// object values only and `contains` for arrays only: other values pass it.

export type Assertion =
  /** `not`: the value must not validate against `type`. */
  | { readonly kind: "not"; readonly type: TypeRef; readonly pointer: Pointer }
  /** An `allOf` part (or a `$ref` sibling set) that could not be merged into the type: the value must validate against it too. */
  | { readonly kind: "allOf"; readonly type: TypeRef; readonly pointer: Pointer }
  /** `if`/`then`/`else` beyond the `requiredWhen` form. */
  | { readonly kind: "conditional"; readonly if: TypeRef; readonly then?: TypeRef; readonly else?: TypeRef; readonly pointer: Pointer }
  /** `contains` (with `minContains` / `maxContains`): how many items validate against `type`. */
  | { readonly kind: "contains"; readonly type: TypeRef; readonly min: number; readonly max?: number; readonly pointer: Pointer }
  /** `propertyNames`: every key of the object validates against `type` (a string type). */
  | { readonly kind: "propertyNames"; readonly type: TypeRef; readonly pointer: Pointer }
  /** `minProperties` / `maxProperties`. */
  | { readonly kind: "propertyCount"; readonly min?: number; readonly max?: number; readonly pointer: Pointer }
  /** `dependentRequired` / array-valued `dependencies`: when `property` is present, so is every key of `require`. */
  | { readonly kind: "dependentRequired"; readonly property: string; readonly require: readonly string[]; readonly pointer: Pointer }
  /** `dependentSchemas` / schema-valued `dependencies`: when `property` is present, the object validates against `type`. */
  | { readonly kind: "dependentSchema"; readonly property: string; readonly type: TypeRef; readonly pointer: Pointer };

export interface StringConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
}

export interface NumberConstraints {
  readonly minimum?: number;
  readonly maximum?: number;
  /** Always the draft-06+ numeric form; draft-04's boolean form is converted on input. */
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  /**
   * A `format` on a number, e.g. OpenAPI's `int32` (DAP's `seq`): validating targets hold values to it
   * as they do a string's format (AJV's ajv-formats checks `int32` and `int64`; others are annotations).
   */
  readonly format?: string;
}

export interface ArrayConstraints {
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}
