// The CLI surface: help everywhere, one-off generation from a file, determinism of the output.
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GENERATED_MARKER, loadConfig, planGeneration } from "../src/index.ts";
import { REPO_ROOT, runCli, tempDir } from "./helpers/workspace.ts";

const scratch = tempDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("clone-codegen", () => {
  for (const command of [[], ["gen"], ["check"], ["model"], ["targets"]]) {
    it(`${["clone-codegen", ...command].join(" ")} --help exits 0 and explains itself`, () => {
      const result = runCli([...command, "--help"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: clone-codegen/);
    });
  }

  it("gen --input writes one target's files for a JSON Schema file", () => {
    const out = join(scratch, "corpus");
    const result = runCli(["gen", "--input", "test/corpus/openclaw/openclaw-protocol.schema.json", "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(0);
    const [file] = readdirSync(out);
    expect(file).toBe("OpenclawProtocol.schema.json");
    const document = JSON.parse(readFileSync(join(out, file!), "utf8")) as { $comment: string; definitions: object };
    expect(document.$comment).toBe(GENERATED_MARKER);
    expect(Object.keys(document.definitions)).toHaveLength(129);
  });
  it("gen --input writes several targets' files from one reading, or every target's with --target all: the files each target writes alone", () => {
    const input = "test/corpus/openclaw/openclaw-protocol.schema.json";
    const alone = new Map<string, string>();
    for (const target of ["json-schema", "json-schema-bundle", "swift", "python-drf", "docs"]) {
      const out = join(scratch, `alone-${target}`);
      expect(runCli(["gen", "--input", input, "--target", target, "--out", out]).status).toBe(0);
      for (const file of readdirSync(out)) alone.set(`${target}/${file}`, readFileSync(join(out, file), "utf8"));
    }
    const filesIn = (out: string) => new Map(readdirSync(out).map((file) => [file, readFileSync(join(out, file), "utf8")]));
    const all = join(scratch, "all-targets");
    const result = runCli(["gen", "--input", input, "--target", "all", "--out", all]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^gen: OpenclawProtocol: /m);
    expect(filesIn(all)).toEqual(new Map([...alone].map(([key, contents]) => [key.slice(key.indexOf("/") + 1), contents])));
    const two = join(scratch, "two-targets");
    expect(runCli(["gen", "--input", input, "--target", "swift", "python-drf", "--out", two]).status).toBe(0);
    const ofTwo = [...alone].filter(([key]) => key.startsWith("swift/") || key.startsWith("python-drf/"));
    expect(filesIn(two)).toEqual(new Map(ofTwo.map(([key, contents]) => [key.slice(key.indexOf("/") + 1), contents])));
    expect(runCli(["gen", "--input", input, "--target", "swift", "--target", "nope", "--out", two]).status).toBe(2);
  });

  it("gen --input leaves other generated files in --out alone", () => {
    const out = join(scratch, "shared-out");
    expect(runCli(["gen", "--input", "dist/protocol.schema.json", "--target", "json-schema", "--out", out]).status).toBe(0);
    const result = runCli(["gen", "--input", "packages/schema/events.schema.json", "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/^removed /m);
    expect(readdirSync(out).sort()).toEqual(["Events.schema.json", "Protocol.schema.json"]);
  });

  it("without --name, the model is named after the file, and gen says so; --name gives the committed identifiers", () => {
    const byFile = join(scratch, "by-file");
    const result = runCli(["gen", "--input", "packages/schema/events.schema.json", "--target", "swift", "--out", byFile]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("model name Events, from the file name (--name sets it)");
    expect(readFileSync(join(byFile, "EventsModels.swift"), "utf8")).toMatch(/^public enum EventsDefinitions \{$/m);
    const named = join(scratch, "named");
    expect(runCli(["gen", "--input", "packages/schema/events.schema.json", "--target", "swift", "--out", named, "--name", "CloneEvents"]).status).toBe(0);
    const committed = readFileSync(join(REPO_ROOT, "apps/macos/Sources/CloneProtocol/CloneEvents.swift"), "utf8");
    const definitions = (swift: string) => /^public enum (\w+Definitions) \{$/m.exec(swift)?.[1];
    expect(definitions(readFileSync(join(named, "CloneEventsModels.swift"), "utf8"))).toBe(definitions(committed));
  });

  it("--name is for --input only", () => {
    const result = runCli(["gen", "--name", "X"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--target, --out and --name go with --input");
  });

  for (const value of ["abc", "1.5", "-3", "", "10x"]) {
    it(`check --max-diff-lines ${JSON.stringify(value)} is a usage error (exit 2)`, () => {
      const result = runCli(["check", "--max-diff-lines", value]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/--max-diff-lines.*expected a whole number/);
    });
  }

  it("a config that throws while loading is the user's error (exit 2), not an internal one", () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, "clone-codegen.config.ts"), 'throw new Error("no such family");\n');
      const result = runCli(["check", "--config", join(dir, "clone-codegen.config.ts")]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("the config failed to load: no such family");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--help documents the exit codes", () => {
    expect(runCli(["--help"]).stdout).toContain("0 ok, 1 check failed, 2 usage or input error, 3 internal error");
  });
});

describe("determinism", () => {
  it("two runs give identical bytes, each file ending in a newline and carrying the marker", async () => {
    const config = await loadConfig(join(REPO_ROOT, "clone-codegen.config.ts"));
    const first = planGeneration(config);
    const second = planGeneration(config);
    expect([...second.files]).toEqual([...first.files]);
    for (const [path, contents] of first.files) {
      expect(contents.endsWith("\n"), path).toBe(true);
      expect(contents.slice(0, 1024), path).toContain(GENERATED_MARKER);
    }
  });

  it("the JSON Schema output does not depend on the key order of its input", () => {
    // Reverses the order of keywords everywhere; names chosen by the author (properties, definitions,
    // mapping, the operations' methods and events) keep their order, which is part of the document.
    const namedMaps = new Set(["properties", "patternProperties", "definitions", "mapping", "methods", "events"]);
    const shuffle = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shuffle);
      if (typeof value !== "object" || value === null) return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, child]) => [
            key,
            namedMaps.has(key) ? Object.fromEntries(Object.entries(child as object).map(([name, schema]) => [name, shuffle(schema)])) : shuffle(child),
          ]),
      );
    };
    const original = readFileSync(join(REPO_ROOT, "dist/protocol.schema.json"), "utf8");
    const reversed = join(scratch, "reversed.schema.json");
    writeFileSync(reversed, JSON.stringify(shuffle(JSON.parse(original))));
    const out = join(scratch, "reversed-out");
    expect(runCli(["gen", "--input", reversed, "--target", "json-schema", "--out", out]).status).toBe(0);
    const regenerated = readFileSync(join(out, readdirSync(out)[0]!), "utf8");
    expect(regenerated).toBe(original);
  });
});
