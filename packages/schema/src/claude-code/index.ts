// Claude Code session files (~/.claude/projects/<project>/<session>.jsonl): one record per line,
// versioned by the CLI that wrote them. See versions.ts for the versions and what changed in each.
import type { TSchema } from "@sinclair/typebox";
import { createDocumentValidators } from "../validate/ajv.ts";
import { parseVersion, type SchemaVersion, type VersionedSchemaFamily } from "../validate/versioned.ts";
import { RECORD_TAG, ROOT_DEFINITION, sessionDefinitions, type SessionFormat } from "./format.ts";
import { CLAUDE_CODE_FORMATS } from "./versions.ts";

export { CLAUDE_CODE_FORMATS, formatV2_0_76, formatV2_1_1, formatV2_1_59 } from "./versions.ts";
export { ROOT_DEFINITION as CLAUDE_CODE_ROOT, RECORD_TAG as CLAUDE_CODE_RECORD_TAG, sessionDefinitions, type RecordSpec, type SessionFormat } from "./format.ts";
export { toolInputDefinitionName, type ToolInputs, type ToolSet } from "./tools.ts";

export interface ClaudeCodeSchemaVersion extends SchemaVersion {
  readonly format: SessionFormat;
  readonly definitions: Readonly<Record<string, TSchema>>;
}

function schemaVersionOf(format: SessionFormat): ClaudeCodeSchemaVersion {
  const definitions = sessionDefinitions(format);
  return {
    version: format.version,
    firstProducerVersion: format.firstCliVersion,
    recordTags: new Set(Object.values(format.records).map((record) => record.type)),
    validators: createDocumentValidators(definitions),
    format,
    definitions,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The Claude Code session format, every version: `validate` picks one per file from its records. */
export const claudeCodeSessions: VersionedSchemaFamily & { readonly versions: readonly ClaudeCodeSchemaVersion[] } = {
  title: "Claude Code session",
  producer: "Claude Code CLI",
  root: ROOT_DEFINITION,
  versions: CLAUDE_CODE_FORMATS.map(schemaVersionOf),
  producerVersionOf: (record) => {
    const version = isRecord(record) ? record.version : undefined;
    return typeof version === "string" && parseVersion(version) ? version : undefined;
  },
  recordTagOf: (record) => {
    const tag = isRecord(record) ? record[RECORD_TAG] : undefined;
    return typeof tag === "string" ? tag : undefined;
  },
};

/** The newest version's definitions: what a consumer of current session files reads. */
export const claudeCodeSessionLatest = claudeCodeSessions.versions[claudeCodeSessions.versions.length - 1]!;
