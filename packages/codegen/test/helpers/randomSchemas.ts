// Random JSON Schema documents, composed from every construct the model reads (objects with
// properties, patterns, extra-key rules and dependencies; arrays, tuples and `contains`; in 2020-12
// `unevaluatedProperties` / `unevaluatedItems`, `dependentSchemas` and `minContains` / `maxContains`;
// type lists; enums (mixing JSON types, objects and arrays among them) and constants of every JSON type;
// number bounds both exclusive and decimal `multipleOf`; `propertyNames` of a length, a pattern, an enum
// or a `not`; `oneOf` / `anyOf` / `allOf` / `not` / `if`; `$ref` with and
// without siblings, recursion through definitions), in draft-07 and in 2020-12: inputs nobody wrote
// by hand, for the tests that every target takes any schema (random-schemas.test.ts, and the Swift
// and Python ones that compile and import what the targets make of them).
//
// A `$ref` that can be met again without entering a property or an item (a definition that is only a
// reference to itself, through combinators) describes no value: JSON Schema leaves its evaluation
// undefined (an infinite loop), so such documents are not generated; a reference to any definition
// is generated only where an instance is consumed first, and at the top of a definition only to the
// definitions before it.
import fc from "fast-check";

export type Dialect = "draft-07" | "2020-12";
export const DIALECT_URI: Record<Dialect, string> = { "draft-07": "http://json-schema.org/draft-07/schema#", "2020-12": "https://json-schema.org/draft/2020-12/schema" };
const DEFINITIONS_KEYWORD: Record<Dialect, string> = { "draft-07": "definitions", "2020-12": "$defs" };
const DEFINITION_NAMES = ["D0", "D1", "D2", "D3"];
/** Property names a target must spell or escape: keywords of its language, symbols, non-ASCII, JavaScript's own. */
const PROPERTY_NAMES = ["a", "b", "kind", "type", "x-y", "$ref", "class", "self", "init", "1st", "é", "A b", "default", "enum", "__proto__", "constructor", "toString", "Type", "_a", "items"];

const propertyName = fc.constantFrom(...PROPERTY_NAMES);
const scalar = fc.oneof(fc.constantFrom("a", "b", "", "A B", "1", "null", "true"), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, -1.25, 1e21), fc.boolean(), fc.constant(null));
const anyValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.dictionary(propertyName, scalar, { maxKeys: 2 }));
const withOptional = <T extends object>(base: T, optional: Record<string, fc.Arbitrary<unknown>>) => fc.record(optional, { requiredKeys: [] }).map((extra) => ({ ...base, ...extra }));

/** A schema of at most `depth` levels; `refs` are the definitions it may refer to before consuming anything. */
function schema(depth: number, dialect: Dialect, refs: readonly string[]): fc.Arbitrary<unknown> {
  const definitions = DEFINITIONS_KEYWORD[dialect];
  const ref = refs.length === 0 ? fc.constant({ type: "string" }) : fc.constantFrom(...refs).map((name) => ({ $ref: `#/${definitions}/${name}` }));
  const leaf = fc.oneof(
    withOptional({ type: "string" }, { minLength: fc.nat(3), maxLength: fc.integer({ min: 3, max: 9 }), pattern: fc.constantFrom("^[a-z]+$", "x", "^\\d{2}$"), format: fc.constantFrom("date-time", "email", "uri", "uuid", "date", "unknown-format") }),
    // Decimal multipleOf (0.1, 0.01) is where binary floating point and each runtime's remainder part ways.
    fc
      .constantFrom("integer", "number")
      .chain((type) =>
        withOptional({ type }, { minimum: fc.integer({ min: -3, max: 0 }), maximum: fc.integer({ min: 1, max: 9 }), exclusiveMinimum: fc.integer({ min: -5, max: -4 }), exclusiveMaximum: fc.constantFrom(2, 7.5, 10), multipleOf: fc.constantFrom(1, 2, 0.5, 0.1, 0.01, 1.5) }),
      ),
    fc.constant({ type: "boolean" }),
    fc.constant({ type: "null" }),
    fc.constant({}),
    fc.boolean(),
    anyValue.map((value) => ({ const: value })),
    fc.uniqueArray(fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: anyValue }), { minLength: 1, maxLength: 4, selector: (value) => JSON.stringify(value) }).map((values) => ({ enum: values })),
    fc.subarray(["string", "integer", "number", "boolean", "null", "object", "array"], { minLength: 1 }).map((types) => ({ type: types })),
    ref,
  );
  if (depth <= 0) return leaf;
  const sibling = schema(depth - 1, dialect, refs);
  // Under a property or an item an instance is consumed: any definition may be referred to there.
  const nested = schema(depth - 1, dialect, DEFINITION_NAMES);
  const dependencies: Record<string, fc.Arbitrary<unknown>> =
    dialect === "2020-12" ? { dependentRequired: fc.constant({ a: ["b"] }) } : { dependencies: fc.constantFrom<object>({ a: ["b"] }, { a: { required: ["kind"] } }) };
  // 2020-12's own keywords: what other applicators evaluate (unevaluated*), schemas a key's presence
  // applies, and how many items `contains` must match.
  const objectOf2020: Record<string, fc.Arbitrary<unknown>> =
    dialect === "2020-12"
      ? { unevaluatedProperties: fc.oneof(fc.boolean(), nested), dependentSchemas: fc.dictionary(fc.constantFrom("a", "kind"), nested, { minKeys: 1, maxKeys: 2 }), maxProperties: fc.integer({ min: 2, max: 5 }) }
      : {};
  const arrayOf2020: Record<string, fc.Arbitrary<unknown>> =
    dialect === "2020-12" ? { unevaluatedItems: fc.oneof(fc.boolean(), nested), minContains: fc.nat(2), maxContains: fc.integer({ min: 1, max: 3 }), maxItems: fc.integer({ min: 2, max: 4 }) } : {};
  const object = fc
    .record(
      {
        properties: fc.dictionary(propertyName, nested, { maxKeys: 4 }),
        required: fc.subarray(["a", "b", "kind", "type", "x-y", "class"]),
        additionalProperties: fc.oneof(fc.boolean(), nested),
        patternProperties: fc.dictionary(fc.constantFrom("^x-", ".*", "^[0-9]+$"), nested, { maxKeys: 2 }),
        minProperties: fc.nat(2),
        propertyNames: fc.constantFrom<object>({ maxLength: 5 }, { pattern: "^[a-z]+$" }, { enum: ["a", "b", "kind", "x-1"] }, { minLength: 1, not: { const: "type" } }),
        ...dependencies,
        ...objectOf2020,
      },
      { requiredKeys: [] },
    )
    .chain((keywords) => fc.boolean().map((typed) => (typed ? { type: "object", ...keywords } : keywords)));
  const array = fc.record({ items: nested, minItems: fc.nat(2), uniqueItems: fc.boolean(), contains: nested, ...arrayOf2020 }, { requiredKeys: [] }).map((keywords) => ({ type: "array", ...keywords }));
  const tuple =
    dialect === "2020-12"
      ? fc.tuple(fc.array(nested, { minLength: 1, maxLength: 3 }), fc.oneof(fc.boolean(), nested)).map(([prefixItems, items]) => ({ type: "array", prefixItems, items }))
      : fc.tuple(fc.array(nested, { minLength: 1, maxLength: 3 }), fc.oneof(fc.boolean(), nested)).map(([items, additionalItems]) => ({ type: "array", items, additionalItems }));
  const list = (max: number) => fc.array(sibling, { minLength: 1, maxLength: max });
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 3, arbitrary: object },
    { weight: 2, arbitrary: array },
    { weight: 1, arbitrary: tuple },
    { weight: 2, arbitrary: list(4).map((variants) => ({ oneOf: variants })) },
    { weight: 2, arbitrary: list(4).map((variants) => ({ anyOf: variants })) },
    { weight: 2, arbitrary: list(3).map((parts) => ({ allOf: parts })) },
    { weight: 1, arbitrary: sibling.map((negated) => ({ not: negated })) },
    { weight: 1, arbitrary: fc.tuple(sibling, sibling, sibling).map(([condition, then, otherwise]) => ({ if: condition, then, else: otherwise })) },
    { weight: 1, arbitrary: fc.tuple(ref, sibling).map(([reference, rest]) => ({ ...(typeof rest === "object" ? rest : {}), ...reference, description: "ref with siblings" })) },
    { weight: 1, arbitrary: fc.tuple(sibling, fc.constantFrom(["string", "null"], ["object", "null"], ["integer", "string"])).map(([rest, type]) => ({ ...(typeof rest === "object" ? rest : {}), type })) },
  );
}

export function randomSchemaDocument(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      root: schema(2, dialect, DEFINITION_NAMES),
      definitions: fc.tuple(...DEFINITION_NAMES.map((_, index) => schema(2, dialect, DEFINITION_NAMES.slice(0, index)))),
      withoutRoot: fc.boolean(),
    })
    .map(({ root, definitions, withoutRoot }) => ({
      $schema: DIALECT_URI[dialect],
      ...(withoutRoot || typeof root !== "object" ? {} : root),
      [DEFINITIONS_KEYWORD[dialect]]: Object.fromEntries(DEFINITION_NAMES.map((name, index) => [name, definitions[index]])),
    }));
}

/**
 * Several random documents as one: each one's definitions (and its root, as a definition
 * `<prefix><k>Root`) renamed `<prefix><k>D<n>`, its references rewritten to match. One model, one
 * Swift module, one Python module for all of them (two such models in one Swift module need two prefixes).
 */
export function combinedDocument(dialect: Dialect, documents: readonly Record<string, unknown>[], prefix = "R"): Record<string, unknown> {
  const keyword = DEFINITIONS_KEYWORD[dialect];
  const definitions: Record<string, unknown> = {};
  documents.forEach((document, k) => {
    const renamed = renameDefinitions(document, (name) => `${prefix}${k}${name}`, keyword) as Record<string, unknown>;
    const { $schema: _dialect, [keyword]: own, ...root } = renamed;
    Object.assign(definitions, Object.fromEntries(Object.entries(own as Record<string, unknown>).map(([name, schema]) => [`${prefix}${k}${name}`, schema])));
    if (Object.keys(root).length > 0) definitions[`${prefix}${k}Root`] = root;
  });
  return { $schema: DIALECT_URI[dialect], [keyword]: definitions };
}

function renameDefinitions(value: unknown, rename: (name: string) => string, keyword: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameDefinitions(item, rename, keyword));
  if (typeof value !== "object" || value === null) return value;
  const prefix = `#/${keyword}/`;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, key === "$ref" && typeof child === "string" && child.startsWith(prefix) ? prefix + rename(child.slice(prefix.length)) : renameDefinitions(child, rename, keyword)]),
  );
}
