// WebChat: history, sending a message, and the streamed chat event.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString, StringLiteralUnion } from "../primitives.ts";

const sessionKey = (role: string) => described(NonEmptyString, `The chat session ${role}, by key (e.g. \`main\`); a key names one conversation, shared by every client that uses it.`);

export const ChatHistoryParamsSchema = Type.Object(
  { sessionKey: sessionKey("to read") },
  { additionalProperties: false, description: "Params of `chat.history`: read a chat session's messages." },
);

export const ChatSendParamsSchema = Type.Object(
  {
    sessionKey: sessionKey("to write to"),
    message: described(NonEmptyString, "The user's message."),
    thinking: Type.Optional(Type.String({ description: "How much the agent should reason before answering, e.g. `low`, `high`." })),
    deliver: Type.Optional(Type.Boolean({ description: "True to also deliver the agent's reply through the session's messaging channel." })),
    attachments: Type.Optional(Type.Array(Type.Unknown(), { description: "Files sent with the message (images, documents), each any JSON the agent understands." })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 0, description: "Milliseconds the agent's run may take before it is stopped." })),
    idempotencyKey: described(NonEmptyString, "Chosen by the client, unique per message: the gateway starts one run per key, and a repeat with the same key and params gets the first answer again."),
  },
  { additionalProperties: false, description: "Params of `chat.send`: post a user message to a chat session; the agent's reply streams back as `chat` events." },
);

/** `chat.send` answers at once with the run it started; the reply streams as `chat` events. */
export const ChatSendResultSchema = Type.Object(
  { runId: described(NonEmptyString, "The agent run the message started; the `chat` events of its reply carry the same `runId`.") },
  { additionalProperties: false, description: "Result of `chat.send`, answered at once: the run that will produce the reply." },
);

/** One message of a chat session, as `chat.history` returns it and `chat` events carry it. */
export const ChatMessageSchema = Type.Object(
  {
    runId: described(NonEmptyString, "The agent run the message belongs to: a user message and the reply to it share one."),
    role: StringLiteralUnion({ user: "Written by the user.", assistant: "Written by the agent." }, { description: "Who wrote the message." }),
    text: Type.String({ description: "The message's text." }),
    ts: Type.Integer({ minimum: 0, description: "When the message was written, in milliseconds since the Unix epoch." }),
  },
  { additionalProperties: false, description: "One message of a chat session." },
);

export const ChatHistoryResultSchema = Type.Object(
  {
    sessionKey: described(NonEmptyString, "The session read, as given in the params."),
    messages: Type.Array(ChatMessageSchema, { description: "The session's messages, oldest first." }),
  },
  { additionalProperties: false, description: "Result of `chat.history`: a chat session's user and assistant messages." },
);

export const ChatEventSchema = Type.Object(
  {
    runId: described(NonEmptyString, "The agent run this output belongs to (`ChatSendResult.runId`)."),
    sessionKey: described(NonEmptyString, "The chat session the run writes to."),
    seq: Type.Integer({ minimum: 0, description: "Position of this event within its run, from 0: a client orders the deltas by it." }),
    state: StringLiteralUnion(
      {
        delta: "More of the reply: `message` holds the new part.",
        final: "The reply is complete: `message` holds all of it.",
        error: "The run failed: `errorMessage` says why.",
      },
      { description: "Where the run stands." },
    ),
    message: Type.Optional(Type.Unknown({ description: "The reply so far (`delta`: the new part; `final`: the whole message), e.g. `{ \"role\": \"assistant\", \"text\": \"…\" }`." })),
    errorMessage: Type.Optional(Type.String({ description: "Why the run failed, when `state` is `error`." })),
    usage: Type.Optional(Type.Unknown({ description: "What the run consumed (e.g. tokens), as the agent reports it, with the `final` event." })),
    stopReason: Type.Optional(Type.String({ description: "Why the agent stopped, with the `final` event, e.g. `end_turn`." })),
  },
  { additionalProperties: false, description: "Payload of the `chat` event: a piece of an agent's reply in a chat session. A run streams `delta` events, then one `final` (or `error`), with `seq` rising from 0." },
);

export type ChatHistoryParams = Static<typeof ChatHistoryParamsSchema>;
export type ChatSendParams = Static<typeof ChatSendParamsSchema>;
export type ChatSendResult = Static<typeof ChatSendResultSchema>;
export type ChatMessage = Static<typeof ChatMessageSchema>;
export type ChatHistoryResult = Static<typeof ChatHistoryResultSchema>;
export type ChatEvent = Static<typeof ChatEventSchema>;
