// A scratch SwiftPM package that runs the conformance harness against the Swift generated from any
// JSON Schema file (or any rendered Swift files): the generated support and model files as module
// `CloneProtocol`, and the hand-written harness (apps/macos/Sources/CloneConformanceHarness, used
// as it is: it reaches every definition through the generated `AllDefinitions`) as the executable
// `CloneConformanceHarness`. scripts/swift/harness.sh --input FILE builds and runs it; tests that
// render hand-made models write one with `writeHarnessPackage`.
//
//   tsx scripts/swift/harnessPackage.ts --input FILE [--name NAME]   # prints the package directory
//   tsx scripts/swift/harnessPackage.ts --sources DIR                 # a committed module of generated Swift
//
// Packages live under apps/macos/.build/harness-inputs (gitignored, inside the repository so the
// toolchain's chroot sees them), one per input path and model name, and files are only rewritten
// when their contents change, so a second run of the same input rebuilds nothing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { modelNameOfFile } from "../../packages/codegen/src/naming/modelName.ts";
import { renderFile } from "../../packages/codegen/src/generate/plan.ts";
import { writeGenerated } from "../../packages/codegen/src/generate/writeGenerated.ts";
import type { GeneratedFile } from "../../packages/codegen/src/targets/target.ts";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const HARNESS_SOURCES = join(REPO_ROOT, "apps/macos/Sources/CloneConformanceHarness");
const MODULE_DIR = "Sources/CloneProtocol";

/** Package.swift: the generated module, the harness, and any other executables (each one main.swift) using the module. */
function packageSwift(executables: readonly string[]): string {
  const targets = ["CloneConformanceHarness", ...executables].map((name) => `        .executableTarget(name: "${name}", dependencies: ["CloneProtocol"]),`);
  return `// swift-tools-version:6.0
// Scratch package written by scripts/swift/harnessPackage.ts: generated Swift plus the conformance harness.
import PackageDescription

let package = Package(
    name: "CloneHarness",
    platforms: [.macOS(.v13), .iOS(.v16)],
    targets: [
        .target(name: "CloneProtocol"),
${targets.join("\n")}
    ]
)
`;
}

/** The harness's Swift files, by name. */
function harnessSources(): string[] {
  return readdirSync(HARNESS_SOURCES).filter((name) => name.endsWith(".swift"));
}

/**
 * Writes the package into `dir`: Package.swift, the Swift files as module CloneProtocol (removing any
 * other .swift file left there by an earlier run), the harness, and `executables` (target name →
 * main.swift source importing CloneProtocol: a test's own checks of the generated API). Returns `dir`.
 */
export function writeHarnessPackage(dir: string, swiftFiles: readonly GeneratedFile[], executables: Readonly<Record<string, string>> = {}): string {
  const files = new Map<string, string>([
    ["Package.swift", packageSwift(Object.keys(executables))],
    ...harnessSources().map((name): [string, string] => [`Sources/CloneConformanceHarness/${name}`, readFileSync(join(HARNESS_SOURCES, name), "utf8")]),
    ...swiftFiles.map((file): [string, string] => [`${MODULE_DIR}/${file.path}`, file.contents]),
    ...Object.entries(executables).map(([name, source]): [string, string] => [`Sources/${name}/main.swift`, source]),
  ]);
  writeGenerated({ rootDir: dir, files, sections: new Map() });
  for (const name of readdirSync(join(dir, MODULE_DIR))) {
    if (name.endsWith(".swift") && !files.has(`${MODULE_DIR}/${name}`)) rmSync(join(dir, MODULE_DIR, name));
  }
  return dir;
}

/** Where the package for one input (a file or a sources directory) lives: named after the model, told apart by the input's absolute path. */
export function harnessPackageDir(inputPath: string, modelName: string): string {
  const key = createHash("sha256").update(resolve(inputPath)).digest("hex").slice(0, 12);
  return join(REPO_ROOT, "apps/macos/.build/harness-inputs", `${modelName}-${key}`);
}

/** Renders `inputPath` through the Swift target (as `gen --input` would) into its harness package. */
export function writeHarnessPackageForInput(inputPath: string, modelName: string = modelNameOfFile(inputPath)): string {
  return writeHarnessPackage(harnessPackageDir(inputPath, modelName), renderFile(inputPath, "swift", modelName));
}

/**
 * The package around a directory of generated Swift as it is committed (its .swift files, the
 * support file among them), named after the directory.
 */
export function writeHarnessPackageForSources(sourcesDir: string): string {
  const files = readdirSync(sourcesDir)
    .filter((name) => name.endsWith(".swift"))
    .sort()
    .map((name): GeneratedFile => ({ path: name, contents: readFileSync(join(sourcesDir, name), "utf8") }));
  if (files.length === 0) throw new Error(`${sourcesDir} holds no .swift file`);
  return writeHarnessPackage(harnessPackageDir(sourcesDir, basename(resolve(sourcesDir))), files);
}

const USAGE = "usage: harnessPackage.ts --input FILE [--name NAME] | --sources DIR";

function main(argv: readonly string[]): number {
  let input: string | undefined;
  let name: string | undefined;
  let sources: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--input" && i + 1 < argv.length) input = argv[++i];
    else if (arg === "--name" && i + 1 < argv.length) name = argv[++i];
    else if (arg === "--sources" && i + 1 < argv.length) sources = argv[++i];
    else {
      console.error(`harnessPackage: unknown argument ${arg}\n${USAGE}`);
      return 2;
    }
  }
  if ((input === undefined) === (sources === undefined) || (sources !== undefined && name !== undefined)) {
    console.error(USAGE);
    return 2;
  }
  const dir = sources !== undefined ? writeHarnessPackageForSources(sources) : writeHarnessPackageForInput(input!, name);
  console.log(relative(REPO_ROOT, dir));
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    // An input the generator refuses (a CodegenError names the file and pointer) is a usage error.
    console.error(`harnessPackage: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
