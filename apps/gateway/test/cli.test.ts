// `pnpm gateway`'s command line: options parsed and checked, usage errors and an unbindable address
// exit 2 with a message that names the problem.
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { parseGatewayArgs } from "../src/args.ts";
import { repoRoot, stopAll, testGateway } from "./helpers.ts";

afterEach(stopAll);

describe("parseGatewayArgs", () => {
  it("reads every option", () => {
    expect(parseGatewayArgs(["--port", "18789", "--host", "::1", "--token", "t", "--tick-ms", "500", "--max-payload", "4096", "--max-buffered-bytes", "8192", "--handshake-timeout-ms", "100", "--quiet"])).toEqual({
      port: 18789,
      host: "::1",
      token: "t",
      tickIntervalMs: 500,
      maxPayload: 4096,
      maxBufferedBytes: 8192,
      handshakeTimeoutMs: 100,
      quiet: true,
    });
    expect(parseGatewayArgs(["--port", "0"])).toEqual({ port: 0, quiet: false });
    expect(parseGatewayArgs(["--help"])).toBe("help");
  });

  const usageErrors: [string[], string][] = [
    [[], "--port is required (0 picks a free port)"],
    [["--port", "abc"], '--port must be an integer ≥ 0, got "abc"'],
    [["--port", "70000"], "--port must be at most 65535, got 70000"],
    [["--port", "1", "--tick-ms", "0"], '--tick-ms must be an integer ≥ 1, got "0"'],
    [["--port", "1", "--max-payload", "1e6"], '--max-payload must be an integer ≥ 1, got "1e6"'],
    [["--port", "1", "--token", ""], "--token must not be empty"],
    [["--port", "1", "--colour", "blue"], "Unknown option '--colour'"],
  ];
  for (const [argv, message] of usageErrors) {
    it(`refuses ${JSON.stringify(argv)}`, () => {
      expect(() => parseGatewayArgs(argv)).toThrow(message);
    });
  }
});

describe("pnpm gateway", () => {
  const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "apps/gateway/src/cli.ts", ...args], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });

  it("exits 2 on a usage error, with the problem and the usage", () => {
    const result = run(["--port", "abc"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('gateway: --port must be an integer ≥ 0, got "abc"');
    expect(result.stderr).toContain("usage: pnpm gateway --port <p>");
  });

  it("exits 2 when the port is taken", async () => {
    const server = await testGateway();
    const result = run(["--port", String(server.port)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`gateway: cannot listen on 127\\.0\\.0\\.1:${server.port}: .*EADDRINUSE`));
  });
});
