// After the handshake: bad frames, unknown methods, invalid params, oversized frames, results that fail
// their own schema. Each error names the JSON pointer into the frame and what was expected, in words.
import { afterEach, describe, expect, it } from "vitest";
import { ERROR_CODES, gatewayValidators } from "@clone/schema";
import { RawPeer, stopAll, testGateway } from "./helpers.ts";

const { validateResponseFrame } = gatewayValidators;

afterEach(stopAll);

const EVENTS_TO_SKIP = ["tick", "presence"];

describe("a bad frame that carries a usable id gets an error response and the connection stays up", () => {
  const cases: { name: string; frame: unknown; message: string }[] = [
    { name: "method of the wrong type", frame: { type: "req", id: "b1", method: ["health"] }, message: "invalid request frame: /method: expected string" },
    { name: "empty method", frame: { type: "req", id: "b1", method: "" }, message: "invalid request frame: /method: must not be empty" },
    { name: "an unknown key", frame: { type: "req", id: "b1", method: "health", extra: 1 }, message: "invalid request frame: /extra: is not allowed (unknown property)" },
    { name: "no type", frame: { id: "b1", method: "health" }, message: "invalid request frame: /type: is required" },
    { name: "a wrong type tag", frame: { type: "call", id: "b1", method: "health" }, message: 'invalid request frame: /type: expected "req"' },
    {
      name: "a response frame sent by the client",
      frame: { type: "res", id: "b1", ok: true },
      message: 'invalid request frame: /type: expected "req": a client sends only requests, not "res" frames',
    },
  ];
  for (const { name, frame, message } of cases) {
    it(name, async () => {
      const server = await testGateway();
      const { peer } = await RawPeer.connected(server);
      peer.send(frame);
      const response = await peer.nextExcept(EVENTS_TO_SKIP);
      expect(validateResponseFrame(response)).toBe(true);
      expect(response).toEqual({ type: "res", id: "b1", ok: false, error: { code: "INVALID_REQUEST", message, details: { issues: [expect.any(Object)] } } });
      expect((await peer.call("h1", "health")).ok).toBe(true);
    });
  }
});

describe("close codes after the handshake", () => {
  it("a bad frame without a usable id closes with 1008", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    peer.send({ type: "req", id: "", method: "health" });
    const closed = await peer.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toBe("bad frame without a usable id: /id: must not be empty");
  });

  it("JSON that is not an object closes with 1008", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    peer.send("[1,2]");
    const closed = await peer.closed;
    expect(closed).toEqual({ code: 1008, reason: "bad frame without a usable id: (root): expected object" });
  });

  it("unparseable text closes with 1007", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    peer.send('{"type":"req",');
    expect((await peer.closed).code).toBe(1007);
  });

  it("text that is not UTF-8 closes with 1007", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    // A text frame (opcode 1) whose bytes are not UTF-8.
    peer.socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect((await peer.closed).code).toBe(1007);
  });

  it("a binary frame closes with 1003", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    peer.send(Buffer.from(JSON.stringify({ type: "req", id: "h1", method: "health" })));
    expect((await peer.closed).code).toBe(1003);
  });

  it("a frame over policy.maxPayload closes with 1009; one at the limit is served", async () => {
    const server = await testGateway({ maxPayload: 4_096 });
    const { peer, hello } = await RawPeer.connected(server);
    expect(hello.payload.policy.maxPayload).toBe(4_096);
    const frameOfSize = (size: number) => {
      const skeleton = JSON.stringify({ type: "req", id: "e1", method: "system.echo", params: { text: "" } });
      return JSON.stringify({ type: "req", id: "e1", method: "system.echo", params: { text: "x".repeat(size - skeleton.length) } });
    };
    peer.send(frameOfSize(4_096));
    expect((await peer.nextExcept(EVENTS_TO_SKIP)).ok).toBe(true);
    peer.send(frameOfSize(4_097));
    expect((await peer.closed).code).toBe(1009);
  });
});

describe("methods", () => {
  it("an unknown method gets an error that names it", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    const response = await peer.call("u1", "system.reboot", {});
    expect(response).toEqual({ type: "res", id: "u1", ok: false, error: { code: "INVALID_REQUEST", message: 'unknown method "system.reboot"', details: { method: "system.reboot" } } });
    expect((await peer.call("h1", "health")).ok).toBe(true);
  });

  it("a protocol method this gateway does not serve is UNAVAILABLE, naming it", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    const response = await peer.call("u1", "cron.list", {});
    expect(response.error).toEqual({ code: "UNAVAILABLE", message: 'method "cron.list" is in the protocol but this gateway does not serve it', details: { method: "cron.list" } });
  });

  const invalidParams: { name: string; method: string; params: unknown; message: string }[] = [
    { name: "wrong type (a crash in the seed's gateway)", method: "system.echo", params: { text: 42 }, message: "invalid params for system.echo: /params/text: expected string" },
    { name: "missing required", method: "system.echo", params: {}, message: "invalid params for system.echo: /params/text: is required" },
    { name: "params not an object", method: "system.echo", params: "hi", message: "invalid params for system.echo: /params: expected object" },
    { name: "absent params", method: "system.echo", params: undefined, message: "invalid params for system.echo: /params: expected object" },
    { name: "empty string", method: "chat.history", params: { sessionKey: "" }, message: "invalid params for chat.history: /params/sessionKey: must not be empty" },
    {
      name: "missing idempotencyKey",
      method: "send",
      params: { to: "+1555", message: "hi" },
      message: "invalid params for send: /params/idempotencyKey: is required",
    },
    {
      name: "several problems at once",
      method: "chat.send",
      params: { sessionKey: 1, message: "", idempotencyKey: "k", bogus: true },
      message: "invalid params for chat.send: /params/bogus: is not allowed (unknown property); /params/sessionKey: expected string; /params/message: must not be empty",
    },
    { name: "params for a method that takes none", method: "health", params: { verbose: true }, message: "invalid params for health: /params: expected no params (absent or {}): health takes none" },
  ];
  for (const { name, method, params, message } of invalidParams) {
    it(`invalid params, ${name}: INVALID_REQUEST naming the pointer`, async () => {
      const server = await testGateway();
      const { peer } = await RawPeer.connected(server);
      const response = await peer.call("p1", method, params);
      expect(response).toMatchObject({ type: "res", id: "p1", ok: false, error: { code: "INVALID_REQUEST", message } });
      expect(response.error.message).not.toMatch(/must be equal to constant|must match a schema|must NOT have/);
      expect((await peer.call("h1", "health")).ok).toBe(true);
    });
  }

  it("a no-params method accepts absent params and {}", async () => {
    const server = await testGateway();
    const { peer } = await RawPeer.connected(server);
    expect((await peer.call("h1", "health")).ok).toBe(true);
    expect((await peer.call("h2", "health", {})).ok).toBe(true);
  });

  it("a result that fails its method's schema is never sent: INTERNAL instead, and the bug is logged", async () => {
    const logs: string[] = [];
    const server = await testGateway({ log: (line) => logs.push(line), handlers: { "system.echo": () => ({ ok: true, text: "" }) } });
    const { peer } = await RawPeer.connected(server);
    const response = await peer.call("e1", "system.echo", { text: "hi" });
    expect(response.error).toEqual({ code: "INTERNAL", message: "internal gateway error: the result of system.echo failed its own schema" });
    expect(logs).toEqual(["bug: the result of system.echo fails SystemEchoResult: /text: must not be empty"]);
  });

  it("a handler that throws gets INTERNAL, the connection stays up", async () => {
    const logs: string[] = [];
    const server = await testGateway({
      log: (line) => logs.push(line),
      handlers: {
        health: () => {
          throw new Error("disk on fire");
        },
      },
    });
    const { peer } = await RawPeer.connected(server);
    expect((await peer.call("h1", "health")).error).toEqual({ code: "INTERNAL", message: "internal gateway error: health failed" });
    expect(logs[0]).toMatch(/^bug: health threw Error: disk on fire/);
    expect((await peer.call("e1", "system.echo", { text: "still here" })).payload).toEqual({ ok: true, text: "still here" });
  });

  it("every error code the gateway sends is one of ERROR_CODES", async () => {
    const server = await testGateway({ handlers: { status: () => Promise.reject(new Error("x")) } });
    const { peer } = await RawPeer.connected(server);
    const responses = [
      await peer.call("1", "nope"),
      await peer.call("2", "cron.list", {}),
      await peer.call("3", "system.echo", {}),
      await peer.call("4", "status"),
      await peer.call("5", "connect", {}),
    ];
    const codes = responses.map((response) => response.error.code);
    expect(codes).toEqual(["INVALID_REQUEST", "UNAVAILABLE", "INVALID_REQUEST", "INTERNAL", "INVALID_REQUEST"]);
    for (const code of codes) expect(ERROR_CODES).toContain(code);
  });
});
