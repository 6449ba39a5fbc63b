// A schema that is a `$ref` beside an `allOf` part only restating keys the target declares (the same
// schema for each, nothing required the target does not require) takes exactly the target's values:
// it is a reference to the target, as `{$ref: T, description}` is, and keeps its own documentation.
// Found on Renovate's configuration schema (renovatebot/renovate, AGPL-3.0, as check-jsonschema 0.39.0
// vendors it; saved at /work/regcorpus/ci-configs/renovate.json): `major`, `minor`, `patch`, `pin`, `digest`,
// `group`, `lockFileMaintenance`, `replacement`, `rollback` and `pinDigest` are each `{$ref: "#",
// allOf: [{type: object, properties: {…150 of the root's own properties by the same $ref…}}]}`, and
// each was a struct copying the root's 412 properties (some 180 kB of Swift apiece). SPDX 3.0.1's
// `ai_EnergyUnitType_props` (`allOf [{$ref: SHACLClass}, {type: object, properties: {}}]`) was a copy
// of SHACLClass too. Controls: a part that adds a key, narrows a key's schema, or requires a key the
// target does not require stays a type of its own.
import { describe, expect, it } from "vitest";
import { modelOf, typeNamed } from "./helpers/model.ts";

const config = { type: "object", properties: { a: { $ref: "#/definitions/A" }, b: { type: "integer" } }, required: ["b"] };
const definitions = { Config: config, A: { type: "string", description: "An a." } };

/** The model of `{definitions: {Config, A, Restated: {$ref: Config, allOf: [part]}}}`. */
function restated(part: Record<string, unknown>) {
  const document = {
    $schema: "http://json-schema.org/draft-07/schema#",
    definitions: { ...definitions, Restated: { description: "Configuration for major updates.", type: "object", $ref: "#/definitions/Config", allOf: [part] } },
  };
  return typeNamed(modelOf(document, "Restating"), "Restated");
}

describe("a $ref beside a part restating keys its target declares", () => {
  it("is the target, with its own documentation", () => {
    const type = restated({ type: "object", properties: { a: { $ref: "#/definitions/A" }, b: { type: "integer" } }, required: ["b"] });
    expect(type).toMatchObject({ kind: "alias", type: { kind: "named", name: "Config" }, description: "Configuration for major updates." });
  });

  it("is the target when the part declares no key", () => {
    expect(restated({ type: "object", properties: {} })).toMatchObject({ kind: "alias", type: { kind: "named", name: "Config" } });
  });

  it("is the root when the $ref is to the whole document, as Renovate's are", () => {
    const document = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: { a: { $ref: "#/definitions/A" }, major: { $ref: "#/definitions/Major" } },
      definitions: { A: { type: "string" }, Major: { type: "object", $ref: "#", allOf: [{ type: "object", properties: { a: { $ref: "#/definitions/A" } } }] } },
    };
    expect(typeNamed(modelOf(document, "Renovate"), "Major")).toMatchObject({ kind: "alias", type: { kind: "named", name: "Renovate" } });
  });

  // Controls: each part takes fewer values than the target, so the schema is a type of its own.
  const controls = {
    "adds a key": { type: "object", properties: { a: { $ref: "#/definitions/A" }, patterns: { type: "array", items: { type: "string" } } } },
    "narrows a key's schema": { type: "object", properties: { a: { type: "string", maxLength: 3 } } },
    "requires a key the target does not": { type: "object", properties: { a: { $ref: "#/definitions/A" } }, required: ["a"] },
    "has another rule": { type: "object", properties: { a: { $ref: "#/definitions/A" } }, minProperties: 1 },
  };
  for (const [what, part] of Object.entries(controls)) {
    it(`stays a type of its own when the part ${what}`, () => {
      expect(restated(part).kind).toBe("object");
    });
  }
});
