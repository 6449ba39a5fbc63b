// A scripted stand-in for a gateway: a bare `ws` server on a free loopback port whose answers each test
// writes by hand, so the client meets malformed frames, drops and refusals no real gateway would send.
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

// Frames are written and read loosely on purpose: the point is to send what the protocol forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Frame = any;

export interface FakeConnection {
  readonly socket: WebSocket;
  readonly received: Frame[];
  send(frame: unknown): void;
}

/** A hello-ok written out by hand (not produced by the code under test). */
export function helloOk(connId = "fake-1"): Frame {
  return {
    type: "hello-ok",
    protocol: 2,
    server: { version: "fake", connId },
    features: { methods: ["health", "system.echo"], events: ["tick"] },
    snapshot: { presence: [], health: {}, stateVersion: { presence: 0, health: 0 }, uptimeMs: 0 },
    policy: { maxPayload: 1_048_576, maxBufferedBytes: 1_048_576, tickIntervalMs: 30_000 },
  };
}

export type RequestHandler = (frame: Frame, connection: FakeConnection) => void;

/** By default: answers connect with hello-ok and system.echo with its text; other requests get nothing. */
export const standardReplies: RequestHandler = (frame, connection) => {
  if (frame.method === "connect") connection.send({ type: "res", id: frame.id, ok: true, payload: helloOk() });
  else if (frame.method === "system.echo") connection.send({ type: "res", id: frame.id, ok: true, payload: { ok: true, text: frame.params.text } });
};

export class FakeGateway {
  readonly connections: FakeConnection[] = [];
  handler: RequestHandler = standardReplies;

  private constructor(private readonly wss: WebSocketServer) {
    wss.on("connection", (socket) => {
      const connection: FakeConnection = { socket, received: [], send: (frame) => socket.send(typeof frame === "string" ? frame : JSON.stringify(frame)) };
      this.connections.push(connection);
      socket.on("message", (data) => {
        const frame = JSON.parse(String(data));
        connection.received.push(frame);
        this.handler(frame, connection);
      });
      socket.on("error", () => {});
    });
  }

  static async start(): Promise<FakeGateway> {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((resolve) => wss.once("listening", resolve));
    return new FakeGateway(wss);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  get last(): FakeConnection {
    return this.connections.at(-1)!;
  }

  /** Requests of `method` received so far, on every connection. */
  requests(method: string): Frame[] {
    return this.connections.flatMap((connection) => connection.received.filter((frame) => frame.method === method));
  }

  async stop(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    await new Promise((resolve) => this.wss.close(resolve));
  }
}
