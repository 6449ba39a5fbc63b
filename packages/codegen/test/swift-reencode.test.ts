// What the macOS app sends is what the server accepts: every JSON the Swift types re-encoded (valid
// conformance vectors, plus values built in Swift with nil in required-nullable fields) must pass the
// AJV validator of its schema, and re-encoded vectors must equal their input.
//
// The Swift side (apps/macos/Tests/CloneProtocolTests) writes apps/macos/.build/reencoded/<Schema>/*.json.
// When the toolchain is set up (root + scripts/swift/setup-toolchain.sh's cache), this test runs that
// XCTest first so the files are fresh; otherwise it uses files already there (e.g. from
// scripts/swift/test.sh), and skips when there are none. CLONE_SKIP_SWIFT=1 never runs Swift.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { validatorsByName } from "@clone/schema";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/workspace.ts";

const REENCODED = process.env.CLONE_REENCODED_DIR || join(REPO_ROOT, "apps/macos/.build/reencoded");
const FIXTURES = join(REPO_ROOT, "packages/schema/fixtures");
const SWIFT_ROOT = process.env.CLONE_SWIFT_ROOT || "/var/cache/clone-swift/trixie";

function toolchainAvailable(): boolean {
  if (process.env.CLONE_SKIP_SWIFT === "1") return false;
  return process.getuid?.() === 0 && existsSync(join(SWIFT_ROOT, ".clone-swift-ready"));
}

function runSwiftReencode(): { status: number | null; output: string } {
  const result = spawnSync(
    join(REPO_ROOT, "scripts/swift/run.sh"),
    ["apps/macos", "swift", "test", "--disable-swift-testing", "--filter", "ConformanceTests|ModelTests"],
    { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function reencodedFiles(): { schema: string; name: string; path: string }[] {
  if (!existsSync(REENCODED)) return [];
  return readdirSync(REENCODED)
    .filter((schema) => statSync(join(REENCODED, schema)).isDirectory())
    .sort()
    .flatMap((schema) =>
      readdirSync(join(REENCODED, schema))
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => ({ schema, name, path: join(REENCODED, schema, name) })),
    );
}

const runSwift = toolchainAvailable();
const haveOutput = runSwift || reencodedFiles().length > 0;

describe.skipIf(!haveOutput)("Swift re-encoded JSON against AJV", () => {
  let files: ReturnType<typeof reencodedFiles> = [];

  it("the Swift conformance tests ran and wrote their output", { timeout: 900_000 }, () => {
    if (runSwift) {
      const { status, output } = runSwiftReencode();
      expect(status, output.slice(-4000)).toBe(0);
    }
    files = reencodedFiles();
    expect(files.length).toBeGreaterThan(0);
    const schemas = new Set(files.map((f) => f.schema));
    expect(schemas).toContain("CloneEvent");
    expect(schemas).toContain("GatewayFrame");
  });

  it("every re-encoded value is valid for its schema", () => {
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
      const outputs = new Set(files.filter((f) => f.schema === schema).map((f) => f.name));
      expect(inputs.filter((n) => !outputs.has(n)), schema).toEqual([]);
    }
  });
});
