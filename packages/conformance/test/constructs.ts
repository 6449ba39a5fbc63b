// A JSON Schema document using every construct the model builder produces, beyond what Clone's own
// schemas use today (patterns, maxLength, numbers with exclusive bounds, unique arrays, unions told
// apart by JSON type or by the keys present, open enums, typed additionalProperties, nullable,
// aliases): the generators must handle them all, so that a schema written tomorrow is covered
// without an edit.
import { buildModel, toSourceDocument } from "@clone/codegen";

export const CONSTRUCTS_DOCUMENT = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Constructs",
  definitions: {
    Code: { type: "string", pattern: "^[A-Z]{3}-[0-9]{2}$" },
    Level: { type: "string", enum: ["low", "high"] },
    Thing: {
      type: "object",
      additionalProperties: false,
      required: ["code", "score", "tags", "shape", "when", "pick", "maybe", "kind", "channel"],
      properties: {
        code: { $ref: "#/definitions/Code" },
        name: { type: "string", minLength: 2, maxLength: 5 },
        score: { type: "number", minimum: 0, exclusiveMaximum: 1 },
        count: { type: "integer", minimum: -5, maximum: 5 },
        tags: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, maxItems: 3, uniqueItems: true },
        shape: { oneOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }] },
        when: { type: "string", format: "date-time" },
        meta: { type: "object", additionalProperties: { type: "integer", minimum: 0 } },
        pick: {
          oneOf: [
            { type: "object", additionalProperties: false, required: ["left"], properties: { left: { type: "string" } } },
            { type: "object", additionalProperties: false, required: ["right"], properties: { right: { type: "integer" } } },
          ],
        },
        maybe: { anyOf: [{ $ref: "#/definitions/Level" }, { type: "null" }] },
        kind: { const: "thing" },
        // An open enum: a known value (which need not match the pattern), or any string of the pattern.
        channel: { anyOf: [{ const: "last" }, { type: "string", pattern: "^#[a-z]+$" }] },
        open: { type: "object", properties: { known: { type: "boolean" } }, required: ["known"] },
      },
    },
  },
};

export const constructsModel = () => buildModel(toSourceDocument(CONSTRUCTS_DOCUMENT, "test:constructs"));
