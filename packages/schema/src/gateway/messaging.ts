// Outbound messaging and agent runs: methods with side effects carry an idempotencyKey.
import { Type, type Static } from "@sinclair/typebox";
import { NonEmptyString, StringLiteralUnion } from "../primitives.ts";

export const SendParamsSchema = Type.Object(
  {
    to: NonEmptyString,
    message: NonEmptyString,
    mediaUrl: Type.Optional(Type.String()),
    provider: Type.Optional(Type.String()),
    idempotencyKey: NonEmptyString,
  },
  { additionalProperties: false },
);

/** What `send` answers; replaying the same idempotencyKey answers the same message again. */
export const SendResultSchema = Type.Object(
  {
    messageId: NonEmptyString,
    to: NonEmptyString,
    /** Milliseconds since the Unix epoch when the gateway accepted the message. */
    ts: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const AgentParamsSchema = Type.Object(
  {
    message: NonEmptyString,
    to: Type.Optional(Type.String()),
    sessionId: Type.Optional(Type.String()),
    sessionKey: Type.Optional(Type.String()),
    thinking: Type.Optional(Type.String()),
    deliver: Type.Optional(Type.Boolean()),
    channel: Type.Optional(Type.String()),
    timeout: Type.Optional(Type.Integer({ minimum: 0 })),
    idempotencyKey: NonEmptyString,
  },
  { additionalProperties: false },
);

export const WakeParamsSchema = Type.Object(
  {
    mode: StringLiteralUnion(["now", "next-heartbeat"]),
    text: NonEmptyString,
  },
  { additionalProperties: false },
);

export type SendParams = Static<typeof SendParamsSchema>;
export type SendResult = Static<typeof SendResultSchema>;
export type AgentParams = Static<typeof AgentParamsSchema>;
export type WakeParams = Static<typeof WakeParamsSchema>;
