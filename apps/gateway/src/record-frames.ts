// Records what the live gateway sends, scenario by scenario, as transcripts under packages/schema/frames:
// the fixtures the Swift typed layer decodes, and the proof that they match this server. Each scenario
// runs on a fresh gateway with a fixed clock and fixed memory figures, so a recording is byte-for-byte
// reproducible: nothing needs normalizing, and any change in what the server sends shows as a diff.
//
// `pnpm gateway:frames` writes them; `pnpm gateway:frames --check` (and apps/gateway/test/frames.test.ts)
// fails when the committed files are stale. Exit codes: 0 ok, 1 stale, 2 usage error.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WebSocket } from "ws";
import { PROTOCOL_VERSION, type ConnectParams, type GatewayFrame, type RequestFrame } from "@clone/schema";
import type { GatewayOptions } from "./options.ts";
import { startGateway, type GatewayServer } from "./server.ts";

export const FRAMES_DIR = fileURLToPath(new URL("../../../packages/schema/frames/", import.meta.url));

/** One line of a transcript: a frame and who sent it; `method` names the request a response answers. */
export interface TranscriptEntry {
  readonly from: "client" | "gateway";
  readonly method?: string;
  readonly frame: GatewayFrame;
}

export interface Transcript {
  readonly scenario: string;
  readonly description: string;
  readonly frames: TranscriptEntry[];
  /** How the gateway closed the connection, when it did. */
  close?: { readonly code: number; readonly reason: string };
}

/** 2026-01-01T00:00:00Z: every `ts` in a recording. */
const FIXED_NOW = 1_767_225_600_000;
const FIXED_OPTIONS: GatewayOptions = {
  host: "127.0.0.1",
  port: 0,
  clock: () => FIXED_NOW,
  memoryUsage: () => ({ rss: 104_857_600, heapUsed: 20_971_520 }),
  tickIntervalMs: 3_600_000,
  version: "1.0.0",
};

const CLIENT: ConnectParams["client"] = { name: "clone-macos", version: "1.0.0", platform: "macos 15.1", mode: "ui", instanceId: "A1B2" };
const CONNECT: ConnectParams = { minProtocol: PROTOCOL_VERSION, maxProtocol: PROTOCOL_VERSION, client: CLIENT };
const SEND_PARAMS = { to: "+15551234567", message: "on my way", idempotencyKey: "send-1" };

/** A client that writes down every frame it sends and receives, in wire order. */
export class RecordingPeer {
  readonly entries: TranscriptEntry[] = [];
  private recording = true;
  closed: Promise<{ code: number; reason: string }>;
  private readonly methodsById = new Map<string, string>();
  private readonly waiters: { test: (frame: GatewayFrame) => boolean; resolve: (frame: GatewayFrame) => void; last: boolean }[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const frame = JSON.parse(String(data)) as GatewayFrame;
      const method = frame.type === "res" ? this.methodsById.get(frame.id) : undefined;
      if (this.recording) this.entries.push(method === undefined ? { from: "gateway", frame } : { from: "gateway", method, frame });
      for (const waiter of [...this.waiters]) {
        if (!waiter.test(frame)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        // Synchronously: frames that came in the same read must not slip into the recording.
        if (waiter.last) this.recording = false;
        waiter.resolve(frame);
      }
    });
    this.closed = new Promise((resolve) => socket.on("close", (code, reason) => resolve({ code, reason: String(reason) })));
  }

  static async open(server: { readonly url: string }): Promise<RecordingPeer> {
    const socket = new WebSocket(server.url);
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    return new RecordingPeer(socket);
  }

  static async connected(server: GatewayServer, params: ConnectParams = CONNECT): Promise<RecordingPeer> {
    const peer = await RecordingPeer.open(server);
    await peer.request({ type: "req", id: "c1", method: "connect", params });
    return peer;
  }

  /** Frames from now on are not written down (the connection still delivers them). */
  stopRecording(): void {
    this.recording = false;
  }

  /** Sends a request and waits for its response. */
  request(frame: RequestFrame): Promise<GatewayFrame> {
    return this.send(frame, (received) => received.type === "res" && received.id === frame.id);
  }

  /** Sends any frame (a bad one too) and waits until a received frame passes `until`. */
  send(frame: unknown, until: (frame: GatewayFrame) => boolean): Promise<GatewayFrame> {
    const id = (frame as { id?: unknown }).id;
    const method = (frame as { method?: unknown }).method;
    if (typeof id === "string" && typeof method === "string") this.methodsById.set(id, method);
    this.entries.push({ from: "client", frame: frame as GatewayFrame });
    const answered = this.next(until);
    this.socket.send(JSON.stringify(frame));
    return answered;
  }

  /** The next received frame that passes `test`; with `last`, the recording ends with it. */
  next(test: (frame: GatewayFrame) => boolean, last = false): Promise<GatewayFrame> {
    return new Promise((resolve) => this.waiters.push({ test, resolve, last }));
  }

  close(): Promise<unknown> {
    this.socket.close(1000);
    return this.closed;
  }
}

const isEvent = (name: string) => (frame: GatewayFrame) => frame.type === "event" && frame.event === name;

interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly options?: GatewayOptions;
  /** Runs the exchange; returns the peer whose view is the transcript. */
  run(server: GatewayServer): Promise<RecordingPeer>;
}

const echo = (id: string, text: unknown): RequestFrame => ({ type: "req", id, method: "system.echo", params: { text } });

/** A scenario body: the handshake, then each request in turn, each awaited. */
function requestsAfterHandshake(...requests: RequestFrame[]): Scenario["run"] {
  return async (server) => {
    const peer = await RecordingPeer.connected(server);
    for (const request of requests) await peer.request(request);
    return peer;
  };
}

/** A scenario body: a connect the gateway refuses, answered and then closed. */
function refusedConnect(params: unknown): Scenario["run"] {
  return async (server) => {
    const peer = await RecordingPeer.open(server);
    await peer.request({ type: "req", id: "c1", method: "connect", params });
    await peer.closed;
    return peer;
  };
}

/** Every scenario: one per method served, one per event emitted, and the error paths. */
export const SCENARIOS: readonly Scenario[] = [
  { name: "connect", description: "connect, answered by hello-ok", run: (server) => RecordingPeer.connected(server) },
  {
    name: "health",
    description: "health takes no params",
    run: requestsAfterHandshake({ type: "req", id: "r1", method: "health" }),
  },
  {
    name: "status",
    description: "status, with memory figures fixed for the recording",
    run: requestsAfterHandshake({ type: "req", id: "r1", method: "status" }),
  },
  {
    name: "system.echo",
    description: "seed 004's worked example",
    run: requestsAfterHandshake(echo("r1", "hello, gateway")),
  },
  {
    name: "send",
    description: "send, then the same idempotencyKey again: the same response, one delivery",
    run: requestsAfterHandshake(
      { type: "req", id: "r1", method: "send", params: SEND_PARAMS },
      { type: "req", id: "r2", method: "send", params: SEND_PARAMS },
    ),
  },
  {
    name: "chat",
    description: "chat.send answers { runId }, the echo agent streams deltas and a final, chat.history returns both messages",
    run: async (server) => {
      const peer = await RecordingPeer.connected(server);
      const final = peer.next((frame) => frame.type === "event" && frame.event === "chat" && (frame.payload as { state?: string }).state === "final");
      await peer.request({ type: "req", id: "r1", method: "chat.send", params: { sessionKey: "main", message: "hi there", idempotencyKey: "chat-1" } });
      await final;
      await peer.request({ type: "req", id: "r2", method: "chat.history", params: { sessionKey: "main" } });
      return peer;
    },
  },
  {
    name: "tick",
    description: "the tick event",
    options: { tickIntervalMs: 25 },
    run: async (server) => {
      const peer = await RecordingPeer.open(server);
      // Waiting from before the handshake (a tick can come in the same read as hello-ok), and stopping
      // at the first tick: how many more arrive before the close depends on timing.
      const tick = peer.next(isEvent("tick"), true);
      await peer.request({ type: "req", id: "c1", method: "connect", params: CONNECT });
      await tick;
      return peer;
    },
  },
  {
    name: "presence",
    description: "presence events as another client joins and leaves, seen by a connected client",
    run: async (server) => {
      const watcher = await RecordingPeer.connected(server);
      const joined = watcher.next(isEvent("presence"));
      const visitor = await RecordingPeer.connected(server, { ...CONNECT, client: { name: "clone-ios", version: "1.0.0", platform: "ios 18.2", mode: "ui", instanceId: "C3D4" }, caps: ["voice"] });
      await joined;
      const left = watcher.next(isEvent("presence"));
      await visitor.close();
      await left;
      return watcher;
    },
  },
  {
    name: "shutdown",
    description: "the shutdown event, then a clean close (1001)",
    run: async (server) => {
      const peer = await RecordingPeer.connected(server);
      await server.shutdown("gateway stopping (SIGTERM)", 5_000);
      await peer.closed;
      return peer;
    },
  },
  {
    name: "error.invalid-params",
    description: "invalid params: INVALID_REQUEST naming the pointer; the connection stays up",
    run: requestsAfterHandshake(echo("r1", 42)),
  },
  {
    name: "error.unknown-method",
    description: "an unknown method, named in the error",
    run: requestsAfterHandshake({ type: "req", id: "r1", method: "system.reboot", params: {} }),
  },
  {
    name: "error.unavailable",
    description: "a protocol method this gateway does not serve",
    run: requestsAfterHandshake({ type: "req", id: "r1", method: "cron.list", params: {} }),
  },
  {
    name: "error.invalid-frame",
    description: "a bad frame with a usable id gets an error response",
    run: async (server) => {
      const peer = await RecordingPeer.connected(server);
      await peer.send({ type: "req", id: "r1", method: 7 }, (frame) => frame.type === "res" && frame.id === "r1");
      return peer;
    },
  },
  {
    name: "handshake.invalid-connect",
    description: "connect params of the wrong type: INVALID_REQUEST, close 1008",
    run: refusedConnect({ ...CONNECT, minProtocol: "2" }),
  },
  {
    name: "handshake.protocol-mismatch",
    description: "a protocol range that excludes the gateway's: INVALID_REQUEST with details.expectedProtocol, close 1002",
    run: refusedConnect({ ...CONNECT, minProtocol: PROTOCOL_VERSION + 1, maxProtocol: PROTOCOL_VERSION + 1 }),
  },
  {
    name: "handshake.unauthorized",
    description: "a wrong token: UNAUTHORIZED, close 1008",
    options: { token: "the-right-token" },
    run: refusedConnect({ ...CONNECT, auth: { token: "a-wrong-token" } }),
  },
];

async function recordScenario(scenario: Scenario): Promise<Transcript> {
  const server = await startGateway({ ...FIXED_OPTIONS, ...scenario.options });
  try {
    const peer = await scenario.run(server);
    peer.stopRecording();
    const closedByGateway = await Promise.race([peer.closed, new Promise<undefined>((resolve) => setImmediate(() => resolve(undefined)))]);
    const transcript: Transcript = { scenario: scenario.name, description: scenario.description, frames: [...peer.entries] };
    if (closedByGateway !== undefined && closedByGateway.code !== 1000) transcript.close = closedByGateway;
    else await peer.close();
    return transcript;
  } finally {
    await server.shutdown("recording over");
  }
}

/** Every scenario's transcript as file name → contents (2-space JSON, newline at the end). */
export async function recordFrames(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const scenario of SCENARIOS) {
    const transcript = await recordScenario(scenario);
    files.set(`${scenario.name}.json`, `${JSON.stringify(transcript, null, 2)}\n`);
  }
  return files;
}

/** The committed transcripts, file name → contents. */
export function readCommittedFrames(dir = FRAMES_DIR): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch {
    names = [];
  }
  return new Map(names.sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

/** What differs between a recording and the committed files, one line per file. */
export function staleFrames(recorded: ReadonlyMap<string, string>, committed: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, contents] of recorded) {
    if (!committed.has(name)) problems.push(`missing: ${name}`);
    else if (committed.get(name) !== contents) problems.push(`stale: ${name}`);
  }
  for (const name of committed.keys()) if (!recorded.has(name)) problems.push(`extra: ${name} (no scenario records it)`);
  return problems;
}

function writeFrames(files: ReadonlyMap<string, string>, dir = FRAMES_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readCommittedFrames(dir).keys()) if (!files.has(name)) rmSync(join(dir, name));
  for (const [name, contents] of files) {
    const temporary = join(dir, `.${name}.tmp`);
    writeFileSync(temporary, contents);
    renameSync(temporary, join(dir, name));
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes("--check");
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0 || argv.includes("--help")) {
    console.error("usage: pnpm gateway:frames [--check]\n\nRecords the live gateway's frames into packages/schema/frames (or, with --check, fails when they are stale).");
    return unknown.length > 0 && !argv.includes("--help") ? 2 : 0;
  }
  const recorded = await recordFrames();
  if (check) {
    const problems = staleFrames(recorded, readCommittedFrames());
    if (problems.length === 0) {
      console.log(`gateway:frames: ${recorded.size} transcripts up to date`);
      return 0;
    }
    console.error(`gateway:frames: the committed frames differ from what the gateway sends:\n  ${problems.join("\n  ")}\nrun: pnpm gateway:frames`);
    return 1;
  }
  writeFrames(recorded);
  console.log(`gateway:frames: wrote ${recorded.size} transcripts to packages/schema/frames`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
