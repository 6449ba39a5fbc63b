// The bench's baselines, bare `ws` servers with no validation or dispatch. Prints its URL like
// `pnpm gateway` does and stops on SIGTERM.
// - default: sends every message straight back, bytes untouched (the baseline);
// - `--json`: parses each request and answers a response frame built from it, which is the JSON work any
//   protocol server does, so the gap between it and the gateway is the gateway's own logic.
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

const json = process.argv.includes("--json");
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, maxPayload: 1_048_576 });
wss.on("connection", (socket) =>
  socket.on("message", (data, isBinary) => {
    if (!json) return socket.send(data, { binary: isBinary });
    const request = JSON.parse(String(data)) as { id?: string; params?: { text?: string } };
    socket.send(JSON.stringify({ type: "res", id: request.id, ok: true, payload: { ok: true, text: request.params?.text } }));
  }),
);
wss.on("listening", () => console.log(`bare echo listening on ws://127.0.0.1:${(wss.address() as AddressInfo).port}`));
process.once("SIGTERM", () => {
  for (const client of wss.clients) client.terminate();
  wss.close();
});
