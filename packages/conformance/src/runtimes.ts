// Starting and stopping the three runtimes together, with the run's defaults.
import { AjvRunner } from "./runners/ajv.ts";
import { PythonRunner, type PythonRunnerOptions } from "./runners/python.ts";
import { SwiftRunner } from "./runners/swift.ts";
import type { Runtimes } from "./run.ts";
import type { FamilyUnderTest, Suite } from "./suite.ts";

export const DEFAULT_OPTIONS = { seed: 5, runs: 2000, otherRuns: 200 } as const;
/** With `--input FILE`: each top-level schema (the root, or every definition of a document without one). */
export const INPUT_DEFAULT_OPTIONS = { seed: 5, runs: 200, otherRuns: 0 } as const;

export interface StartedRuntimes extends Runtimes {
  readonly swiftEnabled: boolean;
  close(): Promise<void>;
}

export interface RuntimeOptions extends PythonRunnerOptions {
  readonly swift?: boolean;
}

/** scripts/swift/harness.sh's arguments for the one harness every family of the suite is decoded by. */
function swiftHarnessArguments(suite: Suite): string[] {
  const argumentsOf = (family: FamilyUnderTest): string[] => {
    switch (family.swift.kind) {
      case "project":
        return [];
      case "sources":
        return ["--sources", family.swift.dir];
      case "input":
        return ["--input", family.swift.inputPath, "--name", family.name];
      case "none":
        throw new Error(`${family.name} has no Swift harness: run it with Swift switched off`);
    }
  };
  const harnesses = new Set(suite.families.map((family) => JSON.stringify(argumentsOf(family))));
  if (harnesses.size !== 1) throw new Error(`one Swift harness per run: the suite's families (${suite.families.map((family) => family.name).join(", ")}) need ${harnesses.size}`);
  return JSON.parse([...harnesses][0]!) as string[];
}

export async function startRuntimes(repoRoot: string, suite: Suite, options: RuntimeOptions = {}): Promise<StartedRuntimes> {
  const python = PythonRunner.start(repoRoot, suite, options);
  const swift = options.swift === false ? SwiftRunner.disabled() : SwiftRunner.start(repoRoot, swiftHarnessArguments(suite));
  return {
    ajv: new AjvRunner(),
    others: [python, swift],
    swiftEnabled: swift.enabled,
    close: async () => {
      await Promise.all([python.close(), swift.close()]);
    },
  };
}
