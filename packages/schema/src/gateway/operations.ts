// The Gateway's operations as types and validators: for each method its params and result, for each
// event its payload. This module is the one place the server (apps/gateway) and the TS client
// (@clone/gateway-client) learn that pairing. Today it reads `GatewayMethods` / `GatewayEvents`; when
// the normalized model carries operations, a generated method map replaces those two imports and
// nothing downstream changes.
import type { Static } from "@sinclair/typebox";
import type { Validator } from "../validate/ajv.ts";
import { validatorsByName } from "../validate/validators.ts";
import {
  ERROR_CODES,
  EVENTS,
  GatewayEvents,
  GatewayMethods,
  GatewayProtocolSchemas,
  METHODS,
  type GatewayDefinitionName,
  type GatewayEvent,
  type GatewayMethod,
} from "./index.ts";
import type { ErrorCode } from "./system.ts";

type DefinitionType<Name> = Name extends GatewayDefinitionName ? Static<(typeof GatewayProtocolSchemas)[Name]> : never;
type MethodEntry<M extends GatewayMethod> = (typeof GatewayMethods)[M];
type EventEntry<E extends GatewayEvent> = (typeof GatewayEvents)[E];

/** Params of `method`; `undefined` for a method that takes none. */
export type GatewayParams<M extends GatewayMethod> = MethodEntry<M> extends { params: infer Name } ? DefinitionType<Name> : undefined;
/** Result of `method`; `unknown` where the protocol does not type it. */
export type GatewayResult<M extends GatewayMethod> = MethodEntry<M> extends { result: infer Name } ? DefinitionType<Name> : unknown;
/** Payload of `event`; `unknown` where the protocol does not type it. */
export type GatewayEventPayload<E extends GatewayEvent> = EventEntry<E> extends { payload: infer Name } ? DefinitionType<Name> : unknown;
/** Methods whose params have a definition (the rest take none). */
export type GatewayMethodWithParams = { [M in GatewayMethod]: MethodEntry<M> extends { params: string } ? M : never }[GatewayMethod];
/** Methods whose result has a definition: the only ones a server can answer with a checked result. */
export type GatewayMethodWithResult = { [M in GatewayMethod]: MethodEntry<M> extends { result: string } ? M : never }[GatewayMethod];

export interface MethodContract<M extends GatewayMethod = GatewayMethod> {
  readonly method: M;
  /** Absent: the method takes no params. */
  readonly params?: Validator<GatewayParams<M>>;
  /** Absent: the protocol does not type the result. */
  readonly result?: Validator<GatewayResult<M>>;
  /**
   * True when the params require an `idempotencyKey`: a method with side effects, which a gateway
   * must perform once per key (seed 004). Read from the params schema, never listed by hand.
   */
  readonly idempotent: boolean;
}

export interface EventContract<E extends GatewayEvent = GatewayEvent> {
  readonly event: E;
  /** Absent: the protocol does not type the payload. */
  readonly payload?: Validator<GatewayEventPayload<E>>;
}

function validatorOf(name: string | undefined): Validator<never> | undefined {
  if (name === undefined) return undefined;
  const validator = validatorsByName[name];
  if (validator === undefined) throw new Error(`gateway operations: definition "${name}" has no validator`);
  return validator as Validator<never>;
}

function requiresIdempotencyKey(definition: string | undefined): boolean {
  if (definition === undefined) return false;
  const schema = GatewayProtocolSchemas[definition as GatewayDefinitionName] as { required?: readonly string[] };
  return schema.required?.includes("idempotencyKey") ?? false;
}

const entries = <T extends object>(record: T) => Object.entries(record) as [keyof T & string, { params?: string; result?: string; payload?: string }][];

export const gatewayMethodContracts = Object.fromEntries(
  entries(GatewayMethods).map(([method, entry]) => [
    method,
    { method, params: validatorOf(entry.params), result: validatorOf(entry.result), idempotent: requiresIdempotencyKey(entry.params) },
  ]),
) as { readonly [M in GatewayMethod]: MethodContract<M> };

export const gatewayEventContracts = Object.fromEntries(
  entries(GatewayEvents).map(([event, entry]) => [event, { event, payload: validatorOf(entry.payload) }]),
) as { readonly [E in GatewayEvent]: EventContract<E> };

const methodNames: ReadonlySet<string> = new Set(METHODS);
const eventNames: ReadonlySet<string> = new Set(EVENTS);
const errorCodes: ReadonlySet<string> = new Set(ERROR_CODES);

export function isGatewayMethod(name: string): name is GatewayMethod {
  return methodNames.has(name);
}

export function isGatewayEvent(name: string): name is GatewayEvent {
  return eventNames.has(name);
}

export function isErrorCode(code: string): code is ErrorCode {
  return errorCodes.has(code);
}

/**
 * The `id` of a frame that failed validation, when an answer can still name it: a non-empty string.
 * Lets a gateway answer a bad request, and a client fail the one call a bad response was meant for.
 */
export function usableFrameId(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}
