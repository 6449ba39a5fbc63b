// The command line of `pnpm gateway`, parsed and checked: every numeric option is a whole number in
// range, or a usage error that names it.
import { parseArgs } from "node:util";
import { DEFAULT_POLICY, type GatewayOptions } from "./options.ts";

export const USAGE = `usage: pnpm gateway --port <p> [options]

Runs the reference Clone Gateway (WebSocket, protocol in @clone/schema) until SIGTERM or SIGINT.

options:
  --port <p>                  port to listen on; 0 picks a free one (required)
  --host <addr>               address to bind (default 127.0.0.1, loopback only)
  --token <t>                 require this token as connect's auth.token
  --tick-ms <n>               tick event interval, policy.tickIntervalMs (default ${DEFAULT_POLICY.tickIntervalMs})
  --max-payload <bytes>       largest inbound frame, policy.maxPayload (default ${DEFAULT_POLICY.maxPayload})
  --max-buffered-bytes <n>    unsent bytes per client before it is dropped, policy.maxBufferedBytes (default ${DEFAULT_POLICY.maxBufferedBytes})
  --handshake-timeout-ms <n>  close a connection that sent no connect request by then (default 5000)
  --quiet                     print only the listening line and errors
  -h, --help                  show this help

On start it prints one line: "gateway listening on ws://HOST:PORT".
Exit codes: 0 after a clean shutdown, 2 on a usage error or when the address cannot be bound.`;

export class UsageError extends Error {}

function integerOption(name: string, text: string | undefined, minimum: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < minimum || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`--${name} must be an integer ≥ ${minimum}, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

export function parseGatewayArgs(argv: readonly string[]): (GatewayOptions & { quiet: boolean }) | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        token: { type: "string" },
        "tick-ms": { type: "string" },
        "max-payload": { type: "string" },
        "max-buffered-bytes": { type: "string" },
        "handshake-timeout-ms": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";
  const port = integerOption("port", values.port, 0);
  if (port === undefined) throw new UsageError("--port is required (0 picks a free port)");
  if (port > 65_535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  if (values.token === "") throw new UsageError("--token must not be empty");
  const options: GatewayOptions & { quiet: boolean } = {
    port,
    quiet: values.quiet,
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.token !== undefined ? { token: values.token } : {}),
  };
  const numeric = {
    tickIntervalMs: integerOption("tick-ms", values["tick-ms"], 1),
    maxPayload: integerOption("max-payload", values["max-payload"], 1),
    maxBufferedBytes: integerOption("max-buffered-bytes", values["max-buffered-bytes"], 1),
    handshakeTimeoutMs: integerOption("handshake-timeout-ms", values["handshake-timeout-ms"], 1),
  };
  for (const [key, value] of Object.entries(numeric)) if (value !== undefined) Object.assign(options, { [key]: value });
  return options;
}
