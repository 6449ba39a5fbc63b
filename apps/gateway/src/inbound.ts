// Reading one inbound WebSocket message: a request frame, a bad frame (answerable when it carries a
// usable id), or something that ends the connection (binary, not JSON).
import type { RawData } from "ws";
import { GatewayCloseCode, usableFrameId, type RequestFrame, type ValidationIssue, gatewayValidators } from "@clone/schema";

const { validateRequestFrame } = gatewayValidators;

export type Inbound =
  | { readonly kind: "request"; readonly frame: RequestFrame }
  /** Parsed JSON that is not a valid request frame; `id` is set when an error response can name it. */
  | { readonly kind: "invalid"; readonly id: string | undefined; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: "close"; readonly code: number; readonly reason: string };

export function readInbound(data: RawData, isBinary: boolean): Inbound {
  if (isBinary) return { kind: "close", code: GatewayCloseCode.unsupportedData, reason: "binary frames are not accepted; send JSON text" };
  let value: unknown;
  try {
    value = JSON.parse(textOf(data));
  } catch (error) {
    return { kind: "close", code: GatewayCloseCode.invalidPayload, reason: `not JSON: ${(error as Error).message}` };
  }
  if (validateRequestFrame(value)) return { kind: "request", frame: value };
  return { kind: "invalid", id: usableFrameId(value), issues: clientFrameIssues(value) };
}

function clientFrameIssues(value: unknown): ValidationIssue[] {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  // A well-formed response or event frame sent by a client breaks the protocol's direction, which is
  // what the client needs to hear, rather than a list of properties a request does not have.
  if (type === "res" || type === "event") {
    return [{ pointer: "/type", message: `expected "req": a client sends only requests, not "${type}" frames`, keyword: "const" }];
  }
  return validateRequestFrame.issues(value);
}

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
}
