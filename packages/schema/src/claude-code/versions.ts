// The Claude Code session format, version by version. Each version is the previous one plus its
// changes; `sessionDefinitions` (format.ts) turns any of them into definitions.
//
// The versions and the CLI versions they cover follow the reverse-engineered schemas (seed 003):
// v2.0.76 for CLI ≤ 2.0.x, v2.1.1 for CLI 2.1.0–2.1.1, v2.1.59 for CLI 2.1.2 and later. Where real
// sessions prove those schemas wrong, the fix is made in the oldest version the evidence covers and
// marked "fix:" with its evidence.
import { Type } from "@sinclair/typebox";
import { StringLiteralUnion } from "../primitives.ts";
import {
  DocumentBlock,
  ImageBlock,
  ImageSource,
  TextBlock,
  ThinkingBlock,
  ToolReferenceBlock,
  ToolResultImageItem,
  ToolResultTextItem,
  ToolUseCaller,
} from "./content.ts";
import type { RecordSpec, SessionFormat } from "./format.ts";
import { ProgressData, progressDataV2_1_59, progressRecord, prLinkRecord } from "./progress.ts";
import {
  assistantRecordV2_0_76,
  envelopeV2_0_76,
  fileHistorySnapshotRecord,
  namedShapesV2_0_76,
  queueOperationRecord,
  summaryRecord,
  systemRecordV2_0_76,
  systemSubtypesV2_0_76,
  usageFieldsV2_0_76,
  userRecordV2_0_76,
} from "./records.ts";
import { AnyObject, Uuid } from "./scalars.ts";
import { toolsV2_0_76, toolsV2_1_59 } from "./tools.ts";

const open = { additionalProperties: true } as const;

/** A record with more (or changed) fields: the earlier fields, then these. */
function withFields(spec: RecordSpec, more: RecordSpec["fields"]): RecordSpec {
  return { ...spec, fields: (definitions) => ({ ...spec.fields(definitions), ...more(definitions) }) };
}

/** CLI 2.0.x and earlier. */
export const formatV2_0_76: SessionFormat = {
  version: "2.0.76",
  // The reverse-engineered schema says "CLI ≤ 2.0.x" with no floor; CLI 1.0.x sessions fit it (the
  // corpus has 1.0.98 and 1.0.108 files). Older CLIs (0.x) are reported as skipped.
  firstCliVersion: "1.0.0",
  tools: toolsV2_0_76,
  mcpToolName: Type.String({ pattern: "^mcp__[a-zA-Z0-9_-]+__[a-zA-Z0-9_-]+$" }),
  // fix: `caller` was new in v2.1.59's schema, but CLI 2.0.74 already writes it on every tool_use.
  toolUseFields: { caller: Type.Optional(ToolUseCaller) },
  toolResultItems: { ToolResultTextItem, ToolResultImageItem },
  contentBlocks: { TextBlock, ThinkingBlock, ImageBlock },
  namedShapes: { ImageSource, ToolUseCaller, ...namedShapesV2_0_76 },
  envelope: envelopeV2_0_76,
  records: {
    UserRecord: userRecordV2_0_76,
    AssistantRecord: assistantRecordV2_0_76,
    SystemRecord: systemRecordV2_0_76,
    SummaryRecord: summaryRecord,
    FileHistorySnapshotRecord: fileHistorySnapshotRecord,
    QueueOperationRecord: queueOperationRecord,
  },
};

/** CLI 2.1.0–2.1.1: user records carrying a tool result also carry its metadata and its caller. */
export const formatV2_1_1: SessionFormat = {
  ...formatV2_0_76,
  version: "2.1.1",
  firstCliVersion: "2.1.0",
  records: {
    ...formatV2_0_76.records,
    UserRecord: withFields(userRecordV2_0_76, () => ({
      toolUseResult: Type.Optional(Type.Union([AnyObject, Type.String()], { description: "The tool's result, as the CLI saw it" })),
      sourceToolAssistantUUID: Type.Optional(Uuid),
    })),
  },
};

const v2_1_1 = formatV2_1_1;

/** An API error's cause (api_error records): a network error code, the request path, errno. */
const ErrorCause = Type.Object(
  { code: Type.Optional(Type.String()), path: Type.Optional(Type.String()), errno: Type.Optional(Type.Integer()) },
  open,
);

/** CLI 2.1.2 and later: progress and pr-link records, teams, many new tools and blocks. */
export const formatV2_1_59: SessionFormat = {
  ...v2_1_1,
  version: "2.1.59",
  firstCliVersion: "2.1.2",
  tools: toolsV2_1_59,
  // MCP server names may now hold colons (plugin servers: `mcp__plugin:sentry:sentry__search`).
  mcpToolName: Type.String({ pattern: "^mcp__[a-zA-Z0-9_:-]+__[a-zA-Z0-9_-]+$" }),
  toolResultItems: { ...v2_1_1.toolResultItems, ToolReferenceBlock },
  contentBlocks: { ...v2_1_1.contentBlocks, DocumentBlock, ToolReferenceBlock },
  namedShapes: {
    ...v2_1_1.namedShapes,
    UsageInfo: Type.Object(
      {
        ...usageFieldsV2_0_76,
        server_tool_use: Type.Optional(
          Type.Object({ web_search_requests: Type.Optional(Type.Integer()), web_fetch_requests: Type.Optional(Type.Integer()) }, open),
        ),
        inference_geo: Type.Optional(Type.Union([Type.String(), Type.Null()])),
        iterations: Type.Optional(Type.Union([Type.Array(AnyObject), Type.Null()])),
        speed: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      },
      open,
    ),
    ...progressDataV2_1_59,
    ProgressData,
  },
  envelope: { ...v2_1_1.envelope, teamName: Type.Optional(Type.String({ description: "The team, in a team context" })) },
  records: {
    ...v2_1_1.records,
    UserRecord: withFields(v2_1_1.records.UserRecord!, (definitions) => ({
      isVisibleInTranscriptOnly: Type.Optional(Type.Boolean()),
      toolUseResult: Type.Optional(Type.Union([AnyObject, Type.String(), Type.Array(definitions.get("ToolResultContentItem"))])),
      permissionMode: Type.Optional(definitions.get("PermissionMode")),
      imagePasteIds: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Integer()]))),
    })),
    SystemRecord: withFields(v2_1_1.records.SystemRecord!, () => ({
      subtype: StringLiteralUnion([...systemSubtypesV2_0_76, "bridge_status"]),
      error: Type.Optional(Type.Object({ cause: Type.Optional(ErrorCause) }, open)),
      url: Type.Optional(Type.String({ format: "uri", description: "bridge_status: the remote-control session link" })),
      cause: Type.Optional(Type.Union([Type.String(), ErrorCause])),
      retryInMs: Type.Optional(Type.Number({ minimum: 0 })),
      retryAttempt: Type.Optional(Type.Integer({ minimum: 0 })),
      maxRetries: Type.Optional(Type.Integer({ minimum: 0 })),
    })),
    ProgressRecord: progressRecord,
    PrLinkRecord: prLinkRecord,
  },
};

/** Every format version, oldest first. */
export const CLAUDE_CODE_FORMATS: readonly SessionFormat[] = [formatV2_0_76, formatV2_1_1, formatV2_1_59];
