// Small helpers over a built model that every consumer (targets, the conformance run, tests) shares,
// so none of them keeps its own index or its own reading of the contract.
import { escapePointerToken, unescapePointerToken } from "@clone/schema/json-pointer";
import { BUNDLED_FROM_KEYWORD, BUNDLED_PLACES_KEYWORD, NAMED_PLACES_KEYWORD } from "../jsonSchema/bundleKeywords.ts";
import { CodegenError } from "../errors.ts";
import { documentSchemas, pointerTokens } from "../jsonSchema/references.ts";
import type { Annotations, EnumType, NamedType, PlaceAsWritten, SchemaModel, SourceDocument, TypeRef } from "./types.ts";
import { forEachValueRefInside, refsOfOperations, refsOfType } from "./walk.ts";

/** A model from its parts, with `typesByName` indexed from `types` (what buildModel returns, and hand-built test models). */
export function createSchemaModel(parts: Omit<SchemaModel, "typesByName">): SchemaModel {
  return { ...parts, typesByName: new Map(parts.types.map((type) => [type.name, type])) };
}

/** The string keywords a model's document writes, each once, in document order (documentStringKeywords). */
interface DocumentStringKeywords {
  readonly patterns: readonly string[];
  readonly formats: readonly string[];
}

const stringKeywordsOfDocuments = new WeakMap<SchemaModel, DocumentStringKeywords>();

/** Every `pattern` and every `format` the model's document writes, found in one walk of its schemas. */
function documentStringKeywords(model: SchemaModel): DocumentStringKeywords {
  let keywords = stringKeywordsOfDocuments.get(model);
  if (!keywords) {
    const patterns = new Set<string>();
    const formats = new Set<string>();
    for (const [, schema] of documentSchemas(model.source.document, model.source.dialect)) {
      if (typeof schema.pattern === "string") patterns.add(schema.pattern);
      if (typeof schema.format === "string") formats.add(schema.format);
    }
    keywords = { patterns: [...patterns], formats: [...formats] };
    stringKeywordsOfDocuments.set(model, keywords);
  }
  return keywords;
}

/**
 * Every `pattern` the model's document writes, each once, in document order: for the validators that
 * judge the document itself (Python's jsonschema reads each pattern through the python-drf table, so
 * that `$` means end of input as in ECMA-262). The model's types carry only the patterns they check,
 * none beside a `const` or `enum` nor one read as the constants it spells (`^CmdLine@2$`:
 * constantValues), which the document still writes.
 */
export function documentPatterns(model: SchemaModel): readonly string[] {
  return documentStringKeywords(model).patterns;
}

/**
 * Every `format` the model's document writes, each once, in document order: for the validators that
 * judge the document itself (jsonschema and fastjsonschema check formats by the python-drf table).
 * The model's types carry only the formats they check, none in a part of the document that admits
 * no value (`allOf: [{const: "a"}, {type: string, format: date-time}]` is dropped whole), which the
 * document still writes, and which a reading of the document without some of its keywords revives.
 */
export function documentFormats(model: SchemaModel): readonly string[] {
  return documentStringKeywords(model).formats;
}

/**
 * The named type `name` refers to. validateModel guarantees every reference resolves, so a miss is a
 * bug in whatever built the model, reported as an error at the model's document.
 */
export function typeNamed(model: SchemaModel, name: string): NamedType {
  const type = model.typesByName.get(name);
  if (!type) throw new CodegenError("", `the model has no type named "${name}"`, model.source.location);
  return type;
}

/**
 * The named types a value is decoded into: the root, every definition, the operations' types, and
 * the types their values hold (properties, items, variants…) at any depth. Not the types made only
 * to check a rule (an `if`, a `not`): their properties restate keys of the value's own type, often
 * with no type of their own (`then: {required: [j]}`). A typed target declares only these (Swift's
 * doc comments describe the others in words), and the untyped share counts only their properties.
 */
export function valueTypes(model: SchemaModel): ReadonlySet<NamedType> {
  let reached = valueTypesByModel.get(model);
  if (reached === undefined) valueTypesByModel.set(model, (reached = collectValueTypes(model)));
  return reached;
}

const valueTypesByModel = new WeakMap<SchemaModel, ReadonlySet<NamedType>>();

function collectValueTypes(model: SchemaModel): Set<NamedType> {
  const reached = new Set<NamedType>();
  const pending: NamedType[] = [];
  const visit = (ref: TypeRef): void => {
    if (ref.kind !== "named") return forEachValueRefInside(ref, visit);
    const type = typeNamed(model, ref.name);
    if (!reached.has(type)) reached.add(type), pending.push(type);
  };
  if (model.root) visit(model.root);
  for (const type of model.types) if (type.definitionName !== undefined) visit({ kind: "named", name: type.name });
  if (model.operations) for (const ref of refsOfOperations(model.operations)) visit(ref);
  for (const ref of model.namedPlaces ?? []) visit(ref);
  for (let type = pending.pop(); type !== undefined; type = pending.pop()) for (const { ref } of refsOfType(type)) visit(ref);
  return reached;
}

/** The text a target shows as a type's or property's documentation: its description, else its title. */
export function documentation(annotations: Annotations): string | undefined {
  return annotations.description ?? annotations.title;
}

/**
 * The documentation of a place for a target with no mark of its own for deprecation (Swift's `///`
 * comments, DRF's docstrings and `help_text`): its text, then "Deprecated." where the schema says
 * `deprecated: true`, so a reader of the generated code learns it as a reader of the docs does; with
 * `type`, the type of the place, what the schema says of its unnamed items and values (partNotes) before
 * it. After a text of several lines (one that may end in a code block) each is a paragraph of its own.
 */
export function documentationWithDeprecation(annotations: Annotations, type?: TypeRef): string | undefined {
  const text = documentation(annotations)?.trim();
  // What it says of its unnamed items and values (partNotes) after its own text, then the deprecation.
  const notes = [...(type === undefined ? [] : partNotes(type)), deprecationNote(annotations)].filter((note) => note !== undefined);
  if (notes.length === 0) return text;
  const pieces = text === undefined || text === "" ? notes : [text, ...notes];
  return pieces.reduce((said, piece) => (said.includes("\n") || piece.includes("\n") ? `${said}\n\n${piece}` : sentences(said, piece)));
}

/**
 * What the schema says of a place that has a description alone (a union's variant, UnionVariant.description;
 * the values of keys matching a pattern, PatternProperty.description), with what it says of the unnamed
 * items and values inside the place's type after it (partNotes): `oneOf: [{type: string}, {type: array,
 * description: "List of IP addresses", items: {description: "An IP address"}}]`.
 */
export function descriptionWithParts(description: string | undefined, type: TypeRef): string | undefined {
  return documentationWithDeprecation(description === undefined ? {} : { description }, type);
}

/**
 * What the schema says of the unnamed items and values inside a place's type (ArrayTypeRef.itemsDescription,
 * RecordTypeRef.valuesDescription, TupleTypeRef.prefixItemsDescriptions and restDescription), outermost
 * first, each a sentence naming the part it is of: "Each item: A tag.", "Item 1: Longitude.", "Each
 * item after item 2: A label.", and inside it "Each item of each item: A cell." (through `T | null`
 * and rules, which hold the same items). Named types are not entered: they document themselves. Every target says these where it documents the place (a
 * property, an alias, a variant, a pattern's values), after the place's own text.
 */
export function partNotes(type: TypeRef): string[] {
  const notes: string[] = [];
  const visit = (ref: TypeRef, of: string): void => {
    if (ref.kind === "nullable" || ref.kind === "constrained") return visit(ref.type, of);
    if (ref.kind === "array") return note(`each item${of}`, ref.itemsDescription, ref.items);
    if (ref.kind === "record") return note(`each value${of}`, ref.valuesDescription, ref.values);
    if (ref.kind !== "tuple") return;
    ref.prefixItems.forEach((item, index) => note(`item ${index + 1}${of}`, ref.prefixItemsDescriptions?.[index], item));
    if (ref.rest !== false) note(ref.prefixItems.length === 0 ? `each item${of}` : `each item after item ${ref.prefixItems.length}${of}`, ref.restDescription, ref.rest);
  };
  // A part's text as a sentence naming it, ended by a full stop where its author left none (as deprecationNote ends its sentence); then the parts inside it.
  const note = (which: string, text: string | undefined, inner: TypeRef): void => {
    if (text !== undefined) notes.push(sentences(`${which[0]!.toUpperCase()}${which.slice(1)}: ${text.trim()}`, "").trimEnd());
    visit(inner, ` of ${which}`);
  };
  visit(type, "");
  return notes;
}

/** What every target says of a deprecated place: "Deprecated.", with the schema's reason where it gives one ("Deprecated: use `b` instead."). */
export function deprecationNote(annotations: Annotations): string | undefined {
  if (annotations.deprecated !== true) return undefined;
  const message = annotations.deprecationMessage;
  // The reason as a sentence of its own, ended by a full stop as `sentences` ends one.
  return message === undefined ? "Deprecated." : sentences(`Deprecated: ${message}`, "").trimEnd();
}

/** Two pieces of text as sentences, one after the other (the first may be empty): the first ended by a full stop where its author left none ("… is `org-global`", then "Default: …"). */
export function sentences(first: string, second: string): string {
  if (first === "") return second;
  const ended = /[.!?:]["'’”)\]`*_]*$/.test(first.trimEnd());
  return `${first.trimEnd()}${ended ? "" : "."} ${second}`;
}

/** The values of a string enum (`valueType` "string", whose values validateModel has checked are strings); undefined for any other enum. */
export function stringEnumValues(type: EnumType): readonly string[] | undefined {
  return type.valueType === "string" ? type.values.filter((value): value is string => typeof value === "string") : undefined;
}

/** What a schema says of one enum value (EnumType.valueNotes): its name and description, and both as one text. */
export interface EnumValueAnnotation {
  readonly name?: string;
  readonly description?: string;
  /** The documentation a target shows for the value: name or description alone, or "name: description". */
  readonly meaning: string;
}

type EnumValue = EnumType["values"][number];

/** What each value of an enum means, where its schema says (enumValueNotes.ts reads it into the model); values the schema does not describe are absent. */
export function enumValueAnnotations(type: EnumType): ReadonlyMap<EnumValue, EnumValueAnnotation> {
  return new Map((type.valueNotes ?? []).map(({ value, name, description }) => {
    const meaning = name !== undefined && description !== undefined && name !== description ? `${name}: ${description}` : (description ?? name)!;
    return [value, { ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }), meaning }];
  }));
}

/**
 * Where a named type's schema is written, as a URI reference: a fragment of the input (`#/definitions/CronJob`,
 * `#/components/schemas/Pet` in an OpenAPI file: pointerInFile), or, for a schema brought in from
 * another file, that file and the place in it (`jsf-0.82.schema.json#/definitions/signature/oneOf/0`,
 * where the bundle holds it at `#/definitions/jsf-0.82-signature/oneOf/0`, a place no file has).
 */
export function sourceFragment(source: SourceDocument, type: NamedType): string {
  return bundledFrom(source, type.pointer) ?? `#${pointerInFile(source, type.pointer)}`;
}

/**
 * Where the place `pointer` (into the document as read) is written: in the input, as the file spells
 * it (pointerInFile), or, inside a schema brought in from another file, that file and the place in it.
 * A warning at `main.json#/definitions/provider_json_schema/properties/publisher` named a place the
 * bundle made and no file has (CSAF's aggregator schema, whose provider schema refers remotely there).
 */
export function placeInFile(source: SourceDocument, pointer: string): { readonly location?: string; readonly pointer: string } {
  const bundled = bundledFrom(source, pointer);
  if (bundled === undefined) return { pointer: pointerInFile(source, pointer) };
  const hash = bundled.indexOf("#");
  return { location: bundled.slice(0, hash), pointer: bundled.slice(hash + 1) };
}

/** `file#pointer` of the place `pointer` (into the bundle) was brought in from, when it is inside a definition (or a place, BUNDLED_PLACES_KEYWORD) another file wrote (its `x-clone-bundled-from`). */
function bundledFrom(source: SourceDocument, pointer: string): string | undefined {
  const tokens = pointerTokens(pointer);
  if (tokens === undefined || tokens.length < 2 || (tokens[0] !== source.definitionsKey && tokens[0] !== BUNDLED_PLACES_KEYWORD)) return undefined;
  const definitions = source.document[tokens[0]];
  const definition = typeof definitions === "object" && definitions !== null && !Array.isArray(definitions) && Object.hasOwn(definitions, tokens[1]!) ? definitions[tokens[1]!] : undefined;
  const from = typeof definition === "object" && definition !== null && !Array.isArray(definition) ? definition[BUNDLED_FROM_KEYWORD] : undefined;
  if (typeof from !== "string") return undefined;
  const hash = from.indexOf("#");
  const file = from.slice(0, hash);
  const read = `${from.slice(hash + 1)}${tokens.slice(2).map((token) => `/${escapePointerToken(token)}`).join("")}`;
  // A draft-03 file's place as that file writes it, not as its reading as draft-04 has it.
  const moved = source.filesReadFromDraft03 !== undefined && Object.hasOwn(source.filesReadFromDraft03, file) ? source.filesReadFromDraft03[file] : undefined;
  return `${file}#${moved === undefined ? read : placeAsWritten(read, moved)}`;
}

/**
 * `pointer` (into the document as read) without the `/anyOf/1` each of `moved` (file places whose rules
 * moved beside `{type: null}`) has after it: `/…/owner/anyOf/1/properties/login` is `/…/owner/properties/login`.
 * Token by token, so a place moved inside another one is found once the outer `/anyOf/1` is out.
 * (Places named before the move are respelled as places after it where the rules move: documentReadings.ts.)
 */
function withoutRulesMovedBesideNull(pointer: string, moved: readonly string[]): string {
  const tokens = pointer.split("/").slice(1);
  let inFile = "";
  // One `/anyOf/1` per moved place: an `anyOf` the author wrote beside the nullable follows it.
  let movedInto: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "anyOf" && tokens[i + 1] === "1" && moved.includes(inFile) && movedInto !== inFile) {
      movedInto = inFile;
      i++;
      continue;
    }
    inFile += `/${tokens[i]}`;
  }
  return inFile;
}

/** `pointer` with the `/examples/0` after one of `places` (whose `example` was read as `examples: [example]`) the `/example` the file writes. */
function withExampleAsWritten(pointer: string, places: readonly string[]): string {
  const place = places.find((candidate) => pointer === `${candidate}/examples/0` || pointer.startsWith(`${candidate}/examples/0/`));
  return place === undefined ? pointer : `${place}/example${pointer.slice(`${place}/examples/0`.length)}`;
}

/**
 * `pointer` (of a draft-03 file's document as read: input/draft03.ts) as the file spells it: the longest place the reading moved that
 * holds it, respelled (PlaceAsWritten); unchanged where none does.
 */
export function placeAsWritten(pointer: string, places: readonly PlaceAsWritten[]): string {
  let best: PlaceAsWritten | undefined;
  for (const place of places) {
    const holds = pointer === place.read || pointer.startsWith(`${place.read}/`);
    if (holds && (best === undefined || place.read.length > best.read.length)) best = place;
  }
  return best === undefined ? pointer : `${best.written}${pointer.slice(best.read.length)}`;
}

/**
 * `pointer` (into `source.document`) as the file spells the place (`/allOf/0` is `/extends/0` in a draft-03 file): `/$defs/Pet/type` is
 * `/components/schemas/Pet/type` in an OpenAPI file, and `/$defs/ListPetsResponse200/items` is
 * `/paths/~1pets/get/responses/200/content/application~1json/schema/items`.
 */
export function pointerInFile(source: Partial<Pick<SourceDocument, "definitionsKey" | "definitionsInFile" | "rulesMovedBesideNull" | "examplesWrittenSingly" | "readFromDraft03">>, read: string): string {
  const beforeMoves = source.rulesMovedBesideNull === undefined ? read : withoutRulesMovedBesideNull(read, source.rulesMovedBesideNull);
  const asWritten = source.examplesWrittenSingly === undefined ? beforeMoves : withExampleAsWritten(beforeMoves, source.examplesWrittenSingly);
  // A draft-03 file is no API description: its places are the document's but where its reading moved them.
  const pointer = source.readFromDraft03 === undefined ? asWritten : placeAsWritten(asWritten, source.readFromDraft03.placesAsWritten);
  const inFile = source.definitionsInFile;
  if (source.definitionsKey === undefined || inFile === undefined) return pointer;
  const asRead = `/${source.definitionsKey}`;
  if (pointer === asRead) return inFile.container;
  // A named place (a parameter's schema) is listed among the places by its name.
  const namedPlace = `/${NAMED_PLACES_KEYWORD}/`;
  if (!pointer.startsWith(`${asRead}/`) && !pointer.startsWith(namedPlace)) return pointer;
  const rest = pointer.slice(pointer.startsWith(namedPlace) ? namedPlace.length : asRead.length + 1);
  const end = rest.indexOf("/") < 0 ? rest.length : rest.indexOf("/");
  const name = unescapePointerToken(rest.slice(0, end));
  const place = Object.hasOwn(inFile.places, name) ? inFile.places[name] : undefined;
  return place === undefined ? `${inFile.container}/${rest}` : `${place}${rest.slice(end)}`;
}

