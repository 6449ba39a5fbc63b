// Limits from `policy`: a reader too slow to stay under maxBufferedBytes is dropped, so the gateway's
// memory stays bounded; a reader that keeps up is never dropped. And the load the issue names: 200
// concurrent clients × 100 calls each, with zero lost or mismatched responses.
import { afterEach, describe, expect, it } from "vitest";
import type { Socket } from "node:net";
import { GatewayClient } from "@clone/gateway-client";
import { clientFor, RawPeer, spawnGatewayCli, stopAll, testGateway } from "./helpers.ts";

afterEach(stopAll);

describe("maxBufferedBytes", () => {
  it("drops a client that stops reading, without holding more than the limit for it; others carry on", async () => {
    const maxBufferedBytes = 64 * 1024;
    const logs: string[] = [];
    const server = await testGateway({ maxBufferedBytes, log: (line) => logs.push(line) });
    const healthy = clientFor(server);
    await healthy.connect();
    const { peer: slow } = await RawPeer.connected(server);
    // Stop reading: the kernel's buffers fill, then the gateway's own backlog for this socket grows.
    (slow.socket as unknown as { _socket: Socket })._socket.pause();
    const text = "x".repeat(32 * 1024);
    const frameBytes = JSON.stringify({ type: "res", id: "e-0000", ok: true, payload: { ok: true, text } }).length;
    let sent = 0;
    // Bounded: 4,000 × 32 KiB is far beyond any loopback socket's buffers.
    while (server.stats.droppedSlowReaders === 0 && sent < 4_000) {
      for (let i = 0; i < 50; i++) slow.send({ type: "req", id: `e-${sent++}`, method: "system.echo", params: { text } });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(server.stats.droppedSlowReaders).toBe(1);
    expect(logs.some((line) => /dropped, a slow reader \(\d+ bytes unsent, over maxBufferedBytes 65536\)/.test(line))).toBe(true);
    // The backlog never grew past the limit by more than the one frame that crossed it.
    expect(server.stats.peakBufferedBytes).toBeLessThanOrEqual(maxBufferedBytes + frameBytes + 64);
    expect(server.stats.peakBufferedBytes).toBeGreaterThan(maxBufferedBytes);
    expect(await healthy.call("system.echo", { text: "still served" })).toEqual({ ok: true, text: "still served" });
    expect((await healthy.call("status")).connections).toBe(1);
  });

  it("never drops a client that keeps up, however much it receives in total", async () => {
    const maxBufferedBytes = 16 * 1024;
    const server = await testGateway({ maxBufferedBytes });
    const client = clientFor(server);
    await client.connect();
    const text = "y".repeat(2_000);
    for (let round = 0; round < 10; round++) {
      // Six 2 KB frames in flight at most, under the 16 KiB limit: a client that reads keeps the backlog below it.
      await Promise.all(Array.from({ length: 6 }, () => client.call("system.echo", { text })));
    }
    expect(server.stats.droppedSlowReaders).toBe(0);
  });
});

describe("load", () => {
  it("200 concurrent clients × 100 calls each: every response arrives and matches its call; server memory stays bounded", async () => {
    // A long handshake timeout: 200 clients open at once on a shared machine, and this test is about load.
    const gateway = await spawnGatewayCli(["--port", "0", "--tick-ms", "1000", "--handshake-timeout-ms", "60000", "--quiet"]);
    const identity = (name: string) => ({ name, version: "1.0.0", platform: "node", mode: "load" });
    const probe = new GatewayClient({ url: gateway.url, client: identity("probe"), reconnect: false });
    await probe.connect();
    const before = await probe.call("status");

    const clients = Array.from({ length: 200 }, (_, index) => new GatewayClient({ url: gateway.url, client: identity(`load-${index}`), reconnect: false, requestTimeoutMs: 60_000, connectTimeoutMs: 60_000 }));
    await Promise.all(clients.map((client) => client.connect()));
    let matched = 0;
    const mismatches: string[] = [];
    await Promise.all(
      clients.map(async (client, c) => {
        const calls = Array.from({ length: 100 }, (_, k) => {
          const text = `client ${c} call ${k} ${Math.random().toString(36).slice(2)}`;
          return client.call("system.echo", { text }).then((result) => {
            if (result.text === text && result.ok) matched += 1;
            else mismatches.push(`${text} → ${result.text}`);
          });
        });
        await Promise.all(calls);
      }),
    );
    expect(mismatches).toEqual([]);
    expect(matched).toBe(200 * 100);

    const during = await probe.call("status");
    expect(during.connections).toBe(201);
    await Promise.all(clients.map((client) => client.close()));
    // A client's close() resolves when its own socket is closed; the gateway sees each close a moment later.
    let after = await probe.call("status");
    for (const deadline = Date.now() + 30_000; after.connections > 1 && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await probe.call("status");
    }
    expect(after.connections).toBe(1);
    expect(after.stateVersion.presence - before.stateVersion.presence).toBe(400);

    // 20,000 calls and 40,000 presence events went through; the gateway holds nothing per call, so its
    // heap grows by a per-connection amount at most (a few tens of KB per connection, not MBs).
    const heapGrowthMiB = (during.memory.heapUsedBytes - before.memory.heapUsedBytes) / 1_048_576;
    console.log(
      `load: heap ${mib(before.memory.heapUsedBytes)} → ${mib(during.memory.heapUsedBytes)} MiB with 201 connections → ${mib(after.memory.heapUsedBytes)} MiB after; rss ${mib(during.memory.rssBytes)} MiB`,
    );
    expect(heapGrowthMiB).toBeLessThan(64);
    expect(during.memory.rssBytes).toBeLessThan(512 * 1_048_576);
    await probe.close();
  }, 180_000);
});

function mib(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}
