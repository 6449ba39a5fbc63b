// Progress records (CLI 2.1.2 and later): streaming updates while a tool, hook or subagent runs. About
// half of the lines of a recent session file are these. `data` is a union told apart by `data.type`.
import { Type, type TObject, type TProperties } from "@sinclair/typebox";
import { OpenStringEnum, StringLiteralUnion } from "../primitives.ts";
import type { RecordSpec } from "./format.ts";
import { Timestamp, Uuid } from "./scalars.ts";

const open = { additionalProperties: true } as const;

function progressData<const T extends string>(type: T, properties: TProperties, description: string): TObject {
  return Type.Object({ type: Type.Literal(type), ...properties }, { ...open, description });
}

const Count = Type.Integer({ minimum: 0 });

/**
 * Hook events are an open set: the CLI adds new ones in minor releases (the reverse-engineered schema
 * listed five; CLI 2.1.38 sessions have `PostToolUseFailure`). Known names are cases; any other
 * PascalCase name is accepted too.
 */
export const HookEvent = OpenStringEnum(
  ["PreToolUse", "PostToolUse", "PostToolUseFailure", "SessionStart", "SubagentStop", "Stop"],
  Type.String({ pattern: "^[A-Z][A-Za-z0-9]*$" }),
);

export const progressDataV2_1_59 = {
  MCPProgressData: progressData(
    "mcp_progress",
    {
      status: StringLiteralUnion(["started", "completed", "failed"]),
      serverName: Type.String(),
      toolName: Type.String(),
      elapsedTimeMs: Type.Optional(Count),
    },
    "An MCP tool call running",
  ),
  BashProgressData: progressData(
    "bash_progress",
    {
      output: Type.String(),
      fullOutput: Type.String(),
      elapsedTimeSeconds: Count,
      totalLines: Count,
      totalBytes: Type.Optional(Count),
      taskId: Type.Optional(Type.String()),
      timeoutMs: Type.Optional(Count),
    },
    "A shell command running",
  ),
  HookProgressData: progressData("hook_progress", { hookEvent: HookEvent, hookName: Type.String(), command: Type.String() }, "A hook running"),
  AgentProgressData: progressData(
    "agent_progress",
    {
      agentId: Type.String(),
      prompt: Type.String(),
      normalizedMessages: Type.Optional(Type.Array(Type.Unknown())),
      message: Type.Optional(Type.Object({}, open)),
    },
    "A subagent running",
  ),
  WaitingForTaskData: progressData(
    "waiting_for_task",
    { taskDescription: Type.String(), taskType: StringLiteralUnion(["local_bash", "local_agent"]) },
    "Waiting for a background task",
  ),
  QueryUpdateData: progressData("query_update", { query: Type.String() }, "A WebSearch query sent"),
  SearchResultsReceivedData: progressData("search_results_received", { resultCount: Count, query: Type.String() }, "WebSearch results received"),
};

export const ProgressData = Type.Union(Object.values(progressDataV2_1_59), { discriminator: { propertyName: "type" } });

export const progressRecord: RecordSpec = {
  type: "progress",
  description: "A progress update of a running tool, hook or subagent",
  conversation: true,
  fields: (definitions) => ({
    toolUseID: Type.Optional(Type.String()),
    parentToolUseID: Type.Optional(Type.String()),
    data: definitions.get("ProgressData"),
  }),
};

export const prLinkRecord: RecordSpec = {
  type: "pr-link",
  description: "A pull request the session created or referenced",
  conversation: false,
  fields: () => ({
    sessionId: Uuid,
    prNumber: Type.Integer({ minimum: 1 }),
    prUrl: Type.String({ format: "uri" }),
    prRepository: Type.String({ description: "owner/repo" }),
    timestamp: Timestamp,
  }),
};
