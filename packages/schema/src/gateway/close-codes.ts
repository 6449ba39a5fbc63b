// WebSocket close codes (RFC 6455 §7.4.1) a gateway closes with, and why. Server and clients read them
// from here: a client must know which closes are final (retrying cannot help) and which invite a
// reconnect.
export const GatewayCloseCode = {
  /** The client closed, or the gateway closed at the client's request. */
  normal: 1000,
  /** The gateway is shutting down (after a `shutdown` event); reconnecting later may succeed. */
  goingAway: 1001,
  /** The client's protocol range excludes the gateway's PROTOCOL_VERSION. */
  protocolMismatch: 1002,
  /** A binary frame: the protocol is JSON text. */
  unsupportedData: 1003,
  /** Text that is not JSON (or not UTF-8). */
  invalidPayload: 1007,
  /** A bad handshake, a wrong token, no `connect` in time, or a bad frame without a usable id. */
  policyViolation: 1008,
  /** A frame larger than `policy.maxPayload`. */
  messageTooBig: 1009,
} as const;

export type GatewayCloseCode = (typeof GatewayCloseCode)[keyof typeof GatewayCloseCode];

/** Closes after which reconnecting with the same settings fails the same way. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  GatewayCloseCode.protocolMismatch,
  GatewayCloseCode.unsupportedData,
  GatewayCloseCode.invalidPayload,
  GatewayCloseCode.policyViolation,
  GatewayCloseCode.messageTooBig,
]);
