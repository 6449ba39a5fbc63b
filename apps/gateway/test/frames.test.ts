// The committed frame transcripts (packages/schema/frames) are what the live gateway sends: recorded
// again here and compared byte for byte, then checked frame by frame against the protocol's schemas.
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { gatewayEventContracts, gatewayMethodContracts, isGatewayEvent, isGatewayMethod, validateGatewayFrame } from "@clone/schema";
import { defaultMethodHandlers, EMITTED_EVENTS } from "../src/index.ts";
import { readCommittedFrames, RecordingPeer, recordFrames, SCENARIOS, staleFrames, type Transcript } from "../src/record-frames.ts";
import { startGateway } from "../src/server.ts";

const committed = readCommittedFrames();
const transcripts = [...committed.values()].map((text) => JSON.parse(text) as Transcript);

describe("recorded frames", () => {
  it("are what the gateway sends today (else: pnpm gateway:frames)", async () => {
    const recorded = await recordFrames();
    const problems = staleFrames(recorded, committed);
    expect(problems, `the committed frames differ from what the gateway sends; run pnpm gateway:frames\n${problems.join("\n")}`).toEqual([]);
  }, 60_000);

  it("a changed, missing or extra file is reported", () => {
    const changed = new Map(committed);
    const [first, second] = [...committed.keys()];
    changed.set(first!, committed.get(first!)!.replace("1767225600000", "1767225600001"));
    changed.delete(second!);
    changed.set("renamed.json", "{}\n");
    expect(staleFrames(committed, changed)).toEqual([`stale: ${first}`, `missing: ${second}`, "extra: renamed.json (no scenario records it)"]);
  });

  it("every gateway frame is a valid GatewayFrame whose payload fits its method's result or its event's payload", () => {
    let checked = 0;
    for (const transcript of transcripts) {
      for (const entry of transcript.frames.filter((item) => item.from === "gateway")) {
        const where = `${transcript.scenario}: ${JSON.stringify(entry.frame)}`;
        expect(validateGatewayFrame(entry.frame), where).toBe(true);
        const frame = entry.frame;
        if (frame.type === "res" && frame.ok) {
          // A successful response names its method: the type of its payload.
          expect(entry.method !== undefined && isGatewayMethod(entry.method), `${where}: a response names its method`).toBe(true);
          const result = gatewayMethodContracts[entry.method as keyof typeof gatewayMethodContracts].result;
          expect(result !== undefined && result(frame.payload), `${where}: ${result?.messages(frame.payload)}`).toBe(true);
        } else if (frame.type === "event") {
          expect(isGatewayEvent(frame.event), where).toBe(true);
          const payload = gatewayEventContracts[frame.event as keyof typeof gatewayEventContracts].payload;
          expect(payload !== undefined && payload(frame.payload), `${where}: ${payload?.messages(frame.payload)}`).toBe(true);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("cover every method the gateway serves, every event it emits, and its error and close paths", () => {
    const gatewayFrames = transcripts.flatMap((transcript) => transcript.frames.filter((entry) => entry.from === "gateway"));
    const answered = new Set(gatewayFrames.filter((entry) => entry.frame.type === "res" && entry.frame.ok).map((entry) => entry.method));
    const events = new Set(gatewayFrames.map((entry) => (entry.frame.type === "event" ? entry.frame.event : undefined)));
    const errorCodes = new Set(gatewayFrames.map((entry) => (entry.frame.type === "res" && !entry.frame.ok ? entry.frame.error?.code : undefined)));
    for (const method of ["connect", ...Object.keys(defaultMethodHandlers)]) expect(answered, `a successful ${method}`).toContain(method);
    for (const event of EMITTED_EVENTS) expect(events, `a ${event} event`).toContain(event);
    for (const code of ["INVALID_REQUEST", "UNAVAILABLE", "UNAUTHORIZED"]) expect(errorCodes).toContain(code);
    expect(transcripts.map((transcript) => transcript.close?.code).filter((code) => code !== undefined).sort()).toEqual([1001, 1002, 1008, 1008]);
  });

  it("a recording that ends at a frame leaves out frames that came in the same read (regression: two ticks in tick.json)", async () => {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((resolve) => wss.once("listening", resolve));
    // On the client's first frame, two ticks in one TCP write, so the client reads them in one chunk.
    wss.on("connection", (socket) =>
      socket.once("message", () => {
        const tcp = (socket as unknown as { _socket: { cork(): void; uncork(): void } })._socket;
        tcp.cork();
        socket.send(JSON.stringify({ type: "event", event: "tick", payload: { ts: 1 }, seq: 1 }));
        socket.send(JSON.stringify({ type: "event", event: "tick", payload: { ts: 2 }, seq: 2 }));
        tcp.uncork();
      }),
    );
    try {
      const peer = await RecordingPeer.open({ url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}` });
      const first = peer.next((frame) => frame.type === "event", true);
      const go = { type: "req", id: "go", method: "health" };
      void peer.send(go, () => false);
      await first;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(peer.entries.map((entry) => entry.frame)).toEqual([go, { type: "event", event: "tick", payload: { ts: 1 }, seq: 1 }]);
      await peer.close();
    } finally {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(resolve));
    }
  });

  it("the tick scenario records exactly one tick even when ticks come as fast as the handshake (regression)", async () => {
    const tick = SCENARIOS.find((scenario) => scenario.name === "tick")!;
    for (let attempt = 0; attempt < 20; attempt++) {
      const server = await startGateway({ host: "127.0.0.1", port: 0, tickIntervalMs: 1, clock: () => 0 });
      try {
        const peer = await tick.run(server);
        const ticks = peer.entries.filter((entry) => entry.frame.type === "event" && entry.frame.event === "tick");
        expect(ticks, `attempt ${attempt}`).toHaveLength(1);
        await peer.close();
      } finally {
        await server.shutdown("test over");
      }
    }
  });
});
