// The Gateway WebSocket protocol: every definition of dist/protocol.schema.json, by concern.
import type { TSchema } from "@sinclair/typebox";
import * as chat from "./chat.ts";
import * as cron from "./cron.ts";
import * as frames from "./frames.ts";
import * as handshake from "./handshake.ts";
import * as messaging from "./messaging.ts";
import * as nodes from "./nodes.ts";
import * as serverEvents from "./server-events.ts";
import * as snapshot from "./snapshot.ts";
import * as system from "./system.ts";

export * from "./chat.ts";
export * from "./cron.ts";
export * from "./frames.ts";
export * from "./handshake.ts";
export * from "./messaging.ts";
export * from "./nodes.ts";
export * from "./server-events.ts";
export * from "./snapshot.ts";
export * from "./system.ts";

export const PROTOCOL_VERSION = 2;

/**
 * Definitions in document order. The first 33 are the golden protocol file's (seed 001) and must stay
 * deep-equal to it; additions go after them.
 */
export const GatewayProtocolSchemas = {
  ConnectParams: handshake.ConnectParamsSchema,
  HelloOk: handshake.HelloOkSchema,
  RequestFrame: frames.RequestFrameSchema,
  ResponseFrame: frames.ResponseFrameSchema,
  EventFrame: frames.EventFrameSchema,
  GatewayFrame: frames.GatewayFrameSchema,
  PresenceEntry: snapshot.PresenceEntrySchema,
  StateVersion: snapshot.StateVersionSchema,
  Snapshot: snapshot.SnapshotSchema,
  ErrorShape: frames.ErrorShapeSchema,
  AgentEvent: serverEvents.AgentEventSchema,
  SendParams: messaging.SendParamsSchema,
  AgentParams: messaging.AgentParamsSchema,
  WakeParams: messaging.WakeParamsSchema,
  NodePairRequestParams: nodes.NodePairRequestParamsSchema,
  NodePairListParams: nodes.NodePairListParamsSchema,
  NodePairApproveParams: nodes.NodePairApproveParamsSchema,
  NodePairRejectParams: nodes.NodePairRejectParamsSchema,
  NodePairVerifyParams: nodes.NodePairVerifyParamsSchema,
  CronJob: cron.CronJobSchema,
  CronListParams: cron.CronListParamsSchema,
  CronStatusParams: cron.CronStatusParamsSchema,
  CronAddParams: cron.CronAddParamsSchema,
  CronUpdateParams: cron.CronUpdateParamsSchema,
  CronRemoveParams: cron.CronRemoveParamsSchema,
  CronRunParams: cron.CronRunParamsSchema,
  CronRunsParams: cron.CronRunsParamsSchema,
  CronRunLogEntry: cron.CronRunLogEntrySchema,
  ChatHistoryParams: chat.ChatHistoryParamsSchema,
  ChatSendParams: chat.ChatSendParamsSchema,
  ChatEvent: chat.ChatEventSchema,
  TickEvent: serverEvents.TickEventSchema,
  ShutdownEvent: serverEvents.ShutdownEventSchema,
  // Additions beyond the golden file.
  SystemEchoParams: system.SystemEchoParamsSchema,
  SystemEchoResult: system.SystemEchoResultSchema,
  ErrorCode: system.ErrorCodeSchema,
  HealthSummary: system.HealthSummarySchema,
  StatusResult: system.StatusResultSchema,
  SendResult: messaging.SendResultSchema,
  ChatSendResult: chat.ChatSendResultSchema,
  ChatMessage: chat.ChatMessageSchema,
  ChatHistoryResult: chat.ChatHistoryResultSchema,
  PresenceEvent: snapshot.PresenceEventSchema,
} satisfies Record<string, TSchema>;

export type GatewayDefinitionName = keyof typeof GatewayProtocolSchemas;

/**
 * Methods a gateway advertises in `hello-ok.features.methods`, with the definitions of their params
 * and result where the protocol types them.
 */
export const GatewayMethods = {
  connect: { params: "ConnectParams", result: "HelloOk" },
  health: { result: "HealthSummary" },
  status: { result: "StatusResult" },
  send: { params: "SendParams", result: "SendResult" },
  agent: { params: "AgentParams" },
  wake: { params: "WakeParams" },
  "node.pair.request": { params: "NodePairRequestParams" },
  "node.pair.list": { params: "NodePairListParams" },
  "node.pair.approve": { params: "NodePairApproveParams" },
  "node.pair.reject": { params: "NodePairRejectParams" },
  "node.pair.verify": { params: "NodePairVerifyParams" },
  "cron.list": { params: "CronListParams" },
  "cron.status": { params: "CronStatusParams" },
  "cron.add": { params: "CronAddParams", result: "CronJob" },
  "cron.update": { params: "CronUpdateParams", result: "CronJob" },
  "cron.remove": { params: "CronRemoveParams" },
  "cron.run": { params: "CronRunParams" },
  "cron.runs": { params: "CronRunsParams" },
  "chat.history": { params: "ChatHistoryParams", result: "ChatHistoryResult" },
  "chat.send": { params: "ChatSendParams", result: "ChatSendResult" },
  "system.echo": { params: "SystemEchoParams", result: "SystemEchoResult" },
} as const satisfies Record<string, { params?: GatewayDefinitionName; result?: GatewayDefinitionName }>;

/** Events a gateway advertises in `hello-ok.features.events`, with their payload definition. */
export const GatewayEvents = {
  tick: { payload: "TickEvent" },
  presence: { payload: "PresenceEvent" },
  agent: { payload: "AgentEvent" },
  chat: { payload: "ChatEvent" },
  health: { payload: "HealthSummary" },
  cron: {},
  shutdown: { payload: "ShutdownEvent" },
} as const satisfies Record<string, { payload?: GatewayDefinitionName }>;

export type GatewayMethod = keyof typeof GatewayMethods;
export type GatewayEvent = keyof typeof GatewayEvents;
export const METHODS = Object.keys(GatewayMethods) as GatewayMethod[];
export const EVENTS = Object.keys(GatewayEvents) as GatewayEvent[];
export const ERROR_CODES = system.ErrorCodeSchema.anyOf.map((literal) => literal.const);
