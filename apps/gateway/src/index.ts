// @clone/gateway: the reference Gateway server. `pnpm gateway --help` starts it from the command line.
export { GatewayServer, startGateway, EMITTED_EVENTS, type EmittedEvent, type GatewayStats, type OutboxMessage } from "./server.ts";
export { DEFAULT_POLICY, type GatewayOptions, type GatewayPolicy } from "./options.ts";
export { defaultMethodHandlers, type GatewayServices, type MethodContext, type MethodHandler, type MethodHandlers, type ServableMethod } from "./methods/index.ts";
