// A Swift test never passes by accident: with no toolchain, the harness and re-encoding tests fail
// under CI=true and announce their skip elsewhere, and none of them passes on output an earlier run
// left under apps/macos/.build. Runs vitest on them in a child process with the toolchain pointed at
// a folder that does not exist.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/workspace.ts";

const SWIFT_TEST_FILES = ["packages/codegen/test/swift-harness.test.ts", "packages/codegen/test/swift-reencode.test.ts"];

function vitestWithoutToolchain(ci: boolean): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, CLONE_SWIFT_ROOT: "/nonexistent/clone-swift", NO_COLOR: "1" };
  delete env.CI;
  delete env.CLONE_SKIP_SWIFT;
  if (ci) env.CI = "true";
  const result = spawnSync(join(REPO_ROOT, "node_modules/.bin/vitest"), ["run", ...SWIFT_TEST_FILES], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("Swift tests without a toolchain", () => {
  it("fail under CI=true, saying why", { timeout: 120_000 }, () => {
    const { status, output } = vitestWithoutToolchain(true);
    expect(status, output).not.toBe(0);
    expect(output).toContain("Swift toolchain unavailable:");
    // One failing test per Swift block: two in the harness file (the families, and any --input), one in the re-encoding file.
    expect(output).toMatch(/Tests +3 failed \(3\)/);
  });

  it("elsewhere are skipped, and say so loudly", { timeout: 120_000 }, () => {
    const { status, output } = vitestWithoutToolchain(false);
    expect(status, output).toBe(0);
    expect(output).toContain('*** SKIPPED "Swift conformance harness": Swift toolchain unavailable:');
    expect(output).toContain('*** SKIPPED "Swift conformance harness for any input (--input FILE)": Swift toolchain unavailable:');
    expect(output).toContain('*** SKIPPED "Swift re-encoded JSON against AJV": Swift toolchain unavailable:');
    expect(output).not.toMatch(/\d+ passed/);
  });
});
