// Tests that need the Swift toolchain (a Debian trixie chroot set up by scripts/swift/setup-toolchain.sh,
// entered as root through scripts/swift/run.sh). When it cannot run, such a test never passes quietly:
// under CI=true it fails, naming the reason; elsewhere the skip is announced on stderr.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";

export const SWIFT_ROOT = process.env.CLONE_SWIFT_ROOT || "/var/cache/clone-swift/trixie";

/** Why Swift cannot run here, or undefined when it can. */
export function swiftUnavailable(): string | undefined {
  if (process.env.CLONE_SKIP_SWIFT === "1") return "CLONE_SKIP_SWIFT=1 is set";
  if (process.getuid?.() !== 0) return "not running as root (the toolchain runs in a chroot)";
  if (!existsSync(join(SWIFT_ROOT, ".clone-swift-ready"))) return `no toolchain at ${SWIFT_ROOT} (as root: bash scripts/swift/setup-toolchain.sh)`;
  return undefined;
}

export function isCI(): boolean {
  const value = process.env.CI;
  return value !== undefined && !["", "0", "false"].includes(value.toLowerCase());
}

/** `describe`, when Swift can run; otherwise a failing test under CI, else a loudly announced skip. */
export function describeWithSwift(name: string, body: () => void): void {
  const reason = swiftUnavailable();
  if (reason === undefined) {
    describe(name, body);
  } else if (isCI()) {
    describe(name, () => {
      it("has the Swift toolchain it needs (CI=true: a missing toolchain fails the run, never skips it)", () => {
        throw new Error(`Swift toolchain unavailable: ${reason}`);
      });
    });
  } else {
    console.warn(`\n*** SKIPPED "${name}": Swift toolchain unavailable: ${reason}. Under CI=true this fails. ***\n`);
    describe.skip(name, body);
  }
}

/**
 * A Swift harness answer without the union cases it reports ("cases": the case of each enum at each
 * place), which the conformance run judges against the model's rule (packages/conformance/src/unionCases.ts):
 * a test of verdicts and re-encoding compares the rest.
 */
export function verdictOf<Answer extends { readonly cases?: unknown }>(answer: Answer | undefined): Omit<Answer, "cases"> | undefined {
  if (answer === undefined) return undefined;
  const { cases: _chosen, ...verdict } = answer;
  return verdict;
}
