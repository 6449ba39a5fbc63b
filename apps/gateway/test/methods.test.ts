// The methods the reference gateway serves, called through the TS client: results, idempotency of
// `send`, and chat streaming from the echo agent.
import { afterEach, describe, expect, it } from "vitest";
import { type ChatEvent, type EventFrame, gatewayValidators } from "@clone/schema";
import { GatewayCallError } from "@clone/gateway-client";
import { clientFor, eventually, RawPeer, stopAll, testGateway } from "./helpers.ts";

const { validateChatEvent, validateEventFrame } = gatewayValidators;

afterEach(stopAll);

describe("health, status, system.echo", () => {
  it("answer with their typed results", async () => {
    let now = 1_000_000;
    const server = await testGateway({ clock: () => now, memoryUsage: () => ({ rss: 50_000_000, heapUsed: 20_000_000 }) });
    const client = clientFor(server);
    const hello = await client.connect();
    now += 250;
    expect(await client.call("health")).toEqual({ ok: true, ts: 1_000_250, uptimeMs: 250, connections: 1 });
    expect(await client.call("system.echo", { text: "héllo 👋" })).toEqual({ ok: true, text: "héllo 👋" });
    expect(await client.call("status")).toEqual({
      server: { version: "dev", connId: hello.server.connId },
      protocol: hello.protocol,
      uptimeMs: 250,
      connections: 1,
      stateVersion: { presence: 1, health: 0 },
      messagesSent: 0,
      chatSessions: 0,
      memory: { rssBytes: 50_000_000, heapUsedBytes: 20_000_000 },
    });
  });
});

describe("send is idempotent", () => {
  const params = { to: "+15551234567", message: "on my way", idempotencyKey: "k-1" };

  it("the same key returns the same response and delivers once", async () => {
    const server = await testGateway();
    const client = clientFor(server);
    await client.connect();
    const first = await client.call("send", params);
    const second = await client.call("send", params);
    expect(second).toEqual(first);
    expect(server.outbox).toEqual([{ messageId: first.messageId, params }]);
    expect((await client.call("status")).messagesSent).toBe(1);
  });

  it("key order in params does not matter; a new key delivers again", async () => {
    const server = await testGateway();
    const client = clientFor(server);
    await client.connect();
    const first = await client.call("send", params);
    const reordered = await client.call("send", { idempotencyKey: "k-1", message: "on my way", to: "+15551234567" });
    expect(reordered).toEqual(first);
    const other = await client.call("send", { ...params, idempotencyKey: "k-2" });
    expect(other.messageId).not.toBe(first.messageId);
    expect(server.outbox.map((entry) => entry.params.idempotencyKey)).toEqual(["k-1", "k-2"]);
  });

  it("concurrent duplicates on different connections perform the effect once", async () => {
    const server = await testGateway();
    const clients = [clientFor(server), clientFor(server), clientFor(server)];
    await Promise.all(clients.map((client) => client.connect()));
    const results = await Promise.all(clients.flatMap((client) => [client.call("send", params), client.call("send", params)]));
    expect(new Set(results.map((result) => result.messageId)).size).toBe(1);
    expect(server.outbox).toHaveLength(1);
  });

  it("the same key with different params is refused, naming the key", async () => {
    const server = await testGateway();
    const client = clientFor(server);
    await client.connect();
    await client.call("send", params);
    const refused = await client.call("send", { ...params, message: "changed my mind" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GatewayCallError);
    expect((refused as GatewayCallError).code).toBe("INVALID_REQUEST");
    expect((refused as GatewayCallError).message).toContain('/params/idempotencyKey: "k-1" was already used for a send request with different params');
    expect(server.outbox).toHaveLength(1);
  });

  it("a failed attempt is not remembered: retrying the key performs the effect", async () => {
    let failNext = true;
    const server = await testGateway({
      handlers: {
        send: (sendParams, { gateway }) => {
          if (failNext) {
            failNext = false;
            throw new Error("provider down");
          }
          return gateway.deliver(sendParams);
        },
      },
    });
    const client = clientFor(server);
    await client.connect();
    await expect(client.call("send", params)).rejects.toMatchObject({ code: "INTERNAL" });
    expect((await client.call("send", params)).to).toBe(params.to);
    expect(server.outbox).toHaveLength(1);
  });
});

describe("chat", () => {
  it("chat.send answers { runId }, then streams deltas and a final with seq increasing; chat.history returns both messages", async () => {
    const server = await testGateway({ chatChunkDelayMs: 5 });
    const { peer } = await RawPeer.connected(server);
    const message = "the quick  brown fox";
    peer.send({ type: "req", id: "s1", method: "chat.send", params: { sessionKey: "main", message, idempotencyKey: "chat-1" } });
    const response = await peer.nextExcept(["tick", "presence"]);
    expect(response).toMatchObject({ type: "res", id: "s1", ok: true, payload: { runId: expect.any(String) } });
    const runId: string = response.payload.runId;

    const frames: EventFrame[] = [];
    for (;;) {
      const frame = await peer.nextExcept(["tick", "presence"]);
      expect(validateEventFrame(frame)).toBe(true);
      expect(frame.event).toBe("chat");
      expect(validateChatEvent(frame.payload)).toBe(true);
      frames.push(frame);
      if ((frame.payload as ChatEvent).state === "final") break;
    }
    const events = frames.map((frame) => frame.payload as ChatEvent);
    expect(events.map((event) => event.state)).toEqual(["delta", "delta", "delta", "delta", "final"]);
    expect(events.map((event) => event.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(events.every((event) => event.runId === runId && event.sessionKey === "main")).toBe(true);
    const frameSeqs = frames.map((frame) => frame.seq!);
    expect(frameSeqs).toEqual([...frameSeqs].sort((a, b) => a - b));
    expect(new Set(frameSeqs).size).toBe(frameSeqs.length);
    // The deltas, in order, spell the reply; the final carries all of it.
    const deltas = events.slice(0, -1).map((event) => (event.message as { text: string }).text);
    expect(deltas).toEqual(["the ", "quick  ", "brown ", "fox"]);
    expect(events.at(-1)).toMatchObject({ message: { role: "assistant", text: message }, stopReason: "end_turn" });

    const history = await peer.call("h1", "chat.history", { sessionKey: "main" });
    expect(history.payload.sessionKey).toBe("main");
    expect(history.payload.messages.map((entry: { role: string; text: string; runId: string }) => [entry.role, entry.text, entry.runId])).toEqual([
      ["user", message, runId],
      ["assistant", message, runId],
    ]);
  });

  it("replaying a chat.send key returns the same run and streams nothing new", async () => {
    const server = await testGateway();
    const client = clientFor(server);
    const finals: ChatEvent[] = [];
    client.on("chat", (event) => event.state === "final" && finals.push(event));
    await client.connect();
    const params = { sessionKey: "s", message: "once", idempotencyKey: "c-1" };
    const first = await client.call("chat.send", params);
    const again = await client.call("chat.send", params);
    expect(again).toEqual(first);
    await eventually(() => finals.length === 1, "the final chat event");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finals).toHaveLength(1);
    expect((await client.call("chat.history", { sessionKey: "s" })).messages).toHaveLength(2);
  });

  it("chat events reach every connection following the session, and only those", async () => {
    const server = await testGateway();
    const sender = clientFor(server);
    const follower = clientFor(server);
    const bystander = clientFor(server);
    await Promise.all([sender.connect(), follower.connect(), bystander.connect()]);
    await follower.call("chat.history", { sessionKey: "shared" });
    const seen = { sender: 0, follower: 0, bystander: 0 };
    sender.on("chat", () => (seen.sender += 1));
    follower.on("chat", () => (seen.follower += 1));
    bystander.on("chat", () => (seen.bystander += 1));
    await sender.call("chat.send", { sessionKey: "shared", message: "a b", idempotencyKey: "x" });
    await eventually(() => seen.sender === 3 && seen.follower === 3, "three chat events on both followers");
    await bystander.call("health");
    expect(seen.bystander).toBe(0);
  });
});
