// The scalar shapes every version of the Claude Code session format shares: ids, timestamps, versions.
import { Type } from "@sinclair/typebox";
import { described, RFC3339DateTime } from "../primitives.ts";

/** A lowercase hyphenated UUID: record ids, session ids, message ids of file-history snapshots. */
export const Uuid = Type.String({
  pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
  description: "A UUID in lowercase hyphenated form, e.g. `1af7fc5e-8455-4414-9ccd-011d40f70b2a`.",
});

/** `parentUuid` is null on the first record of a conversation (and after a compaction boundary). */
export const NullableUuid = Type.Union([Uuid, Type.Null()], { description: "A UUID, or null where there is none." });

/** Every timestamp in a session file is RFC 3339 with `Z` (the CLI writes `Date.toISOString()`). */
export const Timestamp = described(RFC3339DateTime, "An RFC 3339 date-time; the CLI writes UTC with milliseconds, e.g. `2026-02-11T09:30:00.123Z`.");

/** The CLI's own semver, `major.minor.patch`: what picks the format version (see versions.ts). */
export const CliVersion = Type.String({ pattern: "^\\d+\\.\\d+\\.\\d+$", description: "A Claude Code CLI version, `major.minor.patch`, e.g. `2.1.38`." });

/** Model ids are open-ended ("claude-opus-4-5-20251101", "<synthetic>" for CLI-made messages). */
export const ModelId = Type.String({ description: "The model that wrote a message, e.g. `claude-opus-4-5-20251101`; `<synthetic>` for messages the CLI made itself." });

// Anthropic API ids. The part after the prefix may itself hold underscores: requests through Vertex
// AI and Bedrock carry a provider infix (`toolu_vrtx_…`, `req_vrtx_…`).
export const ToolUseId = Type.String({ pattern: "^toolu_[A-Za-z0-9_]+$", description: "A tool call's id as the Anthropic API gives it, `toolu_…` (`toolu_vrtx_…` through Vertex AI)." });
export const RequestId = Type.String({ pattern: "^req_[A-Za-z0-9_]+$", description: "An Anthropic API request id, `req_…`." });

/** Any JSON object: for values the format leaves unspecified (tool results, hook details). */
export const AnyObject = Type.Object({}, { additionalProperties: true, description: "Any JSON object: the format leaves its keys unspecified." });
