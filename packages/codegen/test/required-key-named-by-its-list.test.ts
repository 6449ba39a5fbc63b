// A key a schema only requires (declared by no `properties`) is named by the `required` that lists it.
// It was named `required` under the schema the model built it in: where that is an allOf's merge (or a
// oneOf variant's, an allOf part merged into each), the owner's place, which has no `required`, and a
// warning about the key named that place (found by fuzz AC, random OpenAPI 3.0 documents, seed 62100
// index 0: `…/schema/allOf/0/oneOf/0/required`; shrunk, and the same in draft-04).
import { pointerTokens } from "@clone/schema/json-pointer";
import { expect, it } from "vitest";
import { genWarnings } from "../src/generate/warnings.ts";
import type { JsonValue } from "../src/json/types.ts";
import { valueAt } from "../src/jsonSchema/references.ts";
import { modelOf } from "./helpers/model.ts";

/** A key required by an allOf's part, its value a conditional of a pattern's (a warning names it). */
const REQUIRED_BY_A_PART = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: { R: { allOf: [{ required: ["x-y"], patternProperties: { "^x-": { if: {}, then: {} }, ".*": {} } }] } },
};

it("names a key only an allOf part requires, and a warning about it, by that part's `required`", () => {
  const model = modelOf(REQUIRED_BY_A_PART, "Required");
  const property = model.types.flatMap((type) => (type.kind === "object" ? type.properties : [])).find((candidate) => candidate.name === "x-y");
  expect(property?.pointer).toBe("/definitions/R/allOf/0/required");
  const missing = genWarnings(model, []).filter(({ pointer }) => valueAt(REQUIRED_BY_A_PART as JsonValue, pointerTokens(pointer) ?? []) === undefined);
  expect(missing).toEqual([]);
});
