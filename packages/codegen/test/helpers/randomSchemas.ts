// Random JSON Schema documents, composed from every construct the model reads (objects with
// properties, patterns, extra-key rules and dependencies; arrays, tuples and `contains`; from 2019-09
// `unevaluatedProperties` / `unevaluatedItems`, `dependentRequired` / `dependentSchemas` and
// `minContains` / `maxContains`; type lists; enums (mixing JSON types, objects and arrays among them,
// 1 beside 1.0) and constants of every JSON type; text past the BMP and combining marks under length
// rules; number bounds both exclusive (draft-04's boolean form too) and decimal `multipleOf`, integers
// past a double's reach; formats on strings and on other types, content annotations; `propertyNames`
// of a length, a pattern, an enum or a `not`; `oneOf` / `anyOf` / `allOf` / `not` / `if` (alone, with
// `then` or `else` only, or both), and each of them (from 2019-09 a `$ref` too) beside an object's
// or an array's own keywords, where `unevaluated*` sees what they evaluate; tuples with counts,
// uniqueness and `contains`; string, number and array keywords with no `type`; OpenAPI's
// `nullable` and `discriminator`; `$ref` with and without siblings, recursion through definitions and
// through nested arrays and maps, references to a place inside a definition (`#/definitions/D0/
// properties/a`, percent-encoded where a key needs it); titles (a union variant's name: one of a definition,
// of a language's type, equal but for case, or no name) and descriptions a comment must escape;
// definitions addressed by JSON pointer, by their own `$id`, by a
// plain-name anchor, 2019-09's `$recursiveRef` to a resource with `$recursiveAnchor` and 2020-12's
// `$dynamicRef` to resources with one `$dynamicAnchor`), in
// draft-04, draft-07, 2019-09 and 2020-12, each with only its own keywords: inputs nobody wrote by
// hand, for the tests that every target takes any schema (random-schemas.test.ts, and the Swift and
// Python ones that compile and import what the targets make of them). randomOpenApiDocument wraps such
// schemas as an OpenAPI 3.0 or 3.1 document, drawing that version's own constructs among them.
//
// A `$ref` that can be met again without entering a property or an item (a definition that is only a
// reference to itself, through combinators) describes no value: JSON Schema leaves its evaluation
// undefined (an infinite loop), so such documents are not generated; a reference to any definition
// is generated only where an instance is consumed first, and at the top of a definition only to the
// definitions before it.
//
// Some numbers are written as no JavaScript number says them (9223372036854775807, 1.0): a document
// holds them as numberLiteral markers, and is written by schemaText (or read by randomSourceDocument),
// never by JSON.stringify alone.
import fc from "fast-check";
import type { SourceDocument } from "../../src/index.ts";
import { readSchemaText } from "../../src/input/readSchemaFile.ts";
import { dialectAtLeast } from "../../src/jsonSchema/vocabulary.ts";

export type Dialect = "draft-04" | "draft-07" | "2019-09" | "2020-12";
export const DIALECTS: readonly Dialect[] = ["draft-04", "draft-07", "2019-09", "2020-12"];
export const DIALECT_URI: Record<Dialect, string> = {
  "draft-04": "http://json-schema.org/draft-04/schema#",
  "draft-07": "http://json-schema.org/draft-07/schema#",
  "2019-09": "https://json-schema.org/draft/2019-09/schema",
  "2020-12": "https://json-schema.org/draft/2020-12/schema",
};
/**
 * OpenAPI's versions of their own Schema Object: 3.0's is draft-04's with `nullable` (read so), 3.1's
 * 2020-12's. randomOpenApiDocument wraps a drawn set of schemas as a document of either.
 */
export type OpenApiVersion = "3.0" | "3.1";
export const OPENAPI_VERSIONS: readonly OpenApiVersion[] = ["3.0", "3.1"];
const OPENAPI_DIALECT: Record<OpenApiVersion, Dialect> = { "3.0": "draft-04", "3.1": "2020-12" };
const OPENAPI_VERSION_WRITTEN: Record<OpenApiVersion, string> = { "3.0": "3.0.3", "3.1": "3.1.0" };
const definitionsKeyword = (dialect: Dialect) => (dialectAtLeast(dialect, "2019-09") ? "$defs" : "definitions");
/** draft-04 names a schema's URI `id`; later drafts `$id`. */
const idKeyword = (dialect: Dialect) => (dialect === "draft-04" ? "id" : "$id");
const DEFINITION_NAMES = ["D0", "D1", "D2", "D3"];
/**
 * Property names a target must spell or escape: keywords of its language, symbols, non-ASCII, JavaScript's
 * own, and names equal but for case ("type" / "Type", "a" / "A") or for Unicode normalization ("é"
 * precomposed and decomposed), which a case-folding or normalizing target would merge.
 */
const PROPERTY_NAMES = [
  "a",
  "b",
  "kind",
  "type",
  "x-y",
  "$ref",
  "class",
  "self",
  "init",
  "1st",
  "\u00e9",
  "e\u0301",
  "A b",
  "A",
  "default",
  "enum",
  "__proto__",
  "constructor",
  "toString",
  "Type",
  "Kind",
  "_a",
  "items",
];
/** Text whose UTF-16 length, code point count and grapheme count differ: past the BMP, combining marks, both precomposed and not. */
const UNICODE_TEXTS = ["\u{1F600}", "a\u{1F600}", "\u{1D11E}\u{1D11E}\u{1D11E}", "e\u0301", "\u00e9", "\u0301", "\u{1F468}\u200D\u{1F469}"];

const NUMBER_LITERAL = "\u0000number:";
/** A number written as `text` in the document (by schemaText), where a JavaScript number cannot say it: an integer past 2^53, 1.0. */
const numberLiteral = (text: string) => `${NUMBER_LITERAL}${text}`;
/** int64's and uint64's bounds, as 64-bit columns and protobuf write them, and the first integer a double skips. */
const LONG_INTEGERS = ["9223372036854775807", "-9223372036854775808", "18446744073709551615", "9007199254740993"].map(numberLiteral);

/** `document` as JSON text, with every numberLiteral written as its literal. */
export function schemaText(document: unknown, indent?: number): string {
  return JSON.stringify(document, null, indent).replace(/"\\u0000number:(-?[0-9][0-9.eE+-]*)"/g, "$1");
}

/** A random document read as the CLI reads its file: parsed, with the spellings of its long integers (an OpenAPI document's schemas as JSON Schema). */
export function randomSourceDocument(document: unknown, location = "random.schema.json"): SourceDocument {
  return readSchemaText(schemaText(document), location, location);
}

const propertyName = fc.constantFrom(...PROPERTY_NAMES);
const scalar = fc.oneof(
  fc.constantFrom("a", "b", "", "A B", "1", "null", "true"),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0.5, -1.25, 1e21),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...UNICODE_TEXTS),
  fc.constantFrom(...LONG_INTEGERS),
);
const anyValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.dictionary(propertyName, scalar, { maxKeys: 2 }));
const withOptional = <T extends object>(base: T, optional: Record<string, fc.Arbitrary<unknown>>) => fc.record(optional, { requiredKeys: [] }).map((extra) => ({ ...base, ...extra }));
/** Beside a `type`, OpenAPI's `nullable` (null too when true; the model reads it as AJV does). */
const openApiNullable = fc.boolean();

/** Only `{}`-like schemas in draft-04, which has no boolean schemas (but in `additionalProperties` / `additionalItems`). */
const booleanSchema = (dialect: Dialect) => (dialect === "draft-04" ? fc.constantFrom<object>({}, { not: {} }) : fc.boolean());
/** The dynamic anchor every dynamically anchored resource of a 2020-12 document names (one name: the outermost entered wins). */
const DYNAMIC_ANCHOR = "node";
/**
 * A reference resolved by where evaluation came from, in the dialects that have one: 2019-09's
 * `$recursiveRef` and 2020-12's `$dynamicRef` (see `addressed` for where each is kept).
 */
const DYNAMIC_REFERENCE: Partial<Record<Dialect, object>> = {
  "2019-09": { $recursiveRef: "#" },
  "2020-12": { $dynamicRef: `#${DYNAMIC_ANCHOR}` },
};

/** `const`, or draft-04's one-value `enum`. */
const constant = (dialect: Dialect, value: unknown) => (dialect === "draft-04" ? { enum: [value] } : { const: value });

/** A string, with length rules and formats, or an enum of text whose lengths UTF-16 and code points count apart. */
function stringLeaf(dialect: Dialect, openApi: OpenApiVersion | undefined): fc.Arbitrary<object> {
  const content: Record<string, fc.Arbitrary<unknown>> = dialect === "draft-04"
    ? {}
    : {
        contentEncoding: fc.constantFrom("base64", "7bit"),
        contentMediaType: fc.constantFrom("application/json", "image/png"),
      };
  const plain = withOptional(
    {},
    {
      // Without a type, a string's keywords say nothing of other values (a typeless schema).
      type: fc.constant("string"),
      minLength: fc.nat(3),
      maxLength: fc.integer({ min: 3, max: 9 }),
      pattern: fc.constantFrom("^[a-z]+$", "x", "^\\d{2}$"),
      format: fc.constantFrom("date-time", "email", "uri", "uuid", "date", "time", "ipv4", "ipv6", "hostname", "unknown-format"),
      nullable: openApiNullable,
      ...content,
    },
  ).map((schema) => typedOrWithoutNullable(schema, openApi));
  const unicode = fc.tuple(fc.subarray(UNICODE_TEXTS, { minLength: 1 }), fc.boolean()).chain(([texts, typed]) =>
    withOptional(
      { ...(typed ? { type: "string" } : {}), enum: texts },
      {
        minLength: fc.integer({ min: 1, max: 3 }),
        maxLength: fc.integer({ min: 1, max: 3 }),
      },
    ),
  );
  return fc.oneof(plain, unicode);
}

/**
 * An integer or a number with bounds (draft-04's boolean exclusive ones there), a decimal `multipleOf`, a format, long integer bounds.
 * In an OpenAPI document each exclusive bound is in either version's form (3.0's boolean, 3.1's number), as
 * documents moved from one version to the other keep them.
 */
function numberLeaf(dialect: Dialect, openApi: OpenApiVersion | undefined): fc.Arbitrary<object> {
  const booleanBounds = { exclusiveMinimum: fc.boolean(), exclusiveMaximum: fc.boolean() };
  const numericBounds = { exclusiveMinimum: fc.integer({ min: -5, max: -4 }), exclusiveMaximum: fc.constantFrom(2, 7.5, 10) };
  const exclusive: Record<string, fc.Arbitrary<unknown>> =
    openApi !== undefined
      ? { exclusiveMinimum: fc.oneof(booleanBounds.exclusiveMinimum, numericBounds.exclusiveMinimum), exclusiveMaximum: fc.oneof(booleanBounds.exclusiveMaximum, numericBounds.exclusiveMaximum) }
      : dialect === "draft-04"
        ? booleanBounds
        : numericBounds;
  return fc
    .option(fc.constantFrom("integer", "number"), { nil: undefined, freq: 4 })
    .chain((type) =>
      withOptional(
        // Without a type, the bounds say nothing of other values (a typeless schema).
        type === undefined ? {} : { type },
        {
          // Long bounds as int64 / uint64 columns write them: where a double rounds what the schema says;
          // a fractional bound of an integer, which no integer reaches.
          minimum: fc.oneof(fc.integer({ min: -3, max: 0 }), fc.constantFrom(-2.5, 0.5), fc.constant(LONG_INTEGERS[1]!)),
          maximum: fc.oneof(
            { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
            {
              weight: 1,
              arbitrary: fc.constantFrom(LONG_INTEGERS[0]!, LONG_INTEGERS[2]!, LONG_INTEGERS[3]!),
            },
          ),
          ...exclusive,
          // Decimal multipleOf (0.1, 0.01) is where binary floating point and each runtime's remainder part ways.
          multipleOf: fc.constantFrom(1, 2, 0.5, 0.1, 0.01, 1.5),
          // A format of a type it says nothing about (only strings have formats to check), as OpenAPI writes them.
          format: fc.constantFrom("int32", "int64", "double", "date-time"),
          nullable: openApiNullable,
        },
      ),
    )
    .map((schema) => typedOrWithoutNullable(schema, openApi))
    .map((schema: Record<string, unknown>) => {
      // draft-04's boolean exclusiveMinimum / exclusiveMaximum stand only beside their bound (its meta-schema's
      // dependencies); OpenAPI 3.1 gives a lone one of 3.0's form no meaning, and it is read so.
      if (dialect !== "draft-04") return schema;
      if (typeof schema.exclusiveMinimum === "boolean" && schema.minimum === undefined) delete schema.exclusiveMinimum;
      if (typeof schema.exclusiveMaximum === "boolean" && schema.maximum === undefined) delete schema.exclusiveMaximum;
      return schema;
    });
}

/** Enums of equal numbers written apart (1 and 1.0; draft-04 wants an enum's values unique), and 1.0 where an integer is asked for. */
function numericallyEqualEnum(dialect: Dialect): fc.Arbitrary<object> {
  const one = numberLiteral("1.0");
  const values = dialect === "draft-04" ? fc.constantFrom([one, 2], [one, "1"]) : fc.constantFrom([1, one], [one, 2, "1"], [1, one, 2.5]);
  return fc.tuple(values, fc.boolean()).map(([values, integer]) => ({
    ...(integer ? { type: "integer" } : {}),
    enum: values,
  }));
}

/**
 * A schema of at most `depth` levels; `refs` are the definitions it may refer to before consuming
 * anything, `consumed` whether an instance was consumed above it (a property or an item entered).
 * `openApi`: a Schema Object of that OpenAPI version (in `dialect`, its own), drawing its constructs too.
 */
function schema(depth: number, dialect: Dialect, refs: readonly string[], consumed: boolean, openApi?: OpenApiVersion): fc.Arbitrary<unknown> {
  const definitions = definitionsKeyword(dialect);
  const pointerRef = refs.length === 0 ? fc.constant({ type: "string" }) : fc.constantFrom(...refs).map((name) => ({ $ref: `#/${definitions}/${name}` }));
  // 2019-09's `$recursiveRef: "#"`: the resource it is in (or, through `$recursiveAnchor`, the first
  // anchored one entered); 2020-12's `$dynamicRef` to the dynamic anchor every anchored resource names.
  // An OpenAPI document's schemas are addressed by pointer only (its components have no resource of their own).
  const dynamicRef = openApi === undefined ? DYNAMIC_REFERENCE[dialect] : undefined;
  const ref = consumed && dynamicRef !== undefined ? fc.oneof({ weight: 3, arbitrary: pointerRef }, { weight: 2, arbitrary: fc.constant(dynamicRef) }) : pointerRef;
  const untilDraft06 = dialect === "draft-04" ? [] : [anyValue.map((value) => constant(dialect, value)), fc.constantFrom({ format: "email" }, { format: "date", type: ["string", "integer"] })];
  const leaf = fc.oneof(
    stringLeaf(dialect, openApi),
    numberLeaf(dialect, openApi),
    fc.constant({ type: "boolean" }),
    fc.constant({ type: "null" }),
    fc.constant({}),
    booleanSchema(dialect),
    ...untilDraft06,
    fc
      .uniqueArray(fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: anyValue }), {
        minLength: 1,
        maxLength: 4,
        selector: (value) => JSON.stringify(value),
      })
      .map((values) => ({ enum: values })),
    numericallyEqualEnum(dialect),
    fc.subarray(["string", "integer", "number", "boolean", "null", "object", "array"], { minLength: 1 }).map((types) => ({ type: types })),
    ref,
    ...(openApi === undefined ? [] : openApiLeaves(openApi, pointerRef)),
  );
  if (depth <= 0) return leaf;
  const sibling = schema(depth - 1, dialect, refs, consumed, openApi);
  // Under a property or an item an instance is consumed: any definition may be referred to there, and the resource itself.
  const nested = schema(depth - 1, dialect, DEFINITION_NAMES, true, openApi);
  const list = (max: number) => fc.array(sibling, { minLength: 1, maxLength: max });
  // `if` alone (an annotation only), with `then` or `else` only, or with both.
  const conditionalKeywords = fc.tuple(sibling, fc.option(sibling, { nil: undefined }), fc.option(sibling, { nil: undefined })).map(([condition, then, otherwise]) => ({
    if: condition,
    ...(then !== undefined ? { then } : {}),
    ...(otherwise !== undefined ? { else: otherwise } : {}),
  }));
  // An applicator beside an object's or an array's own keywords: the parts it evaluates are what
  // `unevaluatedProperties` / `unevaluatedItems` see, and what `additionalProperties` does not.
  const applicators = fc.oneof(
    list(2).map((parts) => ({ allOf: parts })),
    list(2).map((variants) => ({ anyOf: variants })),
    list(2).map((variants) => ({ oneOf: variants })),
    sibling.map((negated) => ({ not: negated })),
    ...(dialect === "draft-04" ? [] : [conditionalKeywords]),
    // From 2019-09 a `$ref` is an applicator like the others (before, its siblings are ignored).
    ...(dialectAtLeast(dialect, "2019-09") ? [ref] : []),
  );
  const besideApplicator = <T extends object>(keywords: fc.Arbitrary<T>) =>
    fc.tuple(keywords, fc.option(applicators, { nil: undefined, freq: 3 })).map(([own, applicator]) => ({ ...(applicator ?? {}), ...own }));
  const modern = dialectAtLeast(dialect, "2019-09");
  const dependencies: Record<string, fc.Arbitrary<unknown>> = modern
    ? { dependentRequired: fc.constant({ a: ["b"] }) }
    : {
        dependencies: fc.constantFrom<object>({ a: ["b"] }, { a: { required: ["kind"] } }),
      };
  // 2019-09's and 2020-12's own keywords: what other applicators evaluate (unevaluated*), schemas a
  // key's presence applies (to the object itself: no instance is consumed), and how many items
  // `contains` must match.
  const objectOfModern: Record<string, fc.Arbitrary<unknown>> = modern
    ? {
        unevaluatedProperties: fc.oneof(fc.boolean(), nested),
        dependentSchemas: fc.dictionary(fc.constantFrom("a", "kind"), sibling, {
          minKeys: 1,
          maxKeys: 2,
        }),
        maxProperties: fc.integer({ min: 2, max: 5 }),
      }
    : {};
  const arrayOfModern: Record<string, fc.Arbitrary<unknown>> = modern
    ? {
        unevaluatedItems: fc.oneof(fc.boolean(), nested),
        minContains: fc.nat(2),
        maxContains: fc.integer({ min: 1, max: 3 }),
        maxItems: fc.integer({ min: 2, max: 4 }),
      }
    : {};
  const objectSinceDraft06: Record<string, fc.Arbitrary<unknown>> = dialect === "draft-04"
    ? {}
    : {
        propertyNames: fc.constantFrom<object>({ maxLength: 5 }, { pattern: "^[a-z]+$" }, { enum: ["a", "b", "kind", "x-1"] }, { minLength: 1, not: { const: "type" } }),
      };
  const object = besideApplicator(fc
    .record(
      {
        properties: fc.dictionary(propertyName, openApi === undefined ? nested : withAccessMode(nested), { maxKeys: 4 }),
        // draft-04 wants `required` to list one name at least.
        required: fc.subarray(["a", "b", "kind", "type", "x-y", "class", "A", "e\u0301"], { minLength: dialect === "draft-04" ? 1 : 0 }),
        additionalProperties: fc.oneof(fc.boolean(), nested),
        patternProperties: fc.dictionary(fc.constantFrom("^x-", ".*", "^[0-9]+$"), nested, { maxKeys: 2 }),
        minProperties: fc.nat(2),
        nullable: openApiNullable,
        ...objectSinceDraft06,
        ...dependencies,
        ...objectOfModern,
      },
      { requiredKeys: [] },
    )
    .chain((keywords) => fc.boolean().map((typed) => (typed ? { type: "object", ...keywords } : withoutUntypedNullable(keywords, openApi)))));
  const contains: Record<string, fc.Arbitrary<unknown>> = dialect === "draft-04" ? {} : { contains: nested };
  // An array's counts, uniqueness and `contains`, for lists and tuples alike; typed or not (then they say nothing of other values).
  const arrayRules = {
    minItems: fc.nat(2),
    uniqueItems: fc.boolean(),
    ...contains,
    ...arrayOfModern,
  };
  const typedArray = <T extends object>(keywords: T) => fc.boolean().map((typed) => (typed ? { type: "array", ...keywords } : keywords));
  const array = besideApplicator(fc.record({ items: nested, ...arrayRules }, { requiredKeys: [] }).chain(typedArray));
  // A tuple: its item schemas, then what the items past them must be (2020-12's `items` may be left out).
  const tupleKeywords =
    dialect === "2020-12"
      ? fc.tuple(fc.array(nested, { minLength: 1, maxLength: 3 }), fc.option(fc.oneof(fc.boolean(), nested), { nil: undefined })).map(([prefixItems, items]) => ({
          prefixItems,
          ...(items !== undefined ? { items } : {}),
        }))
      : fc.tuple(fc.array(nested, { minLength: 1, maxLength: 3 }), fc.oneof(fc.boolean(), nested)).map(([items, additionalItems]) => ({
          items,
          additionalItems,
        }));
  const tuple = besideApplicator(
    fc.tuple(tupleKeywords, fc.record({ ...arrayRules, maxItems: fc.integer({ min: 1, max: 4 }) }, { requiredKeys: [] })).chain(([items, rules]) => typedArray({ ...items, ...rules })),
  );
  const conditional = dialect === "draft-04" ? [] : [{ weight: 1, arbitrary: conditionalKeywords }];
  const ofOpenApi =
    openApi === undefined
      ? []
      : [
          { weight: 2, arbitrary: discriminatedUnion(dialect) },
          // 3.0's `nullable: true` beside whatever else a schema says (a type or none, an enum, a const, an allOf, a $ref).
          ...(openApi === "3.0" ? [{ weight: 1, arbitrary: sibling.map((rest) => ({ ...asObject(rest), nullable: true })) }] : []),
        ];
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 3, arbitrary: object },
    { weight: 2, arbitrary: array },
    { weight: 1, arbitrary: tuple },
    { weight: 1, arbitrary: containersOf(nested) },
    { weight: 1, arbitrary: taggedUnion(dialect, nested) },
    { weight: 2, arbitrary: list(4).map((variants) => ({ oneOf: variants })) },
    { weight: 2, arbitrary: list(4).map((variants) => ({ anyOf: variants })) },
    { weight: 2, arbitrary: list(3).map((parts) => ({ allOf: parts })) },
    { weight: 1, arbitrary: sibling.map((negated) => ({ not: negated })) },
    ...conditional,
    ...ofOpenApi,
    {
      weight: 1,
      arbitrary: fc.tuple(ref, sibling).map(([reference, rest]) => ({
        ...(typeof rest === "object" ? rest : {}),
        ...reference,
        description: "ref with siblings",
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(sibling, fc.constantFrom(["string", "null"], ["object", "null"], ["integer", "string"])).map(([rest, type]) => ({
        ...(typeof rest === "object" ? rest : {}),
        type,
      })),
    },
  );
}

/** `schema` as it is when typed; else without `nullable`, which AJV refuses without a `type` beside it (but in OpenAPI 3.0, withoutUntypedNullable). */
function typedOrWithoutNullable<T extends { type?: unknown; nullable?: unknown }>(schema: T, openApi: OpenApiVersion | undefined): Omit<T, "nullable"> {
  return schema.type === undefined ? withoutUntypedNullable(schema, openApi) : schema;
}

/**
 * AJV refuses `nullable` without a `type` beside it: only typed schemas write it, but in OpenAPI 3.0's
 * own documents, where the model reads `nullable: true` of no type as taking null beside what the
 * schema says (as their authors mean it).
 */
function withoutUntypedNullable<T extends { nullable?: unknown }>(keywords: T, openApi: OpenApiVersion | undefined): Omit<T, "nullable"> {
  if (openApi === "3.0") return keywords;
  const { nullable: _nullable, ...rest } = keywords;
  return rest;
}

/**
 * The leaves only an OpenAPI document draws: 3.0's `nullable` beside an `enum`, a `const` (no 3.0
 * keyword), an `allOf` of one `$ref` or a `$ref` itself, with a `type` and without (`false` too); an
 * `example`; and keywords of the other version's dialect (3.1's `const`, `contains`, `propertyNames`,
 * `if` in 3.0; `dependencies`, `additionalItems` in 3.1), which the document's dialect does not define.
 */
function openApiLeaves(openApi: OpenApiVersion, pointerRef: fc.Arbitrary<object>): fc.Arbitrary<object>[] {
  const typedOrNot = (schema: object, type: string) => fc.boolean().map((typed) => (typed ? { type, ...schema } : schema));
  const nullableBeside = [
    fc.uniqueArray(fc.constantFrom("a", "b", "A B", ""), { minLength: 1, maxLength: 3 }).chain((values) => typedOrNot({ nullable: true, enum: values }, "string")),
    fc.constantFrom<unknown>("a", 1, true).chain((value) => typedOrNot({ nullable: true, const: value }, typeof value === "number" ? "integer" : typeof value)),
    fc.constantFrom({ nullable: true, enum: [null, "a"] }, { nullable: false, type: "string" }, { nullable: true }, { nullable: true, type: "string", enum: ["a", null] }),
    pointerRef.map((reference) => ({ nullable: true, allOf: [reference] })),
    pointerRef.map((reference) => ({ ...reference, nullable: true })),
  ];
  const example = fc.constantFrom({ type: "string", example: "abc" }, { type: "integer", minimum: 0, example: 3 }, { type: "array", items: { type: "string" }, example: ["x"] });
  const ofOtherDialect: Record<OpenApiVersion, object[]> = {
    "3.0": [{ const: "a" }, { type: "array", contains: { type: "string" } }, { type: "object", propertyNames: { pattern: "^[a-z]+$" } }, { if: { type: "string" }, then: { minLength: 1 } }],
    "3.1": [{ type: "object", dependencies: { a: ["b"] } }, { type: "array", prefixItems: [{ type: "string" }], additionalItems: false }, { dependencies: { a: { required: ["kind"] } } }],
  };
  return [...(openApi === "3.0" ? nullableBeside : []), example, fc.constantFrom(...ofOtherDialect[openApi])];
}

/** A property's schema as it is, or `readOnly` (a response's only) or `writeOnly` (a request's only). */
function withAccessMode(property: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(property, fc.constantFrom({}, {}, { readOnly: true }, { writeOnly: true }, { readOnly: true, writeOnly: false })).map(([schema, access]) => (typeof schema === "object" && schema !== null ? { ...schema, ...access } : schema));
}

/**
 * Named schemas of objects told apart by their `kind`: each its own (`v0` or its name, `V0`, listed, or any
 * string) or through an `allOf` with DISCRIMINATED_BASE, which names `kind` as its discriminator.
 */
const DISCRIMINATED_VARIANTS = ["V0", "V1", "V2"];
const DISCRIMINATED_BASE = "Base";
const discriminatedTag = (variant: string) => fc.constantFrom(variant.toLowerCase(), variant);

/** OpenAPI's `discriminator` on `kind`, with a `mapping` (to each variant's pointer or name, by its tag or its name) or without. */
function discriminatorObject(): fc.Arbitrary<object> {
  const entry = (variant: string) => fc.tuple(discriminatedTag(variant), fc.constantFrom(`#/components/schemas/${variant}`, variant));
  return fc.option(fc.subarray(DISCRIMINATED_VARIANTS, { minLength: 1 }).chain((variants) => fc.tuple(...variants.map(entry))), { nil: undefined }).map((entries) => ({
    propertyName: "kind",
    ...(entries !== undefined ? { mapping: Object.fromEntries(entries) } : {}),
  }));
}

/** A `oneOf` or an `anyOf` of `$ref`s to DISCRIMINATED_VARIANTS, with a `discriminator`. */
function discriminatedUnion(dialect: Dialect): fc.Arbitrary<object> {
  return fc
    .tuple(fc.subarray(DISCRIMINATED_VARIANTS, { minLength: 1 }), fc.constantFrom("oneOf", "anyOf"), discriminatorObject())
    .map(([variants, keyword, discriminator]) => ({ [keyword]: variants.map((name) => ({ $ref: `#/${definitionsKeyword(dialect)}/${name}` })), discriminator }));
}

/** One of DISCRIMINATED_VARIANTS, its `kind` listed, constant (a 3.0 document's `const` is no keyword of it) or any string. */
function discriminatedVariant(variant: string, dialect: Dialect, nested: fc.Arbitrary<unknown>): fc.Arbitrary<object> {
  const kind = discriminatedTag(variant).chain((tag) => fc.constantFrom<object>({ type: "string", enum: [tag] }, { type: "string" }, { const: tag }, { type: "string", enum: [tag], readOnly: true }));
  return fc
    .record({ kind, extra: fc.option(fc.tuple(propertyName, nested), { nil: undefined }), required: fc.boolean(), closed: fc.boolean(), inherits: fc.boolean() })
    .map(({ kind, extra, required, closed, inherits }) => {
      const own = {
        type: "object",
        properties: { ...(extra && extra[0] !== "kind" ? { [extra[0]]: extra[1] } : {}), kind },
        ...(required ? { required: ["kind"] } : {}),
        ...(closed ? { additionalProperties: false } : {}),
      };
      return inherits ? { allOf: [{ $ref: `#/${definitionsKeyword(dialect)}/${DISCRIMINATED_BASE}` }, own] } : own;
    });
}

/**
 * A random OpenAPI document of `version`: its named schemas (`components/schemas`) the drawn
 * definitions, DISCRIMINATED_VARIANTS and their base, and the drawn root (when there is one) an
 * operation's JSON response, inline. Every `$ref` names a component (`#/components/schemas/D0`).
 * Read by randomSourceDocument as the CLI reads such a file.
 */
export function randomOpenApiDocument(version: OpenApiVersion): fc.Arbitrary<Record<string, unknown>> {
  const dialect = OPENAPI_DIALECT[version];
  const nested = schema(1, dialect, DEFINITION_NAMES, true, version);
  return fc
    .record({
      root: schema(2, dialect, DEFINITION_NAMES, false, version),
      definitions: fc.tuple(...DEFINITION_NAMES.map((_, index) => schema(2, dialect, DEFINITION_NAMES.slice(0, index), false, version))),
      variants: fc.tuple(...DISCRIMINATED_VARIANTS.map((variant) => discriminatedVariant(variant, dialect, nested))),
      baseDiscriminator: discriminatorObject(),
      withoutRoot: fc.boolean(),
      // Drawn last, so that what the fields above draw for a seed stays as it was before references into places, then annotations, were drawn.
      intoPlaces: placeChoices,
      annotations: annotationChoices,
    })
    .map(({ root: drawnRoot, definitions: drawn, variants, baseDiscriminator, withoutRoot, intoPlaces, annotations }) => {
      const [root, ...definitions] = withAnnotations([drawnRoot, ...drawn], dialect, annotations);
      const definitionsByName = Object.fromEntries(DEFINITION_NAMES.map((name, index) => [name, definitions[index]]));
      const schemas = {
        ...definitionsByName,
        ...Object.fromEntries(DISCRIMINATED_VARIANTS.map((name, index) => [name, variants[index]])),
        [DISCRIMINATED_BASE]: { type: "object", required: ["kind"], properties: { kind: { type: "string" } }, discriminator: baseDiscriminator },
      };
      const response = { description: "the root", content: { "application/json": { schema: root } } };
      const document = {
        openapi: OPENAPI_VERSION_WRITTEN[version],
        info: { title: "Random", version: "1" },
        paths: withoutRoot ? {} : { "/root": { get: { operationId: "getRoot", responses: { "200": response } } } },
        components: { schemas },
      };
      const pointerPrefix = `#/${definitionsKeyword(dialect)}/`;
      const intoPlacesToo = withReferencesIntoPlaces(document, pointerPrefix, placesOfDefinitions(definitionsByName, DEFINITION_NAMES, dialect), intoPlaces);
      return withRefsRenamed(intoPlacesToo, pointerPrefix, "#/components/schemas/") as Record<string, unknown>;
    });
}

/** `value` with every `$ref` that starts with `from` starting with `to` instead (a value under `enum`, `const` or `example` is data, and holds no such string). */
function withRefsRenamed(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withRefsRenamed(item, from, to));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, key === "$ref" && typeof child === "string" && child.startsWith(from) ? `${to}${child.slice(from.length)}` : withRefsRenamed(child, from, to)]),
  );
}

/** Arrays and maps nested one to three deep around `inner` (with a reference there, recursion that deep). */
function containersOf(inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.array(fc.constantFrom("array", "map"), { minLength: 1, maxLength: 3 }), inner)
    .map(([containers, innermost]) =>
      containers.reduceRight<unknown>((held, container) => (container === "array" ? { type: "array", items: held } : { type: "object", additionalProperties: held }), innermost),
    );
}

/**
 * A union of objects told apart by the value of `kind`, with OpenAPI's `discriminator` naming it (3.0's
 * object, or Swagger 2's string): an annotation to a validator, a hint to the model.
 */
function taggedUnion(dialect: Dialect, nested: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const variant = (tag: string) =>
    fc.tuple(fc.option(fc.tuple(propertyName, nested), { nil: undefined }), fc.boolean()).map(([extra, closed]) => ({
      type: "object",
      properties: {
        ...(extra && extra[0] !== "kind" ? { [extra[0]]: extra[1] } : {}),
        kind: constant(dialect, tag),
      },
      required: ["kind"],
      ...(closed ? { additionalProperties: false } : {}),
    }));
  return fc
    .tuple(
      fc.integer({ min: 2, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => variant(`v${index}`)))),
      fc.constantFrom("oneOf", "anyOf"),
      fc.constantFrom<unknown>({ propertyName: "kind" }, "kind"),
    )
    .map(([variants, keyword, discriminator]) => ({
      [keyword]: variants,
      discriminator,
    }));
}

/**
 * How a document refers to one of its definitions: by JSON pointer; by the definition's own `$id`
 * (a resource of its own, inside which a pointer means the resource: references out of it name the
 * document's root by its `$id`); by a plain-name anchor (2019-09's `$anchor`, `$id: "#name"` before);
 * in 2019-09, a resource that is also a `$recursiveAnchor`.
 */
type Addressing = "pointer" | "id" | "anchor" | "recursive anchor" | "dynamic anchor";
const DYNAMIC_ADDRESSING: Partial<Record<Dialect, Addressing>> = { "2019-09": "recursive anchor", "2020-12": "dynamic anchor" };
const addressings = (dialect: Dialect): Addressing[] => ["pointer", "id", "anchor", ...(DYNAMIC_ADDRESSING[dialect] !== undefined ? [DYNAMIC_ADDRESSING[dialect]] : [])];
/** The `$id` of the root of a document with resources in it; a definition's is `<name>.json` beside it. */
const ROOT_ID = "https://example.test/random/root.json";
const resourceId = (name: string) => `${name}.json`;
const anchorName = (name: string) => `a${name}`;

export function randomSchemaDocument(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      root: schema(2, dialect, DEFINITION_NAMES, false),
      definitions: fc.tuple(...DEFINITION_NAMES.map((_, index) => schema(2, dialect, DEFINITION_NAMES.slice(0, index), false))),
      addressing: fc.tuple(...DEFINITION_NAMES.map(() => fc.oneof({ weight: 3, arbitrary: fc.constant<Addressing>("pointer") }, { weight: 2, arbitrary: fc.constantFrom(...addressings(dialect)) }))),
      withoutRoot: fc.boolean(),
      // Drawn last, so that what the fields above draw for a seed stays as it was before references into places, then annotations, were drawn.
      intoPlaces: placeChoices,
      annotations: annotationChoices,
    })
    .map(({ root: drawnRoot, definitions: drawn, addressing, withoutRoot, intoPlaces, annotations }) => {
      const keyword = definitionsKeyword(dialect);
      const [root, ...definitions] = withAnnotations([drawnRoot, ...drawn], dialect, annotations);
      const definitionsByName = Object.fromEntries(DEFINITION_NAMES.map((name, index) => [name, definitions[index]]));
      const byPointer = DEFINITION_NAMES.filter((_, index) => addressing[index] === "pointer");
      const document = withReferencesIntoPlaces(
        {
          $schema: DIALECT_URI[dialect],
          ...(withoutRoot || typeof root !== "object" ? {} : root),
          [keyword]: definitionsByName,
        },
        `#/${keyword}/`,
        placesOfDefinitions(definitionsByName, byPointer, dialect),
        intoPlaces,
      ) as Record<string, unknown>;
      return addressed(document, dialect, new Map(DEFINITION_NAMES.map((name, index) => [name, addressing[index]!])));
    });
}

/**
 * The keywords of `dialect` whose value is a schema, a list of schemas or a map of them (`items` either
 * of the first two before 2020-12; `dependencies`' values a schema or a list of names): where a
 * reference into a definition may point. A keyword of another dialect holds no schema to it (a
 * reference there is undefined), nor does a value of data (`enum`, `const`, `example`).
 */
function schemaKeywords(dialect: Dialect): { one: ReadonlySet<string>; list: ReadonlySet<string>; map: ReadonlySet<string> } {
  const since07 = dialect === "draft-04" ? [] : ["if", "then", "else", "contains", "propertyNames"];
  const modern = dialectAtLeast(dialect, "2019-09");
  const latest = dialect === "2020-12";
  return {
    one: new Set(["not", "additionalProperties", "items", ...since07, ...(modern ? ["unevaluatedProperties", "unevaluatedItems"] : []), ...(latest ? [] : ["additionalItems"])]),
    list: new Set(["allOf", "anyOf", "oneOf", latest ? "prefixItems" : "items"]),
    map: new Set(["properties", "patternProperties", modern ? "dependentSchemas" : "dependencies"]),
  };
}
/** The keywords of a reference: a schema holding one is no place to point into (a cycle through it might consume no instance). */
const REFERENCE_KEYWORDS = new Set(["$ref", "$recursiveRef", "$dynamicRef"]);

/** A JSON pointer token as a URI fragment writes it: `~` and `/` escaped (RFC 6901), then percent-encoded (`$`, `^`, a space, `é`). */
const fragmentToken = (token: string) => encodeURIComponent(token.replace(/~/g, "~0").replace(/\//g, "~1"));

/** Whether `value` holds a reference anywhere (its data too: a key of that name in an enum's object only makes this answer no more often). */
function holdsReference(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsReference);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, child]) => (REFERENCE_KEYWORDS.has(key) && typeof child === "string") || holdsReference(child));
}

/** The schemas below `schema` (object schemas, not `schema` itself), each as the fragment tokens from it, with none holding a reference. */
function referenceFreePlaces(schema: unknown, dialect: Dialect): string[][] {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return [];
  const keywords = schemaKeywords(dialect);
  const places: string[][] = [];
  const visit = (child: unknown, tokens: string[]) => {
    if (typeof child !== "object" || child === null || Array.isArray(child)) return;
    if (!holdsReference(child)) places.push(tokens);
    for (const below of referenceFreePlaces(child, dialect)) places.push([...tokens, ...below]);
  };
  for (const [keyword, value] of Object.entries(schema)) {
    if (keywords.list.has(keyword) && Array.isArray(value)) value.forEach((child, index) => visit(child, [keyword, String(index)]));
    else if (keywords.one.has(keyword)) visit(value, [keyword]);
    else if (keywords.map.has(keyword) && typeof value === "object" && value !== null) for (const [key, child] of Object.entries(value)) visit(child, [keyword, fragmentToken(key)]);
  }
  return places;
}

/** For each of `names`, the pointers (below the definitions keyword) of the places inside its definition a reference may name. */
function placesOfDefinitions(definitions: Record<string, unknown>, names: readonly string[], dialect: Dialect): Map<string, string[]> {
  return new Map(names.map((name) => [name, referenceFreePlaces(definitions[name], dialect).map((tokens) => [name, ...tokens].join("/"))]));
}

/**
 * Titles a union's variant may be named by, and descriptions every output shows: names of the
 * document's own definitions and of language types, equal but for case or normalization, no name at
 * all (a sentence, empty, a digit first); text a comment or a string literal must escape.
 */
const TITLES = ["Pet", "pet", "D0", "D1", "Value", "class", "Self", "String", "Type", "A b", "1st", "\u00e9", "e\u0301", "", "Agent batch call", "Pet.", "Kind"];
const DESCRIPTIONS = ['""" */ /* \\', "line one\nline two", "ends in a backslash \\", "`code` %s {x} $(y) #if", "\u2028 and \r"];

/** Which schemas get a `title` (and a `description`): one number per object schema met, in document order (none past the list). */
const annotationChoices = fc.array(fc.nat(), { maxLength: 12 });

/**
 * `schemas` (a document's root and definitions), each object schema the n-th met (walking the keywords
 * of `dialect`) given choice n: one of three a title of TITLES, and one of those a description of
 * DESCRIPTIONS too. Annotations, which no validator reads: what they change is names and comments.
 */
function withAnnotations(schemas: readonly unknown[], dialect: Dialect, choices: readonly number[]): unknown[] {
  const keywords = schemaKeywords(dialect);
  let met = 0;
  const annotated = (schema: unknown): unknown => {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
    const choice = choices[met++];
    const own = Object.fromEntries(
      Object.entries(schema).map(([keyword, value]): [string, unknown] => {
        if (keywords.list.has(keyword) && Array.isArray(value)) return [keyword, value.map(annotated)];
        if (keywords.one.has(keyword)) return [keyword, annotated(value)];
        if (keywords.map.has(keyword) && typeof value === "object" && value !== null) return [keyword, Object.fromEntries(Object.entries(value).map(([key, child]) => [key, annotated(child)]))];
        return [keyword, value];
      }),
    );
    if (choice === undefined || choice % 3 !== 0) return own;
    const pick = Math.floor(choice / 3);
    return { title: TITLES[pick % TITLES.length], ...(pick % 2 === 0 ? { description: DESCRIPTIONS[pick % DESCRIPTIONS.length] } : {}), ...own };
  };
  return schemas.map(annotated);
}

/** Which references name a place inside their definition: one number per reference met, in document order (none past the list). */
const placeChoices = fc.array(fc.nat(), { maxLength: 6 });

/**
 * `document` with some references to a definition (`#/definitions/D0`) naming a place inside it instead
 * (`#/definitions/D0/properties/a`), as real schemas point at a property's schema of another definition:
 * the place holds no reference, so no cycle runs through it. The n-th reference met takes choice n: an
 * odd one keeps the definition, an even one names a place by it.
 */
function withReferencesIntoPlaces(document: unknown, pointerPrefix: string, places: ReadonlyMap<string, readonly string[]>, choices: readonly number[]): unknown {
  let met = 0;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]): [string, unknown] => {
        if (key !== "$ref" || typeof child !== "string" || !child.startsWith(pointerPrefix)) return [key, rewrite(child)];
        const choice = choices[met++];
        const inside = places.get(child.slice(pointerPrefix.length)) ?? [];
        if (choice === undefined || choice % 2 === 1 || inside.length === 0) return [key, child];
        return [key, `${pointerPrefix}${inside[(choice >> 1) % inside.length]}`];
      }),
    );
  };
  return rewrite(document);
}

/** `document` with each definition given the identifier its addressing needs and every reference to it written that way. */
function addressed(document: Record<string, unknown>, dialect: Dialect, addressing: ReadonlyMap<string, Addressing>): Record<string, unknown> {
  const keyword = definitionsKeyword(dialect);
  const isResource = (name: string) => addressing.get(name) !== "pointer" && addressing.get(name) !== "anchor";
  const pointerPrefix = `#/${keyword}/`;
  const reference = (pointer: string, inResource: boolean): string => {
    // A place inside a definition (`D0/properties/a`, withReferencesIntoPlaces) is named by pointer, in one addressed by pointer.
    const [name, ...inside] = pointer.split("/") as [string, ...string[]];
    const form = addressing.get(name)!;
    if (isResource(name)) return resourceId(name);
    // Inside a resource, `#…` means that resource: the document's own definitions are named through its root's `$id`.
    const base = inResource ? ROOT_ID : "";
    if (inside.length > 0) return `${base}${pointerPrefix}${pointer}`;
    return form === "anchor" ? `${base}#${anchorName(name)}` : `${base}${pointerPrefix}${name}`;
  };
  // Outside a resource `$recursiveRef: "#"` would name the document, whose root then becomes a type
  // of its own (and a definition of a joined document a part of it): there it names its definition.
  // `$dynamicRef: "#node"` is resolved first as a `$ref`, in a resource with that anchor only: elsewhere
  // it names its definition, or the resource or root it is in, as `$recursiveRef` does.
  const dynamicReference = (inResource: boolean, definition: string | undefined): [string, string] | undefined => {
    if (definition === undefined) return ["$ref", "#"];
    if (!inResource) return ["$ref", reference(definition, false)];
    return addressing.get(definition) === "dynamic anchor" ? undefined : ["$ref", "#"];
  };
  const rewrite = (value: unknown, inResource: boolean, definition: string | undefined): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, inResource, definition));
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]): [string, unknown] => {
        if (key === "$ref" && typeof child === "string" && child.startsWith(pointerPrefix)) return [key, reference(child.slice(pointerPrefix.length), inResource)];
        if (key === "$recursiveRef" && !inResource && definition !== undefined) return ["$ref", reference(definition, false)];
        if (key === "$dynamicRef") return dynamicReference(inResource, definition) ?? [key, child];
        return [key, rewrite(child, inResource, definition)];
      }),
    );
  };
  const identified = (name: string, definition: unknown): unknown => {
    const form = addressing.get(name)!;
    if (form === "pointer") return definition;
    const body = asObject(definition);
    if (form === "anchor")
      return dialectAtLeast(dialect, "2019-09")
        ? { $anchor: anchorName(name), ...body }
        : {
            [idKeyword(dialect)]: `#${anchorName(name)}`,
            ...inRefFreeSchema(body, dialect),
          };
    return {
      [idKeyword(dialect)]: resourceId(name),
      ...(form === "recursive anchor" ? { $recursiveAnchor: true } : {}),
      ...(form === "dynamic anchor" ? { $dynamicAnchor: DYNAMIC_ANCHOR } : {}),
      ...inRefFreeSchema(body, dialect),
    };
  };
  const { $schema, [keyword]: definitions, ...root } = document;
  const withResources = [...addressing.keys()].some(isResource);
  const rewrittenDefinitions = Object.fromEntries(
    Object.entries(definitions as Record<string, unknown>).map(([name, definition]) => [name, identified(name, rewrite(definition, isResource(name), name))]),
  );
  const rewrittenRoot = rewrite(root, false, undefined) as object;
  return {
    $schema,
    ...(withResources ? { [idKeyword(dialect)]: ROOT_ID, ...inRefFreeSchema(rewrittenRoot, dialect) } : rewrittenRoot),
    [keyword]: rewrittenDefinitions,
  };
}

/** A boolean schema as the object schema of the same meaning, to hold identifiers. */
function asObject(schema: unknown): object {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  return schema as object;
}

/** Before 2019-09 every keyword beside a `$ref` is ignored, identifiers too: a schema with a `$ref` is moved into an `allOf` to have one. */
function inRefFreeSchema(schema: object, dialect: Dialect): object {
  return !dialectAtLeast(dialect, "2019-09") && "$ref" in schema ? { allOf: [schema] } : schema;
}

/**
 * Several random documents as one: each one's definitions (and its root, as a definition
 * `<prefix><k>Root`) renamed `<prefix><k>D<n>`, its references and identifiers rewritten to match. One
 * model, one Swift module, one Python module for all of them (two such models in one Swift module need
 * two prefixes).
 */
export function combinedDocument(dialect: Dialect, documents: readonly Record<string, unknown>[], prefix = "R"): Record<string, unknown> {
  const keyword = definitionsKeyword(dialect);
  const id = idKeyword(dialect);
  const definitions: Record<string, unknown> = {};
  documents.forEach((document, k) => {
    const renamed = renameDefinitions(document, (name) => `${prefix}${k}${name}`) as Record<string, unknown>;
    const { $schema: _dialect, [keyword]: own, [id]: _rootId, ...root } = renamed;
    Object.assign(definitions, Object.fromEntries(Object.entries(own as Record<string, unknown>).map(([name, schema]) => [`${prefix}${k}${name}`, schema])));
    // The root's `$recursiveRef: "#"` or `$ref: "#"` (no resource is around it) names the definition the root becomes.
    if (Object.keys(root).length > 0) definitions[`${prefix}${k}Root`] = withRecursiveRefsTo(root, `#/${keyword}/${prefix}${k}Root`);
  });
  const withResources = documents.some((document) => document[id] === ROOT_ID);
  return {
    $schema: DIALECT_URI[dialect],
    ...(withResources ? { [id]: ROOT_ID } : {}),
    [keyword]: definitions,
  };
}

/** `value` with each `$recursiveRef` and `$ref: "#"` (the document it is in) a `$ref` to `pointer`. */
function withRecursiveRefsTo(value: unknown, pointer: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withRecursiveRefsTo(item, pointer));
  if (typeof value !== "object" || value === null) return value;
  const namesTheDocument = (key: string, child: unknown) => key === "$recursiveRef" || (key === "$ref" && child === "#");
  return Object.fromEntries(Object.entries(value).map(([key, child]) => (namesTheDocument(key, child) ? ["$ref", pointer] : [key, withRecursiveRefsTo(child, pointer)])));
}

/** The keywords whose values name a definition (a reference, a resource's `$id`, an anchor), each ending in its name or, naming a place inside it, with its name before the place (`D0/properties/a`). */
const ADDRESS_KEYWORDS = new Set(["$ref", "$id", "id", "$anchor"]);

function renameDefinitions(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameDefinitions(item, rename));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, ADDRESS_KEYWORDS.has(key) && typeof child === "string" ? child.replace(/D\d+(?=(\.json)?$|\/)/, rename) : renameDefinitions(child, rename)]),
  );
}
