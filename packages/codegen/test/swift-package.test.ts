// apps/macos/Package.swift is hand-written, but each Swift output of clone-codegen.config.ts is one of
// its library modules: a module the config writes and the package leaves out would never compile, and
// a package target with no generated sources would be stale. The two must name the same modules.
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";

const PACKAGE_DIR = "apps/macos";

it("every Swift output of the config is a library module of apps/macos, and every library module is one", async () => {
  const config = await loadConfig(join(REPO_ROOT, "clone-codegen.config.ts"));
  const written = config.outputs
    .filter((output) => output.target === "swift")
    .map((output) => posix.relative(`${PACKAGE_DIR}/Sources`, output.outDir));
  expect(written.length).toBeGreaterThan(1);
  expect(
    written.every(
      (module) => !module.startsWith("..") && !module.includes("/"),
    ),
    `Swift outputs outside ${PACKAGE_DIR}/Sources: ${written.join(", ")}`,
  ).toBe(true);
  const packageSwift = readFileSync(
    join(REPO_ROOT, PACKAGE_DIR, "Package.swift"),
    "utf8",
  );
  // `.target(name: "X")`: library targets (executables and tests are `.executableTarget` / `.testTarget`).
  const targets = [...packageSwift.matchAll(/\.target\(name: "([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  const products = [
    ...packageSwift.matchAll(
      /\.library\(name: "([^"]+)", targets: \["([^"]+)"\]\)/g,
    ),
  ].map((match) => match[2]!);
  expect([...targets].sort()).toEqual([...written].sort());
  expect([...products].sort()).toEqual([...written].sort());
});
