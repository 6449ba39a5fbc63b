// Recording events: what every Clone surface records and the API server ingests.
//
// To add an event type, add one `eventVariant(...)` entry to `CloneEventVariants` below and run
// `pnpm protocol:gen`. Everything else (JSON Schema, Swift, DRF serializers, CLONE_EVENT_TYPES,
// validators) is derived from this list.
import { Type, type Static, type TObject, type TProperties } from "@sinclair/typebox";
import { Identifier, NonEmptyString, NonNegativeInteger, NullableString, RFC3339DateTime, StringLiteralUnion } from "./primitives.ts";

export const CloneEventSourceSchema = StringLiteralUnion([
  "desktop",
  "cli",
  "mobile",
  "smartglass",
  "agent",
  "integration",
]);
export type CloneEventSource = Static<typeof CloneEventSourceSchema>;

const baseEventFields = {
  id: Identifier,
  session_id: Identifier,
  occurred_at: RFC3339DateTime,
  source: CloneEventSourceSchema,
  source_detail: Type.Optional(NonEmptyString),
};

// Written as a JSON Schema `if`/`then` so that every validator in every language (AJV, Python's
// jsonschema, the generated DRF serializers) enforces it from the schema, not from TS code.
const integrationNeedsSourceDetail = {
  if: { properties: { source: { const: "integration" } }, required: ["source"] },
  then: { required: ["source_detail"] },
};

/**
 * One event type: the base fields, `type` fixed to `type`, the event's own fields; closed. The
 * description documents the event in every target (JSON Schema, Swift, the server's OpenAPI document).
 */
export function eventVariant<const T extends string, P extends TProperties>(type: T, fields: P, description?: string) {
  return Type.Object(
    { ...baseEventFields, type: Type.Literal(type), ...fields },
    { additionalProperties: false, ...integrationNeedsSourceDetail, ...(description ? { description } : {}) },
  );
}

export const SessionStartedEventSchema = eventVariant("session.started", {}, "A recording session began.");
export const SessionStoppedEventSchema = eventVariant("session.stopped", {}, "A recording session ended.");
export const AppFocusedEventSchema = eventVariant(
  "app.focused",
  { app: NonEmptyString, window_title: NullableString },
  "An app came to the front; `window_title` is null when the app has no titled window.",
);
export const CaptureFrameEventSchema = eventVariant(
  "capture.frame",
  { uri: NonEmptyString, content_hash: NullableString, width: NonNegativeInteger, height: NonNegativeInteger },
  "A screen frame was captured to `uri`, `width` × `height` pixels.",
);
export const AgentPromptEventSchema = eventVariant(
  "agent.prompt",
  { agent: NonEmptyString, prompt: Type.String() },
  "A prompt was sent to an agent.",
);
export const AgentResponseEventSchema = eventVariant(
  "agent.response",
  { agent: NonEmptyString, response: Type.String(), in_response_to: NullableString },
  "An agent answered; `in_response_to` names the prompt event when known.",
);

/** Each variant under the definition name it gets in events.schema.json; order is wire order. */
export const CloneEventVariants = {
  SessionStartedEvent: SessionStartedEventSchema,
  SessionStoppedEvent: SessionStoppedEventSchema,
  AppFocusedEvent: AppFocusedEventSchema,
  CaptureFrameEvent: CaptureFrameEventSchema,
  AgentPromptEvent: AgentPromptEventSchema,
  AgentResponseEvent: AgentResponseEventSchema,
} satisfies Record<string, TObject>;

/** The union of the given event variants, told apart by `type`. */
export function cloneEventUnion<V extends Record<string, TObject>>(variants: V) {
  return Type.Union(Object.values(variants) as V[keyof V][], { discriminator: { propertyName: "type" } });
}

export const CloneEventSchema = cloneEventUnion(CloneEventVariants);

/** Every definition of the recording-events family for the given variants, in document order. */
export function cloneEventDefinitionsOf<V extends Record<string, TObject>>(variants: V) {
  return { ...variants, CloneEvent: cloneEventUnion(variants), CloneEventSource: CloneEventSourceSchema };
}

/** The definitions of events.schema.json. */
export const CloneEventDefinitions = { ...cloneEventDefinitionsOf(CloneEventVariants), CloneEvent: CloneEventSchema };

export type SessionStartedEvent = Static<typeof SessionStartedEventSchema>;
export type SessionStoppedEvent = Static<typeof SessionStoppedEventSchema>;
export type AppFocusedEvent = Static<typeof AppFocusedEventSchema>;
export type CaptureFrameEvent = Static<typeof CaptureFrameEventSchema>;
export type AgentPromptEvent = Static<typeof AgentPromptEventSchema>;
export type AgentResponseEvent = Static<typeof AgentResponseEventSchema>;
export type CloneEvent = Static<typeof CloneEventSchema>;
export type CloneEventType = CloneEvent["type"];

export const CLONE_EVENT_TYPES = Object.values(CloneEventVariants).map(
  (variant) => variant.properties.type.const,
) as readonly CloneEventType[];
