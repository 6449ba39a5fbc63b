// The Swift target on the real inputs: the Gateway/CloneEvents families and the openclaw corpus.
// (Compiling them is scripts/swift/test.sh's job; this checks what is typed and how.)
//
// How many properties Swift leaves untyped is counted twice, independently of the model: once from the
// generated Swift text (structs' CodingKeys and member types, walked from the definition registry),
// once from the JSON Schema document itself (properties at every level; open = says nothing about the
// value). Both must list the same property paths, and the figures must be what the corpus holds.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cloneEventsFamily, gatewayFamily } from "@clone/schema";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/buildModel.ts";
import { documentFromFamily } from "../../src/input/fromTypeBox.ts";
import { readSchemaFile } from "../../src/input/readSchemaFile.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { isUntyped, registryEntries, swiftDeclarations } from "../helpers/swiftText.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";

const CORPUS = join(REPO_ROOT, "test/corpus/openclaw/openclaw-protocol.schema.json");

interface PropertyAt {
  /** Definition name, then each property's wire name: `HelloOk.snapshot.health`. */
  readonly path: string;
  readonly untyped: boolean;
}

/** Every property at every level, from the generated Swift alone, walked from the definition registry. */
function swiftProperties(swift: string): PropertyAt[] {
  const declarations = swiftDeclarations(swift);
  const namedIn = (type: string) => [...type.matchAll(/\w+/g)].map(([name]) => name).filter((name) => declarations.has(name));
  const result: PropertyAt[] = [];
  const walk = (typeName: string, path: string, depth: number): void => {
    const declaration = declarations.get(typeName);
    if (!declaration || depth > 50) return;
    if (declaration.kind === "struct") {
      for (const member of declaration.members) {
        result.push({ path: `${path}.${member.wireName}`, untyped: isUntyped(declarations, member) });
        for (const name of namedIn(member.type)) walk(name, `${path}.${member.wireName}`, depth + 1);
      }
      // The values of a map of extra keys are the schema's patternProperties values: walked, as schemaProperties walks those.
      for (const type of declaration.extraKeyMaps) for (const name of namedIn(type)) walk(name, path, depth + 1);
    } else {
      for (const type of declaration.kind === "enum" ? declaration.payloads : [declaration.type]) for (const name of namedIn(type)) walk(name, path, depth + 1);
    }
  };
  for (const [wireName, typeName] of registryEntries(swift)) walk(typeName, wireName, 0);
  return result;
}

type JsonSchema = { readonly [keyword: string]: unknown };
const ANNOTATIONS = new Set(["description", "title", "default", "examples", "$comment"]);

/**
 * A schema that says nothing about its value: no keyword but annotations, or an object or array of
 * such values (model/summary.ts counts the same way).
 */
function isOpen(schema: JsonSchema): boolean {
  const keywords = Object.keys(schema).filter((keyword) => !ANNOTATIONS.has(keyword));
  if (keywords.length === 0) return true;
  // An array of open values says only "an array": its items are as untyped as the open value itself.
  if (schema.type === "array") {
    const items = schema.items ?? {};
    return keywords.every((k) => ["type", "items"].includes(k)) && (items === true || (typeof items === "object" && !Array.isArray(items) && isOpen(items as JsonSchema)));
  }
  if (schema.type !== "object" || schema.properties !== undefined) return false;
  const valueSchemas = [...Object.values((schema.patternProperties ?? {}) as Record<string, JsonSchema>), schema.additionalProperties ?? {}];
  return keywords.every((k) => ["type", "patternProperties", "additionalProperties"].includes(k)) && valueSchemas.every((v) => v === true || (typeof v === "object" && isOpen(v as JsonSchema)));
}

/** Every property at every level, from the JSON Schema document alone (this corpus has no $ref). */
function schemaProperties(document: { definitions: Record<string, JsonSchema> }): PropertyAt[] {
  const result: PropertyAt[] = [];
  const walk = (schema: unknown, path: string): void => {
    if (typeof schema !== "object" || schema === null) return;
    const s = schema as JsonSchema;
    for (const keyword of ["anyOf", "oneOf", "allOf"]) for (const branch of (s[keyword] ?? []) as unknown[]) walk(branch, path);
    walk(s.items, path);
    walk(s.additionalProperties, path);
    for (const value of Object.values((s.patternProperties ?? {}) as object)) walk(value, path);
    for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, JsonSchema>)) {
      result.push({ path: `${path}.${name}`, untyped: isOpen(property) });
      walk(property, `${path}.${name}`);
    }
  };
  for (const [name, schema] of Object.entries(document.definitions)) walk(schema, name);
  return result;
}

const paths = (properties: PropertyAt[]) => properties.map((p) => p.path).sort();

describe("openclaw corpus through the Swift target", () => {
  const model = buildModel(readSchemaFile(CORPUS));
  const files = swiftTarget.render([model], {});
  const swift = files.find((f) => f.path.endsWith("Models.swift"))!.contents;

  it("leaves untyped only the 34 properties the schema leaves open (two of them arrays of any values), of 1,169 at every level", () => {
    const inSwift = swiftProperties(swift);
    const inSchema = schemaProperties(JSON.parse(readFileSync(CORPUS, "utf8")) as { definitions: Record<string, JsonSchema> });
    expect(inSchema).toHaveLength(1169);
    expect(inSchema.filter((p) => p.untyped)).toHaveLength(34);
    expect(paths(inSwift)).toEqual(paths(inSchema));
    expect(paths(inSwift.filter((p) => p.untyped))).toEqual(paths(inSchema.filter((p) => p.untyped)));
  });

  it("renders GatewayFrame as a sealed enum, not a struct of optionals", () => {
    expect(swift).toMatch(
      /public enum GatewayFrame: Codable, Sendable, Equatable, Hashable, UnknownValueFallback \{\n(?: {4}\/\/\/.*\n)? {4}case req\(RequestFrame\)\n(?: {4}\/\/\/.*\n)? {4}case res\(ResponseFrame\)\n(?: {4}\/\/\/.*\n)? {4}case event\(EventFrame\)\n(?: {4}\/\/\/.*\n)? {4}case unknown\(\[String: JSONValue\]\)\n\n/,
    );
    for (const union of model.types.filter((t) => t.kind === "union")) {
      expect(swift, union.name).toMatch(new RegExp(`^public (?:indirect )?enum ${union.name}:`, "m"));
    }
    expect(swift).toContain("public enum CronSchedule:");
    expect(swift).toContain("public enum CronPayload:");
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
