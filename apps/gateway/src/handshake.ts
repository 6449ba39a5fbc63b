// The handshake: the first frame must be a `connect` request whose params are valid ConnectParams, whose
// protocol range includes ours, and whose token matches when the gateway has one. Each way to fail has
// its error and its close code (the table in README.md).
import { createHash, timingSafeEqual } from "node:crypto";
import { GatewayCloseCode, issuesAt, PROTOCOL_VERSION, type ConnectParams, gatewayValidators } from "@clone/schema";
import { GatewayError, invalidRequest } from "./errors.ts";
import type { Inbound } from "./inbound.ts";

const { validateConnectParams } = gatewayValidators;

export type HandshakeOutcome =
  | { readonly ok: true; readonly id: string; readonly params: ConnectParams }
  | {
      readonly ok: false;
      /** The error response goes to this id, when the frame had a usable one. */
      readonly id: string | undefined;
      readonly error: GatewayError;
      readonly closeCode: number;
      readonly closeReason: string;
    };

const NOT_CONNECT = "the first frame must be a connect request";

export function acceptConnect(inbound: Exclude<Inbound, { kind: "close" }>, token: string | undefined): HandshakeOutcome {
  const refuse = (id: string | undefined, error: GatewayError, closeCode: number, closeReason: string): HandshakeOutcome => ({
    ok: false,
    id,
    error,
    closeCode,
    closeReason,
  });
  if (inbound.kind === "invalid") {
    return refuse(inbound.id, invalidRequest(NOT_CONNECT, inbound.issues), GatewayCloseCode.policyViolation, "invalid connect request");
  }
  const { id, method, params } = inbound.frame;
  if (method !== "connect") {
    const issue = { pointer: "/method", message: `expected "connect", not ${JSON.stringify(method)}`, keyword: "const" };
    return refuse(id, invalidRequest(NOT_CONNECT, [issue]), GatewayCloseCode.policyViolation, "first request was not connect");
  }
  if (!validateConnectParams(params)) {
    const issues = issuesAt("/params", validateConnectParams.issues(params));
    return refuse(id, invalidRequest("invalid connect params", issues), GatewayCloseCode.policyViolation, "invalid connect params");
  }
  const { minProtocol, maxProtocol } = params;
  if (minProtocol > PROTOCOL_VERSION || maxProtocol < PROTOCOL_VERSION) {
    const error = new GatewayError(
      "INVALID_REQUEST",
      `protocol mismatch: /params/minProtocol..maxProtocol is ${minProtocol}..${maxProtocol}, which excludes this gateway's protocol ${PROTOCOL_VERSION}`,
      { expectedProtocol: PROTOCOL_VERSION, minProtocol, maxProtocol },
    );
    return refuse(id, error, GatewayCloseCode.protocolMismatch, `protocol mismatch: gateway speaks ${PROTOCOL_VERSION}`);
  }
  if (token !== undefined) {
    const given = params.auth?.token;
    if (given === undefined || !sameSecret(given, token)) {
      const problem = given === undefined ? "is required: this gateway needs a token" : "does not match this gateway's token";
      return refuse(id, new GatewayError("UNAUTHORIZED", `/params/auth/token: ${problem}`), GatewayCloseCode.policyViolation, "unauthorized");
    }
  }
  return { ok: true, id, params };
}

/** Compares in time independent of where the strings differ (hashing first makes the lengths equal). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
