// The schema families codegen turns into files. A family is a set of named TypeBox definitions plus
// the discriminated union that is its document's top level. A new family is one entry here.
import type { TObject, TSchema } from "@sinclair/typebox";
import { claudeCodeSessions, CLAUDE_CODE_RECORD_TAG, CLAUDE_CODE_ROOT, type ClaudeCodeSchemaVersion } from "./claude-code/index.ts";
import { cloneEventDefinitionsOf, CloneEventVariants } from "./events.ts";
import { GatewayProtocolSchemas, PROTOCOL_VERSION } from "./gateway/index.ts";
import { MAX_IDENTIFIER_LENGTH, MAX_WIRE_INTEGER } from "./primitives.ts";

export interface SchemaFamily {
  /** Stable identifier, used in clone-codegen.config.ts and in generated names (`Gateway…`). */
  readonly name: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Named definitions, in the order they appear in the generated document. */
  readonly definitions: Readonly<Record<string, TSchema>>;
  /** The top level of the document: a union of some definitions, told apart by one property. */
  readonly root: {
    readonly name: string;
    readonly discriminator: string;
    readonly variants: readonly string[];
  };
  /** Named scalar constants every target should export (e.g. the protocol version). */
  readonly constants?: Readonly<Record<string, string | number>>;
}

export const gatewayFamily: SchemaFamily = {
  name: "Gateway",
  id: "https://clone.dev/schemas/protocol.schema.json",
  title: "Clone Gateway Protocol",
  description: "Handshake, request/response, and event frames for the Gateway WebSocket.",
  definitions: GatewayProtocolSchemas,
  root: { name: "GatewayFrame", discriminator: "type", variants: ["RequestFrame", "ResponseFrame", "EventFrame"] },
  constants: { PROTOCOL_VERSION },
};

/** The recording-events family for a set of event variants (the real one is `cloneEventsFamily`). */
export function cloneEventsFamilyOf(variants: Readonly<Record<string, TObject>>): SchemaFamily {
  return {
    name: "CloneEvents",
    id: "https://clone.dev/schemas/events.schema.json",
    title: "Clone Recording Events",
    description: "Events every Clone surface records and the API server ingests, discriminated by `type`.",
    definitions: cloneEventDefinitionsOf(variants),
    root: { name: "CloneEvent", discriminator: "type", variants: Object.keys(variants) },
    // The wire limits servers enforce beyond single fields (e.g. on every integer of a body).
    constants: { MAX_IDENTIFIER_LENGTH, MAX_WIRE_INTEGER },
  };
}

export const cloneEventsFamily = cloneEventsFamilyOf(CloneEventVariants);

/** One family per version of the Claude Code session format, oldest first. */
export function claudeCodeSessionFamilyOf(version: ClaudeCodeSchemaVersion): SchemaFamily {
  const records = Object.keys(version.format.records);
  return {
    name: `ClaudeCodeSessionV${version.version.replaceAll(".", "_")}`,
    id: `https://clone.dev/schemas/claude-code/v${version.version}/session.schema.json`,
    title: `Claude Code Session (v${version.version})`,
    description: `One line of a Claude Code session file, CLI ${version.firstProducerVersion} and later until the next version.`,
    definitions: version.definitions,
    root: { name: CLAUDE_CODE_ROOT, discriminator: CLAUDE_CODE_RECORD_TAG, variants: records },
    constants: { CLAUDE_CODE_SCHEMA_VERSION: version.version, CLAUDE_CODE_FIRST_CLI_VERSION: version.firstProducerVersion },
  };
}

export const claudeCodeSessionFamilies: readonly SchemaFamily[] = claudeCodeSessions.versions.map(claudeCodeSessionFamilyOf);

/**
 * The families the codegen targets and the conformance run cover. The Claude Code session families are
 * not among them yet: the model refuses their open tool-name enum and untagged tool-input union (the
 * model rework teaches it those), so they are validated at run time only for now.
 */
export const schemaFamilies: readonly SchemaFamily[] = [gatewayFamily, cloneEventsFamily];
