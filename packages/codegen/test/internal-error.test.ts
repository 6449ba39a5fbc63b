// A bug in clone-codegen (anything that is not bad input or a usage error) exits 3, not 1 (which means
// "check failed"), with one line saying it is a bug and where to report it; the stack only with
// --verbose. The bug is simulated by making the planner throw a TypeError.
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXIT, main } from "../src/cli.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";

vi.mock("../src/generate/plan.ts", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../src/generate/plan.ts")>()),
  planGeneration: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'kind')");
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(args: string[]): Promise<{ status: number; stderr: string[] }> {
  const stderr: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => {
    stderr.push(parts.map(String).join(" "));
  });
  const status = await main(args);
  return { status, stderr };
}

describe("an internal error", () => {
  const config = join(REPO_ROOT, "clone-codegen.config.ts");

  it("exits 3 with one line: what failed, that it is a bug, where to report it; no stack", async () => {
    const { status, stderr } = await run(["check", "--config", config]);
    expect(EXIT.internal).toBe(3);
    expect(status).toBe(3);
    expect(stderr).toHaveLength(1);
    const [line] = stderr;
    expect(line!.split("\n")).toHaveLength(1);
    expect(line).toContain("TypeError: Cannot read properties of undefined (reading 'kind')");
    expect(line).toMatch(/a bug in clone-codegen, not in your input/);
    expect(line).toMatch(/report it in .*issue tracker/);
    expect(line).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("prints the stack under --verbose", async () => {
    const { status, stderr } = await run(["--verbose", "check", "--config", config]);
    expect(status).toBe(3);
    expect(stderr.join("\n")).toMatch(/\n\s+at .*internal-error\.test\.ts:\d+/);
  });

  it("--verbose works after the command too", async () => {
    const { stderr } = await run(["check", "--config", config, "--verbose"]);
    expect(stderr.join("\n")).toMatch(/\n\s+at /);
  });
});
