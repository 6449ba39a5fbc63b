// `nullable: true` with no `type` beside it (OpenAPI 3.0's `{nullable: true, allOf: [{$ref}]}`) is read
// as null or the schema's rules: the rules move into an `anyOf` beside `{type: null}` (documentReadings'
// nullOrTheRest). A `$ref` naming a place inside those rules (`#/components/schemas/Note/properties/
// author/allOf/0`) still named the place as the file writes it, where nothing was left: gen refused the
// document ("$ref … does not resolve"). Found by fuzz AM (random OpenAPI 3.0 documents once they drew
// references into places of a definition; seed 20261206 of random-schemas.test.ts). Such a reference
// now names where the place moved. Controls: a reference to the nullable schema itself takes null; one
// into its rules takes only what they say. The verdicts are written by hand, and AJV on the json-schema
// target's document is held to them.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/index.ts";
import { readSchemaText } from "../src/input/readSchemaFile.ts";
import type { ObjectType } from "../src/model/types.ts";
import { findTarget } from "../src/targets/index.ts";
import { typeNamed } from "./helpers/model.ts";

const document = {
  openapi: "3.0.3",
  info: { title: "Notes", version: "1" },
  paths: {},
  components: {
    schemas: {
      Note: { type: "object", properties: { author: { nullable: true, allOf: [{ type: "string", minLength: 2 }] } } },
      Signed: {
        type: "object",
        properties: {
          by: { $ref: "#/components/schemas/Note/properties/author/allOf/0" },
          // Control: the nullable schema itself.
          or: { $ref: "#/components/schemas/Note/properties/author" },
        },
        required: ["by"],
      },
    },
  },
};
const location = "notes.openapi.json";
const model = () => buildModel(readSchemaText(JSON.stringify(document), location, location), { name: "Notes" });
const property = (name: string) => (typeNamed(model(), "Signed") as ObjectType).properties.find((candidate) => candidate.name === name)!.type;

describe("a reference into rules that moved beside null", () => {
  it("names the place where it moved: the string of the allOf, not null", () => {
    expect(property("by")).toEqual({ kind: "string", constraints: { minLength: 2 } });
    expect(property("or")).toEqual({ kind: "nullable", type: { kind: "string", constraints: { minLength: 2 } } });
  });

  it("judges every value as written (AJV on the json-schema target's document)", () => {
    const [file] = findTarget("json-schema").render([model()], {});
    // A draft-04 document (OpenAPI 3.0's dialect): AJV (draft-07 here) reads it whole, its meta-schema aside.
    const { $schema: _dialect, ...rendered } = JSON.parse(file!.contents) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false });
    ajv.addSchema(rendered, "notes");
    const signed = ajv.getSchema("notes#/definitions/Signed")!;
    const instances = [{ by: "ab" }, { by: "a" }, { by: null }, { by: "ab", or: null }, { by: "ab", or: "x" }, {}];
    expect(instances.map((instance) => signed(instance))).toEqual([true, false, false, true, false, false]);
  });
});
