// The handshake: the client's `connect` params and the gateway's `hello-ok` answer.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString } from "../primitives.ts";
import { SnapshotSchema } from "./snapshot.ts";

export const ConnectParamsSchema = Type.Object(
  {
    minProtocol: Type.Integer({ minimum: 1, description: "Oldest protocol version the client speaks. The gateway accepts the connection only if its own `PROTOCOL_VERSION` lies in `minProtocol..maxProtocol`." }),
    maxProtocol: Type.Integer({ minimum: 1, description: "Newest protocol version the client speaks (at least `minProtocol`)." }),
    client: Type.Object(
      {
        name: described(NonEmptyString, "The client program's identifier, e.g. `clone-macos`, `cli`."),
        version: described(NonEmptyString, "The client program's version, e.g. `1.0.0`."),
        platform: described(NonEmptyString, "Operating system and version the client runs on, e.g. `macos 15.1`, `node`."),
        mode: described(NonEmptyString, "How the client is used, e.g. `ui` for an app with a window, `cli` for a terminal tool; shown in presence."),
        instanceId: Type.Optional(described(NonEmptyString, "Stable id of this installation of the client, so presence can tell two copies of the same app apart.")),
      },
      { additionalProperties: false, description: "Who is connecting: the client program, its version and platform. The gateway shows it in presence." },
    ),
    caps: Type.Optional(Type.Array(NonEmptyString, { default: [], description: "Capabilities the client offers beyond the protocol's core, by name; empty or absent when none." })),
    auth: Type.Optional(
      Type.Object(
        { token: Type.Optional(Type.String({ description: "The shared secret the gateway was started with (`--token`); required when the gateway has one, ignored otherwise." })) },
        { additionalProperties: false, description: "Credentials for a gateway that requires them." },
      ),
    ),
    locale: Type.Optional(Type.String({ description: "The user's locale as a BCP 47 tag, e.g. `en-US`, for text the gateway composes." })),
    userAgent: Type.Optional(Type.String({ description: "Free-form client description for the gateway's logs, like an HTTP User-Agent." })),
  },
  { additionalProperties: false, description: "Params of `connect`, the request that must be the first frame a client sends: the protocol versions it speaks, who it is, and its credentials." },
);

export const HelloOkSchema = Type.Object(
  {
    type: Type.Literal("hello-ok", { description: "Always `hello-ok`: the handshake succeeded." }),
    protocol: Type.Integer({ minimum: 1, description: "The protocol version this connection speaks: the gateway's `PROTOCOL_VERSION`, within the client's `minProtocol..maxProtocol`." }),
    server: Type.Object(
      {
        version: described(NonEmptyString, "The gateway software's version, e.g. `1.0.0`."),
        commit: Type.Optional(described(NonEmptyString, "The source revision the gateway was built from, when known.")),
        host: Type.Optional(described(NonEmptyString, "The name of the machine the gateway runs on, when it tells.")),
        connId: described(NonEmptyString, "The gateway's id for this connection, e.g. `ws-1`: it names the connection in logs and presence."),
      },
      { additionalProperties: false, description: "The gateway the client reached." },
    ),
    features: Type.Object(
      {
        methods: Type.Array(NonEmptyString, { description: "The methods this gateway serves; a protocol method missing here is answered `UNAVAILABLE`." }),
        events: Type.Array(NonEmptyString, { description: "The events this gateway sends." }),
      },
      { additionalProperties: false, description: "What this gateway serves: a client calls only these methods and expects only these events." },
    ),
    snapshot: described(SnapshotSchema, "The gateway's state at the moment the connection opened; later events update it."),
    policy: Type.Object(
      {
        maxPayload: Type.Integer({ minimum: 1, description: "Largest frame, in bytes, the gateway accepts; a bigger one closes the connection with 1009." }),
        maxBufferedBytes: Type.Integer({ minimum: 1, description: "Most bytes the gateway lets wait unsent to a client that reads too slowly before it drops that client." }),
        tickIntervalMs: Type.Integer({ minimum: 1, description: "Milliseconds between `tick` events; a client that hears none for much longer can assume the connection is dead." }),
      },
      { additionalProperties: false, description: "The limits the gateway holds this connection to." },
    ),
  },
  { additionalProperties: false, description: "Result of `connect`: the handshake succeeded. Says which protocol version is in use, which methods and events the gateway serves, its current state and the connection's limits." },
);

export type ConnectParams = Static<typeof ConnectParamsSchema>;
export type HelloOk = Static<typeof HelloOkSchema>;
