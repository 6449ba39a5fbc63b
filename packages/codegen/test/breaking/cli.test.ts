// `clone-codegen breaking` as a user runs it (exit codes, formats, a git revision), and the baseline
// gate of `check`: a breaking change fails unless the family's version is bumped and the baseline
// rewritten in the same change, and the error shows the command that rewrites it.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli, tempDir, tempDirInRepo } from "../helpers/workspace.ts";
import { VALUE_RULE_CASES, valueCaseDocuments } from "./rule-cases.ts";

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function pairOnDisk(rule: keyof typeof VALUE_RULE_CASES): { dir: string; old: string; new: string } {
  const dir = tempDir("breaking-cli-");
  scratch.push(dir);
  const documents = valueCaseDocuments(VALUE_RULE_CASES[rule]);
  writeFileSync(join(dir, "old.json"), JSON.stringify(documents.old));
  writeFileSync(join(dir, "new.json"), JSON.stringify(documents.new));
  return { dir, old: join(dir, "old.json"), new: join(dir, "new.json") };
}

describe("clone-codegen breaking", () => {
  it("exits 1 on a breaking change, and prints the finding with its witness, AJV's verdicts and the targets", () => {
    const pair = pairOnDisk("property-removed");
    const result = runCli(["breaking", "--against", pair.old, "--input", pair.new]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("error   property-removed  T › b  (proven, breaks consumers)");
    expect(result.stdout).toMatch(/witness: \{"a":"[^"]*","b":"[^"]*"\}\n {4}AJV old: valid\n {4}AJV new: invalid: \/b: is not allowed/);
    expect(result.stdout).toContain("new Swift apps ignore the key they do not know (no break); new DRF servers reject it (break)");
  });

  it("exits 0 when the change breaks only the other role, and 1 again with --fail-on info", { timeout: 200_000 }, () => {
    const pair = pairOnDisk("property-removed");
    expect(runCli(["breaking", "--against", pair.old, "--input", pair.new, "--role", "producer"]).status).toBe(0);
    expect(runCli(["breaking", "--against", pair.old, "--input", pair.new, "--role", "producer", "--fail-on", "info"]).status).toBe(1);
  });

  it("prints the report as JSON with --format json", () => {
    const pair = pairOnDisk("enum-value-added");
    const result = runCli(["breaking", "--against", pair.old, "--input", pair.new, "--format", "json"]);
    const report = JSON.parse(result.stdout) as { findings: { rule: string; witness: { instance: unknown; old: { valid: boolean } } }[]; summary: { error: number } };
    expect(result.status).toBe(1);
    const finding = report.findings.find((candidate) => candidate.rule === "enum-value-added")!;
    expect(finding.witness.instance).toEqual({ v: "c" });
    expect(finding.witness.old.valid).toBe(false);
    expect(report.summary.error).toBeGreaterThan(0);
  });

  it("exits 2 on usage and input errors, naming what is wrong", { timeout: 200_000 }, () => {
    const pair = pairOnDisk("property-removed");
    expect(runCli(["breaking", "--input", pair.new]).status).toBe(2);
    expect(runCli(["breaking", "--against", pair.old, "--input", pair.new, "--role", "everyone"]).status).toBe(2);
    const missing = runCli(["breaking", "--against", join(pair.dir, "nope.json"), "--input", pair.new]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    writeFileSync(pair.new, "{ not json");
    const broken = runCli(["breaking", "--against", pair.old, "--input", pair.new]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/new\.json.*invalid JSON/);
  });

  it("reads --against at a git revision, REV:path or a bare REV for the --input path", { timeout: 200_000 }, () => {
    const pair = pairOnDisk("property-became-required");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: pair.dir, stdio: "pipe" });
    git("init", "-q");
    writeFileSync(join(pair.dir, "schema.json"), JSON.stringify(valueCaseDocuments(VALUE_RULE_CASES["property-became-required"]).old));
    git("add", "schema.json");
    git("commit", "-qm", "old");
    writeFileSync(join(pair.dir, "schema.json"), JSON.stringify(valueCaseDocuments(VALUE_RULE_CASES["property-became-required"]).new));
    const bare = runCli(["breaking", "--against", "HEAD", "--input", "schema.json"], pair.dir);
    expect(bare.stdout).toContain("property-became-required");
    expect(bare.status).toBe(1);
    const spelled = runCli(["breaking", "--against", "HEAD:schema.json", "--input", "schema.json"], pair.dir);
    expect(spelled.status).toBe(1);
    expect(runCli(["breaking", "--against", "no-such-rev", "--input", "schema.json"], pair.dir).status).toBe(2);
  });

  it("compares a family of the config with the same family in its committed JSON Schema output", () => {
    const result = runCli(["breaking", "--against", "dist/protocol.schema.json", "Gateway"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 error\(s\), 0 warning\(s\), 0 info/);
  });
});

describe("the baseline gate of check", () => {
  /** A workspace whose config renders a CloneEvents family changed by `edit` (TypeScript text), with its own baseline. */
  function workspace() {
    const dir = tempDirInRepo("baseline-");
    scratch.push(dir);
    const config = (version: number, edit: string, role = "both") => {
      writeFileSync(
        join(dir, "clone-codegen.config.ts"),
        `import { defineConfig } from "@clone/codegen";
import { cloneEventsFamily } from "@clone/schema";
const definitions: Record<string, any> = JSON.parse(JSON.stringify(cloneEventsFamily.definitions));
${edit}
const family = { ...cloneEventsFamily, definitions, constants: { ...cloneEventsFamily.constants, CLONE_EVENTS_VERSION: ${version} } };
export default defineConfig({ baseline: { dir: "baseline", role: "${role}" }, outputs: [{ target: "json-schema", families: [family], outDir: "out" }] });
`,
      );
      expect(runCli(["gen", "--config", join(dir, "clone-codegen.config.ts")]).status).toBe(0);
    };
    return {
      config,
      check: () => runCli(["check", "--config", join(dir, "clone-codegen.config.ts")]),
      baseline: () => runCli(["baseline", "--config", join(dir, "clone-codegen.config.ts")]),
    };
  }
  const makeRequired = `definitions.AppFocusedEvent.required.push("source_detail");`;

  it("passes on the repository's own schemas against its committed baseline", () => {
    const result = runCli(["check"]);
    expect(result.stdout).toMatch(/baseline: Gateway PROTOCOL_VERSION \d+: (unchanged|\d+ compatible)/);
    expect(result.stdout).toMatch(/baseline: CloneEvents CLONE_EVENTS_VERSION \d+: (unchanged|\d+ compatible)/);
    expect(result.status).toBe(0);
  });

  // Eleven runs of the CLI, each a few seconds on a loaded machine.
  it("fails a breaking change without a bump, shows it and the command; then a bump with the baseline rewritten passes", { timeout: 400_000 }, () => {
    const space = workspace();
    space.config(1, "");
    expect(space.baseline().status).toBe(0);
    expect(space.check().status).toBe(0);

    space.config(1, makeRequired);
    const unbumped = space.check();
    expect(unbumped.status).toBe(1);
    expect(unbumped.stderr).toContain("baseline: CloneEvents has 1 breaking change(s) against its released version 1");
    expect(unbumped.stderr).toContain("property-became-required  AppFocusedEvent › source_detail");
    expect(unbumped.stderr).toContain("bump CLONE_EVENTS_VERSION");
    expect(unbumped.stderr).toContain("pnpm protocol:baseline");
    // The baseline command will not record a breaking change under the released version.
    const refused = space.baseline();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("bump CLONE_EVENTS_VERSION first");

    space.config(2, makeRequired);
    const stale = space.check();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("CLONE_EVENTS_VERSION is 2 but the baseline");
    expect(stale.stderr).toContain("pnpm protocol:baseline");

    expect(space.baseline().status).toBe(0);
    const bumped = space.check();
    expect(bumped.stderr).toBe("");
    expect(bumped.status).toBe(0);
  });

  it("lets a change through that breaks only the role the config does not gate", { timeout: 200_000 }, () => {
    const space = workspace();
    space.config(1, "", "consumer");
    expect(space.baseline().status).toBe(0);
    // A new optional key on a closed object: new producers may send it, old consumers reject it; no consumer breaks.
    space.config(1, `definitions.AppFocusedEvent.properties.note = { type: "string" };`, "consumer");
    const result = space.check();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/CloneEvents CLONE_EVENTS_VERSION 1: \d+ compatible difference/);
  });
});


