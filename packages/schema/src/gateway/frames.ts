// The three frames every Gateway WebSocket message is: request, response, server event.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString } from "../primitives.ts";
import { StateVersionSchema } from "./snapshot.ts";

export const ErrorShapeSchema = Type.Object(
  {
    code: described(NonEmptyString, "Machine-readable reason, one of the `ErrorCode` values (e.g. `INVALID_REQUEST`); a client branches on this, never on `message`."),
    message: described(NonEmptyString, "Human-readable explanation, e.g. `invalid params for system.echo: /params/text: expected string`; for logs and people, not for parsing."),
    details: Type.Optional(Type.Unknown({ description: "Machine-readable specifics, any JSON: e.g. `{ \"issues\": [{ \"pointer\", \"message\" }] }` for invalid params, `{ \"expectedProtocol\": 2 }` for a protocol mismatch, `{ \"method\" }` for an unknown method." })),
    retryable: Type.Optional(Type.Boolean({ description: "True when sending the same request again later may succeed (the gateway was busy or an upstream was down); absent or false means retrying cannot help." })),
    retryAfterMs: Type.Optional(Type.Integer({ minimum: 0, description: "Milliseconds the client should wait before retrying, when `retryable` is true." })),
  },
  { additionalProperties: false, description: "Why a request failed: sent by the gateway as `ResponseFrame.error` when `ok` is false." },
);

export const RequestFrameSchema = Type.Object(
  {
    type: Type.Literal("req", { description: "Always `req`: this frame is a request." }),
    id: described(NonEmptyString, "Chosen by the client, unique among its requests still waiting for an answer; the gateway echoes it in the `ResponseFrame` so the client can pair them."),
    method: described(NonEmptyString, "The method to call, e.g. `connect`, `health`, `chat.send`; `hello-ok.features.methods` lists those the gateway serves. The first request on a connection must be `connect`."),
    params: Type.Optional(Type.Unknown({ description: "The method's arguments: for a method with a params definition (e.g. `ConnectParams` for `connect`), an object of that shape; absent (or `{}`) for methods that take none." })),
  },
  { additionalProperties: false, description: "A call from the client to a gateway method. The gateway answers each with exactly one `ResponseFrame` carrying the same `id`." },
);

export const ResponseFrameSchema = Type.Object(
  {
    type: Type.Literal("res", { description: "Always `res`: this frame answers a request." }),
    id: described(NonEmptyString, "The `id` of the request this answers."),
    ok: Type.Boolean({ description: "True when the method succeeded (`payload` holds its result); false when it failed (`error` says why)." }),
    payload: Type.Optional(Type.Unknown({ description: "The method's result when `ok` is true, of the method's result definition where it has one (e.g. `HelloOk` for `connect`)." })),
    error: Type.Optional(described(ErrorShapeSchema, "Why the method failed, when `ok` is false.")),
  },
  { additionalProperties: false, description: "The gateway's answer to one `RequestFrame`." },
);

export const EventFrameSchema = Type.Object(
  {
    type: Type.Literal("event", { description: "Always `event`: this frame is pushed by the gateway, unasked." }),
    event: described(NonEmptyString, "The event's name, e.g. `tick`, `presence`, `chat`, `shutdown`; `hello-ok.features.events` lists those the gateway sends."),
    payload: Type.Optional(Type.Unknown({ description: "The event's data, of the event's payload definition where it has one (e.g. `TickEvent` for `tick`)." })),
    seq: Type.Optional(Type.Integer({ minimum: 0, description: "Position of this event among the events sent on this connection: rises by one per event, so a gap means a missed event." })),
    stateVersion: Type.Optional(described(StateVersionSchema, "The gateway's state counters after the change this event reports (sent with `presence` events), so a client can tell whether its snapshot is current.")),
  },
  { additionalProperties: false, description: "An event the gateway pushes to a connected client after the handshake: ticks, presence changes, chat output, shutdown." },
);

// `discriminator: "type"` (a bare string) is what the golden protocol file carries on this union.
export const GatewayFrameSchema = Type.Union([RequestFrameSchema, ResponseFrameSchema, EventFrameSchema], {
  discriminator: "type",
  description: "Every WebSocket text message of the Gateway protocol is one JSON frame, told apart by `type`: a request (`req`), a response (`res`) or an event (`event`).",
});

export type ErrorShape = Static<typeof ErrorShapeSchema>;
export type RequestFrame = Static<typeof RequestFrameSchema>;
export type ResponseFrame = Static<typeof ResponseFrameSchema>;
export type EventFrame = Static<typeof EventFrameSchema>;
export type GatewayFrame = Static<typeof GatewayFrameSchema>;
