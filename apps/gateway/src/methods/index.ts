// Every method this gateway serves by default. `hello-ok.features.methods` is read from the handler
// table, so serving a new method is one handler here (after its params and result are in @clone/schema).
import { chatMethods } from "./chat.ts";
import { messagingMethods } from "./messaging.ts";
import { systemMethods } from "./system.ts";
import type { MethodHandlers } from "./types.ts";

export const defaultMethodHandlers: MethodHandlers = { ...systemMethods, ...messagingMethods, ...chatMethods };

export type { CallerServices, GatewayServices, MethodContext, MethodHandler, MethodHandlers, ServableMethod } from "./types.ts";
