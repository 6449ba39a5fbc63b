// What a call or a connection can fail with. Each error says what happened in plain words; a frame that
// fails validation names the JSON pointer into the frame (`/payload/text: must not be empty`).
import { formatIssue, isErrorCode, type ErrorCode, type ErrorShape, type ValidationIssue } from "@clone/schema";

export class GatewayClientError extends Error {
  override name = "GatewayClientError";
}

/** The gateway answered the call with `ok: false`. */
export class GatewayCallError extends GatewayClientError {
  override name = "GatewayCallError";
  /** The gateway's code; one of ERROR_CODES unless the gateway is newer than this client. */
  readonly code: string;
  readonly details: unknown;
  readonly retryable: boolean | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly method: string,
    error: ErrorShape,
  ) {
    super(`${method} failed: ${error.code}: ${error.message}`);
    this.code = error.code;
    this.details = error.details;
    this.retryable = error.retryable;
    this.retryAfterMs = error.retryAfterMs;
  }

  /** The code as a known ErrorCode, or undefined for a code this client does not know. */
  get knownCode(): ErrorCode | undefined {
    return isErrorCode(this.code) ? this.code : undefined;
  }
}

/** The gateway sent something the protocol does not allow: a malformed frame, payload or result. */
export class GatewayProtocolError extends GatewayClientError {
  override name = "GatewayProtocolError";

  constructor(
    summary: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(issues.length === 0 ? summary : `${summary}: ${issues.map(formatIssue).join("; ")}`);
  }
}

export class GatewayTimeoutError extends GatewayClientError {
  override name = "GatewayTimeoutError";

  constructor(
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} got no response within ${timeoutMs} ms`);
  }
}

/** The connection could not be made, or it closed before an answer came. */
export class GatewayConnectionError extends GatewayClientError {
  override name = "GatewayConnectionError";

  constructor(
    message: string,
    readonly closeCode?: number,
    readonly closeReason?: string,
  ) {
    super(closeCode === undefined ? message : `${message} (close ${closeCode}${closeReason ? `: ${closeReason}` : ""})`);
  }
}
