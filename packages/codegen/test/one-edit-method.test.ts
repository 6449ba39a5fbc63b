// Adding a Gateway method (or server event) is one edit in TypeBox, seed 004's worked example: its
// params and result definitions and one entry in the method map. Made here to a copy of the protocol
// (a `system.time` method and a `system.alarm` event), it must reach every layer below: the
// normalized model, the published JSON Schema, the run-time contracts the server and the TS client
// use, the DRF serializers, and the Swift typed layer, compiled and run.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Type } from "@sinclair/typebox";
import { afterAll, describe, expect, it } from "vitest";
import { GatewayEvents, GatewayMethods, GatewayProtocolSchemas, gatewayFamilyOf, operationContractsOf } from "@clone/schema";
import { buildModel, documentFromFamily, findTarget } from "../src/index.ts";
import { describeWithSwift } from "./helpers/swift.ts";
import { REPO_ROOT, tempDirInRepo, writeTree } from "./helpers/workspace.ts";

const withTime = gatewayFamilyOf({
  definitions: {
    ...GatewayProtocolSchemas,
    SystemTimeParams: Type.Object({ zone: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
    SystemTimeResult: Type.Object({ zone: Type.String(), epochMs: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
    SystemAlarmEvent: Type.Object({ at: Type.Integer() }, { additionalProperties: false }),
  },
  methods: { ...GatewayMethods, "system.time": { params: "SystemTimeParams", result: "SystemTimeResult" } },
  events: { ...GatewayEvents, "system.alarm": { payload: "SystemAlarmEvent" } },
});
const model = buildModel(documentFromFamily(withTime), { name: withTime.name });
const render = (target: string) => Object.fromEntries(findTarget(target).render([model], {}).map((file) => [file.path, file.contents]));

describe("a method and an event, added in TypeBox only", () => {
  it("are operations of the model, typed by their definitions", () => {
    const method = model.operations!.methods.find(({ name }) => name === "system.time");
    expect(method).toMatchObject({ params: { kind: "named", name: "SystemTimeParams" }, result: { kind: "named", name: "SystemTimeResult" } });
    expect(model.operations!.events.find(({ name }) => name === "system.alarm")).toMatchObject({ payload: { kind: "named", name: "SystemAlarmEvent" } });
    expect(model.operations!.methods.map(({ name }) => name)).toEqual(Object.keys(withTime.operations!.methods));
  });

  it("are published in the JSON Schema, as refs to their definitions", () => {
    const [text] = Object.values(render("json-schema"));
    const document = JSON.parse(text!) as { definitions: Record<string, unknown>; "x-clone-operations": { methods: Record<string, unknown>; events: Record<string, unknown> } };
    expect(document["x-clone-operations"].methods["system.time"]).toEqual({
      params: { $ref: "#/definitions/SystemTimeParams" },
      result: { $ref: "#/definitions/SystemTimeResult" },
    });
    expect(document["x-clone-operations"].events["system.alarm"]).toEqual({ payload: { $ref: "#/definitions/SystemAlarmEvent" } });
    expect(Object.keys(document.definitions)).toEqual(expect.arrayContaining(["SystemTimeParams", "SystemTimeResult", "SystemAlarmEvent"]));
  });

  it("get run-time contracts: params, result and payload validators", () => {
    const contracts = operationContractsOf(withTime);
    const time = contracts.methods["system.time"]!;
    expect(time.params!({ zone: "UTC" })).toBe(true);
    expect(time.params!({ zone: "" })).toBe(false);
    expect(time.result!({ zone: "UTC", epochMs: 1 })).toBe(true);
    expect(time.result!({ zone: "UTC", epochMs: -1 })).toBe(false);
    expect(time.idempotent).toBe(false);
    expect(contracts.events["system.alarm"]!.payload!({ at: 5 })).toBe(true);
    expect(contracts.events["system.alarm"]!.payload!({ at: "5" })).toBe(false);
  });

  it("get DRF serializers for their definitions", () => {
    const python = Object.values(render("python-drf")).join("\n");
    expect(python).toMatch(/^class SystemTimeParamsSerializer\(/m);
    expect(python).toMatch(/^class SystemTimeResultSerializer\(/m);
  });

  it("appear in the Swift typed layer: a GatewayMethod case, a request builder, a server-event case", () => {
    const swift = Object.values(render("swift")).join("\n");
    expect(swift).toContain('case systemTime = "system.time"');
    expect(swift).toContain("public static func systemTime(id: String, params: SystemTimeParams) throws -> RequestFrame {");
    expect(swift).toContain("case .systemTime: return SystemTimeResult.self");
    expect(swift).toContain("case systemAlarm(SystemAlarmEvent)");
  });
});

// Builds a system.time request, reads a typed result out of a response and a typed event out of an
// event frame, and prints what it got.
const MAIN = String.raw`import Foundation

let request = try RequestFrame.systemTime(id: "t1", params: SystemTimeParams(zone: "UTC"))
print(String(decoding: try JSONEncoder().encode(request), as: UTF8.self))
let response = try JSONDecoder().decode(
    ResponseFrame.self, from: Data(#"{"type":"res","id":"t1","ok":true,"payload":{"zone":"UTC","epochMs":1767225600000}}"#.utf8))
let result = try response.payload(as: SystemTimeResult.self)!
print("result \(result.zone) \(result.epochMs) \(GatewayMethod.systemTime.resultType == SystemTimeResult.self)")
let frame = try JSONDecoder().decode(EventFrame.self, from: Data(#"{"type":"event","event":"system.alarm","payload":{"at":5}}"#.utf8))
guard case .systemAlarm(let alarm) = try frame.serverEvent() else { fatalError("not systemAlarm") }
print("alarm \(alarm.at)")
`;

describeWithSwift("a method and an event added in TypeBox, compiled by swiftc", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("builds the request, decodes the typed result and the typed event", { timeout: 900_000 }, () => {
    dir = tempDirInRepo("one-edit-method-swift-"); // inside the repository: the toolchain's chroot sees only it
    const files = render("swift");
    writeTree(dir, { ...files, "main.swift": MAIN });
    const result = spawnSync(
      join(REPO_ROOT, "scripts/swift/run.sh"),
      [dir, "sh", "-c", 'swiftc -module-name OneEditMethod -o one-edit-method "$@" && ./one-edit-method', "sh", ...Object.keys(files), "main.swift"],
      { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
    const [request, typedResult, alarm] = result.stdout.trim().split("\n");
    expect(JSON.parse(request!)).toEqual({ type: "req", id: "t1", method: "system.time", params: { zone: "UTC" } });
    expect(typedResult).toBe("result UTC 1767225600000 true");
    expect(alarm).toBe("alarm 5");
  });
});
