// health, status and seed 004's worked example, system.echo.
import type { MethodHandlers } from "./types.ts";

export const systemMethods = {
  health: (_params, { gateway }) => gateway.health(),
  status: (_params, { gateway, caller }) => gateway.status(caller.connId),
  "system.echo": (params) => ({ ok: true, text: params.text }),
} satisfies MethodHandlers;
