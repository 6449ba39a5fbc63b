// `import claude-code`: which records become events and how they link, ids stable across runs, every
// event valid, and a real session posted to a live recording server read back equal, event for event.
import { spawn, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCloneEvent, type CloneEvent } from "@clone/schema";
import { ClaudeCodeSessionImporter, eventId, promptText, type ImportedEvent } from "../src/import/claude-code.ts";
import { startRecordingServer, type RecordingServer } from "./helpers/recording-server.ts";
import { CLI, REPO_ROOT, runCli, tempDir } from "./helpers/workspace.ts";

const SESSIONS = "test/corpus/claude-code/sessions";
const MAIN_SESSION = `${SESSIONS}/marot-spotter/fa812bfe-b295-4cca-9c2f-fdf01028cb46.jsonl`;
const SHORT_SESSION = `${SESSIONS}/marot-spotter/short.jsonl`;

const scratch = tempDir("clone-import-");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function eventsOf(stdout: string): CloneEvent[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as CloneEvent);
}

const SESSION = "b3edadab-bca0-4054-9b41-f7ffa6941260";
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const envelope = (n: number, parent: number | null) => ({
  uuid: uuid(n),
  parentUuid: parent === null ? null : uuid(parent),
  sessionId: SESSION,
  timestamp: `2026-01-01T00:00:${String(n).padStart(2, "0")}.000Z`,
  version: "2.1.39",
  cwd: "/",
  isSidechain: false,
  userType: "external",
});
const user = (n: number, parent: number | null, content: unknown, extra: object = {}) => ({ type: "user", ...envelope(n, parent), message: { role: "user", content }, ...extra });
const assistant = (n: number, parent: number | null, content: unknown[], extra: object = {}) => ({
  type: "assistant",
  ...envelope(n, parent),
  message: { model: "m", id: `msg_${n}`, type: "message", role: "assistant", content, stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } },
  ...extra,
});
const text = (value: string) => ({ type: "text", text: value });

function convert(records: readonly unknown[]): ImportedEvent[] {
  const importer = new ClaudeCodeSessionImporter(`${SESSION}.jsonl`);
  return records.flatMap((record) => {
    const conversion = importer.record(record);
    return "events" in conversion ? [...conversion.events] : [];
  });
}

describe("which records become events", () => {
  it("a typed prompt and the text replies that follow it, linked through parentUuid", () => {
    const events = convert([
      user(1, null, "Fix the login bug"),
      assistant(2, 1, [{ type: "thinking", thinking: "…", signature: "s" }]),
      assistant(3, 2, [text("Looking at auth.ts.")]),
      assistant(4, 3, [{ type: "tool_use", id: "toolu_1", name: "Read", input: { file_path: "/a" } }]),
      user(5, 4, [{ type: "tool_result", tool_use_id: "toolu_1", content: "…" }]),
      assistant(6, 5, [text("Fixed."), text("Run the tests.")]),
    ]);
    const promptId = eventId(SESSION, uuid(1), "prompt");
    expect(events).toEqual([
      { type: "agent.prompt", id: promptId, session_id: SESSION, occurred_at: "2026-01-01T00:00:01.000Z", source: "agent", source_detail: "claude-code", agent: "claude-code", prompt: "Fix the login bug" },
      expect.objectContaining({ type: "agent.response", response: "Looking at auth.ts.", in_response_to: promptId, occurred_at: "2026-01-01T00:00:03.000Z" }),
      expect.objectContaining({ type: "agent.response", response: "Fixed.\n\nRun the tests.", in_response_to: promptId }),
    ]);
    for (const event of events) expect(validateCloneEvent(event), JSON.stringify(event)).toBe(true);
  });

  it("a reply answers the prompt of its own branch, and across a compaction boundary", () => {
    const events = convert([
      user(1, null, "first"),
      user(2, null, "second, a new branch"),
      assistant(3, 1, [text("to first")]),
      { type: "system", subtype: "compact_boundary", ...envelope(4, null), parentUuid: null, logicalParentUuid: uuid(3) },
      assistant(5, 4, [text("after compaction, still to first")]),
      assistant(6, 99, [text("parent not in the file")]),
    ]);
    const responses = events.filter((event) => event.type === "agent.response");
    expect(responses.map((event) => [event.response, event.in_response_to])).toEqual([
      ["to first", eventId(SESSION, uuid(1), "prompt")],
      ["after compaction, still to first", eventId(SESSION, uuid(1), "prompt")],
      ["parent not in the file", null],
    ]);
  });

  it("subagents, tool results, API error notices and what the CLI writes are not prompts or replies", () => {
    const events = convert([
      user(1, null, "Warmup", { isSidechain: true }),
      assistant(2, 1, [text("subagent reply")], { isSidechain: true }),
      user(3, null, "Caveat: …", { isMeta: true }),
      user(4, null, "This session is being continued…", { isCompactSummary: true }),
      user(5, null, [text("[Request interrupted by user]")]),
      user(6, null, "<local-command-stdout>done</local-command-stdout>"),
      user(7, null, "<task-notification>\n<task-id>b1</task-id></task-notification>"),
      assistant(8, null, [text("API Error: 529 overloaded")], { isApiErrorMessage: true }),
      { type: "summary", summary: "Login fix", leafUuid: uuid(8) },
    ]);
    expect(events).toEqual([]);
  });

  it("a slash command becomes the command as typed", () => {
    expect(promptText("<command-name>/compact</command-name>\n<command-message>compact</command-message>\n<command-args></command-args>")).toBe("/compact");
    expect(promptText("<command-message>review</command-message>\n<command-name>/review</command-name>\n<command-args>PR 12</command-args>")).toBe("/review PR 12");
    expect(promptText("  ")).toBeUndefined();
  });

  it("ids are UUID v5 of the record (the same as Python's uuid.uuid5 gives)", () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('6f1d3c52-8a4e-5b7f-9c2d-0e1f2a3b4c5d'),
    //   'claude-code/b3edadab-bca0-4054-9b41-f7ffa6941260/0b7b0ec8-8a2a-4c8b-9c0e-1f2a3b4c5d6e/prompt'))"
    expect(eventId(SESSION, "0b7b0ec8-8a2a-4c8b-9c0e-1f2a3b4c5d6e", "prompt")).toBe("7526c2f1-2713-5ab3-82b7-2dbc50588535");
    expect(eventId(SESSION, "0b7b0ec8-8a2a-4c8b-9c0e-1f2a3b4c5d6e", "response")).not.toBe("7526c2f1-2713-5ab3-82b7-2dbc50588535");
  });
});

describe("import claude-code (CLI)", () => {
  it("imports every corpus folder: every event valid, the same bytes on a second run", () => {
    const first = runCli(["import", "claude-code", SESSIONS]);
    expect(first.status, first.stderr).toBe(0);
    const events = eventsOf(first.stdout);
    expect(events.filter((event) => event.type === "agent.prompt").length).toBeGreaterThan(10);
    expect(events.filter((event) => event.type === "agent.response").length).toBeGreaterThan(100);
    for (const event of events) expect(validateCloneEvent(event), JSON.stringify(event)).toBe(true);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(runCli(["import", "claude-code", SESSIONS]).stdout).toBe(first.stdout);
  });

  it("a line that is not JSON is reported with its line and makes the exit code 1; the rest is imported", () => {
    const file = join(scratch, "broken.jsonl");
    writeFileSync(file, `${JSON.stringify(user(1, null, "hello"))}\n{"type":\n${JSON.stringify(assistant(2, 1, [text("hi")]))}\n`);
    const result = runCli(["import", "claude-code", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:2: not JSON`);
    expect(eventsOf(result.stdout).map((event) => event.type)).toEqual(["agent.prompt", "agent.response"]);
  });

  it("usage errors exit 2", () => {
    expect(runCli(["import", "claude-code", join(scratch, "missing")]).status).toBe(2);
    expect(runCli(["import", "codex", SHORT_SESSION]).status).toBe(2);
    expect(runCli(["import", "claude-code", SHORT_SESSION, "--post", "http://127.0.0.1:9"]).status).toBe(2);
    expect(runCli(["import", "--help"]).stdout).toContain("agent.prompt");
  });
});

/** Runs the CLI without blocking the event loop (the server under test runs in this process's children). */
function runCliAsync(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: REPO_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

describe("import claude-code --post into a live recording server", () => {
  let server: RecordingServer;
  beforeAll(async () => {
    server = await startRecordingServer();
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  });

  async function readBack(sessionId: string): Promise<CloneEvent[]> {
    const events: CloneEvent[] = [];
    let next: string | null = `/api/recording/sessions/${sessionId}/events?page_size=25`;
    while (next !== null) {
      const page = (await server.get(next)) as { results: CloneEvent[]; next: string | null };
      events.push(...page.results);
      next = page.next;
    }
    return events;
  }

  const byTimeThenId = (a: CloneEvent, b: CloneEvent) => (a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : a.id < b.id ? -1 : 1);

  it("posts a corpus session in batches and reads it back through the GET API, equal event for event", async () => {
    const expected = eventsOf(runCli(["import", "claude-code", MAIN_SESSION]).stdout);
    expect(expected.length).toBeGreaterThan(50);
    const posted = await runCliAsync(["import", "claude-code", MAIN_SESSION, "--post", server.url, "--token", server.token, "--batch-size", "20"]);
    expect(posted.status, posted.stderr).toBe(0);
    expect(posted.stdout).toBe("");
    expect(posted.stderr).toContain(`${expected.length} stored, 0 already there`);

    const sessions = [...new Set(expected.map((event) => event.session_id))];
    const stored = (await Promise.all(sessions.map(readBack))).flat();
    expect(stored.sort(byTimeThenId)).toEqual([...expected].sort(byTimeThenId));
  }, 120_000);

  it("posting the same files again stores nothing twice", async () => {
    const expected = eventsOf(runCli(["import", "claude-code", MAIN_SESSION]).stdout);
    const again = await runCliAsync(["import", "claude-code", MAIN_SESSION, "--post", `${server.url}/api/recording/events`, "--token", server.token]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`0 stored, ${expected.length} already there`);
    const sessions = [...new Set(expected.map((event) => event.session_id))];
    expect((await Promise.all(sessions.map(readBack))).flat()).toHaveLength(expected.length);
  }, 120_000);

  it("draws a progress bar on a terminal while posting", () => {
    const command = [process.execPath, "--import", "tsx", CLI, "import", "claude-code", SHORT_SESSION, "--post", server.url, "--token", server.token].join(" ");
    const onTerminal = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/\r\x1b\[Kimporting \[[#-]{24}\] +\d+% [\d.]+ KiB of [\d.]+ KiB, \d+ events posted/);
  }, 120_000);

  it("a wrong token exits 2 and stores nothing", async () => {
    const file = join(scratch, "unposted.jsonl");
    writeFileSync(file, `${JSON.stringify({ ...user(1, null, "never stored"), sessionId: "11111111-2222-4333-8444-555555555555" })}\n`);
    const result = await runCliAsync(["import", "claude-code", file, "--post", server.url, "--token", "x".repeat(32)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("401");
    expect(await readBack("11111111-2222-4333-8444-555555555555")).toEqual([]);
    // The same file with the right token is stored: the empty read-back above is not an accident.
    expect((await runCliAsync(["import", "claude-code", file, "--post", server.url, "--token", server.token])).status).toBe(0);
    expect(await readBack("11111111-2222-4333-8444-555555555555")).toHaveLength(1);
  }, 120_000);
});
