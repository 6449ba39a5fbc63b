// Type test: `call` and `on` are typed by the protocol's method and event maps. `pnpm typecheck` compiles
// this file: each `@ts-expect-error` line must be a compile error (an unused one fails the typecheck), and
// each expectTypeOf must hold. The runtime test below only proves the file is part of the run.
import { describe, expectTypeOf, it } from "vitest";
import type { ChatEvent, HealthSummary, PresenceEvent, SendResult, StatusResult, SystemEchoResult, TickEvent } from "@clone/schema";
import type { GatewayClient } from "../src/index.ts";

// Never called: it exists to be compiled.
export function typedCalls(client: GatewayClient): void {
  // The result type is inferred from the method name.
  expectTypeOf(client.call("system.echo", { text: "hi" })).resolves.toEqualTypeOf<SystemEchoResult>();
  expectTypeOf(client.call("health")).resolves.toEqualTypeOf<HealthSummary>();
  expectTypeOf(client.call("status")).resolves.toEqualTypeOf<StatusResult>();
  expectTypeOf(client.call("send", { to: "+1", message: "m", idempotencyKey: "k" })).resolves.toEqualTypeOf<SendResult>();
  // A method whose result the protocol does not type resolves to unknown, never to any.
  expectTypeOf(client.call("wake", { mode: "now", text: "x" })).resolves.toEqualTypeOf<unknown>();

  // @ts-expect-error a wrong params shape: text must be a string
  void client.call("system.echo", { text: 42 });
  // @ts-expect-error a wrong params shape: unknown key
  void client.call("system.echo", { text: "hi", loud: true });
  // @ts-expect-error missing params for a method that requires them
  void client.call("system.echo");
  // @ts-expect-error missing the idempotencyKey send requires
  void client.call("send", { to: "+1", message: "m" });
  // @ts-expect-error a value outside a closed set
  void client.call("wake", { mode: "later", text: "x" });
  // @ts-expect-error params for a method that takes none
  void client.call("health", { verbose: true });
  // @ts-expect-error a method the protocol does not have
  void client.call("system.reboot", {});
  // @ts-expect-error connect is the handshake, done by connect()
  void client.call("connect", { minProtocol: 2, maxProtocol: 2, client: { name: "a", version: "1", platform: "p", mode: "m" } });

  // Event payloads are typed by the event name.
  client.on("tick", (payload) => expectTypeOf(payload).toEqualTypeOf<TickEvent>());
  client.on("chat", (payload) => expectTypeOf(payload).toEqualTypeOf<ChatEvent>());
  client.on("presence", (payload) => expectTypeOf(payload).toEqualTypeOf<PresenceEvent>());
  // @ts-expect-error an event the protocol does not have
  client.on("tock", () => {});
  // @ts-expect-error a listener that expects another payload
  client.on("tick", (payload: { reason: string }) => payload);
}

describe("call and on are typed by the method and event maps", () => {
  it("is compiled by pnpm typecheck (see the @ts-expect-error lines above)", () => {
    expectTypeOf(typedCalls).toBeFunction();
  });
});
