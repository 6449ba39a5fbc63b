// send: delivers to the gateway's outbox. It carries an idempotencyKey, so the dispatcher performs it
// once per key (see idempotency.ts); the handler itself knows nothing about keys.
import type { MethodHandlers } from "./types.ts";

export const messagingMethods = {
  send: (params, { gateway }) => gateway.deliver(params),
} satisfies MethodHandlers;
