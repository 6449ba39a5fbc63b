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
    expect(file).toBe("OpenClawGatewayProtocol.schema.json");
    const document = JSON.parse(readFileSync(join(out, file!), "utf8")) as { $comment: string; definitions: object };
    expect(document.$comment).toBe(GENERATED_MARKER);
    expect(Object.keys(document.definitions)).toHaveLength(129);
  });
  it("gen --input leaves other generated files in --out alone", () => {
    const out = join(scratch, "shared-out");
    expect(runCli(["gen", "--input", "dist/protocol.schema.json", "--target", "json-schema", "--out", out]).status).toBe(0);
    const result = runCli(["gen", "--input", "packages/schema/events.schema.json", "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/^removed /m);
    expect(readdirSync(out).sort()).toEqual(["CloneGatewayProtocol.schema.json", "CloneRecordingEvents.schema.json"]);
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
    // mapping) keep their order, which is part of the document.
    const namedMaps = new Set(["properties", "patternProperties", "definitions", "mapping"]);
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
