// The document as the model reads it: rewrites made once, before the build, each on a copy of the
// document (withSchemasEdited), so that every target and every reading the conformance run compares
// start from one document. In order: OpenAPI's and AJV's own keywords read (AJV_OWN_KEYWORDS), formats
// that mean a type the schema's `type` leaves out read as meant (FORMATS_ADDING_A_TYPE) and keywords of
// other dialects dropped (schemaReadings), in the document and in the schemas beside its
// examples, and, for the conformance run's readings of the same document, keywords beside a `$ref`
// dropped as draft-07 and earlier say (refSiblings "ignore") and evaluation written out as AJV counts
// it (evaluationReading "ajv").
import { childPointer } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { documentSchemas, encodeFragment, idKeyword, pointerTokens, valueAt, walkDocumentSchemas, type Tokens, type WritableSchema } from "../jsonSchema/references.ts";
import { dialectAtLeast, dialectsDefiningOnlyElsewhere, isValidationKeyword, REFERENCE_KEYWORDS, type Dialect } from "../jsonSchema/vocabulary.ts";
import type { BuildModelOptions } from "./buildModel.ts";
import { declaredTypes } from "./schemaFacts.ts";
import type { JsonType, KeywordWithoutEffect, SourceDocument } from "./types.ts";

/** `source` as the model reads it (a copy where a reading rewrites it; `source` itself where none does). */
export function documentAsRead(source: SourceDocument, options: Pick<BuildModelOptions, "refSiblings" | "evaluationReading">): SourceDocument {
  let read = withExampleSchemasRead(schemaReadings(source));
  if (options.refSiblings === "ignore" && !dialectAtLeast(source.dialect, "2019-09")) read = withoutRefSiblings(read);
  if (options.evaluationReading === "ajv" && dialectAtLeast(source.dialect, "2019-09")) read = evaluationAsAjvReadsIt(read);
  return read;
}

/** One of the readings every schema is given: which schemas it rewrites, and the document read so (`source` itself where it rewrites none). */
interface SchemaReading {
  readonly rewrites: (schema: WritableSchema, dialect: Dialect) => boolean;
  readonly read: (source: SourceDocument) => SourceDocument;
}

/**
 * The readings every schema the toolkit reads is given, in order: OpenAPI's and AJV's own keywords,
 * formats that add a type, empty applicators, draft-03's `required: false`, then keywords of other
 * dialects dropped.
 */
const SCHEMA_READINGS: readonly SchemaReading[] = [
  { rewrites: writesAjvOwnKeyword, read: withAjvOwnKeywordsRead },
  { rewrites: formatAddsAType, read: withFormatsAddingATypeRead },
  { rewrites: (schema) => emptyApplicators(schema).length > 0, read: withEmptyApplicatorsRead },
  { rewrites: (schema) => draft03OptionalKeywords(schema).length > 0, read: withDraft03OptionalRead },
  { rewrites: (schema, dialect) => keywordsOfOtherDialects(schema, dialect).length > 0, read: withoutKeywordsOfOtherDialects },
];

/**
 * `source` with SCHEMA_READINGS given in order. Most documents need none: one walk asking every
 * reading's test says so, where each reading's own walk (one per reading) walked the whole document again.
 */
function schemaReadings(source: SourceDocument): SourceDocument {
  const rewritten = walkDocumentSchemas(source.document, source.dialect, (schema) => SCHEMA_READINGS.some(({ rewrites }) => rewrites(schema, source.dialect)));
  return rewritten ? SCHEMA_READINGS.reduce((read, reading) => reading.read(read), source) : source;
}

/**
 * The document with each `required: false` dropped (a copy), and gen says so at it. Draft-03 wrote
 * whether a property is required on the property itself; `false`, its default, makes it optional,
 * as every property is from draft-04 on unless its object lists it. Schemas written since carry it
 * on (Microsoft's Adaptive Cards 1.6, a draft-06 document, on Media's `captionSources`); AJV refuses
 * to compile it (a `required` must be a list there) and the input check took it for `required: true`.
 */
function withDraft03OptionalRead(source: SourceDocument): SourceDocument {
  return withKeywordsRead(
    source,
    draft03OptionalKeywords,
    (schema) => {
      delete schema.required;
      return "`required: false` is draft-03's word that the property is optional, as every property is from draft-04 on unless its object lists it in `required`: read as no `required`";
    },
  );
}

/** `["required"]` where `schema` writes draft-03's `required: false`. */
function draft03OptionalKeywords(schema: WritableSchema): string[] {
  return schema.required === false ? ["required"] : [];
}

/**
 * An `allOf`, `anyOf` or `oneOf` of no schema, which the meta-schemas refuse (`minItems: 1`) and AJV
 * with them, but whose meaning JSON Schema's definitions give: every value passes all of none, and no
 * value passes one, or exactly one, of none. Cohere's OpenAPI description writes `oneOf: []`. Each is
 * read as the one schema of that meaning, `{}` or `{not: {}}` (in every dialect), which every reader
 * compiles: the model, the json-schema targets' documents and the conformance run's engines.
 */
const EMPTY_APPLICATOR_READINGS: Readonly<Record<string, { readonly as: JsonValue; readonly means: string }>> = {
  allOf: { as: {}, means: "every value passes all of none, so it asks nothing" },
  anyOf: { as: { not: {} }, means: "no value passes one of none, so no value is valid here" },
  oneOf: { as: { not: {} }, means: "no value passes exactly one of none, so no value is valid here" },
};

/** The applicators of EMPTY_APPLICATOR_READINGS that `schema` writes as an empty list. */
function emptyApplicators(schema: WritableSchema): string[] {
  return Object.keys(EMPTY_APPLICATOR_READINGS).filter((keyword) => Array.isArray(schema[keyword]) && (schema[keyword] as JsonValue[]).length === 0);
}

/** The document with each empty applicator read as EMPTY_APPLICATOR_READINGS says (a copy), and gen says so at it. */
function withEmptyApplicatorsRead(source: SourceDocument): SourceDocument {
  return withKeywordsRead(source, emptyApplicators, (schema, keyword) => {
    const { as, means } = EMPTY_APPLICATOR_READINGS[keyword]!;
    schema[keyword] = [structuredClone(as)];
    return `\`${keyword}: []\` lists no schema, which the meta-schema refuses (it asks for one at least): ${means}; read as \`${keyword}: [${JSON.stringify(as)}]\``;
  });
}

/**
 * The document (a copy where it changes) with each keyword `keywordsOf` finds in a schema rewritten by
 * `read`, which says what it made of it: gen says so at the keyword.
 */
function withKeywordsRead(source: SourceDocument, keywordsOf: (schema: WritableSchema) => readonly string[], read: (schema: WritableSchema, keyword: string) => string): SourceDocument {
  const named: KeywordWithoutEffect[] = [];
  const edited = withSchemasEdited(
    source,
    (schema) => keywordsOf(schema).length > 0,
    (schema, tokens) => {
      for (const keyword of keywordsOf(schema)) named.push({ pointer: childPointer("", ...tokens, keyword), reason: read(schema, keyword) });
    },
  );
  return named.length > 0 ? { ...edited, keywordsWithoutEffect: [...(source.keywordsWithoutEffect ?? []), ...named] } : edited;
}

/**
 * `source` with the schemas beside examples that are no definition (an OpenAPI parameter's: kept
 * apart, SourceDocument.examplesBesideSchemas) read as the document's own schemas are, so that an
 * example is judged by the reading the model gives every schema (a parameter's
 * `{enum: [a, b], nullable: true}` takes null too). What the readings warn of there is not said: gen
 * says nothing of schemas that are no type of the model.
 */
function withExampleSchemasRead(source: SourceDocument): SourceDocument {
  const examples = source.examplesBesideSchemas;
  const inline = examples?.found.flatMap((example) => ("inline" in example.schema ? [example.schema.inline] : [])) ?? [];
  if (examples === undefined || inline.length === 0) return source;
  // The schemas as the definitions of a document of their own (a `$ref` of theirs names the source's
  // definitions, which these readings do not follow).
  const alone: SourceDocument = { ...source, document: { [source.definitionsKey]: { ...inline } }, keywordsWithoutEffect: undefined, keywordsReadAsMeant: undefined };
  const read = schemaReadings(alone).document[source.definitionsKey] as { readonly [index: string]: JsonValue };
  let index = 0;
  const found = examples.found.map((example) => ("inline" in example.schema ? { ...example, schema: { inline: read[String(index++)]! } } : example));
  return { ...source, examplesBesideSchemas: { ...examples, found } };
}

/**
 * The document with each schema `needsEdit` picks rewritten in place by `edit` (a copy), each given
 * its place in the file: the list of schemas is taken before any edit, so a schema an edit moves is
 * still named where the file writes it. `source` itself when no schema needs an edit.
 */
function withSchemasEdited(source: SourceDocument, needsEdit: (schema: WritableSchema) => boolean, edit: (schema: WritableSchema, tokens: Tokens) => void): SourceDocument {
  if (!walkDocumentSchemas(source.document, source.dialect, needsEdit)) return source;
  const document = structuredClone(source.document);
  for (const [tokens, schema] of documentSchemas(document, source.dialect)) if (needsEdit(schema)) edit(schema, tokens);
  return { ...source, document };
}

/** What reading one of AJV_OWN_KEYWORDS knows of the document, and tells back. */
interface OwnKeywordReading {
  readonly dialect: Dialect;
  /** Called where the schema's rules moved into an `anyOf` beside `{type: null}` (nullOrTheRest). */
  readonly rulesMovedBesideNull: () => void;
}

/**
 * The keywords no dialect defines that AJV, the toolkit's validator, reads in every dialect, each with
 * what it makes of a schema writing it. Both are then dropped: kept as annotations, the json-schema
 * target would write a document AJV reads otherwise than the model, or refuses to compile.
 */
const AJV_OWN_KEYWORDS: Readonly<Record<string, (schema: WritableSchema, reading: OwnKeywordReading) => string | void>> = {
  // OpenAPI's: `true` takes null too, as the documents that write it mean, wherever it is written:
  // beside a `type` without `null` (Kubernetes CRDs, schemas taken from OpenAPI), and, said, where
  // OpenAPI 3.0.3's letter gives it no effect: beside an `enum` or a `const` without null (OpenAI's
  // stream chunks' `finish_reason`, null in every chunk but the last) and with no `type` beside it
  // (`{nullable: true, allOf: [{$ref}]}`: GitHub's `commit.author`, Anthropic's `archived_at`, whose
  // own examples are null). Real responses carry null there; read by the letter, every runtime
  // refused them. AJV refuses it without a `type`, and `false` beside a `type` listing null.
  nullable: (schema, reading) => {
    if (schema.nullable !== true) return;
    const types = declaredTypes(schema);
    if (types === undefined || types.length === 0) return nullOrTheRest(schema, reading);
    if (!types.includes("null")) schema.type = [...(Array.isArray(schema.type) ? schema.type : [schema.type!]), "null"];
    const listed = Array.isArray(schema.enum) ? schema.enum : Object.hasOwn(schema, "const") ? [schema.const!] : undefined;
    if (listed === undefined || listed.includes(null)) return;
    const which = Array.isArray(schema.enum) ? "an `enum`" : "a `const`";
    schema.enum = [...listed, null];
    delete schema.const;
    return `\`nullable: true\` beside ${which} that does not list null: null is taken too, as its author meant (OpenAPI 3.0.3's letter keeps the values as listed)`;
  },
  // AJV's own: makes the validator a Promise's (every value "valid" to a caller that does not await),
  // and a schema holding it a compile error wherever a schema without it refers to it. What a value
  // must be is unchanged.
  $async: () => {},
};

/** Whether `schema` writes one of AJV_OWN_KEYWORDS. */
function writesAjvOwnKeyword(schema: WritableSchema): boolean {
  return Object.keys(AJV_OWN_KEYWORDS).some((keyword) => Object.hasOwn(schema, keyword));
}

/** The document with AJV_OWN_KEYWORDS read (a copy; the document itself when no schema writes one). */
function withAjvOwnKeywordsRead(source: SourceDocument): SourceDocument {
  const withoutEffect: KeywordWithoutEffect[] = [];
  const moved: string[] = [];
  const read = withSchemasEdited(
    source,
    writesAjvOwnKeyword,
    (schema, tokens) => {
      const reading: OwnKeywordReading = { dialect: source.dialect, rulesMovedBesideNull: () => moved.push(childPointer("", ...tokens)) };
      for (const [keyword, readKeyword] of Object.entries(AJV_OWN_KEYWORDS)) {
        if (!Object.hasOwn(schema, keyword)) continue;
        const reason = readKeyword(schema, reading);
        if (reason) withoutEffect.push({ pointer: childPointer("", ...tokens, keyword), reason });
        delete schema[keyword];
      }
    },
  );
  if (moved.length === 0) return withoutEffect.length > 0 ? { ...read, keywordsWithoutEffect: [...(source.keywordsWithoutEffect ?? []), ...withoutEffect] } : read;
  refsFollowingRulesMoved(read.document, moved, source.dialect);
  // Every place named so far is one before the move: each becomes one of the document as read, as
  // the model's are, so that pointerInFile gives the file's place back for all alike.
  const afterMove = (keyword: KeywordWithoutEffect): KeywordWithoutEffect =>
    keyword.placedAsWritten ? keyword : { pointer: placeAfterRulesMoved(keyword.pointer, moved, source.dialect), reason: keyword.reason };
  return {
    ...read,
    keywordsWithoutEffect: [...(source.keywordsWithoutEffect ?? []), ...withoutEffect].map(afterMove),
    ...(source.keywordsReadAsMeant !== undefined ? { keywordsReadAsMeant: source.keywordsReadAsMeant.map(afterMove) } : {}),
    rulesMovedBesideNull: moved,
  };
}

/**
 * Formats whose values are of a type the `type` beside them leaves out, as those who write them mean:
 * the type each adds to a `type` that lists `besides`, and who means it so. Kubernetes' IntOrString (a
 * Service port's `targetPort`, a Deployment's `maxSurge`, a probe's `port`) is written
 * `{type: string, format: int-or-string}` in every description kube-openapi generates (the API
 * server's swagger.json and v3 files, and those of the API servers built on it), and the API sends
 * integers there (`targetPort: 8080`): read by `type` alone, every runtime refused them.
 */
const FORMATS_ADDING_A_TYPE: Readonly<Record<string, { readonly besides: JsonType; readonly adds: JsonType; readonly heldBy: string }>> = {
  "int-or-string": { besides: "string", adds: "integer", heldBy: "Kubernetes' IntOrString (an int32 or a string)" },
};

/** What FORMATS_ADDING_A_TYPE adds to `schema`'s `type`, where it adds one. */
function typeAddedByFormat(schema: WritableSchema): (typeof FORMATS_ADDING_A_TYPE)[string] | undefined {
  const format = schema.format;
  if (typeof format !== "string" || !Object.hasOwn(FORMATS_ADDING_A_TYPE, format)) return undefined;
  const added = FORMATS_ADDING_A_TYPE[format]!;
  const types = declaredTypes(schema);
  return types !== undefined && types.includes(added.besides) && !types.includes(added.adds) ? added : undefined;
}

/** Whether `schema`'s format adds a type beside the one it declares (typeAddedByFormat): the test withFormatsAddingATypeRead edits by, and SCHEMA_READINGS asks. */
function formatAddsAType(schema: WritableSchema): boolean {
  return typeAddedByFormat(schema) !== undefined;
}

/**
 * The document with each format of FORMATS_ADDING_A_TYPE read as meant (a copy): the type it adds
 * joins the schema's `type`, listed before the one it sits beside, and gen says so at the format (the
 * `type` as written refuses those values). A schema of no `type` takes them already.
 */
function withFormatsAddingATypeRead(source: SourceDocument): SourceDocument {
  const named: KeywordWithoutEffect[] = [];
  const read = withSchemasEdited(
    source,
    formatAddsAType,
    (schema, tokens) => {
      const { besides, adds, heldBy } = typeAddedByFormat(schema)!;
      const types = declaredTypes(schema)!;
      schema.type = types.flatMap((type) => (type === besides ? [adds, type] : [type]));
      named.push({ pointer: childPointer("", ...tokens, "format"), reason: `\`format: ${String(schema.format)}\` beside a \`type\` without ${adds}: ${adds} values are taken too, as ${heldBy} holds them (the \`type\` as written refuses them)` });
    },
  );
  return named.length > 0 ? { ...read, keywordsWithoutEffect: [...(read.keywordsWithoutEffect ?? []), ...named] } : read;
}

/** Whether nullOrTheRest moves `keyword` into the `anyOf` beside `{type: null}`: a validation or reference keyword. */
function movesBesideNull(keyword: string, dialect: Dialect): boolean {
  return isValidationKeyword(keyword, dialect) || REFERENCE_KEYWORDS.includes(keyword);
}

/**
 * `pointer`, a place in the document before the rules of `moved` moved, as the place in the document
 * after: past each moved place, a keyword that moved is under its `/anyOf/1` (pointerInFile's
 * withoutRulesMovedBesideNull takes it out again).
 */
function placeAfterRulesMoved(pointer: string, moved: readonly string[], dialect: Dialect): string {
  let before = "";
  let after = "";
  for (const token of pointer.split("/").slice(1)) {
    if (moved.includes(before) && movesBesideNull(token, dialect)) after += "/anyOf/1";
    before += `/${token}`;
    after += `/${token}`;
  }
  return after;
}

/**
 * `document` (a copy, edited in place) with each `$ref` that names a place inside rules that moved
 * beside null naming where that place is now: `#/definitions/D0/allOf/0` of `D0: {nullable: true,
 * allOf: [...]}` is `#/definitions/D0/anyOf/1/allOf/0`, where it no longer resolved. A plain pointer
 * (`#/…`) of the document's own only: one inside a schema with an `$id` of its own starts there, and
 * the moved places are the document's.
 */
function refsFollowingRulesMoved(document: JsonValue, moved: readonly string[], dialect: Dialect): void {
  for (const [tokens, schema] of documentSchemas(document, dialect)) {
    const ref = schema.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/") || insideResourceOfItsOwn(document, tokens, dialect)) continue;
    const target = pointerTokens(ref.slice(1));
    if (target === undefined) continue;
    const pointer = childPointer("", ...target);
    const after = placeAfterRulesMoved(pointer, moved, dialect);
    if (after !== pointer) schema.$ref = encodeFragment(`#${after}`);
  }
}

/** Whether the schema at `tokens` is, or is inside, a schema below the root with an `$id` that names a resource (not `#name`): where `#/…` names that resource. */
function insideResourceOfItsOwn(document: JsonValue, tokens: Tokens, dialect: Dialect): boolean {
  const id = idKeyword(dialect);
  for (let length = 1; length <= tokens.length; length++) {
    const schema = valueAt(document, tokens.slice(0, length));
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) continue;
    const written = schema[id];
    if (typeof written === "string" && !written.startsWith("#")) return true;
  }
  return false;
}

/**
 * `schema`, which writes `nullable: true` and no `type`, made to take null or what it says besides
 * (in place): its validation keywords move into an `anyOf` beside `{type: "null"}`, its annotations
 * and identifiers stay. Nothing moves where nothing but annotations is beside it: it takes null already.
 * Messages and remarks still name the file's places (pointerInFile takes the `/anyOf/1` out again).
 */
function nullOrTheRest(schema: WritableSchema, { dialect, rulesMovedBesideNull }: OwnKeywordReading): string | void {
  const rest: { [key: string]: JsonValue } = {};
  for (const keyword of Object.keys(schema)) {
    if (!movesBesideNull(keyword, dialect)) continue;
    rest[keyword] = schema[keyword]!;
    delete schema[keyword];
  }
  if (Object.keys(rest).length === 0) return;
  schema.anyOf = [{ type: "null" }, rest];
  rulesMovedBesideNull();
  return "`nullable: true` without a `type` beside it: null is taken too, as its author meant, beside what the schema says (OpenAPI 3.0.3's letter gives it no effect there)";
}

/**
 * The document without the validation keywords its dialect does not define (a copy), each named among
 * the keywords without effect (gen warns of each): `dependencies`, `additionalItems` or
 * `$recursiveRef` in a 2020-12 document (OpenAI's 3.1 description keeps `$recursiveRef: "#"` from
 * 2019-09), a 2019-09 keyword in a draft-07 one. The dialect reads each as an annotation, so the model
 * does, and every target with it; its author meant a rule, which no output checks. Dropped, not kept
 * as an annotation: AJV reads `dependencies` and `$recursiveRef` in every dialect, so the json-schema
 * target's document held a rule for a Node client that Swift and the serializers do not check.
 */
function withoutKeywordsOfOtherDialects(source: SourceDocument): SourceDocument {
  return withKeywordsRead(source, (schema) => keywordsOfOtherDialects(schema, source.dialect), (schema, keyword) => {
    delete schema[keyword];
    return `\`${keyword}\` is a keyword of ${dialectsDefiningOnlyElsewhere(keyword, source.dialect)}, not of this document's ${source.dialect}: it rules nothing here`;
  });
}

/** The validation keywords `schema` writes that `dialect` does not define (other dialects do). */
function keywordsOfOtherDialects(schema: WritableSchema, dialect: Dialect): string[] {
  return Object.keys(schema).filter((keyword) => dialectsDefiningOnlyElsewhere(keyword, dialect) !== undefined);
}

/** A draft-07-or-earlier document with every validation keyword beside a `$ref` dropped (a copy; documentation stays). */
function withoutRefSiblings(source: SourceDocument): SourceDocument {
  const siblingRules = (schema: WritableSchema) => (typeof schema.$ref === "string" ? Object.keys(schema).filter((keyword) => keyword !== "$ref" && isValidationKeyword(keyword, source.dialect)) : []);
  return withSchemasEdited(
    source,
    (schema) => siblingRules(schema).length > 0,
    (schema) => {
      for (const keyword of siblingRules(schema)) delete schema[keyword];
    },
  );
}

/** A 2019-09-or-later document with what AJV counts as evaluated written out as schemas (BuildModelOptions.evaluationReading; a copy). */
function evaluationAsAjvReadsIt(source: SourceDocument): SourceDocument {
  const document = structuredClone(source.document);
  const schemas = documentSchemas(document, source.dialect).map(([, schema]) => schema);
  containsAsAjvReadsIt(schemas, source.dialect);
  dependentSchemasAsAjvReadsThem(schemas, source.dialect);
  conditionalsAsAjvReadsThem(schemas, source.dialect);
  return { ...source, document };
}

/** A schema AJV compiles to no check at all (alwaysValidSchema): `true`, or one of annotations only. */
function ajvPassesEverything(schema: JsonValue | undefined, dialect: Dialect): boolean {
  return schema === true || (typeof schema === "object" && schema !== null && !Array.isArray(schema) && Object.keys(schema).every((keyword) => !isValidationKeyword(keyword, dialect)));
}

/** Each `contains` (in place) as AJV compiles it: ignored, counted, or marking every item evaluated. */
function containsAsAjvReadsIt(schemas: readonly WritableSchema[], dialect: Dialect): void {
  const effective = new Set<object>();
  for (const schema of schemas) {
    if (!("contains" in schema)) continue;
    const min = typeof schema.minContains === "number" ? schema.minContains : 1;
    const max = typeof schema.maxContains === "number" ? schema.maxContains : undefined;
    const passesEveryItem = ajvPassesEverything(schema.contains, dialect);
    // The counts of an effective one stay its own; only what it evaluates is AJV's.
    if (!(min === 0 && max === undefined) && !passesEveryItem) {
      effective.add(schema);
      continue;
    }
    if (passesEveryItem) {
      schema.minItems = Math.max(typeof schema.minItems === "number" ? schema.minItems : 0, min);
      if (max !== undefined) schema.maxItems = Math.min(typeof schema.maxItems === "number" ? schema.maxItems : max, max);
    }
    delete schema.contains;
    delete schema.minContains;
    delete schema.maxContains;
  }
  // Through an allOf part, and through an `if` beside a clause AJV checks: it counts what the `if`
  // evaluates that it knows when it compiles it, passing or failing (if.ts). (Through a clause it
  // reads otherwise again: not stated here.)
  const checksAClause = (schema: WritableSchema) => ["then", "else"].some((clause) => clause in schema && !ajvPassesEverything(schema[clause], dialect));
  const evaluatesEveryItem = (schema: JsonValue | undefined): boolean =>
    typeof schema === "object" &&
    schema !== null &&
    !Array.isArray(schema) &&
    (effective.has(schema) || (Array.isArray(schema.allOf) && schema.allOf.some(evaluatesEveryItem)) || (checksAClause(schema) && evaluatesEveryItem(schema.if)));
  for (const schema of schemas) if ("unevaluatedItems" in schema && evaluatesEveryItem(schema)) delete schema.unevaluatedItems;
}

/**
 * The keywords that evaluate, in one place, so that each reading below takes the ones it needs from
 * it: those that evaluate keys, those that evaluate items, and the applicators, whose subschemas'
 * evaluation counts for the schema they sit in.
 */
const KEY_EVALUATING = ["properties", "patternProperties", "additionalProperties", "unevaluatedProperties"];
const ITEM_EVALUATING = ["prefixItems", "items", "additionalItems", "unevaluatedItems", "contains"];
const APPLICATORS = ["allOf", "anyOf", "oneOf", "if", "then", "else", "dependentSchemas", ...REFERENCE_KEYWORDS];

/** Keywords that evaluate keys or items, or hold schemas that may. */
const EVALUATING_KEYWORDS = new Set([...KEY_EVALUATING, ...ITEM_EVALUATING, ...APPLICATORS]);

/**
 * The keywords whose evaluation AJV knows when it compiles the schema, as the rewrites below state it:
 * the keys `properties` names. (What an `if` evaluates with items keywords AJV counts otherwise
 * again: a failing one's too.)
 */
const STATICALLY_EVALUATING = new Set(["properties"]);

/**
 * Keywords beside which AJV's record of evaluated keys is not the one dependentSchemasAsAjvReadsThem
 * states: every keyword that evaluates keys, or holds schemas that may, but `properties`; AJV keeps
 * their record at run time (patternProperties, the applicators) or marks every key (additionalProperties).
 * Derived from the lists above rather than written again, so a keyword added there is read here too;
 * items keywords are left out, as they touch no key. (It names `dependentSchemas` and
 * `unevaluatedProperties` too, which that rewrite never counts among the keywords beside them.)
 */
const EVALUATING_OTHERWISE = new Set([...KEY_EVALUATING, ...APPLICATORS].filter((keyword) => !STATICALLY_EVALUATING.has(keyword)));

/** Whether an applicator's value holds only schemas that evaluate no key: no keyword that evaluates one, and no applicator or reference. */
function subschemasEvaluateNoKey(value: JsonValue | undefined, dialect: Dialect): boolean {
  // A reference's value is no schema: what it names may evaluate anything.
  if (typeof value !== "object" || value === null) return false;
  const schemas = Array.isArray(value) ? value : [value];
  return schemas.every((schema) => typeof schema === "boolean" || (typeof schema === "object" && schema !== null && !Array.isArray(schema) && Object.keys(schema).every((keyword) => !isValidationKeyword(keyword, dialect) || !EVALUATING_KEYWORDS.has(keyword))));
}

/**
 * Each schema with `dependentSchemas` beside `unevaluatedProperties` and `properties` (in place), as
 * AJV compiles it: the keys `properties` evaluates, known when AJV compiles the schema, count as
 * evaluated only when the first entry AJV checks (one that is no `true`) applies, for AJV starts its
 * run-time record of evaluated keys inside that entry's check (ajv 8.20, dependencies.ts with mergeEvaluated). Written
 * as `if` that entry's key is present `then` the schema as it was, `else` its other keywords as a
 * check that evaluates nothing (`not: {not: …}`) beside the later entries and `unevaluatedProperties`.
 */
function dependentSchemasAsAjvReadsThem(schemas: readonly WritableSchema[], dialect: Dialect): void {
  for (const schema of schemas) {
    const dependent = schema.dependentSchemas;
    if (typeof dependent !== "object" || dependent === null || Array.isArray(dependent) || !("unevaluatedProperties" in schema)) continue;
    const first = Object.keys(dependent).find((key) => !ajvPassesEverything(dependent[key], dialect));
    const validation = Object.keys(schema).filter((keyword) => isValidationKeyword(keyword, dialect));
    const beside = validation.filter((keyword) => keyword !== "dependentSchemas" && keyword !== "unevaluatedProperties");
    if (first === undefined || !beside.includes("properties")) continue;
    // An applicator none of whose schemas evaluates a key (OpenAPI 3.1's parameter: `oneOf` of
    // `required` lists) leaves AJV's record as it is.
    if (beside.some((keyword) => EVALUATING_OTHERWISE.has(keyword) && !(APPLICATORS.includes(keyword) && subschemasEvaluateNoKey(schema[keyword], dialect)))) continue;
    const asWritten = Object.fromEntries(validation.map((keyword) => [keyword, schema[keyword]!]));
    const later = Object.fromEntries(Object.entries(dependent).filter(([key]) => key !== first));
    const otherwise: WritableSchema = {
      not: { not: structuredClone(Object.fromEntries(beside.map((keyword) => [keyword, schema[keyword]!]))) },
      ...(Object.keys(later).length > 0 ? { dependentSchemas: structuredClone(later) } : {}),
      unevaluatedProperties: structuredClone(schema.unevaluatedProperties!),
    };
    for (const keyword of validation) delete schema[keyword];
    Object.assign(schema, { if: { type: "object", required: [first] }, then: asWritten, else: otherwise });
  }
}

/**
 * Each `if` (in place) as AJV compiles it, for what it evaluates: AJV ignores an `if` beside no
 * `then` or `else` it checks (absent, `true`, annotations only), and beside one of them counts what
 * the `if` evaluated exactly when that clause runs, passing or failing (ajv 8.20, if.ts), where the
 * specification counts it whenever the `if` passes. Written as the `if` evaluating nothing
 * (`not: {not: if}`), its schema joined to a checked `then` (it passed there), or its evaluation
 * alone (each key it names, as `true`) joined to a checked `else`. An `if` with other keywords
 * that evaluate (items keywords, patternProperties, applicators) is left as written.
 */
function conditionalsAsAjvReadsThem(schemas: readonly WritableSchema[], dialect: Dialect): void {
  for (const schema of schemas) {
    if (!("if" in schema)) continue;
    const checked = (clause: "then" | "else") => clause in schema && !ajvPassesEverything(schema[clause], dialect);
    const [hasThen, hasElse] = [checked("then"), checked("else")];
    if (!hasThen && !hasElse) {
      delete schema.if;
      continue;
    }
    // Beside both, AJV merges what the clauses evaluate in ways not stated here (it counts what the
    // `else` names in the `then` branch too, where both are known when it compiles them): left as written.
    if (hasThen && hasElse) continue;
    const condition = schema.if!;
    if (typeof condition !== "object" || condition === null || Array.isArray(condition)) continue;
    const evaluating = Object.keys(condition).filter((keyword) => isValidationKeyword(keyword, dialect) && EVALUATING_KEYWORDS.has(keyword));
    if (evaluating.some((keyword) => !STATICALLY_EVALUATING.has(keyword))) continue;
    schema.if = { not: { not: condition } };
    if (hasThen) schema.then = { allOf: [structuredClone(condition), schema.then!] };
    if (hasElse) schema.else = { allOf: [evaluationOnly(condition), schema.else!] };
  }
}

/** A schema every value passes that evaluates the keys `schema`'s `properties` names (each as `true`). */
function evaluationOnly(schema: WritableSchema): WritableSchema {
  const properties = schema.properties;
  return typeof properties === "object" && properties !== null && !Array.isArray(properties) ? { properties: Object.fromEntries(Object.keys(properties).map((key) => [key, true])) } : {};
}

