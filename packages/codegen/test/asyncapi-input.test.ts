// An AsyncAPI 2 or 3 document as `gen --input`: its named schemas (`components/schemas`) and the
// payloads and headers of its messages are the model's definitions, read as AsyncAPI's Schema Object (draft-07),
// and every message names a place as the file spells it. Before, such a document was read as a JSON
// Schema whose root keywords are all annotations: gen wrote files of no type and said "0 types".
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { ObjectType } from "../src/model/types.ts";
import { runCli } from "./helpers/cli.ts";
import { typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-asyncapi-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const user = { type: "object", required: ["name"], properties: { name: { type: "string" } } };

writeTree(dir, {
  "accounts-2.yaml": [
    "asyncapi: 2.6.0",
    "info: {title: Accounts, version: 1.0.0}",
    "channels:",
    "  user/signedup:",
    "    subscribe:",
    "      operationId: onUserSignedUp",
    "      message:",
    "        name: UserSignedUp",
    "        headers: {type: object, properties: {correlationId: {type: string}}}",
    "        examples: [{name: first, headers: {correlationId: c1}, payload: {id: 7c0e3f1a-0b7e-4c5e-9f4a-2b1d6c8e9f00}}]",
    "        payload:",
    "          type: object",
    "          required: [id]",
    "          properties:",
    "            id: {type: string, format: uuid}",
    "            user: {$ref: '#/components/schemas/User'}",
    "  user/left:",
    "    publish:",
    "      message:",
    "        oneOf:",
    "          - messageId: userLeft",
    "            payload: {type: object, properties: {reason: {type: string, enum: [quit, banned]}}}",
    "          - {$ref: '#/components/messages/Ping'}",
    "          - payload: {type: array, items: {type: integer}}",
    "  user/avro:",
    "    publish:",
    "      message:",
    "        name: AvroOnly",
    "        schemaFormat: application/vnd.apache.avro;version=1.9.0",
    "        payload: {type: record, name: User, fields: [{name: name, type: string}]}",
    "components:",
    `  schemas: {User: ${JSON.stringify(user)}}`,
    "  messages:",
    "    Ping:",
    "      payload: {type: object, properties: {at: {type: string, format: date-time}}}",
    "",
  ].join("\n"),
  "accounts-3.json": JSON.stringify({
    asyncapi: "3.0.0",
    info: { title: "Accounts", version: "1.0.0" },
    channels: {
      userSignedUp: {
        address: "user/signedup",
        messages: {
          // An example's headers where the message has none: nothing to judge them by.
          UserSignedUp: { payload: { type: "object", required: ["id"], properties: { id: { type: "string" }, user: { $ref: "#/components/schemas/User" } } }, examples: [{ headers: { a: 1 } }] },
          // A payload in another schema format is no JSON Schema; one in JSON Schema's is read.
          Avro: { payload: { schemaFormat: "application/vnd.apache.avro;version=1.9.0", schema: { type: "record", name: "X", fields: [] } }, examples: [{ payload: { x: 1 } }] },
          Counts: {
            payload: { schemaFormat: "application/schema+json;version=draft-07", schema: { type: "array", items: { type: "integer", minimum: 0 } } },
            headers: { schemaFormat: "application/schema+json;version=draft-07", schema: { type: "object", required: ["traceId"], properties: { traceId: { type: "string" } } } },
            examples: [{ name: "two", payload: [1, 2], headers: { traceId: "t" } }, { payload: [-1] }],
          },
          Shared: { $ref: "#/components/messages/Ping" },
        },
      },
    },
    components: {
      schemas: { User: user },
      messages: { Ping: { payload: { type: "object", properties: { at: { type: "string", format: "date-time" } } }, examples: [{ payload: { at: "noon" } }] } },
    },
  }),
  "broken-3.json": JSON.stringify({
    asyncapi: "3.0.0",
    info: { title: "Broken", version: "1.0.0" },
    components: { messages: { Broken: { payload: { type: "object", properties: { n: { type: "integr" } } } } } },
  }),
});

const definitionNames = (path: string) =>
  modelOfFile(path, "Accounts")
    .types.filter((type) => type.definitionName !== undefined)
    .map((type) => type.definitionName)
    .sort();

describe("an AsyncAPI document as input", () => {
  it("types 2.x's named schemas and each message's payload and headers, named after the message", () => {
    expect(definitionNames(join(dir, "accounts-2.yaml"))).toEqual(["UserLeftPublishMessage3Payload", "PingPayload", "User", "UserLeftPayload", "UserSignedUpHeaders", "UserSignedUpPayload"].sort());
    const model = modelOfFile(join(dir, "accounts-2.yaml"), "Accounts");
    expect(model.source.dialect).toBe("draft-07");
    const signedUp = typeNamed(model, "UserSignedUpPayload") as ObjectType;
    expect(signedUp.properties.map((property) => [property.name, property.required])).toEqual([["id", true], ["user", false]]);
    expect(signedUp.properties[1]!.type).toEqual({ kind: "named", name: "User" });
    // A message's headers are an object of the application's header values, typed as its payload is.
    const headers = typeNamed(model, "UserSignedUpHeaders") as ObjectType;
    expect(headers.properties.map((property) => [property.name, property.type])).toEqual([["correlationId", { kind: "string", constraints: {} }]]);
  });

  it("types 3.x's channel messages by their ids, a wrapped JSON Schema payload too, and no Avro one", async () => {
    expect(definitionNames(join(dir, "accounts-3.json"))).toEqual(["CountsHeaders", "CountsPayload", "PingPayload", "User", "UserSignedUpPayload"]);
    const out = join(dir, "out-3");
    const result = await runCli(["gen", "--input", join(dir, "accounts-3.json"), "--target", "swift", "--out", out]);
    expect(result.status).toBe(0);
    const swift = readFileSync(join(out, "Accounts3Models.swift"), "utf8");
    expect(swift).toContain("/// - Remark: Generated from `#/channels/userSignedUp/messages/Counts/payload/schema`.\npublic typealias CountsPayload = [Int]");
  });

  it("keeps each message example's payload and headers beside the schema they are values of (2.x and 3.x)", () => {
    const readings = (path: string) => {
      const { found, notJudged } = modelOfFile(path, "Accounts").source.examplesBesideSchemas!;
      return {
        found: found.map(({ pointer, value, schemaPointer, schema }) => [pointer, value, schemaPointer, "definition" in schema ? schema.definition : "inline"]),
        notJudged: notJudged.map(({ pointer, reason }) => [pointer, reason.replace(/ \(.*/, "")]),
      };
    };
    const signedUp = "/channels/user~1signedup/subscribe/message";
    expect(readings(join(dir, "accounts-2.yaml"))).toEqual({
      found: [
        [`${signedUp}/examples/0/payload`, { id: "7c0e3f1a-0b7e-4c5e-9f4a-2b1d6c8e9f00" }, `${signedUp}/payload`, "UserSignedUpPayload"],
        [`${signedUp}/examples/0/headers`, { correlationId: "c1" }, `${signedUp}/headers`, "UserSignedUpHeaders"],
      ],
      notJudged: [],
    });
    const messages = "/channels/userSignedUp/messages";
    expect(readings(join(dir, "accounts-3.json"))).toEqual({
      found: [
        [`${messages}/Counts/examples/0/payload`, [1, 2], `${messages}/Counts/payload/schema`, "CountsPayload"],
        [`${messages}/Counts/examples/0/headers`, { traceId: "t" }, `${messages}/Counts/headers/schema`, "CountsHeaders"],
        [`${messages}/Counts/examples/1/payload`, [-1], `${messages}/Counts/payload/schema`, "CountsPayload"],
        ["/components/messages/Ping/examples/0/payload", { at: "noon" }, "/components/messages/Ping/payload", "PingPayload"],
      ],
      notJudged: [
        [`${messages}/UserSignedUp/examples/0/headers`, "no schema beside it"],
        [`${messages}/Avro/examples/0/payload`, "its schema is of a format not read as JSON Schema"],
      ],
    });
  });

  it("names a refused keyword value in a message's payload by the file's own pointer", async () => {
    const result = await runCli(["gen", "--input", join(dir, "broken-3.json"), "--target", "swift", "--out", join(dir, "out-broken")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("broken-3.json#/components/messages/Broken/payload/properties/n/type: must be a JSON type name");
  });
});
