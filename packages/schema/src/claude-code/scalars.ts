// The scalar shapes every version of the Claude Code session format shares: ids, timestamps, versions.
import { Type } from "@sinclair/typebox";
import { RFC3339DateTime } from "../primitives.ts";

/** A lowercase hyphenated UUID: record ids, session ids, message ids of file-history snapshots. */
export const Uuid = Type.String({ pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" });

/** `parentUuid` is null on the first record of a conversation (and after a compaction boundary). */
export const NullableUuid = Type.Union([Uuid, Type.Null()]);

/** Every timestamp in a session file is RFC 3339 with `Z` (the CLI writes `Date.toISOString()`). */
export const Timestamp = RFC3339DateTime;

/** The CLI's own semver, `major.minor.patch`: what picks the format version (see versions.ts). */
export const CliVersion = Type.String({ pattern: "^\\d+\\.\\d+\\.\\d+$" });

/** Model ids are open-ended ("claude-opus-4-5-20251101", "<synthetic>" for CLI-made messages). */
export const ModelId = Type.String();

// Anthropic API ids. The part after the prefix may itself hold underscores: requests through Vertex
// AI and Bedrock carry a provider infix (`toolu_vrtx_…`, `req_vrtx_…`).
export const ToolUseId = Type.String({ pattern: "^toolu_[A-Za-z0-9_]+$" });
export const RequestId = Type.String({ pattern: "^req_[A-Za-z0-9_]+$" });

/** Any JSON object: for values the format leaves unspecified (tool results, hook details). */
export const AnyObject = Type.Object({}, { additionalProperties: true });
