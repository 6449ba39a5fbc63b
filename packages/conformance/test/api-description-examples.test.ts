// An API description's example values beside schemas (documentExamples.ts, from
// SourceDocument.examplesBesideSchemas): a media type's, a parameter's, a header's, each judged against
// the schema beside it and named by its pointer. One beside a definition (a named schema it refers to,
// an inline payload typed as one) is held to AJV's verdict on the input document by every runtime; one
// beside a schema no type of the model is, by that verdict alone; one of a media type that is not JSON,
// or an `externalValue`, is counted with why. Before, only a Schema Object's own `example` was judged.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { judgeDocumentExamples, type JudgedExamples } from "../src/documentExamples.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import type { Case, Runner, Verdict } from "../src/runners/types.ts";
import { loadInputSuite, type Suite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "api-description-examples-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The 3.0 fixture (YAML): its examples and why each is or is not judged are told there. */
const OWNERS_30 = join(repoRoot, "packages/codegen/test/fixtures/openapi-examples-3.0.yaml");

// A Schema Object's own example, invalid (5 is no string), is named as the file spells its place too.
const pet = { type: "object", required: ["id", "name"], properties: { id: { type: "integer", minimum: 0 }, name: { type: "string", example: 5 } } };
const PETS_31 = {
  openapi: "3.1.0",
  info: { title: "Pets", version: "1" },
  paths: {
    "/pets": {
      parameters: [{ name: "limit", in: "query", schema: { type: "integer", minimum: 1 }, example: 20 }],
      get: {
        operationId: "listPets",
        parameters: [{ $ref: "#/components/parameters/Offset" }, { name: "q", in: "query", schema: { type: "string", maxLength: 3 }, examples: { short: { value: "cat" }, long: { value: "kitten" } } }],
        responses: {
          "200": {
            description: "ok",
            headers: { "X-Rate": { schema: { type: "integer" }, example: 5 } },
            content: {
              "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } }, example: [{ id: 1, name: "Rex" }] },
              "application/xml": { schema: { type: "string" }, example: "<pets/>" },
            },
          },
        },
      },
      post: {
        requestBody: {
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Pet" },
              examples: {
                good: { value: { id: 2, name: "Tom" } },
                bad: { value: { id: -1, name: "Tom" } },
                shared: { $ref: "#/components/examples/SharedPet" },
                far: { externalValue: "https://example.com/pet.json" },
              },
            },
          },
        },
        responses: { "201": { $ref: "#/components/responses/Created" } },
      },
    },
  },
  components: {
    schemas: { Pet: pet },
    examples: { SharedPet: { value: { id: 3, name: "Shared" } } },
    parameters: { Offset: { name: "offset", in: "query", schema: { type: "integer", minimum: 0 }, example: -5 } },
    responses: { Created: { description: "made", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Pet" }, example: { id: 4, name: "Made" } } } } },
  },
};
const pets31Path = join(scratch, "pets-3.1.json");
writeFileSync(pets31Path, JSON.stringify(PETS_31));

// OpenRPC writes its examples as a method's Example Pairings: params (in the params' order) and a
// result, each an Example Object's value or a `$ref` to one (open-rpc/examples' simple-math shape,
// Apache-2.0, with an invalid result, a pairing by `$ref` and a value past the last param added).
const MATH_OPENRPC = {
  openrpc: "1.2.6",
  info: { title: "Math", version: "1" },
  methods: [
    {
      name: "addition",
      params: [
        { name: "a", schema: { $ref: "#/components/schemas/Integer" } },
        { name: "b", schema: { type: "integer", minimum: 0 } },
      ],
      result: { $ref: "#/components/contentDescriptors/Sum" },
      examples: [
        { name: "two", params: [{ $ref: "#/components/examples/integerTwo" }, { value: 2 }], result: { value: 4 } },
        { name: "wrong", params: [{ value: 1 }, { value: -1 }, { value: 9 }], result: { value: "zero" } },
        { $ref: "#/components/examplePairings/Shared" },
      ],
    },
  ],
  components: {
    schemas: { Integer: { type: "integer" } },
    contentDescriptors: { Sum: { name: "sum", schema: { type: "integer" } } },
    examples: { integerTwo: { name: "two", value: 2 } },
    examplePairings: { Shared: { name: "shared", params: [{ value: 3 }, { value: 3 }], result: { value: 6 } } },
  },
};
const mathOpenRpcPath = join(scratch, "math-openrpc.json");
writeFileSync(mathOpenRpcPath, JSON.stringify(MATH_OPENRPC));

/** A runtime that accepts every instance: wrong on every invalid one. */
class AcceptingRunner implements Runner {
  readonly name = "accepting";
  readonly columns = ["jsonschema"] as const;
  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    return cases.map(() => ({ jsonschema: { valid: true } }));
  }
  async close(): Promise<void> {}
}

/** Every example of the input judged by AJV and `other` (Python's runtimes, when not given). */
async function judged(path: string, other?: Runner): Promise<JudgedExamples> {
  const suite: Suite = loadInputSuite(path);
  const runner = other ?? PythonRunner.start(repoRoot, suite);
  try {
    return await judgeDocumentExamples({ ajv: new AjvRunner(), others: [runner] }, suite.schemas, 1);
  } finally {
    await runner.close();
    suite.dispose();
  }
}

const sources = (invalid: readonly { readonly source: string }[]) => invalid.map(({ source }) => source);

describe("examples beside schemas of an OpenAPI 3.0 document", () => {
  const operation = "#/paths/~1owners~1{id}";
  const ownerBody = "#/components/requestBodies/OwnerBody/content";

  it("are judged by every runtime beside a definition, by AJV alone beside a schema of no type, each named by its pointer", { timeout: 120_000 }, async () => {
    const examples = await judged(OWNERS_30);
    // Owner: the filter parameter's, and Ann and Nobody through their $refs; PutOwnerResponse200: {name: null}, which its nullable name takes.
    expect(examples.besideDefinitions).toBe(4);
    expect(examples.result.judged).toBe(4);
    expect(examples.result.failures).toEqual([]);
    expect(sources(examples.result.expectedInvalid)).toEqual([`example ${ownerBody}/application~1json/examples/nobody ($ref to #/components/examples/Nobody/value)`]);
    // The id parameter's 0, the second JSON media type's {} and the Count header's 3.
    expect(examples.besideNoType.judged).toBe(3);
    expect(examples.besideNoType.noReference).toEqual([]);
    expect(examples.besideNoType.invalid.map(({ source, schema }) => [source, schema])).toEqual([
      [`example ${operation}/parameters/0/example`, `${operation}/parameters/0/schema`],
      [`example ${operation}/put/responses/200/content/application~1vnd.owner+json/examples/empty/value`, `${operation}/put/responses/200/content/application~1vnd.owner+json/schema`],
    ]);
    expect([...examples.besideNotJudged].map(([reason, pointers]) => [reason.replace(/ \(.*/, ""), pointers.length])).toEqual([
      ["its media type is not JSON", 2],
      ["an externalValue, which is not fetched", 1],
      ["a $ref to no Example Object of this document", 2],
      ["an Example Object of no value", 1],
    ]);
  });

  it("a runtime that accepts an invalid one is a disagreement naming its pointer", async () => {
    const examples = await judged(OWNERS_30, new AcceptingRunner());
    expect(examples.result.failures.map((failure) => [failure.source, failure.schema, failure.expected.valid])).toEqual([
      [`example ${ownerBody}/application~1json/examples/nobody ($ref to #/components/examples/Nobody/value)`, "Owner", false],
    ]);
  });
});

describe("examples beside schemas of an OpenAPI 3.1 document", () => {
  it("are judged the same way", { timeout: 120_000 }, async () => {
    const examples = await judged(pets31Path);
    // Pet: good, bad, shared and Created's; ListPetsResponse200: the list.
    expect(examples.besideDefinitions).toBe(5);
    expect(examples.result.failures).toEqual([]);
    expect(sources(examples.result.expectedInvalid)).toEqual([
      "example #/paths/~1pets/post/requestBody/content/application~1json/examples/bad/value",
      "examples[0] (#/components/schemas/Pet/properties/name) at Pet/name, grafted into a drawn valid Pet",
    ]);
    // limit, q's two, X-Rate and Offset.
    expect(examples.besideNoType.judged).toBe(5);
    expect(sources(examples.besideNoType.invalid)).toEqual(["example #/paths/~1pets/get/parameters/1/examples/long/value", "example #/components/parameters/Offset/example"]);
    expect([...examples.besideNotJudged.values()]).toEqual([["#/paths/~1pets/get/responses/200/content/application~1xml/example"], ["#/paths/~1pets/post/requestBody/content/application~1json/examples/far"]]);
  });

  it("the run names each invalid one by its pointer and counts those not judged, by why", { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "packages/conformance/src/cli.ts", "--input", pets31Path, "--runs", "10", "--no-swift"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
    // Invalid examples are no disagreement: every runtime rejected the one judged by all.
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "INVALID BY AJV ON THE INPUT DOCUMENT: 2 of the document examples (no disagreement: every runtime must reject each too)\n  example #/paths/~1pets/post/requestBody/content/application~1json/examples/bad/value (schema Pet): /id: must be >= 0",
    );
    expect(run.stdout).toContain("5 beside a definition, judged by every runtime with the document examples above; 5 beside a schema that is no type of the model, judged by AJV on the input document alone (no generated code reads it), 2 invalid; 2 not judged");
    expect(run.stdout).toContain("  example #/components/parameters/Offset/example (schema #/components/parameters/Offset/schema): (root): must be >= 0");
    expect(run.stdout).toContain("NOT JUDGED: 1 of the examples beside schemas: its media type is not JSON (only application/json and +json types are judged)\n  #/paths/~1pets/get/responses/200/content/application~1xml/example");
    expect(run.stdout).toContain("NOT JUDGED: 1 of the examples beside schemas: an externalValue, which is not fetched\n  #/paths/~1pets/post/requestBody/content/application~1json/examples/far");
  });
});

// A schema beside an example that is no type of the model (a parameter's) is read as the document's
// own schemas are: OpenAPI's `nullable: true` takes null beside an `enum` without it, and with no
// `type` beside it. AJV was given it as written: it refused the first example and could not compile
// the second schema, where the model reads both as taking null.
const NULLABLE_PARAMETERS_30 = {
  openapi: "3.0.3",
  info: { title: "Filters", version: "1" },
  paths: {
    "/items": {
      get: {
        parameters: [
          { name: "kind", in: "query", schema: { type: "string", enum: ["a", "b"], nullable: true }, examples: { none: { value: null }, other: { value: "c" } } },
          { name: "since", in: "query", schema: { nullable: true, allOf: [{ type: "string", format: "date-time" }] }, examples: { none: { value: null }, bad: { value: 5 } } },
        ],
        responses: { "204": { description: "none" } },
      },
    },
  },
};
const nullableParameters30Path = join(scratch, "nullable-parameters-3.0.json");
writeFileSync(nullableParameters30Path, JSON.stringify(NULLABLE_PARAMETERS_30));

describe("examples beside a schema of no type that OpenAPI's nullable reads", () => {
  it("are judged by that reading: null is taken, every other value held to the rest", { timeout: 120_000 }, async () => {
    const examples = await judged(nullableParameters30Path);
    expect(examples.besideNoType.noReference).toEqual([]);
    expect(examples.besideNoType.judged).toBe(4);
    expect(sources(examples.besideNoType.invalid)).toEqual(["example #/paths/~1items/get/parameters/0/examples/other/value", "example #/paths/~1items/get/parameters/1/examples/bad/value"]);
  });
});

describe("examples of an OpenRPC document's methods", () => {
  it("are judged beside each param's and the result's schema, named by their pointers", { timeout: 120_000 }, async () => {
    const examples = await judged(mathOpenRpcPath);
    const pairings = "#/methods/0/examples";
    // Integer: a's three; AdditionParamB: b's three; Sum: the three results. The third value of "wrong" has no param.
    expect(examples.besideDefinitions).toBe(9);
    expect(examples.result.failures).toEqual([]);
    expect(sources(examples.result.expectedInvalid)).toEqual([`example ${pairings}/1/params/1/value`, `example ${pairings}/1/result/value`]);
    expect([...examples.besideNotJudged.values()]).toEqual([[`${pairings}/1/params/2`]]);
  });

  it("a runtime that accepts an invalid one is a disagreement naming its pointer and the definition", async () => {
    const examples = await judged(mathOpenRpcPath, new AcceptingRunner());
    expect(examples.result.failures.map((failure) => [failure.source, failure.schema])).toEqual([
      [`example #/methods/0/examples/1/params/1/value`, "AdditionParamB"],
      [`example #/methods/0/examples/1/result/value`, "Sum"],
    ]);
  });
});
