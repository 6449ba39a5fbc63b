// A document that declares no dialect is read as draft-07, but where draft-07 refuses a value of it
// that draft-04 gives a meaning to, it is draft-04's: an OpenAPI 3.0 schema written out alone (zod's
// `target: "openapi-3.0"`, Swagger-era files) writes an exclusive bound as a boolean beside the
// bound, which no later draft reads. gen refused such a file (exit 2, "must be a number in draft-07"),
// and a draft-07 file referring to it. The verdicts below are draft-04's, stated by hand.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { codegenErrorOf, modelOf } from "./helpers/model.ts";
import { runCli } from "./helpers/cli.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-undeclared-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (value: unknown) => JSON.stringify(value, null, 2);
// As zod 3's zod-to-json-schema writes z.object({age: z.number().int().positive(), ratio: z.number().lt(1).nullable()}) for "openapi3".
const PERSON = {
  type: "object",
  properties: { age: { type: "integer", minimum: 0, exclusiveMinimum: true }, ratio: { type: "number", maximum: 1, exclusiveMaximum: true, nullable: true } },
  required: ["age"],
};

describe("a document of no $schema writing draft-04's boolean exclusive bounds", () => {
  it("is read as draft-04: the bound beside a true one is exclusive", () => {
    const model = modelOf(PERSON, "Person");
    expect(model.source.dialect).toBe("draft-04");
    const validator = new ModelValidator(model);
    const cases: [JsonValue, boolean][] = [
      [{ age: 1 }, true],
      [{ age: 0 }, false],
      [{ age: 1, ratio: 0.5 }, true],
      [{ age: 1, ratio: 1 }, false],
      [{ age: 1, ratio: null }, true],
    ];
    expect(cases.map(([value]) => validator.validatesNamed("Person", value))).toEqual(cases.map(([, valid]) => valid));
  });

  it("generates, and its JSON Schema says it is draft-04's, so every validator given it reads it so", async () => {
    writeTree(dir, { "person.json": json(PERSON) });
    const result = await runCli(["gen", "--input", join(dir, "person.json"), "--target", "json-schema", "--name", "Person", "--out", join(dir, "out-person")]);
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "out-person", "Person.schema.json"), "utf8"));
    expect(written.$schema).toBe("http://json-schema.org/draft-04/schema#");
    expect(written.properties.age).toEqual({ type: "integer", minimum: 0, exclusiveMinimum: true });
  });

  it("is read as draft-04 where a draft-07 document refers to it, its bounds taken into the bundle as draft-07 writes them", async () => {
    writeTree(dir, {
      "team.json": json({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { lead: { $ref: "person.json" } } }),
      "person.json": json(PERSON),
    });
    const result = await runCli(["gen", "--input", join(dir, "team.json"), "--target", "json-schema", "--name", "Team", "--out", join(dir, "out-team")]);
    expect(result.status).toBe(0);
    const written = readFileSync(join(dir, "out-team", "Team.schema.json"), "utf8");
    expect(written).toContain('"exclusiveMinimum": 0');
    expect(written).not.toContain('"exclusiveMinimum": true');
  });

  it("is still refused, as draft-07 refuses it, where draft-04 gives it no meaning either", () => {
    // A number beside a boolean: draft-04 refuses the number, draft-07 the boolean.
    const mixed = { type: "object", properties: { a: { type: "number", minimum: 0, exclusiveMinimum: true }, b: { type: "number", exclusiveMaximum: 5 } } };
    const error = codegenErrorOf(() => modelOf(mixed));
    expect([error.pointer, error.reason]).toEqual(["/properties/a/exclusiveMinimum", expect.stringMatching(/number in draft-07/)]);
    // A document that declares draft-07 is read in it, as it says.
    const declared = codegenErrorOf(() => modelOf({ $schema: "http://json-schema.org/draft-07/schema#", ...PERSON }));
    expect(declared.pointer).toBe("/properties/age/exclusiveMinimum");
  });
});
