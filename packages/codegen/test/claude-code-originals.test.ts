// Issue 12: the three reverse-engineered Claude Code session schemas (test/corpus/claude-code, as
// published) go through `gen --input` with every target, as a user would run them: exit 0, the
// summary, files written. (scripts/swift/test.sh compiles their Swift.)
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.ts";
import { targets } from "../src/targets/index.ts";
import { REPO_ROOT, tempDir } from "./helpers/workspace.ts";

const CORPUS = join(REPO_ROOT, "test/corpus/claude-code");
const ORIGINALS = [
  "session-v2.0.76.schema.json",
  "session-v2.1.1.schema.json",
  "session-v2.1.59.schema.json",
];
const out = tempDir("clone-codegen-claude-code-");
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("the corpus holds the three originals", () => {
  expect(
    readdirSync(CORPUS)
      .filter((name) => name.startsWith("session-"))
      .sort(),
  ).toEqual(ORIGINALS);
});

describe.each(ORIGINALS)("gen --input %s", (file) => {
  it.each(targets.map((target) => target.name))(
    "--target %s exits 0, prints the summary and writes files",
    async (target) => {
      const printed: string[] = [];
      const log = vi
        .spyOn(console, "log")
        .mockImplementation(
          (...parts: unknown[]) => void printed.push(parts.join(" ")),
        );
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        expect(
          await main([
            "gen",
            "--input",
            join(CORPUS, file),
            "--target",
            target,
            "--out",
            join(out, target, file),
          ]),
        ).toBe(0);
      } finally {
        log.mockRestore();
        warn.mockRestore();
      }
      expect(printed.join("\n")).toMatch(
        /^gen: \w+: \d+ types, \d+ properties, \d+ left untyped \(\d+\.\d%\), \d+ fallbacks?$/m,
      );
      expect(readdirSync(join(out, target, file)).length).toBeGreaterThan(0);
    },
  );
});
