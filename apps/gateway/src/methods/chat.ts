// chat.send answers with a run id at once; the echo agent's reply streams as `chat` events after the
// response. chat.history returns the session's messages. Both make the caller follow the session.
import { echoRunEvents } from "../chat.ts";
import type { MethodHandlers } from "./types.ts";

export const chatMethods = {
  "chat.send": (params, { gateway, caller }) => {
    const runId = gateway.nextId("run");
    const ts = gateway.now();
    caller.followChat(params.sessionKey);
    gateway.appendChat(params.sessionKey, { runId, role: "user", text: params.message, ts });
    const reply = { runId, role: "assistant", text: params.message, ts } as const;
    const events = echoRunEvents({ runId, sessionKey: params.sessionKey, text: reply.text, ts });
    caller.afterResponse(() => gateway.streamChat(params.sessionKey, events, () => gateway.appendChat(params.sessionKey, reply)));
    return { runId };
  },
  "chat.history": (params, { gateway, caller }) => {
    caller.followChat(params.sessionKey);
    return { sessionKey: params.sessionKey, messages: gateway.chatHistory(params.sessionKey) };
  },
} satisfies MethodHandlers;
