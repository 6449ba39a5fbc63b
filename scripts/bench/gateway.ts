// `system.echo` round trips per second through the reference gateway, validation on, over 1 and over 32
// connections, beside a bare `ws` echo server measured the same way in the same run (target: ≥ 0.8×
// the bare rate). Each server runs in its own process, started the same way (node + tsx); the load
// comes from this one. Every connection keeps one request in flight (a closed loop), so the rate over
// one connection is latency-bound and over 32 it is throughput-bound.
//
// Two bare servers (scripts/bench/bare-echo-server.ts): the byte echo the target is measured against,
// and one that parses each request and answers in JSON, to tell the cost of JSON from the gateway's own.
//
// Two clients:
// - raw: a bare `ws` client that sends the request frame text and matches responses by id; the same
//   for every server, so the ratio between them is the servers' difference;
// - TS client: @clone/gateway-client, which validates params before sending and every inbound frame
//   and result: the cost a real TS caller pays end to end.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { WebSocket } from "ws";
import { PROTOCOL_VERSION } from "@clone/schema";
import { GatewayClient } from "@clone/gateway-client";
import { formatRate, printTable } from "./measure.ts";

const WARM_UP_MS = 500;
const MEASURE_MS = 3_000;
const ROUNDS = 3;
const TEXT = "hello, gateway";
const CLIENT = { name: "bench", version: "1.0.0", platform: "node", mode: "bench" };

interface Server {
  readonly url: string;
  /** CPU seconds the server process has used so far (user + system), where /proc tells. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc/<pid>/stat, in seconds (Linux's USER_HZ is 100). */
function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function startServer(repoRoot: string, script: string, args: readonly string[]): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += String(chunk);
      const match = /listening on (ws:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exited.then(() => reject(new Error(`${script} exited before listening`)));
  });
  return {
    url,
    cpuSeconds: () => processCpuSeconds(child.pid!),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function lesser(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function open(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

interface Measurement {
  readonly perSecond: number;
  /** Server CPU time per round trip, in microseconds: what the server itself pays, whatever the load. */
  readonly serverCpuMicros: number | undefined;
}

/** The round trips per second `connections` closed loops complete, measured after a warm-up. */
async function measure(
  server: Server,
  connections: number,
  startLoop: (onRoundTrip: () => void, running: () => boolean) => Promise<() => Promise<void>>,
): Promise<Measurement> {
  let count = 0;
  let running = true;
  const stops = await Promise.all(Array.from({ length: connections }, () => startLoop(() => (count += 1), () => running)));
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  const before = count;
  const cpuBefore = server.cpuSeconds();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  const roundTrips = count - before;
  const cpuAfter = server.cpuSeconds();
  const perSecond = (roundTrips * 1000) / (performance.now() - started);
  running = false;
  await Promise.all(stops.map((stop) => stop()));
  const serverCpuMicros = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / roundTrips;
  return { perSecond, serverCpuMicros };
}

/** A raw `ws` loop: send the request text, parse the answer, check its id, send the next. */
function rawLoop(url: string, handshake: boolean) {
  return async (onRoundTrip: () => void, running: () => boolean) => {
    const socket = await open(url);
    if (handshake) {
      socket.send(JSON.stringify({ type: "req", id: "c1", method: "connect", params: { minProtocol: PROTOCOL_VERSION, maxProtocol: PROTOCOL_VERSION, client: CLIENT } }));
      await new Promise<void>((resolve) => socket.once("message", () => resolve()));
    }
    let next = 0;
    const send = () => socket.send(`{"type":"req","id":"e${++next}","method":"system.echo","params":{"text":"${TEXT}"}}`);
    socket.on("message", (data) => {
      const frame = JSON.parse(String(data)) as { id?: string };
      if (frame.id !== `e${next}`) return; // an event (tick, presence), not our answer
      onRoundTrip();
      if (running()) send();
    });
    send();
    return async () => {
      socket.close();
      await new Promise((resolve) => socket.once("close", resolve));
    };
  };
}

/** A @clone/gateway-client loop: `await client.call("system.echo", …)`, again and again. */
function clientLoop(url: string) {
  return async (onRoundTrip: () => void, running: () => boolean) => {
    const client = new GatewayClient({ url, client: CLIENT, reconnect: false });
    await client.connect();
    const done = (async () => {
      while (running()) {
        const result = await client.call("system.echo", { text: TEXT });
        if (result.text !== TEXT) throw new Error(`echo mismatch: ${result.text}`);
        onRoundTrip();
      }
    })();
    return async () => {
      await done;
      await client.close();
    };
  };
}

export async function benchGateway(repoRoot: string): Promise<void> {
  const gateway = await startServer(repoRoot, "apps/gateway/src/cli.ts", ["--port", "0", "--quiet", "--tick-ms", "3600000"]);
  const bare = await startServer(repoRoot, "scripts/bench/bare-echo-server.ts", []);
  const bareJson = await startServer(repoRoot, "scripts/bench/bare-echo-server.ts", ["--json"]);
  const runs = [
    { label: "baseline: bare ws echo server (raw client)", server: bare, loop: rawLoop(bare.url, false) },
    { label: "bare ws server answering in JSON, no validation (raw client)", server: bareJson, loop: rawLoop(bareJson.url, false) },
    { label: "gateway system.echo (raw client)", server: gateway, loop: rawLoop(gateway.url, true) },
    { label: "gateway system.echo (@clone/gateway-client)", server: gateway, loop: clientLoop(gateway.url) },
  ];
  // For each client and connection count: the best rate and the least server CPU per round trip over
  // the rounds. Rounds alternate the servers so a noisy neighbour on this machine hits them alike.
  const best = new Map<string, Measurement[]>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [column, connections] of [1, 32].entries()) {
        for (const run of runs) {
          const measured = await measure(run.server, connections, run.loop);
          const row = best.get(run.label) ?? [];
          const previous = row[column];
          row[column] = {
            perSecond: Math.max(previous?.perSecond ?? 0, measured.perSecond),
            serverCpuMicros: lesser(previous?.serverCpuMicros, measured.serverCpuMicros),
          };
          best.set(run.label, row);
        }
      }
    }
  } finally {
    await Promise.all([gateway.stop(), bare.stop(), bareJson.stop()]);
  }
  const [bare1, bare32] = best.get(runs[0]!.label)!;
  const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
  printTable(
    "gateway: system.echo round trips/s, validation on, one request in flight per connection (target: ≥ 0.8× bare ws echo)",
    ["what", "1 connection", "× bare", "32 connections", "× bare", "server CPU/round trip (32)", "bare ÷ this"],
    runs.map((run) => {
      const [one, many] = best.get(run.label)!;
      const cpu = many!.serverCpuMicros;
      return [
        run.label,
        formatRate(one!.perSecond),
        ratio(one!.perSecond, bare1!.perSecond),
        formatRate(many!.perSecond),
        ratio(many!.perSecond, bare32!.perSecond),
        cpu === undefined ? "n/a" : `${cpu.toFixed(1)} µs`,
        cpu === undefined || bare32!.serverCpuMicros === undefined ? "n/a" : ratio(bare32!.serverCpuMicros, cpu),
      ];
    }),
  );
  console.log(
    "Client and servers share this machine's cores, so the rates move with its load; server CPU per round trip (from /proc) is the\n" +
      "steadier figure of what the gateway itself costs: its 'bare ÷ this' is the rate ratio a server-bound deployment would see.",
  );
}
