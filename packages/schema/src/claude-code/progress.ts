// Progress records (CLI 2.1.2 and later): streaming updates while a tool, hook or subagent runs. About
// half of the lines of a recent session file are these. `data` is a union told apart by `data.type`.
import { Type, type TObject, type TProperties } from "@sinclair/typebox";
import { described, OpenStringEnum, StringLiteralUnion } from "../primitives.ts";
import type { RecordSpec } from "./format.ts";
import { Timestamp, Uuid } from "./scalars.ts";

const open = { additionalProperties: true } as const;

function progressData<const T extends string>(type: T, properties: TProperties, description: string): TObject {
  return Type.Object({ type: Type.Literal(type, { description: `Always \`${type}\`.` }), ...properties }, { ...open, description });
}

const Count = (what: string) => Type.Integer({ minimum: 0, description: what });

/**
 * Hook events are an open set: the CLI adds new ones in minor releases (the reverse-engineered schema
 * listed five; CLI 2.1.38 sessions have `PostToolUseFailure`). Known names are cases; any other
 * PascalCase name is accepted too.
 */
export const HookEvent = OpenStringEnum(
  {
    PreToolUse: "Before a tool call runs.",
    PostToolUse: "After a tool call succeeded.",
    PostToolUseFailure: "After a tool call failed.",
    SessionStart: "When a session starts or resumes.",
    SubagentStop: "When a subagent finishes.",
    Stop: "When the main agent finishes its turn.",
  },
  Type.String({ pattern: "^[A-Z][A-Za-z0-9]*$" }),
  {
    description: "The event a hook runs on: a known one, or any other PascalCase name (the CLI adds events in minor releases).",
    knownDescription: "A hook event the CLI is known to send.",
  },
);

export const progressDataV2_1_59 = {
  MCPProgressData: progressData(
    "mcp_progress",
    {
      status: StringLiteralUnion({ started: "The call began.", completed: "The call succeeded.", failed: "The call failed." }, { description: "Where the call stands." }),
      serverName: Type.String({ description: "The MCP server, e.g. `linear-server`, `plugin:sentry:sentry`." }),
      toolName: Type.String({ description: "The server's tool called." }),
      elapsedTimeMs: Type.Optional(Count("Milliseconds the call took (completed, failed).")),
    },
    "An MCP tool call running.",
  ),
  BashProgressData: progressData(
    "bash_progress",
    {
      output: Type.String({ description: "The latest output, shortened for display." }),
      fullOutput: Type.String({ description: "All output so far (stdout and stderr)." }),
      elapsedTimeSeconds: Count("Seconds the command has run."),
      totalLines: Count("Lines of output so far."),
      totalBytes: Type.Optional(Count("Bytes of output so far (background tasks).")),
      taskId: Type.Optional(Type.String({ description: "The background task running the command." })),
      timeoutMs: Type.Optional(Count("The command's timeout, in milliseconds.")),
    },
    "A shell command running.",
  ),
  HookProgressData: progressData(
    "hook_progress",
    {
      hookEvent: described(HookEvent, "The event the hook runs on."),
      hookName: Type.String({ description: "The hook, as event and matcher, e.g. `PostToolUse:Grep`." }),
      command: Type.String({ description: "The hook's shell command." }),
    },
    "A hook running.",
  ),
  AgentProgressData: progressData(
    "agent_progress",
    {
      agentId: Type.String({ description: "The subagent's id." }),
      prompt: Type.String({ description: "The subagent's task (may be shortened)." }),
      normalizedMessages: Type.Optional(Type.Array(Type.Unknown(), { description: "The subagent's conversation so far." })),
      message: Type.Optional(Type.Object({}, { ...open, description: "The subagent's latest message, as a record of its own conversation." })),
    },
    "A subagent running.",
  ),
  WaitingForTaskData: progressData(
    "waiting_for_task",
    {
      taskDescription: Type.String({ description: "The task waited for, in words." }),
      taskType: StringLiteralUnion({ local_bash: "A background shell command.", local_agent: "A background subagent." }, { description: "What kind of task." }),
    },
    "Waiting for a background task.",
  ),
  QueryUpdateData: progressData("query_update", { query: Type.String({ description: "The query sent." }) }, "A WebSearch query sent."),
  SearchResultsReceivedData: progressData(
    "search_results_received",
    { resultCount: Count("How many results came back."), query: Type.String({ description: "The query they answer." }) },
    "WebSearch results received.",
  ),
};

export const ProgressData = Type.Union(Object.values(progressDataV2_1_59), {
  discriminator: { propertyName: "type" },
  description: "What a progress record reports, told apart by `type`.",
});

export const progressRecord: RecordSpec = {
  type: "progress",
  description: "A progress update of a running tool, hook or subagent.",
  conversation: true,
  fields: (definitions) => ({
    toolUseID: Type.Optional(Type.String({ description: "The tool call the progress is about." })),
    parentToolUseID: Type.Optional(Type.String({ description: "The tool call it runs inside (e.g. the Task call of a subagent)." })),
    data: described(definitions.get("ProgressData"), "The update."),
  }),
};

export const prLinkRecord: RecordSpec = {
  type: "pr-link",
  description: "A pull request the session created or referenced.",
  conversation: false,
  fields: () => ({
    sessionId: described(Uuid, "The session."),
    prNumber: Type.Integer({ minimum: 1, description: "The pull request's number." }),
    prUrl: Type.String({ format: "uri", description: "The pull request's web address." }),
    prRepository: Type.String({ description: "The repository, as `owner/repo`." }),
    timestamp: described(Timestamp, "When the link was recorded."),
  }),
};
