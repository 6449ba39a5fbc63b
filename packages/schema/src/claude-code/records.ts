// The records of a session file as the oldest format (v2.0.76) has them. Every record is an open
// object: the CLI adds fields often, and a field we do not know is not an error.
import { Type, type TProperties } from "@sinclair/typebox";
import { NullableString, StringLiteralUnion } from "../primitives.ts";
import type { RecordSpec } from "./format.ts";
import { CliVersion, NullableUuid, RequestId, Timestamp, Uuid } from "./scalars.ts";

const open = { additionalProperties: true } as const;

/** The fields of every conversation record (user, assistant, system and, later, progress). */
export const envelopeV2_0_76: TProperties = {
  uuid: Uuid,
  parentUuid: NullableUuid,
  sessionId: Uuid,
  timestamp: Timestamp,
  version: CliVersion,
  cwd: Type.String(),
  gitBranch: Type.Optional(Type.String()),
  isSidechain: Type.Boolean(),
  userType: Type.Literal("external"),
  agentId: Type.Optional(Type.String({ description: "The subagent's id, in subagent files" })),
  slug: Type.Optional(Type.String({ description: "Human-readable session name" })),
};

/** `thinkingMetadata.triggers`: the reverse-engineered schema had strings; CLI 2.0.74 writes these objects. */
export const ThinkingTrigger = Type.Union([
  Type.String(),
  Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }), text: Type.String() }, open),
]);

export const ThinkingMetadata = Type.Object(
  {
    level: Type.Optional(StringLiteralUnion(["high", "medium", "low"])),
    disabled: Type.Optional(Type.Boolean()),
    triggers: Type.Optional(Type.Array(ThinkingTrigger)),
  },
  open,
);

const TokenCount = Type.Integer({ minimum: 0 });

export const usageFieldsV2_0_76: TProperties = {
  input_tokens: TokenCount,
  output_tokens: TokenCount,
  cache_creation_input_tokens: Type.Optional(TokenCount),
  cache_read_input_tokens: Type.Optional(TokenCount),
  cache_creation: Type.Optional(
    Type.Object(
      { ephemeral_5m_input_tokens: Type.Optional(Type.Integer()), ephemeral_1h_input_tokens: Type.Optional(Type.Integer()) },
      open,
    ),
  ),
  service_tier: Type.Optional(NullableString),
  server_tool_use: Type.Optional(Type.Object({}, open)),
};

export const FileBackupInfo = Type.Object(
  {
    originalContent: Type.Optional(Type.String({ description: "legacy" })),
    path: Type.Optional(Type.String({ description: "legacy" })),
    backupFileName: Type.Optional(NullableString),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    backupTime: Type.Optional(Timestamp),
  },
  open,
);

/** Shapes the v2.0.76 records use, under the names they get. */
export const namedShapesV2_0_76 = {
  ThinkingTrigger,
  ThinkingMetadata,
  UsageInfo: Type.Object(usageFieldsV2_0_76, open),
  FileBackupInfo,
};

export const userRecordV2_0_76: RecordSpec = {
  type: "user",
  description: "A user turn: a typed prompt, or the results of the tools the assistant called",
  conversation: true,
  fields: (definitions) => ({
    message: Type.Object({ role: Type.Literal("user"), content: definitions.get("UserMessageContent") }, open),
    thinkingMetadata: Type.Optional(definitions.get("ThinkingMetadata")),
    todos: Type.Optional(Type.Array(definitions.get("TodoItem"))),
    isMeta: Type.Optional(Type.Boolean()),
    isCompactSummary: Type.Optional(Type.Boolean({ description: "content is the summary string" })),
  }),
};

export const assistantRecordV2_0_76: RecordSpec = {
  type: "assistant",
  description: "One content block of an assistant reply (a reply's blocks share message.id)",
  conversation: true,
  fields: (definitions) => ({
    requestId: Type.Optional(RequestId),
    message: Type.Object(
      {
        model: definitions.get("ModelId"),
        id: Type.String({ description: "msg_… from the API, a UUID for CLI-made messages" }),
        type: Type.Literal("message"),
        role: Type.Literal("assistant"),
        content: Type.Array(definitions.get("ContentBlock")),
        stop_reason: Type.Union([StringLiteralUnion(["end_turn", "tool_use", "max_tokens", "stop_sequence"]), Type.Null()]),
        stop_sequence: NullableString,
        usage: definitions.get("UsageInfo"),
      },
      open,
    ),
    isApiErrorMessage: Type.Optional(Type.Boolean()),
    error: Type.Optional(Type.String({ description: "error kind, e.g. rate_limit" })),
  }),
};

export const systemSubtypesV2_0_76 = ["local_command", "turn_duration", "api_error", "stop_hook_summary", "compact_boundary"] as const;

export const systemFieldsV2_0_76: TProperties = {
  content: Type.Optional(Type.String()),
  level: Type.Optional(StringLiteralUnion(["info", "warn", "error", "suggestion"])),
  durationMs: Type.Optional(Type.Integer({ minimum: 0 })),
  isMeta: Type.Optional(Type.Boolean()),
  hookCount: Type.Optional(Type.Integer()),
  hookInfos: Type.Optional(Type.Array(Type.Object({}, open))),
  hookErrors: Type.Optional(Type.Array(Type.Union([Type.Object({}, open), Type.String()]))),
  preventedContinuation: Type.Optional(Type.Boolean()),
  stopReason: Type.Optional(Type.String()),
  hasOutput: Type.Optional(Type.Boolean()),
  toolUseID: Type.Optional(Type.String()),
  logicalParentUuid: Type.Optional(Uuid),
  compactMetadata: Type.Optional(Type.Object({ trigger: Type.Optional(Type.String()), preTokens: Type.Optional(Type.Integer()) }, open)),
};

export const systemRecordV2_0_76: RecordSpec = {
  type: "system",
  description: "A CLI event: local commands, hook summaries, API errors, compaction boundaries",
  conversation: true,
  fields: () => ({ subtype: StringLiteralUnion(systemSubtypesV2_0_76), ...systemFieldsV2_0_76 }),
};

export const summaryRecord: RecordSpec = {
  type: "summary",
  description: "A conversation's title-like summary",
  conversation: false,
  fields: () => ({ summary: Type.String(), leafUuid: Uuid }),
};

export const fileHistorySnapshotRecord: RecordSpec = {
  type: "file-history-snapshot",
  description: "Backups of the files a turn touched, for undo",
  conversation: false,
  fields: (definitions) => ({
    messageId: Uuid,
    snapshot: Type.Object(
      {
        messageId: Uuid,
        trackedFileBackups: Type.Object({}, { additionalProperties: definitions.get("FileBackupInfo"), description: "file path → backup" }),
        timestamp: Timestamp,
      },
      open,
    ),
    isSnapshotUpdate: Type.Boolean(),
  }),
};

export const queueOperationRecord: RecordSpec = {
  type: "queue-operation",
  description: "A prompt typed while the assistant was busy, queued or dequeued",
  conversation: false,
  fields: () => ({
    operation: StringLiteralUnion(["enqueue", "remove", "dequeue", "popAll"]),
    timestamp: Timestamp,
    sessionId: Uuid,
    content: Type.Optional(Type.String()),
  }),
};
