// What gen owns is what it recorded writing (the manifest beside the config), never what a file says:
// a hand-written file quoting the "do not edit" marker survives, a hand-edited or broken manifest
// cannot make gen delete the author's files, and origins are relative so any checkout path checks.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GENERATED_MARKER } from "../src/index.ts";
import { copyOfRepoOutputs, REPO_ROOT, runCli, tempDir, writeTree } from "./helpers/workspace.ts";

const MANIFEST = "clone-codegen.manifest.json";
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function workspace() {
  const dir = await copyOfRepoOutputs();
  scratch.push(dir);
  const config = join(dir, "clone-codegen.config.ts");
  return {
    dir,
    gen: () => runCli(["gen", "--config", config]),
    check: () => runCli(["check", "--config", config]),
    manifest: () => JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as { files: string[] },
  };
}

describe("gen removes only what it recorded writing", () => {
  it("a hand-written file quoting the marker, beside generated files, survives gen and is not extra", async () => {
    const { dir, gen, check } = await workspace();
    const quoting = {
      "apps/server/recording/test_marker.py": `# Generated files start with:\n# ${GENERATED_MARKER}\n\ndef test_nothing():\n    pass\n`,
      "packages/schema/marker.ts": `// ${GENERATED_MARKER}\nexport const quoted = true;\n`,
    };
    writeTree(dir, quoting);
    const result = gen();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/^removed /m);
    for (const [path, contents] of Object.entries(quoting)) expect(readFileSync(join(dir, path), "utf8")).toBe(contents);
    const checked = check();
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  });

  it("the manifest lists every generated file and nothing else", async () => {
    const { manifest } = await workspace();
    const files = manifest().files;
    expect(files).toContain("dist/protocol.schema.json");
    expect(files).toContain("apps/server/recording/serializers.py");
    expect(files).not.toContain(MANIFEST);
    expect(files.every((path) => readFileSync(join(REPO_ROOT, path), "utf8").slice(0, 1024).includes(GENERATED_MARKER))).toBe(true);
  });

  it("an output dropped from the config: check reports its files extra, gen removes them", async () => {
    const { dir, gen, check } = await workspace();
    const config = join(dir, "clone-codegen.config.ts");
    const text = readFileSync(config, "utf8");
    const withoutDrf = text.replace(/\n {4}\{\n {6}target: "python-drf",[\s\S]*?\n {4}\},/, "");
    expect(withoutDrf).not.toBe(text);
    writeFileSync(config, withoutDrf);
    const checked = check();
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain("extra:   apps/server/recording/serializers.py");
    const result = gen();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("removed apps/server/recording/serializers.py");
    expect(existsSync(join(dir, "apps/server/recording/serializers.py"))).toBe(false);
    expect(check().status).toBe(0);
  });

  it("a manifest edited to list a hand-written file cannot make gen delete it", async () => {
    const { dir, gen, check, manifest } = await workspace();
    writeTree(dir, { "apps/server/recording/views.py": "# hand-written\n" });
    const files = [...manifest().files, "apps/server/recording/views.py"].sort();
    writeFileSync(join(dir, MANIFEST), `${JSON.stringify({ files }, null, 2)}\n`);
    expect(check().stderr).toContain(`stale:   ${MANIFEST}`);
    const result = gen();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("kept    apps/server/recording/views.py");
    expect(readFileSync(join(dir, "apps/server/recording/views.py"), "utf8")).toBe("# hand-written\n");
    expect(check().status).toBe(0);
  });

  it("first run without a manifest: check says it is missing; gen writes it and removes nothing", async () => {
    const { dir, gen, check, manifest } = await workspace();
    rmSync(join(dir, MANIFEST));
    writeTree(dir, { "dist/old.schema.json": `${JSON.stringify({ $comment: GENERATED_MARKER })}\n` });
    const checked = check();
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(`missing: ${MANIFEST}`);
    const result = gen();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote   ${MANIFEST}`);
    expect(result.stdout).not.toMatch(/^removed /m);
    // It looks generated, but gen has no record of writing it: named, never removed.
    expect(result.stderr).toMatch(/^note {4}dist\/old\.schema\.json carries the generated marker/m);
    expect(existsSync(join(dir, "dist/old.schema.json"))).toBe(true);
    expect(manifest().files).not.toContain("dist/old.schema.json");
    expect(check().status).toBe(0);
  });

  it("a broken manifest (a merge conflict left in it) stops gen and check with exit 2, before any write", async () => {
    const { dir, gen, check } = await workspace();
    writeFileSync(join(dir, MANIFEST), `{\n<<<<<<< HEAD\n  "files": []\n=======\n  "files": ["a"]\n>>>>>>> other\n}\n`);
    writeFileSync(join(dir, "dist/protocol.schema.json"), "{}\n");
    for (const result of [gen(), check()]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${MANIFEST}: invalid JSON at line 2`);
      expect(result.stderr).toContain("delete it");
    }
    expect(readFileSync(join(dir, "dist/protocol.schema.json"), "utf8")).toBe("{}\n");
  });

  it("a manifest entry leaving the config's folder is refused, naming the entry", async () => {
    const { dir, gen } = await workspace();
    writeFileSync(join(dir, MANIFEST), `${JSON.stringify({ files: ["dist/protocol.schema.json", "../../package.json"] })}\n`);
    const result = gen();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${MANIFEST}#/files/1: must be a relative path inside the config's directory`);
  });
});

describe("the generated-files section of .prettierignore", () => {
  it("lists every generated file, so prettier leaves each one alone (asked through prettier itself)", async () => {
    const prettier = await import("prettier");
    const { dir } = await workspace();
    const { files } = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as { files: string[] };
    for (const path of [...files, MANIFEST]) {
      const info = await prettier.getFileInfo(join(REPO_ROOT, path), { ignorePath: join(REPO_ROOT, ".prettierignore") });
      expect(info.ignored, path).toBe(true);
    }
    // A hand-written neighbour is still formatted.
    const neighbour = await prettier.getFileInfo(join(REPO_ROOT, "packages/schema/src/events.ts"), { ignorePath: join(REPO_ROOT, ".prettierignore") });
    expect(neighbour.ignored).toBe(false);
  });

  it("follows the config: a new output is listed by gen, the author's own lines stay, and check catches a stale section", async () => {
    const dir = tempDir();
    scratch.push(dir);
    writeTree(dir, {
      "schemas/shapes.schema.json": readFileSync(join(REPO_ROOT, "packages/codegen/test/fixtures/mixed-union.schema.json"), "utf8"),
      ".prettierignore": "# mine\nvendor/\n",
      "clone-codegen.config.ts": config([{ target: "json-schema", inputs: ["schemas/shapes.schema.json"], outDir: "out/json" }]),
    });
    const run = (command: string) => runCli([command, "--config", join(dir, "clone-codegen.config.ts")]);
    expect(run("gen").status).toBe(0);
    expect(readFileSync(join(dir, ".prettierignore"), "utf8")).toMatch(/^# mine\nvendor\/\n\n# >>> clone-codegen.*\n\/clone-codegen\.manifest\.json\n\/out\/json\/Shapes\.schema\.json\n# <<< clone-codegen\n$/);
    writeFileSync(
      join(dir, "clone-codegen.config.ts"),
      config([
        { target: "json-schema", inputs: ["schemas/shapes.schema.json"], outDir: "out/json" },
        { target: "swift", inputs: ["schemas/shapes.schema.json"], outDir: "out/swift" },
      ]),
    );
    const checked = run("check");
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain("stale:   .prettierignore");
    expect(run("gen").status).toBe(0);
    const ignore = readFileSync(join(dir, ".prettierignore"), "utf8");
    expect(ignore).toContain("/out/swift/ShapesModels.swift\n");
    expect(ignore.startsWith("# mine\nvendor/\n")).toBe(true);
    expect(run("check").status).toBe(0);
  });
});

describe("a config with a file input", () => {
  it("records the input relative to the config, so check passes from any checkout path and working directory", () => {
    const first = tempDir();
    const second = tempDir();
    scratch.push(first, second);
    writeTree(first, {
      "schemas/shapes.schema.json": readFileSync(join(REPO_ROOT, "packages/codegen/test/fixtures/mixed-union.schema.json"), "utf8"),
      "clone-codegen.config.ts": config([
        { target: "swift", inputs: ["schemas/shapes.schema.json"], outDir: "Sources/Shapes" },
        { target: "python-drf", inputs: ["schemas/shapes.schema.json"], outDir: "server" },
      ]),
    });
    const gen = runCli(["gen", "--config", join(first, "clone-codegen.config.ts")]);
    expect(gen.status, gen.stderr).toBe(0);
    const swift = readFileSync(join(first, "Sources/Shapes/ShapesModels.swift"), "utf8");
    expect(swift).toContain("(schemas/shapes.schema.json)");
    expect(swift).not.toContain(first);
    cpSync(first, second, { recursive: true });
    const elsewhere = join(second, "elsewhere");
    mkdirSync(elsewhere);
    const checked = runCli(["check", "--config", join(second, "clone-codegen.config.ts")], elsewhere);
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  });
});

/** A config file that needs no imports, so it loads from any folder. */
function config(outputs: object[]): string {
  return `export default ${JSON.stringify({ ignoreFiles: [".prettierignore"], outputs }, null, 2)};\n`;
}
