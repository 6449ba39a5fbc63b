// Regression (found on AsyncAPI 3.0's schema by the sweep, in the Avro schema it embeds: "expected
// invalid" for ["null", {"type": "null"}], which every runtime accepts): a oneOf variant whose tag is
// an enum (Avro's primitive type with metadata, `type` one of eight names) is the type of one tag
// variant per name. The model's verdict counted the variants a value matched, found that one schema
// under each of its names, and refused every value of it; the value's tag now selects the variant.
import { expect, it } from "vitest";
import { ModelValidator, typeNamed, type UnionType } from "@clone/codegen";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    shape: {
      oneOf: [
        { type: "object", properties: { type: { enum: ["int", "long"] } }, required: ["type"] },
        { type: "object", properties: { type: { const: "record" }, fields: { type: "array" } }, required: ["type", "fields"] },
      ],
    },
  },
};

const { model, schemaOf } = suiteOfDocument(document, "test:tags-listed-by-an-enum", "TagsListed");
const schema = schemaOf("shape");
const validator = new ModelValidator(model);

it("the construct: a tag union with a variant for each name the enum lists", () => {
  const union = typeNamed(model, schema.type.name) as UnionType;
  expect(union.rule).toBe("tag");
  expect(union.variants.map((variant) => ("tag" in variant ? variant.tag : undefined))).toEqual(["int", "long", "record"]);
});

it.each([
  [{ type: "int" }, true],
  [{ type: "long", size: 8 }, true],
  [{ type: "record", fields: [] }, true],
  [{ type: "record" }, false],
  [{ type: "bytes" }, false],
  [{}, false],
  ["int", false],
])("the model's verdict on %j is %s, as JSON Schema's", (value, valid) => {
  expect(validator.validatesNamed(schema.type.name, value)).toBe(valid);
});

it("valid instances of each name are drawn and the model accepts them", () => {
  const instances = sampleInstances(schema, "valid", 1, 60).map((generated) => generated.instance as { type: string });
  expect(new Set(instances.map((instance) => instance.type))).toEqual(new Set(["int", "long", "record"]));
  for (const instance of instances) expect(validator.validatesNamed(schema.type.name, instance)).toBe(true);
});
