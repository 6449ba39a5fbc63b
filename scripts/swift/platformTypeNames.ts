// The type names Swift's own modules and Foundation declare at top level, read from the toolchain
// (swift-api-digester's dump of each module's public declarations), written to
// packages/codegen/src/targets/swift/platformTypeNames.json. The Swift target moves a model type off
// these names (naming.ts): a public type named `Date` or `JSONEncoder` makes the name ambiguous in
// every file that imports both Foundation and the generated module, and one named `Task` or `Result`
// silently replaces Swift's there.
//
//   tsx scripts/swift/platformTypeNames.ts            # rewrite the JSON file
//   tsx scripts/swift/platformTypeNames.ts --check    # exit 1 when the file differs from the toolchain's names
//
// Needs the toolchain (setup-toolchain.sh) and root, as run.sh does.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./harnessPackage.ts";

/**
 * The modules every Swift file sees (the standard library and the ones it imports implicitly) and
 * the ones `import Foundation` brings in. FoundationNetworking is its own module on Linux, but part
 * of Foundation on Apple platforms, where the macOS app is built.
 */
export const PLATFORM_MODULES = [
  "Swift",
  "_Concurrency",
  "_StringProcessing",
  "Foundation",
  "FoundationEssentials",
  "FoundationInternationalization",
  "FoundationNetworking",
  "Dispatch",
] as const;

export const PLATFORM_TYPE_NAMES_FILE = join(REPO_ROOT, "packages/codegen/src/targets/swift/platformTypeNames.json");

const SCRATCH = "apps/macos/.build/platform-type-names";

interface DigesterNode {
  readonly kind: string;
  readonly name: string;
  readonly moduleName?: string;
  readonly isInternal?: boolean;
  readonly isExternal?: boolean;
  readonly isFromExtension?: boolean;
  readonly deprecated?: boolean;
}

/**
 * The top-level types and typealiases a module itself declares for its users: not those it extends,
 * nor its underscored or deprecated ones (`_Concurrency.Job`, which no code should spell, would take
 * the name of every CI schema's Job from it).
 */
function declaredTypeNames(module: string, dump: { readonly ABIRoot: { readonly children: readonly DigesterNode[] } }): string[] {
  return dump.ABIRoot.children
    .filter((node) => node.kind === "TypeDecl" || node.kind === "TypeAlias")
    .filter((node) => node.moduleName === module && !node.isInternal && !node.isExternal && !node.isFromExtension && !node.deprecated)
    .map((node) => node.name)
    .filter((name) => !name.startsWith("_"));
}

function dumpModules(): Map<string, string[]> {
  const scratch = join(REPO_ROOT, SCRATCH);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const commands = PLATFORM_MODULES.map(
    (module) =>
      `/usr/libexec/swift/bin/swift-api-digester -dump-sdk -module ${module} -o ${module}.json -target x86_64-pc-linux-gnu -sdk / -I /usr/lib/swift/linux >/dev/null 2>${module}.err || { cat ${module}.err >&2; exit 1; }`,
  );
  const run = spawnSync("bash", [join(REPO_ROOT, "scripts/swift/run.sh"), SCRATCH, "bash", "-c", commands.join("\n")], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`swift-api-digester failed (exit ${run.status}):\n${run.stderr}`);
  const names = new Map(PLATFORM_MODULES.map((module) => [module, declaredTypeNames(module, JSON.parse(readFileSync(join(scratch, `${module}.json`), "utf8")))]));
  rmSync(scratch, { recursive: true, force: true });
  return names;
}

function toolchainVersion(): string {
  const run = spawnSync("bash", [join(REPO_ROOT, "scripts/swift/run.sh"), ".", "swift", "--version"], { encoding: "utf8" });
  return (run.stdout.split("\n")[0] ?? "").trim();
}

/** The JSON file's text for the toolchain's names: one sorted list per module, and every name once in `all`. */
export function platformTypeNamesFile(): string {
  const byModule = dumpModules();
  const all = [...new Set([...byModule.values()].flat())].sort();
  const file = {
    generatedBy: "tsx scripts/swift/platformTypeNames.ts (do not edit by hand)",
    toolchain: toolchainVersion(),
    modules: Object.fromEntries([...byModule].map(([module, names]) => [module, [...names].sort()])),
    all,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const contents = platformTypeNamesFile();
  if (process.argv.includes("--check")) {
    const committed = readFileSync(PLATFORM_TYPE_NAMES_FILE, "utf8");
    if (committed !== contents) {
      console.error(`${PLATFORM_TYPE_NAMES_FILE} is stale: run tsx scripts/swift/platformTypeNames.ts`);
      process.exit(1);
    }
    console.log("platform type names: up to date");
  } else {
    writeFileSync(PLATFORM_TYPE_NAMES_FILE, contents);
    console.log(`wrote ${PLATFORM_TYPE_NAMES_FILE}`);
  }
}
