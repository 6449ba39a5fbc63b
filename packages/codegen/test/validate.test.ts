// `validate`: inputs (files, directories, stdin, .json/.jsonl), the report (file:line, pointer,
// message; parse errors; the table; JSON), exit codes, per-file version detection, and errors inside
// nested discriminated unions reported at the failing field.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { findSchema, validatorsByName, versionedFamilies } from "@clone/schema";
import { expandSources } from "../src/records/sources.ts";
import { validateSources, type FileResult, type LineProblem } from "../src/validate/run.ts";
import { CLI, REPO_ROOT, runCli, tempDir, writeTree } from "./helpers/workspace.ts";

const SESSIONS = "test/corpus/claude-code/sessions";
const FOLDERS = ["d-kimuson-claude-code-viewer", "kfischer-okarin-claude-history", "marot-spotter"];
const SHORT = `${SESSIONS}/marot-spotter/short.jsonl`;

const scratch = tempDir("clone-validate-");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface JsonReport {
  ok: boolean;
  total: { files: number; lines: number; valid: number; invalid: number; notJson: number; skippedFiles: number; skippedLines: number; passRate: number | null };
  byPath: { path: string; files: number; lines: number; valid: number }[];
  bySchemaVersion: { version: string; files: number }[];
  files: FileResult[];
  problems: LineProblem[];
  problemsNotShown: number;
  run: { peakRssBytes: number };
}

function jsonRun(args: readonly string[], input?: string): { status: number; report: JsonReport; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, "validate", "--format", "json", ...args], { cwd: REPO_ROOT, encoding: "utf8", input });
  return { status: result.status ?? -1, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** Non-blank lines of every .jsonl file below `dir`, counted here independently of the reader. */
function countLines(dir: string): number {
  let lines = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) lines += countLines(path);
    else if (name.endsWith(".jsonl")) lines += readFileSync(path, "utf8").split("\n").filter((line) => line.trim() !== "").length;
  }
  return lines;
}

const shortLines = readFileSync(join(REPO_ROOT, SHORT), "utf8").split("\n").filter(Boolean);
const record = (line: number) => JSON.parse(shortLines[line - 1]!) as Record<string, any>;

describe("validate --schema ClaudeCodeRecord on the corpus", () => {
  const { status, report } = jsonRun(["--schema", "ClaudeCodeRecord", ...FOLDERS.map((folder) => `${SESSIONS}/${folder}`)]);

  it("every line of every folder is valid, counted per folder", () => {
    expect(status).toBe(0);
    expect(report.ok).toBe(true);
    for (const folder of FOLDERS) {
      const row = report.byPath.find((candidate) => candidate.path === `${SESSIONS}/${folder}`)!;
      const lines = countLines(join(REPO_ROOT, SESSIONS, folder));
      expect(lines).toBeGreaterThan(100);
      expect(row, folder).toMatchObject({ lines, valid: lines });
    }
    expect(report.total.passRate).toBe(1);
  });

  it("finds subagent files in nested folders", () => {
    expect(report.files.some((file) => file.path.includes("/subagents/"))).toBe(true);
    expect(report.total.files).toBe(52);
  });

  it("picks the schema version per file from the CLI version its records state", () => {
    const versionOf = (suffix: string) => report.files.find((file) => file.path.endsWith(suffix))!;
    expect(versionOf("marot-spotter/short.jsonl")).toMatchObject({ schemaVersion: "2.1.59", versionChosenBy: "Claude Code CLI 2.1.38" });
    expect(versionOf("fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl")).toMatchObject({ schemaVersion: "2.0.76", versionChosenBy: "Claude Code CLI 1.0.98" });
    expect(versionOf("agent-a02a5b8.jsonl")).toMatchObject({ schemaVersion: "2.0.76", versionChosenBy: "Claude Code CLI 2.0.74" });
    // Six kfischer files hold only summary records, which state no CLI version.
    const unversioned = report.files.filter((file) => file.versionChosenBy?.startsWith("no record states"));
    expect(unversioned.length).toBeGreaterThan(0);
    for (const file of unversioned) expect(file.schemaVersion).toBe("2.0.76");
  });
});

describe("errors inside nested unions are reported at the failing field, against the variant the tag selects", () => {
  const badBash = record(8);
  badBash.message.content[0].input.command = 5;
  const missingCommand = record(8);
  delete missingCommand.message.content[0].input.command;
  const badToolResultItem = record(11);
  badToolResultItem.message.content[0].content = [{ type: "text", text: 5 }];
  const badHook = record(2);
  badHook.data.hookEvent = 5;
  const unknownBlock = record(5);
  unknownBlock.message.content[0] = { type: "citation" };
  const unknownRecord = { ...record(4), type: "note" };
  const lines = [record(1), badBash, missingCommand, badToolResultItem, badHook, unknownBlock, unknownRecord].map((value) => JSON.stringify(value));
  const file = join(scratch, "nested.jsonl");
  writeFileSync(file, `${lines.slice(0, 3).join("\n")}\n\n{"type": "user",\n${lines.slice(3).join("\n")}\n`);
  const text = runCli(["validate", "--schema", "ClaudeCodeRecord", file]);
  const { report } = jsonRun(["--schema", "ClaudeCodeRecord", file]);

  it("prints file:line: /pointer: message, one issue per line, with blank lines numbered and skipped", () => {
    expect(text.status).toBe(1);
    const printed = text.stdout.split("\n").filter((line) => line.startsWith(`${file}:`));
    expect(printed).toEqual([
      `${file}:2: /message/content/0/input/command: expected string`,
      `${file}:3: /message/content/0/input/command: required when name is "Bash"`,
      `${file}:5: not JSON: ${printed[2]!.slice(`${file}:5: not JSON: `.length)}`,
      `${file}:6: /message/content/0/content/0/text: expected string`,
      `${file}:7: /data/hookEvent: expected "PreToolUse" or "PostToolUse" or "PostToolUseFailure" or "SessionStart" or "SubagentStop" or "Stop" or a string matching ^[A-Z][A-Za-z0-9]*$`,
      `${file}:8: /message/content/0/type: expected one of "tool_use", "tool_result", "text", "thinking", "image", "document", "tool_reference"`,
      `${file}:9: /type: expected one of "user", "assistant", "system", "summary", "file-history-snapshot", "queue-operation", "progress", "pr-link"`,
    ]);
    expect(text.stdout).toMatch(/^total +1 +8 +1 +7 +1 +12\.50%$/m);
  });

  it("never says only that the root matched no variant", () => {
    const issues = report.problems.flatMap((problem) => problem.issues);
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues) {
      expect(issue.pointer).not.toBe("");
      expect(issue.message).not.toMatch(/matches none|allowed shapes/);
    }
  });

  it("--format json carries each problem with its line, kind and schema version", () => {
    expect(report.problems[0]).toEqual({
      path: file,
      line: 2,
      kind: "invalid",
      schemaVersion: "2.1.59",
      issues: [{ pointer: "/message/content/0/input/command", message: "expected string", keyword: "type" }],
    });
    expect(report.problems.find((problem) => problem.kind === "parse")).toMatchObject({ line: 5 });
    expect(report.total).toMatchObject({ lines: 8, valid: 1, invalid: 7, notJson: 1 });
  });

  it("--max-errors caps what is shown, not what is counted", () => {
    const capped = runCli(["validate", "--schema", "ClaudeCodeRecord", "--max-errors", "2", file]);
    expect(capped.stdout.split("\n").filter((line) => line.startsWith(`${file}:`))).toHaveLength(2);
    expect(capped.stdout).toContain("… and 5 more invalid lines not shown");
    expect(jsonRun(["--schema", "ClaudeCodeRecord", "--max-errors", "0", file]).report).toMatchObject({ problems: [], problemsNotShown: 7 });
  });
});

describe("version detection per file", () => {
  it("holds records that state no version until one does", () => {
    const file = join(scratch, "late-version.jsonl");
    // A summary first (no version), then 2.1.x records: the summary is checked against v2.1.59 too.
    writeFileSync(file, [JSON.stringify({ type: "summary", summary: "s", leafUuid: record(4).uuid }), ...shortLines].join("\n"));
    const { status, report } = jsonRun(["--schema", "ClaudeCodeRecord", file]);
    expect(status).toBe(0);
    expect(report.files[0]).toMatchObject({ schemaVersion: "2.1.59", valid: shortLines.length + 1 });
  });

  it("a file older than the oldest schema is reported as skipped, counted, and exits 0; --schema-version validates it", () => {
    const file = join(scratch, "ancient.jsonl");
    writeFileSync(file, shortLines.slice(3, 5).map((line) => line.replaceAll('"version":"2.1.38"', '"version":"0.2.9"')).join("\n"));
    const text = runCli(["validate", "--schema", "ClaudeCodeRecord", file]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`${file}: skipped: Claude Code CLI 0.2.9 is older than the oldest Claude Code session schema (v2.0.76, for 1.0.0 and later)`);
    expect(text.stdout).toMatch(/skipped files/);
    const { report } = jsonRun(["--schema", "ClaudeCodeRecord", file]);
    expect(report.total).toMatchObject({ files: 1, lines: 2, valid: 0, invalid: 0, skippedFiles: 1, skippedLines: 2 });
    const forced = jsonRun(["--schema", "ClaudeCodeRecord", "--schema-version", "2.0.76", file]);
    expect(forced.report.files[0]).toMatchObject({ schemaVersion: "2.0.76", versionChosenBy: "--schema-version", lines: 2 });
    expect(forced.report.total.valid + forced.report.total.invalid).toBe(2);
  });

  it("--schema-version applies the named version to every file", () => {
    // 2.1.x records against v2.0.76: progress records are unknown there.
    const { status, report } = jsonRun(["--schema", "ClaudeCodeRecord", "--schema-version", "2.0.76", SHORT]);
    expect(status).toBe(1);
    expect(report.problems.some((problem) => problem.issues.some((issue) => issue.pointer === "/type"))).toBe(true);
  });
});

describe("inputs", () => {
  it("reads standard input for -", () => {
    const { status, report } = jsonRun(["--schema", "ClaudeCodeRecord", "-"], `${shortLines.join("\n")}\n`);
    expect(status).toBe(0);
    expect(report.total).toMatchObject({ files: 1, lines: shortLines.length, valid: shortLines.length });
    expect(report.files[0]!.path).toBe("-");
  });

  it("reads a directory of .json files as one record each, and skips other files in it", () => {
    const dir = join(scratch, "fixtures");
    const valid = join(REPO_ROOT, "packages/schema/fixtures/CloneEvent/valid");
    const files = Object.fromEntries(readdirSync(valid).map((name) => [`nested/${name}`, readFileSync(join(valid, name), "utf8")]));
    writeTree(dir, { ...files, "notes.txt": "not a record" });
    const { status, report } = jsonRun(["--schema", "CloneEvent", dir]);
    expect(status).toBe(0);
    expect(report.total).toMatchObject({ files: readdirSync(valid).length, lines: readdirSync(valid).length });
  });

  it("expands arguments in order, each directory depth first with its entries sorted by name", () => {
    const marot = `${SESSIONS}/marot-spotter`;
    const paths = expandSources([marot, SHORT], "jsonl").map((source) => source.path);
    expect(paths.slice(0, 3)).toEqual([
      `${marot}/258c7280-ae70-4798-800f-63464d01a85d/subagents/agent-a881341.jsonl`,
      `${marot}/258c7280-ae70-4798-800f-63464d01a85d/subagents/agent-acompact-fffbd0.jsonl`,
      `${marot}/258c7280-ae70-4798-800f-63464d01a85d.jsonl`,
    ]);
    expect(paths).toHaveLength(21);
    expect(paths.filter((path) => path === SHORT)).toHaveLength(2);
    expect(paths.at(-1)).toBe(SHORT);
  });

  it("usage and input errors exit 2 and say why", () => {
    // A directory of other files only (a source file, no .json or .jsonl).
    const noRecords = join(scratch, "no-records");
    mkdirSync(noRecords, { recursive: true });
    writeFileSync(join(noRecords, "notes.ts"), "export {};\n");
    const cases: [string[], RegExp][] = [
      [["--schema", "Nope", SHORT], /no such schema; known: .*CloneEvent.*ClaudeCodeRecord/],
      [["--schema", "CloneEvent", join(scratch, "missing.jsonl")], /no such file or directory/],
      [["--schema", "CloneEvent", "--schema-version", "1.0.0", SHORT], /CloneEvent is not versioned/],
      [["--schema", "ClaudeCodeRecord", "--schema-version", "9.9.9", SHORT], /has versions 2\.0\.76, 2\.1\.1, 2\.1\.59/],
      [["--schema", "CloneEvent", noRecords], /no \.json or \.jsonl files/],
      [["--schema", "CloneEvent"], /missing required argument/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(["validate", ...args]);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("draws a progress line on a terminal (stderr), and none when stderr is not one", () => {
    // util-linux `script` runs the command on a pseudo-terminal.
    const command = [process.execPath, "--import", "tsx", CLI, "validate", "--schema", "ClaudeCodeRecord", `${SESSIONS}/marot-spotter`].join(" ");
    const onTerminal = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/\r\x1b\[Kvalidating \[[#-]{24}\] +\d+% [\d.]+ (KiB|MiB) of 15\.9 MiB, file \d+\/20, [\d,]+ lines, 0 invalid/);
    const piped = runCli(["validate", "--schema", "ClaudeCodeRecord", `${SESSIONS}/marot-spotter`]);
    expect(piped.stderr).toBe("");
    expect(piped.stdout).not.toContain("\x1b[K");
  });

  it("--help explains inputs, output and exit codes", () => {
    const help = runCli(["validate", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: clone-codegen validate/);
    expect(help.stdout).toContain("Exit codes: 0 every line valid");
  });
});

describe("every schema in the registry", () => {
  it("validates its own valid fixtures and rejects its invalid ones", async () => {
    const fixtures = join(REPO_ROOT, "packages/schema/fixtures");
    const names = Object.keys(validatorsByName).filter((name) => readdirSync(fixtures).includes(name));
    expect(names).toEqual(expect.arrayContaining(["CloneEvent", "GatewayFrame"]));
    for (const name of names) {
      const schema = findSchema(name)!;
      const valid = join(fixtures, name, "valid");
      const results = await validateSources(expandSources([valid]), { schema });
      expect(results.length, name).toBeGreaterThan(0);
      for (const result of results) expect(result, `${name}: ${result.path}`).toMatchObject({ lines: 1, valid: 1 });
      const invalidDir = join(fixtures, name, "invalid");
      let invalid: string[] = [];
      try {
        invalid = readdirSync(invalidDir);
      } catch {
        continue;
      }
      // Invalid vectors wrap the instance: validate the instance itself.
      const lines = invalid.map((file) => JSON.stringify((JSON.parse(readFileSync(join(invalidDir, file), "utf8")) as { instance: unknown }).instance));
      const file = join(scratch, `${name}-invalid.jsonl`);
      writeFileSync(file, `${lines.join("\n")}\n`);
      const [result] = await validateSources(expandSources([file]), { schema });
      expect(result, name).toMatchObject({ lines: lines.length, valid: 0, invalid: lines.length });
    }
  });

  it("no name is both an unversioned schema and a versioned family's definition", () => {
    const versioned = new Set(versionedFamilies.flatMap((family) => family.versions.flatMap((version) => Object.keys(version.validators))));
    expect(versioned.size).toBeGreaterThan(50);
    expect(Object.keys(validatorsByName).filter((name) => versioned.has(name))).toEqual([]);
    expect(findSchema("ClaudeCodeRecord")).toMatchObject({ kind: "versioned", isRoot: true });
    expect(findSchema("ContentBlock")).toMatchObject({ kind: "versioned", isRoot: false });
  });
});
