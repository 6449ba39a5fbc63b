// The bench's baseline: a bare `ws` server that sends every message straight back, with no parsing,
// validation or dispatch. Prints its URL like `pnpm gateway` does, and stops on SIGTERM.
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, maxPayload: 1_048_576 });
wss.on("connection", (socket) => socket.on("message", (data, isBinary) => socket.send(data, { binary: isBinary })));
wss.on("listening", () => console.log(`bare echo listening on ws://127.0.0.1:${(wss.address() as AddressInfo).port}`));
process.once("SIGTERM", () => {
  for (const client of wss.clients) client.terminate();
  wss.close();
});
