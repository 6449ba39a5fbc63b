// OCPP 2.0.1's message schemas (draft-06) each name themselves by a URN,
// `"$id": "urn:OCPP:Cp:2:2020:3:SetChargingProfileRequest"`. AJV files a document under the key it is
// given as written, but reads a `$ref` with a fragment through its URI library, which lower-cases a
// URN's namespace (urn:ocpp:…): every definition the run reaches by a `$ref` into the document threw
// "can't resolve reference", and AJV refused every valid instance of it (found by sweep Z; shrunk).
import { describe, expect, it } from "vitest";
import { DocumentAjv } from "../src/runners/documentAjv.ts";

const document = {
  $schema: "http://json-schema.org/draft-06/schema#",
  $id: "urn:OCPP:Cp:2:2020:3:HeartbeatResponse",
  definitions: {
    Version: { type: "integer", minimum: 1 },
    Workspace: { type: "object", properties: { version: { $ref: "#/definitions/Version" } }, required: ["version"] },
  },
  properties: { workspace: { $ref: "#/definitions/Workspace" } },
};

describe("a document whose $id is a URN with an upper-case namespace", () => {
  const ajv = new DocumentAjv(document, "draft-06");

  it("has each definition judged through a $ref into the document", () => {
    expect([1, 0, "1"].map((value) => ajv.validator("Version", "#/definitions/Version")(value))).toEqual([true, false, false]);
    expect([{ version: 2 }, { version: 0 }, {}].map((value) => ajv.validator("Workspace", "#/definitions/Workspace")(value))).toEqual([true, false, false]);
  });

  it("has its root judged, its refs inside followed", () => {
    expect([{ workspace: { version: 1 } }, { workspace: { version: 0 } }].map((value) => ajv.validator("Root", "#")(value))).toEqual([true, false]);
  });
});
