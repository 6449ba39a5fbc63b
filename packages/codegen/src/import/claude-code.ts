// Claude Code session records → Clone recording events: each prompt the user typed becomes an
// `agent.prompt`, each assistant record with text an `agent.response` linked to the prompt it answers.
//
// What counts as a prompt (the rest of a session is tool traffic and CLI bookkeeping):
// - a `user` record of the main conversation: not a subagent's (`isSidechain`), not made by the CLI
//   (`isMeta`, `isCompactSummary`, `isVisibleInTranscriptOnly`), carrying no tool results;
// - whose text is not one of the CLI's own insertions (CLI_MADE_TEXT below);
// - a slash command (`<command-name>/compact</command-name><command-args>…`) becomes the command as
//   typed: `/compact …`.
// A response is an `assistant` record of the main conversation with text blocks (their text joined by
// a blank line), except API error notices the CLI writes in the assistant's place. The prompt a
// response answers is the nearest prompt up its `parentUuid` chain (across a compaction boundary
// through `logicalParentUuid`); null when the chain reaches none in the file.
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import type { AgentPromptEvent, AgentResponseEvent } from "@clone/schema";

export const CLAUDE_CODE_AGENT = "claude-code";
export type ImportedEvent = AgentPromptEvent | AgentResponseEvent;

/** Texts the CLI writes into user records itself: command output, notices, interruption markers. */
const CLI_MADE_TEXT: readonly RegExp[] = [
  /^<local-command-(stdout|stderr|caveat)>/,
  /^<task-notification>/,
  /^<system-reminder>/,
  /^\[Request interrupted by user/,
];

const SLASH_COMMAND = /<command-name>([^<]*)<\/command-name>/;
const SLASH_COMMAND_ARGS = /<command-args>([\s\S]*?)<\/command-args>/;

/** Namespace of the ids of imported events (UUID v5, RFC 9562): the same record always gets the same id. */
const IMPORT_NAMESPACE = "6f1d3c52-8a4e-5b7f-9c2d-0e1f2a3b4c5d";

export function eventId(sessionId: string, recordUuid: string, kind: "prompt" | "response"): string {
  const namespace = Buffer.from(IMPORT_NAMESPACE.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(`claude-code/${sessionId}/${recordUuid}/${kind}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringField(record: JsonObject, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** The text blocks of a message's content (a string is one text), or undefined if it has tool results. */
function textsOf(content: unknown): string[] | undefined {
  if (typeof content === "string") return [content];
  if (!Array.isArray(content)) return [];
  const texts: string[] = [];
  for (const block of content) {
    if (!isObject(block)) continue;
    if (block.type === "tool_result") return undefined;
    if (block.type === "text" && typeof block.text === "string") texts.push(block.text);
  }
  return texts;
}

/** The prompt a user typed, from a user record's text; undefined when the CLI wrote it. */
export function promptText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || CLI_MADE_TEXT.some((pattern) => pattern.test(trimmed))) return undefined;
  const command = SLASH_COMMAND.exec(trimmed);
  if (command) {
    const args = SLASH_COMMAND_ARGS.exec(trimmed)?.[1]?.trim();
    return args ? `${command[1]!.trim()} ${args}` : command[1]!.trim();
  }
  return text;
}

/** Why a record made no event (counted for the summary), or the events it made. */
export type Conversion = { readonly events: readonly ImportedEvent[] } | { readonly skipped: SkipReason };
export type SkipReason = "not a prompt or reply" | "subagent" | "made by the CLI" | "no uuid or timestamp";

/** Converts one session file's records, in file order; keeps what links responses to prompts. */
export class ClaudeCodeSessionImporter {
  /** Record uuid → id of the prompt event it descends from (null: none). */
  private readonly promptOf = new Map<string, string | null>();
  private readonly fallbackSessionId: string;

  constructor(path: string) {
    this.fallbackSessionId = basename(path, extname(path));
  }

  record(record: unknown): Conversion {
    if (!isObject(record)) return { skipped: "not a prompt or reply" };
    const uuid = stringField(record, "uuid");
    const inherited = this.inheritedPrompt(record);
    if (uuid !== undefined) this.promptOf.set(uuid, inherited);
    if (record.type !== "user" && record.type !== "assistant") return { skipped: "not a prompt or reply" };
    if (record.isSidechain === true) return { skipped: "subagent" };
    const timestamp = stringField(record, "timestamp");
    if (uuid === undefined || timestamp === undefined) return { skipped: "no uuid or timestamp" };
    const message = isObject(record.message) ? record.message : {};
    const texts = textsOf(message.content);
    if (texts === undefined || texts.length === 0) return { skipped: "not a prompt or reply" };
    const sessionId = stringField(record, "sessionId") ?? this.fallbackSessionId;
    const envelope = (id: string) => ({ id, session_id: sessionId, occurred_at: timestamp, source: "agent", source_detail: CLAUDE_CODE_AGENT, agent: CLAUDE_CODE_AGENT }) as const;

    if (record.type === "user") {
      if (record.isMeta === true || record.isCompactSummary === true || record.isVisibleInTranscriptOnly === true) return { skipped: "made by the CLI" };
      const prompts = texts.map(promptText).filter((text): text is string => text !== undefined);
      if (prompts.length === 0) return { skipped: "made by the CLI" };
      const id = eventId(sessionId, uuid, "prompt");
      this.promptOf.set(uuid, id);
      return { events: [{ type: "agent.prompt", ...envelope(id), prompt: prompts.join("\n\n") }] };
    }
    if (record.isApiErrorMessage === true) return { skipped: "made by the CLI" };
    const response = texts.filter((text) => text.trim() !== "").join("\n\n");
    if (response === "") return { skipped: "not a prompt or reply" };
    return { events: [{ type: "agent.response", ...envelope(eventId(sessionId, uuid, "response")), response, in_response_to: inherited }] };
  }

  private inheritedPrompt(record: JsonObject): string | null {
    const parent = stringField(record, "parentUuid") ?? stringField(record, "logicalParentUuid");
    return parent === undefined ? null : (this.promptOf.get(parent) ?? null);
  }
}
