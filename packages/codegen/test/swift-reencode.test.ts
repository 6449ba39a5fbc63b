// What the macOS app sends is what the server accepts: every JSON the Swift types re-encoded (valid
// conformance vectors, plus values built in Swift with nil in required-nullable fields) must pass the
// AJV validator of its schema, and re-encoded vectors must equal their input.
//
// The Swift side (apps/macos/Tests/CloneProtocolTests) writes <dir>/<Schema>/*.json. This test runs
// that XCTest itself, into a fresh folder of its own, and reads only what that run wrote: never output
// an earlier run left under .build. Needs the Swift toolchain (helpers/swift.ts: without it, a failure
// under CI=true, an announced skip elsewhere).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { validatorsByName } from "@clone/schema";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithSwift } from "./helpers/swift.ts";
import { REPO_ROOT, tempDirInRepo } from "./helpers/workspace.ts";

const FIXTURES = join(REPO_ROOT, "packages/schema/fixtures");

/** Runs the re-encoding XCTests with their output sent to `outDir` (inside the repo: the chroot sees only it). */
function runSwiftReencode(outDir: string): { status: number | null; output: string } {
  const result = spawnSync(
    join(REPO_ROOT, "scripts/swift/run.sh"),
    ["apps/macos", "swift", "test", "--disable-swift-testing", "--filter", "ConformanceTests|ModelTests"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CLONE_REENCODED_DIR: outDir, CLONE_SWIFT_PASS_ENV: "CLONE_REENCODED_DIR" },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function reencodedFiles(dir: string): { schema: string; name: string; path: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((schema) => statSync(join(dir, schema)).isDirectory())
    .sort()
    .flatMap((schema) =>
      readdirSync(join(dir, schema))
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => ({ schema, name, path: join(dir, schema, name) })),
    );
}

describeWithSwift("Swift re-encoded JSON against AJV", () => {
  let outDir = "";
  let files: ReturnType<typeof reencodedFiles> = [];

  beforeAll(() => {
    outDir = tempDirInRepo("reencoded-");
    const { status, output } = runSwiftReencode(outDir);
    expect(status, output.slice(-4000)).toBe(0);
    files = reencodedFiles(outDir);
  }, 900_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("the Swift conformance tests wrote output for both root unions, in this run", () => {
    expect(files.length).toBeGreaterThan(0);
    const schemas = new Set(files.map((f) => f.schema));
    expect(schemas).toContain("CloneEvent");
    expect(schemas).toContain("GatewayFrame");
  });

  it("every re-encoded value is valid for its schema", () => {
    expect(files.length, "no re-encoded files to check").toBeGreaterThan(0);
    const failures: string[] = [];
    for (const file of files) {
      const validate = validatorsByName[file.schema];
      if (!validate) {
        failures.push(`${file.schema}/${file.name}: no AJV validator named ${file.schema}`);
        continue;
      }
      const value: unknown = JSON.parse(readFileSync(file.path, "utf8"));
      if (!validate(value)) failures.push(`${file.schema}/${file.name}: ${validate.issues(value).map((i) => JSON.stringify(i)).join("; ")}`);
    }
    expect(failures).toEqual([]);
  });

  it("every re-encoded vector equals its input (key order aside)", () => {
    let compared = 0;
    for (const file of files) {
      const input = join(FIXTURES, file.schema, "valid", file.name);
      if (!existsSync(input)) continue; // values constructed in Swift have no input file
      expect(JSON.parse(readFileSync(file.path, "utf8")), `${file.schema}/${file.name}`).toEqual(
        JSON.parse(readFileSync(input, "utf8")),
      );
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("each valid CloneEvent and GatewayFrame vector was re-encoded", () => {
    for (const schema of ["CloneEvent", "GatewayFrame"]) {
      const inputs = readdirSync(join(FIXTURES, schema, "valid")).filter((n) => n.endsWith(".json")).sort();
      expect(inputs.length, schema).toBeGreaterThan(0);
      const outputs = new Set(files.filter((f) => f.schema === schema).map((f) => f.name));
      expect(inputs.filter((n) => !outputs.has(n)), schema).toEqual([]);
    }
  });
});
