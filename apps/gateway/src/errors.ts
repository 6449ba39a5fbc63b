// Errors a request can end in. Every message names what went wrong in plain words, and a validation
// failure names the JSON pointer into the frame the client sent (`/params/text: must not be empty`),
// with the same issues machine-readable under `details.issues`.
import { formatIssue, type ErrorCode, type ErrorShape, type ValidationIssue } from "@clone/schema";

export class GatewayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "GatewayError";
  }

  toShape(): ErrorShape {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}

/** INVALID_REQUEST listing every issue: `${summary}: /params/text: must not be empty; …`. */
export function invalidRequest(summary: string, issues: readonly ValidationIssue[]): GatewayError {
  return new GatewayError("INVALID_REQUEST", `${summary}: ${issues.map(formatIssue).join("; ")}`, {
    issues: issues.map(({ pointer, message }) => ({ pointer, message })),
  });
}

export function unknownMethod(method: string): GatewayError {
  return new GatewayError("INVALID_REQUEST", `unknown method ${JSON.stringify(method)}`, { method });
}

/** A bug in this gateway, never the client's fault: the client sees a short message, the log the rest. */
export function internalError(what: string): GatewayError {
  return new GatewayError("INTERNAL", `internal gateway error: ${what}`);
}
