// A schema written as a keyword beside `properties` (not inside it) under a key `required` lists:
// JSON Schema ignores a keyword it does not define, so the key must be there and may hold any value,
// almost certainly not what its author meant. Found on Snakemake's workflow schema by a sweep
// (`"required": ["activate"]` with `activate: {type: object, …}` written beside `properties`): every
// output left `activate` untyped and gen said nothing. Gen now warns at the keyword, naming the likely
// fix (`properties.activate`), and `--strict` refuses it as every warning (strict keeps a project's
// schemas fully typed, and this key is untyped); the reading stays JSON Schema's, AJV's the oracle.
// Controls: the key declared in `properties` too, not required, a value that is no schema, an
// extension (`x-…`) and `default` say nothing.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { modelWarnings, requireNoWarnings } from "../src/index.ts";
import type { ObjectType } from "../src/model/types.ts";
import { codegenErrorOf, modelOf, typeNamed } from "./helpers/model.ts";

const draft07 = "http://json-schema.org/draft-07/schema#";
const activate = { type: "object", properties: { env: { type: "string" } }, required: ["env"] };
const document = { $schema: draft07, type: "object", properties: { name: { type: "string" } }, activate, required: ["name", "activate"] };
const misplaced = (doc: Record<string, unknown>) => modelWarnings(modelOf(doc, "Workflow")).filter((warning) => warning.reason.includes("Did you mean"));

describe("a schema beside properties under a key required lists", () => {
  it("is warned of at the keyword, naming the likely fix", () => {
    expect(misplaced(document)).toEqual([{ pointer: "/activate", reason: expect.stringContaining("Did you mean `properties.activate`?") }]);
    expect(misplaced({ $schema: draft07, definitions: { Rule: { type: "object", activate, required: ["activate"] } }, $ref: "#/definitions/Rule" }).map((warning) => warning.pointer)).toEqual(["/definitions/Rule/activate"]);
  });

  it("is read as JSON Schema reads it: the key required and of any value (AJV the oracle)", () => {
    const validate = new Ajv({ strict: false }).compile(document);
    expect([validate({ name: "a", activate: 5 }), validate({ name: "a" })]).toEqual([true, false]);
    const property = (typeNamed(modelOf(document, "Workflow"), "Workflow") as ObjectType).properties.find((each) => each.name === "activate");
    expect(property).toMatchObject({ required: true, type: { kind: "unknown" } });
  });

  it("is refused under --strict, as every warning is", () => {
    const model = modelOf(document, "Workflow");
    expect(codegenErrorOf(() => requireNoWarnings(model)).message).toContain("properties.activate");
  });

  const controls = {
    "declared in properties too": { ...document, properties: { name: { type: "string" }, activate: { type: "object" } } },
    "not required": { ...document, required: ["name"] },
    "a value that is no schema": { ...document, activate: { label: "on" } },
    "an extension": { ...document, "x-activate": activate, activate: undefined, required: ["name", "x-activate"] },
    "a default": { ...document, default: { type: "object" }, required: ["name", "default"] },
  };
  for (const [name, doc] of Object.entries(controls)) {
    it(`says nothing of ${name} (control)`, () => {
      expect(misplaced(JSON.parse(JSON.stringify(doc)) as Record<string, unknown>)).toEqual([]);
    });
  }
});
