// The Claude Code session family against the reverse-engineered originals (test/corpus/claude-code,
// read with AJV's 2020-12 validator) and the real sessions: pass rates before and after per folder,
// each fix held by the lines that prove it, the originals' facts kept where no session disproves them,
// versions written as the previous plus changes, and the per-file version rules.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import {
  claudeCodeSessions,
  compareVersions,
  formatV2_0_76,
  formatV2_1_1,
  formatV2_1_59,
  sessionDefinitions,
  toolInputDefinitionName,
  versionForProducer,
  versionForUnversionedFile,
  type ClaudeCodeSchemaVersion,
} from "@clone/schema";
import { jsonlFiles } from "../../../scripts/bench/corpus.ts";

const CORPUS = join(import.meta.dirname, "../../../test/corpus/claude-code");
const SESSIONS = join(CORPUS, "sessions");
const VERSIONS = ["2.0.76", "2.1.1", "2.1.59"] as const;
type Version = (typeof VERSIONS)[number];

type Schema = Record<string, any>;
const originals = Object.fromEntries(VERSIONS.map((version) => [version, JSON.parse(readFileSync(join(CORPUS, `session-v${version}.schema.json`), "utf8")) as Schema])) as Record<Version, Schema>;

const ajv2020 = new Ajv2020({ strict: false, allErrors: false });
addFormats.default(ajv2020);
const originalValidators = Object.fromEntries(VERSIONS.map((version) => [version, ajv2020.compile(originals[version])])) as unknown as Record<Version, (value: unknown) => boolean>;

const ours = Object.fromEntries(claudeCodeSessions.versions.map((version) => [version.version, version])) as unknown as Record<Version, ClaudeCodeSchemaVersion>;

interface SessionFile {
  readonly path: string;
  readonly records: readonly unknown[];
  readonly lines: readonly string[];
}

const folders = readdirSync(SESSIONS).filter((name) => statSync(join(SESSIONS, name)).isDirectory()).sort();
const filesByFolder = new Map<string, SessionFile[]>(
  folders.map((folder) => [
    folder,
    jsonlFiles(join(SESSIONS, folder)).map((path) => {
      const lines = readFileSync(path, "utf8").split("\n").filter((line) => line.trim() !== "");
      return { path, lines, records: lines.map((line) => JSON.parse(line) as unknown) };
    }),
  ]),
);

/** Seed 003's own rule, written out here independently: the first semver `version` in the file decides. */
function seedVersionOf(records: readonly unknown[]): Version {
  for (const record of records) {
    const version = (record as { version?: unknown }).version;
    if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
    if (major > 2 || (major === 2 && minor > 1) || (major === 2 && minor === 1 && patch >= 2)) return "2.1.59";
    if (major === 2 && minor === 1) return "2.1.1";
    return "2.0.76";
  }
  return records.some((record) => (record as { type?: unknown }).type === "progress") ? "2.1.59" : "2.0.76";
}

describe("pass rates per corpus folder: the originals (AJV 2020-12) before, ours after", () => {
  // Measured when the corpus was gathered (see test/corpus/README.md).
  const before: Record<string, [valid: number, lines: number]> = {
    "d-kimuson-claude-code-viewer": [512, 524],
    "kfischer-okarin-claude-history": [121, 132],
    "marot-spotter": [10101, 10155],
  };

  it.each(folders)("%s", (folder) => {
    const files = filesByFolder.get(folder)!;
    let lines = 0;
    let originalValid = 0;
    let ourValid = 0;
    for (const file of files) {
      const version = seedVersionOf(file.records);
      const validate = ours[version].validators.ClaudeCodeRecord!;
      for (const record of file.records) {
        lines += 1;
        if (originalValidators[version](record)) originalValid += 1;
        if (validate(record)) ourValid += 1;
        else expect.fail(`${file.path}: ${validate.messages(record).join("; ")}`);
      }
    }
    expect([originalValid, lines]).toEqual(before[folder]);
    expect(ourValid).toBe(lines);
  });
});

describe("each fix is held by the real lines that prove the original wrong", () => {
  /** Corpus lines containing `marker`, each with the version its file gets. */
  function linesWith(marker: string): { record: unknown; version: Version }[] {
    return [...filesByFolder.values()].flat().flatMap((file) => {
      const version = seedVersionOf(file.records);
      return file.lines.flatMap((line, index) => (line.includes(marker) ? [{ record: file.records[index], version }] : []));
    });
  }

  it.each([
    ["hook_progress with hookEvent PostToolUseFailure (CLI 2.1.38)", '"hookEvent":"PostToolUseFailure"'],
    ["caller on tool_use blocks (CLI 2.0.74)", '"caller":{"type":"direct"}'],
    ["object-valued thinkingMetadata.triggers (CLI 2.0.74)", '"triggers":[{"start"'],
    ["the MultiEdit tool (CLI 1.0.x)", '"name":"MultiEdit"'],
    ["the BashOutput tool (CLI 1.0.x)", '"name":"BashOutput"'],
    ["the KillBash tool (CLI 1.0.x)", '"name":"KillBash"'],
  ])("%s", (_fix, marker) => {
    const lines = linesWith(marker);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter(({ record, version }) => !originalValidators[version](record)).length).toBeGreaterThan(0);
    for (const { record, version } of lines) expect(ours[version].validators.ClaudeCodeRecord!(record)).toBe(true);
  });

  it("a Task call without a prompt (CLI 1.0.108) passes the name-selected input check", () => {
    const task = linesWith('"name":"Task"').find(({ record }) => !JSON.stringify(record).includes('"prompt":'));
    expect(task).toBeDefined();
    expect(ours[task!.version].validators.ClaudeCodeRecord!(task!.record)).toBe(true);
  });
});

describe("the originals' facts are kept where no session disproves them", () => {
  const definitionsOf = (version: Version) => ours[version].definitions as Record<string, Schema>;
  const constOf = (schema: Schema, key: string) => schema.properties?.[key]?.const as string;
  const ref = (schema: Schema, original: Schema) => original.$defs[(schema.$ref as string).split("/").pop()!] as Schema;

  it.each(VERSIONS)("v%s: the same record types", (version) => {
    const original = originals[version];
    const tags = (original.oneOf as Schema[]).map((branch) => constOf(ref(branch, original), "type"));
    expect([...ours[version].recordTags]).toEqual(tags);
  });

  it.each(VERSIONS)("v%s: the original tool names, plus the three CLI 1.0.x tools; the same MCP pattern", (version) => {
    const original = originals[version].$defs;
    const known: string[] = original.BuiltInToolName.enum;
    const ourNames = Object.keys(ours[version].format.tools.inputs);
    expect(ourNames.filter((name) => !known.includes(name)).sort()).toEqual(["BashOutput", "KillBash", "MultiEdit"]);
    expect(known.filter((name) => !ourNames.includes(name))).toEqual([]);
    expect(ours[version].format.mcpToolName.pattern).toBe(original.MCPToolName.pattern);
  });

  it.each(VERSIONS)("v%s: each original tool input's parameters, typed alike; required ones still required (but Task.prompt)", (version) => {
    const original = originals[version].$defs;
    const definitions = definitionsOf(version);
    for (const name of original.BuiltInToolName.enum as string[]) {
      const definition = toolInputDefinitionName(name);
      const theirs = original[definition] as Schema;
      const mine = definitions[definition]!;
      expect(mine, definition).toBeDefined();
      for (const [property, schema] of Object.entries(theirs.properties ?? {}) as [string, Schema][]) {
        const ourProperty = mine.properties[property] as Schema;
        expect(ourProperty, `${definition}.${property}`).toBeDefined();
        // A closed set of strings is an anyOf of constants here, an enum there.
        const constants = "const" in ourProperty ? [ourProperty.const] : (ourProperty.anyOf as Schema[] | undefined)?.map((branch) => branch.const);
        if (schema.enum) expect(constants, `${definition}.${property}`).toEqual(schema.enum);
        else if (typeof schema.type === "string") expect(ourProperty.type, `${definition}.${property}`).toBe(schema.type);
      }
      const loosened = definition === "TaskInput" ? ["prompt"] : [];
      expect([...(mine.required ?? [])].sort(), definition).toEqual((theirs.required ?? []).filter((key: string) => !loosened.includes(key)).sort());
    }
  });

  it.each(VERSIONS)("v%s: the same content blocks, tool-result items, progress data and system subtypes", (version) => {
    const original = originals[version].$defs;
    const definitions = definitionsOf(version);
    const tagsOf = (union: Schema, document: Schema) => (union.oneOf as Schema[]).map((branch) => constOf(branch.$ref ? ref(branch, document) : branch, "type"));
    const ourTags = (union: Schema) => (union.anyOf as Schema[]).map((branch) => constOf(branch, "type"));
    expect(ourTags(definitions.ContentBlock!).sort()).toEqual(tagsOf(original.ContentBlock, originals[version]).sort());
    const objectItems = (original.ToolResultContentItem.oneOf as Schema[]).filter((branch) => branch.type !== "string");
    expect(ourTags(definitions.ToolResultContentItem!.anyOf[1]).sort()).toEqual(tagsOf({ oneOf: objectItems }, originals[version]).sort());
    if (original.ProgressData) expect(ourTags(definitions.ProgressData!).sort()).toEqual(tagsOf(original.ProgressData, originals[version]).sort());
    else expect(definitions.ProgressData).toBeUndefined();
    const subtypes = (definitions.SystemRecord!.properties.subtype.anyOf as Schema[]).map((branch) => branch.const);
    expect(subtypes).toEqual(original.SystemMessage.properties.subtype.enum);
  });
});

describe("versions are the previous version plus its changes", () => {
  it("v2.1.1 shares every part of v2.0.76 but the user record", () => {
    for (const key of ["tools", "mcpToolName", "toolUseFields", "toolResultItems", "contentBlocks", "namedShapes", "envelope"] as const) {
      expect(formatV2_1_1[key], key).toBe(formatV2_0_76[key]);
    }
    const changed = Object.keys(formatV2_1_1.records).filter((name) => formatV2_1_1.records[name] !== formatV2_0_76.records[name]);
    expect(changed).toEqual(["UserRecord"]);
    const before = sessionDefinitions(formatV2_0_76);
    const after = sessionDefinitions(formatV2_1_1);
    const differing = Object.keys(after).filter((name) => JSON.stringify(after[name]) !== JSON.stringify(before[name]));
    expect(differing).toEqual(["UserRecord", "ClaudeCodeRecord"]);
    expect(Object.keys(after.UserRecord!.properties).filter((key) => !(key in before.UserRecord!.properties))).toEqual(["toolUseResult", "sourceToolAssistantUUID"]);
  });

  it("v2.1.59 reuses the tool inputs it does not change", () => {
    const unchanged = Object.keys(formatV2_0_76.tools.inputs).filter((name) => formatV2_1_59.tools.inputs[name] === formatV2_0_76.tools.inputs[name]);
    expect(unchanged).toEqual(expect.arrayContaining(["Write", "Edit", "Glob", "WebFetch", "TodoWrite", "Skill"]));
    expect(formatV2_1_59.records.SummaryRecord).toBe(formatV2_0_76.records.SummaryRecord);
  });
});

describe("tool names and tool inputs", () => {
  const record = (name: string, input: unknown, version: Version = "2.1.59") => {
    const block = { type: "tool_use", id: "toolu_01AbC", name, input };
    const value = {
      type: "assistant",
      uuid: "0b7b0ec8-8a2a-4c8b-9c0e-1f2a3b4c5d6e",
      parentUuid: null,
      sessionId: "0b7b0ec8-8a2a-4c8b-9c0e-1f2a3b4c5d6e",
      timestamp: "2026-01-01T00:00:00Z",
      version: "2.1.39",
      cwd: "/",
      isSidechain: false,
      userType: "external",
      message: { model: "m", id: "msg_1", type: "message", role: "assistant", content: [block], stop_reason: "tool_use", stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } },
    };
    const validate = ours[version].validators.ClaudeCodeRecord!;
    return validate(value) ? [] : validate.messages(value);
  };

  it("a tool name is a known tool, or any name matching the MCP pattern of its version", () => {
    expect(record("Bash", { command: "ls" })).toEqual([]);
    expect(record("mcp__linear-server__list_issues", { anything: [1, 2] })).toEqual([]);
    expect(record("mcp__plugin:sentry:sentry__search", {})).toEqual([]);
    expect(record("mcp__plugin:sentry:sentry__search", {}, "2.0.76")).toEqual([expect.stringMatching(/^\/message\/content\/0\/name: expected "Bash" or .* or a string matching \^mcp__/)]);
    expect(record("Nope", {})).toEqual([expect.stringMatching(/^\/message\/content\/0\/name: expected /)]);
  });

  it("the name picks the input; inputs are open objects", () => {
    expect(record("Bash", { command: "ls", sandbox: "strict" })).toEqual([]);
    expect(record("Bash", { command: 5 })).toEqual(["/message/content/0/input/command: expected string"]);
    expect(record("Read", { command: "ls" })).toEqual(['/message/content/0/input/file_path: required when name is "Read"']);
    expect(record("Grep", { pattern: "x", "-A": -1 })).toEqual(["/message/content/0/input/-A: must be >= 0"]);
    expect(record("Bash", "ls")).toEqual(["/message/content/0/input: expected object"]);
  });

  it("in the JSON Schema: the name an open enum (known values or a pattern), the input an untagged union of open objects", () => {
    const definitions = ours["2.1.59"].definitions as Record<string, Schema>;
    const toolName = definitions.ToolName!;
    expect(toolName.anyOf).toHaveLength(2);
    expect(toolName.anyOf[0].anyOf.every((branch: Schema) => typeof branch.const === "string")).toBe(true);
    expect(toolName.anyOf[1]).toMatchObject({ type: "string", pattern: formatV2_1_59.mcpToolName.pattern });
    const toolInput = definitions.ToolInput!;
    expect(toolInput.discriminator).toBeUndefined();
    expect(toolInput.anyOf.length).toBe(Object.keys(formatV2_1_59.tools.inputs).length + 1);
    for (const branch of toolInput.anyOf as Schema[]) expect(branch).toMatchObject({ type: "object", additionalProperties: true });
    expect(definitions.ToolUseBlock!.properties.input).toEqual(toolInput);
  });
});

describe("which schema version a file gets", () => {
  it.each([
    ["0.2.9", undefined],
    ["1.0.0", "2.0.76"],
    ["1.0.98", "2.0.76"],
    ["2.0.76", "2.0.76"],
    ["2.1.0", "2.1.1"],
    ["2.1.1", "2.1.1"],
    ["2.1.2", "2.1.59"],
    ["2.1.59", "2.1.59"],
    // Seed 003's script compares minor and patch separately, so it sends these to v2.1.1 or v2.0.76.
    ["2.2.0", "2.1.59"],
    ["3.0.0", "2.1.59"],
  ])("CLI %s → %s", (cli, expected) => {
    expect(versionForProducer(claudeCodeSessions, cli)?.version).toBe(expected);
  });

  it("a file stating no version: the oldest version that knows its record types", () => {
    expect(versionForUnversionedFile(claudeCodeSessions, new Set(["summary"])).version).toBe("2.0.76");
    expect(versionForUnversionedFile(claudeCodeSessions, new Set(["summary", "progress"])).version).toBe("2.1.59");
    expect(versionForUnversionedFile(claudeCodeSessions, new Set()).version).toBe("2.0.76");
  });

  it("compares versions numerically", () => {
    expect(compareVersions("2.1.10", "2.1.9")).toBeGreaterThan(0);
    expect(compareVersions("2.0.76", "2.1.0")).toBeLessThan(0);
    expect(() => compareVersions("2.x", "2.1.0")).toThrow(/major.minor.patch/);
  });
});

describe("the compiled validators mean what the schema says", () => {
  // Our validators compile a rewritten form (shared definitions by $ref, anyOf of constants as enum,
  // a union with an any-object branch as that branch). A plain AJV on the schema as written must agree.
  const plain = new Ajv({ strict: false, discriminator: false });
  addFormats.default(plain);
  const asWritten = (schema: unknown) => JSON.parse(JSON.stringify(schema), (key, value) => (key === "discriminator" ? undefined : value)) as object;

  /** Every leaf of a JSON value, by path: the places a one-change mutation can go. */
  function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
    if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
    return [path];
  }

  it.each(VERSIONS)("v%s: the same verdict on every corpus line and on mutations of every 10th", (version) => {
    const validate = ours[version].validators.ClaudeCodeRecord!;
    const reference = plain.compile(asWritten(ours[version].definitions.ClaudeCodeRecord));
    const records = [...filesByFolder.values()].flat().flatMap((file) => file.records);
    let checked = 0;
    let rejected = 0;
    for (const [index, record] of records.entries()) {
      const candidates = [record];
      if (index % 10 === 0) {
        // Every 7th leaf changes JSON type: a string becomes a number, a number a string, else null.
        for (const [n, path] of leafPaths(record).entries()) {
          if (n % 7 !== 0) continue;
          const copy = structuredClone(record) as Record<string, any>;
          let parent: any = copy;
          for (const token of path.slice(0, -1)) parent = parent[token];
          const last = path.at(-1)!;
          parent[last] = typeof parent[last] === "string" ? 1 : typeof parent[last] === "number" ? "1" : null;
          candidates.push(copy);
        }
      }
      for (const candidate of candidates) {
        const verdict = validate(candidate);
        expect(verdict, JSON.stringify(candidate).slice(0, 400)).toBe(reference(candidate) as boolean);
        checked += 1;
        if (!verdict) rejected += 1;
      }
    }
    expect(checked).toBeGreaterThan(12_000);
    expect(rejected).toBeGreaterThan(1_000);
  });
});
