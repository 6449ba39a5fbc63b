// The Swift target on the real inputs: the Gateway/CloneEvents families and the openclaw corpus.
// (Compiling them is scripts/swift/test.sh's job; this checks what is typed and how.)
import { join } from "node:path";
import { cloneEventsFamily, gatewayFamily } from "@clone/schema";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/buildModel.ts";
import { documentFromFamily } from "../../src/input/fromTypeBox.ts";
import { readSchemaFile } from "../../src/input/readSchemaFile.ts";
import type { NamedType, SchemaModel, TypeRef } from "../../src/model/types.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";

const CORPUS = join(REPO_ROOT, "test/corpus/openclaw/openclaw-protocol.schema.json");

/** Swift types that carry no schema information. */
const UNTYPED = /^(JSONValue|\[String: JSONValue\])\??$/;

/**
 * Walks every property at every level of nesting, as the schema spells it (a named type used twice is
 * counted twice), and gives the Swift type each one is declared with in the generated source.
 */
function propertiesAtEveryLevel(model: SchemaModel, swift: string): { path: string; swiftType: string }[] {
  const types = new Map(model.types.map((t) => [t.name, t]));
  const declared = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of swift.split("\n")) {
    const start = /^public (?:indirect )?(?:struct|enum) (\w+)/.exec(line);
    if (start) declared.set(start[1]!, (current = new Map()));
    else if (line === "}") current = undefined;
    const member = /^ {4}public (?:var|let) (`?\w+`?): ([^=]+?)(?: = .*)?$/.exec(line);
    if (current && member) current.set(member[1]!.replaceAll("`", ""), member[2]!.trim());
  }
  const named = (ref: TypeRef): string[] =>
    ref.kind === "named" ? [ref.name] : ref.kind === "nullable" ? named(ref.type) : ref.kind === "array" ? named(ref.items) : ref.kind === "record" ? named(ref.values) : [];
  const result: { path: string; swiftType: string }[] = [];
  const walk = (type: NamedType, path: string): void => {
    if (type.kind === "object") {
      const members = declared.get(type.name);
      for (const property of type.properties) {
        const swiftName = [...(members?.keys() ?? [])].find((n) => swiftNameOf(property.name) === n) ?? "?";
        result.push({ path: `${path}.${property.name}`, swiftType: members?.get(swiftName) ?? "<missing>" });
        for (const name of named(property.type)) walk(types.get(name)!, `${path}.${property.name}`);
      }
    } else if (type.kind === "union") {
      for (const variant of type.variants) for (const name of named(variant.type)) walk(types.get(name)!, path);
    } else if (type.kind === "alias") {
      for (const name of named(type.type)) walk(types.get(name)!, path);
    }
  };
  for (const type of model.types) if (type.definitionName !== undefined) walk(type, type.name);
  return result;
}

// Resolve typealiases (`public typealias X = [String: JSONValue]`) when classifying.
function resolveAliases(swift: string, type: string): string {
  const aliases = new Map([...swift.matchAll(/^public typealias (\w+) = (.+)$/gm)].map((m) => [m[1]!, m[2]!]));
  const optional = type.endsWith("?");
  let base = optional ? type.slice(0, -1) : type;
  for (let i = 0; i < 10 && aliases.has(base); i++) base = aliases.get(base)!;
  return optional ? `${base}?` : base;
}

import { memberName as swiftNameOf } from "../../src/targets/swift/naming.ts";

describe("openclaw corpus through the Swift target", () => {
  const model = buildModel(readSchemaFile(CORPUS));
  const files = swiftTarget.render([model], {});
  const swift = files.find((f) => f.path.endsWith("Models.swift"))!.contents;

  it("leaves untyped only the 32 properties the schema leaves open, of 1,169 at every level", () => {
    const properties = propertiesAtEveryLevel(model, swift);
    expect(properties).toHaveLength(1169);
    expect(properties.filter((p) => p.swiftType === "<missing>")).toEqual([]);
    const untyped = properties.filter((p) => UNTYPED.test(resolveAliases(swift, p.swiftType)));
    expect(untyped).toHaveLength(32);
  });

  it("renders GatewayFrame as a sealed enum, not a struct of optionals", () => {
    expect(swift).toMatch(
      /public enum GatewayFrame: Codable, Sendable, Equatable, Hashable \{\n(?: {4}\/\/\/.*\n)? {4}case req\(RequestFrame\)\n(?: {4}\/\/\/.*\n)? {4}case res\(ResponseFrame\)\n(?: {4}\/\/\/.*\n)? {4}case event\(EventFrame\)\n(?: {4}\/\/\/.*\n)? {4}case unknown\(\[String: JSONValue\]\)\n\n/,
    );
    for (const union of model.types.filter((t) => t.kind === "union")) {
      expect(swift, union.name).toMatch(new RegExp(`^public (?:indirect )?enum ${union.name}:`, "m"));
    }
    expect(swift).toContain("public enum CronJobSchedule:");
    expect(swift).toContain("public enum CronJobPayload:");
  });

  it("keeps camelCase wire names and escapes keywords", () => {
    expect(swift).toContain("public var minProtocol: Int");
    expect(swift).not.toContain("minprotocol");
    expect(swift).toMatch(/public var `protocol`: Int/);
  });
});

describe("the Clone families through the Swift target", () => {
  const gateway = buildModel(documentFromFamily(gatewayFamily), { name: gatewayFamily.name });
  const events = buildModel(documentFromFamily(cloneEventsFamily), { name: cloneEventsFamily.name });
  const files = swiftTarget.render([gateway, events], {
    fileNames: { Gateway: "GatewayModels.swift", CloneEvents: "CloneEvents.swift" },
  });
  const byPath = new Map(files.map((f) => [f.path, f.contents]));

  it("has the constants and the two root unions the app relies on", () => {
    const gw = byPath.get("GatewayModels.swift")!;
    const ev = byPath.get("CloneEvents.swift")!;
    expect(gw).toContain("public let GATEWAY_PROTOCOL_VERSION: Int = 2");
    expect(gw).toMatch(/^public enum ErrorCode: String, Codable, Sendable/m);
    expect(ev).toContain("public let CLONE_EVENT_TYPES: [String] = [");
    const cases = [...ev.matchAll(/^ {4}case (\w+)\((\w+)\)$/gm)].filter((m) => m.index! > ev.indexOf("public enum CloneEvent:"));
    expect(cases.slice(0, 6).map((m) => `${m[1]}(${m[2]})`)).toEqual([
      "sessionStarted(SessionStartedEvent)",
      "sessionStopped(SessionStoppedEvent)",
      "appFocused(AppFocusedEvent)",
      "captureFrame(CaptureFrameEvent)",
      "agentPrompt(AgentPromptEvent)",
      "agentResponse(AgentResponseEvent)",
    ]);
    expect(ev).toContain("case unknown([String: JSONValue])");
    expect([...byPath.keys()].sort()).toEqual(["CloneEvents.swift", "CodegenSupport.swift", "GatewayModels.swift"]);
  });
});
