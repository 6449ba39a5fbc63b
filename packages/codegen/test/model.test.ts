// The normalized model: names, nullability, unions and their discriminators, as every target sees them.
import { describe, expect, it } from "vitest";
import { cloneEventsFamily, gatewayFamily } from "@clone/schema";
import { buildModel, documentFromFamily, readSchemaFile } from "../src/index.ts";
import type { EnumType, JsonTypeUnion, KeyPresenceUnion, ObjectType, StringTypeRef, TagUnion } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";

const events = buildModel(documentFromFamily(cloneEventsFamily), { name: "CloneEvents" });
const gateway = buildModel(documentFromFamily(gatewayFamily), { name: "Gateway" });

describe("the CloneEvents model", () => {
  it("has the root union CloneEvent, tagged by type, with one variant per event type", () => {
    expect(events.root).toEqual({ kind: "named", name: "CloneEvent" });
    const union = typeNamed(events, "CloneEvent") as TagUnion;
    expect(union).toMatchObject({ rule: "tag", property: "type" });
    expect(union.variants.map((variant) => [variant.tag, variant.name, variant.type])).toEqual([
      ["session.started", "SessionStarted", { kind: "named", name: "SessionStartedEvent" }],
      ["session.stopped", "SessionStopped", { kind: "named", name: "SessionStoppedEvent" }],
      ["app.focused", "AppFocused", { kind: "named", name: "AppFocusedEvent" }],
      ["capture.frame", "CaptureFrame", { kind: "named", name: "CaptureFrameEvent" }],
      ["agent.prompt", "AgentPrompt", { kind: "named", name: "AgentPromptEvent" }],
      ["agent.response", "AgentResponse", { kind: "named", name: "AgentResponseEvent" }],
    ]);
  });

  it("keeps required-nullable apart from optional", () => {
    const appFocused = typeNamed(events, "AppFocusedEvent") as ObjectType;
    const windowTitle = appFocused.properties.find((p) => p.name === "window_title")!;
    const sourceDetail = appFocused.properties.find((p) => p.name === "source_detail")!;
    expect(windowTitle).toMatchObject({ required: true, type: { kind: "nullable", type: { kind: "string" } } });
    expect(sourceDetail).toMatchObject({ required: false, type: { kind: "string", constraints: { minLength: 1 } } });
  });

  it("carries the integration rule, the closed object and the bounds", () => {
    const frame = typeNamed(events, "CaptureFrameEvent") as ObjectType;
    expect(frame.requiredWhen).toEqual([
      { property: "source", equals: "integration", require: ["source_detail"], pointer: "/definitions/CaptureFrameEvent/if" },
    ]);
    expect(frame.additionalProperties).toBe(false);
    expect(frame.properties.find((p) => p.name === "width")!.type).toEqual({ kind: "integer", constraints: { minimum: 0, maximum: 9007199254740991 } });
    expect(frame.properties.find((p) => p.name === "occurred_at")!.type).toEqual({ kind: "string", constraints: { format: "date-time" } });
  });

  it("shares the source enum between every event under its definition name", () => {
    const source = (name: string) => (typeNamed(events, name) as ObjectType).properties.find((p) => p.name === "source")!.type;
    expect(source("SessionStartedEvent")).toEqual({ kind: "named", name: "CloneEventSource" });
    expect(source("AgentResponseEvent")).toEqual({ kind: "named", name: "CloneEventSource" });
    expect(typeNamed(events, "CloneEventSource")).toMatchObject({ kind: "enum", values: ["desktop", "cli", "mobile", "smartglass", "agent", "integration"] });
  });
});

describe("the Gateway model", () => {
  it("resolves the document root to the GatewayFrame definition", () => {
    expect(gateway.root).toEqual({ kind: "named", name: "GatewayFrame" });
    const frame = typeNamed(gateway, "GatewayFrame") as TagUnion;
    expect(frame.variants.map((v) => [v.tag, v.name, v.type])).toEqual([
      ["req", "Req", { kind: "named", name: "RequestFrame" }],
      ["res", "Res", { kind: "named", name: "ResponseFrame" }],
      ["event", "Event", { kind: "named", name: "EventFrame" }],
    ]);
  });

  it("reuses a definition for an identical inline schema (Snapshot inside HelloOk)", () => {
    const hello = typeNamed(gateway, "HelloOk") as ObjectType;
    expect(hello.properties.find((p) => p.name === "snapshot")!.type).toEqual({ kind: "named", name: "Snapshot" });
  });

  it("lifts nested objects, unions and enums under names derived from their path", () => {
    const job = typeNamed(gateway, "CronJob") as ObjectType;
    const typeOf = (name: string) => job.properties.find((p) => p.name === name)!.type;
    // CronJob and CronAddParams share it: named for both (sharedTypeName), its variants after it.
    expect(typeOf("schedule")).toEqual({ kind: "named", name: "CronSchedule" });
    expect(typeOf("state")).toEqual({ kind: "named", name: "CronJobState" });
    // The enum CronAddParams and CronUpdateParams' patch repeat is named for every place (sharedTypeName).
    expect(typeOf("sessionTarget")).toEqual({ kind: "named", name: "CronSessionTarget" });
    const schedule = typeNamed(gateway, "CronSchedule") as TagUnion;
    expect(schedule).toMatchObject({ rule: "tag", property: "kind" });
    expect(schedule.variants.map((v) => v.type)).toEqual([
      { kind: "named", name: "CronScheduleAt" },
      { kind: "named", name: "CronScheduleEvery" },
      { kind: "named", name: "CronScheduleCron" },
    ]);
    // CronAddParams has the identical inline union: same type, not a second copy.
    const add = typeNamed(gateway, "CronAddParams") as ObjectType;
    expect(add.properties.find((p) => p.name === "schedule")!.type).toEqual({ kind: "named", name: "CronSchedule" });
  });

  it("keeps records, open values and constants", () => {
    const agentEvent = typeNamed(gateway, "AgentEvent") as ObjectType;
    expect(agentEvent.properties.find((p) => p.name === "data")!.type).toEqual({ kind: "record", values: { kind: "unknown" } });
    const request = typeNamed(gateway, "RequestFrame") as ObjectType;
    expect(request.properties.find((p) => p.name === "params")).toMatchObject({ required: false, type: { kind: "unknown" } });
    expect(gateway.constants).toEqual([{ name: "PROTOCOL_VERSION", value: 2 }]);
    expect(typeNamed(gateway, "ErrorCode")).toMatchObject({ kind: "enum", definitionName: "ErrorCode", valueType: "string" });
  });

  it("keeps a definition distinct from an earlier one of the same shape", () => {
    expect(typeNamed(gateway, "NodePairRejectParams")).toMatchObject({ kind: "object", definitionName: "NodePairRejectParams" });
    expect(typeNamed(gateway, "CronStatusParams")).toMatchObject({ kind: "object", properties: [], additionalProperties: false });
  });
});

describe("unions in the openclaw corpus", () => {
  const corpus = buildModel(readSchemaFile(`${REPO_ROOT}/test/corpus/openclaw/openclaw-protocol.schema.json`));

  it("builds all 129 definitions", () => {
    const definitions = corpus.types.filter((type) => type.definitionName !== undefined);
    expect(definitions).toHaveLength(129);
    expect(definitions.map((type) => type.definitionName)).toEqual(Object.keys(corpus.source.document.definitions as object));
  });

  it("tells variants apart by the keys present when there is no tag (CronUpdateParams: id | jobId)", () => {
    const update = typeNamed(corpus, "CronUpdateParams") as KeyPresenceUnion;
    expect(update.rule).toBe("keyPresence");
    expect(update.variants.map((v) => [v.keys, v.name])).toEqual([
      [["id"], "Id"],
      [["jobId"], "JobId"],
    ]);
  });

  it("tells variants apart by JSON type (failureAlert: false | object)", () => {
    const job = typeNamed(corpus, "CronJob") as ObjectType;
    const alert = job.properties.find((p) => p.name === "failureAlert")!.type;
    expect(alert.kind).toBe("named");
    const union = typeNamed(corpus, (alert as { name: string }).name) as JsonTypeUnion;
    expect(union.rule).toBe("jsonType");
    expect(union.variants.map((v) => v.jsonType)).toEqual(["boolean", "object"]);
  });
});

describe("2020-12 documents with $defs", () => {
  it("reads $defs, $ref and a root $ref", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $ref: "#/$defs/Entry",
      $defs: {
        Entry: { type: "object", properties: { at: { $ref: "#/$defs/Stamp" }, tags: { type: ["array", "null"], items: { type: "string" } } }, required: ["at"] },
        Stamp: { type: "integer", minimum: 0 },
      },
    });
    expect(model.source.definitionsKey).toBe("$defs");
    expect(model.root).toEqual({ kind: "named", name: "Entry" });
    const entry = typeNamed(model, "Entry") as ObjectType;
    expect(entry.properties.map((p) => [p.name, p.required, p.type])).toEqual([
      ["at", true, { kind: "named", name: "Stamp" }],
      ["tags", false, { kind: "nullable", type: { kind: "array", items: { kind: "string", constraints: {} }, constraints: {} } }],
    ]);
    expect(entry.additionalProperties).toEqual({ kind: "unknown" });
    expect(typeNamed(model, "Stamp")).toMatchObject({ kind: "alias", type: { kind: "integer", constraints: { minimum: 0 } } });
  });

  it("reads the real Claude Code history schema", () => {
    const model = buildModel(readSchemaFile(`${REPO_ROOT}/test/corpus/claude-code/history.schema.json`));
    expect(model.root?.kind).toBe("named");
  });

  it("an open string union is an enum open to other values, shared with its inline copies", () => {
    const channel = { anyOf: [{ const: "last", type: "string" }, { type: "string", minLength: 1 }] };
    const model = modelOf(draft07({ Channel: channel, Send: { type: "object", properties: { to: channel } } }));
    expect(typeNamed(model, "Channel")).toEqual({
      kind: "enum",
      name: "Channel",
      pointer: "/definitions/Channel",
      definitionName: "Channel",
      valueType: "string",
      values: ["last"],
      otherValues: { kind: "string", constraints: { minLength: 1 } },
    });
    expect((typeNamed(model, "Send") as ObjectType).properties[0]!.type).toEqual({ kind: "named", name: "Channel" });
  });

  it("splits a union of a scalar and tagged objects into a union by JSON type over a tagged union", () => {
    const model = buildModel(readSchemaFile(`${REPO_ROOT}/packages/codegen/test/fixtures/mixed-union.schema.json`));
    const item = typeNamed(model, "ContentItem") as JsonTypeUnion;
    expect(item.rule).toBe("jsonType");
    expect(item.variants.map((v) => [v.name, v.jsonType, v.type])).toEqual([
      ["String", "string", { kind: "string", constraints: {} }],
      ["Object", "object", { kind: "named", name: "ContentItemObject" }],
    ]);
    const objects = typeNamed(model, "ContentItemObject") as TagUnion;
    expect(objects).toMatchObject({ rule: "tag", property: "type" });
    expect(objects.variants.map((v) => [v.tag, v.type])).toEqual([
      ["text", { kind: "named", name: "ContentItemObjectText" }],
      ["image", { kind: "named", name: "ContentItemObjectImage" }],
    ]);
  });

  it("reads extension keywords (x-…) as annotations, beside a root oneOf too", () => {
    const model = buildModel(readSchemaFile(`${REPO_ROOT}/packages/codegen/test/fixtures/mixed-union.schema.json`));
    expect(model.root).toEqual({ kind: "named", name: "Message" });
  });

  it("a union of known strings and a pattern is an open enum (Claude Code's ToolName: a built-in tool, or an MCP pattern)", () => {
    const model = buildModel(readSchemaFile(`${REPO_ROOT}/test/corpus/claude-code/session-v2.1.59.schema.json`));
    const toolName = typeNamed(model, "ToolName") as EnumType;
    expect(toolName).toMatchObject({ kind: "enum", valueType: "string", definitionName: "ToolName" });
    expect(toolName.values).toContain("Bash");
    expect(toolName.otherValues?.kind).toBe("string");
    expect((toolName.otherValues as StringTypeRef).constraints.pattern).toMatch(/^\^mcp__/);
  });
});

describe("what the model records beside the types", () => {
  it("keeps title, description, examples and deprecated apart, on types and properties", () => {
    const model = modelOf(
      draft07({
        Job: {
          title: "A job",
          description: "Runs later.",
          examples: [{ id: "j1" }],
          type: "object",
          properties: { id: { type: "string", title: "Job id", deprecated: true, examples: ["j1"] } },
        },
      }),
    );
    const job = typeNamed(model, "Job") as ObjectType;
    expect(job).toMatchObject({ title: "A job", description: "Runs later.", examples: [{ id: "j1" }] });
    expect(job.properties[0]).toMatchObject({ title: "Job id", deprecated: true, examples: ["j1"] });
    expect(job.properties[0]).not.toHaveProperty("description");
  });

  it("indexes every type by name, records the union keyword, the dialect and (no) fallbacks", () => {
    expect([...gateway.typesByName.keys()]).toEqual(gateway.types.map((type) => type.name));
    for (const type of gateway.types) expect(gateway.typesByName.get(type.name)).toBe(type);
    expect(gateway.fallbacks).toEqual([]);
    expect(gateway.source).toMatchObject({ location: "typebox:Gateway", dialect: "draft-07" });
    const mixed = buildModel(readSchemaFile(`${REPO_ROOT}/packages/codegen/test/fixtures/mixed-union.schema.json`));
    expect(typeNamed(mixed, "ContentItem")).toMatchObject({ kind: "union", keyword: "oneOf" });
    expect(typeNamed(mixed, "ContentItemObject")).toMatchObject({ kind: "union", keyword: "oneOf" });
    expect(typeNamed(mixed, "MessageNote")).toMatchObject({ kind: "union", keyword: "anyOf" });
    expect(modelOf({ $schema: "http://json-schema.org/draft-04/schema#", definitions: {} }).source.dialect).toBe("draft-04");
    expect(modelOf({ $schema: "https://json-schema.org/draft/2019-09/schema", $defs: {} }).source.dialect).toBe("2019-09");
  });

  it("names a definition that starts with a digit so that it is still a type name", () => {
    const model = modelOf(draft07({ "2fa": { type: "object", properties: { code: { type: "string" } } } }));
    expect(model.types.map((type) => [type.name, type.definitionName])).toEqual([["Definition2fa", "2fa"]]);
  });

  // Vega-Lite 5's schema (vega/vega-lite, BSD-3-Clause, as altair 5.5.0 vendors it), whose definitions are
  // named by typescript-json-schema after TypeScript types: `MarkPropDef<number[]>` beside
  // `MarkPropDef<number>` was `MarkPropDefNumber2`, the `[]` read as a separator.
  it("names a definition by a type expression with each [] the word Array", () => {
    const model = modelOf(draft07({ "MarkPropDef<number>": { type: "number" }, "MarkPropDef<number[]>": { type: "array", items: { type: "number" } }, "[]string": { type: "array", items: { type: "string" } } }));
    expect(model.types.map((type) => type.name).sort()).toEqual(["ArrayString", "MarkPropDefNumber", "MarkPropDefNumberArray"]);
  });

  it("names a definition keyed by a URL by the URL's path (AsyncAPI 3.0 bundles each schema under its $id)", () => {
    const model = modelOf(
      draft07({
        "http://asyncapi.com/definitions/3.0.0/info.json": { type: "object", properties: { externalDocs: { type: "object", properties: { url: { type: "string" } } } } },
        "http://asyncapi.com/bindings/mqtt/0.2.0/server.json": { type: "object", properties: { clientId: { type: "string" } } },
        "http://json-schema.org/draft-07/schema#": { type: "object", properties: { title: { type: "string" } } },
        "https://example.com/": { type: "string" },
      }),
    );
    expect(model.types.map((type) => type.name).sort()).toEqual(
      ["BindingsMqtt020Server", "Definitions300Info", "Definitions300InfoExternalDocs", "Draft07Schema", "HttpsExampleCom"].sort(),
    );
  });

  it("names a definition keyed by a schema file's name by that name without its schema suffix (bufbuild's protoschema bundles)", () => {
    // Keys as bufbuild/protoschema-plugins' bundles write them (internal/testdata/jsonschema, Apache-2.0).
    const model = modelOf(
      draft07({
        "google.protobuf.Duration.schema.json": { type: "object", properties: { seconds: { type: "integer" } } },
        "buf.protoschema.test.v1.NestedReference.jsonschema.json": { type: "object", properties: { nestedMessage: { type: "object", properties: { bb: { type: "integer" } } } } },
        "deploy.schema.yaml": { type: "string" },
        "package.json": { type: "object", properties: { name: { type: "string" } } },
        ".schema.json": { type: "boolean" },
      }),
    );
    expect(model.types.map((type) => type.name).sort()).toEqual(
      [
        "BufProtoschemaTestV1NestedReference",
        "BufProtoschemaTestV1NestedReferenceNestedMessage",
        "Deploy",
        "GoogleProtobufDuration",
        "PackageJson",
        "SchemaJson",
      ].sort(),
    );
  });
});
