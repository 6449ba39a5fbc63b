// Random JSON Schema documents (helpers/randomSchemas.ts), in draft-04, draft-07, 2019-09 and 2020-12: each must build
// a model that passes its validation and render in every target. No valid schema is refused, and
// none crashes the generator. So must random OpenAPI 3.0 and 3.1 documents of such schemas, and
// every warning gen gives of one name a place the file has.
//
// Every failure found here keeps its shrunk document below as a vector (FOUND), beside the minimal
// test of the construct in model-constructs.test.ts.
import { pointerTokens } from "@clone/schema/json-pointer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import { buildModel, forgetNameSpellings, validateModel, type SchemaModel } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { valueAt } from "../src/jsonSchema/references.ts";
import { targets } from "../src/targets/index.ts";
import { recordFuzzInputs } from "./helpers/fuzzLog.ts";
import { DIALECT_URI, DIALECTS, OPENAPI_VERSIONS, randomOpenApiDocument, randomSchemaDocument, randomSourceDocument, type Dialect, type OpenApiVersion } from "./helpers/randomSchemas.ts";

const RUNS_PER_DIALECT = 300;
const SEED: Record<Dialect, number> = {
  "draft-04": 20261204,
  "draft-07": 20261202,
  "2019-09": 20261205,
  "2020-12": 20261203,
};

const RUNS_PER_OPENAPI_VERSION = 150;
const OPENAPI_SEED: Record<OpenApiVersion, number> = { "3.0": 20261206, "3.1": 20261207 };

/** What every document must get through: a model that validates, and every target's files. */
function generatesEverywhere(input: Record<string, unknown>, location?: string): SchemaModel {
  forgetNameSpellings();
  const model = buildModel(randomSourceDocument(input, location), { name: "Random" });
  validateModel(model);
  for (const target of targets) expect(target.render([model], {}).length).toBeGreaterThan(0);
  return model;
}

/** An OpenAPI document read as JSON Schema must get through too, and each warning gen gives name a place of the file (pointerInFile). */
function generatesEverywhereNamingPlacesOfTheFile(input: Record<string, unknown>): void {
  const model = generatesEverywhere(input, "random.openapi.json");
  for (const { pointer, reason } of genWarnings(model, targets)) expect(valueAt(input as JsonValue, pointerTokens(pointer) ?? []), `${pointer}: ${reason}`).toBeDefined();
}

/** Shrunk documents that failed here once (a stack overflow in the model builder, or a build that never finished), kept as vectors. */
const FOUND: Record<string, Record<string, unknown>> = {
  // Campaign O (this test's own 2019-09 run, once the generator put an anyOf beside an array's
  // keywords): the bundle read an alias's JSON type by writing its whole schema, whose items refer
  // back to the alias, and so on until the stack ran out.
  "a schema naming no type with an anyOf beside items that refer back through a union with an object rule": {
    $schema: DIALECT_URI["draft-07"],
    definitions: {
      D1: { anyOf: [{}], items: { oneOf: [{ $ref: "#/definitions/D1" }], maxProperties: 5 } },
    },
  },
  // Campaign O, seed 41001: each of the anyOf's seven sets of variants recursed through the tuple,
  // and the merged schemas were compared by content only 16 deep (7^16 translations; the map of
  // structural keys overflowed after two minutes).
  "an anyOf of three beside unevaluatedItems, in a tuple that holds itself (each set merged anew)": {
    $schema: DIALECT_URI["2020-12"],
    $defs: {
      D0: { contains: {}, unevaluatedItems: {} },
      D1: {
        anyOf: [{ $ref: "#/$defs/D0" }, {}, {}],
        prefixItems: [{ $ref: "#/$defs/D1" }],
        unevaluatedItems: {},
      },
    },
  },
  "a constant beside rules that refer back to the tuple holding it (each level merged anew)": {
    $schema: DIALECT_URI["2020-12"],
    type: "integer",
    $defs: {
      D0: { anyOf: [{ type: "array", items: { const: {} } }] },
      D1: {
        allOf: [
          {
            type: "array",
            prefixItems: [{ $ref: "#/$defs/D1" }, { type: "null" }],
            items: false,
          },
          { oneOf: [{ $ref: "#/$defs/D0" }] },
        ],
      },
      D2: { type: "null" },
      D3: { oneOf: [{}] },
    },
  },
  "type list of integer and number (inside not)": {
    $schema: DIALECT_URI["draft-07"],
    if: { anyOf: [{ type: "null" }] },
    then: {},
    else: { anyOf: [{ type: "null" }] },
    definitions: {
      D0: { type: "string" },
      D1: { anyOf: [{ not: true }] },
      D2: {
        not: { properties: { a: { type: ["integer", "number", "array"] } } },
      },
      D3: { type: ["array"] },
    },
  },
  "patterns and a closed extra-key rule, through a $ref with siblings": {
    $schema: DIALECT_URI["draft-07"],
    not: { allOf: [{ $ref: "#/definitions/D0" }] },
    definitions: {
      D0: { type: "integer" },
      D1: { patternProperties: { "^x-": { anyOf: [{ type: "string" }] } } },
      D2: {},
      D3: {
        additionalProperties: false,
        patternProperties: { "^x-": { $ref: "#/definitions/D0" } },
        $ref: "#/definitions/D1",
        description: "ref with siblings",
      },
    },
  },
  "recursion through $ref with siblings in items and contains": {
    $schema: DIALECT_URI["2020-12"],
    if: { not: { const: {} } },
    then: {},
    else: { oneOf: [{}] },
    $defs: {
      D0: {
        type: "array",
        items: {
          type: "null",
          $ref: "#/$defs/D0",
          description: "ref with siblings",
        },
        contains: {
          const: [],
          $ref: "#/$defs/D0",
          description: "ref with siblings",
        },
      },
      D1: {},
      D2: {
        type: "array",
        items: {
          if: { type: "null" },
          then: { type: "integer" },
          else: { type: "null" },
        },
      },
      D3: { const: [] },
    },
  },
  "unevaluatedProperties given to the variants of dependentSchemas' union, one referring back (a new merged schema at each level)": {
    $schema: DIALECT_URI["2020-12"],
    if: { oneOf: [{}] },
    then: { const: {} },
    else: {},
    $defs: {
      D0: { anyOf: [{ not: { type: "string" } }] },
      D1: { type: "array" },
      D2: {
        unevaluatedProperties: false,
        dependentSchemas: {
          a: { anyOf: [{ $ref: "#/$defs/D3" }, { enum: [0.5] }] },
        },
      },
      D3: {
        oneOf: [{ $ref: "#/$defs/D2", description: "ref with siblings" }, { not: { const: [] } }],
      },
    },
  },
  "an extra-key rule that refers back beside a oneOf, joined with a declared property's schema at each level (nested allOf grew without end)": {
    $schema: DIALECT_URI["draft-07"],
    definitions: {
      D1: { properties: { a: { $ref: "#/definitions/D1" } } },
      D2: {
        additionalProperties: { $ref: "#/definitions/D2" },
        oneOf: [{ $ref: "#/definitions/D1" }],
      },
    },
  },
  "an object met again while lifted, through a type list, with rules around it (the recursion named the object alone; conformance, seed 17010)": {
    $schema: DIALECT_URI["draft-07"],
    definitions: {
      R4D1: {
        properties: {
          _a: { type: ["object", "string"], $ref: "#/definitions/R4D1" },
        },
        propertyNames: { minLength: 1 },
      },
    },
  },
  "an object met again while lifted, with rules around it (an alias of itself, from the first fix)": {
    $schema: DIALECT_URI["draft-07"],
    definitions: {
      D3: {
        properties: {
          a: {
            type: ["object"],
            $ref: "#/definitions/D3",
            description: "ref with siblings",
          },
        },
        dependencies: { a: ["b"] },
      },
    },
  },
  // Fuzz S, seed 54001 draft-07 (third document, D2): an `if` no value satisfies (an array that is a
  // string) leaves the else case alone; recursion through its items named that case D22 around the
  // union lifted under D2's own name, which became D2Value while D22 still named D2: D2 = D22 = D2
  // with rules, refused as an alias cycle.
  "a conditional whose if admits no value, its else a oneOf beside items that refer back (the recursion's alias kept the lifted type's old name)": {
    $schema: DIALECT_URI["draft-07"],
    definitions: {
      D0: { items: [{ enum: [[1]] }] },
      D2: {
        if: { oneOf: [{ type: "string" }], type: "array" },
        then: {},
        else: { oneOf: [{ $ref: "#/definitions/D0" }, {}], items: { $ref: "#/definitions/D2" } },
      },
    },
  },
  // Campaign AU, seed 91001 draft-07 index 1, D0: items requiring keys a contains' object cannot hold
  // (additionalProperties false, a propertyNames listing other names) meet it nowhere, so the array has
  // no value; the model did not know it and the conformance run drew arrays until its 300 s timeout
  // (contains-no-item-meets.test holds the construct).
  "an array whose items require a key its contains' objects cannot hold": {
    $schema: DIALECT_URI["draft-07"],
    definitions: {
      D0: {
        type: "array",
        items: { allOf: [{}], required: ["a", "kind", "class"], patternProperties: { ".*": {} } },
        contains: { type: "object", properties: { kind: true }, additionalProperties: false, patternProperties: { "^x-": { type: ["null"] } }, propertyNames: { enum: ["a", "b", "kind", "x-1"] } },
      },
    },
  },
};

/** Shrunk OpenAPI documents that failed here once (fuzz AB), kept as vectors. */
const FOUND_IN_OPENAPI: Record<string, Record<string, unknown>> = {
  // Seed 62003 (3.0 and 3.1): the warning of an example its schema refuses named `…/examples/0`, the
  // `examples: [example]` it is read as, where the file writes `…/example`.
  "an example its schema refuses": {
    openapi: "3.0.3",
    info: { title: "Random", version: "1" },
    components: { schemas: { V0: { type: "object", properties: { toString: { type: ["string", "null"], minimum: 0, example: 3 } } } } },
  },
  // This test's own seed (3.1): the case of dependentSchemas' first key absent, beside
  // unevaluatedProperties, was named `…/oneOf/1` (the union the split made), and so was the warning
  // that an object holding `kind` admits no value.
  "dependentSchemas beside unevaluatedProperties, one entry's key never evaluated": {
    openapi: "3.1.0",
    info: { title: "Random", version: "1" },
    components: {
      schemas: {
        D2: { unevaluatedProperties: false, dependentSchemas: { kind: { anyOf: [{ type: "object" }] }, a: { oneOf: [{ $ref: "#/components/schemas/V1" }] } } },
        V1: { type: "object", properties: { kind: { type: "string", enum: ["v1"] } } },
      },
    },
  },
  // Fuzz AC, seed 62100 (3.0, index 0): a key only required, by an allOf part merged into each
  // variant of a oneOf beside it, was named `…/allOf/0/oneOf/0/required`, which the file does not have
  // (shrunk: the part alone under an allOf, named `…/schema/required`).
  "a key only an allOf part requires": {
    openapi: "3.0.3",
    info: { title: "Random", version: "1" },
    paths: { "/root": { get: { responses: { "200": { description: "the root", content: { "application/json": { schema: { allOf: [{ required: ["x-y"], patternProperties: { "^x-": { if: {}, then: {} }, ".*": {} } }] } } } } } } } },
  },
  // Fuzz AE, seed 65004 (3.1, index 0), D1: a conditional alone is split into the oneOf of its two
  // cases, each placed at its branch; with `else: true`, no object, the second case had no place, and
  // the warning that it is rules only (`not` of the if) named `…/D1/oneOf/1`, which the file lacks
  // (shrunk). It names `…/D1/if` now.
  "a conditional whose else is true": {
    openapi: "3.1.0",
    info: { title: "Random", version: "1" },
    components: { schemas: { D1: { if: { type: "array" }, then: { type: "object" }, else: true } } },
  },
  // Fuzz AM, this test's own seed 20261206 (3.0, the 26th document) once the generator drew references
  // into places of a definition: `nullable: true` without a `type` moves the schema's rules beside null
  // (`anyOf: [{type: null}, {allOf: …}]`), and a `$ref` into them (`…/D0/oneOf/0/allOf/0`) no longer
  // resolved: gen refused the document (shrunk).
  "a reference into the rules of a schema nullable without a type": {
    openapi: "3.0.3",
    info: { title: "Random", version: "1" },
    components: {
      schemas: {
        D0: { nullable: true, allOf: [{ type: "string" }] },
        D2: { type: "array", items: { $ref: "#/components/schemas/D0/allOf/0" } },
      },
    },
  },
};

describe("random JSON Schema documents generate for every target", () => {
  it.each(Object.keys(FOUND))("found before: %s", (name) => {
    generatesEverywhere(FOUND[name]!);
  });

  it.each(DIALECTS)(`%s: ${RUNS_PER_DIALECT} random documents`, (dialect) => {
    const details = fc.check(
      fc.property(randomSchemaDocument(dialect), (input) => {
        generatesEverywhere(input);
      }),
      { numRuns: RUNS_PER_DIALECT, seed: SEED[dialect] },
    );
    // Inputs run before the first failure passed; that one (shown shrunk) failed.
    recordFuzzInputs(`random schemas (${dialect})`, details.failed ? details.numRuns - 1 : details.numRuns, details.failed ? 1 : 0);
    expect(details.failed, fc.defaultReportMessage(details)).toBe(false);
    expect(details.numRuns).toBe(RUNS_PER_DIALECT);
  });
});

/** Whether `document` refers to a place inside a definition (`…/D0/properties/a`), not only to a definition. */
const refersIntoADefinition = (document: Record<string, unknown>) => /"\$ref":"[^"]*\/(definitions|\$defs|schemas)\/D\d\/[^"]/.test(JSON.stringify(document));

describe("the random documents draw references into a definition's places", () => {
  it.each(DIALECTS)("%s: with this test's seed", (dialect) => {
    expect(fc.sample(randomSchemaDocument(dialect), { numRuns: RUNS_PER_DIALECT, seed: SEED[dialect] }).filter(refersIntoADefinition).length).toBeGreaterThan(RUNS_PER_DIALECT / 20);
  });
  it.each(OPENAPI_VERSIONS)("OpenAPI %s: with this test's seed", (version) => {
    expect(fc.sample(randomOpenApiDocument(version), { numRuns: RUNS_PER_OPENAPI_VERSION, seed: OPENAPI_SEED[version] }).filter(refersIntoADefinition).length).toBeGreaterThan(RUNS_PER_OPENAPI_VERSION / 20);
  });
});

/** Whether `document` gives a schema of its own a `title` (an OpenAPI document's `info` has one of its own). */
const titlesASchema = (document: Record<string, unknown>) => /"title":/.test(JSON.stringify({ ...document, info: undefined }));

describe("the random documents draw titles and descriptions (names of union variants, text every output escapes)", () => {
  it.each(DIALECTS)("%s: with this test's seed", (dialect) => {
    expect(fc.sample(randomSchemaDocument(dialect), { numRuns: RUNS_PER_DIALECT, seed: SEED[dialect] }).filter(titlesASchema).length).toBeGreaterThan(RUNS_PER_DIALECT / 20);
  });
  it.each(OPENAPI_VERSIONS)("OpenAPI %s: with this test's seed", (version) => {
    expect(fc.sample(randomOpenApiDocument(version), { numRuns: RUNS_PER_OPENAPI_VERSION, seed: OPENAPI_SEED[version] }).filter(titlesASchema).length).toBeGreaterThan(RUNS_PER_OPENAPI_VERSION / 20);
  });
});

describe("random OpenAPI documents generate for every target, each warning at a place of the file", () => {
  it.each(Object.keys(FOUND_IN_OPENAPI))("found before: %s", (name) => generatesEverywhereNamingPlacesOfTheFile(FOUND_IN_OPENAPI[name]!));

  it.each(OPENAPI_VERSIONS)(`OpenAPI %s: ${RUNS_PER_OPENAPI_VERSION} random documents`, (version) => {
    const details = fc.check(
      fc.property(randomOpenApiDocument(version), (input) => generatesEverywhereNamingPlacesOfTheFile(input)),
      { numRuns: RUNS_PER_OPENAPI_VERSION, seed: OPENAPI_SEED[version] },
    );
    recordFuzzInputs(`random OpenAPI documents (${version})`, details.failed ? details.numRuns - 1 : details.numRuns, details.failed ? 1 : 0);
    expect(details.failed, fc.defaultReportMessage(details)).toBe(false);
    expect(details.numRuns).toBe(RUNS_PER_OPENAPI_VERSION);
  });
});
