// The five training schemas of issue 8 (test/corpus/external) through the Swift target. Their Swift
// compiles in scripts/swift/test.sh (each in its conformance-harness package); here: what is left
// untyped, counted from the generated Swift text alone and compared with the model's own count
// (model/summary.ts), property by property; and, with the toolchain, real documents nobody wrote for
// these tests decoded and re-encoded unchanged: every JSON Schema file of the corpus as an instance of
// the draft-07 meta-schema, and this repository's package.json files as instances of SchemaStore's.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelOfFile } from "../../src/generate/plan.ts";
import type { JsonValue } from "../../src/json/types.ts";
import { isUntypedProperty, summarizeModel } from "../../src/model/summary.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { isUntyped, swiftDeclarations } from "../helpers/swiftText.ts";
import { describeWithSwift, verdictOf } from "../helpers/swift.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";

const EXTERNAL = join(REPO_ROOT, "test/corpus/external");
const TRAINING = readdirSync(EXTERNAL).filter((name) => name.endsWith(".json")).sort();

describe("untyped properties of the training schemas, from the Swift text and from the model", () => {
  it("covers the five training schemas", () => {
    expect(TRAINING).toEqual(["dap.json", "jsonschema-draft-07.json", "mcp-2025-06-18.json", "nbformat-v4.5.json", "schemastore-package-json.json"]);
  });

  it.each(TRAINING)("%s: the same properties, and the same ones untyped", (file) => {
    const model = modelOfFile(join(EXTERNAL, file));
    const swift = swiftTarget
      .render([model], {})
      .map((f) => f.contents)
      .join("\n");
    const declarations = swiftDeclarations(swift);
    const inSwift = [...declarations].flatMap(([name, declaration]) =>
      declaration.kind === "struct" ? declaration.members.map((member) => ({ at: `${name}.${member.wireName}`, untyped: isUntyped(declarations, member) })) : [],
    );
    // Swift names a type as the model does, or with a leading underscore (naming.ts).
    const inModel = model.types.flatMap((type) =>
      type.kind === "object" ? type.properties.map((property) => ({ at: `${type.name}.${property.name}`, untyped: isUntypedProperty(model, property) })) : [],
    );
    const key = (at: string) => at.replace(/^_/, "");
    const sorted = (list: { at: string; untyped: boolean }[]) => list.map(({ at, untyped }) => `${key(at)}${untyped ? " (untyped)" : ""}`).sort();
    expect(sorted(inSwift)).toEqual(sorted(inModel));
    const summary = summarizeModel(model);
    expect(inSwift.filter((p) => p.untyped)).toHaveLength(summary.untypedProperties);
    expect(inSwift).toHaveLength(summary.properties);
  });
});

/** The Swift of one training schema, all files together. */
function swiftOfTraining(file: string): string {
  return swiftTarget
    .render([modelOfFile(join(EXTERNAL, file))], {})
    .map((f) => f.contents)
    .join("\n");
}

describe("issue 8's done-when items for Swift", () => {
  it("DAP's requests, responses and events adopt their base's protocol, which shares the base fields", () => {
    const swift = swiftOfTraining("dap.json");
    expect(swift).toContain("public protocol ProtocolMessageProtocol: Codable, Sendable {");
    expect(swift).toMatch(/public protocol RequestProtocol: ProtocolMessageProtocol \{\n(?: {4}\/\/\/.*\n)* {4}var command: String \{ get \}\n\}/);
    expect(swift).toMatch(/public protocol ResponseProtocol: ProtocolMessageProtocol \{\n(?: {4}\/\/\/.*\n)* {4}var requestSeq: Int \{ get \}\n(?: {4}\/\/\/.*\n)* {4}var success: Bool \{ get \}\n(?: {4}\/\/\/.*\n)* {4}var command: String \{ get \}\n/);
    // Which definitions are built on which base, read from the document itself.
    const document = JSON.parse(readFileSync(join(EXTERNAL, "dap.json"), "utf8")) as { definitions: Record<string, { allOf?: { $ref?: string }[] }> };
    for (const base of ["Request", "Response", "Event"]) {
      const derived = Object.entries(document.definitions)
        .filter(([, schema]) => (schema.allOf ?? []).some((part) => part.$ref === `#/definitions/${base}`))
        .map(([name]) => name);
      expect(derived.length, base).toBeGreaterThan(10);
      for (const name of derived) expect(swift, `${name} adopts ${base}Protocol`).toMatch(new RegExp(`^public struct ${name}: Codable, Sendable, Equatable, Hashable, ${base}Protocol \\{`, "m"));
    }
  });

  it("MCP's JSON-RPC messages are a sealed union of the four message types", () => {
    const swift = swiftOfTraining("mcp-2025-06-18.json");
    const declaration = /^public enum JSONRPCMessage: Codable, Sendable, Equatable, Hashable \{\n((?: {4}case .*\n)+)/m.exec(swift);
    expect(declaration?.[1]).toBe(
      "    case jsonrpcRequest(JSONRPCRequest)\n    case jsonrpcResponse(JSONRPCResponse)\n    case jsonrpcError(JSONRPCError)\n    case jsonrpcNotification(JSONRPCNotification)\n",
    );
    for (const name of ["JSONRPCRequest", "JSONRPCResponse", "JSONRPCError", "JSONRPCNotification"]) expect(swift).toMatch(new RegExp(`^public struct ${name}: `, "m"));
  });
});

interface Answer {
  readonly id: number;
  readonly ok: boolean;
  readonly reencoded?: JsonValue;
  /** The case of each enum at each place of an accepted value. */
  readonly cases?: unknown;
  readonly error?: string;
}

/** Runs the harness for one input over `instances` of one schema (debug build, as scripts/swift/test.sh leaves it). */
function roundTrip(input: string, schema: string, instances: readonly JsonValue[]): Answer[] {
  const requests = instances.map((instance, id) => `${JSON.stringify({ id, schema, instance })}\n`).join("");
  const run = spawnSync("bash", [join(REPO_ROOT, "scripts/swift/harness.sh"), "--input", input], {
    cwd: REPO_ROOT,
    input: requests,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CLONE_HARNESS_CONFIG: "debug" },
  });
  expect(run.status, run.stderr.slice(-4000)).toBe(0);
  return run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Answer);
}

const readJson = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), "utf8")) as JsonValue;

describeWithSwift("real documents through the training schemas' Swift", () => {
  it("decodes every JSON Schema file of the corpus as the draft-07 meta-schema and re-encodes it unchanged", () => {
    const schemas = [
      ...TRAINING.map((file) => `test/corpus/external/${file}`),
      ...["claude-code", "openclaw"].flatMap((dir) => readdirSync(join(REPO_ROOT, "test/corpus", dir)).filter((f) => f.endsWith(".json")).map((f) => `test/corpus/${dir}/${f}`)),
      "dist/protocol.schema.json",
      "packages/schema/events.schema.json",
    ];
    expect(schemas.length).toBeGreaterThanOrEqual(10);
    const instances = schemas.map(readJson);
    const answers = roundTrip("test/corpus/external/jsonschema-draft-07.json", "JsonschemaDraft07", instances);
    schemas.forEach((path, id) => expect(verdictOf(answers[id]), path).toEqual({ id, ok: true, reencoded: instances[id] }));
  }, 1_200_000);

  it("decodes this repository's package.json files as SchemaStore's package.json and re-encodes them unchanged", () => {
    const manifests = ["package.json", ...readdirSync(join(REPO_ROOT, "packages")).map((dir) => `packages/${dir}/package.json`)];
    const instances = manifests.map(readJson);
    const answers = roundTrip("test/corpus/external/schemastore-package-json.json", "SchemastorePackageJson", instances);
    manifests.forEach((path, id) => expect(verdictOf(answers[id]), path).toEqual({ id, ok: true, reencoded: instances[id] }));
  }, 1_200_000);
});
