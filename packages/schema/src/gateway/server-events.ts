// Payloads of the events the gateway pushes: agent stream output, ticks, shutdown notice.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString } from "../primitives.ts";

export const AgentEventSchema = Type.Object(
  {
    runId: described(NonEmptyString, "The agent run this output belongs to."),
    seq: Type.Integer({ minimum: 0, description: "Position of this event within its run, from 0." }),
    stream: described(NonEmptyString, "Which of the run's output streams this is, e.g. `assistant` for reply text, `tool` for tool calls, `lifecycle` for start and end."),
    ts: Type.Integer({ minimum: 0, description: "When the output was produced, in milliseconds since the Unix epoch." }),
    data: Type.Record(Type.String(), Type.Unknown(), { description: "The output itself, an object whose keys depend on `stream` (e.g. `{ \"text\": \"…\" }`)." }),
  },
  { additionalProperties: false, description: "Payload of the `agent` event: one piece of output of an agent run started by `agent`." },
);

export const TickEventSchema = Type.Object(
  { ts: Type.Integer({ minimum: 0, description: "When the tick was sent, in milliseconds since the Unix epoch." }) },
  { additionalProperties: false, description: "Payload of the `tick` event, sent every `policy.tickIntervalMs`: a heartbeat that tells the client the connection is alive." },
);

export const ShutdownEventSchema = Type.Object(
  {
    reason: described(NonEmptyString, "Why the gateway is stopping, for people, e.g. `gateway shutting down`."),
    restartExpectedMs: Type.Optional(Type.Integer({ minimum: 0, description: "Milliseconds until the gateway expects to be back, when it is restarting; a client waits about this long before reconnecting." })),
  },
  { additionalProperties: false, description: "Payload of the `shutdown` event, sent just before the gateway closes every connection (close code 1001)." },
);

export type AgentEvent = Static<typeof AgentEventSchema>;
export type TickEvent = Static<typeof TickEventSchema>;
export type ShutdownEvent = Static<typeof ShutdownEventSchema>;
