// README's "Call it from Swift" example compiles against the generated CloneProtocol sources, so the
// documented typed layer (builders, payload(as:), server events) cannot drift from what is generated.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeWithSwift } from "../helpers/swift.ts";
import { REPO_ROOT, tempDirInRepo, writeTree } from "../helpers/workspace.ts";

const SOURCES = join(REPO_ROOT, "apps/macos/Sources/CloneProtocol");

/** The first Swift block after the README heading. */
function readmeExample(): string {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Call it from Swift"));
  const block = /```swift\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README.md has no Swift block under "### Call it from Swift"');
  return block;
}

describeWithSwift("README: calling the gateway from Swift", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("compiles against the generated sources", { timeout: 900_000 }, () => {
    const example = readmeExample();
    expect(example).toContain("import CloneProtocol");
    dir = tempDirInRepo("readme-gateway-swift-");
    const sources = Object.fromEntries(readdirSync(SOURCES).filter((file) => file.endsWith(".swift")).map((file) => [file, readFileSync(join(SOURCES, file), "utf8")]));
    // One module here, so the import of the library goes; Linux keeps URLSession in FoundationNetworking.
    const main = `#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n${example.replace("import CloneProtocol\n", "")}`;
    writeTree(dir, { ...sources, "main.swift": main });
    const result = spawnSync(
      join(REPO_ROOT, "scripts/swift/run.sh"),
      [dir, "sh", "-c", 'swiftc -module-name ReadmeGateway -o readme-gateway "$@"', "sh", ...Object.keys(sources), "main.swift"],
      { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
  });
});
