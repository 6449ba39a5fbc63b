// `pnpm gateway --port <p> [--host 127.0.0.1] [--token <t>] [--tick-ms <n>]`: runs the reference
// gateway until SIGTERM or SIGINT, then sends `shutdown` to every client and closes cleanly.
// Exit codes: 0 after a clean shutdown, 2 on a usage error or when the port cannot be bound.
import { parseGatewayArgs, USAGE, UsageError } from "./args.ts";
import { startGateway } from "./server.ts";

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseGatewayArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`gateway: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === "help") {
    console.log(USAGE);
    return 0;
  }
  const { quiet, ...options } = parsed;
  const log = (line: string) => console.error(`gateway: ${line}`);
  let server;
  try {
    server = await startGateway({ ...options, log: quiet ? (line) => line.startsWith("bug:") && log(line) : log });
  } catch (error) {
    console.error(`gateway: cannot listen on ${options.host ?? "127.0.0.1"}:${options.port}: ${(error as Error).message}`);
    return 2;
  }
  console.log(`gateway listening on ${server.url}`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  if (!quiet) log(`${signal}: shutting down`);
  await server.shutdown(`gateway stopping (${signal})`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
