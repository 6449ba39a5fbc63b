// @clone/gateway-client: a typed client for the Clone Gateway WebSocket protocol.
export {
  GatewayClient,
  connectGateway,
  type CallableMethod,
  type CallArgs,
  type CallOptions,
  type ClientState,
  type ConnectionChange,
  type EventListener,
  type GatewayClientOptions,
  type ReconnectOptions,
} from "./client.ts";
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from "./backoff.ts";
export { GatewayCallError, GatewayClientError, GatewayConnectionError, GatewayProtocolError, GatewayTimeoutError } from "./errors.ts";
