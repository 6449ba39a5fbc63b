// JSON Schema document → normalized model. Every decision about names, nullability and how union
// variants are told apart is made here, once, for all targets. No valid JSON Schema is refused:
// what a typed language cannot express becomes a constrained or open type, and a place left untyped
// although the schema says more is recorded as a Fallback (gen warns, `--strict` refuses).
//
// Steps: read the document as the model reads it (documentReadings.ts: OpenAPI's and AJV's own
// keywords, keywords of other dialects); register the document's definitions under their type
// names (a name another type already took is numbered); translate each definition, lifting inline objects, unions and enums into named
// types (an inline schema identical to one already named reuses that name); translate the document's
// own schema when it is a type (see translateRoot); read constants; make the union each reference to
// an OpenAPI discriminated base met stands for (baseUnions.ts); order each anyOf's variants most
// specific first (narrowerVariantsFirst.ts); then check the result against the contract
// (validateModel.ts) before any target sees it.
//
// Per schema (translate): `allOf` and `$ref` with siblings are merged first (normalizeSchema.ts);
// a reference becomes the named type of its definition (recursion is just a reference); the rest is
// translated by what it is (values, union, type) and its validation-only keywords become assertions.
import { childPointer, CodegenError } from "../errors.ts";
import { definitionEntries, type DefinitionEntry } from "./definitionEntries.ts";
import { documentAsRead } from "./documentReadings.ts";
import type { JsonValue } from "../json/types.ts";
import { DYNAMIC_SCOPE_REF_KEYWORD, NAMED_PLACES_KEYWORD, REMOTE_REF_KEYWORD } from "../jsonSchema/bundleKeywords.ts";
import { idKeyword, isUnder, pointerTokens, resolveUri, SchemaIndex, valueAt, walkDocumentSchemas } from "../jsonSchema/references.ts";
import { StructuralKeys } from "../json/stable.ts";
import { ownEntriesWhere } from "../json/ownEntries.ts";
import { authoredSchemaName, DEFINITION_CONTAINERS, dialectAtLeast, forEachSubschema, isValidationKeyword, UNEVALUATED_KEYWORDS } from "../jsonSchema/vocabulary.ts";
import { baseUnionName, definitionTypeName, firstFreeName, inlineTypeName, sharedTypeName, variantNameFromTitle } from "../naming/typeNames.ts";
import { baseUnionType, type DefinitionType } from "./baseUnions.ts";
import type { CaseName } from "./conditionalCaseNames.ts";
import { discriminatedBases, implicitDiscriminatorValue } from "./discriminatorMappings.ts";
import { pascalCase } from "../naming/words.ts";
import { CONSTRAINING, NO_OPTIONS, type LiftOptions, type ModelBuilderContext, type Schema } from "./modelBuilderContext.ts";
import { neverType, isNeverType } from "./neverType.ts";
import { withoutVariantsOfNoValue } from "./variantsOfNoValue.ts";
import { isPureRef, refKeywordOf, refOf, remoteReason, SchemaNormalizer, type Normalized, type NormalizerHost, type RefResolution } from "./normalizeSchema.ts";
import { annotationsOf, arrayShapeKey, constantValues, declaredTypes, enumShapeKey, FAMILIES, impliedFamilies, numberConstraints, objectShapeKey, rulesBesideConstants, SchemaFactsMemo, stringConstraints } from "./schemaFacts.ts";
import { createSchemaModel } from "./schemaModel.ts";
import { translateArray } from "./translateArray.ts";
import { impliedByType, testedConstantName, translateAssertions } from "./translateAssertions.ts";
import { translateObject } from "./translateObject.ts";
import { OPERATIONS_KEYWORD } from "./operationsKeyword.ts";
import { translateOperations } from "./translateOperations.ts";
import { discriminatorOf, translateTypeList, translateUnion, UnionBookkeeping } from "./translateUnion.ts";
import { translateValues } from "./translateValues.ts";
import type { Assertion, Constant, Fallback, FallbackKind, JsonType, NamedType, NamedTypeRef, Operations, SchemaModel, SourceDocument, TypeRef } from "./types.ts";
import { namedRefsIn, refsOfOperations, refsOfType, renamedOperations, renamedRef, renamedType, type Rename } from "./walk.ts";
import { narrowerVariantsFirst } from "./narrowerVariantsFirst.ts";
import { validateModel } from "./validateModel.ts";
import { enumValueNotesAt } from "./enumValueNotes.ts";

export interface BuildModelOptions {
  /** The model's name; defaults to the document title (or "Schema") in PascalCase. */
  readonly name?: string;
  /**
   * How keywords beside a `$ref` are read in draft-04, -06 and -07, whose text says they are
   * ignored: "apply" (the default, AJV's reading in every draft: the ref and its siblings all apply,
   * normalizeSchema.ts) or "ignore" (those drafts' own reading, which Python's jsonschema and
   * fastjsonschema follow: the conformance run judges their verdicts by it). From 2019-09 on they
   * always apply.
   */
  readonly refSiblings?: "apply" | "ignore";
  /**
   * What counts as evaluated in 2019-09 and 2020-12: "specification" (the default) or "ajv", as ajv
   * 8.20 compiles it (the conformance run judges AJV's verdicts by it). A `contains` that needs no
   * match (`minContains: 0`, no `maxContains`) is ignored; one of a schema every item passes only
   * counts the items; any other marks every item evaluated, so an `unevaluatedItems` beside it (or
   * beside an allOf part holding it) checks nothing, where 2020-12 evaluates only the items it
   * matches. Beside `dependentSchemas`, the keys `properties` evaluate count only when its first
   * entry applies (dependentSchemasAsAjvReadsThem). What an `if` evaluates counts when a clause AJV
   * checks runs (conditionalsAsAjvReadsThem).
   */
  readonly evaluationReading?: "specification" | "ajv";
}

export function buildModel(source: SourceDocument, options: BuildModelOptions = {}): SchemaModel {
  try {
    const model = narrowerVariantsFirst(withoutVariantsOfNoValue(new ModelBuilder(documentAsRead(source, options)).build(options)));
    validateModel(model);
    return model;
  } catch (error) {
    throw error instanceof CodegenError ? error.withLocation(source.location) : error;
  }
}

/** How deep schemas merged into one another nest before one met again is looked for by its content (mergedAgain). */
const MERGED_DEPTH_COMPARED_BY_CONTENT = 16;

const CONSTANTS_KEYWORD = "x-clone-constants";
/** Keys of the document that are not part of its own schema. */
const ROOT_KEYWORDS = new Set(["definitions", "$defs", CONSTANTS_KEYWORD, OPERATIONS_KEYWORD, NAMED_PLACES_KEYWORD]);
/** The URI the document is resolved against when it has no `$id` of its own. */
const DOCUMENT_URI = "clone-codegen:/input.json";

interface Definition {
  readonly typeName: string;
  readonly pointer: string;
  readonly schema: JsonValue;
}

class ModelBuilder implements ModelBuilderContext, NormalizerHost {
  readonly dialect: SourceDocument["dialect"];
  readonly readsEvaluation: boolean;
  readonly keys = new StructuralKeys();
  readonly unions = new UnionBookkeeping();
  readonly facts = new SchemaFactsMemo();
  /** The document, every schema object of which sits at one place (so it has one pointer); never changed. */
  private document: { readonly [key: string]: JsonValue };
  private readonly rootSchema: Schema;
  /** Resources and anchors, for refs that are not plain pointers; built when first needed (at once when nested `$id`s change bases). */
  private index?: SchemaIndex;
  /** Some schema below the root has an `$id` of its own, so not every `#/…` is a pointer from the root. */
  private nestedIds = false;
  /** Every `$ref` (and dynamic ref) of the document, with where it sits. */
  private readonly refs: { readonly pointer: string; readonly schema: Schema; readonly ref: string }[] = [];
  private readonly origins = new Map<object, string>();
  /** Schemas the builder composed (a merge, a narrowing) and gave the place of one it came from (adopt): written nowhere as they are. */
  private readonly composed = new WeakSet<object>();
  private readonly normalizer: SchemaNormalizer;
  /** shapeOf's shapes of the normalized schemas that have leftovers (withLeftovers). */
  private readonly shapesWithLeftovers = new WeakMap<Normalized, Schema>();
  /** The document's definitions as read (definitionEntries), once, by the walk of origins over the document the builder works on. */
  private definitionEntries: readonly DefinitionEntry[] = [];
  private readonly definitions = new Map<string, Definition>();
  /** Each definition's key by its type name (definitionKeyOf), made when first asked. */
  private definitionKeysByType?: Map<string, string>;
  private readonly definitionTypes: NamedType[] = [];
  /** Lifted types by name, in the order lifted. */
  private readonly inlineTypes = new Map<string, NamedType>();
  private readonly claimedNames = new Set<string>();
  /** Structural identity of a lifted schema → the name it was given. */
  private readonly namesByShape = new Map<string, string>();
  /** Lifted types another place took by shape (name → those places' pointers): their documentation is one place's. */
  private readonly sharedAt = new Map<string, string[]>();
  /** Each inline lifted type's name hints, the place it was lifted at first, then each place that took it by shape: what names a shared one (namesOfSharedTypes). */
  private readonly placeNames = new Map<string, string[]>();
  /** The definition a registered shape is the shape of, or null when several are (namesByShape may point elsewhere later). */
  private readonly definitionsByShape = new Map<string, string | null>();
  /** Schemas that are not definitions, being translated in place (pointer → name hint): one met again is recursion. */
  private readonly inPlace = new Map<string, RecursionGuard>();
  /** Schemas that refs were merged into, being translated: one met again is recursion. */
  private readonly mergedInProgress = new Map<object, RecursionGuard>();
  private readonly constantRulesInProgress = new Map<string, RecursionGuard>();
  /**
   * The name a schema that is not a definition got because it refers to itself, and the name hint it
   * was being translated under (pointer → both): the type lifted there under that hint takes the name.
   * Where that type is only part of the schema (an object with rules around it), `whole` is the alias
   * of the whole, which a reference to the schema names.
   */
  private readonly recursiveNames = new Map<string, { readonly name: string; readonly nameHint: string; whole?: string }>();
  /** Types being built by liftShape (pointer → name), so recursion into one can name it. */
  private readonly lifting = new Map<string, string>();
  private readonly fallbacks: Fallback[] = [];
  /** Each ref resolved, by base and ref (a map per base: no key is spelled of the two). */
  private readonly resolvedRefs = new Map<string, Map<string, RefResolution>>();
  /** The root's type name, when something refers to the document itself (`$ref: "#"`). */
  private rootTypeName?: string;
  /** The name the root's own schema is translated under: where the names of places below it start. */
  private rootNameHint = "Schema";
  /** The discriminated bases a definition extends (readDiscriminatedBases), by the base's type name. */
  private readonly discriminatedBases = new Map<
    string,
    DefinitionType & { readonly pointer: string; readonly extensions: readonly (DefinitionType & { readonly pointer: string })[]; readonly declaredBy: string }
  >();
  /** The name of the union a reference to each discriminated base met stands for (baseUnionRef), by the base's type name. */
  private readonly baseUnionNames = new Map<string, string>();
  /** Lifted types that may have lost their last reference (release): left out of the model unless one remains. */
  private readonly released = new Set<string>();

  constructor(private readonly source: SourceDocument) {
    this.dialect = source.dialect;
    this.document = source.document;
    if (!this.indexOrigins()) {
      // A schema object met at two places (a hand-built document sharing objects): the builder works
      // on its own copy, in which every object has one place.
      this.origins.clear();
      this.document = JSON.parse(JSON.stringify(source.document)) as { [key: string]: JsonValue };
      this.indexOrigins();
    }
    this.rootSchema = ownEntriesWhere(this.document, (key) => !ROOT_KEYWORDS.has(key));
    this.origins.set(this.rootSchema, "");
    if (this.nestedIds) this.schemaIndex();
    this.readsEvaluation = dialectAtLeast(this.dialect, "2019-09") && walkDocumentSchemas(this.document, this.dialect, (schema) => UNEVALUATED_KEYWORDS.some((keyword) => keyword in schema));
    this.normalizer = new SchemaNormalizer(this);
  }

  /** Records where each schema object sits; false when one sits at two places. */
  private indexOrigins(): boolean {
    this.refs.length = 0;
    const id = idKeyword(this.dialect);
    let once = true;
    // Each pointer is its parent's with the tokens below it (not spelled from the root again).
    const visit = (schema: Schema, pointer: string): void => {
      if (this.origins.has(schema)) once = false;
      if (!once) return;
      this.origins.set(schema, pointer);
      // A schema's `required` list too: a merged schema holds a part's list as it is, and a key only
      // required is named by the list that requires it (translateObject), not the merged schema's place.
      if (Array.isArray(schema.required)) this.origins.set(schema.required, childPointer(pointer, "required"));
      if (pointer !== "" && typeof schema[id] === "string" && !(schema[id] as string).startsWith("#")) this.nestedIds = true;
      const ref = refOf(schema, this.dialect);
      if (ref !== undefined) this.refs.push({ pointer, schema, ref });
      forEachSubschema(schema, visitChild, pointer);
    };
    // The parent's pointer is handed down as the walk's state (no closure per schema).
    const visitChild = (child: JsonValue, keyword: string, inner: string | number | undefined, parent: string): void => {
      if (typeof child === "object" && child !== null && !Array.isArray(child)) visit(child, inner === undefined ? childPointer(parent, keyword) : childPointer(parent, keyword, inner));
    };
    visit(this.document, "");
    // A group of definitions says nothing as a schema, so the walk does not enter it: its members are walked at their places.
    this.definitionEntries = definitionEntries(this.document, this.source.definitionsKey, this.dialect);
    for (const { pointer, schema } of [...this.definitionEntries, ...this.namedPlaces()]) {
      if (typeof schema === "object" && schema !== null && !Array.isArray(schema) && !this.origins.has(schema)) visit(schema, pointer);
    }
    return once;
  }

  private schemaIndex(): SchemaIndex {
    if (!this.index) {
      this.index = new SchemaIndex();
      this.index.add({ uri: DOCUMENT_URI, json: this.document, dialect: this.dialect });
      this.index.adopt(this.rootSchema, this.document);
    }
    return this.index;
  }

  private baseOf(schema: object): string {
    return this.index ? this.index.baseOf(schema, DOCUMENT_URI) : DOCUMENT_URI;
  }

  build(options: BuildModelOptions): SchemaModel {
    for (const { definitionName, nameHint, pointer, schema } of this.definitionEntries) {
      const typeName = this.claimName(definitionTypeName(nameHint), pointer);
      this.definitions.set(definitionName, { typeName, pointer, schema });
    }
    for (const { schema, pointer, typeName } of this.definitions.values()) this.registerShape(schema, pointer, typeName);
    this.readDiscriminatedBases();
    const name = options.name || (typeof this.document.title === "string" && pascalCase(this.document.title)) || "Schema";
    const rootName = this.rootTypeNameFor(name);
    if (this.refersToRoot()) this.rootTypeName = this.claimName(rootName, "");
    this.rootNameHint = this.rootTypeName ?? rootName;
    const bound = new Map<string, NamedType>();
    for (const definitionName of this.definitionsBasesFirst()) {
      const { typeName, pointer, schema } = this.definitions.get(definitionName)!;
      const type = this.translate(schema, pointer, typeName, { asDefinition: true });
      bound.set(definitionName, this.bind(typeName, pointer, type, schema, definitionName));
    }
    // Listed as the document lists them, whatever order they were translated in.
    for (const definitionName of this.definitions.keys()) this.definitionTypes.push(bound.get(definitionName)!);
    const root = this.translateRoot(rootName);
    // A named place is translated where it sits, under its name: what the model makes a type of at
    // a place (an enum, an object, a union) is one of that name, kept as every such type is; a
    // plain string or number makes none. The types inside one that is no type itself are kept too:
    // an array of an inline enum (a query's `status=available&status=sold`) keeps its item's enum.
    const namedPlaces = this.namedPlaces().flatMap(({ pointer, schema, nameHint }) => namedRefsIn(this.translate(schema, pointer, nameHint)).map((name): NamedTypeRef => ({ kind: "named", name })));
    const operations = translateOperations(this, this.document);
    this.dropUnreferenced(root, operations, namedPlaces);
    this.forgetDocumentationOfOnePlace();
    const renames = this.namesOfSharedTypes();
    const rename: Rename = (name) => renames.get(name) ?? name;
    const types = withObjectBases([...this.definitionTypes, ...this.inlineTypes.values()].map((type) => this.withValueNotes(type)).map((type) => (renames.size === 0 ? type : renamedType(type, rename))));
    return createSchemaModel({
      name,
      source: this.source,
      types: [...types, ...this.baseUnionTypes(types)],
      ...(root ? { root: renamedRef(root, rename) as NamedTypeRef } : {}),
      constants: this.readConstants(),
      fallbacks: this.fallbacks,
      ...(operations ? { operations: renamedOperations(operations, rename) } : {}),
      ...(namedPlaces.length > 0 ? { namedPlaces: namedPlaces.map((type) => renamedRef(type, rename) as NamedTypeRef) } : {}),
    });
  }

  // ---- definitions and the root -------------------------------------------------------------------

  /** The document's named places (NAMED_PLACES_KEYWORD: an API description's parameter schemas), each with its pointer and name. */
  private namedPlaces(): { readonly pointer: string; readonly schema: JsonValue; readonly nameHint: string }[] {
    const places = this.document[NAMED_PLACES_KEYWORD];
    if (typeof places !== "object" || places === null || Array.isArray(places)) return [];
    return Object.entries(places).map(([nameHint, schema]) => ({ pointer: childPointer("", NAMED_PLACES_KEYWORD, nameHint), schema, nameHint }));
  }

  /** The document's discriminated bases (discriminatorMappings.ts) that a definition extends, by the base's type name. */
  private readDiscriminatedBases(): void {
    const byPointer = new Map([...this.definitions].map(([definitionName, { typeName, pointer }]) => [pointer, { typeName, definitionName, pointer }]));
    for (const { pointer, extensions, declaredAt } of discriminatedBases(this.document, this.source.definitionsKey, this.dialect).values()) {
      const base = byPointer.get(pointer);
      const declaredBy = byPointer.get(declaredAt)?.definitionName;
      if (base === undefined || declaredBy === undefined) continue;
      const extending = extensions.flatMap((place) => byPointer.get(place) ?? []);
      if (extending.length > 0) this.discriminatedBases.set(base.typeName, { ...base, extensions: extending, declaredBy });
    }
  }

  /**
   * The union a reference at `pointer` to the discriminated base `typeName` stands for (baseUnions.ts),
   * named when first met; undefined for any other definition, and at an extension of the base (one
   * that adds nothing to it: the others merge it).
   */
  private baseUnionRef(typeName: string, pointer: string): NamedTypeRef | undefined {
    const base = this.discriminatedBases.get(typeName);
    if (base === undefined || base.extensions.some((extension) => extension.pointer === pointer)) return undefined;
    let name = this.baseUnionNames.get(typeName);
    if (name === undefined) this.baseUnionNames.set(typeName, (name = this.claimName(baseUnionName(typeName), this.discriminatedBases.get(typeName)!.pointer)));
    return { kind: "named", name };
  }

  /** The unions references to discriminated bases stand for, once the types they are made of are built. */
  private baseUnionTypes(types: readonly NamedType[]): NamedType[] {
    const typesByName = new Map(types.map((type) => [type.name, type]));
    return [...this.baseUnionNames].map(([typeName, name]) => {
      const { extensions, declaredBy, ...base } = this.discriminatedBases.get(typeName)!;
      const { discriminator, mapping } = discriminatorOf(this, this.definitions.get(declaredBy)!.schema as Schema);
      return baseUnionType(typesByName, { name, base, extensions, property: discriminator!, mapping, implicitValue: (key) => this.implicitDiscriminatorValue(key) });
    });
  }

  /**
   * The name the document's own type is given: the model's, or, where a definition already has it,
   * the model's document (`HelmfileDocument`). Numbered like any other repeated name (`Helmfile2`),
   * the type a user reads first looked like a second copy of Helmfile's definition `helmfile`, an
   * entry of its `helmfiles` list.
   */
  private rootTypeNameFor(modelName: string): string {
    return this.claimedNames.has(modelName) ? `${modelName}Document` : modelName;
  }

  /**
   * The definitions in the order they are translated: each after the definitions it merges in
   * (allOf / $ref: its bases), else as the document lists them. An inline type is named for the
   * definition it is first met in, and a base's own parts (its oneOf's variants, its properties'
   * objects) are met in every definition that merges it: translated first, they are named for the
   * base they are written in. GitLab CI's job (allOf job_template and a rule) came first, and
   * job_template's variants were JobWhenStartIn and JobOther, its artifacts JobWhenStartInArtifacts.
   */
  private definitionsBasesFirst(): string[] {
    const nameOfType = new Map([...this.definitions].map(([definitionName, { typeName }]) => [typeName, definitionName]));
    const ordered: string[] = [];
    const placed = new Set<string>();
    const place = (definitionName: string): void => {
      if (placed.has(definitionName)) return;
      placed.add(definitionName);
      const { schema, pointer } = this.definitions.get(definitionName)!;
      if (typeof schema === "object" && schema !== null && !Array.isArray(schema)) {
        for (const base of this.normalizer.normalize(schema as Schema, pointer).bases) {
          const baseDefinition = nameOfType.get(base);
          if (baseDefinition !== undefined) place(baseDefinition);
        }
      }
      ordered.push(definitionName);
    };
    for (const definitionName of this.definitions.keys()) place(definitionName);
    return ordered;
  }

  /**
   * Gives `name` to what `type` describes: the type lifted under that name (carrying `definitionName`
   * for a definition), or an alias. A definition `Foo: X | null` (or X with assertions) lifted X
   * under Foo's own name: X becomes FooValue and Foo the alias of `FooValue | null`.
   */
  private bind(name: string, pointer: string, type: TypeRef, schema: JsonValue, definitionName?: string): NamedType {
    const documentation = typeof schema === "object" && schema !== null && !Array.isArray(schema) ? annotationsOf(schema) : {};
    const alias = (aliased: TypeRef): NamedType => ({ kind: "alias", name, pointer, ...(definitionName !== undefined ? { definitionName } : {}), type: aliased, ...documentation });
    const lifted = this.takeLifted(name);
    if (!lifted) return alias(type);
    // The definition is the lifted type, at the definition's pointer: a union left one variant (Angular's
    // prerender builder, `anyOf: [{}, {}]` beside its properties) lifted it at `…/anyOf/0`, a `{}`
    // that the conformance run then judged the definition by.
    if (type.kind === "named" && type.name === name) return { ...lifted, pointer, ...(definitionName !== undefined ? { definitionName } : {}) };
    const valueName = this.claimName(this.liftedWholeName(name, lifted), pointer);
    for (const [shape, named] of this.namesByShape) if (named === name) this.namesByShape.set(shape, valueName);
    this.inlineTypes.set(valueName, { ...lifted, name: valueName });
    this.renameCoreThroughAliases(type, name, valueName);
    return alias(renameCore(type, name, valueName));
  }

  /**
   * The name of the type lifted under a definition's name once the definition is the alias around it:
   * `FooValue`, or, where a part of it took that name first (the values of its extra keys are named
   * Foo + Value, as every map's values are), the word for what it is, `FooObject`. STIX's core (an
   * object with a `not` beside its properties) was CoreValue2 beside CoreValue, the union of its
   * extra keys' values, and every STIX object adopted CoreValue2Protocol.
   */
  private liftedWholeName(name: string, lifted: NamedType): string {
    const wanted = `${name}Value`;
    if (!this.claimedNames.has(wanted)) return wanted;
    return lifted.kind === "alias" ? wanted : `${name}${pascalCase(lifted.kind)}`;
  }

  /**
   * Renames the core of each alias `type` names in turn (the aliases recursion named: guardRecursion),
   * where the lifted type `from` is now `to`. A conditional whose `if` admits no value is its else
   * case alone, which recursion through its items named D22 around the type lifted under the
   * definition's name D2: D2 = D22 and D22 = D2 with rules, an alias cycle where D22 meant D2Value.
   */
  private renameCoreThroughAliases(type: TypeRef, from: string, to: string): void {
    const seen = new Set<string>();
    for (let core = coreOf(type); core.kind === "named" && core.name !== from && !seen.has(core.name); ) {
      seen.add(core.name);
      const held = this.inlineTypes.get(core.name);
      if (held?.kind !== "alias") return;
      this.inlineTypes.set(core.name, { ...held, type: renameCore(held.type, from, to) });
      core = coreOf(held.type);
    }
  }

  /**
   * Leaves out the released types nothing refers to any more (a union of the model's own cases whose
   * variants were lifted into the union around it), until none is left: one left out may have been
   * the last to refer to another.
   */
  private dropUnreferenced(root: NamedTypeRef | undefined, operations: Operations | undefined, namedPlaces: readonly NamedTypeRef[]): void {
    for (let dropped = true; dropped && this.released.size > 0; ) {
      dropped = false;
      const referenced = new Set<string>([...(root ? [root.name] : []), ...(operations ? namedRefsOfOperations(operations) : []), ...namedPlaces.map((type) => type.name)]);
      for (const type of [...this.definitionTypes, ...this.inlineTypes.values()]) {
        for (const { ref } of refsOfType(type)) for (const name of namedRefsIn(ref)) if (name !== type.name) referenced.add(name);
      }
      for (const name of this.released) {
        if (referenced.has(name) || !this.inlineTypes.has(name)) continue;
        this.inlineTypes.delete(name);
        this.released.delete(name);
        dropped = true;
      }
    }
  }

  release(name: string): void {
    this.released.add(name);
  }

  isConditionalSplit(schema: JsonValue): boolean {
    return this.normalizer.isConditionalSplit(schema);
  }

  conditionalCaseName(schema: JsonValue): CaseName | undefined {
    return this.normalizer.conditionalCaseName(schema);
  }

  noteKeysNeverAllPresent(schema: Schema, keySets: readonly (readonly string[])[]): void {
    this.normalizer.noteKeysNeverAllPresent(schema, keySets);
  }

  /** Removes and returns the type lifted under `typeName`, if one was. */
  private takeLifted(typeName: string): NamedType | undefined {
    const lifted = this.inlineTypes.get(typeName);
    this.inlineTypes.delete(typeName);
    return lifted;
  }

  /**
   * The document's own schema, when it is a type: when something refers to it (`$ref: "#"`), or when
   * it says more than `type` (a meta-schema's root object beside its definitions, a root union). A
   * document of only definitions (DAP, MCP), perhaps with `type: "object"`, has no root; a document
   * of neither (annotations alone) is any value, its type the open JSON value. A root that
   * refers to a document not here (its `$ref` made REMOTE_REF_KEYWORD by the input) is a root too:
   * left untyped, and reported as a fallback, never dropped.
   */
  private translateRoot(modelName: string): NamedTypeRef | undefined {
    const structural = Object.keys(this.rootSchema).filter((key) => isValidationKeyword(key, this.dialect) || key === REMOTE_REF_KEYWORD || key === DYNAMIC_SCOPE_REF_KEYWORD);
    if (this.rootTypeName !== undefined) {
      const type = this.translate(this.rootSchema, "", this.rootTypeName, { asDefinition: true });
      const bound = this.bind(this.rootTypeName, "", type, this.rootSchema);
      this.inlineTypes.set(bound.name, bound);
      return { kind: "named", name: this.rootTypeName };
    }
    // Nothing beside definitions: no type (DAP). Nothing at all: the document's type, any value, so
    // gen gives the user a type and its examples are judged (CDEvents' glossary entries).
    if (structural.length === 0 && this.definitions.size > 0) return undefined;
    if (this.definitions.size > 0 && structural.length === 1 && structural[0] === "type") return undefined;
    const type = this.translate(this.rootSchema, "", modelName);
    if (type.kind === "named") return type;
    // The root's own object lifted under the model's name, around which the root is more (`type:
    // [object, null]`, rules beside it): as a definition's, it becomes ModelValue and the model's name
    // the document's type (bind), not a second, numbered name (Prometheus' rules file: PrometheusRules2).
    if (this.inlineTypes.get(modelName)?.pointer === "") {
      this.inlineTypes.set(modelName, this.bind(modelName, "", type, this.rootSchema));
      return { kind: "named", name: modelName };
    }
    const name = this.claimName(modelName, "");
    this.inlineTypes.set(name, { kind: "alias", name, pointer: "", type, ...annotationsOf(this.rootSchema) });
    return { kind: "named", name };
  }

  /** True when some `$ref` in the document names the document itself (and the root is not just a reference). */
  private refersToRoot(): boolean {
    if (isPureRef(this.rootSchema, this.dialect)) return false;
    return this.refs.some(({ pointer, schema, ref }) => {
      if (pointer === "") return false;
      const target = this.targetTokens(ref, this.baseOf(schema));
      return target !== undefined && target !== "remote" && target.length === 0;
    });
  }

  private readConstants(): Constant[] {
    const raw = this.document[CONSTANTS_KEYWORD];
    if (raw === undefined) return [];
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      throw new CodegenError(`/${CONSTANTS_KEYWORD}`, "must be an object of name → string, number or boolean");
    }
    return Object.entries(raw).map(([name, value]) => {
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw new CodegenError(childPointer(`/${CONSTANTS_KEYWORD}`, name), "a constant must be a string, number or boolean");
      }
      return { name, value };
    });
  }

  /**
   * Registers the identity a definition's own object or enum will be lifted under, before any
   * definition is translated, so an inline copy met first (TypeBox inlines by value) refers to the
   * definition instead of becoming a type of its own.
   */
  private registerShape(schema: JsonValue, pointer: string, typeName: string): void {
    const lifted = this.liftedShapeKey(schema, pointer);
    if (lifted !== undefined && !this.namesByShape.has(lifted)) this.namesByShape.set(lifted, typeName);
    const key = lifted ?? this.arrayShapeKeyOf(schema, pointer);
    if (key === undefined) return;
    // Two definitions of one shape (e.g. tools that take no arguments) leave it no single name.
    this.definitionsByShape.set(key, this.definitionsByShape.has(key) ? null : typeName);
  }

  /**
   * The identity of a schema's array, if it is one: an array is no type of its own (its items are),
   * so this only tells an inline copy of an array definition by (definitionCopyOf), never a lifted name.
   */
  private arrayShapeKeyOf(schema: JsonValue, pointer: string): string | undefined {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return undefined;
    const shape = this.normalizer.normalize(schema, pointer).schema;
    if (shape === false || isPureRef(shape, this.dialect)) return undefined;
    const types = declaredTypes(shape);
    return types?.length === 1 && types[0] === "array" ? arrayShapeKey(this.keys, shape) : undefined;
  }

  /** The identity a schema's object or enum is lifted under (see liftShape), if it is one of those. */
  private liftedShapeKey(schema: JsonValue, pointer: string): string | undefined {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return undefined;
    const normalized = this.normalizer.normalize(schema, pointer);
    const shape = normalized.schema;
    if (shape === false || isPureRef(shape, this.dialect)) return undefined;
    const values = constantValues(shape);
    const types = declaredTypes(shape);
    if (values !== undefined) {
      return values.length >= 2 && values.every((value) => typeof value === "string") ? enumShapeKey(this.keys, "string", values as string[]) : undefined;
    }
    if (Array.isArray(shape.anyOf ?? shape.oneOf)) return this.openStringEnumKey((shape.anyOf ?? shape.oneOf) as JsonValue[]);
    if ((types?.length === 1 && types[0] === "object") || (types === undefined && impliedFamilies(shape, this.dialect).has("object") && impliedFamilies(shape, this.dialect).size === 1)) {
      return objectShapeKey(this.keys, shape, normalized.bases);
    }
    return undefined;
  }

  /** The identity of a string enum written as `anyOf` of string constants, perhaps with one plain string (open). */
  private openStringEnumKey(variants: readonly JsonValue[]): string | undefined {
    const shapes = variants.map((variant) => this.shapeOf(variant));
    if (!shapes.every((shape): shape is Schema => typeof shape === "object")) return undefined;
    const plain = shapes.filter((shape) => constantValues(shape) === undefined);
    if (plain.length === 0) {
      const values = [...new Set(shapes.flatMap((shape) => constantValues(shape)!))];
      return values.length >= 2 && values.every((value) => typeof value === "string") ? enumShapeKey(this.keys, "string", values as string[]) : undefined;
    }
    if (plain.length !== 1 || plain[0]!.type !== "string" || Object.keys(plain[0]!).some((key) => isValidationKeyword(key, this.dialect) && !["type", "minLength", "maxLength", "pattern", "format"].includes(key))) return undefined;
    const values = shapes.filter((shape) => shape !== plain[0]).flatMap((shape) => constantValues(shape)!);
    if (values.length === 0 || !values.every((value) => typeof value === "string")) return undefined;
    return enumShapeKey(this.keys, "string", [...new Set(values as string[])], { kind: "string", constraints: stringConstraints(plain[0]!) });
  }

  // ---- the dispatcher -----------------------------------------------------------------------------

  translate(value: JsonValue | undefined, pointer: string, nameHint: string, options: LiftOptions = NO_OPTIONS): TypeRef {
    if (value === undefined || value === true) return { kind: "unknown" };
    if (value === false) return neverType(pointer);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new CodegenError(pointer, "expected a schema (an object or a boolean)");
    const at = this.pointerOf(value, pointer);
    const normalized = this.normalizer.normalize(value, at);
    if (normalized.schema === false) return neverType(at);
    if (normalized.schema === value) return this.translateNormalized(normalized, at, nameHint, options);
    // Refs were merged into a new schema: the target's keywords are copied in, so recursion through
    // them comes back to `value` itself, not through a reference that could name it.
    return this.guardRecursion(this.mergedInProgress, this.mergedAgain(value, at) ?? value, at, nameHint, value, () => this.translateNormalized(normalized, at, nameHint, options));
  }

  /**
   * A schema with the content of one being translated, met again in schemas merged into one another:
   * recursion through schemas the builder made (a keyword beside a union, given to each of its
   * variants, one of which refers back to the union) makes a new schema at each level, which identity
   * never meets again; the same content does. It is compared with the open schemas made at the same
   * place (`at`), where such recursion comes back; past a depth no document met so far reaches (the
   * training and test corpora go 4 deep), with every open one. Compared only past that depth, a union
   * of several variants that each recurse was translated variants^depth times (an `anyOf` of three
   * beside `unevaluatedItems`, its seven sets, never finished).
   */
  private mergedAgain(value: object, at: string): object | undefined {
    const everyOpen = this.mergedInProgress.size >= MERGED_DEPTH_COMPARED_BY_CONTENT;
    const comparable = [...this.mergedInProgress.keys()].filter((open) => everyOpen || this.pointerOf(open as JsonValue, "") === at);
    if (comparable.length === 0) return undefined;
    const content = this.keys.of(value);
    return comparable.find((open) => this.keys.of(open) === content);
  }

  private translateNormalized(normalized: Normalized, at: string, nameHint: string, options: LiftOptions): TypeRef {
    const schema = normalized.schema as Schema;
    let type: TypeRef;
    let consumedIf = false;
    let rulesInParts = false;
    if (isPureRef(schema, this.dialect)) type = this.translateRef(schema, at, nameHint, options);
    else ({ type, consumedIf, rulesInParts = false } = this.translateStructure(schema, at, nameHint, options, normalized.bases));
    const own = rulesInParts ? [] : translateAssertions(this, schema, { pointer: at, nameHint, consumedIf });
    const assertions: readonly Assertion[] =
      normalized.leftovers.length === 0
        ? own
        : [...own, ...normalized.leftovers.map((leftover): Assertion => ({ kind: "allOf", type: this.translate(leftover.schema, leftover.pointer, leftoverHint(leftover.schema, nameHint), CONSTRAINING), pointer: leftover.pointer }))];
    return this.constrain(type, assertions, at, options.constraining === true);
  }

  /**
   * The constants a schema lists (`enum`, `const`, filtered by its `type`), which must also pass the
   * other rules beside them: `{"enum": ["a", "bb"], "minLength": 2}` admits "bb" alone, and an
   * `anyOf` beside them only the constants it matches. Those rules become an allOf assertion, which
   * validating targets check (translateAssertions states its own keywords' rules).
   */
  private constantsAmongRules(values: JsonValue[], schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
    const constants = translateValues(this, values, { pointer, nameHint, options, annotations: annotationsOf(schema) });
    const rules = values.length === 0 ? undefined : rulesBesideConstants(schema, this.dialect, values);
    if (rules === undefined) return constants;
    this.adopt(rules, schema);
    // Merges make a new schema at each level of a recursion through these rules (a tuple item that
    // is a constant and a reference to the tuple), so they are recognized by what they say.
    const rulesType = this.guardRecursion(this.constantRulesInProgress, this.keys.of(rules), pointer, `${nameHint}Rules`, rules, () => this.translate(rules, pointer, `${nameHint}Rules`, CONSTRAINING));
    return { kind: "constrained", type: constants, assertions: [{ kind: "allOf", type: rulesType, pointer }] };
  }

  private translateStructure(schema: Schema, pointer: string, nameHint: string, options: LiftOptions, bases: readonly string[]): Structure {
    const values = constantValues(schema);
    if (values !== undefined) return plain(this.constantsAmongRules(values, schema, pointer, nameHint, options));
    if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) return plain(translateUnion(this, schema, pointer, nameHint, options));
    const declared = declaredTypes(schema);
    const types: JsonType[] = declared ?? [...impliedFamilies(schema, this.dialect)];
    if (types.length === 0) return plain({ kind: "unknown" });
    // Only the keywords say which type: values of the others pass the schema (Typeless).
    const otherTypesPass = declared === undefined;
    // Keywords of several types: a union of those types, as constrained, and of every other type, as it is.
    if (types.length > 1) return { ...translateTypeList(this, schema, otherTypesPass ? FAMILIES : types, pointer, nameHint, options), consumedIf: false };
    const typeless = otherTypesPass ? ({ otherTypesPass: true } as const) : {};
    switch (types[0]!) {
      case "string":
        return plain({ kind: "string", constraints: stringConstraints(schema), ...typeless });
      case "integer":
      case "number":
        return plain({ kind: types[0] as "integer" | "number", constraints: numberConstraints(schema), ...typeless });
      case "boolean":
        return plain({ kind: "boolean" });
      case "null":
        return plain({ kind: "null" });
      case "array": {
        const array = translateArray(this, schema, pointer, nameHint);
        return plain(array.kind === "array" || array.kind === "tuple" ? { ...array, ...typeless } : array);
      }
      case "object":
        return translateObject(this, schema, pointer, nameHint, options, bases, otherTypesPass);
    }
  }

  /**
   * `type` with its assertions; an open JSON value that must satisfy some is a place left untyped,
   * unless it only constrains a value typed elsewhere (`constraining`).
   */
  private constrain(type: TypeRef, given: readonly Assertion[], pointer: string, constraining: boolean): TypeRef {
    const assertions = given.length === 0 ? given : given.filter((assertion) => !impliedByType(assertion, type));
    if (assertions.length === 0) return type;
    const constrained: TypeRef = type.kind === "constrained" ? { ...type, assertions: [...type.assertions, ...assertions] } : { kind: "constrained", type, assertions };
    const core = type.kind === "nullable" ? type.type : type;
    if (core.kind === "unknown" && !constraining && !isNeverType(constrained)) {
      const kinds = [...new Set(assertions.map((assertion) => assertion.kind))].join(", ");
      this.fallback(pointer, "rules-only", `the value is constrained only by rules a type cannot state (${kinds}): typed targets get a JSON value, validators check the rules`);
    }
    return constrained;
  }

  // ---- references --------------------------------------------------------------------------------

  /**
   * A reference: to a definition, its type; to a discriminated base, the union of it and its
   * extensions (baseUnionRef), unless it only constrains a value typed elsewhere. An extension's
   * `allOf` part is merged into it, never met here, but for an extension adding nothing to the base
   * (Azure's system-assigned identity: `allOf: [{$ref: base}]` and its own discriminator value),
   * which is the base. An `allOf` of the base and documentation alone anywhere else (Swashbuckle's
   * and springdoc's way of describing a property, `nullable` beside it in 3.0) is a reference: the union.
   */
  private translateRef(schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
    const ref = refOf(schema, this.dialect)!;
    const resolution = this.resolveRef(ref, schema, childPointer(pointer, refKeywordOf(schema, this.dialect)!));
    if (resolution.kind === "remote") {
      this.fallback(pointer, "remote-ref", remoteReason(resolution.url));
      return { kind: "unknown" };
    }
    if (resolution.definition !== undefined) return (options.constraining === true ? undefined : this.baseUnionRef(resolution.definition, pointer)) ?? { kind: "named", name: resolution.definition };
    if (resolution.pointer === "") {
      if (this.rootTypeName !== undefined) return { kind: "named", name: this.rootTypeName };
      return this.translate(resolution.schema, "", nameHint, options);
    }
    // Named where it is filed, it is one type wherever it is referenced; else it is named for its first use.
    const name = this.authoredNameOf(resolution) ?? this.nameOfPlace(resolution.pointer) ?? nameHint;
    return this.translateInPlace(resolution.schema, resolution.pointer, name);
  }

  /**
   * Whether `pointer` names an entry of a definitions container held by a place inside another
   * schema (a property's, an item's), not by the root or a definition. TSLint's config files each
   * rule's options there (#/definitions/rules/properties/align/definitions/options): named for the
   * key alone, every rule's options were Options, their items OptionsItem, OptionsItem2, OptionsItem3.
   */
  private inDefinitionsOfAPlace(pointer: string): boolean {
    const tokens = pointerTokens(pointer);
    if (tokens === undefined || tokens.length < 2) return false;
    const container = tokens.length - 2;
    const isContainer = (token: string | undefined) => token !== undefined && (DEFINITION_CONTAINERS as readonly string[]).includes(token);
    const holderIsDefinition = container === 0 || (container === 2 && isContainer(tokens[0]));
    return isContainer(tokens[container]) && !holderIsDefinition;
  }

  /** The definition a pointer's tokens start in, and how many tokens name it: `$defs/Name`, or `$defs/group/Name` for a member of a group (definitionEntries). */
  private definitionAt(tokens: readonly (string | number)[]): { readonly definition: Definition; readonly length: number } | undefined {
    if (tokens[0] !== this.source.definitionsKey || tokens[1] === undefined) return undefined;
    const direct = this.definitions.get(String(tokens[1]));
    if (direct !== undefined) return { definition: direct, length: 2 };
    const grouped = tokens[2] === undefined ? undefined : this.definitions.get(`${tokens[1]}/${tokens[2]}`);
    return grouped === undefined ? undefined : { definition: grouped, length: 3 };
  }

  definitionWritingConditional(pointer: string): string | undefined {
    const tokens = pointerTokens(pointer);
    const found = tokens === undefined ? undefined : this.definitionAt(tokens);
    if (tokens === undefined || found === undefined) return undefined;
    let index = found.length;
    while (tokens[index] === "allOf" && /^(0|[1-9][0-9]*)$/.test(tokens[index + 1] ?? "")) index += 2;
    const branch = tokens[index];
    return index === tokens.length - 1 && (branch === "if" || branch === "then" || branch === "else") ? found.definition.typeName : undefined;
  }

  /**
   * The name the schema at `pointer` (no definition, nor under a key of its own) gets where it is
   * written: the root's or a definition's name, then per step a property's name, `Item` or `Value`,
   * as translating the schema holding it names it (a part of an `allOf` as the schema holding it). ESLint's config refers to its own root properties
   * (`#/properties/parserOptions`) from inside `overrides`, listed first: named for that use, the
   * root's parserOptions was EslintrcOverridesItemParserOptions. Undefined past any other step (a
   * variant, a pattern's value), whose name depends on the union or map around it: the first use names it.
   */
  private nameOfPlace(pointer: string): string | undefined {
    const tokens = pointerTokens(pointer);
    if (tokens === undefined) return undefined;
    let index = 0;
    let name = this.rootNameHint;
    const found = this.definitionAt(tokens);
    if (found !== undefined) [name, index] = [found.definition.typeName, found.length];
    while (index < tokens.length) {
      const [keyword, next] = [tokens[index], tokens[index + 1]];
      if (keyword === "properties" && next !== undefined) [name, index] = [inlineTypeName(name, { kind: "property", property: next }), index + 2];
      else if (keyword === "items" && next !== undefined && /^(0|[1-9][0-9]*)$/.test(next)) [name, index] = [inlineTypeName(name, { kind: "tupleItem", index: Number(next) }), index + 2];
      else if (keyword === "items") [name, index] = [inlineTypeName(name, { kind: "items" }), index + 1];
      else if (keyword === "additionalProperties") [name, index] = [inlineTypeName(name, { kind: "values" }), index + 1];
      // A part of an allOf is merged into the schema holding it, and named as that is.
      else if (keyword === "allOf" && next !== undefined && /^(0|[1-9][0-9]*)$/.test(next)) index += 2;
      else if ((DEFINITION_CONTAINERS as readonly string[]).includes(keyword!) && next !== undefined) [name, index] = [inlineTypeName(name, { kind: "property", property: next }), index + 2];
      else return undefined;
    }
    return name;
  }

  /**
   * A referenced schema that is not a definition, translated where it is referenced. Met again while
   * it is being translated, it refers to itself: it gets a name (the one its type is being lifted
   * under, or a new one with an alias), and the recursion is a reference to that name.
   */
  private translateInPlace(schema: JsonValue, pointer: string, nameHint: string): TypeRef {
    // Met again while it is being translated, the recursion goes through its guard, which renames the
    // reference with the others when the whole gets an alias of its own: named here, a reference met
    // after the first kept the lifted part's name, and lost the rules around it (Camel's
    // ProcessorDefinition, maxProperties 1, in every steps list but the first).
    const named = this.recursiveNames.get(pointer);
    if (named !== undefined && !this.inPlace.has(pointer)) return { kind: "named", name: named.whole ?? named.name };
    return this.guardRecursion(
      this.inPlace,
      pointer,
      pointer,
      nameHint,
      schema,
      () => this.translate(schema, pointer, nameHint),
      (name, hint) => this.recursiveNames.set(pointer, { name, nameHint: hint }),
      (whole) => {
        const recursive = this.recursiveNames.get(pointer);
        if (recursive !== undefined) recursive.whole = whole;
      },
    );
  }

  /**
   * Translates what `key` stands for. Met again while it is being translated, it refers to itself:
   * it gets a name (the one its type is being lifted under, or a new one with an alias), and the
   * recursion is a reference to that name.
   */
  private guardRecursion<Key>(
    inProgress: Map<Key, RecursionGuard>,
    key: Key,
    pointer: string,
    nameHint: string,
    schema: JsonValue,
    translate: () => TypeRef,
    onNamed: (name: string, nameHint: string) => void = () => {},
    onWhole: (whole: string) => void = () => {},
  ): TypeRef {
    const open = inProgress.get(key);
    if (open !== undefined) {
      if (open.name === undefined) {
        const lifted = this.lifting.get(pointer);
        open.name = lifted ?? this.claimName(open.nameHint, pointer);
        open.lifted = lifted !== undefined;
        onNamed(open.name, open.nameHint);
      }
      const reference = { kind: "named" as const, name: open.name };
      open.references.push(reference);
      return reference;
    }
    const guard: RecursionGuard = { nameHint, references: [] };
    inProgress.set(key, guard);
    let type: TypeRef;
    try {
      type = translate();
    } finally {
      inProgress.delete(key);
    }
    const name = guard.name;
    if (name === undefined) return type;
    // The recursion names a type lifted under that name (the one being lifted when it was met, or
    // one lifted later under the claimed name), which is now built; otherwise the name is an alias
    // (which validateModel refuses when the schemas only refer to each other: then none of them
    // describes a value).
    const exact = type.kind === "named" && type.name === name;
    const liftedUnderName = guard.lifted || this.inlineTypes.has(name);
    if (exact && liftedUnderName) return type;
    if (liftedUnderName) {
      // What was lifted under that name is only part of the type (an object with rules around it,
      // one variant of a type list, the rest of an anyOf beside its `{type: null}`): the recursion
      // refers to the whole, an alias of its own, so that each level keeps those rules too. Named
      // the lifted part's name, the alias replaced it: zod-to-json-schema's recursive JSON value
      // (`anyOf: [string, null, {items: {$ref: "#/properties/payload"}}]`) was "only a reference to itself".
      const whole = this.claimName(guard.nameHint, pointer);
      for (const reference of guard.references) (reference as { name: string }).name = whole;
      onWhole(whole);
      this.inlineTypes.set(whole, { kind: "alias", name: whole, pointer, type, ...(typeof schema === "object" && schema !== null && !Array.isArray(schema) ? annotationsOf(schema) : {}) });
      return type;
    }
    this.inlineTypes.set(name, { kind: "alias", name, pointer, type, ...(typeof schema === "object" && schema !== null && !Array.isArray(schema) ? annotationsOf(schema) : {}) });
    return { kind: "named", name };
  }

  resolveRef(ref: string, holder: Schema, pointer: string): RefResolution {
    // The same ref from the same base always names the same schema: resolved once.
    const base = this.baseOf(holder);
    let fromBase = this.resolvedRefs.get(base);
    if (fromBase === undefined) this.resolvedRefs.set(base, (fromBase = new Map()));
    const known = fromBase.get(ref);
    if (known) return known;
    const resolution = this.resolveUncached(ref, base, pointer);
    fromBase.set(ref, resolution);
    return resolution;
  }

  /**
   * Where `ref` points in the document: its tokens, "remote" for a URL elsewhere, or undefined for a
   * reference to another document that was not read with this one. A plain pointer (`#/…`) in a
   * document without nested `$id`s is read directly; anything else goes through the index.
   */
  private targetTokens(ref: string, base: string): readonly (string | number)[] | "remote" | undefined {
    if (!this.nestedIds && (ref === "#" || ref.startsWith("#/"))) return pointerTokens(ref.slice(1));
    const resolved = this.schemaIndex().resolve(ref, base);
    if (resolved?.target) return resolved.target.tokens;
    return resolved !== undefined && /^(https?|urn|tag|ftp):/i.test(resolved.uri) ? "remote" : undefined;
  }

  private resolveUncached(ref: string, base: string, pointer: string): RefResolution {
    const tokens = this.targetTokens(ref, base);
    if (tokens === "remote") return { kind: "remote", url: resolveUri(ref, base)! };
    if (tokens === undefined) {
      const uri = resolveUri(ref, base);
      if (uri === undefined) throw new CodegenError(pointer, `$ref "${ref}" is not a URI reference`);
      // A relative ref resolves against DOCUMENT_URI, a URI of this toolkit's that names no file: not worth showing.
      const named = uri.startsWith(new URL(DOCUMENT_URI).protocol) ? "" : ` (${uri})`;
      throw new CodegenError(pointer, `$ref "${ref}" names a schema in another document${named}, which was not read with this one: the local files a schema's refs name are read (and bundled) with it only when gen reads the schema from its own file, not from memory or a git revision`);
    }
    const target = valueAt(this.document, tokens);
    const found = this.definitionAt(tokens);
    if (found !== undefined && found.length === tokens.length) {
      return { kind: "schema", schema: found.definition.schema, pointer: found.definition.pointer, definition: found.definition.typeName };
    }
    if (tokens.length === 2 && tokens[0] === this.source.definitionsKey && target === undefined) throw new CodegenError(pointer, `$ref "${ref}" does not resolve: no definition "${tokens[1]}"`);
    if (target === undefined) throw new CodegenError(pointer, `$ref "${ref}" does not resolve${trailingEmptyKeyHint(ref, tokens)}`);
    if (tokens.length === 0) return { kind: "schema", schema: this.rootSchema, pointer: "" };
    const authoredName = authoredSchemaName(tokens);
    return { kind: "schema", schema: target, pointer: childPointer("", ...tokens), ...(authoredName !== undefined ? { authoredName } : {}) };
  }

  /** The type name of a `$ref`'s target filed under a key of its author's (`#/components/schemas/Pet`: Pet), where it is named so. */
  private authoredNameOf(resolution: { readonly pointer: string; readonly authoredName?: string }): string | undefined {
    return resolution.authoredName !== undefined && !this.inDefinitionsOfAPlace(resolution.pointer) ? definitionTypeName(resolution.authoredName) : undefined;
  }

  refTargetName(schema: JsonValue | undefined): string | undefined {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema) || !isPureRef(schema, this.dialect)) return undefined;
    try {
      const resolution = this.resolveRef(refOf(schema, this.dialect)!, schema, "");
      if (resolution.kind !== "schema") return undefined;
      const target = resolution.schema;
      return this.authoredNameOf(resolution) ?? (typeof target === "object" && target !== null && !Array.isArray(target) ? variantNameFromTitle(target.title) : undefined);
    } catch {
      return undefined;
    }
  }

  definitionRefName(schema: JsonValue | undefined): string | undefined {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema) || !isPureRef(schema, this.dialect)) return undefined;
    try {
      const resolution = this.resolveRef(refOf(schema, this.dialect)!, schema, "");
      return resolution.kind === "schema" ? (resolution.definition ?? (resolution.pointer === "" ? this.rootTypeName : undefined)) : undefined;
    } catch {
      return undefined;
    }
  }

  definitionKeyOf(schema: JsonValue | undefined): string | undefined {
    const typeName = this.definitionRefName(schema);
    if (typeName === undefined) return undefined;
    this.definitionKeysByType ??= new Map([...this.definitions].map(([definitionName, { typeName: name }]) => [name, definitionName]));
    return this.definitionKeysByType.get(typeName);
  }

  implicitDiscriminatorValue(key: string): string {
    return implicitDiscriminatorValue(key, this.definitions.get(key)?.schema);
  }

  definitionOfUnion(keyword: "anyOf" | "oneOf", members: readonly string[]): string | undefined {
    for (const { schema, typeName } of this.definitions.values()) {
      if (typeof schema !== "object" || schema === null || Array.isArray(schema)) continue;
      const variants = schema[keyword];
      if (!Array.isArray(variants) || variants.length !== members.length) continue;
      if (Object.keys(schema).some((key) => key !== keyword && isValidationKeyword(key, this.dialect))) continue;
      if (variants.every((variant, index) => this.definitionRefName(variant) === members[index])) return typeName;
    }
    return undefined;
  }

  definitionCopyOf(schema: JsonValue, pointer: string): string | undefined {
    const key = this.liftedShapeKey(schema, pointer) ?? this.arrayShapeKeyOf(schema, pointer);
    return key === undefined ? undefined : (this.definitionsByShape.get(key) ?? undefined);
  }

  /**
   * A merged schema with the allOf parts it does not express (its leftovers: a second `anyOf`, which
   * no merge joins with the first) as its own `allOf`: the facts read from a shape (whether a union's
   * variant takes null, which variants repeat, a scalar variant translated as its shape) are of the
   * whole schema.
   * Read without them, `allOf: [{anyOf: [{type: null}]}, {anyOf: [<objects>]}]`, which admits no value,
   * was a variant of null only, and `oneOf` of it and `{type: number}` took null (found by fuzz AF,
   * seed 66017 OpenAPI 3.1 index 0, D2: a conditional `if: {anyOf: [{type: null}]}` whose then is an
   * anyOf of objects, split into such cases; shrunk). Made once per normalized schema.
   */
  private withLeftovers(normalized: Normalized, shape: Schema): Schema {
    if (normalized.leftovers.length === 0) return shape;
    const known = this.shapesWithLeftovers.get(normalized);
    if (known !== undefined) return known;
    const whole: Schema = { ...shape, allOf: [...(Array.isArray(shape.allOf) ? shape.allOf : []), ...normalized.leftovers.map((leftover) => leftover.schema)] };
    this.adopt(whole, shape);
    this.shapesWithLeftovers.set(normalized, whole);
    return whole;
  }

  shapeOf(schema: JsonValue | undefined): Schema | boolean {
    // The refs followed (made for the first: most shapes are no reference).
    let seen: Set<string> | undefined;
    let current = schema;
    for (;;) {
      if (current === undefined || current === true) return true;
      if (current === false) return false;
      if (typeof current !== "object" || current === null || Array.isArray(current)) return true;
      const normalized = this.normalizer.normalize(current, this.pointerOf(current, ""));
      if (normalized.schema === false) return false;
      const shape = normalized.schema;
      if (!isPureRef(shape, this.dialect)) return this.withLeftovers(normalized, shape);
      let resolution: RefResolution;
      try {
        resolution = this.resolveRef(refOf(shape, this.dialect)!, shape, this.pointerOf(shape, ""));
      } catch {
        return true;
      }
      if (resolution.kind === "remote" || seen?.has(resolution.pointer)) return true;
      (seen ??= new Set()).add(resolution.pointer);
      current = resolution.schema;
    }
  }

  // ---- lifting, naming, bookkeeping --------------------------------------------------------------

  liftShape(shape: string, pointer: string, nameHint: string, options: LiftOptions, build: (name: string) => NamedType): NamedTypeRef {
    // A definition is a named concept of its own even when another has the same shape; an inline
    // schema takes the name of the first identical one (definitions are registered first).
    const existing = this.namesByShape.get(shape);
    if (existing !== undefined && !options.asDefinition) {
      const places = this.sharedAt.get(existing);
      if (places === undefined) this.sharedAt.set(existing, [pointer]);
      else if (!places.includes(pointer)) places.push(pointer);
      this.placeNames.get(existing)?.push(nameHint);
      return { kind: "named", name: existing };
    }
    const name = options.asDefinition ? nameHint : (this.recursiveNameFor(pointer, nameHint) ?? this.claimName(nameHint, pointer));
    if (!options.asDefinition && !this.placeNames.has(name)) this.placeNames.set(name, [nameHint]);
    if (existing === undefined) this.namesByShape.set(shape, name);
    const previous = this.lifting.get(pointer);
    this.lifting.set(pointer, name);
    try {
      const built = build(name);
      this.inlineTypes.set(built.name, built);
    } finally {
      if (previous === undefined) this.lifting.delete(pointer);
      else this.lifting.set(pointer, previous);
    }
    return { kind: "named", name };
  }

  /**
   * A lifted type other places took by shape documents none of them where they say different things:
   * its title and description were the first place's, and External Secrets' `dataFrom[].generatorRef`
   * read "Deprecated: The generatorRef is not implemented in .data[]" (found by a sweep of CRDs). Each
   * place's property keeps its own; a definition's documentation is its own, wherever its shape is.
   * A union's variants likewise keep what they say of themselves only where every place says it.
   */
  private forgetDocumentationOfOnePlace(): void {
    const schemaAt = (pointer: string): Schema | undefined => {
      const tokens = pointerTokens(pointer);
      const schema = tokens === undefined ? undefined : valueAt(this.document, tokens);
      return typeof schema === "object" && schema !== null && !Array.isArray(schema) ? schema : undefined;
    };
    const documentationAt = (pointer: string): string => {
      const schema = schemaAt(pointer);
      if (schema === undefined) return "";
      const { title, description, deprecated } = annotationsOf(schema);
      return JSON.stringify([title ?? null, description ?? null, deprecated ?? null]);
    };
    // What each variant as written says of itself (UnionVariant.description).
    const variantDescriptionsAt = (pointer: string): string => {
      const schema = schemaAt(pointer);
      const written = Array.isArray(schema?.oneOf) ? schema.oneOf : Array.isArray(schema?.anyOf) ? schema.anyOf : [];
      return JSON.stringify(written.map((variant) => (typeof variant === "object" && variant !== null && !Array.isArray(variant) ? (annotationsOf(variant).description ?? null) : null)));
    };
    const sayTheSame = (places: readonly string[], said: (pointer: string) => string): boolean => new Set(places.map(said)).size === 1;
    for (const [name, shared] of this.sharedAt) {
      let type = this.inlineTypes.get(name);
      if (type === undefined) continue;
      const places = [type.pointer, ...shared];
      if (type.kind === "union" && !sayTheSame(places, variantDescriptionsAt)) {
        type = { ...type, variants: type.variants.map(({ description: _description, ...variant }) => variant) } as NamedType;
        this.inlineTypes.set(name, type);
      }
      if (sayTheSame(places, documentationAt)) continue;
      const { title: _title, description: _description, deprecated: _deprecated, deprecationMessage: _deprecationMessage, ...undocumented } = type;
      this.inlineTypes.set(name, undocumented as NamedType);
    }
  }

  /**
   * An enum with what its schema says of its values (enumValueNotes.ts): a definition's as its own
   * schema says; an inline one several places took by shape, only where every place says the same
   * (as forgetDocumentationOfOnePlace), so that no place's names stand for another's values.
   */
  private withValueNotes(type: NamedType): NamedType {
    if (type.kind !== "enum") return type;
    const places = this.inlineTypes.has(type.name) ? [type.pointer, ...(this.sharedAt.get(type.name) ?? [])] : [type.pointer];
    const [notes, ...others] = places.map((pointer) => enumValueNotesAt(this.document, pointer, type.values));
    if (notes!.length === 0 || others.some((other) => JSON.stringify(other) !== JSON.stringify(notes))) return type;
    return { ...type, valueNotes: notes! };
  }

  /**
   * New names for the inline types several places share (an enum repeated at glTF's sampler `wrapS`
   * and `wrapT`, an object at a line's `startPoint` and `endPoint`, or one deduplicated by shape),
   * from every place's name (sharedTypeName): named for the first place alone, `wrapT` held a
   * `SamplerWrapS` and `endPoint` a `LineStartPoint`. A name already taken leaves the first place's.
   * The parts such a type named after itself when it was lifted follow it (partsNamedAfter).
   */
  private namesOfSharedTypes(): Map<string, string> {
    const renames = new Map<string, string>();
    for (const [name, hints] of this.placeNames) {
      if (!this.inlineTypes.has(name)) continue;
      const wanted = sharedTypeName([...new Set(hints)]);
      if (wanted === undefined || wanted === name || this.claimedNames.has(wanted)) continue;
      this.claimedNames.add(wanted);
      renames.set(name, wanted);
    }
    for (const [name, plain] of this.plainNamesOfVariants(renames)) renames.set(name, plain);
    return renames.size === 0 ? renames : this.partsNamedAfter(renames);
  }

  /**
   * The plain names back for the union variants named "with" theirs (variantHint) for a property
   * beside the union whose type would take the plain name, where no type took it: the property's
   * type is a record, a definition's, or no named type at all. Asked of the properties' schemas
   * alone, a `schema: {type: object}` beside `oneOf: [{required: [schema]}, {required: [content]}]`
   * made the variants …WithSchema and …WithContent, and no …Schema was ever named. A union's variants
   * take them back together, when no type took any of them (nor a shared type's new name: every place
   * named that one, so it goes first); a variant namesOfSharedTypes renamed (`sharedRenames`) keeps that name.
   */
  private plainNamesOfVariants(sharedRenames: ReadonlyMap<string, string>): Map<string, string> {
    const isFree = (name: string) => !this.claimedNames.has(name);
    const renames = new Map<string, string>();
    for (const [name, { plain, unionPlains }] of this.unions.variantsNamedWith) {
      if (this.inlineTypes.has(name) && !sharedRenames.has(name) && unionPlains.every(isFree)) renames.set(name, plain);
    }
    // Claimed once every union is asked: a name given back is no clash for its own union's others.
    for (const plain of renames.values()) this.claimedNames.add(plain);
    return renames;
  }

  /**
   * `renames` with the parts of each renamed type renamed after it: a type lifted inside it (its
   * place under the renamed type's) whose name is the renamed type's name, or its first place's name
   * hint, then more words (LineStartPoint's `unit`, LineStartPointUnit; a union's object
   * variant, LineStartValueObject) takes the new name in its place (LinePointUnit, LineValueObject),
   * numbered if taken; outer parts first, so a part of a part follows too. A type several places
   * share keeps the name they give it. Left as lifted, LinePoint's `unit` read as another type's.
   */
  private partsNamedAfter(renames: Map<string, string>): Map<string, string> {
    const placed = (name: string) => ({ name, hint: this.placeNames.get(name)![0]!, tokens: pointerTokens(this.inlineTypes.get(name)!.pointer) ?? [] });
    const owners = [...renames.keys()].map(placed);
    const parts = [...this.placeNames.keys()].filter((name) => this.inlineTypes.has(name) && !renames.has(name)).map(placed);
    for (const part of parts.sort((a, b) => a.tokens.length - b.tokens.length)) {
      let renamedAfter: { readonly owner: string; readonly rest: string; readonly depth: number } | undefined;
      for (const owner of owners) {
        if (!isUnder(part.tokens, owner.tokens) || (renamedAfter !== undefined && renamedAfter.depth >= owner.tokens.length)) continue;
        const rest = [owner.name, owner.hint].map((prefix) => (part.name.startsWith(prefix) ? part.name.slice(prefix.length) : undefined)).find((words) => words !== undefined && /^[A-Z0-9]/.test(words));
        if (rest !== undefined) renamedAfter = { owner: owner.name, rest, depth: owner.tokens.length };
      }
      if (renamedAfter === undefined) continue;
      const wanted = firstFreeName(`${renames.get(renamedAfter.owner)!}${renamedAfter.rest}`, (candidate) => this.claimedNames.has(candidate));
      this.claimedNames.add(wanted);
      renames.set(part.name, wanted);
      owners.push(part);
    }
    return renames;
  }

  /**
   * The name recursion into the schema at `pointer` refers to, for the type lifted there under the
   * hint that schema was translated under. A part of it lifted at the same place under a hint of its
   * own (the tagged union that is the object variant of a union of JSON types) is another type: given
   * the name, it stood for the whole, and the whole, lifted after it, replaced it under that name and
   * became its own object variant.
   */
  private recursiveNameFor(pointer: string, nameHint: string): string | undefined {
    const recursive = this.recursiveNames.get(pointer);
    return recursive !== undefined && recursive.nameHint === nameHint ? recursive.name : undefined;
  }

  claimName(wanted: string, _pointer: string): string {
    const name = firstFreeName(wanted, (candidate) => this.claimedNames.has(candidate));
    this.claimedNames.add(name);
    return name;
  }

  pointerOf(schema: JsonValue | undefined, fallback: string): string {
    return typeof schema === "object" && schema !== null ? (this.origins.get(schema) ?? fallback) : fallback;
  }

  nameWhereWritten(schema: JsonValue | undefined): string | undefined {
    if (typeof schema !== "object" || schema === null || this.composed.has(schema)) return undefined;
    const origin = this.origins.get(schema);
    return origin === undefined ? undefined : this.nameOfPlace(origin);
  }

  originOf(schema: JsonValue | undefined): string | undefined {
    return typeof schema === "object" && schema !== null ? this.origins.get(schema) : undefined;
  }

  adopt = (made: Schema, from: JsonValue | undefined): void => {
    if (typeof from !== "object" || from === null || this.origins.has(made)) return;
    const origin = this.origins.get(from);
    if (origin !== undefined) {
      this.origins.set(made, origin);
      this.composed.add(made);
    }
    this.index?.adopt(made, from);
  };

  fallback(pointer: string, kind: FallbackKind, reason: string): void {
    if (!this.fallbacks.some((known) => known.pointer === pointer && known.reason === reason)) this.fallbacks.push({ kind, pointer, reason });
  }
}

/** A schema being translated: the name hint it was met with, and the name it got if it refers to itself. */
interface RecursionGuard {
  readonly nameHint: string;
  name?: string;
  /** The name is the one the type is being lifted under (liftShape), not an alias's. */
  lifted?: boolean;
  /** The references the recursion made, renamed to the whole's alias where the lifted type is only part of it. */
  readonly references: NamedTypeRef[];
}

/**
 * A schema's structure as a type: whether it consumed the schema's `if` (translateAssertions then
 * leaves it out), and whether its parts state all the schema's rules already (a `type` list's, TypeListType).
 */
interface Structure {
  readonly type: TypeRef;
  readonly consumedIf: boolean;
  readonly rulesInParts?: boolean;
}

/** A structure's type when no `if` was consumed for it. */
function plain(type: TypeRef): Structure {
  return { type, consumedIf: false };
}

/** The names the frames, methods and events of a protocol refer to. */
function namedRefsOfOperations(operations: Operations): string[] {
  return refsOfOperations(operations).flatMap(namedRefsIn);
}

/**
 * `types` with each object's bases named by the object types they stand for. A base is shared
 * structure only where it is an object (a definition merged in through allOf may be anything; its
 * keywords are merged either way). A definition with rules beside its properties (STIX's core, whose
 * `not` refuses some keys; glTF's accessor, whose `dependencies` pair two) is bound as the alias of
 * its object with those rules (bind: Core = CoreValue with its `not`): its adopters share that
 * object. Dropped as no object, every STIX object lost the core it is built on in Swift.
 */
function withObjectBases(types: readonly NamedType[]): NamedType[] {
  const byName = new Map(types.map((type) => [type.name, type]));
  const objectBehind = (name: string, seen: ReadonlySet<string>): string | undefined => {
    const type = byName.get(name);
    if (type?.kind === "object") return name;
    if (type?.kind !== "alias" || seen.has(name)) return undefined;
    const core = coreOf(type.type);
    return core.kind === "named" ? objectBehind(core.name, new Set([...seen, name])) : undefined;
  };
  return types.map((type) => {
    if (type.kind !== "object") return type;
    const bases = [...new Set(type.bases.flatMap((base) => objectBehind(base.name, new Set()) ?? []))].filter((base) => base !== type.name);
    if (bases.length === type.bases.length && bases.every((base, index) => base === type.bases[index]!.name)) return type;
    return { ...type, bases: bases.map((base): NamedTypeRef => ({ kind: "named", name: base })) };
  });
}

/** `type` without its nullable and constrained wrappers. */
function coreOf(type: TypeRef): TypeRef {
  return type.kind === "nullable" || type.kind === "constrained" ? coreOf(type.type) : type;
}

function renameCore(type: TypeRef, from: string, to: string): TypeRef {
  if (type.kind === "named") return type.name === from ? { kind: "named", name: to } : type;
  if (type.kind === "nullable") return { ...type, type: renameCore(type.type, from, to) };
  if (type.kind === "constrained") return { ...type, type: renameCore(type.type, from, to) };
  return type;
}

/**
 * Why a pointer ending in "/" found nothing: its last token is the empty key "" (RFC 6901), not the
 * schema before it. AJV reads `#/` as the document, Python's jsonschema refuses it; the author meant
 * the schema before the slash (AWS Step Functions' schema in cfn-lint has `$ref: "#/"`).
 */
function trailingEmptyKeyHint(ref: string, tokens: readonly (string | number)[]): string {
  if (tokens.length === 0 || tokens[tokens.length - 1] !== "") return "";
  const meant = ref.slice(0, -1);
  return `: its last token is the empty key "" (a trailing "/"); "${meant}" names ${meant === "#" ? "the whole document" : "the schema before it"}`;
}

/** A part of an allOf left beside the merged schema is named `<hint>AllOf`; a conditional testing one constant names its own (testedConstantName). */
function leftoverHint(leftover: JsonValue, nameHint: string): string {
  const conditional = typeof leftover === "object" && leftover !== null && !Array.isArray(leftover) && "if" in leftover;
  return conditional && testedConstantName(leftover.if) !== "" ? nameHint : `${nameHint}AllOf`;
}

