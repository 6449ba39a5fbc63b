// The CLI run in process, as a user runs it: its exit status and what it printed on each stream.
import { vi } from "vitest";
import { main } from "../../src/cli.ts";

export async function runCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(" ")));
  const warn = vi.spyOn(console, "warn").mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(" ")));
  try {
    return { status: await main(args), stdout: stdout.join("\n"), stderr: stderr.join("\n") };
  } finally {
    log.mockRestore();
    warn.mockRestore();
    error.mockRestore();
  }
}
