// Small utility methods (seed 004's worked example of adding a method end to end), health and status.
import { Type, type Static } from "@sinclair/typebox";
import { NonEmptyString, StringLiteralUnion } from "../primitives.ts";
import { StateVersionSchema } from "./snapshot.ts";

export const SystemEchoParamsSchema = Type.Object({ text: NonEmptyString }, { additionalProperties: false });

export const SystemEchoResultSchema = Type.Object(
  { ok: Type.Boolean(), text: NonEmptyString },
  { additionalProperties: false },
);

/** What `health` answers, the `health` event carries and `hello-ok.snapshot.health` holds. */
export const HealthSummarySchema = Type.Object(
  {
    ok: Type.Boolean(),
    /** Milliseconds since the Unix epoch when the summary was taken. */
    ts: Type.Integer({ minimum: 0 }),
    uptimeMs: Type.Integer({ minimum: 0 }),
    /** Clients past the handshake. */
    connections: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** What `status` answers: the gateway's own view of itself, for operators. */
export const StatusResultSchema = Type.Object(
  {
    server: Type.Object(
      { version: NonEmptyString, host: Type.Optional(NonEmptyString), connId: NonEmptyString },
      { additionalProperties: false },
    ),
    protocol: Type.Integer({ minimum: 1 }),
    uptimeMs: Type.Integer({ minimum: 0 }),
    connections: Type.Integer({ minimum: 0 }),
    stateVersion: StateVersionSchema,
    /** Messages `send` has delivered (each idempotency key counts once). */
    messagesSent: Type.Integer({ minimum: 0 }),
    chatSessions: Type.Integer({ minimum: 0 }),
    memory: Type.Object(
      { rssBytes: Type.Integer({ minimum: 0 }), heapUsedBytes: Type.Integer({ minimum: 0 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/** Machine-readable `ErrorShape.code` values a gateway sends. */
export const ErrorCodeSchema = StringLiteralUnion([
  "NOT_LINKED",
  "NOT_PAIRED",
  "AGENT_TIMEOUT",
  "INVALID_REQUEST",
  "UNAVAILABLE",
  "UNAUTHORIZED",
  "INTERNAL",
]);

export type SystemEchoParams = Static<typeof SystemEchoParamsSchema>;
export type SystemEchoResult = Static<typeof SystemEchoResultSchema>;
export type HealthSummary = Static<typeof HealthSummarySchema>;
export type StatusResult = Static<typeof StatusResultSchema>;
export type ErrorCode = Static<typeof ErrorCodeSchema>;
