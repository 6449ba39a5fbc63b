// Chat sessions and the built-in echo agent. `chat.send` records the user's message, answers with a
// run id, then the agent streams its reply (the message, echoed) as `chat` events: one `delta` per
// word, then a `final` with the whole message, `seq` counting from 0 within the run. The history keeps
// both messages. Memory is bounded: sessions and messages per session are capped, oldest first out.
import type { ChatEvent, ChatMessage } from "@clone/schema";

export interface ChatLimits {
  readonly maxSessions: number;
  readonly maxMessagesPerSession: number;
}

export class ChatStore {
  private readonly sessions = new Map<string, ChatMessage[]>();

  constructor(private readonly limits: ChatLimits) {}

  get sessionCount(): number {
    return this.sessions.size;
  }

  history(sessionKey: string): ChatMessage[] {
    return [...(this.sessions.get(sessionKey) ?? [])];
  }

  append(sessionKey: string, message: ChatMessage): void {
    let messages = this.sessions.get(sessionKey);
    if (messages === undefined) {
      messages = [];
      this.sessions.set(sessionKey, messages);
      if (this.sessions.size > this.limits.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
    }
    messages.push(message);
    if (messages.length > this.limits.maxMessagesPerSession) messages.shift();
  }
}

/** The words of a reply as the agent streams them, each with the whitespace after it. */
export function replyChunks(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [text];
}

/** The `chat` events of one echo-agent run, in order: deltas, then the final. */
export function echoRunEvents(input: { runId: string; sessionKey: string; text: string; ts: number }): ChatEvent[] {
  const { runId, sessionKey, text, ts } = input;
  const deltas: ChatEvent[] = replyChunks(text).map((chunk, seq) => ({
    runId,
    sessionKey,
    seq,
    state: "delta",
    message: { runId, role: "assistant", text: chunk, ts } satisfies ChatMessage,
  }));
  const final: ChatEvent = {
    runId,
    sessionKey,
    seq: deltas.length,
    state: "final",
    message: { runId, role: "assistant", text, ts } satisfies ChatMessage,
    stopReason: "end_turn",
  };
  return [...deltas, final];
}
