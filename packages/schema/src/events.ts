// Recording events: what every Clone surface records and the API server ingests.
//
// To add an event type, add one `eventVariant(...)` entry to `CloneEventVariants` below and run
// `pnpm protocol:gen`. Everything else (JSON Schema, Swift, DRF serializers, CLONE_EVENT_TYPES,
// validators) is derived from this list.
import { Type, type Static, type TObject, type TProperties } from "@sinclair/typebox";
import { described, Identifier, NonEmptyString, NonNegativeInteger, NullableString, RFC3339DateTime, StringLiteralUnion } from "./primitives.ts";

/**
 * The recording-event family's version: bump it with a change that breaks the released baseline
 * (protocol/baseline/CloneEvents.schema.json; README "Breaking changes").
 */
export const CLONE_EVENTS_VERSION = 1;

export const CloneEventSourceSchema = StringLiteralUnion(
  {
    desktop: "Computer-use trajectory on macOS, Windows or Linux.",
    cli: "A terminal session.",
    mobile: "Smartphone-use trajectory (iOS, Android).",
    smartglass: "Smart-glass-use trajectory (e.g. Meta Ray-Ban).",
    agent: "Server-side agent events (Anthropic, OpenAI, …).",
    integration: "A third-party service; `source_detail` names the provider and is required.",
  },
  { description: "The surface (modality) an event was recorded on." },
);
export type CloneEventSource = Static<typeof CloneEventSourceSchema>;

const baseEventFields = {
  id: described(Identifier, "The event's own id, chosen by the recording surface and unique across all events: the server stores an event once per id, so sending it again is harmless."),
  session_id: described(Identifier, "The recording session the event belongs to; every event of one session shares it."),
  occurred_at: described(RFC3339DateTime, "When the event happened on the recording device: an RFC 3339 date-time with an offset or `Z`, e.g. `2026-01-31T09:30:00Z`."),
  source: CloneEventSourceSchema,
  source_detail: Type.Optional(
    described(NonEmptyString, "Which provider or product within `source` recorded the event, e.g. `slack`, `notion`, `github`, `claude-code`. Required when `source` is `integration`; optional otherwise."),
  ),
};

/** The `type` tag of one event type, as every output documents it. */
function eventTag<const T extends string>(type: T) {
  return Type.Literal(type, { description: `Always \`${type}\`: tells this event type apart from the others.` });
}

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
    { ...baseEventFields, type: eventTag(type), ...fields },
    { additionalProperties: false, ...integrationNeedsSourceDetail, ...(description ? { description } : {}) },
  );
}

export const SessionStartedEventSchema = eventVariant("session.started", {}, "A recording session began.");
export const SessionStoppedEventSchema = eventVariant("session.stopped", {}, "A recording session ended.");
export const AppFocusedEventSchema = eventVariant(
  "app.focused",
  {
    app: described(NonEmptyString, "The app that came to the front, by name or bundle id, e.g. `Safari`, `com.apple.Safari`."),
    window_title: described(NullableString, "The title of the app's front window; null when it has no titled window (the key is always present)."),
  },
  "An app came to the front; `window_title` is null when the app has no titled window.",
);
export const CaptureFrameEventSchema = eventVariant(
  "capture.frame",
  {
    uri: described(NonEmptyString, "Where the captured image is stored, e.g. `file:///…/frame-0001.png` or an object-store URL."),
    content_hash: described(NullableString, "A hash of the image's bytes (e.g. `sha256:…`), to spot identical frames; null when not computed (the key is always present)."),
    width: described(NonNegativeInteger, "The image's width, in pixels."),
    height: described(NonNegativeInteger, "The image's height, in pixels."),
  },
  "A screen frame was captured to `uri`, `width` × `height` pixels.",
);
export const AgentPromptEventSchema = eventVariant(
  "agent.prompt",
  {
    agent: described(NonEmptyString, "The agent prompted, e.g. `claude-code`, `codex`."),
    prompt: Type.String({ description: "The prompt's text, as sent (may be empty)." }),
  },
  "A prompt was sent to an agent.",
);
export const AgentResponseEventSchema = eventVariant(
  "agent.response",
  {
    agent: described(NonEmptyString, "The agent that answered, e.g. `claude-code`."),
    response: Type.String({ description: "The answer's text, as received (may be empty)." }),
    in_response_to: described(NullableString, "The `id` of the `agent.prompt` event this answers; null when unknown (the key is always present)."),
  },
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
  return Type.Union(Object.values(variants) as V[keyof V][], {
    discriminator: { propertyName: "type" },
    description: "One recorded event: the fields every event shares, plus those of its type, told apart by `type`.",
  });
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
