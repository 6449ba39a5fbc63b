// The README's statements about the CLI and the layout, held to the code they describe.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const README = readFileSync(`${ROOT}README.md`, "utf8");

function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = README.indexOf("\n## ", start + heading.length + 2);
  return README.slice(start, end < 0 ? undefined : end);
}

describe("README", () => {
  it("quick start installs once", () => {
    const commands = section("## Quick start").match(/```sh\n([\s\S]*?)```/)![1]!;
    expect(commands.match(/pnpm install/g)).toHaveLength(1);
  });

  it("names every exit code the CLI uses, with its number", () => {
    const cli = section("## The CLI");
    const line = cli.slice(cli.indexOf("Exit codes"));
    expect(Object.values(EXIT).sort()).toEqual([0, 1, 2, 3]);
    expect(line).toMatch(/0 ok;/);
    expect(line).toMatch(/1 a check or validation failed/);
    expect(line).toMatch(/2 usage or input error/);
    expect(line).toMatch(/3 internal error/);
  });

  it("documents --name in the CLI table once per command that takes it", () => {
    const rows = section("## The CLI").split("\n").filter((line) => line.startsWith("| `pnpm codegen gen --input"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.match(/`--name` is the model name/g)).toHaveLength(1);
  });

  it("says where each target's own naming rules are", () => {
    const targets = readdirSync(`${ROOT}packages/codegen/src/targets`, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(`${ROOT}packages/codegen/src/targets/${entry.name}/naming.ts`),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(README).toContain(`src/targets/${target.name}/naming.ts`);
    expect(README).not.toContain("`src/naming` (every naming rule)");
  });

  it("names only files that exist in its table of shared rules", () => {
    const table = section("## Rules several languages share");
    const paths = [...table.matchAll(/`((?:packages|apps|rules)\/[^`]+\.(?:json|ts|swift|py))`/g)].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThan(2);
    for (const path of paths) expect(existsSync(`${ROOT}${path.startsWith("rules/") ? "packages/schema/" : ""}${path}`), path).toBe(true);
  });
});
