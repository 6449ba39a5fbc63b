// What a gateway can be told at start, with the defaults a user gets from `pnpm gateway`.
import type { HelloOk } from "@clone/schema";
import type { MethodHandlers } from "./methods/index.ts";

export type GatewayPolicy = HelloOk["policy"];

export interface GatewayOptions {
  /** 0 (the default) lets the OS pick a free port; `GatewayServer.port` tells which. */
  readonly port?: number;
  /** Loopback unless told otherwise. */
  readonly host?: string;
  /** When set, `connect` must carry it as `auth.token`. */
  readonly token?: string;
  /** `policy.tickIntervalMs`: how often every client gets a `tick` event. */
  readonly tickIntervalMs?: number;
  /** `policy.maxPayload`: a larger inbound frame closes the connection with 1009. */
  readonly maxPayload?: number;
  /** `policy.maxBufferedBytes`: a client whose unsent backlog grows past this is dropped. */
  readonly maxBufferedBytes?: number;
  /** A connection that has not sent `connect` after this long is closed. */
  readonly handshakeTimeoutMs?: number;
  /** Delay between two streamed `chat` events of the echo agent (0: next turn of the event loop). */
  readonly chatChunkDelayMs?: number;
  /** `hello-ok.server.version`. */
  readonly version?: string;
  /** Milliseconds since the Unix epoch; injectable so recorded frames are reproducible. */
  readonly clock?: () => number;
  /** The process's memory, as `status` reports it; injectable for the same reason. */
  readonly memoryUsage?: () => { readonly rss: number; readonly heapUsed: number };
  /** Handlers that replace or add to the built-in ones (an embedding app's methods, a test's). */
  readonly handlers?: MethodHandlers;
  /** Where the gateway reports what it does (connections dropped, bugs caught); silent by default. */
  readonly log?: (line: string) => void;
}

export type ResolvedGatewayOptions = Required<Omit<GatewayOptions, "token" | "handlers">> & { readonly token: string | undefined };

export const DEFAULT_POLICY: GatewayPolicy = { maxPayload: 1_048_576, maxBufferedBytes: 1_048_576, tickIntervalMs: 30_000 };

export function resolveGatewayOptions(options: GatewayOptions): ResolvedGatewayOptions {
  return {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    token: options.token,
    tickIntervalMs: options.tickIntervalMs ?? DEFAULT_POLICY.tickIntervalMs,
    maxPayload: options.maxPayload ?? DEFAULT_POLICY.maxPayload,
    maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_POLICY.maxBufferedBytes,
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? 5_000,
    chatChunkDelayMs: options.chatChunkDelayMs ?? 0,
    version: options.version ?? "dev",
    clock: options.clock ?? Date.now,
    memoryUsage: options.memoryUsage ?? process.memoryUsage,
    log: options.log ?? (() => {}),
  };
}

export function policyOf(options: ResolvedGatewayOptions): GatewayPolicy {
  return { maxPayload: options.maxPayload, maxBufferedBytes: options.maxBufferedBytes, tickIntervalMs: options.tickIntervalMs };
}
