// A draft-07 document whose `$id`s are JSON-pointer fragments, two of them the same (SchemaStore's
// OpenJS Architect schema, as jsonschema.net writes them: `"$id": "#/properties/http"` on both its
// `http` and `proxy` properties) stopped the conformance run with a stack trace: AJV registers such
// an `$id` as a name and refused the document ("reference .../schema.json#/properties/http resolves
// to more than one schema"). A pointer fragment names a place by where it lies (so the model and the
// Python validators read it): AJV is now given the document without those fragments (found by
// sweep X on SchemaStore; shrunk).
import { describe, expect, it } from "vitest";
import { DocumentAjv } from "../src/runners/documentAjv.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://example.com/schema.json",
  properties: {
    http: { $id: "#/properties/http", type: "string" },
    proxy: { $id: "#/properties/http", type: "integer" },
    alias: { $ref: "#/properties/http" },
    named: { $id: "#named", type: "boolean" },
    byName: { $ref: "#named" },
  },
};

describe("$ids that are JSON-pointer fragments", () => {
  const validate = new DocumentAjv(document, "draft-07").validator("Root", "#");

  it("are read by where they point, the same fragment twice included", () => {
    expect([{ http: "a", proxy: 1, alias: "b" }, { proxy: "a" }, { alias: 1 }].map((value) => validate(value))).toEqual([true, false, false]);
  });

  it("leave plain-name fragments anchors", () => {
    expect([{ byName: true }, { byName: 1 }].map((value) => validate(value))).toEqual([true, false]);
  });
});
