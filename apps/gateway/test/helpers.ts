// Test helpers: a gateway on a free loopback port, and a raw WebSocket peer that sends exactly the bytes
// a test gives it and records every frame and the close, so tests see the wire as a client would.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { WebSocket } from "ws";
import { PROTOCOL_VERSION, type ConnectParams } from "@clone/schema";
import { GatewayClient, type GatewayClientOptions } from "@clone/gateway-client";
import { startGateway, type GatewayOptions, type GatewayServer } from "../src/index.ts";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A gateway on 127.0.0.1, port 0, shut down by `stopAll`. */
const running = new Set<{ stop(): Promise<void> }>();

export async function testGateway(options: GatewayOptions = {}): Promise<GatewayServer> {
  const logs: string[] = [];
  const server = await startGateway({ host: "127.0.0.1", port: 0, log: (line) => logs.push(line), ...options });
  running.add({ stop: () => server.shutdown("test over") });
  return server;
}

export async function stopAll(): Promise<void> {
  const all = [...running];
  running.clear();
  await Promise.all(all.map((entry) => entry.stop()));
}

export function validConnect(overrides: Partial<ConnectParams> = {}): ConnectParams {
  return {
    minProtocol: PROTOCOL_VERSION,
    maxProtocol: PROTOCOL_VERSION,
    client: { name: "test-client", version: "1.0.0", platform: "node", mode: "test" },
    ...overrides,
  };
}

export function clientFor(server: GatewayServer, options: Partial<GatewayClientOptions> = {}): GatewayClient {
  const client = new GatewayClient({
    url: server.url,
    client: { name: "test-client", version: "1.0.0", platform: "node", mode: "test" },
    reconnect: false,
    ...options,
  });
  running.add({ stop: () => client.close() });
  return client;
}

export interface Closed {
  readonly code: number;
  readonly reason: string;
}

// Frames are loosely typed on purpose: a test reads what the server actually sent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Frame = any;

/** A WebSocket peer with no protocol logic: what it sends is what the test wrote. */
export class RawPeer {
  readonly closed: Promise<Closed>;
  private readonly queue: Frame[] = [];
  private readonly waiting: ((frame: Frame) => void)[] = [];
  private isClosed = false;

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data, isBinary) => {
      const frame: Frame = isBinary ? { binary: data } : JSON.parse(String(data));
      const waiter = this.waiting.shift();
      if (waiter) waiter(frame);
      else this.queue.push(frame);
    });
    this.closed = new Promise((resolve) =>
      socket.on("close", (code, reason) => {
        this.isClosed = true;
        resolve({ code, reason: reason.toString("utf8") });
      }),
    );
    socket.on("error", () => {});
  }

  static open(url: string, options: WebSocket.ClientOptions = {}): Promise<RawPeer> {
    const socket = new WebSocket(url, options);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(new RawPeer(socket)));
      socket.once("error", reject);
    });
  }

  /** Opens and completes the handshake; returns the hello-ok response frame. */
  static async connected(server: GatewayServer, params: ConnectParams = validConnect()): Promise<{ peer: RawPeer; hello: Frame }> {
    const peer = await RawPeer.open(server.url);
    peer.send({ type: "req", id: "c1", method: "connect", params });
    const hello = await peer.next();
    if (hello.ok !== true) throw new Error(`handshake failed: ${JSON.stringify(hello)}`);
    return { peer, hello };
  }

  get isOpen(): boolean {
    return !this.isClosed;
  }

  send(value: unknown): void {
    this.socket.send(typeof value === "string" || Buffer.isBuffer(value) ? value : JSON.stringify(value), { binary: Buffer.isBuffer(value) });
  }

  /** The next frame the server sent (waits up to `timeoutMs`). */
  next(timeoutMs = 5_000): Promise<Frame> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        reject(new Error(`no frame within ${timeoutMs} ms`));
      }, timeoutMs);
      const entry = (frame: Frame) => {
        clearTimeout(timer);
        resolve(frame);
      };
      this.waiting.push(entry);
    });
  }

  /** The next frame that is not an event of the given kinds (ticks, presence…). */
  async nextExcept(events: readonly string[], timeoutMs = 5_000): Promise<Frame> {
    for (;;) {
      const frame = await this.next(timeoutMs);
      if (!(frame.type === "event" && events.includes(frame.event))) return frame;
    }
  }

  /** Sends a request and returns its response, skipping events. */
  async call(id: string, method: string, params?: unknown): Promise<Frame> {
    this.send(params === undefined ? { type: "req", id, method } : { type: "req", id, method, params });
    for (;;) {
      const frame = await this.next();
      if (frame.type === "res" && frame.id === id) return frame;
    }
  }

  /** Frames received so far and not yet read. */
  drain(): Frame[] {
    return this.queue.splice(0);
  }

  close(): Promise<Closed> {
    if (!this.isClosed) this.socket.close(1000);
    return this.closed;
  }
}

/** Waits until `predicate` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `pnpm gateway` as a child process; resolves once it printed its listening line. */
export async function spawnGatewayCli(args: readonly string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/gateway/src/cli.ts", ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      stdout += String(chunk);
      const match = /gateway listening on (ws:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`gateway exited with ${code} before listening:\n${stderr}`)));
  });
  running.add({
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  });
  return { child, url, stderr: () => stderr, exited };
}
