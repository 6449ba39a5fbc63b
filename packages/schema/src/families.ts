// The schema families codegen turns into files. A family is a set of named TypeBox definitions plus
// the discriminated union that is its document's top level. A new family is one entry here.
import type { TObject, TSchema } from "@sinclair/typebox";
import { claudeCodeSessions, CLAUDE_CODE_RECORD_TAG, CLAUDE_CODE_ROOT, type ClaudeCodeSchemaVersion } from "./claude-code/index.ts";
import { CLONE_EVENTS_VERSION, cloneEventDefinitionsOf, CloneEventVariants } from "./events.ts";
import { GatewayEvents, GatewayMethods, GatewayProtocolSchemas, PROTOCOL_VERSION } from "./gateway/index.ts";
import { MAX_IDENTIFIER_LENGTH, MAX_WIRE_INTEGER } from "./primitives.ts";
import type { Validator } from "./validate/ajv.ts";

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
  /** The operations of a request/response protocol, when the family is one (the Gateway). */
  readonly operations?: SchemaOperations;
  /**
   * Where the family's conformance vectors are (a `file:` URL of a folder laid out as fixtures/README.md
   * says): each definition's valid vectors (`<Definition>/valid/*.json`, the root's under its name) are
   * its examples in every output.
   */
  readonly examples?: string;
  /**
   * Which of `constants` is the family's version: bumped for a change that breaks the released
   * baseline (README "Breaking changes").
   */
  readonly versionConstant?: string;
  /**
   * The compiled validators this package ships for the family, by definition name, when they are not
   * `validatorsByName`'s (a versioned family's definitions share names across its versions).
   */
  readonly validators?: Readonly<Record<string, Validator<unknown>>>;
}

/** This package's conformance vectors, shared by the families it renders. */
const FIXTURES = new URL("../fixtures/", import.meta.url).href;

/**
 * A protocol's operations, by definition name: each method's params and result, each server event's
 * payload (absent: not typed), the error-code enum, and the three frames that carry them (a request
 * frame with `id`, `method` and `params`; a response frame with `payload`; an event frame with
 * `event` and `payload`). Codegen publishes them in the document (`x-clone-operations`) and the model
 * carries them to every target.
 */
export interface SchemaOperations {
  readonly frames: { readonly request: string; readonly response: string; readonly event: string };
  readonly methods: Readonly<Record<string, { readonly params?: string; readonly result?: string }>>;
  readonly events: Readonly<Record<string, { readonly payload?: string }>>;
  readonly errorCodes?: string;
}

/**
 * The Gateway family for a set of definitions, methods and events (the real one is `gatewayFamily`);
 * tests add a method to a copy and check that it reaches every layer.
 */
export function gatewayFamilyOf(
  protocol: {
    readonly definitions?: Readonly<Record<string, TSchema>>;
    readonly methods?: SchemaOperations["methods"];
    readonly events?: SchemaOperations["events"];
  } = {},
): SchemaFamily {
  return {
    name: "Gateway",
    id: "https://clone.dev/schemas/protocol.schema.json",
    title: "Clone Gateway Protocol",
    description: "Handshake, request/response, and event frames for the Gateway WebSocket.",
    definitions: protocol.definitions ?? GatewayProtocolSchemas,
    root: { name: "GatewayFrame", discriminator: "type", variants: ["RequestFrame", "ResponseFrame", "EventFrame"] },
    constants: { PROTOCOL_VERSION },
    versionConstant: "PROTOCOL_VERSION",
    operations: {
      frames: { request: "RequestFrame", response: "ResponseFrame", event: "EventFrame" },
      methods: protocol.methods ?? GatewayMethods,
      events: protocol.events ?? GatewayEvents,
      errorCodes: "ErrorCode",
    },
    examples: FIXTURES,
  };
}

export const gatewayFamily: SchemaFamily = gatewayFamilyOf();

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
    constants: { CLONE_EVENTS_VERSION, MAX_IDENTIFIER_LENGTH, MAX_WIRE_INTEGER },
    versionConstant: "CLONE_EVENTS_VERSION",
    examples: FIXTURES,
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
    // A released producer's format never changes: a change to it is a new version (a new family).
    versionConstant: "CLAUDE_CODE_SCHEMA_VERSION",
    validators: version.validators,
  };
}

export const claudeCodeSessionFamilies: readonly SchemaFamily[] = claudeCodeSessions.versions.map(claudeCodeSessionFamilyOf);

/**
 * The project's unversioned families: their definitions are `validatorsByName`'s, and every
 * reference output (docs, bundle) covers them. clone-codegen.config.ts renders these and each Claude
 * Code session version; the conformance run covers every family the config renders.
 */
export const schemaFamilies: readonly SchemaFamily[] = [gatewayFamily, cloneEventsFamily];
