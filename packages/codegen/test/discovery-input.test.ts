// A Google API Discovery document (`discoveryVersion: v1`, as googleapis/google-api-go-client ships
// one beside each client: `acmedns/v1/acmedns-api.json`) as `gen --input`: its `schemas` are the
// model's definitions, each `$ref` a bare schema name, each schema's `id` its name (no URI), and
// draft-03's `type: "any"` any value. Before, such a document was read as a JSON Schema whose root
// keywords are all annotations: gen wrote one type, the open JSON value, and said nothing of the
// schemas it held (found by sweep AF on the Discovery documents of google-api-go-client).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { ArrayTypeRef, ObjectType } from "../src/model/types.ts";
import { runCli } from "./helpers/cli.ts";
import { typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-discovery-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The schemas are acmedns/v1/acmedns-api.json's of googleapis/google-api-go-client (BSD-3-Clause),
// descriptions shortened, and google.rpc.Status as every Cloud API's document writes it
// (agentregistry/v1). The nested resource whose method writes its response in place is made up: every
// real one refers to a named schema, and a payload in place must still be typed.
writeTree(dir, {
  "acmedns-api.json": JSON.stringify({
    kind: "discovery#restDescription",
    discoveryVersion: "v1",
    id: "acmedns:v1",
    name: "acmedns",
    version: "v1",
    resources: {
      acmeChallengeSets: {
        methods: {
          get: { id: "acmedns.acmeChallengeSets.get", httpMethod: "GET", path: "v1/acmeChallengeSets/{rootDomain}", response: { $ref: "AcmeChallengeSet" } },
          rotateChallenges: { id: "acmedns.acmeChallengeSets.rotateChallenges", httpMethod: "POST", request: { $ref: "RotateChallengesRequest" }, response: { $ref: "AcmeChallengeSet" } },
        },
        resources: {
          records: { methods: { count: { id: "acmedns.acmeChallengeSets.records.count", httpMethod: "GET", response: { type: "object", properties: { count: { type: "string", format: "int64" } } } } } },
        },
      },
    },
    schemas: {
      AcmeChallengeSet: {
        id: "AcmeChallengeSet",
        description: "The up-to-date ACME challenge set on a domain for an RPC.",
        type: "object",
        properties: { record: { description: "The ACME challenges on the requested domain.", type: "array", items: { $ref: "AcmeTxtRecord" } } },
      },
      AcmeTxtRecord: {
        id: "AcmeTxtRecord",
        type: "object",
        properties: {
          digest: { type: "string" },
          fqdn: { type: "string" },
          updateTime: { description: "Output only.", format: "google-datetime", readOnly: true, type: "string" },
        },
      },
      RotateChallengesRequest: {
        id: "RotateChallengesRequest",
        type: "object",
        properties: {
          accessToken: { format: "byte", type: "string" },
          // Discovery's meta-schema (discovery/v1's JsonSchema) writes `default`, `minimum` and
          // `maximum` as strings whatever the type (its RestMethod's `multipart: {type: boolean,
          // default: "true"}`); the bounds are made up here, in that spelling.
          keepExpiredRecords: { type: "boolean", default: "true" },
          maxRecords: { type: "integer", format: "int32", minimum: "0", maximum: "100", default: "20" },
          ratio: { type: "number", default: "0.5" },
          // A string that spells no value of the type stays as written (a warning says so).
          pageToken: { type: "integer", default: "none" },
          recordsToAdd: { type: "array", items: { $ref: "AcmeTxtRecord" } },
          recordsToRemove: { type: "array", items: { $ref: "AcmeTxtRecord" } },
        },
      },
      Status: {
        id: "Status",
        type: "object",
        properties: {
          code: { format: "int32", type: "integer" },
          details: { type: "array", items: { type: "object", additionalProperties: { description: "Properties of the object. Contains field @type with type URL.", type: "any" } } },
          message: { type: "string" },
        },
      },
    },
  }),
});

describe("a Google API Discovery document as input", () => {
  const model = modelOfFile(join(dir, "acmedns-api.json"), "Acmedns");

  it("types its schemas, each `$ref` by a bare name referring to one, and a method's payload written in place", () => {
    const names = model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName);
    expect(names.sort()).toEqual(["AcmeChallengeSet", "AcmeTxtRecord", "AcmednsAcmeChallengeSetsRecordsCountResponse", "RotateChallengesRequest", "Status"]);
    const set = typeNamed(model, "AcmeChallengeSet") as ObjectType;
    const record = set.properties.find((property) => property.name === "record")!;
    expect((record.type as ArrayTypeRef).items).toEqual({ kind: "named", name: "AcmeTxtRecord" });
    const request = typeNamed(model, "RotateChallengesRequest") as ObjectType;
    expect(request.properties.map((property) => property.name)).toEqual(["accessToken", "keepExpiredRecords", "maxRecords", "ratio", "pageToken", "recordsToAdd", "recordsToRemove"]);
  });

  it("reads a default or a bound written as a string as the value it spells for the schema's type", () => {
    const request = typeNamed(model, "RotateChallengesRequest") as ObjectType;
    const property = (name: string) => request.properties.find((each) => each.name === name)!;
    expect([property("keepExpiredRecords").default, property("maxRecords").default, property("ratio").default, property("pageToken").default]).toEqual([true, 20, 0.5, "none"]);
    expect(property("maxRecords").type).toMatchObject({ kind: "integer", constraints: { minimum: 0, maximum: 100 } });
  });

  it("reads `type: \"any\"` as any value, not as a type name no draft-04 schema has", () => {
    const status = typeNamed(model, "Status") as ObjectType;
    expect(status.properties.map((property) => property.name)).toEqual(["code", "details", "message"]);
  });

  it("writes Swift whose properties name the schemas they refer to", async () => {
    const out = join(dir, "out");
    const result = await runCli(["gen", "--input", join(dir, "acmedns-api.json"), "--target", "swift", "--name", "Acmedns", "--out", out]);
    expect(result.status, result.stderr).toBe(0);
    const swift = readFileSync(join(out, "AcmednsModels.swift"), "utf8");
    expect(swift).toContain("public var recordsToAdd: [AcmeTxtRecord]?");
    expect(swift).toContain("public var details: [[String: JSONValue]]?");
    expect(swift).toContain("/// - Remark: Generated from `#/resources/acmeChallengeSets/resources/records/methods/count/response`.");
  });
});
