// Presence and the state snapshot a client receives on connect.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString, StringLiteralUnion } from "../primitives.ts";

export const PresenceEntrySchema = Type.Object(
  {
    host: Type.Optional(described(NonEmptyString, "Name of the machine the client runs on, when known.")),
    ip: Type.Optional(described(NonEmptyString, "The client's IP address as the gateway sees it, e.g. `127.0.0.1`.")),
    version: Type.Optional(described(NonEmptyString, "The client program's version (its `ConnectParams.client.version`).")),
    mode: Type.Optional(described(NonEmptyString, "How the client is used (its `ConnectParams.client.mode`), e.g. `ui`, `cli`.")),
    lastInputSeconds: Type.Optional(Type.Integer({ minimum: 0, description: "Seconds since the user last touched keyboard or mouse on that machine, when the client reports it: tells an active user from an idle one." })),
    reason: Type.Optional(described(NonEmptyString, "Why this entry was last updated, e.g. `connect`.")),
    tags: Type.Optional(Type.Array(NonEmptyString, { description: "Labels for the client, such as the capabilities it offered (`ConnectParams.caps`)." })),
    text: Type.Optional(Type.String({ description: "A one-line human-readable summary of the entry, for display." })),
    ts: Type.Integer({ minimum: 0, description: "When the entry was last updated, in milliseconds since the Unix epoch." }),
    instanceId: Type.Optional(described(NonEmptyString, "The client installation's id (its `ConnectParams.client.instanceId`).")),
  },
  { additionalProperties: false, description: "One connected client as presence shows it: which machine and program, and how recently its user was active." },
);

export const StateVersionSchema = Type.Object(
  {
    presence: Type.Integer({ minimum: 0, description: "Counts changes to presence since the gateway started: rises by one each time a client joins or leaves." }),
    health: Type.Integer({ minimum: 0, description: "Counts changes to the health summary since the gateway started." }),
  },
  { additionalProperties: false, description: "Counters of the gateway's shared state, one per part: each rises when that part changes, so a client compares them to tell whether what it holds is current." },
);

export const SnapshotSchema = Type.Object(
  {
    presence: Type.Array(PresenceEntrySchema, { description: "Every client connected when the snapshot was taken, this one included." }),
    health: Type.Unknown({ description: "The gateway's health summary when the snapshot was taken (a `HealthSummary` from this gateway; any JSON in the protocol)." }),
    stateVersion: described(StateVersionSchema, "The state counters this snapshot reflects."),
    uptimeMs: Type.Integer({ minimum: 0, description: "Milliseconds since the gateway started." }),
  },
  { additionalProperties: false, description: "The gateway's shared state at one moment: who is connected, its health, and the counters that version them. Sent in `hello-ok`." },
);

/** The `presence` event: one client joined or left; `EventFrame.stateVersion.presence` counts changes. */
export const PresenceEventSchema = Type.Object(
  {
    change: StringLiteralUnion(
      { joined: "The client completed its handshake.", left: "The client's connection closed." },
      { description: "What happened to the client." },
    ),
    entry: described(PresenceEntrySchema, "The client that joined or left."),
  },
  { additionalProperties: false, description: "Payload of the `presence` event, sent to the other clients when a client completes its handshake or leaves; the frame's `stateVersion.presence` counts the change." },
);

export type PresenceEvent = Static<typeof PresenceEventSchema>;
export type PresenceEntry = Static<typeof PresenceEntrySchema>;
export type StateVersion = Static<typeof StateVersionSchema>;
export type Snapshot = Static<typeof SnapshotSchema>;
