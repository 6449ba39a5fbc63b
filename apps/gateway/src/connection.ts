// One client's WebSocket: the handshake, then requests dispatched to their handlers, responses and
// events out. Every outbound frame goes through `write`, which drops a reader whose backlog passes
// `policy.maxBufferedBytes`, so a slow client costs at most that much memory.
import { WebSocket, type RawData } from "ws";
import {
  formatIssue,
  issuesAt,
  gatewayMethodContracts,
  isGatewayMethod,
  GatewayCloseCode,
  type ConnectParams,
  type EventFrame,
  type GatewayEvent,
  type RequestFrame,
  type ResponseFrame,
} from "@clone/schema";
import { GatewayError, internalError, invalidRequest, unknownMethod } from "./errors.ts";
import { acceptConnect } from "./handshake.ts";
import { readInbound } from "./inbound.ts";
import type { CallerServices, GatewayServices, MethodContext, ServableMethod } from "./methods/index.ts";
import type { GatewayServer } from "./server.ts";

type ConnectionState = "handshake" | "open" | "closing" | "closed";

export class Connection {
  state: ConnectionState = "handshake";
  client: ConnectParams["client"] | undefined;
  /** Chat sessions whose events this connection receives. */
  readonly followedChats = new Set<string>();
  /** Resolves once the socket is closed. */
  readonly closed: Promise<void>;
  private eventSeq = 0;
  private readonly handshakeTimer: NodeJS.Timeout;
  private markClosed!: () => void;

  constructor(
    private readonly server: GatewayServer,
    private readonly ws: WebSocket,
    readonly connId: string,
    readonly remoteAddress: string | undefined,
  ) {
    this.closed = new Promise((resolve) => (this.markClosed = resolve));
    ws.on("message", (data, isBinary) => this.onMessage(data, isBinary));
    ws.on("close", () => this.onClose());
    // ws reports protocol violations (oversized frame: 1009, bad UTF-8: 1007) here after closing with
    // the right code itself; there is nothing left to do but not crash.
    ws.on("error", (error) => server.log(`${connId}: ${error.message}`));
    const timeoutMs = server.options.handshakeTimeoutMs;
    this.handshakeTimer = setTimeout(() => this.close(GatewayCloseCode.policyViolation, `no connect request within ${timeoutMs} ms`), timeoutMs);
  }

  /** Closes with a code and a reason the client can read (RFC 6455 caps it at 123 bytes). */
  close(code: number, reason: string): void {
    if (this.state === "closing" || this.state === "closed") return;
    this.state = "closing";
    clearTimeout(this.handshakeTimer);
    this.ws.close(code, truncateUtf8(reason, 123));
  }

  /** Ends the connection at once, without a closing handshake (slow readers, shutdown stragglers). */
  terminate(): void {
    this.state = "closing";
    this.ws.terminate();
  }

  sendEvent<E extends GatewayEvent>(event: E, payload: unknown, stateVersion?: EventFrame["stateVersion"]): void {
    if (this.state !== "open") return;
    this.eventSeq += 1;
    const frame: EventFrame = stateVersion === undefined ? { type: "event", event, payload, seq: this.eventSeq } : { type: "event", event, payload, seq: this.eventSeq, stateVersion };
    this.write(JSON.stringify(frame));
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.state === "closing" || this.state === "closed") return;
    const inbound = readInbound(data, isBinary);
    if (inbound.kind === "close") return this.close(inbound.code, inbound.reason);
    if (this.state === "handshake") return this.handshake(inbound);
    if (inbound.kind === "invalid") {
      if (inbound.id === undefined) {
        return this.close(GatewayCloseCode.policyViolation, `bad frame without a usable id: ${inbound.issues.map(formatIssue).join("; ")}`);
      }
      return this.respondError(inbound.id, invalidRequest("invalid request frame", inbound.issues));
    }
    this.dispatch(inbound.frame);
  }

  private handshake(inbound: Parameters<typeof acceptConnect>[0]): void {
    const outcome = acceptConnect(inbound, this.server.options.token);
    if (!outcome.ok) {
      if (outcome.id !== undefined) this.respondError(outcome.id, outcome.error);
      return this.close(outcome.closeCode, outcome.id === undefined ? `${outcome.closeReason}: ${outcome.error.message}` : outcome.closeReason);
    }
    clearTimeout(this.handshakeTimer);
    this.client = outcome.params.client;
    this.state = "open";
    const hello = this.server.admit(this, outcome.params);
    this.respond(outcome.id, "connect", hello);
  }

  private dispatch(frame: RequestFrame): void {
    const id = frame.id;
    if (frame.method === "connect") {
      return this.respondError(id, new GatewayError("INVALID_REQUEST", `/method: already connected; "connect" is valid only as the first request`));
    }
    if (!isGatewayMethod(frame.method)) return this.respondError(id, unknownMethod(frame.method));
    const handler = this.server.handlerFor(frame.method);
    if (handler === undefined) {
      const method = frame.method;
      return this.respondError(id, new GatewayError("UNAVAILABLE", `method ${JSON.stringify(method)} is in the protocol but this gateway does not serve it`, { method }));
    }
    const method = frame.method as ServableMethod;
    const contract = gatewayMethodContracts[method];
    const params = frame.params;
    if (contract.params === undefined) {
      if (!isNoParams(params)) {
        return this.respondError(id, invalidRequest(`invalid params for ${method}`, [{ pointer: "/params", message: `expected no params (absent or {}): ${method} takes none`, keyword: "type" }]));
      }
    } else if (!contract.params(params)) {
      return this.respondError(id, invalidRequest(`invalid params for ${method}`, issuesAt("/params", contract.params.issues(params))));
    }

    const call = new Call(this.server, this);
    let outcome: unknown;
    try {
      outcome = contract.idempotent
        ? this.server.idempotency.run(method, (params as { idempotencyKey: string }).idempotencyKey, params, async () => handler(params as never, call))
        : handler(params as never, call);
    } catch (error) {
      return this.respondError(id, this.asGatewayError(error, method));
    }
    if (outcome instanceof Promise) {
      outcome.then(
        (result) => this.respond(id, method, result, call),
        (error: unknown) => this.respondError(id, this.asGatewayError(error, method)),
      );
    } else {
      this.respond(id, method, outcome, call);
    }
  }

  /** Sends a result after checking it against the method's result schema: a bad one is our bug. */
  private respond(id: string, method: "connect" | ServableMethod, result: unknown, call?: Call): void {
    const validate = gatewayMethodContracts[method].result;
    if (validate !== undefined && !validate(result)) {
      this.server.log(`bug: the result of ${method} fails ${validate.schemaName}: ${validate.messages(result).join("; ")}`);
      return this.respondError(id, internalError(`the result of ${method} failed its own schema`));
    }
    const frame: ResponseFrame = { type: "res", id, ok: true, payload: result };
    this.write(JSON.stringify(frame));
    call?.runAfterResponse();
  }

  private respondError(id: string, error: GatewayError): void {
    const frame: ResponseFrame = { type: "res", id, ok: false, error: error.toShape() };
    this.write(JSON.stringify(frame));
  }

  private asGatewayError(error: unknown, method: string): GatewayError {
    if (error instanceof GatewayError) return error;
    this.server.log(`bug: ${method} threw ${(error as Error)?.stack ?? String(error)}`);
    return internalError(`${method} failed`);
  }

  private write(text: string): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(text);
    const buffered = this.ws.bufferedAmount;
    this.server.noteBuffered(buffered);
    if (buffered > this.server.options.maxBufferedBytes) {
      this.server.log(`${this.connId}: dropped, a slow reader (${buffered} bytes unsent, over maxBufferedBytes ${this.server.options.maxBufferedBytes})`);
      this.server.stats.droppedSlowReaders += 1;
      this.terminate();
    }
  }

  private onClose(): void {
    clearTimeout(this.handshakeTimer);
    const wasOpen = this.client !== undefined;
    this.state = "closed";
    this.server.release(this, wasOpen);
    this.markClosed();
  }
}

/**
 * One request as its handler sees it: the gateway, and the connection it came on. A class rather than
 * an object of closures, since one is made per request on the hot path.
 */
class Call implements MethodContext, CallerServices {
  private tasks: (() => void)[] | undefined;

  constructor(
    readonly gateway: GatewayServer & GatewayServices,
    private readonly connection: Connection,
  ) {}

  get caller(): CallerServices {
    return this;
  }

  get connId(): string {
    return this.connection.connId;
  }

  followChat(sessionKey: string): void {
    this.gateway.followChat(this.connection, sessionKey);
  }

  afterResponse(task: () => void): void {
    (this.tasks ??= []).push(task);
  }

  runAfterResponse(): void {
    if (this.tasks !== undefined) for (const task of this.tasks) task();
  }
}

function isNoParams(params: unknown): boolean {
  return params === undefined || (typeof params === "object" && params !== null && !Array.isArray(params) && Object.keys(params).length === 0);
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let cut = text.slice(0, maxBytes - 1);
  while (Buffer.byteLength(`${cut}…`) > maxBytes) cut = cut.slice(0, -1);
  return `${cut}…`;
}
