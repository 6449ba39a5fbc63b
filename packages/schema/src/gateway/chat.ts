// WebChat: history, sending a message, and the streamed chat event.
import { Type, type Static } from "@sinclair/typebox";
import { NonEmptyString, StringLiteralUnion } from "../primitives.ts";

export const ChatHistoryParamsSchema = Type.Object(
  { sessionKey: NonEmptyString },
  { additionalProperties: false },
);

export const ChatSendParamsSchema = Type.Object(
  {
    sessionKey: NonEmptyString,
    message: NonEmptyString,
    thinking: Type.Optional(Type.String()),
    deliver: Type.Optional(Type.Boolean()),
    attachments: Type.Optional(Type.Array(Type.Unknown())),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 0 })),
    idempotencyKey: NonEmptyString,
  },
  { additionalProperties: false },
);

/** `chat.send` answers at once with the run it started; the reply streams as `chat` events. */
export const ChatSendResultSchema = Type.Object({ runId: NonEmptyString }, { additionalProperties: false });

/** One message of a chat session, as `chat.history` returns it and `chat` events carry it. */
export const ChatMessageSchema = Type.Object(
  {
    runId: NonEmptyString,
    role: StringLiteralUnion(["user", "assistant"]),
    text: Type.String(),
    ts: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const ChatHistoryResultSchema = Type.Object(
  { sessionKey: NonEmptyString, messages: Type.Array(ChatMessageSchema) },
  { additionalProperties: false },
);

export const ChatEventSchema = Type.Object(
  {
    runId: NonEmptyString,
    sessionKey: NonEmptyString,
    seq: Type.Integer({ minimum: 0 }),
    state: StringLiteralUnion(["delta", "final", "error"]),
    message: Type.Optional(Type.Unknown()),
    errorMessage: Type.Optional(Type.String()),
    usage: Type.Optional(Type.Unknown()),
    stopReason: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export type ChatHistoryParams = Static<typeof ChatHistoryParamsSchema>;
export type ChatSendParams = Static<typeof ChatSendParamsSchema>;
export type ChatSendResult = Static<typeof ChatSendResultSchema>;
export type ChatMessage = Static<typeof ChatMessageSchema>;
export type ChatHistoryResult = Static<typeof ChatHistoryResultSchema>;
export type ChatEvent = Static<typeof ChatEventSchema>;
