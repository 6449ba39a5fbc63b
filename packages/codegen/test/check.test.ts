// `protocol:check` must fail, naming the file, on any stale, missing or extra generated file, and
// must not depend on git.
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GENERATED_MARKER } from "../src/index.ts";
import { copyOfRepoOutputs, runCli } from "./helpers/workspace.ts";

const MANIFEST = "clone-codegen.manifest.json";
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function workspace(): Promise<{ dir: string; check: () => ReturnType<typeof runCli> }> {
  const dir = await copyOfRepoOutputs();
  scratch.push(dir);
  return { dir, check: () => runCli(["check", "--config", join(dir, "clone-codegen.config.ts")]) };
}

describe("clone-codegen check", () => {
  it("passes on the committed outputs and writes nothing", async () => {
    const { dir, check } = await workspace();
    const before = readFileSync(join(dir, "dist/protocol.schema.json"), "utf8");
    const result = check();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/generated files up to date/);
    expect(readFileSync(join(dir, "dist/protocol.schema.json"), "utf8")).toBe(before);
  });

  it("fails on a stale file: names it, shows a diff and the repair command", async () => {
    const { dir, check } = await workspace();
    const path = join(dir, "packages/schema/events.schema.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"minLength": 1', '"minLength": 2'));
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("stale:   packages/schema/events.schema.json");
    expect(result.stderr).toMatch(/^\s+-\s+"minLength": 2,?$/m);
    expect(result.stderr).toMatch(/^\s+\+\s+"minLength": 1,?$/m);
    expect(result.stderr).toContain("pnpm protocol:gen");
  });

  it("fails when a single byte changes, even only whitespace at the end", async () => {
    const { dir, check } = await workspace();
    appendFileSync(join(dir, "dist/protocol.schema.json"), "\n");
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("stale:   dist/protocol.schema.json");
  });

  it("fails on a missing file", async () => {
    const { dir, check } = await workspace();
    rmSync(join(dir, "dist/protocol.schema.json"));
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("missing: dist/protocol.schema.json");
  });

  it("fails on an extra file: one gen wrote (the manifest records it) that no target produces now", async () => {
    const { dir, check } = await workspace();
    recordInManifest(dir, "dist/old-protocol.schema.json");
    writeFileSync(join(dir, "dist/old-protocol.schema.json"), JSON.stringify({ $comment: GENERATED_MARKER }));
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("extra:   dist/old-protocol.schema.json");
  });

  it("ignores hand-written files beside the generated ones", async () => {
    const { dir, check } = await workspace();
    writeFileSync(join(dir, "dist/README.md"), "not generated\n");
    expect(check().status).toBe(0);
  });

  it("still fails when the outputs are gitignored (it never asks git)", async () => {
    const { dir, check } = await workspace();
    writeFileSync(join(dir, ".gitignore"), "dist/\npackages/\n");
    rmSync(join(dir, "dist/protocol.schema.json"));
    expect(check().status).toBe(1);
  });

  it("caps the diff it prints", async () => {
    const { dir } = await workspace();
    writeFileSync(join(dir, "dist/protocol.schema.json"), "{}\n");
    const result = runCli(["check", "--config", join(dir, "clone-codegen.config.ts"), "--max-diff-lines", "10"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/… \d+ more diff lines not shown/);
  });

  it("gen repairs what check reported, and removes the extra file", async () => {
    const { dir, check } = await workspace();
    rmSync(join(dir, "dist/protocol.schema.json"));
    recordInManifest(dir, "dist/old.schema.json");
    writeFileSync(join(dir, "dist/old.schema.json"), JSON.stringify({ $comment: GENERATED_MARKER }));
    const gen = runCli(["gen", "--config", join(dir, "clone-codegen.config.ts")]);
    expect(gen.status).toBe(0);
    expect(gen.stdout).toContain("wrote   dist/protocol.schema.json");
    expect(gen.stdout).toContain("removed dist/old.schema.json");
    expect(existsSync(join(dir, "dist/old.schema.json"))).toBe(false);
    expect(check().status).toBe(0);
  });
});

/** Adds `path` to the workspace's manifest, as if an earlier gen had written it. */
function recordInManifest(dir: string, path: string): void {
  const manifestPath = join(dir, MANIFEST);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { $comment: string; files: string[] };
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, files: [...manifest.files, path].sort() }, null, 2)}\n`);
}
