// Issue 12: the three reverse-engineered Claude Code session schemas (test/corpus/claude-code, as
// published) go through `gen --input` with every target, as a user would run them: exit 0, the
// summary, files written. (scripts/swift/test.sh compiles their Swift.)
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { targets } from "../src/targets/index.ts";
import { expectGenInputSucceeds } from "./helpers/genInput.ts";
import { REPO_ROOT, tempDir } from "./helpers/workspace.ts";

const CORPUS = join(REPO_ROOT, "test/corpus/claude-code");
const ORIGINALS = ["session-v2.0.76.schema.json", "session-v2.1.1.schema.json", "session-v2.1.59.schema.json"];
const out = tempDir("clone-codegen-claude-code-");
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("the corpus holds the three originals", () => {
  expect(readdirSync(CORPUS).filter((name) => name.startsWith("session-")).sort()).toEqual(ORIGINALS);
});

describe.each(ORIGINALS)("gen --input %s", (file) => {
  it.each(targets.map((target) => target.name))("--target %s exits 0, prints the summary and writes files", (target) =>
    expectGenInputSucceeds(join(CORPUS, file), target, join(out, target, file)),
  );
});
