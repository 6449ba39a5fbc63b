// Every row of the handshake table (README), on loopback: what the server answers and how it closes.
import { afterEach, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION, gatewayValidators } from "@clone/schema";
import { RawPeer, stopAll, testGateway, validConnect } from "./helpers.ts";

const { validateHelloOk, validateResponseFrame } = gatewayValidators;

afterEach(stopAll);

describe("handshake", () => {
  it("answers a valid connect with hello-ok advertising methods, events, snapshot and policy", async () => {
    const server = await testGateway({ tickIntervalMs: 60_000, maxPayload: 65_536, maxBufferedBytes: 131_072 });
    const { peer, hello } = await RawPeer.connected(server, validConnect({ client: { name: "mac", version: "2.0.0", platform: "macos 15.1", mode: "ui", instanceId: "A1B2" } }));
    expect(validateResponseFrame(hello)).toBe(true);
    expect(hello).toMatchObject({ type: "res", id: "c1", ok: true });
    expect(validateHelloOk(hello.payload)).toBe(true);
    expect(hello.payload.protocol).toBe(PROTOCOL_VERSION);
    expect(hello.payload.features.methods).toEqual(["health", "status", "system.echo", "send", "chat.send", "chat.history"]);
    expect(hello.payload.features.events).toEqual(["tick", "presence", "chat", "shutdown"]);
    expect(hello.payload.policy).toEqual({ maxPayload: 65_536, maxBufferedBytes: 131_072, tickIntervalMs: 60_000 });
    expect(hello.payload.snapshot.presence).toEqual([expect.objectContaining({ instanceId: "A1B2", version: "2.0.0", mode: "ui", ip: "127.0.0.1" })]);
    expect(hello.payload.snapshot.stateVersion).toEqual({ presence: 1, health: 0 });
    // The connection stays up and serves requests.
    expect((await peer.call("h1", "health")).ok).toBe(true);
  });

  it("accepts a range that includes the protocol version", async () => {
    const server = await testGateway();
    const { hello } = await RawPeer.connected(server, validConnect({ minProtocol: 1, maxProtocol: PROTOCOL_VERSION + 5 }));
    expect(hello.payload.protocol).toBe(PROTOCOL_VERSION);
  });

  describe("first frame is not a valid connect request: INVALID_REQUEST naming the pointer, then close 1008", () => {
    const cases: { name: string; frame: unknown; message: string }[] = [
      {
        name: "a request for another method",
        frame: { type: "req", id: "x1", method: "health" },
        message: 'the first frame must be a connect request: /method: expected "connect", not "health"',
      },
      {
        name: "a wrong type in connect params (a crash in the seed's gateway)",
        frame: { type: "req", id: "x1", method: "connect", params: { ...validConnect(), minProtocol: "2" } },
        message: "invalid connect params: /params/minProtocol: expected integer",
      },
      {
        name: "a missing client",
        frame: { type: "req", id: "x1", method: "connect", params: { minProtocol: 2, maxProtocol: 2 } },
        message: "invalid connect params: /params/client: is required",
      },
      {
        name: "an empty client name",
        frame: { type: "req", id: "x1", method: "connect", params: validConnect({ client: { name: "", version: "1", platform: "p", mode: "m" } }) },
        message: "invalid connect params: /params/client/name: must not be empty",
      },
      {
        name: "an unknown key in params",
        frame: { type: "req", id: "x1", method: "connect", params: { ...validConnect(), colour: "blue" } },
        message: "invalid connect params: /params/colour: is not allowed (unknown property)",
      },
      {
        name: "no params at all",
        frame: { type: "req", id: "x1", method: "connect" },
        message: "invalid connect params: /params: expected object",
      },
      {
        name: "a request frame with a wrong type tag",
        frame: { type: "request", id: "x1", method: "connect", params: validConnect() },
        message: 'the first frame must be a connect request: /type: expected "req"',
      },
      {
        name: "a method that is not a string",
        frame: { type: "req", id: "x1", method: 42 },
        message: "the first frame must be a connect request: /method: expected string",
      },
    ];
    for (const { name, frame, message } of cases) {
      it(name, async () => {
        const server = await testGateway();
        const peer = await RawPeer.open(server.url);
        peer.send(frame);
        const response = await peer.next();
        expect(validateResponseFrame(response)).toBe(true);
        expect(response).toMatchObject({ type: "res", id: "x1", ok: false, error: { code: "INVALID_REQUEST", message } });
        expect(response.error.message).not.toMatch(/must be equal to constant|must match a schema/);
        expect(response.error.details.issues[0].pointer).toBe(message.split(": ")[1]);
        expect((await peer.closed).code).toBe(1008);
      });
    }

    it("without a usable id: no response, close 1008 with the pointer in the reason", async () => {
      const server = await testGateway();
      const peer = await RawPeer.open(server.url);
      peer.send({ type: "req", method: "connect", params: validConnect() });
      const closed = await peer.closed;
      expect(closed.code).toBe(1008);
      expect(closed.reason).toContain("/id: is required");
      expect(peer.drain()).toEqual([]);
    });
  });

  it("a protocol range that excludes ours: INVALID_REQUEST with details.expectedProtocol, close 1002", async () => {
    const server = await testGateway();
    const peer = await RawPeer.open(server.url);
    peer.send({ type: "req", id: "c1", method: "connect", params: validConnect({ minProtocol: PROTOCOL_VERSION + 1, maxProtocol: PROTOCOL_VERSION + 2 }) });
    const response = await peer.next();
    expect(response).toMatchObject({ ok: false, error: { code: "INVALID_REQUEST", details: { expectedProtocol: PROTOCOL_VERSION } } });
    expect(response.error.message).toContain(`${PROTOCOL_VERSION + 1}..${PROTOCOL_VERSION + 2}`);
    expect((await peer.closed).code).toBe(1002);
  });

  it("an inverted range (min > max) excludes every version: close 1002", async () => {
    const server = await testGateway();
    const peer = await RawPeer.open(server.url);
    peer.send({ type: "req", id: "c1", method: "connect", params: validConnect({ minProtocol: PROTOCOL_VERSION, maxProtocol: PROTOCOL_VERSION - 1 }) });
    expect((await peer.next()).error.details.expectedProtocol).toBe(PROTOCOL_VERSION);
    expect((await peer.closed).code).toBe(1002);
  });

  describe("with a token configured", () => {
    it("a wrong auth.token: UNAUTHORIZED, close 1008", async () => {
      const server = await testGateway({ token: "s3cret" });
      const peer = await RawPeer.open(server.url);
      peer.send({ type: "req", id: "c1", method: "connect", params: validConnect({ auth: { token: "guess" } }) });
      expect(await peer.next()).toMatchObject({ ok: false, error: { code: "UNAUTHORIZED", message: "/params/auth/token: does not match this gateway's token" } });
      expect((await peer.closed).code).toBe(1008);
    });

    it("no auth at all: UNAUTHORIZED, close 1008", async () => {
      const server = await testGateway({ token: "s3cret" });
      const peer = await RawPeer.open(server.url);
      peer.send({ type: "req", id: "c1", method: "connect", params: validConnect() });
      expect(await peer.next()).toMatchObject({ ok: false, error: { code: "UNAUTHORIZED", message: "/params/auth/token: is required: this gateway needs a token" } });
      expect((await peer.closed).code).toBe(1008);
    });

    it("the right token: hello-ok", async () => {
      const server = await testGateway({ token: "s3cret" });
      const { hello } = await RawPeer.connected(server, validConnect({ auth: { token: "s3cret" } }));
      expect(hello.payload.type).toBe("hello-ok");
    });
  });

  it("no connect within the handshake timeout: nothing sent, then close", async () => {
    const server = await testGateway({ handshakeTimeoutMs: 150 });
    // Started before the socket opens, so the gateway's timer cannot have started earlier.
    const started = Date.now();
    const peer = await RawPeer.open(server.url);
    const closed = await peer.closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    expect(closed).toEqual({ code: 1008, reason: "no connect request within 150 ms" });
    expect(peer.drain()).toEqual([]);
  });

  it("a binary first frame closes with 1003, unparseable text with 1007", async () => {
    const server = await testGateway();
    const binary = await RawPeer.open(server.url);
    binary.send(Buffer.from([1, 2, 3]));
    expect((await binary.closed).code).toBe(1003);
    const garbage = await RawPeer.open(server.url);
    garbage.send("{not json");
    const closed = await garbage.closed;
    expect(closed.code).toBe(1007);
    expect(closed.reason).toMatch(/^not JSON: /);
  });

  it("a second connect after the handshake is an error, and the connection stays up", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    const again = await peer.call("c2", "connect", validConnect());
    expect(again).toMatchObject({ ok: false, error: { code: "INVALID_REQUEST" } });
    expect(again.error.message).toContain('"connect" is valid only as the first request');
    expect((await peer.call("h1", "health")).ok).toBe(true);
  });
});
