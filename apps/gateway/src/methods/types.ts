// What a method handler is: typed params in, typed result out (or a thrown GatewayError), with the
// gateway's services at hand. The pairing of each method with its types comes from @clone/schema's
// method contracts, so a handler for a method the protocol does not type is a compile error.
import type { GatewayMethodWithResult, GatewayParams, GatewayResult, HealthSummary, SendParams, SendResult, StatusResult, ChatMessage, ChatEvent } from "@clone/schema";

/** The gateway as the handlers see it. */
export interface GatewayServices {
  now(): number;
  /** A fresh id, e.g. `run-3`; counters start at 1 per gateway, so a fresh gateway is reproducible. */
  nextId(prefix: string): string;
  health(): HealthSummary;
  status(connId: string): StatusResult;
  deliver(params: SendParams): SendResult;
  chatHistory(sessionKey: string): ChatMessage[];
  appendChat(sessionKey: string, message: ChatMessage): void;
  /** Streams the events, in order, to every connection following `sessionKey`; then calls `onDone`. */
  streamChat(sessionKey: string, events: readonly ChatEvent[], onDone?: () => void): void;
}

/** The connection a request came on. */
export interface CallerServices {
  readonly connId: string;
  /** From now on, `chat` events of this session reach this connection too. */
  followChat(sessionKey: string): void;
  /** Runs once the response has been sent (e.g. the events that follow it). */
  afterResponse(task: () => void): void;
}

export interface MethodContext {
  readonly gateway: GatewayServices;
  readonly caller: CallerServices;
}

/** Methods a gateway can serve: a typed result, and not the handshake (which has its own path). */
export type ServableMethod = Exclude<GatewayMethodWithResult, "connect">;

export type MethodHandler<M extends ServableMethod> = (
  params: GatewayParams<M>,
  context: MethodContext,
) => GatewayResult<M> | Promise<GatewayResult<M>>;

export type MethodHandlers = { readonly [M in ServableMethod]?: MethodHandler<M> };
