// Operations in the model (x-clone-operations → model.operations): read from any JSON Schema document,
// checked by the contract (validateModel.ts), refused with the pointer when malformed, and spelled by
// the Swift target only through the model.
import { describe, expect, it } from "vitest";
import { findTarget } from "../src/index.ts";
import { codegenErrorOf, draft07, modelOf } from "./helpers/model.ts";

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const text = { type: "string", minLength: 1 };

/** A small protocol of its own, written as plain JSON Schema (no TypeBox): frames, one method, one event. */
function protocol(operations: Record<string, unknown>, extraDefinitions: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...draft07({
      Req: { type: "object", properties: { type: { const: "req" }, id: text, method: text, params: {} }, required: ["type", "id", "method"] },
      Res: { type: "object", properties: { type: { const: "res" }, id: text, ok: { type: "boolean" }, payload: {} }, required: ["type", "id", "ok"] },
      Evt: { type: "object", properties: { type: { const: "event" }, event: text, payload: {} }, required: ["type", "event"] },
      PingParams: { type: "object", properties: { n: { type: "integer" } }, required: ["n"], additionalProperties: false },
      Code: { enum: ["BAD", "WORSE"] },
      ...extraDefinitions,
    }),
    "x-clone-operations": operations,
  };
}

const frames = { request: ref("Req"), response: ref("Res"), event: ref("Evt") };

describe("operations from a JSON Schema document", () => {
  it("become the model's operations: inline schemas are lifted like any other", () => {
    const model = modelOf(
      protocol({
        frames,
        methods: { "ping.pong": { params: ref("PingParams"), result: { type: "object", properties: { n: { type: "integer" } }, required: ["n"] } }, none: {} },
        events: { "none": {}, beat: { payload: { type: "integer" } } },
        errorCodes: ref("Code"),
      }),
    );
    const { operations } = model;
    expect(operations!.frames).toEqual({ request: { kind: "named", name: "Req" }, response: { kind: "named", name: "Res" }, event: { kind: "named", name: "Evt" } });
    expect(operations!.methods.map(({ name }) => name)).toEqual(["ping.pong", "none"]);
    expect(operations!.methods[0]!.params).toEqual({ kind: "named", name: "PingParams" });
    expect(operations!.methods[0]!.result).toEqual({ kind: "named", name: "PingPongResult" });
    expect(model.typesByName.get("PingPongResult")?.kind).toBe("object");
    expect(operations!.methods[1]).toEqual({ name: "none", pointer: "/x-clone-operations/methods/none" });
    expect(operations!.events[1]!.payload).toEqual({ kind: "integer", constraints: {} });
    expect(operations!.errorCodes).toEqual({ kind: "named", name: "Code" });
  });

  it("are spelled in Swift from the model: a case named none is moved off Optional's .none", () => {
    const model = modelOf(protocol({ frames, methods: { none: {}, "ping.pong": { params: ref("PingParams") } }, events: { none: {}, unknown: {} } }), "Proto");
    const swift = findTarget("swift").render([model], {}).map((file) => file.contents).join("\n");
    expect(swift).toContain('case _none = "none"');
    expect(swift).toContain("public static func _none(id: String) -> Req {");
    expect(swift).toContain("public static func pingPong(id: String, params: PingParams) throws -> Req {");
    expect(swift).toContain("public enum ProtoServerEvent: ");
    // An event really named "unknown" keeps its name; the fallback case moves aside.
    expect(swift).toContain("case unknown(JSONValue?)");
    expect(swift).toContain("case unrecognized(event: String, payload: JSONValue?)");
  });
});

describe("malformed operations are refused with their pointer", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["operations that are not an object", [] as unknown as Record<string, unknown>, "/x-clone-operations", "must be an object"],
    ["a method entry that is not an object", { frames, methods: { ping: 3 } }, "/x-clone-operations/methods/ping", "must be an object"],
    ["a frame that is not a reference", { frames: { ...frames, request: { type: "string" } } }, "/x-clone-operations/frames/request", "must be a $ref to a definition"],
    ["a method naming a definition that does not exist", { frames, methods: { ping: { params: ref("Nope") } } }, "/x-clone-operations/methods/ping/params/$ref", "Nope"],
    ["a request frame without a method", { frames: { ...frames, request: ref("Res") } }, "/x-clone-operations/frames/request", 'must have a required string "method"'],
    ["an event frame without an event name", { frames: { ...frames, event: ref("Res") } }, "/x-clone-operations/frames/event", '"event"'],
    ["error codes that are not a string enum", { frames, errorCodes: ref("PingParams") }, "/x-clone-operations/errorCodes", "must be a string enum"],
  ];
  for (const [what, operations, pointer, reason] of cases) {
    it(what, () => {
      const error = codegenErrorOf(() => modelOf(protocol(operations)));
      expect(error.pointer).toBe(pointer);
      expect(error.reason).toContain(reason);
    });
  }

  it("a request frame requiring a key a builder cannot fill", () => {
    const document = protocol({ frames: { ...frames, request: ref("Req2") } }, {
      Req2: { type: "object", properties: { id: text, method: text, params: {}, token: text }, required: ["id", "method", "token"] },
    });
    expect(codegenErrorOf(() => modelOf(document)).reason).toContain('requires "token", which is neither a frame key nor a constant');
  });

  it("a Swift name the operations enums would take twice", () => {
    const model = modelOf(protocol({ frames }, { ProtoMethod: { type: "string" } }), "Proto");
    expect(codegenErrorOf(() => findTarget("swift").render([model], {})).reason).toContain('Swift name "ProtoMethod" is Proto\'s method enum');
  });
});
