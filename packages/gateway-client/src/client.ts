// The TypeScript Gateway client. `connect()` performs the handshake and resolves with `hello-ok`;
// `call(method, params)` is typed by the protocol's method map (@clone/schema's method contracts);
// `on(event, listener)` by its event map. Every inbound frame is validated before use: the frame
// itself, then a result against its method's schema and an event payload against its event's schema.
// After an unexpected close the client reconnects with backoff and a new handshake; calls made in the
// meantime wait for it (within their timeout).
import { WebSocket, type RawData } from "ws";
import {
  FINAL_CLOSE_CODES,
  gatewayEventContracts,
  gatewayMethodContracts,
  GatewayCloseCode,
  isGatewayEvent,
  isGatewayMethod,
  issuesAt,
  PROTOCOL_VERSION,
  usableFrameId,
  validateGatewayFrame,
  type ConnectParams,
  type EventFrame,
  type GatewayEvent,
  type GatewayEventPayload,
  type GatewayMethod,
  type GatewayParams,
  type GatewayResult,
  type HelloOk,
  type RequestFrame,
  type ResponseFrame,
} from "@clone/schema";
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from "./backoff.ts";
import { GatewayCallError, GatewayClientError, GatewayConnectionError, GatewayProtocolError, GatewayTimeoutError } from "./errors.ts";

/** Methods a client calls; `connect` is the handshake, which `connect()` performs. */
export type CallableMethod = Exclude<GatewayMethod, "connect">;

export interface CallOptions {
  /** Overrides the client's `requestTimeoutMs` for this call. */
  readonly timeoutMs?: number;
}

/** `call("health")` for a method without params, `call("system.echo", { text })` otherwise. */
export type CallArgs<M extends CallableMethod> = GatewayParams<M> extends undefined
  ? [params?: undefined, options?: CallOptions]
  : [params: GatewayParams<M>, options?: CallOptions];

export type EventListener<E extends GatewayEvent> = (payload: GatewayEventPayload<E>, frame: EventFrame) => void;

export interface ReconnectOptions extends Partial<BackoffOptions> {
  /** Attempts after one drop before giving up (default: no limit). */
  readonly maxAttempts?: number;
}

export interface GatewayClientOptions {
  /** e.g. `ws://127.0.0.1:18789`. */
  readonly url: string;
  /** Who is connecting: `connect`'s `client`. */
  readonly client: ConnectParams["client"];
  readonly token?: string;
  readonly caps?: readonly string[];
  readonly locale?: string;
  readonly userAgent?: string;
  /** Per call, unless the call says otherwise (default 10 s). */
  readonly requestTimeoutMs?: number;
  /** From opening the socket to `hello-ok` (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** `false` turns reconnecting off. */
  readonly reconnect?: ReconnectOptions | false;
  /** Largest frame accepted from the gateway (default 16 MiB). */
  readonly maxPayload?: number;
}

/** What happened to the connection, for `onConnection` listeners. */
export type ConnectionChange =
  | { readonly kind: "hello"; readonly hello: HelloOk; readonly reconnected: boolean }
  /** `reconnectInMs` is absent when the client will not reconnect (closed by you, or a final close). */
  | { readonly kind: "closed"; readonly code: number; readonly reason: string; readonly reconnectInMs?: number }
  | { readonly kind: "reconnect-failed"; readonly attempt: number; readonly error: Error; readonly reconnectInMs?: number };

export type ClientState = "idle" | "connecting" | "open" | "reconnecting" | "closed";

interface Pending {
  readonly method: GatewayMethod;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** One WebSocket and the calls in flight on it. */
interface Link {
  readonly socket: WebSocket;
  readonly pending: Map<string, Pending>;
  /** Ids of calls that timed out, so their late answers are dropped quietly (bounded). */
  readonly lateIds: Set<string>;
  discarded: boolean;
}

interface Waiter {
  readonly resolve: (link: Link) => void;
  readonly reject: (error: Error) => void;
}

const MAX_LATE_IDS = 1_024;

export class GatewayClient {
  private readonly options: GatewayClientOptions;
  private readonly backoff: BackoffOptions & { readonly maxAttempts: number };
  private currentState: ClientState = "idle";
  private link: Link | undefined;
  private currentHello: HelloOk | undefined;
  private connecting: Promise<HelloOk> | undefined;
  private requestCounter = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** A `shutdown` event's `restartExpectedMs`: the earliest the next attempt is worth making. */
  private restartHintMs = 0;
  private waiters: Waiter[] = [];
  private readonly eventListeners = new Map<GatewayEvent, Set<EventListener<never>>>();
  private readonly connectionListeners = new Set<(change: ConnectionChange) => void>();
  private readonly protocolErrorListeners = new Set<(error: GatewayProtocolError) => void>();

  constructor(options: GatewayClientOptions) {
    this.options = options;
    const reconnect = options.reconnect === false ? { maxAttempts: 0 } : (options.reconnect ?? {});
    this.backoff = { ...DEFAULT_BACKOFF, maxAttempts: Number.POSITIVE_INFINITY, ...reconnect };
  }

  get state(): ClientState {
    return this.currentState;
  }

  /** The last `hello-ok`, from the first handshake or the latest reconnect. */
  get hello(): HelloOk | undefined {
    return this.currentHello;
  }

  /** Opens the connection and performs the handshake; resolves with the gateway's `hello-ok`. */
  connect(): Promise<HelloOk> {
    if (this.currentState === "open" && this.currentHello !== undefined) return Promise.resolve(this.currentHello);
    if (this.connecting !== undefined) return this.connecting;
    this.currentState = "connecting";
    this.connecting = this.openLink().then(
      (hello) => {
        this.connecting = undefined;
        if (this.currentState === "closed") {
          this.dropLink();
          throw new GatewayConnectionError("the client was closed while connecting");
        }
        this.opened(hello, false);
        return hello;
      },
      (error: Error) => {
        this.connecting = undefined;
        if (this.currentState === "connecting") this.currentState = "idle";
        this.rejectWaiters(error);
        throw error;
      },
    );
    return this.connecting;
  }

  /** Calls `method`; resolves with its result, checked against the method's result schema. */
  call<M extends CallableMethod>(method: M, ...[params, options]: CallArgs<M>): Promise<GatewayResult<M>> {
    // Checked at run time too, for callers without the types (plain JS, data-driven method names).
    if (!isGatewayMethod(method) || (method as GatewayMethod) === "connect") {
      return Promise.reject(new GatewayClientError(`unknown method ${JSON.stringify(method)}`));
    }
    const validate = gatewayMethodContracts[method].params;
    if (validate !== undefined && !validate(params)) {
      return Promise.reject(new GatewayProtocolError(`invalid params for ${method}`, issuesAt("/params", validate.issues(params))));
    }
    const timeoutMs = options?.timeoutMs ?? this.options.requestTimeoutMs ?? 10_000;
    if (this.currentState === "open" && this.link !== undefined) return this.request(this.link, method, params, timeoutMs) as Promise<GatewayResult<M>>;
    if (this.currentState === "connecting" || this.currentState === "reconnecting") {
      const deadline = Date.now() + timeoutMs;
      return this.waitForOpen(method, timeoutMs).then(
        (link) => this.request(link, method, params, Math.max(1, deadline - Date.now())) as Promise<GatewayResult<M>>,
      );
    }
    const why = this.currentState === "idle" ? "not connected: call connect() first" : "the client is closed";
    return Promise.reject(new GatewayConnectionError(`${method}: ${why}`));
  }

  /** Listens to a gateway event; the payload is checked against the event's schema first. Returns an unsubscribe. */
  on<E extends GatewayEvent>(event: E, listener: EventListener<E>): () => void {
    if (!isGatewayEvent(event)) throw new GatewayClientError(`unknown event ${JSON.stringify(event)}`);
    let listeners = this.eventListeners.get(event);
    if (listeners === undefined) this.eventListeners.set(event, (listeners = new Set()));
    listeners.add(listener as EventListener<never>);
    return () => listeners.delete(listener as EventListener<never>);
  }

  /** Handshakes, closes and reconnect attempts. Returns an unsubscribe. */
  onConnection(listener: (change: ConnectionChange) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Frames the gateway sent that break the protocol and belong to no call (a bad event, say). */
  onProtocolError(listener: (error: GatewayProtocolError) => void): () => void {
    this.protocolErrorListeners.add(listener);
    return () => this.protocolErrorListeners.delete(listener);
  }

  /** Closes the connection for good (until the next `connect()`); calls in flight fail. */
  async close(): Promise<void> {
    this.currentState = "closed";
    clearTimeout(this.reconnectTimer);
    this.rejectWaiters(new GatewayConnectionError("the client was closed"));
    const link = this.link;
    this.link = undefined;
    if (link === undefined || link.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => link.socket.once("close", () => resolve()));
    link.socket.close(GatewayCloseCode.normal, "client closing");
    const straggler = setTimeout(() => link.socket.terminate(), 2_000);
    await closed;
    clearTimeout(straggler);
  }

  // --- connection

  /** One socket, through the handshake. Resolves with `hello-ok` once it is the client's link. */
  private openLink(): Promise<HelloOk> {
    const connectTimeoutMs = this.options.connectTimeoutMs ?? 10_000;
    return new Promise<HelloOk>((resolve, reject) => {
      const socket = new WebSocket(this.options.url, { maxPayload: this.options.maxPayload ?? 16 * 1_048_576, perMessageDeflate: false });
      const link: Link = { socket, pending: new Map(), lateIds: new Set(), discarded: false };
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        link.discarded = true;
        socket.terminate();
        reject(error);
      };
      const timer = setTimeout(() => fail(new GatewayConnectionError(`no hello-ok from ${this.options.url} within ${connectTimeoutMs} ms`)), connectTimeoutMs);
      socket.on("open", () => {
        this.request(link, "connect", this.connectParams(), connectTimeoutMs).then((result) => {
          const hello = result as HelloOk;
          if (settled) return;
          if (hello.protocol < this.minProtocol() || hello.protocol > this.maxProtocol()) {
            return fail(new GatewayProtocolError(`hello-ok: /payload/protocol: ${hello.protocol} is outside this client's range ${this.minProtocol()}..${this.maxProtocol()}`));
          }
          settled = true;
          clearTimeout(timer);
          this.link = link;
          resolve(hello);
        }, fail);
      });
      socket.on("message", (data, isBinary) => this.onMessage(link, data, isBinary));
      socket.on("error", (error) => fail(new GatewayConnectionError(`cannot connect to ${this.options.url}: ${error.message}`)));
      socket.on("close", (code, reasonBytes) => {
        const reason = reasonBytes.toString("utf8");
        this.failPending(link, code, reason);
        if (!settled) fail(new GatewayConnectionError("the connection closed during the handshake", code, reason));
        else if (this.link === link) this.linkLost(link, code, reason);
      });
    });
  }

  private connectParams(): ConnectParams {
    const { client, token, caps, locale, userAgent } = this.options;
    return {
      minProtocol: this.minProtocol(),
      maxProtocol: this.maxProtocol(),
      client,
      ...(caps !== undefined ? { caps: [...caps] } : {}),
      ...(token !== undefined ? { auth: { token } } : {}),
      ...(locale !== undefined ? { locale } : {}),
      ...(userAgent !== undefined ? { userAgent } : {}),
    };
  }

  private minProtocol(): number {
    return PROTOCOL_VERSION;
  }

  private maxProtocol(): number {
    return PROTOCOL_VERSION;
  }

  private opened(hello: HelloOk, reconnected: boolean): void {
    this.currentState = "open";
    this.currentHello = hello;
    this.restartHintMs = 0;
    const link = this.link!;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.resolve(link);
    this.notify({ kind: "hello", hello, reconnected });
  }

  /** The link closed after its handshake: reconnect unless it was closed on purpose or for good. */
  private linkLost(link: Link, code: number, reason: string): void {
    this.link = undefined;
    link.discarded = true;
    if (this.currentState === "closed") return this.notify({ kind: "closed", code, reason });
    if (FINAL_CLOSE_CODES.has(code) || this.backoff.maxAttempts <= 0) {
      this.currentState = "closed";
      this.rejectWaiters(new GatewayConnectionError("the gateway closed the connection", code, reason));
      return this.notify({ kind: "closed", code, reason });
    }
    this.currentState = "reconnecting";
    const delay = this.scheduleReconnect(0);
    this.notify({ kind: "closed", code, reason, reconnectInMs: delay });
  }

  private scheduleReconnect(attempt: number): number {
    const delay = Math.max(backoffDelay(attempt, this.backoff), this.restartHintMs);
    this.reconnectTimer = setTimeout(() => this.reconnect(attempt), delay);
    return delay;
  }

  private reconnect(attempt: number): void {
    if (this.currentState !== "reconnecting") return;
    this.openLink().then(
      (hello) => {
        if (this.currentState !== "reconnecting") return this.dropLink();
        this.opened(hello, true);
      },
      (error: Error) => {
        if (this.currentState !== "reconnecting") return;
        // A gateway that refused the handshake (bad token, protocol) will refuse it again.
        const final = error instanceof GatewayCallError || error instanceof GatewayProtocolError || attempt + 1 >= this.backoff.maxAttempts;
        if (final) {
          this.currentState = "closed";
          this.rejectWaiters(new GatewayConnectionError(`reconnecting failed after ${attempt + 1} attempt(s): ${error.message}`));
          return this.notify({ kind: "reconnect-failed", attempt, error });
        }
        this.notify({ kind: "reconnect-failed", attempt, error, reconnectInMs: this.scheduleReconnect(attempt + 1) });
      },
    );
  }

  /** Closes a link that completed its handshake after the client was closed. */
  private dropLink(): void {
    const link = this.link;
    this.link = undefined;
    link?.socket.close(GatewayCloseCode.normal, "client closing");
  }

  private waitForOpen(method: string, timeoutMs: number): Promise<Link> {
    return new Promise<Link>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        reject(new GatewayTimeoutError(method, timeoutMs));
      }, timeoutMs);
      const entry: Waiter = {
        resolve: (link) => {
          clearTimeout(timer);
          resolve(link);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.push(entry);
    });
  }

  private rejectWaiters(error: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(error);
  }

  // --- frames

  private request(link: Link, method: GatewayMethod, params: unknown, timeoutMs: number): Promise<unknown> {
    this.requestCounter += 1;
    const id = `r${this.requestCounter}`;
    const frame: RequestFrame = params === undefined ? { type: "req", id, method } : { type: "req", id, method, params };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        link.pending.delete(id);
        link.lateIds.add(id);
        if (link.lateIds.size > MAX_LATE_IDS) link.lateIds.delete(link.lateIds.values().next().value!);
        reject(new GatewayTimeoutError(method, timeoutMs));
      }, timeoutMs);
      link.pending.set(id, { method, resolve, reject, timer });
      // A socket that is closing drops the frame; its close event then fails this call with the rest.
      link.socket.send(JSON.stringify(frame));
    });
  }

  private onMessage(link: Link, data: RawData, isBinary: boolean): void {
    if (link.discarded) return;
    if (isBinary) return this.breakLink(link, new GatewayProtocolError("the gateway sent a binary frame; the protocol is JSON text"), GatewayCloseCode.unsupportedData);
    let value: unknown;
    try {
      value = JSON.parse(String(data));
    } catch (error) {
      return this.breakLink(link, new GatewayProtocolError(`the gateway sent text that is not JSON: ${(error as Error).message}`), GatewayCloseCode.invalidPayload);
    }
    if (!validateGatewayFrame(value)) {
      const issues = validateGatewayFrame.issues(value);
      const id = usableFrameId(value);
      const pending = id === undefined ? undefined : link.pending.get(id);
      if (pending !== undefined) return this.settle(link, id!, (entry) => entry.reject(new GatewayProtocolError(`invalid response to ${pending.method}`, issues)));
      return this.reportProtocolError(new GatewayProtocolError("invalid frame from the gateway", issues));
    }
    if (value.type === "res") return this.onResponse(link, value);
    if (value.type === "event") return this.onEvent(value);
    this.reportProtocolError(new GatewayProtocolError(`the gateway sent a request (${value.method}); clients serve no methods`));
  }

  private onResponse(link: Link, frame: ResponseFrame): void {
    const pending = link.pending.get(frame.id);
    if (pending === undefined) {
      if (!link.lateIds.delete(frame.id)) this.reportProtocolError(new GatewayProtocolError(`a response for id ${JSON.stringify(frame.id)}, which no call is waiting for`));
      return;
    }
    this.settle(link, frame.id, (entry) => {
      if (!frame.ok) {
        if (frame.error === undefined) {
          return entry.reject(new GatewayProtocolError(`invalid response to ${entry.method}`, [{ pointer: "/error", message: "is required when ok is false", keyword: "required" }]));
        }
        return entry.reject(new GatewayCallError(entry.method, frame.error));
      }
      const validate = gatewayMethodContracts[entry.method].result;
      if (validate !== undefined && !validate(frame.payload)) {
        return entry.reject(new GatewayProtocolError(`invalid result for ${entry.method}`, issuesAt("/payload", validate.issues(frame.payload))));
      }
      entry.resolve(frame.payload);
    });
  }

  private onEvent(frame: EventFrame): void {
    const event = frame.event;
    // An event this client does not know is from a newer gateway: not an error, nobody listens to it.
    if (!isGatewayEvent(event)) return;
    const validate = gatewayEventContracts[event].payload;
    if (validate !== undefined && !validate(frame.payload)) {
      return this.reportProtocolError(new GatewayProtocolError(`invalid ${event} event`, issuesAt("/payload", validate.issues(frame.payload))));
    }
    if (event === "shutdown") this.restartHintMs = (frame.payload as GatewayEventPayload<"shutdown">).restartExpectedMs ?? 0;
    for (const listener of this.eventListeners.get(event) ?? []) {
      try {
        listener(frame.payload as never, frame);
      } catch (error) {
        // A listener's bug is the application's, not the connection's: surface it like EventEmitter.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  private settle(link: Link, id: string, finish: (entry: Pending) => void): void {
    const entry = link.pending.get(id)!;
    link.pending.delete(id);
    clearTimeout(entry.timer);
    finish(entry);
  }

  private failPending(link: Link, code: number, reason: string): void {
    for (const [id, entry] of link.pending) {
      this.settle(link, id, () => entry.reject(new GatewayConnectionError(`the connection closed before ${entry.method} was answered`, code, reason)));
    }
  }

  /** The gateway broke the protocol beyond one frame: report it and drop the link (reconnect follows). */
  private breakLink(link: Link, error: GatewayProtocolError, code: number): void {
    this.reportProtocolError(error);
    link.socket.close(code, error.message.slice(0, 120));
  }

  private reportProtocolError(error: GatewayProtocolError): void {
    for (const listener of this.protocolErrorListeners) listener(error);
  }

  private notify(change: ConnectionChange): void {
    for (const listener of this.connectionListeners) listener(change);
  }
}

/** Creates a client and connects it: resolves once `hello-ok` arrived. */
export async function connectGateway(options: GatewayClientOptions): Promise<{ client: GatewayClient; hello: HelloOk }> {
  const client = new GatewayClient(options);
  const hello = await client.connect();
  return { client, hello };
}
