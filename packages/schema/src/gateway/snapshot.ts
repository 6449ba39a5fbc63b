// Presence and the state snapshot a client receives on connect.
import { Type, type Static } from "@sinclair/typebox";
import { NonEmptyString, StringLiteralUnion } from "../primitives.ts";

export const PresenceEntrySchema = Type.Object(
  {
    host: Type.Optional(NonEmptyString),
    ip: Type.Optional(NonEmptyString),
    version: Type.Optional(NonEmptyString),
    mode: Type.Optional(NonEmptyString),
    lastInputSeconds: Type.Optional(Type.Integer({ minimum: 0 })),
    reason: Type.Optional(NonEmptyString),
    tags: Type.Optional(Type.Array(NonEmptyString)),
    text: Type.Optional(Type.String()),
    ts: Type.Integer({ minimum: 0 }),
    instanceId: Type.Optional(NonEmptyString),
  },
  { additionalProperties: false },
);

export const StateVersionSchema = Type.Object(
  {
    presence: Type.Integer({ minimum: 0 }),
    health: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const SnapshotSchema = Type.Object(
  {
    presence: Type.Array(PresenceEntrySchema),
    health: Type.Unknown(),
    stateVersion: StateVersionSchema,
    uptimeMs: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** The `presence` event: one client joined or left; `EventFrame.stateVersion.presence` counts changes. */
export const PresenceEventSchema = Type.Object(
  { change: StringLiteralUnion(["joined", "left"]), entry: PresenceEntrySchema },
  { additionalProperties: false },
);

export type PresenceEvent = Static<typeof PresenceEventSchema>;
export type PresenceEntry = Static<typeof PresenceEntrySchema>;
export type StateVersion = Static<typeof StateVersionSchema>;
export type Snapshot = Static<typeof SnapshotSchema>;
