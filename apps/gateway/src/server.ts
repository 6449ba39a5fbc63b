// The reference Gateway: a `ws` server that speaks the protocol in @clone/schema. It holds what
// connections share (presence, chat sessions, the outbox, idempotency keys) and pushes the events:
// `tick` on a timer, `presence` when clients come and go, `chat` from the echo agent, `shutdown`.
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import {
  gatewayEventContracts,
  GatewayCloseCode,
  PROTOCOL_VERSION,
  type ChatEvent,
  type ChatMessage,
  type ConnectParams,
  type GatewayEvent,
  type GatewayEventPayload,
  type HealthSummary,
  type HelloOk,
  type PresenceEntry,
  type SendParams,
  type SendResult,
  type StateVersion,
  type StatusResult,
} from "@clone/schema";
import { ChatStore } from "./chat.ts";
import { Connection } from "./connection.ts";
import { IdempotencyCache } from "./idempotency.ts";
import { defaultMethodHandlers, type GatewayServices, type MethodHandler, type MethodHandlers, type ServableMethod } from "./methods/index.ts";
import { policyOf, resolveGatewayOptions, type GatewayOptions, type ResolvedGatewayOptions } from "./options.ts";

/**
 * Events this gateway pushes, advertised in `hello-ok.features.events`. `emit` accepts only these, so
 * pushing a new kind of event without advertising it does not compile.
 */
export const EMITTED_EVENTS = ["tick", "presence", "chat", "shutdown"] as const satisfies readonly GatewayEvent[];
export type EmittedEvent = (typeof EMITTED_EVENTS)[number];

/** Caps on what the gateway remembers, so memory stays bounded however long it runs. */
const MEMORY_CAPS = { idempotencyKeys: 10_000, outbox: 1_000, chatSessions: 1_000, messagesPerSession: 200 } as const;

export interface GatewayStats {
  /** Connections dropped for letting their backlog pass maxBufferedBytes. */
  droppedSlowReaders: number;
  /** The largest backlog any one connection had right after a write. */
  peakBufferedBytes: number;
}

export interface OutboxMessage {
  readonly messageId: string;
  readonly params: SendParams;
}

export class GatewayServer implements GatewayServices {
  readonly options: ResolvedGatewayOptions;
  /** Methods served, advertised in `hello-ok.features.methods`. */
  readonly methods: readonly ServableMethod[];
  readonly stats: GatewayStats = { droppedSlowReaders: 0, peakBufferedBytes: 0 };
  readonly idempotency = new IdempotencyCache(MEMORY_CAPS.idempotencyKeys);
  /** The last messages `send` delivered, oldest first (the side effect a test can observe). */
  readonly outbox: OutboxMessage[] = [];
  private readonly startedAt: number;
  private readonly connections = new Set<Connection>();
  private readonly presence = new Map<string, PresenceEntry>();
  private readonly stateVersion: StateVersion = { presence: 0, health: 0 };
  private readonly chat = new ChatStore({ maxSessions: MEMORY_CAPS.chatSessions, maxMessagesPerSession: MEMORY_CAPS.messagesPerSession });
  private readonly chatFollowers = new Map<string, Set<Connection>>();
  private readonly counters = new Map<string, number>();
  private readonly pendingStreams = new Set<() => void>();
  private readonly tickTimer: NodeJS.Timeout;
  private readonly handlers: MethodHandlers;
  private readonly boundPort: number;
  private messagesSent = 0;
  private stopping: Promise<void> | undefined;

  private constructor(
    options: ResolvedGatewayOptions,
    handlers: MethodHandlers | undefined,
    private readonly wss: WebSocketServer,
  ) {
    this.options = options;
    this.boundPort = (wss.address() as AddressInfo).port;
    // A handler given as undefined withdraws a built-in method.
    this.handlers = Object.fromEntries(Object.entries({ ...defaultMethodHandlers, ...handlers }).filter(([, handler]) => handler !== undefined));
    this.methods = Object.keys(this.handlers) as ServableMethod[];
    this.startedAt = options.clock();
    wss.on("connection", (ws, request) => {
      if (this.stopping !== undefined) return ws.close(GatewayCloseCode.goingAway, "gateway shutting down");
      this.connections.add(new Connection(this, ws, this.nextId("ws"), request.socket.remoteAddress));
    });
    this.tickTimer = setInterval(() => this.emit("tick", { ts: this.now() }, this.openConnections()), options.tickIntervalMs);
  }

  static async start(options: GatewayOptions = {}): Promise<GatewayServer> {
    const resolved = resolveGatewayOptions(options);
    const wss = new WebSocketServer({ host: resolved.host, port: resolved.port, maxPayload: resolved.maxPayload, clientTracking: false });
    await new Promise<void>((resolve, reject) => {
      wss.once("listening", resolve);
      wss.once("error", reject);
    });
    return new GatewayServer(resolved, options.handlers, wss);
  }

  /** The port listened on (the OS's pick when started with port 0); kept after shutdown. */
  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    const host = this.options.host.includes(":") ? `[${this.options.host}]` : this.options.host;
    return `ws://${host}:${this.port}`;
  }

  /** Clients past the handshake. */
  get connectionCount(): number {
    return this.presence.size;
  }

  /**
   * Sends `shutdown` to every client, closes each connection cleanly (1001), stops listening, and
   * resolves once every socket is gone. Calling it again returns the same promise.
   */
  shutdown(reason = "gateway shutting down", restartExpectedMs?: number): Promise<void> {
    this.stopping ??= this.stop(reason, restartExpectedMs);
    return this.stopping;
  }

  private async stop(reason: string, restartExpectedMs: number | undefined): Promise<void> {
    clearInterval(this.tickTimer);
    for (const cancel of this.pendingStreams) cancel();
    this.pendingStreams.clear();
    this.emit("shutdown", restartExpectedMs === undefined ? { reason } : { reason, restartExpectedMs }, this.openConnections());
    const closed = [...this.connections].map((connection) => connection.closed);
    for (const connection of this.connections) connection.close(GatewayCloseCode.goingAway, reason);
    const listening = new Promise<void>((resolve) => this.wss.close(() => resolve()));
    // A client that never answers the close handshake is cut off rather than waited for.
    const straggler = setTimeout(() => this.connections.forEach((connection) => connection.terminate()), 2_000);
    await Promise.all([...closed, listening]);
    clearTimeout(straggler);
  }

  // --- what connections call

  /** Registers a client that completed the handshake; returns its `hello-ok`. */
  admit(connection: Connection, params: ConnectParams): HelloOk {
    const entry = this.presenceEntry(connection, params, "connect");
    this.presence.set(connection.connId, entry);
    this.stateVersion.presence += 1;
    this.emit("presence", { change: "joined", entry }, this.openConnections(connection), { ...this.stateVersion });
    return {
      type: "hello-ok",
      protocol: PROTOCOL_VERSION,
      server: { version: this.options.version, connId: connection.connId },
      features: { methods: [...this.methods], events: [...EMITTED_EVENTS] },
      snapshot: { presence: [...this.presence.values()], health: this.health(), stateVersion: { ...this.stateVersion }, uptimeMs: this.uptimeMs() },
      policy: policyOf(this.options),
    };
  }

  /** Forgets a connection that closed; tells the others when it had joined. */
  release(connection: Connection, wasOpen: boolean): void {
    this.connections.delete(connection);
    for (const sessionKey of connection.followedChats) this.unfollowChat(connection, sessionKey);
    const entry = this.presence.get(connection.connId);
    if (!wasOpen || entry === undefined) return;
    this.presence.delete(connection.connId);
    this.stateVersion.presence += 1;
    this.emit("presence", { change: "left", entry: { ...entry, reason: "disconnect", ts: this.now() } }, this.openConnections(), { ...this.stateVersion });
  }

  /** The handler for `method`, if this gateway serves it. */
  handlerFor(method: string): MethodHandler<ServableMethod> | undefined {
    return Object.hasOwn(this.handlers, method) ? (this.handlers[method as ServableMethod] as MethodHandler<ServableMethod>) : undefined;
  }

  followChat(connection: Connection, sessionKey: string): void {
    let followers = this.chatFollowers.get(sessionKey);
    if (followers === undefined) this.chatFollowers.set(sessionKey, (followers = new Set()));
    followers.add(connection);
    connection.followedChats.add(sessionKey);
  }

  noteBuffered(bytes: number): void {
    if (bytes > this.stats.peakBufferedBytes) this.stats.peakBufferedBytes = bytes;
  }

  log(line: string): void {
    this.options.log(line);
  }

  // --- GatewayServices: what method handlers call

  now(): number {
    return this.options.clock();
  }

  nextId(prefix: string): string {
    const next = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, next);
    return `${prefix}-${next}`;
  }

  health(): HealthSummary {
    return { ok: true, ts: this.now(), uptimeMs: this.uptimeMs(), connections: this.connectionCount };
  }

  status(connId: string): StatusResult {
    const memory = this.options.memoryUsage();
    return {
      server: { version: this.options.version, connId },
      protocol: PROTOCOL_VERSION,
      uptimeMs: this.uptimeMs(),
      connections: this.connectionCount,
      stateVersion: { ...this.stateVersion },
      messagesSent: this.messagesSent,
      chatSessions: this.chat.sessionCount,
      memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed },
    };
  }

  deliver(params: SendParams): SendResult {
    const messageId = this.nextId("msg");
    this.messagesSent += 1;
    this.outbox.push({ messageId, params });
    if (this.outbox.length > MEMORY_CAPS.outbox) this.outbox.shift();
    return { messageId, to: params.to, ts: this.now() };
  }

  chatHistory(sessionKey: string): ChatMessage[] {
    return this.chat.history(sessionKey);
  }

  appendChat(sessionKey: string, message: ChatMessage): void {
    this.chat.append(sessionKey, message);
  }

  streamChat(sessionKey: string, events: readonly ChatEvent[], onDone?: () => void): void {
    const sendFrom = (index: number) => {
      this.emit("chat", events[index]!, this.chatFollowers.get(sessionKey) ?? []);
      // onDone runs in the same turn as the last event, so whoever saw that event sees its effect.
      if (index + 1 < events.length) this.later(() => sendFrom(index + 1));
      else onDone?.();
    };
    if (events.length === 0) onDone?.();
    else this.later(() => sendFrom(0));
  }

  // --- internals

  /** Pushes an event to `targets` after checking its payload against the event's schema. */
  private emit<E extends EmittedEvent>(event: E, payload: GatewayEventPayload<E>, targets: Iterable<Connection>, stateVersion?: StateVersion): void {
    const validate = gatewayEventContracts[event].payload;
    if (validate !== undefined && !validate(payload)) {
      this.log(`bug: a ${event} event fails ${validate.schemaName}: ${validate.messages(payload).join("; ")}`);
      return;
    }
    for (const connection of targets) connection.sendEvent(event, payload, stateVersion);
  }

  /** Runs `task` after `chatChunkDelayMs` (0: the next turn of the event loop); shutdown cancels it. */
  private later(task: () => void): void {
    const delayMs = this.options.chatChunkDelayMs;
    let cancel: () => void;
    const run = () => {
      this.pendingStreams.delete(cancel);
      task();
    };
    if (delayMs > 0) {
      const timer = setTimeout(run, delayMs);
      cancel = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(run);
      cancel = () => clearImmediate(immediate);
    }
    this.pendingStreams.add(cancel);
  }

  private openConnections(except?: Connection): Connection[] {
    return [...this.connections].filter((connection) => connection.state === "open" && connection !== except);
  }

  private unfollowChat(connection: Connection, sessionKey: string): void {
    const followers = this.chatFollowers.get(sessionKey);
    followers?.delete(connection);
    if (followers?.size === 0) this.chatFollowers.delete(sessionKey);
  }

  private uptimeMs(): number {
    return Math.max(0, this.now() - this.startedAt);
  }

  private presenceEntry(connection: Connection, params: ConnectParams, reason: string): PresenceEntry {
    const { client, caps } = params;
    return {
      ...(connection.remoteAddress ? { ip: connection.remoteAddress } : {}),
      version: client.version,
      mode: client.mode,
      reason,
      ...(caps && caps.length > 0 ? { tags: caps } : {}),
      text: `${client.name} on ${client.platform}`,
      ts: this.now(),
      instanceId: client.instanceId ?? connection.connId,
    };
  }
}

export function startGateway(options: GatewayOptions = {}): Promise<GatewayServer> {
  return GatewayServer.start(options);
}
