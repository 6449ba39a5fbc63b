// Server events: tick on its interval, presence as clients come and go, shutdown on SIGTERM followed by
// a clean close.
import { afterEach, describe, expect, it } from "vitest";
import { gatewayValidators, type PresenceEvent } from "@clone/schema";
import { GatewayClient, type ConnectionChange } from "@clone/gateway-client";
import { clientFor, eventually, RawPeer, spawnGatewayCli, stopAll, testGateway, validConnect } from "./helpers.ts";

const { validateEventFrame, validateShutdownEvent, validateTickEvent } = gatewayValidators;

afterEach(stopAll);

describe("tick", () => {
  it("arrives every tickIntervalMs with ts from the gateway's clock and frame seq increasing", async () => {
    const server = await testGateway({ tickIntervalMs: 40 });
    const { peer, hello } = await RawPeer.connected(server);
    expect(hello.payload.policy.tickIntervalMs).toBe(40);
    const ticks = [];
    while (ticks.length < 4) {
      const frame = await peer.next(10_000);
      if (frame.event !== "tick") continue;
      expect(validateEventFrame(frame)).toBe(true);
      expect(validateTickEvent(frame.payload)).toBe(true);
      ticks.push(frame);
    }
    const seqs = ticks.map((frame) => frame.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const stamps = ticks.map((frame) => frame.payload.ts);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    // Stamped when sent: four ticks span at least three intervals (timers fire late, never early;
    // a millisecond of rounding allowed per tick), however late this test reads them.
    expect(stamps.at(-1)! - stamps[0]!).toBeGreaterThanOrEqual(3 * 40 - 3);
    expect(Math.abs(stamps.at(-1)! - Date.now())).toBeLessThan(5_000);
  });

  it("reaches a TS client's typed subscription", async () => {
    const server = await testGateway({ tickIntervalMs: 20 });
    const client = clientFor(server);
    const stamps: number[] = [];
    client.on("tick", (payload) => stamps.push(payload.ts));
    await client.connect();
    await eventually(() => stamps.length >= 2, "two ticks");
  });

  it("is not sent before the handshake", async () => {
    const server = await testGateway({ tickIntervalMs: 10, handshakeTimeoutMs: 200 });
    const peer = await RawPeer.open(server.url);
    await peer.closed;
    expect(peer.drain()).toEqual([]);
  });
});

describe("presence", () => {
  it("tells connected clients when another joins and leaves, with stateVersion.presence counting changes", async () => {
    const server = await testGateway();
    const { peer: watcher, hello } = await RawPeer.connected(server);
    expect(hello.payload.snapshot.stateVersion.presence).toBe(1);

    const { peer: visitor } = await RawPeer.connected(server, validConnect({ client: { name: "phone", version: "3.1", platform: "ios 18", mode: "ui", instanceId: "PH-1" }, caps: ["voice"] }));
    const joined = await watcher.nextExcept(["tick"]);
    expect(validateEventFrame(joined)).toBe(true);
    expect(gatewayValidators.validatePresenceEvent(joined.payload)).toBe(true);
    expect(joined).toMatchObject({ event: "presence", stateVersion: { presence: 2, health: 0 } });
    expect(joined.payload).toEqual({
      change: "joined",
      entry: { ip: "127.0.0.1", version: "3.1", mode: "ui", reason: "connect", tags: ["voice"], text: "phone on ios 18", ts: expect.any(Number), instanceId: "PH-1" },
    });

    await visitor.close();
    const left: { payload: PresenceEvent; stateVersion: unknown } = await watcher.nextExcept(["tick"]);
    expect(left.payload).toMatchObject({ change: "left", entry: { instanceId: "PH-1", reason: "disconnect" } });
    expect(left.stateVersion).toEqual({ presence: 3, health: 0 });
    expect((await watcher.call("st", "status")).payload.connections).toBe(1);
  });

  it("a connection that never completes the handshake is not presence", async () => {
    const server = await testGateway({ handshakeTimeoutMs: 100 });
    const { peer: watcher } = await RawPeer.connected(server);
    const lurker = await RawPeer.open(server.url);
    await lurker.closed;
    expect(watcher.drain().filter((frame) => frame.event === "presence")).toEqual([]);
  });
});

describe("shutdown", () => {
  it("in process: every client gets a shutdown event, then a clean close (1001), then the port is free", async () => {
    const server = await testGateway();
    const a = await RawPeer.connected(server);
    const b = await RawPeer.connected(server);
    await a.peer.nextExcept(["tick"]); // b joined
    const done = server.shutdown("maintenance", 5_000);
    for (const { peer } of [a, b]) {
      const frame = await peer.nextExcept(["tick", "presence"]);
      expect(validateShutdownEvent(frame.payload)).toBe(true);
      expect(frame).toMatchObject({ type: "event", event: "shutdown", payload: { reason: "maintenance", restartExpectedMs: 5_000 } });
      expect(await peer.closed).toEqual({ code: 1001, reason: "maintenance" });
    }
    await done;
    await expect(RawPeer.open(server.url)).rejects.toThrow(/ECONNREFUSED/);
  });

  it("on SIGTERM, `pnpm gateway` sends shutdown, closes cleanly and exits 0", async () => {
    const gateway = await spawnGatewayCli(["--port", "0", "--tick-ms", "60000"]);
    const client = new GatewayClient({ url: gateway.url, client: { name: "cli-test", version: "1", platform: "node", mode: "test" }, reconnect: false });
    const shutdowns: unknown[] = [];
    const changes: ConnectionChange[] = [];
    client.on("shutdown", (payload) => shutdowns.push(payload));
    client.onConnection((change) => changes.push(change));
    await client.connect();
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited).toBe(0);
    await eventually(() => changes.some((change) => change.kind === "closed"), "the close");
    expect(shutdowns).toEqual([{ reason: "gateway stopping (SIGTERM)" }]);
    expect(changes.at(-1)).toEqual({ kind: "closed", code: 1001, reason: "gateway stopping (SIGTERM)" });
    expect(gateway.stderr()).toContain("SIGTERM: shutting down");
  });
});
