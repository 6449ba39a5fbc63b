// The records of a session file as the oldest format (v2.0.76) has them. Every record is an open
// object: the CLI adds fields often, and a field we do not know is not an error.
import { Type, type TProperties } from "@sinclair/typebox";
import { described, NullableString, StringLiteralUnion } from "../primitives.ts";
import type { RecordSpec } from "./format.ts";
import { CliVersion, NullableUuid, RequestId, Timestamp, Uuid } from "./scalars.ts";

const open = { additionalProperties: true } as const;

/** The fields of every conversation record (user, assistant, system and, later, progress). */
export const envelopeV2_0_76: TProperties = {
  uuid: described(Uuid, "This record's id; later records name it as their `parentUuid`."),
  parentUuid: described(NullableUuid, "The record this one follows in the conversation; null on a conversation's first record (and after a compaction)."),
  sessionId: described(Uuid, "The session the record belongs to: the session file's name."),
  timestamp: described(Timestamp, "When the CLI wrote the record."),
  version: described(CliVersion, "The version of the CLI that wrote the record: it picks the format version the file is read with."),
  cwd: Type.String({ description: "The working directory the CLI ran in." }),
  gitBranch: Type.Optional(Type.String({ description: "The git branch checked out in `cwd`, when it is a repository." })),
  isSidechain: Type.Boolean({ description: "True for records of a subagent's conversation, kept apart from the main one." }),
  userType: Type.Literal("external", { description: "Always `external`." }),
  agentId: Type.Optional(Type.String({ description: "The subagent's id, in a subagent's session file." })),
  slug: Type.Optional(Type.String({ description: "The session's human-readable name, e.g. `fix-flaky-tests`." })),
};

/** `thinkingMetadata.triggers`: the reverse-engineered schema had strings; CLI 2.0.74 writes these objects. */
export const ThinkingTrigger = Type.Union(
  [
    Type.String({ description: "The words that asked for thinking, e.g. `think hard`." }),
    Type.Object(
      {
        start: Type.Integer({ minimum: 0, description: "Where the words start in the prompt (a character offset)." }),
        end: Type.Integer({ minimum: 0, description: "Where they end (exclusive)." }),
        text: Type.String({ description: "The words themselves." }),
      },
      { ...open, description: "The words that asked for thinking, with where they are in the prompt (CLI 2.0.74 and later)." },
    ),
  ],
  { description: "What in the user's prompt asked for extended thinking." },
);

export const ThinkingMetadata = Type.Object(
  {
    level: Type.Optional(StringLiteralUnion({ high: "Think the most.", medium: "Think more.", low: "Think a little." }, { description: "How much the model was asked to think." })),
    disabled: Type.Optional(Type.Boolean({ description: "True when thinking was turned off." })),
    triggers: Type.Optional(Type.Array(ThinkingTrigger, { description: "What in the prompt asked for thinking." })),
  },
  { ...open, description: "How much extended thinking a prompt asked for, and why." },
);

const TokenCount = (what: string) => Type.Integer({ minimum: 0, description: `${what}, in tokens.` });

export const usageFieldsV2_0_76: TProperties = {
  input_tokens: TokenCount("Input read fresh (not from the prompt cache)"),
  output_tokens: TokenCount("Output written"),
  cache_creation_input_tokens: Type.Optional(TokenCount("Input written to the prompt cache")),
  cache_read_input_tokens: Type.Optional(TokenCount("Input read from the prompt cache")),
  cache_creation: Type.Optional(
    Type.Object(
      {
        ephemeral_5m_input_tokens: Type.Optional(Type.Integer({ description: "Input cached for 5 minutes, in tokens." })),
        ephemeral_1h_input_tokens: Type.Optional(Type.Integer({ description: "Input cached for an hour, in tokens." })),
      },
      { ...open, description: "Input written to the prompt cache, by how long it stays." },
    ),
  ),
  service_tier: Type.Optional(described(NullableString, "The API service tier that served the request, e.g. `standard`.")),
  server_tool_use: Type.Optional(Type.Object({}, { ...open, description: "Server-side tools the API ran (web search, web fetch), with counts." })),
};

export const FileBackupInfo = Type.Object(
  {
    originalContent: Type.Optional(Type.String({ description: "The file's content before the turn (older CLIs)." })),
    path: Type.Optional(Type.String({ description: "The file's path (older CLIs)." })),
    backupFileName: Type.Optional(described(NullableString, "The backup's name in the CLI's file-history store; null when the file did not exist before.")),
    version: Type.Optional(Type.Integer({ minimum: 1, description: "The backup's version for this file, from 1." })),
    backupTime: Type.Optional(described(Timestamp, "When the backup was taken.")),
  },
  { ...open, description: "A backup of one file the turn changed, for undo." },
);

/** Shapes the v2.0.76 records use, under the names they get. */
export const namedShapesV2_0_76 = {
  ThinkingTrigger,
  ThinkingMetadata,
  UsageInfo: Type.Object(usageFieldsV2_0_76, { ...open, description: "What an API request consumed, in tokens." }),
  FileBackupInfo,
};

export const userRecordV2_0_76: RecordSpec = {
  type: "user",
  description: "A user turn: a prompt the user typed, or the results of the tools the assistant called.",
  conversation: true,
  fields: (definitions) => ({
    message: Type.Object(
      {
        role: Type.Literal("user", { description: "Always `user`." }),
        content: described(definitions.get("UserMessageContent"), "What the user sent: the prompt's text, or content blocks (text, images, tool results)."),
      },
      { ...open, description: "The message sent to the model, as the Messages API has it." },
    ),
    thinkingMetadata: Type.Optional(described(definitions.get("ThinkingMetadata"), "How much extended thinking the prompt asked for.")),
    todos: Type.Optional(Type.Array(definitions.get("TodoItem"), { description: "The model's todo list when the prompt was sent." })),
    isMeta: Type.Optional(Type.Boolean({ description: "True for messages the CLI adds itself (e.g. command output), not typed by the user." })),
    isCompactSummary: Type.Optional(Type.Boolean({ description: "True when the message is the summary a compaction made; `content` is then that summary, as a string." })),
  }),
};

export const assistantRecordV2_0_76: RecordSpec = {
  type: "assistant",
  description: "One content block of an assistant reply (the records of one reply share `message.id`).",
  conversation: true,
  fields: (definitions) => ({
    requestId: Type.Optional(described(RequestId, "The API request that produced the message.")),
    message: Type.Object(
      {
        model: described(definitions.get("ModelId"), "The model that wrote the message."),
        id: Type.String({ description: "The message's id: `msg_…` from the API, a UUID for messages the CLI made itself." }),
        type: Type.Literal("message", { description: "Always `message`." }),
        role: Type.Literal("assistant", { description: "Always `assistant`." }),
        content: Type.Array(definitions.get("ContentBlock"), { description: "The message's blocks; the CLI writes one record per block, so usually one." }),
        stop_reason: Type.Union(
          [
            StringLiteralUnion({
              end_turn: "The model finished its answer.",
              tool_use: "The model called a tool and waits for its result.",
              max_tokens: "The output hit its token limit.",
              stop_sequence: "The output hit a stop sequence.",
            }, { description: "Why the model stopped." }),
            Type.Null(),
          ],
          { description: "Why the model stopped; null on the records of a reply still streaming." },
        ),
        stop_sequence: described(NullableString, "The stop sequence that ended the output, when one did."),
        usage: described(definitions.get("UsageInfo"), "What the request consumed."),
      },
      { ...open, description: "The model's message, as the Messages API returns it." },
    ),
    isApiErrorMessage: Type.Optional(Type.Boolean({ description: "True when the CLI wrote this message to report an API error." })),
    error: Type.Optional(Type.String({ description: "The API error's kind, e.g. `rate_limit`." })),
  }),
};

export const systemSubtypesV2_0_76 = {
  local_command: "A local (slash) command ran.",
  turn_duration: "How long a turn took.",
  api_error: "An API request failed (and may be retried).",
  stop_hook_summary: "What the Stop hooks did.",
  compact_boundary: "The conversation was compacted here.",
} as const;

export const systemFieldsV2_0_76: TProperties = {
  content: Type.Optional(Type.String({ description: "The event's text, e.g. the command's output." })),
  level: Type.Optional(
    StringLiteralUnion({ info: "Information.", warn: "A warning.", error: "An error.", suggestion: "A suggestion to the user." }, { description: "How the CLI shows the event." }),
  ),
  durationMs: Type.Optional(Type.Integer({ minimum: 0, description: "How long the turn took, in milliseconds (turn_duration)." })),
  isMeta: Type.Optional(Type.Boolean({ description: "True for events the user does not see." })),
  hookCount: Type.Optional(Type.Integer({ description: "How many hooks ran (stop_hook_summary)." })),
  hookInfos: Type.Optional(Type.Array(Type.Object({}, open), { description: "What each hook did (stop_hook_summary)." })),
  hookErrors: Type.Optional(Type.Array(Type.Union([Type.Object({}, open), Type.String()], { description: "One hook's error: a message, or an object with details." }), { description: "The hooks' errors (stop_hook_summary)." })),
  preventedContinuation: Type.Optional(Type.Boolean({ description: "True when a hook stopped the model from continuing." })),
  stopReason: Type.Optional(Type.String({ description: "Why the model stopped, as a hook reported it." })),
  hasOutput: Type.Optional(Type.Boolean({ description: "True when the hooks printed output." })),
  toolUseID: Type.Optional(Type.String({ description: "The tool call the event is about, by its `toolu_…` id." })),
  logicalParentUuid: Type.Optional(described(Uuid, "The record the conversation continues from across a compaction (compact_boundary).")),
  compactMetadata: Type.Optional(
    Type.Object(
      {
        trigger: Type.Optional(Type.String({ description: "What started the compaction, e.g. `auto` or `manual`." })),
        preTokens: Type.Optional(Type.Integer({ description: "The conversation's size before, in tokens." })),
      },
      { ...open, description: "About a compaction (compact_boundary)." },
    ),
  ),
};

export const systemRecordV2_0_76: RecordSpec = {
  type: "system",
  description: "An event of the CLI itself: a local command, a hook summary, an API error, a compaction boundary.",
  conversation: true,
  fields: () => ({ subtype: StringLiteralUnion(systemSubtypesV2_0_76, { description: "Which kind of event." }), ...systemFieldsV2_0_76 }),
};

export const summaryRecord: RecordSpec = {
  type: "summary",
  description: "A conversation's summary, used as its title in the CLI's session list.",
  conversation: false,
  fields: () => ({
    summary: Type.String({ description: "The summary, a few words." }),
    leafUuid: described(Uuid, "The last record the summary covers."),
  }),
};

export const fileHistorySnapshotRecord: RecordSpec = {
  type: "file-history-snapshot",
  description: "Backups of the files a turn changed, for undo.",
  conversation: false,
  fields: (definitions) => ({
    messageId: described(Uuid, "The user record whose turn the snapshot belongs to."),
    snapshot: Type.Object(
      {
        messageId: described(Uuid, "The user record whose turn the snapshot belongs to."),
        trackedFileBackups: Type.Object({}, { additionalProperties: definitions.get("FileBackupInfo"), description: "A backup per changed file, by path." }),
        timestamp: described(Timestamp, "When the snapshot was taken."),
      },
      { ...open, description: "The backups." },
    ),
    isSnapshotUpdate: Type.Boolean({ description: "True when this record updates an earlier snapshot of the same turn." }),
  }),
};

export const queueOperationRecord: RecordSpec = {
  type: "queue-operation",
  description: "A prompt typed while the assistant was busy, queued or taken from the queue.",
  conversation: false,
  fields: () => ({
    operation: StringLiteralUnion(
      { enqueue: "The prompt was queued.", remove: "A queued prompt was removed.", dequeue: "The next prompt left the queue to be sent.", popAll: "Every queued prompt was taken at once." },
      { description: "What happened to the queue." },
    ),
    timestamp: described(Timestamp, "When it happened."),
    sessionId: described(Uuid, "The session the queue belongs to."),
    content: Type.Optional(Type.String({ description: "The queued prompt's text (enqueue)." })),
  }),
};
