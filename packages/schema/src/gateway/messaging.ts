// Outbound messaging and agent runs: methods with side effects carry an idempotencyKey.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString, StringLiteralUnion } from "../primitives.ts";

const idempotencyKey = (effect: string) =>
  described(NonEmptyString, `Chosen by the client, unique per intended ${effect}: the gateway performs it once per key, and a repeat with the same key and params gets the first answer again (a repeat with other params is refused).`);

export const SendParamsSchema = Type.Object(
  {
    to: described(NonEmptyString, "The recipient, in the delivering provider's own address form (a phone number, a chat id)."),
    message: described(NonEmptyString, "The text to deliver."),
    mediaUrl: Type.Optional(Type.String({ description: "URL of an image or other media to attach." })),
    provider: Type.Optional(Type.String({ description: "Which messaging provider delivers it (e.g. `whatsapp`, `telegram`); the gateway's default when absent." })),
    idempotencyKey: idempotencyKey("message"),
  },
  { additionalProperties: false, description: "Params of `send`: deliver one message to a recipient through a messaging provider." },
);

/** What `send` answers; replaying the same idempotencyKey answers the same message again. */
export const SendResultSchema = Type.Object(
  {
    messageId: described(NonEmptyString, "The gateway's id for the accepted message."),
    to: described(NonEmptyString, "The recipient, as given in the params."),
    ts: Type.Integer({ minimum: 0, description: "When the gateway accepted the message, in milliseconds since the Unix epoch." }),
  },
  { additionalProperties: false, description: "Result of `send`: the message was accepted for delivery. Repeating the request with the same `idempotencyKey` answers this same result again." },
);

export const AgentParamsSchema = Type.Object(
  {
    message: described(NonEmptyString, "The prompt for the agent."),
    to: Type.Optional(Type.String({ description: "Where to deliver the agent's reply, in the provider's address form." })),
    sessionId: Type.Optional(Type.String({ description: "The agent session to continue, by id." })),
    sessionKey: Type.Optional(Type.String({ description: "The agent session to continue, by key (e.g. `main`)." })),
    thinking: Type.Optional(Type.String({ description: "How much the agent should reason before answering, e.g. `low`, `high`." })),
    deliver: Type.Optional(Type.Boolean({ description: "True to deliver the reply to `to` through `channel`; otherwise it is only recorded." })),
    channel: Type.Optional(Type.String({ description: "The messaging channel that delivers the reply, e.g. `whatsapp`, `last`." })),
    timeout: Type.Optional(Type.Integer({ minimum: 0, description: "Seconds the run may take before it is stopped." })),
    idempotencyKey: idempotencyKey("agent run"),
  },
  { additionalProperties: false, description: "Params of `agent`: start an agent run on a prompt; its output streams as `agent` events." },
);

export const WakeParamsSchema = Type.Object(
  {
    mode: StringLiteralUnion(
      { now: "Wake the agent at once.", "next-heartbeat": "Hand the text to the agent at its next scheduled heartbeat." },
      { description: "When the agent sees the text." },
    ),
    text: described(NonEmptyString, "The text the agent wakes up to, as a system event."),
  },
  { additionalProperties: false, description: "Params of `wake`: give the agent a system event, now or at its next heartbeat." },
);

export type SendParams = Static<typeof SendParamsSchema>;
export type SendResult = Static<typeof SendResultSchema>;
export type AgentParams = Static<typeof AgentParamsSchema>;
export type WakeParams = Static<typeof WakeParamsSchema>;
