// Small utility methods (seed 004's worked example of adding a method end to end), health and status.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString, StringLiteralUnion } from "../primitives.ts";
import { StateVersionSchema } from "./snapshot.ts";

export const SystemEchoParamsSchema = Type.Object(
  { text: described(NonEmptyString, "The text to echo back.") },
  { additionalProperties: false, description: "Params of `system.echo`: text for the gateway to send back, to test a connection end to end." },
);

export const SystemEchoResultSchema = Type.Object(
  {
    ok: Type.Boolean({ description: "Always true when the echo succeeded." }),
    text: described(NonEmptyString, "The text from the params, unchanged."),
  },
  { additionalProperties: false, description: "Result of `system.echo`: the text that was sent." },
);

/** What `health` answers, the `health` event carries and `hello-ok.snapshot.health` holds. */
export const HealthSummarySchema = Type.Object(
  {
    ok: Type.Boolean({ description: "True when the gateway is working normally." }),
    ts: Type.Integer({ minimum: 0, description: "When the summary was taken, in milliseconds since the Unix epoch." }),
    uptimeMs: Type.Integer({ minimum: 0, description: "Milliseconds since the gateway started." }),
    connections: Type.Integer({ minimum: 0, description: "Clients connected and past the handshake." }),
  },
  { additionalProperties: false, description: "The gateway's health: the result of `health`, the payload of the `health` event, and what `hello-ok.snapshot.health` holds." },
);

/** What `status` answers: the gateway's own view of itself, for operators. */
export const StatusResultSchema = Type.Object(
  {
    server: Type.Object(
      {
        version: described(NonEmptyString, "The gateway software's version."),
        host: Type.Optional(described(NonEmptyString, "The name of the machine the gateway runs on, when it tells.")),
        connId: described(NonEmptyString, "The gateway's id for the connection that asked."),
      },
      { additionalProperties: false, description: "The gateway that answered." },
    ),
    protocol: Type.Integer({ minimum: 1, description: "The protocol version the gateway speaks (`PROTOCOL_VERSION`)." }),
    uptimeMs: Type.Integer({ minimum: 0, description: "Milliseconds since the gateway started." }),
    connections: Type.Integer({ minimum: 0, description: "Clients connected and past the handshake." }),
    stateVersion: described(StateVersionSchema, "The gateway's state counters now."),
    messagesSent: Type.Integer({ minimum: 0, description: "Messages `send` has delivered since the gateway started (each idempotency key counts once)." }),
    chatSessions: Type.Integer({ minimum: 0, description: "Chat sessions the gateway holds." }),
    memory: Type.Object(
      {
        rssBytes: Type.Integer({ minimum: 0, description: "The process's resident memory, in bytes." }),
        heapUsedBytes: Type.Integer({ minimum: 0, description: "Memory the gateway's objects use, in bytes." }),
      },
      { additionalProperties: false, description: "What the gateway process uses of the machine's memory." },
    ),
  },
  { additionalProperties: false, description: "Result of `status`: the gateway's own view of itself, for operators." },
);

/** Machine-readable `ErrorShape.code` values a gateway sends. */
export const ErrorCodeSchema = StringLiteralUnion(
  {
    NOT_LINKED: "The messaging provider the request needs is not linked to this gateway.",
    NOT_PAIRED: "The device is not paired (node methods).",
    AGENT_TIMEOUT: "The agent did not answer within the allowed time.",
    INVALID_REQUEST: "The frame or its params are malformed, the method is unknown, or the handshake failed; `message` names the JSON pointer.",
    UNAVAILABLE: "The method is part of the protocol but this gateway does not serve it, or a service it needs is down.",
    UNAUTHORIZED: "The `connect` token is missing or wrong.",
    INTERNAL: "A bug in the gateway: the request may have been fine.",
  },
  { description: "Machine-readable reasons a request fails, as `ErrorShape.code` carries them." },
);

export type SystemEchoParams = Static<typeof SystemEchoParamsSchema>;
export type SystemEchoResult = Static<typeof SystemEchoResultSchema>;
export type HealthSummary = Static<typeof HealthSummarySchema>;
export type StatusResult = Static<typeof StatusResultSchema>;
export type ErrorCode = Static<typeof ErrorCodeSchema>;
