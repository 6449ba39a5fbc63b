// A union's variant no JSON value satisfies is no case of it. Octokit's webhooks schema (the
// @octokit/webhooks-schemas 7.6.1 bundle, MIT) lists every event in its root `oneOf`, among them
// secret_scanning_alert_location's `created` event, which requires `location`, a
// secret-scanning-location: `type: object, additionalProperties: false` beside a `oneOf` of objects
// each requiring `type` and `details`, keys the outer schema forbids, so it admits no value (gen
// warned of both definitions) and neither does the event. Yet the event stayed a case of the root
// union in every target: Swift's `case secretScanningAlertLocationEvent`, DRF's union field, the docs'
// list, the bundle's `$ref`. The model now drops a variant referring to a definition it knows admits
// no value (withoutVariantsOfNoValue; gen warns of the definition). Minimal form below, by hand; which
// values it admits is AJV's reading of the document. Controls: a union none of whose variants admits a
// value keeps them (the union is warned of), and a variant that admits values stays.
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const location = {
  type: "object",
  additionalProperties: false,
  oneOf: ["commit", "issue_title"].map((kind) => ({ type: "object", required: ["type", "details"], properties: { type: { enum: [kind] }, details: { type: "object" } }, additionalProperties: false })),
};
const definitions = {
  location,
  location_created: { type: "object", required: ["action", "location"], properties: { action: { const: "created" }, location: { $ref: "#/definitions/location" } } },
  ping: { type: "object", required: ["zen"], properties: { zen: { type: "string" } } },
};
const events = { $schema: "http://json-schema.org/draft-07/schema#", oneOf: [{ $ref: "#/definitions/location_created" }, { $ref: "#/definitions/ping" }], definitions };
const noEvent = { $schema: "http://json-schema.org/draft-07/schema#", oneOf: [{ $ref: "#/definitions/location_created" }, { $ref: "#/definitions/location" }], definitions };

/** The Swift enum of the document's root: its cases. */
function swiftOf(document: unknown, name: string): { cases: string[] } {
  const dir = tempDir("clone-codegen-variant-of-no-value-");
  writeTree(dir, { [`${name}.json`]: JSON.stringify(document) });
  const swift = renderFile(join(dir, `${name}.json`), "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
  const root = swift.slice(swift.search(/^public enum \w+: Codable/m));
  const cases = [...root.slice(0, root.indexOf("public init")).matchAll(/^ {4}case (\w+)\(/gm)].map(([, id]) => id!);
  return { cases };
}

describe("a union's variant that admits no value", () => {
  it("admits no value by AJV's reading: the event takes none of its near misses, ping takes its value", () => {
    const validate = new Ajv({ strict: false }).compile(events);
    const location = { type: "commit", details: {} };
    expect(validate({ zen: "hi" })).toBe(true);
    for (const value of [{ action: "created", location }, { action: "created", location: {} }, { action: "created", location: { type: "commit" } }]) expect(validate(value)).toBe(false);
  });

  it("is no case of the union", () => {
    expect(swiftOf(events, "events").cases).toEqual(["ping"]);
  });

  it("stays where no variant admits a value (control: the union itself is what admits none)", () => {
    expect(swiftOf(noEvent, "noEvent").cases).toHaveLength(2);
  });
});
