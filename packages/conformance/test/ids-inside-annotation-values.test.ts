// An OpenAPI 3.0 description (read as draft-04) whose `example`s of a resource hold its `"id"`, two of
// them the same (Blockfrost's and Ideal Postcodes' API descriptions) stopped the conformance run with a
// stack trace: AJV looks for identifiers under every key it does not know, took each example's `id`
// for one, and refused the document ("reference …/paf_23747771 resolves to more than one schema"). An
// annotation's value is no schema, and its `id` no identifier: AJV is now given the document without
// them. Values of keywords that validate keep theirs (an `enum` of objects with an `id` still checks it).
import { describe, expect, it } from "vitest";
import { asAjvReadsIt } from "../src/runners/documentRefs.ts";
import { DocumentAjv } from "../src/runners/documentAjv.ts";

const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    Address: { type: "object", properties: { id: { type: "string" } }, example: { id: "paf_1", town: "London" } },
    Lookup: { type: "object", properties: { result: { $ref: "#/definitions/Address" } }, example: { result: { id: "paf_1" } }, "x-sample": [{ id: "paf_1" }] },
    Pinned: { enum: [{ id: "paf_1" }] },
  },
};

describe("identifiers inside values that are no schemas", () => {
  const ajv = new DocumentAjv(document, "draft-04");

  it("are not AJV's identifiers: the document compiles and validates", () => {
    const validate = ajv.validator("Lookup", "#/definitions/Lookup");
    expect([{ result: { id: "a" } }, { result: { id: 1 } }].map((value) => validate(value))).toEqual([true, false]);
  });

  it("stay where a keyword validates with them", () => {
    const validate = ajv.validator("Pinned", "#/definitions/Pinned");
    expect([{ id: "paf_1" }, {}].map((value) => validate(value))).toEqual([true, false]);
    expect((asAjvReadsIt(document, "draft-04").definitions as typeof document.definitions).Pinned).toBe(document.definitions.Pinned);
  });
});
