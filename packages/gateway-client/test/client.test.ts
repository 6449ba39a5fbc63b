// The client against a scripted gateway: validation of every inbound frame (a malformed one rejects
// with a pointer message), errors, timeouts, and reconnecting with backoff and a new handshake.
import { afterEach, describe, expect, it } from "vitest";
import {
  backoffDelay,
  GatewayCallError,
  GatewayClient,
  GatewayClientError,
  GatewayConnectionError,
  GatewayProtocolError,
  GatewayTimeoutError,
  type ConnectionChange,
  type GatewayClientOptions,
} from "../src/index.ts";
import { FakeGateway, helloOk, standardReplies } from "./fake-gateway.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function setUp(options: Partial<GatewayClientOptions> = {}): Promise<{ gateway: FakeGateway; client: GatewayClient }> {
  const gateway = await FakeGateway.start();
  const client = new GatewayClient({ url: gateway.url, client: { name: "t", version: "1", platform: "node", mode: "test" }, reconnect: false, ...options });
  cleanups.push(async () => {
    await client.close();
    await gateway.stop();
  });
  return { gateway, client };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

async function until(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("connect", () => {
  it("sends a valid connect and resolves with hello-ok", async () => {
    const { gateway, client } = await setUp({ token: "t0k", caps: ["voice"] });
    const hello = await client.connect();
    expect(hello).toEqual(helloOk());
    expect(client.state).toBe("open");
    const [connect] = gateway.requests("connect");
    expect(connect).toEqual({
      type: "req",
      id: expect.any(String),
      method: "connect",
      params: { minProtocol: 2, maxProtocol: 2, client: { name: "t", version: "1", platform: "node", mode: "test" }, caps: ["voice"], auth: { token: "t0k" } },
    });
  });

  it("a malformed hello-ok rejects with a pointer message", async () => {
    const { gateway, client } = await setUp();
    gateway.handler = (frame, connection) => {
      const { policy: _dropped, ...hello } = helloOk();
      connection.send({ type: "res", id: frame.id, ok: true, payload: hello });
    };
    const error = await rejection(client.connect());
    expect(error).toBeInstanceOf(GatewayProtocolError);
    expect(error.message).toBe("invalid result for connect: /payload/policy: is required");
  });

  it("a refused handshake rejects with the gateway's error, and the client does not retry", async () => {
    const { gateway, client } = await setUp({ reconnect: { initialDelayMs: 10 } });
    gateway.handler = (frame, connection) => {
      connection.send({ type: "res", id: frame.id, ok: false, error: { code: "UNAUTHORIZED", message: "/params/auth/token: does not match this gateway's token" } });
      connection.socket.close(1008, "unauthorized");
    };
    const error = await rejection(client.connect());
    expect(error).toBeInstanceOf(GatewayCallError);
    expect(error).toMatchObject({ code: "UNAUTHORIZED", knownCode: "UNAUTHORIZED", method: "connect" });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(gateway.connections).toHaveLength(1);
  });

  it("a gateway that is not there: a connection error naming the URL", async () => {
    const { gateway, client } = await setUp();
    await gateway.stop();
    const error = await rejection(client.connect());
    expect(error).toBeInstanceOf(GatewayConnectionError);
    expect(error.message).toMatch(/^cannot connect to ws:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
  });

  it("no hello-ok within connectTimeoutMs rejects", async () => {
    const { gateway, client } = await setUp({ connectTimeoutMs: 80 });
    gateway.handler = () => {};
    const error = await rejection(client.connect());
    expect(error).toBeInstanceOf(GatewayClientError);
    expect(error.message).toMatch(/within 80 ms/);
  });
});

describe("call", () => {
  it("resolves with the result and rejects ok:false with the gateway's code, message and details", async () => {
    const { gateway, client } = await setUp();
    await client.connect();
    expect(await client.call("system.echo", { text: "hi" })).toEqual({ ok: true, text: "hi" });
    gateway.handler = (frame, connection) =>
      connection.send({ type: "res", id: frame.id, ok: false, error: { code: "SOMETHING_NEW", message: "from a newer gateway", details: { a: 1 }, retryable: true, retryAfterMs: 5 } });
    const error = await rejection(client.call("health"));
    expect(error).toBeInstanceOf(GatewayCallError);
    expect(error).toMatchObject({ code: "SOMETHING_NEW", knownCode: undefined, details: { a: 1 }, retryable: true, retryAfterMs: 5 });
    expect(error.message).toBe("health failed: SOMETHING_NEW: from a newer gateway");
  });

  const malformed: { name: string; reply: (id: string) => unknown; message: string }[] = [
    { name: "a result that fails the method's schema", reply: (id) => ({ type: "res", id, ok: true, payload: { ok: true, text: "" } }), message: "invalid result for system.echo: /payload/text: must not be empty" },
    { name: "a result of the wrong type", reply: (id) => ({ type: "res", id, ok: true, payload: { ok: "yes", text: "x" } }), message: "invalid result for system.echo: /payload/ok: expected boolean" },
    { name: "a frame with ok of the wrong type", reply: (id) => ({ type: "res", id, ok: "true", payload: {} }), message: "invalid response to system.echo: /ok: expected boolean" },
    { name: "a frame with an unknown key", reply: (id) => ({ type: "res", id, ok: true, payload: { ok: true, text: "x" }, extra: 1 }), message: "invalid response to system.echo: /extra: is not allowed (unknown property)" },
    { name: "an error without a message", reply: (id) => ({ type: "res", id, ok: false, error: { code: "X" } }), message: "invalid response to system.echo: /error/message: is required" },
    { name: "ok:false without an error", reply: (id) => ({ type: "res", id, ok: false }), message: "invalid response to system.echo: /error: is required when ok is false" },
  ];
  for (const { name, reply, message } of malformed) {
    it(`${name} rejects with a pointer message`, async () => {
      const { gateway, client } = await setUp();
      await client.connect();
      gateway.handler = (frame, connection) => connection.send(reply(frame.id));
      const error = await rejection(client.call("system.echo", { text: "x" }));
      expect(error).toBeInstanceOf(GatewayProtocolError);
      expect(error.message).toBe(message);
    });
  }

  it("invalid params are refused before sending, with a pointer message", async () => {
    const { gateway, client } = await setUp();
    await client.connect();
    const error = await rejection(client.call("system.echo", { text: "" }));
    expect(error.message).toBe("invalid params for system.echo: /params/text: must not be empty");
    const untyped = client as unknown as { call(method: string, params?: unknown): Promise<unknown> };
    expect((await rejection(untyped.call("system.echo", { text: 3 }))).message).toBe("invalid params for system.echo: /params/text: expected string");
    expect((await rejection(untyped.call("no.such.method"))).message).toBe('unknown method "no.such.method"');
    expect((await rejection(untyped.call("connect", {}))).message).toBe('unknown method "connect"');
    expect(gateway.requests("system.echo")).toEqual([]);
  });

  it("times out, and the late answer is dropped without a protocol error", async () => {
    const { gateway, client } = await setUp({ requestTimeoutMs: 60 });
    await client.connect();
    const errors: Error[] = [];
    client.onProtocolError((error) => errors.push(error));
    let late: (() => void) | undefined;
    gateway.handler = (frame, connection) => (late = () => connection.send({ type: "res", id: frame.id, ok: true, payload: { ok: true, text: "late" } }));
    const error = await rejection(client.call("system.echo", { text: "x" }));
    expect(error).toBeInstanceOf(GatewayTimeoutError);
    expect(error.message).toBe("system.echo got no response within 60 ms");
    expect((await rejection(client.call("health", undefined, { timeoutMs: 20 }))).message).toBe("health got no response within 20 ms");
    late!();
    gateway.handler = standardReplies;
    expect(await client.call("system.echo", { text: "next" })).toEqual({ ok: true, text: "next" });
    expect(errors).toEqual([]);
  });

  it("answers are matched by id, whatever order they come in", async () => {
    const { gateway, client } = await setUp();
    await client.connect();
    const held: (() => void)[] = [];
    gateway.handler = (frame, connection) => {
      held.push(() => connection.send({ type: "res", id: frame.id, ok: true, payload: { ok: true, text: frame.params.text } }));
      if (held.length === 20) for (const send of held.reverse()) send();
    };
    const texts = Array.from({ length: 20 }, (_, index) => `t${index}`);
    expect(await Promise.all(texts.map((text) => client.call("system.echo", { text })))).toEqual(texts.map((text) => ({ ok: true, text })));
  });

  it("before connect(): a connection error", async () => {
    const { client } = await setUp();
    expect((await rejection(client.call("health"))).message).toBe("health: not connected: call connect() first");
  });

  it("calls in flight when the connection drops fail with a connection error", async () => {
    const { gateway, client } = await setUp();
    await client.connect();
    gateway.handler = (_frame, connection) => connection.socket.terminate();
    const error = await rejection(client.call("system.echo", { text: "x" }));
    expect(error).toBeInstanceOf(GatewayConnectionError);
    expect(error.message).toMatch(/^the connection closed before system\.echo was answered \(close 1006/);
  });
});

describe("events", () => {
  it("typed subscriptions get valid payloads; a malformed one goes to onProtocolError with a pointer message instead", async () => {
    const { gateway, client } = await setUp();
    await client.connect();
    const ticks: number[] = [];
    const errors: string[] = [];
    const unsubscribe = client.on("tick", (payload, frame) => {
      ticks.push(payload.ts);
      expect(frame.event).toBe("tick");
    });
    client.onProtocolError((error) => errors.push(error.message));
    gateway.last.send({ type: "event", event: "tick", payload: { ts: 1 }, seq: 1 });
    gateway.last.send({ type: "event", event: "tick", payload: { ts: "2" }, seq: 2 });
    gateway.last.send({ type: "event", event: "tick", payload: { ts: 3 }, seq: -1 });
    gateway.last.send({ type: "event", event: "brand.new", payload: { anything: true } });
    gateway.last.send("{oops");
    await until(() => errors.length === 3, "three protocol errors");
    expect(ticks).toEqual([1]);
    expect(errors).toEqual([
      "invalid tick event: /payload/ts: expected integer",
      "invalid frame from the gateway: /seq: must be >= 0",
      expect.stringMatching(/^the gateway sent text that is not JSON: /),
    ]);
    unsubscribe();
    expect(() => (client as unknown as { on(event: string, listener: () => void): void }).on("nope", () => {})).toThrow('unknown event "nope"');
  });
});

describe("reconnect", () => {
  it("after a drop: backoff, a new handshake, and calls made meanwhile go through", async () => {
    const { gateway, client } = await setUp({ reconnect: { initialDelayMs: 30, maxDelayMs: 200, jitter: 0 } });
    const changes: ConnectionChange[] = [];
    client.onConnection((change) => changes.push(change));
    await client.connect();
    gateway.last.socket.terminate();
    await until(() => client.state === "reconnecting", "reconnecting");
    const during = client.call("system.echo", { text: "queued" });
    expect(await during).toEqual({ ok: true, text: "queued" });
    expect(client.state).toBe("open");
    expect(gateway.requests("connect")).toHaveLength(2);
    expect(changes.map((change) => change.kind)).toEqual(["hello", "closed", "hello"]);
    expect(changes[1]).toMatchObject({ kind: "closed", code: 1006, reconnectInMs: 30 });
    expect(changes[2]).toMatchObject({ kind: "hello", reconnected: true });
  });

  it("keeps trying with growing delays while the gateway is away, up to maxAttempts", async () => {
    const { gateway, client } = await setUp({ reconnect: { initialDelayMs: 10, factor: 2, maxDelayMs: 1_000, jitter: 0, maxAttempts: 3 } });
    const changes: ConnectionChange[] = [];
    client.onConnection((change) => changes.push(change));
    await client.connect();
    gateway.handler = (frame, connection) => connection.socket.terminate();
    gateway.last.socket.terminate();
    await until(() => client.state === "closed", "giving up");
    const failures = changes.filter((change) => change.kind === "reconnect-failed");
    expect(failures.map((change) => change.kind === "reconnect-failed" && change.reconnectInMs)).toEqual([20, 40, undefined]);
    expect(gateway.requests("connect")).toHaveLength(4);
    expect((await rejection(client.call("health"))).message).toBe("health: the client is closed");
  });

  it("a shutdown event's restartExpectedMs delays the next attempt", async () => {
    const { gateway, client } = await setUp({ reconnect: { initialDelayMs: 5, jitter: 0 } });
    const changes: ConnectionChange[] = [];
    client.onConnection((change) => changes.push(change));
    await client.connect();
    gateway.last.send({ type: "event", event: "shutdown", payload: { reason: "upgrade", restartExpectedMs: 150 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    gateway.last.socket.close(1001, "upgrade");
    await until(() => changes.some((change) => change.kind === "closed"), "the close");
    expect(changes.find((change) => change.kind === "closed")).toEqual({ kind: "closed", code: 1001, reason: "upgrade", reconnectInMs: 150 });
    await until(() => changes.at(-1)?.kind === "hello" && changes.length === 3, "the new hello");
  });

  it("does not reconnect after a final close (1008) or after close()", async () => {
    const { gateway, client } = await setUp({ reconnect: { initialDelayMs: 5 } });
    await client.connect();
    gateway.last.socket.close(1008, "bad frame without a usable id");
    await until(() => client.state === "closed", "closed");
    await client.connect();
    await client.close();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(gateway.requests("connect")).toHaveLength(2);
  });
});

describe("backoffDelay", () => {
  it("grows by factor from initialDelayMs, is capped at maxDelayMs, and spreads by ±jitter", () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1_000, factor: 2, jitter: 0 };
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, options))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    const jittered = { ...options, jitter: 0.2 };
    expect(backoffDelay(1, jittered, () => 0)).toBe(160);
    expect(backoffDelay(1, jittered, () => 1)).toBe(240);
    expect(backoffDelay(9, jittered, () => 1)).toBe(1_000);
  });
});

describe("close() while a handshake is under way", () => {
  it("connect() rejects and the socket is closed, not left open", async () => {
    const { gateway, client } = await setUp();
    let answer: (() => void) | undefined;
    gateway.handler = (frame, connection) => (answer = () => standardReplies(frame, connection));
    const connecting = client.connect();
    await until(() => answer !== undefined, "the connect request");
    const closing = client.close();
    answer!();
    const error = await rejection(connecting);
    expect(error.message).toBe("the client was closed while connecting");
    await closing;
    await until(() => gateway.last.socket.readyState === gateway.last.socket.CLOSED, "the socket to close");
    expect(client.state).toBe("closed");
  });
});
